"""Every page of the site as an HTML string: records in, strings out (no IO).

Swedish is the site's language; municipality, county and area names stay as the dataset has them
(Norwegian ones in Norwegian). Every page is usable without its scripts but for sorting and search.
"""

from __future__ import annotations

from collections import defaultdict
from html import escape
from urllib.parse import quote

from curation.explorer import svg
from curation.explorer.model import IMPROVEMENT, STRENGTH, Area, Report, SiteData
from curation.explorer.stats import Medians, area_spreads, counts
from curation.explorer.themes import Theme

COUNTRY = {"SE": "Sverige", "NO": "Norge"}
COUNTY_WORD = {"SE": "län", "NO": "fylke"}
KIND = {STRENGTH: "Styrka", IMPROVEMENT: "Förbättringsområde"}
NAV = (("index.html", "Översikt"), ("search.html", "Sök"), ("teman.html", "Teman"), ("kvalitet.html", "Datakvalitet"))


def e(x: object) -> str:
    return "" if x is None else escape(str(x))


def pdf_href(report: Report, depth: int, page: int | None) -> str:
    """The report's PDF (at `page`) as linked from a page `depth` folders below the site's root."""
    base = report.pdf if "://" in report.pdf else "../" * depth + report.pdf
    return f"{base}#page={page}" if page else base


def cited(report: Report, depth: int, text: str, page: int | None) -> str:
    """`text` linked to the report's PDF at its page, the page named in the link's title."""
    where = f"{report.source_file}, s. {page}" if page else report.source_file
    return f'<a href="{e(pdf_href(report, depth, page))}" title="{e(where)}">{text}</a>'


def municipality_href(code: str, depth: int) -> str:
    return "../" * depth + quote(code) + "/index.html"


def layout(title: str, body: str, depth: int, current: str) -> str:
    up = "../" * depth
    here = ' aria-current="page"'
    nav = "".join(f'<a href="{up}{href}"{here if href == current else ""}>{label}</a>' for href, label in NAV)
    return (f'<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{e(title)} – Kommunkompassen</title>"
            f'<link rel="stylesheet" href="{up}assets/site.css"><link rel="icon" href="data:,"></head>'
            f'<body><a class="skip" href="#main">Till innehållet</a>'
            f'<header><nav aria-label="Webbplatsen">{nav}</nav></header>'
            f'<main id="main">{body}</main>'
            f'<footer><p>Källa: rapporter från SKL/SKR (Kommunkompassen) och KS (Kommunekompasset). '
            f"Varje värde länkar till sin rapport och sida.</p></footer>"
            f'<script src="{up}assets/site.js"></script></body></html>')


def table(head: list[str], rows: list[list[str]], caption: str, cls: str = "", sortable: bool = False,
          numeric: frozenset[int] = frozenset()) -> str:
    """An HTML table of already-escaped cells, in a scrolling wrapper a keyboard can reach. A
    sortable table's headers are buttons (site.js sorts by them)."""
    def th(i: int, h: str) -> str:
        num = ' data-type="number"' if i in numeric else ""
        if sortable:
            return f'<th scope="col"{num}><button type="button">{h}</button></th>'
        return f'<th scope="col"{num}>{h}</th>'

    ths = "".join(th(i, h) for i, h in enumerate(head))
    num = ' class="num"'
    body = "".join("<tr>" + "".join(f'<td{num if i in numeric else ""}>{c}</td>' for i, c in enumerate(r)) + "</tr>"
                   for r in rows)
    attrs = f' class="{cls}{" sortable" if sortable else ""}"' if cls or sortable else ""
    return (f'<div class="scroll" tabindex="0" role="region" aria-label="{e(caption)}"><table{attrs}>'
            f"<caption>{e(caption)}</caption><thead><tr>{ths}</tr></thead><tbody>{body}</tbody></table></div>")


def _n(x: float | int | None) -> str:
    if x is None:
        return "–"
    return f"{x:g}" if isinstance(x, float) else str(x)


def _share(r: Report) -> str:
    return f"{100 * r.total / r.total_max:.0f}" if r.total is not None and r.total_max else "–"


