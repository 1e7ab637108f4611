"""Bullet lists: lines (or the part of each line in one column) in, list items out.

Word exports print bullets as glyphs; browser-printed reports draw them as
shapes, so the text layer has no bullet at all. Without glyphs an item is
told from a continuation line by its indentation, by the extra space lists put
between items, and by its capital letter.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from extractors.layout import Line
from extractors.model import GUESSED_BULLET_CONFIDENCE, Word
from extractors.settings import DEFAULTS, LayoutSettings
from extractors.text import HYPHENS, HyphenRules, join_text


@dataclass(frozen=True, slots=True)
class Item:
    text: str
    page: int
    words: tuple[Word, ...] = ()  # the printed words it was read from (bullets left out)
    uncertain_hyphens: tuple[str, ...] = ()  # line-end hyphens the report alone does not settle
    # OCR read no bullet before it, and it starts an item by a guess: why (`START_BY_INK`,
    # `START_BY_SHAPE`), or "" when its start is no guess
    start_guessed: str = ""
    # The first words of a line taken to continue it though it looks like an item's start, and why
    # (`RUN_ON_PAPER`, `RUN_ON_SMALL_LETTER`, `RUN_ON_SENTENCE`): two items may run together. "" when no line is in doubt.
    run_on: str = ""
    run_on_why: str = ""


START_BY_INK = "print where the page's bullets stand, too faint or damaged to know as a bullet by its shape"
START_BY_SHAPE = "the line before it stopping short"
# Capitalised after a line that stopped short, its bullet's place paper: a fax whitens a dash bullet away whole.
RUN_ON_PAPER = ("no ink stands where the page's bullets do, but it starts with a capital after a line that stopped "
                "short, as an item does")
# Print at its bullet's place, but its first word in small letters after a line that ran full: heavy
# toner's speck there had split "… och finns" | "sedan kvar i kommunens arkiv".
RUN_ON_SMALL_LETTER = ("it starts in small letters after a line that ran to the column's edge, as a wrapped line "
                       "does, though print stands where the page's bullets do or a mark other than the list's bullets")
# Capitalised after a line that ends a sentence: a sentence's start as well as an item's whose bullet
# a fax whitened away ("… på kommunövergripande nivå." | "Publicera resultat …": two items ran together).
RUN_ON_SENTENCE = "it starts with a capital after a line that ends a sentence, as an item whose bullet OCR lost does"
START_BY_SHAPE_ON_PAPER = ("the line before it stopping short with no word left hanging, though no ink stands "
                           "where the page's bullets do (a fax whitens a dash bullet away)")


def _ends_dangling(line: Line, rules: HyphenRules) -> bool:
    """Whether the line ends in a word no item ends with ("... står för i" / "Borlänge kommun"),
    or in a hyphen: its text goes on on the next line."""
    last = line.words[-1].text
    return last.casefold() in rules.dangling or (last[-1:] != "" and last[-1:] in HYPHENS)


# List items sit further apart than the wrapped lines of one item (list-item
# spacing); a pitch this much above the tightest one seen starts an item
# (`item_gap_points`, `item_gap_height`).


def _starts_lower(line: Line) -> bool:
    words = line.text_words()
    return bool(words) and words[0][:1].islower()


def _would_have_fit(previous: Line, current: Line, right: float, settings: LayoutSettings, words: int = 1) -> bool:
    """True when the current line's first word (first `words` words) fits after the previous line: no wrap happened."""
    text = current.words[1:] if current.bulleted and len(current.words) > 1 else current.words
    first, last = text[0], text[min(words, len(text)) - 1]
    space = settings.item_word_space * first.height
    return max(w.x1 for w in previous.words) + space + (last.x1 - first.x0) < right - settings.item_fit_tolerance


def _starts_item_without_glyphs(previous: Line, current: Line, tightest: float | None, left: float, right: float,
                                settings: LayoutSettings) -> bool:
    if _starts_lower(current):
        return False
    if current.x0 > left + settings.item_indent_tolerance:
        return False  # indented under the item's first line
    if current.page != previous.page:
        return True
    pitch = current.top - previous.top
    if tightest is not None and pitch > tightest + max(settings.item_gap_points, settings.item_gap_height * current.height):
        return True
    return _would_have_fit(previous, current, right, settings)


def _guessed_bullet(line: Line) -> bool:
    """A line whose bullet OCR did not read, seen as ink where the page's bullets stand (ocr.py)."""
    return line.bulleted and line.ocr and line.words[0].conf == GUESSED_BULLET_CONFIDENCE


def _lost_bullet(previous: Line, current: Line, right: float, settings: LayoutSettings) -> bool:
    """An unbulleted line that still starts an item: capitalised, after a line that stopped short."""
    return (not _starts_lower(current) and current.page == previous.page
            and _would_have_fit(previous, current, right, settings))


# A list ends where its lines stop looking like it: a line in another type size
# (a heading, `list_size_change`), or one set much further below the line above
# than the list's own line pitch (the next paragraph or section, `list_paragraph_gap`).


