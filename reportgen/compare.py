"""Comparing an extractor's output with the truth: project both onto the
contract's keys and list the first differing paths in readable form."""

from __future__ import annotations

import json
from functools import cache

from schemas.contract import contract_path


@cache
def contract_schema() -> dict:
    # The contract lives outside the repo (schemas.contract says where: $KOMPASS_CONTRACT first).
    path = contract_path()
    if path is None:
        raise FileNotFoundError("extract.schema.json not found; set KOMPASS_CONTRACT")
    return json.loads(path.read_text(encoding="utf-8"))


def contract_projection(d, schema: dict | None = None):
    """Keep only the keys the contract schema names, recursively (extra keys an
    extractor adds, such as issues or page numbers, are not compared)."""
    schema = contract_schema() if schema is None else schema
    if isinstance(d, dict) and "properties" in schema:
        props = schema["properties"]
        return {k: contract_projection(v, props[k]) for k, v in d.items() if k in props}
    if isinstance(d, list) and "items" in schema:
        return [contract_projection(v, schema["items"]) for v in d]
    return d


def comparable(d: dict) -> dict:
    """Projection with `previous_results` in a fixed order (year, then areas 1-8,
    then the total): the contract does not fix that order."""
    p = contract_projection(d)
    rows = p.get("previous_results")
    if isinstance(rows, list):
        p["previous_results"] = sorted(rows, key=lambda r: (r.get("year") or 0, r.get("area") or 99))
    return p


def diff(expected, actual, path: str = "$", limit: int = 15) -> list[str]:
    """The first `limit` differences as "path: expected ..., got ..."."""
    out: list[str] = []
    _diff(expected, actual, path, out, limit)
    return out


def _diff(e, a, path: str, out: list[str], limit: int) -> None:
    if len(out) >= limit:
        return
    if isinstance(e, dict) and isinstance(a, dict):
        for k in list(e) + [k for k in a if k not in e]:
            if k not in a:
                out.append(f"{path}.{k}: missing (expected {e[k]!r:.120})")
            elif k not in e:
                out.append(f"{path}.{k}: unexpected {a[k]!r:.120}")
            else:
                _diff(e[k], a[k], f"{path}.{k}", out, limit)
    elif isinstance(e, list) and isinstance(a, list):
        for i, (x, y) in enumerate(zip(e, a)):
            _diff(x, y, f"{path}[{i}]", out, limit)
        if len(e) != len(a):
            extra = e[len(a):] if len(e) > len(a) else a[len(e):]
            out.append(f"{path}: expected {len(e)} items, got {len(a)} (first extra: {extra[0]!r:.120})")
    elif e != a or (type(e) is not type(a) and not (_num(e) and _num(a))):
        out.append(f"{path}: expected {e!r:.160}, got {a!r:.160}")


def _num(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)
