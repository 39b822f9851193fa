"""A task section written one year as a heading over paragraphs and the next as one paragraph on
the heading's line (a sentence or two kept of each): the old paragraphs it carries are merged into
it, each redlined against the clauses it became; a paragraph it does not carry stays dropped. The
mirror image (one paragraph written out as several) is a split. Word's Accept All and Reject All
still give each report. A heading with its lead on one line over paragraphs of their own is no
condensed section. Constructed county reports in both scripts; the real 2022→2023 pair (skips
when ../shared/real is absent)."""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from government_reports import government_report
from reportdiff.align import Alignment, Pair
from reportdiff.classify import _ordered_shares, _shares
from reportdiff.condensed_sections import merge_condensed
from reportdiff.parse import parse_text
from reportdiff.scoring import Scorer
from reportdiff.models import Op, Status
from reportdiff.pipeline import compare

_T = opencc.OpenCC("s2t").convert
SCRIPTS = pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])

_REVIEW = "（一）经济运行稳中向好。全县地区生产总值增长5.8%，固定资产投资增长6.2%。"
_OTHER = "（二）着力保障和改善民生。城镇新增就业6500人，新建改扩建中小学4所，新增养老床位320张。"

_LEAD = "坚持扩大内需战略基点，增强消费和投资对经济增长的拉动作用。"
_CONSUMPTION = ("推动消费持续恢复。多渠道促进城乡居民增收，开展家电以旧换新和汽车下乡活动，发展夜间经济和社区商业，"
                "培育县城商业综合体2个，建设农村电商服务站60个，强化消费者权益保护。")
_INVESTMENT = ("积极扩大有效投资。实施县级重点项目130个，完成投资280亿元以上，争取地方政府专项债券18亿元，"
               "加快城南水厂、东环路和县医院新院区建设，深化投资审批制度改革，做好用地用能要素保障。")
_URBAN = ("提升新型城镇化质量。推进城市更新，改造城镇老旧小区42个，加装电梯60部，新建停车泊位1800个，"
          "推进县城污水管网雨污分流改造，促进农业转移人口市民化，新增落户8000人。")
_TOURISM = ("推进全域旅游发展。创建国家4A级旅游景区1个，提升古镇景区和湿地公园服务设施，"
            "举办油菜花旅游节和民俗文化周，全年接待游客突破800万人次。")
#: The section condensed: a sentence of 消费, of 投资 and of 城镇化 each, nothing of 旅游.
_CONDENSED = ("（一）着力扩大国内需求。把恢复和扩大消费摆在优先位置，多渠道增加城乡居民收入，支持家电以旧换新和汽车消费，"
              "发展农村电商和社区商业。政府投资要有效带动全社会投资，今年争取地方政府专项债券20亿元。"
              "实施城市更新行动，继续改造城镇老旧小区，推进农业转移人口市民化。"
              "持续优化营商环境，激发民间投资活力，用真招实策稳定市场预期。")
_SECTION = [_LEAD, _CONSUMPTION, _INVESTMENT, _URBAN, _TOURISM]


def _heading_over_paragraphs(paragraphs: list[str]) -> str:
    return "\n".join(["（一）坚定实施扩大内需战略。", *paragraphs])


def _report(year: int, plans: str) -> str:
    return government_report("青岭县", year, f"{_REVIEW}\n{_OTHER}",
                             f"{plans}\n（二）着力保障和改善民生。城镇新增就业6000人以上，新增养老床位300张。")


def _pieces(comparison, relation: str) -> list:
    return sorted((m for m in comparison.matches if m.relation == relation),
                  key=lambda m: m.old.line if relation == "merged" else m.new.line)


def _new_side(match) -> str:
    return "".join(run.text for run in match.redlines if run.op is not Op.DELETE)


def _old_side(match) -> str:
    return "".join(run.old_text if run.old_text is not None else run.text
                   for run in match.redlines if run.op is not Op.INSERT)


