"""The parsing report's vocabulary: every reader, strategy and fallback name it uses, and what each means.

Each record of an extraction carries `parsing`: a list of `model.Parsed` entries,
one per reader and value it read (the document, the cover, the framework, section
2's period and ordinal, the summary table and its earlier results, each area's
heading, box and findings, section 4's start, each score table), saying which
strategy found it, which header was borrowed (`borrowed_from`: its page), which
fallbacks were needed and on which pages. The names are stable; the README lists
them from here, and `tests/test_settings.py` checks that every name a report gets is
one of these.
"""

from __future__ import annotations

# reader -> strategy -> what it means
STRATEGIES: dict[str, dict[str, str]] = {
    "document": {
        "text_layer": "every page's words came from the PDF's text layer",
        "ocr": "the report is a scan: every page with words was read through OCR",
        "text_layer_and_ocr": "a text layer, with some pages (garbled or pictures) read through OCR (`pages`)",
    },
    "cover": {
        "name_line": "a line '<NAME> KOMMUN <year>' ending in a municipality word",
        "title_then_name": "the cover title ('ANALYS AV') and the subject with its year on the next line",
        "none": "the cover names no municipality and year",
    },
    "framework": {
        "area_headings": "recognised by the areas its section headings name ('Område N <name>')",
        "summary_table": "no framework's headings are there: recognised by its summary table's rows",
    },
    "evaluation_period": {
        "one_page": "stated on one opening page (`page`)",
        "across_page_break": "a sentence running over a page break (`page`: where it ends)",
        "none": "stated nowhere in the opening pages",
    },
    "summary": {
        "area_rows_in_order": "a block of one row per area, in order, each ending in numbers, then a total row",
        "none": "no such block: the summary table is missing",
    },
    "previous_results": {
        "year_columns": "earlier scores in columns before this year's, each by the nearest year heading above",
        "year_from_score_tables": "OCR'd earlier scores whose column heading was unread, under the one earlier "
                                  "year the score tables' headers print (warning previous_year_from_tables)",
    },
    "area_heading": {
        "heading": "an 'Område N <name>' line",
        "heading_wrapped": "an 'Område N <name>' heading wrapped onto a second line",
        "heading_by_name": "an OCR'd 'Område N <name>' line whose number is no area's, known by the area's name alone",
        "heading_by_word": "an OCR'd 'N <name>' line whose heading word was lost, known by the area's number and "
                           "name between its neighbours' headings (warning area_heading_word_unread)",
        "heading_by_place": "an OCR'd 'Område …' line whose number and name are unreadable, standing where the one "
                            "area without a heading must, above a box's header row (warning area_heading_unread)",
        "heading_by_box": "no line of the heading read: the section starts at the one box header row no heading "
                          "stands over, where the one area without a heading must (warning area_heading_lost)",
    },
    "box": {
        "large_type": "the score is the number in large type among the box's lines",
        "standing_apart": "the score is a number in the box's own size, standing apart at its right",
        "none": "no score in the box",
    },
    "findings": {
        "table": "a two-column table, split at the improvements header's x",
        "table_right_header": "a table whose strengths header is unreadable: the improvements header alone "
                              "places the columns",
        "table_bullet_column": "a table whose improvements header is unreadable: its column's bullets place it",
        "headed_lists": "a strengths list, then an improvements list, each under its header",
        "none": "no findings header in the section",
    },
    "score_section": {
        "section_heading": "section 4's heading ('Översikt av poängfördelning')",
        "first_table_header": "its wording unknown: section 4 starts at the first score table's header",
        "none": "no section 4: the report's end",
    },
    "score_table": {
        "own_header": "columns from the table's own header words (score, Max, percent, earlier years)",
        "max_header_by_position": "the Max header garbled (OCR): the word between score and percent headers",
        "borrowed_header": "a header word lost (OCR): the columns of another table printed alike "
                           "(`borrowed_from`: its page), moved to this header's place",
        "max_header_by_rows": "the Max header lost (OCR) and no other table's header placing it: where most rows "
                              "print a number right of the score column",
    },
}
STRATEGIES["evaluation_number"] = STRATEGIES["evaluation_period"]

# fallback -> what it means (a reader may list several)
FALLBACKS: dict[str, str] = {
    "picture_pages_ocr": "content was missing, so picture pages were read through OCR, and that reading kept",
    "cells_read_alone": "the number cells of OCR'd score tables were read again one by one (cells.py)",
    "revision_by_year": "the best-fitting framework's years exclude the report's: a revision valid then was taken",
    "label_wrapped": "a row's label wraps onto the next line(s) (summary table)",
    "total_row_labelled": "the total row carries a label ('TOTALT', 'Summa poäng')",
    "total_row_unlabelled": "the total row is numbers alone",
    "no_total_row": "the table has no total row",
    "header_repeated": "the table's header is repeated after a page break",
    "area_from_question_ids": "the table's header named no area (OCR lost it), or another by its number alone: its question ids did",
    "ended_at_text_outside": "the findings table ended at a line starting left of its columns",
    "ended_at_crossing_text": "the findings table ended at text set across both columns",
    "ended_at_size_or_gap": "a findings list ended at a change of type size or a paragraph's gap",
    "no_improvements_header": "headed lists without an improvements header: every line read as strengths",
    "max_header_by_position": "a repeated header's Max word garbled: placed between score and percent",
    "borrowed_header": "a repeated header's columns borrowed from another table printed alike",
    "max_header_by_rows": "a repeated header's Max word lost: placed where its rows print their max",
    "question_id_inferred": "a question's printed id was unreadable: its place in the table gave it",
    "percent_recovered": "a percent read with its sign as digits ('7390'): the one reading its row allows",
    "cells_reread": "an OCR'd cell's reading was chosen by the report's sums (ocr_cell_reread)",
}
