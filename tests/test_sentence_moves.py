"""A sentence moved from one paragraph into another, separate one (the PM2.5 sentence of 生态
now said under 污染防治, its figures updated) is said on both: 句子移至 on the paragraph it left,
句子移自 on the one it reached (kept or new), in every format. A sentence moved within its
paragraph, one of a dropped paragraph, and last year's deed said as this year's plan are no
such move. Constructed city reports in both scripts."""

from __future__ import annotations

import json
import re
from pathlib import Path

import opencc
import pytest

from reportdiff.pipeline import compare
from reportdiff.render import render

_T = opencc.OpenCC("s2t").convert
SCRIPTS = pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])

_PM = "全市细颗粒物（PM2.5）平均浓度下降到{pm}微克/立方米，空气质量优良天数比例达到{good}。"
_OLD_PM, _NEW_PM = _PM.format(pm=31, good="88.5%"), _PM.format(pm=29, good="90.1%")


def _report(year: int, eco: str, pollution: str, *, extra: str = "", plan: str = "") -> str:
    return (f"{year}年临川市人民政府工作报告\n一、{year - 1}年工作回顾\n"
            "（一）着力扩大有效投资，经济运行回升向好。全年实施市级重点项目260个，完成投资1120亿元。新开工亿元以上项目118个。\n"
            f"（二）着力推进生态文明建设，城乡环境持续改善。完成造林绿化2.3万亩，新增城市绿道45公里。{eco}"
            "新建污水管网86公里，农村生活污水治理率达到52%。\n"
            f"{pollution}"
            "（四）着力保障改善民生，群众获得感稳步提升。城镇新增就业4.6万人。新建改扩建中小学、幼儿园18所。\n"
            f"{extra}"
            f"二、{year}年工作安排\n（一）着力扩大有效需求。实施市级重点项目250个，完成投资1150亿元以上。{plan}\n"
            "（二）着力保障和改善民生。城镇新增就业4.5万人以上。\n")


def _pollution(sentence: str) -> str:
    return f"（三）着力打好污染防治攻坚战，群众环境获得感增强。{sentence}关停整治散乱污企业126家，完成燃煤锅炉淘汰改造38台。\n"


def _moves(comparison) -> dict[str, list[tuple[str, str | None]]]:
    return {(m.new or m.old).id: [(move.way, move.other_new) for move in m.sentences_moved]
            for m in comparison.matches if m.sentences_moved}


@SCRIPTS
def test_a_sentence_moved_into_another_kept_paragraph_is_said_on_both(script) -> None:
    comparison = compare(script(_report(2025, _OLD_PM, _pollution(""))), script(_report(2026, "", _pollution(_NEW_PM))))
    assert _moves(comparison) == {"一/(二)": [("to", "一/(三)")], "一/(三)": [("from", "一/(二)")]}
    text = render(comparison, "text")
    assert re.search(r"\n    ↪ 句子移至一、（三）：" + re.escape(script("全市细颗粒物（PM2.5）平均浓度下降到31")), text)
    assert re.search(r"\n    ↪ 句子移自一、（二）：" + re.escape(script("全市细颗粒物（PM2.5）平均浓度下降到29")), text)
    assert "  - ↪ 句子移至一、（三）：" in render(comparison, "md")
    assert "sentence moved from 一. (二): " in render(comparison, "md", lang="en")
    html = render(comparison, "html")
    assert '<p class="sentmove">↪ <a href="#m-一/(三)">句子移至一、（三）：' in html
    assert '<p class="sentmove">↪ <a href="#m-一/(二)">句子移自一、（二）：' in html
    measures = json.loads(render(comparison, "json"))["measures"]
    moved = {m["new"]["id"]: m["sentences_moved"] for m in measures if "sentences_moved" in m}
    assert moved["一/(二)"] == [{"way": "to", "text": script(_OLD_PM), "other_old": "一/(三)", "other_new": "一/(三)"}]
    assert moved["一/(三)"][0]["way"] == "from" and moved["一/(三)"][0]["text"] == script(_NEW_PM)


@SCRIPTS
def test_a_sentence_moved_into_a_new_paragraph_is_said_on_both(script) -> None:
    # -- last year had no 污染防治 paragraph: this year's is new, and holds the PM2.5 sentence --
    comparison = compare(script(_report(2025, _OLD_PM, "")), script(_report(2026, "", _pollution(_NEW_PM))))
    receiver = next(m for m in comparison.matches if m.new is not None and m.new.id == "一/(三)")
    assert receiver.status.value == "new"
    assert _moves(comparison) == {"一/(二)": [("to", "一/(三)")], "一/(三)": [("from", "一/(二)")]}
    assert "↪ 句子移自一、（二）" in render(comparison, "text")


