"""Framework definition files written by tests: a framework that exists only in a temporary
folder, and revisions of a shipped one (plain functions and data, no fixtures)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

SHIPPED = Path(__file__).resolve().parents[1] / "schemas"

# A framework no report of the corpus has: ten areas (two-digit area numbers), other names,
# maxima of 40 to 60 that add up to 500.
TEN_AREAS = {
    "id": "kommunkompassen-test10",
    "country": "SE",
    "language": "sv",
    "first_year": 2021,
    "total_max": 500,
    "publishers": [{"name": "Sveriges Kommuner och Regioner", "short": "SKR"}],
    "areas": [
        {"number": n, "name": name, "max": top}
        for n, (name, top) in enumerate([
            ("Medborgardialog och delaktighet", 60), ("Digital förvaltning och service", 40),
            ("Målstyrning och uppföljning", 50), ("Ekonomi i balans", 50), ("Klimat och miljö", 60),
            ("Folkhälsa och förebyggande arbete", 40), ("Skola och lärande", 50), ("Omsorg om äldre", 50),
            ("Kultur och fritid", 60), ("Krisberedskap", 40)], start=1)
    ],
}


def _value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int | str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, list):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{json.dumps(k, ensure_ascii=False)} = {_value(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def toml_text(data: dict) -> str:
    """`data` as TOML: keys first, then arrays of tables (lists of dicts) as [[name]] blocks."""
    tables = {k: v for k, v in data.items() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)}
    lines = [f"{k} = {_value(v)}" for k, v in data.items() if k not in tables]
    for name, rows in tables.items():
        for row in rows:
            lines += ["", f"[[{name}]]", *(f"{k} = {_value(v)}" for k, v in row.items())]
    return "\n".join(lines) + "\n"


def write(folder: Path, data: dict, name: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name or data['id']}.toml"
    path.write_text(toml_text(data), encoding="utf-8")
    return path


def shipped(kind: str, name: str) -> dict:
    """A shipped definition as data: kind "frameworks" or "languages"."""
    return tomllib.loads((SHIPPED / kind / f"{name}.toml").read_text(encoding="utf-8"))
