"""Scanned reports: an OCR'd line reads a space between every two characters (``三 是 落 实``,
``4 9 件``) and 0 as O or 〇 inside digits (``2O26年``). Both are layout or glyph noise, not text:
a comparison with the clean report finds no difference, in either script."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.loaders.ocr import mend
from reportdiff.models import Status
from reportdiff.pipeline import compare, load_report

_S2T = opencc.OpenCC("s2t").convert

CLEAN = """桃源乡2025年法治政府建设情况报告
一、2025年法治政府建设主要举措和成效
（一）推进矛盾纠纷多元化解
一是做实人民调解。全年调处各类纠纷412件，调解成功率98.6%。二是规范信访办理。受理群众来信来访57件，按期办结率100%。三是推行“法律明白人”培养工程。培育法律明白人126名。
（二）严格规范公正文明执法
一是开展执法案卷评查。评查案卷64卷。二是落实行政执法公示制度。公示执法信息2.15万条。
二、存在的不足
一是执法力量较为薄弱。
三、2026年工作安排
2026年，我乡将重点做好以下工作：一是深化矛盾纠纷源头化解。二是提升执法规范化水平。
"""

# -- the same report as a scan reads it: two lines letter-spaced, years with O and 〇 for 0 --
SCANNED = (CLEAN
           .replace("受理群众来信来访57件，按期办结率100%。三是推行“法律明白人”培养工程。",
                    "受 理 群 众 来 信 来 访 5 7 件 ， 按 期 办 结 率 1 0 0 % 。 三 是 推 行 “ 法 律 明 白 人 ” 培 养 工 程 。")
           .replace("公示执法信息2.15万条。", "公 示 执 法 信 息 2 . 1 5 万 条 。")
           .replace("一、2025年法治政府", "一、2O25年法治政府")
           .replace("2026年，我乡将", "2〇26年，我乡将"))


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_scanned_copy_is_the_same_report(script: str) -> None:
    convert = _S2T if script == "t" else str
    clean, scanned = convert(CLEAN), convert(SCANNED)
    assert scanned != clean
    result = compare(load_report(clean), load_report(scanned))
    assert {match.status for match in result.matches} == {Status.CONTINUED}
    assert not any(match.relation for match in result.matches)
    assert not result.changed
    assert result.new.review_year == 2025 and result.new.plan_year == 2026
    assert [m.id for m in result.new.measures] == [m.id for m in result.old.measures]
    assert result.expressions is not None and not result.expressions.new and not result.expressions.dropped


@pytest.mark.parametrize("script", ["s", "t"])
def test_figures_of_a_spaced_line_are_read(script: str) -> None:
    convert = _S2T if script == "t" else str
    old = convert(CLEAN)
    new = convert(SCANNED.replace("5 7 件", "6 3 件").replace("2 . 1 5 万 条", "2 . 4 万 条"))
    figures = {(change.old.raw if change.old else None, change.new.raw if change.new else None)
               for change in compare(old, new).figures}
    assert (convert("57件"), convert("63件")) in figures and (convert("2.15万条"), convert("2.4万条")) in figures
    assert len(compare(old, new).figures) == len(compare(old, convert(CLEAN.replace("57件", "63件").replace(
        "2.15万条", "2.4万条"))).figures)


def test_a_spaced_point_is_split_off_and_its_change_is_one_word() -> None:
    new = SCANNED.replace("培 养 工 程", "培 育 工 程")
    result = compare(CLEAN, new)
    changed = [match for match in result.matches if match.status is not Status.CONTINUED]
    assert [(m.old.id, m.new.id) for m in changed] == [("一/(一)/三是", "一/(一)/三是")]
    assert [run.text for run in changed[0].redlines if run.op.value != "equal"] == ["培养", "培育"]


@pytest.mark.parametrize(("scanned", "read"), [
    ("全年 受 理 信 访 事 项 4 9 件 。 三 是 落 实", "全年受理信访事项49件。三是落实"),
    ("群众满意率 9 9 . 5 %", "群众满意率99.5%"),
    ("罚 没 款 ( 万 元 )     2 8 . 6     3 1 . 2     + 9 . 1 %", "罚没款(万元)     28.6     31.2     +9.1%"),
    ("2 0 2 5 年", "2025年"),
    # -- pdftotext's gaps around a date's numbers: 年 1 月 is a stretch, and the numbers it joins
    #    lose their other gap too (else 12 glued to 月 keeps its space to 日) --
    ("2026 年 1 月 12 日", "2026年1月12日"),
    ("会议于 2026 年 1 月 12 日召开", "会议于2026年1月12日召开"),
    ("一、2O26年主要举措", "一、2026年主要举措"),
    ("2〇27年，我镇将", "2027年，我镇将"),
    ("结案率1OO%", "结案率100%"),
])
def test_letter_spacing_and_o_for_zero_are_mended(scanned: str, read: str) -> None:
    assert mend(scanned) == read


@pytest.mark.parametrize("text", [
    "Python 3.11 与 GDP 5% 的写法", "A B C 三类", "行政复议(件)  3  2  -33.3%", "项目 3 2",
    "地区生产总值 增长5.5%", "二〇二五年", "CO2O", "2of 3", "青石镇人民政府  2025年1月16日",
])
def test_real_spaces_and_numerals_stay(text: str) -> None:
    assert mend(text) == text


def test_a_year_in_chinese_numerals_still_reads() -> None:
    report = load_report(CLEAN.replace("桃源乡2025年", "桃源乡二〇二五年"))
    assert report.year == 2025 and report.review_year == 2025 and report.plan_year == 2026
