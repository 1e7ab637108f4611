"""`datapackage.json`: the release as a Frictionless (Tabular) Data Package.

It describes the UTF-8 CSV files in `csv/` (every table, column, type, key and
reference between tables) with the dataset's licence, sources and how to cite a
report, all from the data dictionary. The Parquet files, DuckDB database and
workbook hold the same tables.
"""

from __future__ import annotations

from schemas.dictionary import LIST_SEPARATOR, Column, Dictionary, TableSpec

DATAPACKAGE_FILE = "datapackage.json"
# A list column is text in the CSV files; a datetime is ISO 8601 in UTC ("2026-01-01T06:00:00Z").
_CSV_TYPES = {"string": "string", "integer": "integer", "number": "number", "boolean": "boolean",
              "datetime": "datetime", "list": "string"}


def csv_path(table: str) -> str:
    return f"csv/{table}.csv"


def field(column: Column) -> dict:
    description = column.description
    if column.type == "list":
        description += f" (a list in Parquet and DuckDB; joined with '{LIST_SEPARATOR}' in this CSV)"
    out: dict[str, object] = {"name": column.name, "type": _CSV_TYPES[column.type], "description": description}
    if column.required:
        out["constraints"] = {"required": True}
    return out


def resource(spec: TableSpec) -> dict:
    schema: dict = {"fields": [field(c) for c in spec.columns]}
    if spec.primary_key:
        schema["primaryKey"] = list(spec.primary_key)
    if spec.foreign_keys:
        schema["foreignKeys"] = [{"fields": list(fk.fields),
                                  "reference": {"resource": fk.table, "fields": list(fk.reference)}}
                                 for fk in spec.foreign_keys]
    return {"name": spec.name, "path": csv_path(spec.name), "profile": "tabular-data-resource",
            "title": spec.title, "description": spec.description, "format": "csv", "mediatype": "text/csv",
            "encoding": "utf-8", "schema": schema}


def datapackage(d: Dictionary, tables: list[str]) -> dict:
    """The descriptor of a release holding `tables` (in that order)."""
    return {
        "profile": "tabular-data-package",
        "name": d.name,
        "title": d.title,
        "description": f"{d.description}\n\nHow to cite: {d.citation}\n\nThe same tables are in the "
                       "release's Parquet files, kommunkompassen.duckdb and kommunkompassen.xlsx.",
        "licenses": [{"name": d.licence_name, "title": d.licence_title}],
        "sources": [{"title": s.title, "path": s.path} for s in d.sources],
        "resources": [resource(d.table(name)) for name in tables],
    }