# --- index ------------------------------------------------------------------------------------

def index_page(data: SiteData) -> str:
    n_muni = len({(r.country, r.code) for r in data.reports})
    count = counts(data)
    fws = sorted(data.frameworks.keys() | {r.framework for r in data.reports})
    palette = svg.colours(fws)
    years = sorted({y for y, _ in count})
    used = sorted({fw for _, fw in count})
    parts = ["<h1>Kommunkompassen och Kommunekompasset</h1>",
             f'<p class="lead" id="summary">{_counted(len(data.reports))} av {n_muni} kommuner'
             + (f", {years[0]}–{years[-1]}" if years else "") + ". Ramverken blandas aldrig: område 1 är "
             "ett annat område i varje ramverk.</p>"]
    if data.held_back:
        parts.append(f'<p>{len(data.held_back)} rapporter hålls tillbaka och saknas här: se '
                     f'<a href="kvalitet.html">Datakvalitet</a>.</p>')
    parts.append('<section id="per-ar"><h2>Utvärderingar per år och ramverk</h2>')
    parts.append(svg.year_bars(count, palette))
    parts.append(table(["År", *map(e, used), "Totalt"],
                       [[str(y), *(str(count[(y, fw)]) for fw in used), str(sum(count[(y, fw)] for fw in used))]
                        for y in years], "Antal publicerade utvärderingar per år och ramverk",
                       numeric=frozenset(range(0, len(used) + 2))))
    parts.append('</section><section id="fordelning"><h2>Poäng per område</h2>')
    spreads = area_spreads(data)
    for fw in used:
        areas = data.frameworks.get(fw, [])
        per = spreads.get(fw, {})
        n = sum(1 for r in data.reports if r.framework == fw)
        parts.append(f'<h3 id="fw-{e(fw)}">{e(fw)} <small>({n} utvärderingar)</small></h3>')
        parts.append(svg.area_boxes(fw, areas, per, palette[fw], f"box-{fw}"))
        parts.append(table(["Område", "Namn", "Max", "Antal", "Lägst", "Kvartil 1", "Median", "Kvartil 3", "Högst"],
                           [[str(a.number), e(a.name), str(a.max), str(s.n), _n(s.low), _n(s.q1), _n(s.median),
                             _n(s.q3), _n(s.high)] for a in areas if (s := per.get(a.number))],
                           f"Poängfördelning per område, {fw}", numeric=frozenset({0, 2, 3, 4, 5, 6, 7, 8})))
    parts.append('</section><section id="senaste"><h2>Senaste utvärderingen per kommun</h2>'
                 "<p>Sortera genom att välja en kolumnrubrik.</p>")
    rows = [[f'<a href="{municipality_href(r.code, 0)}">{e(r.municipality)}</a>', e(r.code), e(r.county),
             e(COUNTRY.get(r.country, r.country)), str(r.year), e(r.framework),
             cited(r, 0, _n(r.total), r.total_page), _n(r.total_max), _share(r)] for r in data.latest()]
    parts.append(table(["Kommun", "Kod", "Län/fylke", "Land", "År", "Ramverk", "Totalt", "Max", "Andel %"], rows,
                       "Senaste utvärderingen per kommun", cls="latest", sortable=True,
                       numeric=frozenset({4, 6, 7, 8})))
    parts.append('</section><section id="lan"><h2>Kommuner per län och fylke</h2>')
    by_county: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    for r in data.reports:
        by_county[(r.country, r.county or "okänt")].add((r.municipality, r.code))
    for country in sorted({c for c, _ in by_county}):
        parts.append(f'<h3>{e(COUNTRY.get(country, country))}</h3><div class="counties">')
        for (_, county), munis in sorted((k, v) for k, v in by_county.items() if k[0] == country):
            links = "".join(f'<li><a href="{municipality_href(code, 0)}">{e(name)}</a></li>'
                            for name, code in sorted(munis))
            parts.append(f"<section><h4>{e(county)}</h4><ul>{links}</ul></section>")
        parts.append("</div>")
    parts.append("</section>")
    return layout("Nationell översikt", "".join(parts), 0, "index.html")


