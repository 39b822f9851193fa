"""A caption right above a table that only one year has: Accept All and Reject All give exactly
each report, in our reader and in LibreOffice's.

A paragraph whose mark is deleted joins the paragraph after it on Accept All; right above a table
there is none to join, and LibreOffice (7.4) left an empty paragraph where a dropped table's
caption stood. The redline gives the caption's mark revision to the paragraph above it instead:
that one joins the caption's paragraph, whose text goes, so nothing is left.
"""

from __future__ import annotations

import pytest
from opencc import OpenCC

from ooxml_revisions import W, _NS, accept_all, document_xml, libreoffice_resolve, reject_all, uno_python
from reportdiff.parse import parse_text
from reportdiff.pipeline import compare
from reportdiff.render import render

from test_table_captions import _captioned
from test_target_tables import SENTENCE_2024

SCRIPTS = pytest.mark.parametrize("script", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])


def _pair(script, *, dropped: bool):
    """A report with a captioned targets table against one whose targets are a sentence (the
    table dropped), or the other way round (the table new)."""
    tabled = parse_text(script(_captioned(["2025年主要预期目标"], [])[0]), "2025.txt")
    plain = parse_text(script(SENTENCE_2024.replace("2024", "2026").replace("2023", "2025")), "2026.txt")
    plain_before = parse_text(script(SENTENCE_2024), "2024.txt")
    return compare(tabled, plain) if dropped else compare(plain_before, tabled)


def _mark(paragraph):
    return next((c.tag.split("}")[1] for c in paragraph.findall("w:pPr/w:rPr/*", _NS)
                 if c.tag in (f"{{{W}}}ins", f"{{{W}}}del")), None)


@SCRIPTS
@pytest.mark.parametrize("dropped", [True, False], ids=["dropped", "new"])
def test_the_caption_above_a_table_of_one_year_leaves_no_empty_paragraph(script, dropped) -> None:
    comparison = _pair(script, dropped=dropped)
    docx = render(comparison, "docx")
    body = document_xml(docx).find("w:body", _NS)
    (table,) = body.findall("w:tbl", _NS)
    caption, above = table.getprevious(), table.getprevious().getprevious()
    # -- the caption's runs are the revision, its mark is not: the paragraph above carries it --
    assert "".join(caption.itertext()).strip() == script("2025年主要预期目标")
    assert _mark(caption) is None and _mark(above) == ("del" if dropped else "ins")
    resolved = accept_all(docx) if dropped else reject_all(docx)
    assert "" not in resolved and script("2025年主要预期目标") not in resolved
    # -- the paragraph above keeps its text, on its own line --
    above_text = comparison.new if dropped else comparison.old
    assert any(line.startswith(script("全县主要预期目标是")) for line in resolved), above_text.source
    kept = reject_all(docx) if dropped else accept_all(docx)
    assert script("2025年主要预期目标") in kept and script("综合考虑各种因素，全县主要预期目标安排如下。") in kept


@pytest.mark.parametrize("dropped", [True, False], ids=["dropped", "new"])
def test_libreoffice_accepts_and_rejects_a_captioned_table_of_one_year_as_we_do(dropped, tmp_path) -> None:
    if uno_python() is None:
        pytest.skip("no Python with LibreOffice's uno module")
    docx = render(_pair(str, dropped=dropped), "docx")
    resolved = libreoffice_resolve(docx, tmp_path)
    assert resolved["accept"] == accept_all(docx)
    assert resolved["reject"] == reject_all(docx)