@SCRIPTS
def test_the_paragraphs_a_condensed_section_carries_are_merged_into_it(script) -> None:
    old = _report(2025, _heading_over_paragraphs(_SECTION))
    comparison = compare(script(old), script(_report(2026, _CONDENSED)), figures=False, promises=False,
                         expressions=False)
    pieces = _pieces(comparison, "merged")
    carried = [m.old.text for m in pieces]
    assert {script(_CONSUMPTION), script(_INVESTMENT), script(_URBAN)} <= set(carried)
    assert any(m.method == "condensed" for m in pieces)
    assert {m.new.id for m in pieces} == {"二/(一)"}
    dropped = [m.old.text for m in comparison.matches if m.status is Status.DROPPED]
    assert script(_TOURISM) in dropped and script(_TOURISM) not in carried
    # -- each piece redlined against the clauses it became: 消费's against the consumption ones --
    consumption = next(m for m in pieces if m.old.text == script(_CONSUMPTION))
    investment = next(m for m in pieces if m.old.text == script(_INVESTMENT))
    assert script("多渠道增加城乡居民收入") in _new_side(consumption)
    assert script("专项债券20亿元") in _new_side(investment) and script("居民收入") not in _new_side(investment)
    assert script("城镇老旧小区") in _new_side(next(m for m in pieces if m.old.text == script(_URBAN)))
    # -- the pieces, read in order, spell both sides --
    assert "".join(_new_side(m) for m in pieces) == script(_CONDENSED.removeprefix("（一）"))
    assert all(_old_side(m) == m.old.text for m in pieces)


@SCRIPTS
def test_a_paragraph_kept_as_one_sentence_of_its_own_is_carried_too(script) -> None:
    # -- 旅游 kept as 举办油菜花旅游节。 only: a small share of the whole, but that sentence is its own --
    comparison = compare(script(_report(2025, _heading_over_paragraphs(_SECTION))),
                         script(_report(2026, _CONDENSED + "举办油菜花旅游节。")),
                         figures=False, promises=False, expressions=False)
    tourism = next(m for m in comparison.matches if m.old is not None and m.old.text == script(_TOURISM))
    assert (tourism.relation, tourism.method) == ("merged", "condensed")
    assert _new_side(tourism).endswith(script("举办油菜花旅游节。"))


@SCRIPTS
def test_a_paragraph_kept_as_one_clause_of_a_longer_sentence_is_carried_too(script) -> None:
    # -- 城镇化 kept as 推进城市更新和老旧小区改造， inside the investment sentence, nothing else of it: that
    #    clause is its own; 旅游's echo (a 消费 clause naming 旅游 as 消费 does) carries nothing --
    condensed = ("（一）着力扩大国内需求。把恢复和扩大消费摆在优先位置，多渠道增加城乡居民收入，支持家电以旧换新和汽车消费，"
                 "发展农村电商和社区商业，促进文化旅游消费。政府投资要有效带动全社会投资，今年争取地方政府专项债券20亿元，"
                 "推进城市更新和老旧小区改造，激发民间投资活力。")
    comparison = compare(script(_report(2025, _heading_over_paragraphs(_SECTION))),
                         script(_report(2026, condensed)), figures=False, promises=False, expressions=False)
    urban = next(m for m in comparison.matches if m.old is not None and m.old.text == script(_URBAN))
    assert (urban.relation, urban.method) == ("merged", "condensed")
    assert _new_side(urban).startswith(script("推进城市更新和老旧小区改造，"))
    tourism = next(m for m in comparison.matches if m.old is not None and m.old.text == script(_TOURISM))
    assert tourism.status is Status.DROPPED


@SCRIPTS
def test_a_paragraph_written_out_as_a_section_is_split_into_the_paragraphs_it_became(script) -> None:
    old = _report(2025, _CONDENSED)
    comparison = compare(script(old), script(_report(2026, _heading_over_paragraphs(_SECTION))),
                         figures=False, promises=False, expressions=False)
    pieces = _pieces(comparison, "split")
    written_out = [m.new.text for m in pieces]
    assert {script(_CONSUMPTION), script(_INVESTMENT), script(_URBAN)} <= set(written_out)
    new = [m.new.text for m in comparison.matches if m.status is Status.NEW]
    assert script(_TOURISM) in new
    assert "".join(_old_side(m) for m in pieces) == script(_CONDENSED.removeprefix("（一）"))


