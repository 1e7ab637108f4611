"""What validation and publication know of the frameworks, from their definitions.

The definitions (`schemas/frameworks/*.toml`, or the folder `KOMPASS_FRAMEWORKS`
names) belong to the extractor's loader, `extractors.frameworks.load_frameworks()`.
The pipeline hands the loaded frameworks down to validation, the derived tables
and the data dictionary, so none of them can disagree with the extractor about a
framework's areas, their names and maxima, its country or language.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    from extractors.frameworks import Framework

Frameworks = Sequence["Framework"]
CanonicalNames = dict[tuple[str, int], str]  # (framework id, area number) -> name


def loaded_frameworks() -> tuple[Framework, ...]:
    """The frameworks in use (the shipped definitions, or KOMPASS_FRAMEWORKS's)."""
    from extractors.frameworks import load_frameworks  # owned by the extractor

    return load_frameworks()


def canonical_area_names(frameworks: Frameworks) -> CanonicalNames:
    """(framework id, area number) -> canonical area name, for every framework."""
    return {(fw.id, area.number): area.name for fw in frameworks for area in fw.areas}


def most_areas(frameworks: Frameworks) -> int:
    """The most areas any framework has: scores_wide has a column for each area number up to it."""
    return max((len(fw.areas) for fw in frameworks), default=0)


def area_numbers_text(numbers: Sequence[int]) -> str:
    """Area numbers as a validation view lists them: "1,2,3"."""
    return ",".join(str(n) for n in numbers)


def framework_facts(frameworks: Frameworks) -> pd.DataFrame:
    """One row per framework, indexed by its id: the country, language and area numbers of its
    reports, and how many areas it has (columns prefixed `framework_`, as views join them)."""
    rows = [{"framework": fw.id, "framework_country": fw.country, "framework_language": fw.language.code,
             "framework_area_numbers": area_numbers_text(fw.area_numbers), "framework_area_count": len(fw.areas)}
            for fw in frameworks]
    cols = ["framework", "framework_country", "framework_language", "framework_area_numbers",
            "framework_area_count"]
    return (pd.DataFrame(rows, columns=cols)
            .astype({c: "string" for c in cols[:-1]} | {"framework_area_count": "Int64"})
            .set_index("framework"))


def area_facts(frameworks: Frameworks) -> pd.DataFrame:
    """One row per area of a framework, indexed by (framework, area): its canonical name and max."""
    rows = [{"framework": fw.id, "area": a.number, "canonical_name": a.name, "framework_area_max": a.max}
            for fw in frameworks for a in fw.areas]
    cols = ["framework", "area", "canonical_name", "framework_area_max"]
    return (pd.DataFrame(rows, columns=cols)
            .astype({"framework": "string", "area": "Int64", "canonical_name": "string",
                     "framework_area_max": "Int64"})
            .set_index(["framework", "area"]))
