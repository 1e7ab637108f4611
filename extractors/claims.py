"""Every printed word is used by at most one field.

Each extracted value keeps the words (with their boxes) it was read from. A
field that claims words another field already claimed has read past its own
end: a finding that swallowed the score tables after it, a question that ran
into the next table. That is an error naming both places, never a clean value.

Fields claim in the order given: put the most structured (numbers, headers,
headings) first, so a conflict is reported on the free-text field that most
likely overran.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from extractors.model import Issue, Word


@dataclass(frozen=True, slots=True)
class Field:
    """Where a value stands: a name for people and the place for the issue."""

    name: str  # "area 8, improvement 4", "question 1.2", "summary table"
    page: int | None = None
    area: int | None = None
    question_id: str | None = None
    path: str | None = None  # the value within its area: "improvements[3]"


MAX_QUOTED = 8  # words of the shared text quoted in the message


def _key(word: Word) -> tuple:
    return (word.page, round(word.x0, 1), round(word.top, 1), word.text)


MAX_NAMED = 3  # other fields named in the message


def claim_conflicts(claims: Iterable[tuple[Field, Iterable[Word]]]) -> list[Issue]:
    """An error for each field that uses words an earlier field already used."""
    owner: dict[tuple, Field] = {}
    shared: dict[Field, dict[Field, list[Word]]] = {}
    for field, words in claims:
        for word in words:
            first = owner.setdefault(_key(word), field)
            if first != field:
                shared.setdefault(field, {}).setdefault(first, []).append(word)
    issues = []
    for second, by_owner in shared.items():
        words = [w for ws in by_owner.values() for w in ws]
        quoted = " ".join(w.text for w in words[:MAX_QUOTED]) + (" …" if len(words) > MAX_QUOTED else "")
        owners = [f"{f.name} (page {f.page})" for f in list(by_owner)[:MAX_NAMED]]
        more = len(by_owner) - MAX_NAMED
        issues.append(Issue(
            "error", "words_used_twice",
            f"{second.name} (page {second.page}) was read from {len(words)} printed word(s) that "
            + ", ".join(owners) + (f" and {more} other field(s)" if more > 0 else "")
            + f" already use ('{quoted}'): it read past its end",
            page=second.page, area=second.area, question_id=second.question_id, field=second.path,
        ))
    return issues