@SCRIPTS
def test_a_heading_with_its_lead_over_paragraphs_of_their_own_is_no_condensed_section(script) -> None:
    # -- the new heading's line holds the lead only; 旅游 stays dropped however it scores --
    new = "\n".join(["（一）着力扩大国内需求。" + _LEAD, _CONSUMPTION.replace("60个", "80个"),
                     _INVESTMENT.replace("130个", "140个"), _URBAN.replace("42个", "45个")])
    comparison = compare(script(_report(2025, _heading_over_paragraphs(_SECTION))),
                         script(_report(2026, new)), figures=False, promises=False, expressions=False)
    assert not any(m.method == "condensed" for m in comparison.matches)
    assert script(_TOURISM) in [m.old.text for m in comparison.matches if m.status is Status.DROPPED]


@pytest.mark.parametrize("written_out", [False, True], ids=["condensed", "written-out"])
def test_word_accepts_and_rejects_a_condensed_section_into_either_report(written_out) -> None:
    from ooxml_revisions import accept_all, reject_all

    from reportdiff.render import render

    sides = [_heading_over_paragraphs(_SECTION), _CONDENSED]
    if written_out:
        sides.reverse()
    old, new = _report(2025, sides[0]), _report(2026, sides[1])
    comparison = compare(old, new)
    assert any(m.method == "condensed" for m in comparison.matches)
    data = render(comparison, "docx")
    assert "".join(accept_all(data)) == new.replace("\n", "")
    assert "".join(reject_all(data)) == old.replace("\n", "")


def test_merge_condensed_adds_the_carried_pieces_to_the_paired_paragraph_whatever_the_order() -> None:
    old = parse_text(_report(2025, _heading_over_paragraphs(_SECTION)))
    new = parse_text(_report(2026, _CONDENSED))
    old_section = next(s for p in old.parts for s in p.sections if s.id == "二/(一)")
    new_section = next(s for p in new.parts for s in p.sections if s.id == "二/(一)")
    lead, consumption, investment, urban, tourism = old_section.measures
    (whole,) = new_section.measures
    scorer = Scorer([m.key for m in old.measures + new.measures])
    for leftovers in ((lead, investment, urban, tourism), (tourism, urban, investment, lead)):
        alignment = Alignment((Pair(consumption, whole, 0.2, "positional"),), leftovers, ())
        merged = merge_condensed(alignment, [(old_section, new_section, 0.3)], scorer)
        added = {p.old.id: (p.method, p.relation) for p in merged.pairs[1:]}
        assert added == {investment.id: ("condensed", "merged"), urban.id: ("condensed", "merged")}
        assert {m.id for m in merged.unmatched_old} == {lead.id, tourism.id}
    # -- nothing paired with the condensed paragraph: no piece to merge into --
    alone = Alignment((), (lead, consumption, investment, urban, tourism), (whole,))
    assert merge_condensed(alone, [(old_section, new_section, 0.3)], scorer) == alone


def test_a_condensed_paragraph_is_cut_at_clause_ends_into_the_run_each_piece_became() -> None:
    whole = "着力扩大国内需求。稳定汽车消费，发展农村电商。今年争取专项债券20亿元。改造城镇老旧小区。"
    runs = _shares(whole, ["推动消费恢复。开展汽车下乡，建设农村电商服务站。", "扩大有效投资。争取专项债券18亿元。",
                           "推进全域旅游。举办油菜花节。", "提升城镇化质量。改造城镇老旧小区42个。"])
    assert runs == ["着力扩大国内需求。稳定汽车消费，发展农村电商。", "今年争取专项债券20亿元。", "", "改造城镇老旧小区。"]


