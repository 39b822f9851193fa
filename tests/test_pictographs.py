"""Pictographs (emoji) in the Word redline and the HTML page: a decoration opening a paragraph
(📢 before a WeChat lead-in, 🌾 before a line of results) is left out of both, a pictograph
inside the words is printed as 〓 in the Word redline (its CJK fonts have no glyph: Word and
LibreOffice print a box or nothing), and the compared text keeps them all: a pictograph that
changed is still a change, and JSON gives the text as published."""

from __future__ import annotations

import json
import re

import pytest
from opencc import OpenCC

from ooxml_revisions import W, accept_all, document_xml, reject_all
from reportdiff.parse import parse_text
from reportdiff.pipeline import compare
from reportdiff.render import render
from reportdiff.render.pictographs import UNDRAWABLE, printable, printable_segments, undecorated

SCRIPTS = pytest.mark.parametrize("convert", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2705\u2b50\ufe0f]")
OLD = """槐溪镇2025年政府工作报告
1月14日，槐溪镇第十九届人民代表大会第五次会议召开。现将全文转发如下：
一、2024年工作回顾
（一）产业发展。全年粮食总产1.5万吨，群众点赞👍。
全年新发展油茶基地300亩。
二、2025年工作安排
（一）做强产业。新发展油茶基地400亩。
"""
NEW = """槐溪镇2026年政府工作报告
📢1月14日，槐溪镇第十九届人民代表大会第六次会议召开。现将全文转发如下：
📌一、2025年工作回顾
（一）产业发展。全年粮食总产1.6万吨，群众点赞👎。
🌾 全年新发展油茶基地350亩。
二、2026年工作安排
（一）做强产业。新发展油茶基地500亩。
"""


@pytest.mark.parametrize(("text", "shown"), [
    ("📢1月14日", "1月14日"), ("🌾 全年", "全年"), ("✅️👉 点击", "点击"), ("👨\u200d👩\u200d👧家庭", "家庭"),
    ("★表示省级重点项目", "★表示省级重点项目"), ("●全年", "●全年"), ("1月14日📢", "1月14日📢"),
])
def test_a_decoration_is_the_pictographs_opening_a_paragraph(text: str, shown: str) -> None:
    assert undecorated(text) == shown


@pytest.mark.parametrize(("text", "printed"), [
    ("点赞👍。", f"点赞{UNDRAWABLE}。"), ("一家👨\u200d👩\u200d👧团聚", f"一家{UNDRAWABLE}团聚"),
    ("国旗🇨🇳", f"国旗{UNDRAWABLE}"), ("爱心❤️", f"爱心{UNDRAWABLE}"), ("好👍🏽", f"好{UNDRAWABLE}"),
    # -- symbols CJK fonts draw, and the outputs' own status marks, stay --
    ("★ ● ■ ▲ ✓ ✗ ◐ ⟳ ※ 〇", "★ ● ■ ▲ ✓ ✗ ◐ ⟳ ※ 〇"),
])
def test_a_pictograph_inside_the_words_is_printed_as_the_mark_for_a_missing_glyph(text: str, printed: str) -> None:
    assert printable(text) == printed


def test_each_report_opens_its_paragraph_on_its_own() -> None:
    """A deleted 📢 lead and an inserted one both open the paragraph; text both reports share
    after a deleted run no longer opens the new report's."""
    assert printable_segments([("📢旧", "del"), ("📢 新", "ins"), ("其余👍", None)]) == \
        [("旧", "del"), ("新", "ins"), ("其余" + UNDRAWABLE, None)]
    assert printable_segments([("📢", "ins"), ("1月14日", None)]) == [("1月14日", None)]
    assert printable_segments([("旧", "del"), ("📢新", None)]) == [("旧", "del"), (UNDRAWABLE + "新", None)]
    assert printable_segments([("📢新", None)], opening=False) == [(UNDRAWABLE + "新", None)]


@SCRIPTS
def test_the_redline_prints_no_pictograph_and_still_marks_one_that_changed(convert) -> None:
    comparison = compare(parse_text(convert(OLD), "2025.txt"), parse_text(convert(NEW), "2026.txt"))
    docx = render(comparison, "docx")
    body = document_xml(docx).find(f"{{{W}}}body")
    texts = "".join(node.text or "" for node in body.iter(f"{{{W}}}t", f"{{{W}}}delText"))
    assert not EMOJI.search(texts)
    accepted, rejected = accept_all(docx), reject_all(docx)
    assert convert("1月14日，槐溪镇第十九届人民代表大会第六次会议召开。现将全文转发如下：") in accepted
    assert convert("全年新发展油茶基地350亩。") in accepted
    assert convert(f"（一）产业发展。全年粮食总产1.6万吨，群众点赞{UNDRAWABLE}。") in accepted
    assert convert(f"（一）产业发展。全年粮食总产1.5万吨，群众点赞{UNDRAWABLE}。") in rejected
    # -- 👍 → 👎: a deletion and an insertion of the mark, as any changed word --
    deleted = [node.text for node in body.iter(f"{{{W}}}delText")]
    inserted = [node.text for node in body.iterfind(f".//{{{W}}}ins//{{{W}}}t")]
    assert UNDRAWABLE in deleted and UNDRAWABLE in inserted
    # -- the compared text is the text as published --
    measures = json.loads(render(comparison, "json"))["measures"]
    assert any(m["new"] and m["new"]["text"].startswith("🌾") for m in measures)
    assert any(m["new"] and "👎" in m["new"]["text"] and m["old"] and "👍" in m["old"]["text"] for m in measures)


@SCRIPTS
def test_the_page_leaves_out_the_decoration_opening_a_paragraph(convert) -> None:
    page = render(compare(parse_text(convert(OLD), "2025.txt"), parse_text(convert(NEW), "2026.txt")), "html")
    texts = re.findall(r'<p class="text">(.*?)</p>', page, re.S)
    assert texts and not any(re.sub(r"<[^>]+>", "", text).lstrip().startswith("🌾") for text in texts)
    assert any("🌾" not in text and convert("全年新发展油茶基地") in text for text in texts)
    assert any("<del>👍</del><ins>👎</ins>" in text for text in texts)  # -- inside the words: kept --