@SCRIPTS
def test_no_move_within_a_paragraph_from_a_dropped_one_or_from_a_deed_to_a_plan(script) -> None:
    # -- the sentence said later in its own paragraph: a reordering --
    inside = _report(2026, "", _pollution("")).replace("农村生活污水治理率达到52%。", "农村生活污水治理率达到52%。" + _NEW_PM)
    assert _moves(compare(script(_report(2025, _OLD_PM, _pollution(""))), script(inside))) == {}
    # -- a paragraph dropped whole, one of its sentences said in another: its remains, no move --
    gone = "（五）着力推进城市更新，城市品质不断提升。改造城镇老旧小区126个，惠及居民3.2万户。新建城市公园12个。\n"
    kept = _pollution("改造城镇老旧小区128个，惠及居民3.2万户。")
    assert _moves(compare(script(_report(2025, "", _pollution(""), extra=gone)), script(_report(2026, "", kept)))) == {}
    # -- last year's deed (review) and this year's plan alike in words: no sentence moved --
    deed = _pollution("开展工业企业挥发性有机物综合治理专项行动。")
    plan = "开展工业企业挥发性有机物综合治理专项行动。"
    assert _moves(compare(script(_report(2025, "", deed)), script(_report(2026, "", _pollution(""), plan=plan)))) == {}


def test_the_word_redlines_comments_say_where_a_sentence_went() -> None:
    import io
    import zipfile

    comparison = compare(_report(2025, _OLD_PM, _pollution("")), _report(2026, "", _pollution(_NEW_PM)))
    with zipfile.ZipFile(io.BytesIO(render(comparison, "docx"))) as package:
        comments = package.read("word/comments.xml").decode()
    assert "句子移至一、（三）：全市细颗粒物" in comments and "句子移自一、（二）：全市细颗粒物" in comments


#: One object at two stages (an agreement signed, then in force; a works started, then built).
_STAGED = [("推动与东盟国家的区域物流合作协定签署，拓展中欧班列国际货运线路。", "推动与东盟国家的区域物流合作协定生效实施，拓展中欧班列国际货运线路。"),
           ("开工建设滨江东路跨江大桥和城市北部污水处理厂。", "建成滨江东路跨江大桥和城市北部污水处理厂。")]


@SCRIPTS
@pytest.mark.parametrize("before, after", _STAGED, ids=["signed-in-force", "started-built"])
def test_another_stage_of_the_same_object_is_no_sentence_moved(script, before, after) -> None:
    # -- the sentence leaves 生态 and its successor stands under 污染防治: another event, not the same statement --
    assert _moves(compare(script(_report(2025, before, _pollution(""))), script(_report(2026, "", _pollution(after))))) == {}


@SCRIPTS
def test_a_moved_sentence_with_its_words_of_effort_reworded_is_still_a_move(script) -> None:
    before = "加强网络安全、数据安全和个人信息保护，开展政务数据安全专项检查。"
    after = "强化网络安全、数据安全和个人信息保护，开展政务数据安全专项检查。"
    comparison = compare(script(_report(2025, before, _pollution(""))), script(_report(2026, "", _pollution(after))))
    assert _moves(comparison) == {"一/(二)": [("to", "一/(三)")], "一/(三)": [("from", "一/(二)")]}


REAL = Path(__file__).resolve().parents[2] / "shared" / "real"


@pytest.mark.skipif(not REAL.is_dir(), reason="../shared/real (State Council reports) is absent")
def test_real_2021_2022_rcep_signed_then_in_force_is_no_move_and_the_others_stay() -> None:
    comparison = compare(REAL / "guowuyuan-zfgzbg-2021-s.txt", REAL / "guowuyuan-zfgzbg-2022-s.txt",
                         figures=False, promises=False, expressions=False)
    moved = [move.text for m in comparison.matches for move in m.sentences_moved if move.way == "to"]
    assert not any("区域全面经济伙伴关系协定" in text for text in moved)
    assert "中央预算内投资安排6100亿元。" in moved and "加强网络安全、数据安全和个人信息保护。" in moved


# -- the ratio is difflib's, its matcher of the second sentence reused for many first ones --

from difflib import SequenceMatcher  # noqa: E402

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from reportdiff.sentence_moves import _Compared, _ratio_from  # noqa: E402

_KEYS = st.text(alphabet="推进依法行政工作全面建设法治政府的#。,", max_size=40)


def _difflib_ratio_from(a: str, b: str, bar: float) -> float | None:
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < bar or matcher.quick_ratio() < bar:
        return None
    ratio = matcher.ratio()
    return ratio if ratio >= bar else None


@given(st.lists(_KEYS, min_size=1, max_size=6), _KEYS, st.sampled_from([0.0, 0.3, 0.6, 0.8, 1.0]))
def test_ratio_from_is_difflib_s_with_one_matcher_for_many_sentences(firsts, second, bar) -> None:
    compared = _Compared(second)
    for first in firsts + firsts[::-1]:
        assert _ratio_from(_Compared(first), compared, bar) == _difflib_ratio_from(first, second, bar)