# --- a municipality ---------------------------------------------------------------------------

def _evaluations(data: SiteData, reports: list[Report], depth: int) -> str:
    """Every evaluation over time: one table per run of the same framework, evaluations side by
    side; a change of framework marked between them."""
    runs: list[list[Report]] = []
    for r in reports:
        if runs and runs[-1][0].framework == r.framework:
            runs[-1].append(r)
        else:
            runs.append([r])
    out = []
    for k, run in enumerate(runs):
        if k:
            prev = runs[k - 1][-1]
            out.append(f'<p class="change" role="note"><strong>Ramverket byts:</strong> {e(prev.framework)} '
                       f"({prev.year}) → {e(run[0].framework)} ({run[0].year}). Områdena är inte desamma: "
                       "jämför inte poängen rakt över.</p>")
        fw = run[0].framework
        names = data.area_names(fw)
        scores = {r.report_id: {a.area: a for a in data.areas.get(r.report_id, [])} for r in run}
        area_numbers = sorted(set(names) | {n for s in scores.values() for n in s})
        rows = []
        for n in area_numbers:
            cells = []
            for r in run:
                a = scores[r.report_id].get(n)
                cells.append(cited(r, depth, f"{_n(a.score)}/{_n(a.max)}", a.page) if a else "–")
            rows.append([f"{n} {e(names.get(n) or '')}", *cells])
        rows.append(["<strong>Totalt</strong>",
                     *(cited(r, depth, f"<strong>{_n(r.total)}</strong>/{_n(r.total_max)}", r.total_page)
                       for r in run)])
        head = ["Område", *(f'<a href="#r-{r.key}">{r.year}</a>' for r in run)]
        out.append(table(head, rows, f"{fw}: poäng per område och utvärdering", cls="evaluations",
                         numeric=frozenset(range(1, len(run) + 1))))
    return "".join(out)


def _latest_chart(data: SiteData, report: Report, medians: Medians, palette: dict[str, str]) -> str:
    med = medians.of(report)
    areas = {a.area: a for a in data.areas.get(report.report_id, [])}
    axes = data.frameworks.get(report.framework) or [Area(n, a.name, a.max or 0) for n, a in sorted(areas.items())]
    scores = {n: float(a.score) for n, a in areas.items() if a.score is not None}
    period = f"{med.first_year}–{med.last_year}" if med.first_year != med.last_year else str(med.first_year)
    title = (f"{report.municipality} {report.year} mot nationell median för {report.framework}, "
             f"{period} ({med.n} utvärderingar)")
    chart = svg.spider(axes, scores, med.areas, title, f"spider-{report.key}", palette.get(report.framework,
                                                                                          svg.PALETTE[0]))
    rows = [[str(a.number), e(a.name),
             cited(report, 1, _n(areas[a.number].score), areas[a.number].page) if a.number in areas else "–",
             _n(med.areas.get(a.number)), str(a.max)] for a in axes]
    return (f'<section id="senaste"><h2>Senaste utvärderingen: {report.year}</h2>'
            f"<p>Jämförd med medianen av {_counted(med.n)} med samma ramverk "
            f"({e(report.framework)}) från {period} (rapportens år ±2).</p>"
            f'<div class="pair">{chart}'
            + table(["Område", "Namn", "Poäng", "Median", "Max"], rows, title, numeric=frozenset({0, 2, 3, 4}))
            + "</div></section>")


