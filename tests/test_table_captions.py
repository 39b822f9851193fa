"""A table's caption (表1 …, a short line naming the table below, its （单位：…） line) stands
directly above its table in every output, as in the input: the parser records which table each
caption line names (``Block.table``), and the Word redline, the HTML page and the Markdown keep
them together. In the redline a caption both years give alike stays above both tables; one that
changed is deleted with the old table and inserted with the new one, so that Accept All and
Reject All each give a caption above its table.

The reports are written for the test (a county 政府工作报告 with a targets table), in both scripts.
"""

from __future__ import annotations

import re

import pytest
from opencc import OpenCC

from ooxml_revisions import W, _NS, accept_all, document_xml, reject_all
from reportdiff.models import BlockKind
from reportdiff.parse import parse_text
from reportdiff.pipeline import compare
from reportdiff.render import render

from test_target_tables import SENTENCE_2024, TABLE_2025, TABLE_2026

SCRIPTS = pytest.mark.parametrize("script", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])
_LEAD_2025 = "综合考虑各种因素，全县主要预期目标安排如下：\n"
_LEAD_2026 = "全县主要预期目标如下：\n"


def _captioned(old_captions: list[str], new_captions: list[str]) -> tuple[str, str]:
    """This year's and last year's targets tables, each under its caption lines."""
    old = TABLE_2025.replace(_LEAD_2025, _LEAD_2025.replace("：", "。") + "".join(f"{c}\n" for c in old_captions))
    new = TABLE_2026.replace(_LEAD_2026, _LEAD_2026.replace("：", "。") + "".join(f"{c}\n" for c in new_captions))
    return old, new


CASES = {
    "numbered, year moved": (["表1 2025年主要预期目标"], ["表1 2026年主要预期目标"]),
    "named, year moved": (["2025年主要预期目标"], ["2026年主要预期目标"]),
    "with its unit line": (["表1 主要预期目标", "（单位：%）"], ["表1 主要预期目标", "（单位：%）"]),
    "named, alike": (["主要预期目标"], ["主要预期目标"]),
}


def _table_rows(report, table_id: str = "表1") -> list[str]:
    """A table as Accept All or Reject All reads it: one line a row, its cells apart by `` | ``."""
    table = next(t for t in report.tables if t.id == table_id)
    return [" | ".join(cell.strip() for cell in row) for row in table.rows]


def _table_text(report, table_id: str = "表1") -> str:
    """The table's first row in the redline: where the table starts."""
    return _table_rows(report, table_id)[0]


#: Where ``_view`` found a Word table.
TABLE = "<w:tbl>"


def _view(docx: bytes) -> list[str]:
    """Each body paragraph's text with every change shown (deleted text too), as a reader sees
    it; a Word table is one entry, ``TABLE``."""
    body = document_xml(docx).find("w:body", _NS)
    return [TABLE if block.tag == f"{{{W}}}tbl" else
            "".join(node.text or "" for node in block.iter(f"{{{W}}}t", f"{{{W}}}delText"))
            for block in body if block.tag in (f"{{{W}}}p", f"{{{W}}}tbl")]


@SCRIPTS
@pytest.mark.parametrize("case", list(CASES))
def test_the_parser_says_which_table_each_caption_line_names(script, case: str) -> None:
    _, captions = CASES[case]
    _, new = _captioned(*CASES[case])
    report = parse_text(script(new), "2026.txt")
    named = [block.text for block in report.blocks if block.table == "表1"]
    assert named == [script(caption) for caption in captions]
    assert all(block.kind is BlockKind.OTHER and not block.id for block in report.blocks if block.table)


@SCRIPTS
@pytest.mark.parametrize("case", list(CASES))
def test_the_redline_keeps_each_caption_above_its_table(script, case: str) -> None:
    old_captions, new_captions = ([script(c) for c in side] for side in CASES[case])
    old, new = (parse_text(script(text), name) for text, name in zip(_captioned(*CASES[case]), ("2025.txt", "2026.txt")))
    docx = render(compare(old, new), "docx")
    old_table, new_table = _table_text(old), _table_text(new)
    # -- Accept All: the new report's caption lines, then its table; Reject All: the old one's --
    accepted, rejected = accept_all(docx), reject_all(docx)
    at = accepted.index(new_table)
    assert accepted[at - len(new_captions):at] == new_captions
    at = rejected.index(old_table)
    assert rejected[at - len(old_captions):at] == old_captions
    # -- as shown: one Word table of both years; right above it each caption line both years
    #    give alike, or each line redlined in one paragraph (old words deleted, new inserted:
    #    no paragraph comes or goes beside the table, which LibreOffice would leave empty) --
    view = _view(docx)
    assert view.count(TABLE) == 1
    at = view.index(TABLE)
    shown = [was if was == now else _both(was, now) for was, now in zip(old_captions, new_captions)]
    assert view[at - len(shown):at] == shown
    assert all(view.count(line) == 1 for line in shown)