_CLAUSES = st.sampled_from(["稳定汽车消费，", "发展农村电商。", "争取专项债券。", "改造老旧小区；", "推进城市更新", "扩大内需"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_CLAUSES, max_size=12), st.lists(st.lists(_CLAUSES, max_size=4).map("".join), min_size=1, max_size=5))
def test_the_runs_read_in_order_are_the_whole_paragraph_one_for_each_piece(clauses, pieces) -> None:
    whole = "".join(clauses)
    order, runs = _ordered_shares(whole, pieces)
    assert sorted(order) == list(range(len(pieces))) and "".join(runs) == whole
    # -- by piece: each piece's run is the one its place in that order gives --
    assert _shares(whole, pieces) == [runs[order.index(k)] for k in range(len(pieces))]


def test_the_runs_follow_the_order_the_pieces_are_said_in_where_that_gives_each_its_own_words() -> None:
    # -- 住房 said first, though the last of the old paragraphs: in the old order 教育 would take
    #    the 住房 sentence and 住房 the 文化 one --
    whole = "保障基本民生。加强住房保障，支持刚性住房需求。推进义务教育优质均衡，大力发展职业教育。繁荣发展文化事业。"
    pieces = ["办好人民满意教育。推进义务教育优质均衡发展，发展职业教育，新建中小学3所。",
              "丰富群众精神文化生活。繁荣发展文化事业和文化产业，建设农家书屋。",
              "保障群众住房需求。推进保障性住房建设，支持刚性住房需求，稳地价稳房价。"]
    assert _shares(whole, pieces, lead=len("保障基本民生")) == [
        "推进义务教育优质均衡，大力发展职业教育。", "繁荣发展文化事业。", "保障基本民生。加强住房保障，支持刚性住房需求。"]
    # -- a piece that holds none of the paragraph keeps its place (the old section's framing line
    #    opens the section), however the others are ordered --
    order, _ = _ordered_shares(whole, ["坚持尽力而为、量力而行。", *pieces], lead=len("保障基本民生"))
    assert order[0] == 0


REAL = Path(__file__).resolve().parents[2] / "shared" / "real"


@pytest.mark.skipif(not REAL.is_dir(), reason="../shared/real (State Council reports) is absent")
def test_real_2022_2023_condensed_task_sections_say_what_they_merged() -> None:
    comparison = compare(REAL / "guowuyuan-zfgzbg-2022-s.txt", REAL / "guowuyuan-zfgzbg-2023-s.txt",
                         figures=False, promises=False, expressions=False)
    merged: dict[str, list[str]] = {}
    for match in _pieces(comparison, "merged"):
        merged.setdefault(match.new.text[:8], []).append(match.old.text[:8])
    # -- one new paragraph for the old 消费 and 投资 paragraphs (and the section's lead it pairs with) --
    assert {"推动消费持续恢复", "积极扩大有效投资"} <= set(merged["着力扩大国内需求"])
    assert {"全面巩固拓展脱贫", "扎实稳妥推进农村"} <= set(merged["稳定粮食生产和推"])
    # -- 文化 kept as one sentence of its own (繁荣发展文化事业和产业。), 住房 as one sentence of
    #    words mostly new (支持刚性和改善性住房需求), 城镇化 as one clause (实施城市更新行动，) --
    assert {"丰富人民群众精神", "继续保障好群众住"} <= set(merged["保障基本民生和发"])
    assert "提升新型城镇化质" in merged["着力扩大国内需求"]
    # -- a clause's echo is no merge: 政府职能 stays dropped beside 两个毫不动摇, 多双边经贸 beside 外资 --
    dropped = [m.old.text[:8] for m in comparison.matches if m.status is Status.DROPPED]
    assert "加快转变政府职能" in dropped and "深化多双边经贸合" in dropped
    assert "切实落实“两个毫" not in merged and "更大力度吸引和利" not in merged


