"""The frameworks' canonical area names, read from the framework definitions.

The definitions (`schemas/frameworks/*.toml`) belong to the extractor, which
reads them through `extractors.frameworks.load_frameworks()`; validation uses the
same source so the two can never disagree about a name.
"""

from __future__ import annotations

from schemas.validate import CanonicalNames


def canonical_area_names() -> CanonicalNames:
    """(framework id, area number) -> canonical area name, for every known framework."""
    from extractors.frameworks import load_frameworks  # owned by the extractor

    return {(fw.id, int(area.number)): area.name for fw in load_frameworks() for area in fw.areas}