def _both(old: str, new: str) -> str:
    """A line redlined word by word as the view reads it: shared words once, changed words old then new."""
    from reportdiff.render.table_redline import cell_segments

    return "".join(text for text, _ in cell_segments(old, new))


@SCRIPTS
@pytest.mark.parametrize("caption", ["表1 2025年主要预期目标", "2025年主要预期目标"])
def test_a_table_one_report_has_comes_and_goes_with_its_caption(script, caption: str) -> None:
    with_table, _ = _captioned([caption], [])
    plain = SENTENCE_2024.replace("2024", "2026").replace("2023", "2025")
    tabled = parse_text(script(with_table), "2025.txt")
    # -- dropped: the caption is old text, given back by Reject All only, above its table --
    docx = render(compare(tabled, parse_text(script(plain), "2026.txt")), "docx")
    assert script(caption) not in accept_all(docx)
    rejected = reject_all(docx)
    assert rejected[rejected.index(_table_text(tabled)) - 1] == script(caption)
    # -- new: the caption is inserted text, above its table --
    later = script(with_table.replace("2025", "2026").replace("2024年", "2025年"))
    earlier = script(SENTENCE_2024.replace("2024", "2025").replace("2023", "2024"))
    new = parse_text(later, "2026.txt")
    docx = render(compare(parse_text(earlier, "2025.txt"), new), "docx")
    caption_now = script(caption.replace("2025", "2026"))
    assert caption_now not in reject_all(docx)
    accepted = accept_all(docx)
    assert accepted[accepted.index(_table_text(new)) - 1] == caption_now


@SCRIPTS
@pytest.mark.parametrize("fmt", ["html", "md"])
def test_the_page_and_markdown_show_the_caption_right_above_the_table(script, fmt: str) -> None:
    old, new = (parse_text(script(text), name)
                for text, name in zip(_captioned(*CASES["numbered, year moved"]), ("2025.txt", "2026.txt")))
    shown = render(compare(old, new), fmt)
    heading = shown.index('<h3 id="t-1">' if fmt == "html" else "**表1 → 表1**")
    grid = shown.index('<div class="table-wrap">' if fmt == "html" else "\n| ", heading)
    # -- the year moved: redlined word by word (the words around the year once) in the page and
    #    in Markdown, then the table at once --
    pattern = r'<p class="table-caption">(.*?)</p>\s*$' if fmt == "html" else r"\n\n([^\n]*)\n*$"
    paragraph = re.findall(pattern, shown[heading:grid])
    assert len(paragraph) == 1 and "<del>" in paragraph[0] and "<ins>" in paragraph[0]
    assert re.sub(r"<ins>.*?</ins>|<[^>]+>", "", paragraph[0]) == script("表1 2025年主要预期目标")
    assert re.sub(r"<del>.*?</del>|<[^>]+>", "", paragraph[0]) == script("表1 2026年主要预期目标")


@SCRIPTS
def test_a_dropped_table_is_a_word_table_of_deleted_rows(script) -> None:
    """A table only the old report has is a real Word table where it stood, every row deleted
    as a row (``w:trPr/w:del``) and every run in it deleted text: Reject All gives it back row
    by row, Accept All leaves nothing of it."""
    with_table, _ = _captioned(["2025年主要预期目标"], [])
    tabled = parse_text(script(with_table), "2025.txt")
    plain = parse_text(script(SENTENCE_2024.replace("2024", "2026").replace("2023", "2025")), "2026.txt")
    docx = render(compare(tabled, plain), "docx")
    rows = _table_rows(tabled)
    assert len(rows) == 6 and all(row.count(" | ") == 3 for row in rows)
    rejected, accepted = reject_all(docx), accept_all(docx)
    assert rejected[rejected.index(rows[0]):][:len(rows)] == rows
    assert not set(rows) & set(accepted)
    body = document_xml(docx).find("w:body", _NS)
    (table,) = body.findall("w:tbl", _NS)
    assert len(table.findall("w:tr", _NS)) == len(rows)
    assert all(tr.find("w:trPr/w:del", _NS) is not None for tr in table.findall("w:tr", _NS))
    assert not list(table.iter(f"{{{W}}}t")) and len(list(table.iter(f"{{{W}}}delText"))) >= 20
    assert not list(body.iter(f"{{{W}}}br")) and not list(body.iter(f"{{{W}}}tab"))