def _report_section(data: SiteData, r: Report, is_open: bool) -> str:
    names = data.area_names(r.framework)
    areas = {a.area: a for a in data.areas.get(r.report_id, [])}
    questions: dict[int, list] = defaultdict(list)
    for q in data.questions.get(r.report_id, []):
        questions[q.area].append(q)
    findings: dict[tuple[int, str], list] = defaultdict(list)
    for f in data.findings.get(r.report_id, []):
        findings[(f.area, f.kind)].append(f)
    meta = [f"ramverk {e(r.framework)}"]
    if r.evaluation_number:
        meta.append(f"utvärdering nr {r.evaluation_number}")
    if r.evaluation_period:
        meta.append(f"genomförd {e(r.evaluation_period)}")
    out = [f'<section class="report" id="r-{r.key}"><h2>{e(r.municipality)} {r.year}</h2>'
           f"<p>{', '.join(meta)}. Rapport: {cited(r, 1, e(r.source_file), None)}. "
           f"Totalt {cited(r, 1, _n(r.total), r.total_page)} av {_n(r.total_max)}.</p>"]
    for n in sorted(set(names) | set(areas) | set(questions)):
        a = areas.get(n)
        score = cited(r, 1, f"{_n(a.score)}/{_n(a.max)}", a.page) if a else "–"
        out.append(f'<details{" open" if is_open else ""}><summary><h3>Område {n}: {e(names.get(n) or (a.name if a else ""))} '
                   f'<span class="score">{score}</span></h3></summary>')
        for kind in (STRENGTH, IMPROVEMENT):
            items = findings.get((n, kind), [])
            title = "Styrkor" if kind == STRENGTH else "Förbättringsområden"
            if items:
                lis = "".join(f"<li>{e(f.text)} {cited(r, 1, f's. {f.page}' if f.page else 'rapport', f.page)}</li>"
                              for f in items)
                out.append(f'<h4>{title}</h4><ul class="{kind}">{lis}</ul>')
        qs = questions.get(n, [])
        if qs:
            rows = [[e(q.question_id), e(q.text), cited(r, 1, _n(q.score), q.page), _n(q.max), _n(q.percent)]
                    for q in qs]
            out.append(table(["Fråga", "Text", "Poäng", "Max", "%"], rows,
                             f"{r.municipality} {r.year}, område {n}: frågornas poäng", numeric=frozenset({2, 3, 4})))
        out.append("</details>")
    out.append("</section>")
    return "".join(out)


def municipality_page(data: SiteData, reports: list[Report], medians: Medians, palette: dict[str, str]) -> str:
    """One municipality's page: `reports` are its published reports (one code; two municipalities
    only where a Swedish and a Norwegian code coincide), oldest first."""
    parts = []
    for country in sorted({r.country for r in reports}):
        mine = [r for r in reports if r.country == country]
        latest = mine[-1]
        county = f"{e(latest.county)}, " if latest.county else ""
        parts.append(f'<h1>{e(latest.municipality)}</h1><p class="lead">Kommunkod {e(latest.code)}, {county}'
                     f"{e(COUNTRY.get(country, country))}. {_counted(len(mine))}: "
                     + ", ".join(f'<a href="#r-{r.key}">{r.year}</a>' for r in mine) + ".</p>")
        parts.append('<section id="over-tid"><h2>Utvärderingar över tid</h2>' + _evaluations(data, mine, 1)
                     + "</section>")
        parts.append(_latest_chart(data, latest, medians, palette))
        parts.append("".join(_report_section(data, r, r is latest) for r in reversed(mine)))
    name = " / ".join(sorted({r.municipality for r in reports}))
    return layout(name, "".join(parts), 1, "")


# --- search, themes, data quality -------------------------------------------------------------

def search_page(data: SiteData) -> str:
    fws = sorted({r.framework for r in data.reports})
    years = sorted({r.year for r in data.reports}, reverse=True)
    n_areas = max((len(a) for a in data.frameworks.values()), default=8)
    opt = '<option value="">alla</option>'
    body = ("<h1>Sök i iakttagelser och frågor</h1>"
            "<p>Söker i alla styrkor, förbättringsområden och frågetexter i de publicerade rapporterna. "
            "Ord matchas på sin stam (svensk eller norsk): <em>medborgardialogen</em> hittar "
            "<em>medborgardialog</em>.</p>"
            '<form id="search" role="search" action="search.html" method="get">'
            '<p><label for="q">Sökord</label> <input id="q" name="q" type="search" autocomplete="off"></p>'
            '<div class="filters">'
            f'<label>Område <select name="area" id="area">{opt}'
            + "".join(f'<option value="{n}">{n}</option>' for n in range(1, n_areas + 1)) + "</select></label>"
            f'<label>Ramverk <select name="framework" id="framework">{opt}'
            + "".join(f'<option value="{e(fw)}">{e(fw)}</option>' for fw in fws) + "</select></label>"
            f'<label>År <select name="year" id="year">{opt}'
            + "".join(f'<option value="{y}">{y}</option>' for y in years) + "</select></label>"
            f'<label>Typ <select name="kind" id="kind">{opt}<option value="strength">styrka</option>'
            '<option value="improvement">förbättringsområde</option><option value="question">fråga</option>'
            "</select></label></div>"
            '<p><button type="submit">Sök</button></p></form>'
            '<p id="status" role="status" aria-live="polite"></p><ol id="results"></ol>'
            '<noscript><p>Sökningen kräver JavaScript.</p></noscript>'
            '<script src="assets/search-index.js"></script><script src="assets/search.js"></script>')
    return layout("Sök", body, 0, "search.html")


