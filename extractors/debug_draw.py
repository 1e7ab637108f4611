"""The debug picture, drawn: a page's image in, the same page with what the extractor found and
used drawn on it out. Pure (no file, no PDF): `debug.py` renders the page and saves the result.

Layers (`what`):
- `words`: every word boxed (blue; bullets green; an OCR'd word in the colour of its confidence,
  green sure, orange doubtful, red barely kept, with the confidence beside it, and the words OCR
  dropped crossed out with their reading);
- `lines`: each line of words outlined (red);
- `readers`: what each reader used: the regions it read in (summary table, area box, findings
  lists or table columns, score table; purple, labelled with the parsing report's strategy), a
  score table's number columns (score yellow, max blue, percent pink: `cells.column_bounds`) and
  its rows' tops (orange), and every value read from the page boxed round the words it came
  from and labelled with its field (`q 3.2 score 7`, `area 3 box 66`, `area 3 strength 4`):
  numbers magenta, texts teal, ids and headings brown.

Coordinates are points on the page as read; an OCR'd page was read turned straight, so its
boxes are turned back by its angle onto the page as scanned. A legend below the page names the
colours, the values of the page that no printed word holds, and the page's issues.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from PIL import Image, ImageDraw, ImageFont

from extractors.layout import Line
from extractors.model import Word
from extractors.pdf_input import PageText
from extractors.provenance import Box, Provenance
from extractors.settings import OCR_DEFAULTS

LAYERS = ("words", "lines", "readers")
RGB = tuple[int, int, int]

WORD_COLOUR: RGB = (26, 102, 230)
LINE_COLOUR: RGB = (230, 51, 51)
BULLET_COLOUR: RGB = (26, 179, 51)
SURE, DOUBTFUL, BARELY = (26, 153, 51), (242, 140, 0), (217, 26, 26)
SURE_CONFIDENCE = 90
NUMBER_COLOUR: RGB = (200, 0, 160)  # a number value's words
TEXT_COLOUR: RGB = (0, 140, 140)  # a text value's words
LABEL_COLOUR: RGB = (140, 90, 20)  # ids, headings and headers
REGION_COLOUR: RGB = (110, 60, 200)
ROW_COLOUR: RGB = (255, 140, 0)
COLUMN_FILL = {"score": (255, 210, 0, 70), "max": (0, 200, 255, 60), "percent": (255, 110, 200, 60)}
REGION_FILL = (*REGION_COLOUR, 22)
LEGEND_TEXT: RGB = (30, 30, 30)
PAPER = (255, 255, 255)


def _ocr_colour(word: Word) -> RGB:
    if word.conf >= SURE_CONFIDENCE:
        return SURE
    return DOUBTFUL if word.conf >= OCR_DEFAULTS.uncertain_below else BARELY


class _Canvas:
    """Points of the straightened page to pixels of the image as scanned."""

    def __init__(self, image: Image.Image, scale: float, page: PageText):
        self.scale = scale
        self.angle = math.radians(page.angle)
        self.cx, self.cy = page.width / 2, page.height / 2

    def at(self, x: float, y: float) -> tuple[float, float]:
        dx, dy = x - self.cx, y - self.cy
        c, s = math.cos(self.angle), math.sin(self.angle)
        return ((self.cx + dx * c - dy * s) * self.scale, (self.cy + dx * s + dy * c) * self.scale)

    def quad(self, box: Box, pad: float = 0.0) -> list[tuple[float, float]]:
        x0, top, x1, bottom = box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad
        return [self.at(x0, top), self.at(x1, top), self.at(x1, bottom), self.at(x0, bottom)]


def _font(size: float) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=max(7, round(size)))


def _box(word: Word) -> Box:
    return (word.x0, word.top, word.x1, word.bottom)


def _value_colour(entry: Provenance) -> RGB:
    if entry.value:
        return NUMBER_COLOUR
    if entry.field.endswith((" id", " heading", " header")):
        return LABEL_COLOUR
    return TEXT_COLOUR


def _label(entry: Provenance) -> str:
    return f"{entry.field} {entry.value}" if entry.value else entry.field


def _draw_words(draw: ImageDraw.ImageDraw, canvas: _Canvas, page: PageText, font) -> None:
    for word in page.words:
        colour = BULLET_COLOUR if word.text == "•" else _ocr_colour(word) if word.conf >= 0 else WORD_COLOUR
        draw.polygon(canvas.quad(_box(word)), outline=colour, width=1)
        if word.conf >= 0:
            draw.text(canvas.at(word.x1 + 0.5, word.top), f"{word.conf:.0f}", fill=_ocr_colour(word), font=font)
    for word in page.unsure:  # what OCR dropped: crossed out, with its reading
        q = canvas.quad(_box(word))
        draw.line([q[0], q[2]], fill=BARELY, width=1)
        draw.line([q[3], q[1]], fill=BARELY, width=1)
        draw.text(canvas.at(word.x0, word.top - 4), f"{word.text} {word.conf:.0f}", fill=BARELY, font=font)


def _draw_lines(draw: ImageDraw.ImageDraw, canvas: _Canvas, lines: Iterable[Line]) -> None:
    for line in lines:
        draw.polygon(canvas.quad((line.x0, line.top, line.x1, line.bottom), pad=1), outline=LINE_COLOUR, width=1)


def _draw_readers(image: Image.Image, canvas: _Canvas, page_number: int, entries: Sequence[Provenance],
                  font) -> Image.Image:
    """Regions and columns as translucent fills, rows as lines, values boxed and labelled."""
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    fill = ImageDraw.Draw(overlay)
    for entry in entries:
        box = entry.bbox(page_number)
        if box is None:
            continue
        if entry.kind == "region":
            fill.polygon(canvas.quad(box, pad=3), fill=REGION_FILL)
        elif entry.kind == "column":
            name = entry.field.split()[-2]  # "area 3 score column"
            fill.polygon(canvas.quad(box), fill=COLUMN_FILL.get(name, REGION_FILL))
    image = Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")
    draw = ImageDraw.Draw(image)
    labels: list[tuple[tuple[float, float], str, RGB]] = []
    for entry in entries:
        box = entry.bbox(page_number)
        if box is None:
            continue
        if entry.kind == "region":
            draw.polygon(canvas.quad(box, pad=3), outline=REGION_COLOUR, width=2)
            labels.append((canvas.at(box[0] - 3, box[1] - 3 - 9 / canvas.scale), entry.field, REGION_COLOUR))
        elif entry.kind == "row":
            draw.line([canvas.at(box[0], box[1]), canvas.at(box[2], box[1])], fill=ROW_COLOUR, width=1)
        elif entry.kind == "value":
            colour = _value_colour(entry)
            draw.polygon(canvas.quad(box, pad=1.5), outline=colour, width=2)
            labels.append((canvas.at(box[0] - 1.5, box[1] - 1.5 - 7 / canvas.scale), _label(entry), colour))
    for (x, y), text, colour in labels:  # on top of every box, on paper, so that they can be read
        left, top, right, bottom = draw.textbbox((x, y), text, font=font)
        draw.rectangle((left - 1, top - 1, right + 1, bottom + 1), fill=PAPER)
        draw.text((x, y), text, fill=colour, font=font)
    return image


def _wrapped(draw: ImageDraw.ImageDraw, text: str, font, width: float) -> list[str]:
    """`text` in lines that fit `width` pixels, broken between words."""
    out: list[str] = []
    for word in text.split(" "):
        if out and draw.textlength(f"{out[-1]} {word}", font=font) <= width:
            out[-1] += f" {word}"
        else:
            out.append(word)
    return out or [""]


def _legend(width: int, rows: list[tuple[str, RGB]], font, line_height: int) -> Image.Image:
    measure = ImageDraw.Draw(Image.new("RGB", (1, 1)))
    lines = [(part, colour) for text, colour in rows for part in _wrapped(measure, text, font, width - 16)]
    legend = Image.new("RGB", (width, line_height * len(lines) + line_height // 2), PAPER)
    draw = ImageDraw.Draw(legend)
    for index, (text, colour) in enumerate(lines):
        draw.text((8, line_height // 4 + index * line_height), text, fill=colour, font=font)
    return legend


def _legend_rows(title: str, page: PageText, entries: Sequence[Provenance], issues: Sequence[dict],
                 what: frozenset[str]) -> list[tuple[str, RGB]]:
    rows: list[tuple[str, RGB]] = [(title, LEGEND_TEXT)]
    if "words" in what:
        rows.append(("words blue, bullets green", WORD_COLOUR))
        if page.ocr:
            rows.append((f"OCR confidence: green >= {SURE_CONFIDENCE}, orange >= {OCR_DEFAULTS.uncertain_below:.0f}, red below; "
                         "crossed out: dropped", DOUBTFUL))
    if "lines" in what:
        rows.append(("lines red", LINE_COLOUR))
    if "readers" in what:
        rows += [("regions the readers read in: purple, with the strategy that found them (parsing report)",
                  REGION_COLOUR),
                 ("score table columns: score yellow, max blue, percent pink; row tops orange", ROW_COLOUR),
                 ("values, boxed round the words they were read from: numbers magenta, texts teal, "
                  "ids and headings brown", NUMBER_COLOUR)]
        wordless = [_label(e) for e in entries if e.kind == "value" and not e.words]
        if wordless:
            rows.append(("read here from no single printed word: " + "; ".join(wordless), LEGEND_TEXT))
    for issue in issues:
        rows.append((f"{issue['severity']} {issue['code']}: {issue['message']}", BARELY))
    return rows


def draw_page(image: Image.Image, scale: float, record: dict, page: PageText, lines: Sequence[Line],
              entries: Sequence[Provenance], what: Iterable[str] = LAYERS) -> Image.Image:
    """`image`: the page rendered at `scale` pixels per point; `record`: the report's record
    (`ReportExtraction.to_dict()`: its source, framework and issues); `page`: the page's words as
    read; `lines`: its lines; `entries`: the provenance of what was read on it
    (`provenance.on_page`). Returns a new image: the page with the layers in `what` drawn, and
    a legend below it."""
    layers = frozenset(what)
    unknown = layers - set(LAYERS)
    if unknown:
        raise ValueError(f"unknown layer(s) {', '.join(sorted(unknown))}: choose from {', '.join(LAYERS)}")
    canvas = _Canvas(image, scale, page)
    font = _font(5 * scale)
    drawn = image.convert("RGB")
    if "readers" in layers:
        drawn = _draw_readers(drawn, canvas, page.number, entries, font)
    draw = ImageDraw.Draw(drawn)
    if "lines" in layers:
        _draw_lines(draw, canvas, lines)
    if "words" in layers:
        _draw_words(draw, canvas, page, _font(3.5 * scale))
    source = record.get("source", {})
    framework = record.get("report", {}).get("framework")
    title = f"{source.get('file', '?')} page {page.number} ({framework})"
    issues = [i for i in record.get("issues", []) if i.get("page") == page.number]
    legend_font = _font(7 * scale)
    legend = _legend(drawn.width, _legend_rows(title, page, entries, issues, layers), legend_font, round(9 * scale))
    out = Image.new("RGB", (drawn.width, drawn.height + legend.height), PAPER)
    out.paste(drawn, (0, 0))
    out.paste(legend, (0, drawn.height))
    return out