def _typical_pitch(lines: list[Line], settings: LayoutSettings) -> float | None:
    heights = sorted(ln.height for ln in lines)
    floor = settings.line_split_share * heights[len(heights) // 2]  # OCR splits a printed line in two: not a pitch
    pitches = sorted(b.top - a.top for a, b in zip(lines, lines[1:]) if a.page == b.page and b.top - a.top > floor)
    return pitches[len(pitches) // 2] if pitches else None


def list_extent(lines: list[Line], settings: LayoutSettings = DEFAULTS) -> int:
    """How many of `lines` (a list's lines, in order) belong to the list before something else
    starts: a line in another type size, or a line after a gap wider than a paragraph break.
    Page breaks are no gap. The caller ends lists at outdents and headers itself."""
    if not lines:
        return 0
    height = lines[0].height
    pitch = _typical_pitch(lines, settings)
    for index in range(1, len(lines)):
        previous, line = lines[index - 1], lines[index]
        # OCR's word boxes follow the letters, not the font: its heights say nothing of type size.
        if not line.bulleted and not line.ocr and abs(line.height - height) > settings.list_size_change * height:
            return index
        if pitch is not None and line.page == previous.page and line.top - previous.top > settings.list_paragraph_gap * pitch:
            return index
    return len(lines)


def split_items(lines: list[Line], rules: HyphenRules, right: float | None = None,
                settings: LayoutSettings = DEFAULTS) -> list[Item]:
    """Groups lines (or their parts in one column) into list items, in order, with the page each starts on.

    `right` is the column's right edge (where lines wrap); by default the
    furthest any line reaches.
    """
    slices = [s for s in lines if s.words and s.text_words()]
    if not slices:
        return []
    glyphs = any(s.bulleted for s in slices)
    pitches = [
        b.top - a.top for a, b in zip(slices, slices[1:]) if a.page == b.page and b.top - a.top > settings.line_split_share * a.height
    ]
    tightest = min(pitches) if pitches else None
    if all(s.ocr for s in slices):
        # OCR's line tops follow the letters ("Är" stands taller than "Tydliga"): its tightest pitch
        # is a line read high, and a point more had started an item at every ordinary line after
        # it (archive 51003000: "Kompetensförsörjningsplan." | "Likabehandlingsplan", nine items
        # shifted, silently). The typical pitch is the line's.
        tightest = _typical_pitch(slices, settings)
    left = min(s.x0 for s in slices)
    if right is None:
        right = max(w.x1 for s in slices for w in s.words)

    # Where an OCR'd line starts as the list's bulleted lines' text does on its page, OCR looked at
    # its bullet's place (ocr._bullets_at_their_place): anything there made a guessed bullet,
    # paper means it continues an item. Only elsewhere is a lost bullet guessed by the line's shape.
    texts_start = {(s.page, s.words[1].x0) for s in slices if s.bulleted and s.ocr and len(s.words) > 1}

    def looked_at(line: Line) -> bool:
        return any(page == line.page and abs(line.x0 - x) <= settings.item_indent_tolerance for page, x in texts_start)

    marks = Counter(s.words[0].text for s in slices if s.bulleted)
    usual_bullet = marks.most_common(1)[0][0] if marks else None
    groups: list[list[Line]] = []
    guessed: dict[int, str] = {}  # groups whose start is a guess (a lost bullet), and why
    run_on: dict[int, tuple[str, str]] = {}  # groups holding a line that looks like an item's start, and why
    for s in slices:
        guess = ""
        if not groups:
            new_item = True  # whatever starts the list starts an item: no guess
        elif glyphs:
            # OCR loses a bullet now and then: an unbulleted line after a short one whose bullet's
            # place was not looked at still starts an item. That is a guess (the line may have
            # wrapped early), so the item says so; so does one started by a bullet seen at its place only.
            # Where the place was looked at and is paper, the line still starts an item when the
            # line before ends as an item may (no "i", "och" left hanging) and stopped well short:
            # a fax whitens a dash bullet away whole. Otherwise it goes on, flagged (Item.run_on).
            previous = groups[-1][-1]
            shaped = not s.bulleted and s.ocr and _lost_bullet(previous, s, right, settings)
            on_paper = shaped and looked_at(s)
            # Paper where the bullet would stand asks for more than a first word that would have
            # fit: its first two would have (a column's right edge is known to a few points only).
            lost = shaped and (not on_paper or (not _ends_dangling(previous, rules)
                                                and _would_have_fit(previous, s, right, settings, words=2)))
            # A bullet guessed from ink alone, or read as another mark than the list's ("–" among
            # "•", photocopy), before words in small letters after a line that ran full, is a
            # speck: the line wrapped.
            doubtful = _guessed_bullet(s) or (s.bulleted and s.ocr and s.words[0].text != usual_bullet)
            wrapped = doubtful and _starts_lower(s) and not _would_have_fit(previous, s, right, settings)
            new_item = (s.bulleted and not wrapped) or lost
            guess = ((START_BY_SHAPE_ON_PAPER if on_paper else START_BY_SHAPE) if lost
                     else START_BY_INK if _guessed_bullet(s) and not wrapped else "")
            if (shaped and not lost) or wrapped:
                run_on.setdefault(len(groups) - 1, (" ".join(s.text_words()[:4]),
                                                    RUN_ON_SMALL_LETTER if wrapped else RUN_ON_PAPER))
        else:
            new_item = _starts_item_without_glyphs(groups[-1][-1], s, tightest, left, right, settings)
        if (groups and not new_item and not s.bulleted and s.ocr and not _starts_lower(s)
                and groups[-1][-1].words[-1].text.endswith(".")):
            run_on.setdefault(len(groups) - 1, (" ".join(s.text_words()[:4]), RUN_ON_SENTENCE))
        if guess:
            guessed[len(groups)] = guess
        if new_item:
            groups.append([s])
        else:
            groups[-1].append(s)
    return [_item(group, rules, guessed.get(i, ""), run_on.get(i, ("", ""))) for i, group in enumerate(groups)]


def _item(group: list[Line], rules: HyphenRules, start_guessed: str = "", run_on: tuple[str, str] = ("", "")) -> Item:
    joined = join_text([" ".join(s.text_words()) for s in group], rules)
    words = tuple(w for s in group for w in (s.words[1:] if s.bulleted else s.words))
    return Item(joined.text, group[0].page, words, joined.uncertain, start_guessed, *run_on)
