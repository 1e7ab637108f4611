"""The public output contract (`extract.schema.json`), and how a record is checked against it.

The contract is fixed and kept outside the repository (`../shared/contract/`, or
the file `KOMPASS_CONTRACT` names). It names the shipped frameworks in an enum and
fixes their shape: eight areas, numbered 1-8, question ids `1.1` ... `8.n`.

A record of a framework the contract names is checked against the contract as it
is. A framework that exists only in a definition file (a new revision, or one in
`KOMPASS_FRAMEWORKS`'s folder) is outside the contract's enum: its records are
checked against the contract *extended by its definition* (`contract_for`): its
id, country and language join the enums, and its number of areas, area numbers
and question ids replace the contract's eight. Everything else (field names,
types, nullability, patterns of codes and periods) is the contract's, unchanged.
Adding the framework to the contract itself is its owners' decision.
"""

from __future__ import annotations

import copy
import json
import os
from functools import cache
from pathlib import Path

from schemas.canonical import Frameworks, loaded_frameworks

CONTRACT_ENV = "KOMPASS_CONTRACT"
_REPO = Path(__file__).resolve().parents[1]
# A copy inside the repository, the shared folder beside it, and this workspace's.
_CANDIDATES = (_REPO / "schemas" / "extract.schema.json", _REPO.parent / "shared" / "contract" / "extract.schema.json",
               Path("/work/shared/contract/extract.schema.json"))


def contract_path() -> Path | None:
    env = os.environ.get(CONTRACT_ENV)
    return next((p for p in ([Path(env)] if env else []) + list(_CANDIDATES) if p.exists()), None)


@cache
def _read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def contract_schema() -> dict:
    """The contract as published (a fresh copy: callers may change it)."""
    path = contract_path()
    if path is None:
        raise FileNotFoundError(f"extract.schema.json not found; set {CONTRACT_ENV}")
    return copy.deepcopy(_read(path))


def _enum(schema: dict, value: str) -> None:
    if value not in schema["enum"]:
        schema["enum"] = [*schema["enum"], value]


def contract_for(framework, base: dict | None = None) -> dict:
    """The contract a record of `framework` (a loaded definition) must meet: the contract itself
    when it names the framework, else the contract extended by the framework's definition."""
    schema = copy.deepcopy(base) if base is not None else contract_schema()
    report = schema["properties"]["report"]["properties"]
    if framework.id in report["framework"]["enum"]:
        return schema
    _enum(report["framework"], framework.id)
    _enum(report["country"], framework.country)
    _enum(report["language"], framework.language.code)
    count = len(framework.areas)
    areas = schema["properties"]["areas"]
    areas["minItems"] = areas["maxItems"] = count
    area = areas["items"]["properties"]
    area["number"]["maximum"] = count
    numbers = "|".join(str(n) for n in range(count, 0, -1))  # longest first: "10" before "1"
    area["questions"]["items"]["properties"]["id"]["pattern"] = rf"^(?:{numbers})\.[0-9]+$"
    schema["properties"]["previous_results"]["items"]["properties"]["area"]["maximum"] = count
    schema["$comment"] = (f"extract.schema.json extended by the definition of {framework.id} ({framework.file}): "
                          "see schemas/contract.py")
    return schema


def check_record(record: dict, frameworks: Frameworks | None = None) -> None:
    """Raises jsonschema.ValidationError unless `record` meets the contract for its framework
    (`contract_for`); a record of a framework no definition names meets the contract or fails."""
    import jsonschema  # a test dependency: nothing at run time checks records against the contract

    by_id = {fw.id: fw for fw in (loaded_frameworks() if frameworks is None else frameworks)}
    framework_id = (record.get("report") or {}).get("framework")
    # not a text (a malformed record): no definition's, so the plain contract rejects it
    framework = by_id.get(framework_id) if isinstance(framework_id, str) else None
    schema = contract_for(framework) if framework is not None else contract_schema()
    jsonschema.validate(record, schema)