def test_the_heading_sentence_opens_the_first_run_though_a_later_piece_shares_its_words() -> None:
    # -- the first piece is the old section's opening: the new heading (扩大消费需求) pairs with it,
    #    not with the 消费 paragraph that repeats its words --
    whole = "扩大消费需求。稳定汽车消费，发展农村电商。今年争取专项债券20亿元，扩大有效投资。"
    pieces = ["畅通经济循环，增强内需拉动力。", "推动消费恢复。开展汽车下乡，建设农村电商服务站，扩大消费需求。",
              "扩大有效投资。争取专项债券18亿元。"]
    assert _shares(whole, pieces, lead=len("扩大消费需求")) == [
        "扩大消费需求。", "稳定汽车消费，发展农村电商。", "今年争取专项债券20亿元，扩大有效投资。"]


def test_a_run_ends_at_a_sentence_end_unless_a_clause_cut_clearly_pays() -> None:
    # -- 繁體: 完善複議 is the second piece's word, but not enough to cut a sentence for --
    whole = "推行執法公示制度，加強執法監督，完善複議。健全行政複議體制，規範複議案件審理。"
    pieces = ["推行執法公示制度，加強執法監督。", "健全行政複議體制，完善複議，規範審理。"]
    assert _shares(whole, pieces) == ["推行執法公示制度，加強執法監督，完善複議。", "健全行政複議體制，規範複議案件審理。"]
    # -- 简体: one sentence holding both pieces' clauses is cut at a comma, at the clause that is
    #    more the second piece's than the first's, rather than leave the second piece nothing --
    whole = "政府投资要带动全社会投资，争取专项债券20亿元，实施城市更新行动，促进区域优势互补，支持困难地区发展。"
    pieces = ["积极扩大有效投资。政府投资带动社会投资，争取专项债券18亿元。实施城市更新。",
              "增强区域发展协调性。促进区域合作，支持困难地区加快发展，推进城市更新。"]
    assert _shares(whole, pieces) == ["政府投资要带动全社会投资，争取专项债券20亿元，实施城市更新行动，",
                                      "促进区域优势互补，支持困难地区发展。"]


@pytest.mark.skipif(not REAL.is_dir(), reason="../shared/real (State Council reports) is absent")
def test_real_2022_2023_cards_open_with_the_heading_and_share_out_whole_sentences() -> None:
    comparison = compare(REAL / "guowuyuan-zfgzbg-2022-s.txt", REAL / "guowuyuan-zfgzbg-2023-s.txt",
                         figures=False, promises=False, expressions=False)
    cards = [_new_side(m) for m in _pieces(comparison, "merged") if m.new.title == "着力扩大国内需求"]
    # -- the section's lead opens the first card (the old section's opening), not the middle of 消费's --
    assert cards[0] == "着力扩大国内需求。" and cards[1].startswith("把恢复和扩大消费摆在优先位置。")
    # -- every piece carries some of the paragraph, read in the order the paragraph says them;
    #    投资, 城镇化 and 区域 share one sentence, cut at the clause each became --
    whole = next(m.new.text for m in comparison.matches if m.new and m.new.title == "着力扩大国内需求")
    assert all(cards) and "".join(sorted(cards, key=whole.index)) == whole
    assert cards[-1] == "实施城市更新行动，" and cards[-2].startswith("促进区域优势互补")


@pytest.mark.skipif(not REAL.is_dir(), reason="../shared/real (State Council reports) is absent")
def test_real_2022_2023_each_piece_is_handed_the_clauses_it_became_in_the_order_they_are_said() -> None:
    comparison = compare(REAL / "guowuyuan-zfgzbg-2022-s.txt", REAL / "guowuyuan-zfgzbg-2023-s.txt",
                         figures=False, promises=False, expressions=False)
    cards = {m.old.text[:8]: _new_side(m) for m in _pieces(comparison, "merged")}
    # -- 制造业 said second in 产业体系's paragraph though third of the old section: its clauses, not
    #    the 物流 sentence that none of the old paragraphs holds --
    assert "制造业重点产业链" in cards["增强制造业核心竞"] and "物流" not in cards["增强制造业核心竞"]
    # -- 住房 said first in 民生's paragraph: the 住房 sentence, not 文化's --
    assert "住房" in cards["继续保障好群众住"] and "文化" not in cards["继续保障好群众住"]
    assert cards["丰富人民群众精神"] == "繁荣发展文化事业和产业。"


