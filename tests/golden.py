"""Comparison of an extraction with a golden JSON: contract keys only, readable diffs.

The record's extras (pages, `score_readings`, `issues`, the parsing report `parsing`) are not
the contract's and are left out of the comparison, which stays exact for every contract field;
`tests/test_settings.py` checks the parsing report itself."""

from __future__ import annotations

import json


def contract_projection(record, schema: dict):
    """Keeps only what the contract schema names (recursively): extras such as pages and issues go."""
    if isinstance(record, dict) and "properties" in schema:
        return {k: contract_projection(record.get(k), schema["properties"][k]) for k in schema["properties"] if k in record}
    if isinstance(record, list) and "items" in schema:
        return [contract_projection(item, schema["items"]) for item in record]
    return record


def differences(expected, actual, path: str = "") -> list[str]:
    """Every path where the two differ, with both values."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        out = []
        for key in sorted(set(expected) | set(actual)):
            out += differences(expected.get(key, "<absent>"), actual.get(key, "<absent>"), f"{path}/{key}")
        return out
    if isinstance(expected, list) and isinstance(actual, list):
        out = [] if len(expected) == len(actual) else [f"{path}: {len(expected)} items expected, {len(actual)} found"]
        for index, (e, a) in enumerate(zip(expected, actual)):
            out += differences(e, a, f"{path}[{index}]")
        return out
    if expected == actual:
        return []
    return [f"{path}: expected {json.dumps(expected, ensure_ascii=False)}, found {json.dumps(actual, ensure_ascii=False)}"]
