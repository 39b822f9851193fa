"""A caption right above a table that only one year has: Accept All and Reject All give exactly
each report, in our reader and in LibreOffice's.

A paragraph whose mark is deleted joins the paragraph after it on Accept All; right above a table
there is none to join, and LibreOffice (7.4) left an empty paragraph where a dropped table's
caption stood. The redline gives the caption's mark revision to the paragraph above it instead:
that one joins the caption's paragraph, whose text goes, so nothing is left.

Where the two paragraphs look different (a heading above a new caption; a deleted sentence above
a new heading right over the new table, the two then one paragraph), the one left keeps each
year's look through a recorded change of its properties (w:pPrChange): a heading stays a heading
and a caption a caption, after Accept All and after Reject All.
"""

from __future__ import annotations

import re

import pytest
from opencc import OpenCC

from ooxml_revisions import W, _NS, accept_all, document_xml, libreoffice_resolve, reject_all, resolve, uno_python
from reportdiff.parse import parse_text
from reportdiff.pipeline import compare
from reportdiff.render import render

from test_table_captions import _captioned
from test_target_tables import SENTENCE_2024, TABLE_2025

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


#: The targets part of the year without a table: its heading, then its targets in a sentence.
_TARGETS_SENTENCE = re.compile(r"全县主要预期目标是：.*\n")
#: The line leading into the table of targets (the table is then right under the part's heading).
_LEAD = "综合考虑各种因素，全县主要预期目标安排如下：\n"


def _new_table(script, *, caption: bool):
    """Last year's targets in a sentence against this year's in a table: under a caption right
    below the part's heading, the part having nothing else last year (``caption``), or right
    below the heading, last year's sentence deleted above the new heading."""
    if caption:
        tabled = TABLE_2025.replace(_LEAD, "表1 主要预期目标\n")
        before = _TARGETS_SENTENCE.sub("", SENTENCE_2024)
    else:
        tabled, before = TABLE_2025.replace(_LEAD, ""), SENTENCE_2024
    return compare(parse_text(script(before), "2024.txt"), parse_text(script(tabled), "2025.txt"))


def _styled(docx: bytes, mode: str) -> list[tuple[str, str]]:
    return [(style, text) for style, text in resolve(docx, mode) if style != "TableRow"]


@SCRIPTS
def test_a_heading_above_a_new_caption_keeps_its_look_and_the_caption_its_own(script) -> None:
    docx = render(_new_table(script, caption=True), "docx")
    (table,) = document_xml(docx).find("w:body", _NS).findall("w:tbl", _NS)
    caption, heading = table.getprevious(), table.getprevious().getprevious()
    assert _mark(caption) is None and _mark(heading) == "ins"
    assert caption.find("w:pPr/w:pPrChange/w:pPr/w:pStyle", _NS).get(f"{{{W}}}val") == "Heading1"
    accepted, rejected = _styled(docx, "accept"), _styled(docx, "reject")
    assert ("Heading1", script("二、2025年主要预期目标")) in accepted
    assert ("Normal", script("表1 主要预期目标")) in accepted
    assert ("Heading1", script("二、2024年主要预期目标")) in rejected
    assert all(text for _, text in rejected) and not any(script("表1") in text for _, text in rejected)


@SCRIPTS
def test_a_deleted_sentence_above_a_new_heading_over_a_new_table_becomes_one_paragraph(script) -> None:
    comparison = _new_table(script, caption=False)
    docx = render(comparison, "docx")
    (table,) = document_xml(docx).find("w:body", _NS).findall("w:tbl", _NS)
    heading = table.getprevious()
    assert _mark(heading) is None and _mark(heading.getprevious()) == "del"  # -- last year's heading --
    accepted, rejected = _styled(docx, "accept"), _styled(docx, "reject")
    assert ("Heading1", script("二、2025年主要预期目标")) in accepted
    sentence = next(line for line in SENTENCE_2024.splitlines() if line.startswith("全县主要预期目标是"))
    assert ("Normal", script(sentence)) in rejected
    assert all(text for _, text in accepted + rejected)
    assert [text for _, text in accepted] == [t for t in accept_all(docx) if " | " not in t]
    assert reject_all(docx) == script(SENTENCE_2024).splitlines()  # -- last year's report, line for line --


@pytest.mark.parametrize("caption", [True, False], ids=["heading_over_caption", "sentence_over_heading"])
def test_libreoffice_keeps_each_year_s_look_above_a_new_table_as_we_do(caption, tmp_path) -> None:
    if uno_python() is None:
        pytest.skip("no Python with LibreOffice's uno module")
    docx = render(_new_table(str, caption=caption), "docx")
    resolved = libreoffice_resolve(docx, tmp_path)
    for mode in ("accept", "reject"):
        assert resolved[mode] == resolve_texts(docx, mode)
        # -- LibreOffice names the styles for people (Standard, Heading 1), Word's ids do not --
        named = [(re.sub(r"^Standard$", "Normal", style).replace(" ", ""), text) for style, text in resolved[mode + "_styles"]]
        assert named == _styled(docx, mode)


def resolve_texts(docx: bytes, mode: str) -> list[str]:
    return accept_all(docx) if mode == "accept" else reject_all(docx)


def test_a_heading_above_a_dropped_caption_takes_the_deletion_and_the_caption_its_look_back() -> None:
    """The dropped table's side, written by hand (the aligner seldom puts a dropped table right
    under a heading of both years): the heading carries the deleted mark, the caption shows the
    heading's look (Accept All joins the heading into it) and gets its own back on Reject All."""
    import datetime as dt

    from lxml import etree

    from reportdiff.render._docx_table_xml import _mark_off_table
    from reportdiff.render._revisions import RevisionWriter

    body = etree.fromstring(
        f'<w:body xmlns:w="{W}"><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>二、主要预期目标</w:t></w:r></w:p>'
        '<w:p><w:pPr><w:jc w:val="center"/><w:rPr><w:del w:id="1" w:author="a" w:date="2000-01-01T00:00:00Z"/></w:rPr></w:pPr>'
        '<w:del w:id="2" w:author="a" w:date="2000-01-01T00:00:00Z"><w:r><w:delText>表1 主要预期目标</w:delText></w:r></w:del></w:p>'
        '<w:tbl/></w:body>')
    heading, caption, table = list(body)
    _mark_off_table(table, RevisionWriter("reportdiff", dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc), first_id=10))
    assert _mark(heading) == "del" and _mark(caption) is None
    assert caption.find("w:pPr/w:pStyle", _NS).get(f"{{{W}}}val") == "Heading1"
    former = caption.find("w:pPr/w:pPrChange/w:pPr", _NS)
    assert former.find("w:pStyle", _NS) is None and former.find("w:jc", _NS).get(f"{{{W}}}val") == "center"
    assert caption.find("w:pPr/w:pPrChange", _NS).get(f"{{{W}}}id") == "10"