def themes_page(data: SiteData, themes: dict[str, dict[int, list[Theme]]]) -> str:
    parts = ["<h1>Återkommande teman</h1>",
             "<p>Iakttagelserna (styrkor och förbättringsområden) i alla publicerade rapporter, grupperade "
             "per ramverk och område efter vad de säger (TF-IDF på ordstammar och k-means). Ett tema visas "
             "när det återkommer i minst två kommuner; citatet är den formulering som ligger närmast temats "
             "mitt.</p>"]
    toc = []
    for fw in sorted(themes):
        names = data.area_names(fw)
        toc.append(f'<li><a href="#t-{e(fw)}">{e(fw)}</a></li>')
        parts.append(f'<section id="t-{e(fw)}"><h2>{e(fw)}</h2>')
        for area, ts in sorted(themes[fw].items()):
            parts.append(f'<h3 id="t-{e(fw)}-{area}">Område {area}: {e(names.get(area, ""))}</h3>')
            if not ts:
                parts.append("<p>Inga återkommande teman (för få iakttagelser).</p>")
                continue
            for t in ts:
                munis = ", ".join(f'<a href="{municipality_href(code, 0)}">{e(name)}</a>'
                                  for code, name in t.municipalities)
                parts.append(f'<article class="theme"><h4>{e(t.label)}</h4>'
                             f"<blockquote>{e(t.wording)}</blockquote>"
                             f"<p>{len(t.municipalities)} kommuner, {t.strengths} styrkor och "
                             f"{t.improvements} förbättringsområden: {munis}</p></article>")
        parts.append("</section>")
    parts.insert(2, f'<nav aria-label="Ramverk"><ul>{"".join(toc)}</ul></nav>')
    return layout("Teman", "".join(parts), 0, "teman.html")


STATUS = {"failed": "misslyckad (kunde inte läsas)", "quarantined": "i karantän (fel eller konflikt)",
          "rejected": "avvisad (resolutions.csv)"}


def quality_page(data: SiteData, quality_href: str | None) -> str:
    link = (f'<p>Den fullständiga kvalitetsrapporten, med varje problem, sida och vad man gör åt det: '
            f'<a id="quality-report" href="{e(quality_href)}">kvalitetsrapporten</a>.</p>') if quality_href else ""
    rows = [[e(h.source_file), e(h.municipality), e(h.code), _n(h.year), e(STATUS.get(h.status, h.status)),
             e(h.reason)] for h in data.held_back]
    body = ("<h1>Datakvalitet</h1>"
            f"<p>{len(data.reports)} rapporter är publicerade. {len(data.held_back)} hålls tillbaka och finns "
            "inte på webbplatsen: deras värden är inte publicerade förrän felet är åtgärdat.</p>" + link
            + (table(["Fil", "Kommun", "Kod", "År", "Status", "Första felet"], rows, "Rapporter som hålls tillbaka",
                     cls="held-back", sortable=True, numeric=frozenset({3}))
               if rows else "<p>Inga rapporter hålls tillbaka.</p>"))
    return layout("Datakvalitet", body, 0, "kvalitet.html")


def _counted(n: int) -> str:
    """ "1 publicerad utvärdering", "3 publicerade utvärderingar"."""
    return f"{n} publicerad utvärdering" if n == 1 else f"{n} publicerade utvärderingar"
