"""A report as mirror sites re-serve it — pinyin glosses after characters (報(bào)告) and stray
commas (開幕,,國務院 / 報告,。 / 一,、) — reads as the report itself in every form; a clean
page's own brackets and a lone slip of punctuation stay as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportdiff.loaders import Paragraph, RawDocument
from reportdiff.loaders.glosses import glossed, mend

from conftest import SAMPLE, SEED
from published_forms import read_alike

#: Characters a mirror glosses, in both scripts, with their pinyin (toneless 的 as such sites print it).
PINYIN = {"报": "bào", "報": "bào", "经": "jīng", "經": "jīng", "济": "jì", "濟": "jì", "发": "fā", "發": "fā",
          "国": "guó", "國": "guó", "务": "wù", "務": "wù", "进": "jìn", "進": "jìn", "区": "qū", "區": "qū",
          "设": "shè", "設": "shè", "实": "shí", "實": "shí", "体": "tǐ", "體": "tǐ", "的": "de"}


def _mirrored(text: str) -> str:
    """``text`` as a mirror serves it: every listed character glossed, every fifth comma doubled,
    a comma before every seventh full stop, and the first part heading's 、 after a comma."""
    out, commas, stops = [], 0, 0
    for char in text:
        if char == "。":
            stops += 1
            if stops % 7 == 0:
                out.append(",")
        out.append(char)
        if char in PINYIN:
            out.append(f"({PINYIN[char]})")
        elif char in "，,":
            commas += 1
            if commas % 5 == 0:
                out.append(",")
    return "".join(out).replace("\n一、", "\n一,、", 1)


@pytest.mark.parametrize("form", ["txt", "docx", "html"])
@pytest.mark.parametrize("source", [SAMPLE, SEED], ids=["simplified", "traditional"])
def test_a_mirrored_report_reads_as_the_report_in_every_form(tmp_path, source: Path, form: str) -> None:
    text = source.read_text(encoding="utf-8")
    copied = _mirrored(text)
    assert "(bào)" in copied and "\n一,、" in copied and ("，," in copied or ",," in copied)
    comparison = read_alike(text, copied, tmp_path, form)
    assert not comparison.expressions.new and not comparison.expressions.dropped


def test_a_gloss_is_only_taken_on_a_page_that_has_several() -> None:
    # -- one odd bracket on a clean page is the writer's: kept --
    lone = "推进“互联网+政务服务”(a)试点，的(de)字保留。"
    assert not glossed([lone])
    assert mend(lone, glosses=glossed([lone]), commas=False) == lone
    page = ["政府工作報(bào)告", "經(jīng)濟(jì)運行穩中有進", "推動高質量發展的(de)要求"]
    assert glossed(page)
    assert [mend(text, glosses=True) for text in page] == ["政府工作報告", "經濟運行穩中有進", "推動高質量發展的要求"]


@pytest.mark.parametrize("kept", ["PM2.5(细颗粒物)浓度下降", "开通政务服务(APP)", "《条例(试行)》", "建设(GDP)核算",
                                  "新增(一)项", "（a）优化营商环境", "第(2)款"])
def test_a_glossed_page_keeps_brackets_that_are_no_pinyin(kept: str) -> None:
    assert mend(kept, glosses=True) == kept


def test_a_lone_slip_of_punctuation_on_a_clean_page_stays() -> None:
    text = SAMPLE.read_text(encoding="utf-8").replace("。", "，。", 1)
    paragraphs = tuple(Paragraph(line, number) for number, line in enumerate(text.splitlines(), 1))
    assert RawDocument("x", paragraphs).paragraphs is paragraphs


def test_several_stray_commas_mark_a_page_without_glosses_too() -> None:
    lines = ("一,、2024年工作回顾", "过去一年，经济运行总体平稳,,就业形势稳定,。", "居民收入持续增加,。")
    paragraphs = tuple(Paragraph(line, number) for number, line in enumerate(lines, 1))
    assert [p.text for p in RawDocument("x", paragraphs).paragraphs] == [
        "一、2024年工作回顾", "过去一年，经济运行总体平稳,就业形势稳定。", "居民收入持续增加。"]


def test_lead_phrase_and_table_cells_are_mended_with_the_text() -> None:
    cells = (("指標(biāo)", "2024年"), ("地區(qū)生產總值", "增長(zhǎng)5.6%"))
    paragraphs = (
        Paragraph("依法決策(cè)。區(qū)政府堅持重大決策(cè)合法性審查", 1, lead="依法決策(cè)。"),
        Paragraph("\n".join("\t".join(row) for row in cells), 2, table=cells),
    )
    mended = RawDocument("x", paragraphs).paragraphs
    assert mended[0].text == "依法決策。區政府堅持重大決策合法性審查" and mended[0].lead == "依法決策。"
    assert mended[1].table == (("指標", "2024年"), ("地區生產總值", "增長5.6%"))