@pytest.mark.parametrize("old, new", [
    ("畅通国民经济循环，增强内需的拉动力。", "着力扩大国内需求的消费。"),
    ("暢通國民經濟循環，增強內需的拉動力。", "着力擴大國內需求的消費。"),
])
def test_a_single_character_is_no_shared_evidence(old, new) -> None:
    # -- 的 lies in both texts but tells a reader nothing: the basis names words, or nothing --
    scorer = Scorer([old, new, "推动消费持续恢复。"])
    terms = scorer.shared_terms(old, new)
    assert all(len(term) > 1 for term in terms)
    assert scorer.shared_terms("推动消费的恢复。", "稳定消费的预期。") == ("消费",)


def _comments(data: bytes) -> list[str]:
    import io
    import re
    import zipfile

    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/comments.xml").decode()
    return ["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", body))
            for body in re.findall(r"<w:comment [^>]*>(.*?)</w:comment>", xml, re.S)]


@SCRIPTS
def test_the_comment_on_a_merged_group_gives_the_groups_similarity(script) -> None:
    from reportdiff import display
    from reportdiff.render import render

    # -- the condensed section now stands after 民生 and its pieces cannot stay in place: one
    #    comment on the merged paragraph names them all --
    livelihood = ["着力保障和改善民生。", "稳定就业。城镇新增就业6000人以上，开展职业技能培训5000人次。",
                  "发展养老服务。新增养老床位300张，建设社区老年食堂12个。",
                  "办好人民满意教育。新建改扩建中小学3所，新增学位2400个。"]
    old = script(government_report("青岭县", 2025, f"{_REVIEW}\n{_OTHER}", "\n".join(
        [_heading_over_paragraphs(_SECTION), "（二）" + livelihood[0], *livelihood[1:]])))
    new = script(government_report("青岭县", 2026, f"{_REVIEW}\n{_OTHER}", "\n".join(
        ["（一）" + livelihood[0], *livelihood[1:], _CONDENSED.replace("（一）", "（二）")])))
    comparison = compare(old, new, figures=False, promises=False, expressions=False)
    pieces = _pieces(comparison, "merged")
    figures = {m.group_similarity for m in pieces}
    # -- one figure for the group: the paragraph against its pieces joined, not any one piece's --
    assert len(figures) == 1 and None not in figures
    (figure,) = figures
    assert all(figure > m.similarity for m in pieces)
    group_notes = [c for c in _comments(render(comparison, "docx")) if "合并" in c and "相似度" in c]
    assert any(c.count(script("原")) == 1 and c.count("、") >= 2 for c in group_notes)
    assert group_notes and all(c.endswith(f"相似度 {display.percent(figure, changed=True)}") for c in group_notes)


@SCRIPTS
def test_the_html_cards_of_a_merged_group_show_the_groups_similarity(script) -> None:
    import re

    from reportdiff import display
    from reportdiff.render import render

    comparison = compare(script(_report(2025, _heading_over_paragraphs(_SECTION))), script(_report(2026, _CONDENSED)),
                         figures=False, promises=False, expressions=False)
    pieces = _pieces(comparison, "merged")
    (figure,) = {m.group_similarity for m in pieces}
    # -- the lead paragraph alone scores next to nothing against the condensed paragraph --
    assert min(m.similarity for m in pieces) < figure
    page = render(comparison, "html")
    # -- the page's own words are Simplified whatever the reports' script --
    shown = re.findall(r'相似度 (\d+%)</span><span class="rel">合并', page)
    assert len(shown) == len(pieces) and set(shown) == {display.percent(figure, changed=True)}
