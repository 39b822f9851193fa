"""Tests for figure extraction, cross-year pairing and the stated-growth check."""

from __future__ import annotations

import json
import re
from pathlib import Path

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportdiff import figures, figures_extract
from reportdiff.figures import (
    Figure,
    StatedChange,
    check_claim,
    compare_figures,
    extract_figures,
    label_similarity,
)
from reportdiff.models import Measure, MeasureKind, Role

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_ed6269d44b6c061b.txt"
_T2S = opencc.OpenCC("t2s")


def _seed() -> str:
    return SEED.read_text(encoding="utf-8")


def _results_lines() -> list[str]:
    lines = _seed().splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("一、"))
    end = next(i for i, line in enumerate(lines) if line.startswith("二、"))
    return lines[start + 1 : end]


def _row(f: Figure) -> tuple:
    return (f.raw, f.value, f.unit, f.approx, f.label, f.is_change)


# Every figure of the seed's part 一, in reading order: (raw, value, unit, approx, label,
# is a stated change). Not figures there: 2024年 (year), 第一批 (ordinal), 1. … 5. (list
# markers), “每月一题” “四走访基层” “六大环境” “八大工程” “三项制度” “两会” “上半篇文章”
# (quoted names), 前三 (ranking, no unit), 一批 / 一体化 (a lone 一), 首个 (no numeral).
SEED_RESULTS = [
    ("30個", 30.0, "个", None, "改革案例", False),
    ("42個", 42.0, "个", None, "高效办成一件事", False),
    ("170.81萬件", 1_708_100.0, "件", None, "受理案件", False),
    ("14.23萬件", 142_300.0, "件", None, "月均受理", False),
    ("97.81%", 97.81, "%", None, "解决率", False),
    ("98.78分", 98.78, "分", None, "综合成绩", False),
    ("3個", 3.0, "个", None, "牵头单位", False),
    ("3個", 3.0, "个", None, "重点项目", False),
    ("15件", 15.0, "件", None, "市政府法规", False),
    ("140余件次", 140.0, "件次", "余", "法律服务事项", False),
    ("1113件", 1113.0, "件", None, "参与区政府行政诉讼", False),
    ("4613件", 4613.0, "件", None, "行政复议案件", False),
    ("3849份", 3849.0, "份", None, "出具法律意见书", False),
    ("9次", 9.0, "次", None, "制发执法公示通报", False),
    ("2次", 2.0, "次", None, "开展对街镇层级行政执法案卷评查", False),
    # 品質 → 质量: labels are the project's comparison key (normalize.key)
    ("1次", 1.0, "次", None, "案卷质量抽验", False),
    ("37所", 37.0, "所", None, "高校", False),
    ("21起", 21.0, "起", None, "生态环境损害赔偿案件", False),
    ("75%", 75.0, "%", None, "生态环境损害赔偿案件增加", True),
    ("246余萬元", 2_460_000.0, "元", "余", "赔偿金额", False),
    ("123%", 123.0, "%", None, "赔偿金额增加", True),
    ("1例", 1.0, "例", None, "反向衔接案件", False),
    ("1700餘人", 1700.0, "人", "余", "行政执法人员及街镇法制审核人员", False),
    # -- the 两会's suggestions and proposals: the quoted name is their subject --
    ("495件", 495.0, "件", None, "两会建议提案", False),
    ("十項", 10.0, "项", None, "工作措施", False),
    ("4613件", 4613.0, "件", None, "受理复议申请", False),
    ("3563件", 3563.0, "件", None, "审结行政复议案件", False),
    ("1618件", 1618.0, "件", None, "实质性化解行政争议", False),
    ("3次", 3.0, "次", None, "全体会议", False),
]


def test_every_figure_of_the_seed_results_part() -> None:
    found = [_row(f) for line in _results_lines() for f in extract_figures(line)]
    assert found == SEED_RESULTS


def test_offsets_point_at_the_raw_text() -> None:
    text = _seed()
    figures = extract_figures(text)
    assert figures
    for f in figures:
        assert text[f.start : f.end] == f.raw


def test_whole_seed_other_parts() -> None:
    # parts 二–四: only the leadership part holds figures; 2025年, “十四五”, “十五五”,
    # 关键一年, 一是/二是, 二十大, 二十届二中、三中全会 are not figures
    rows = [_row(f) for f in extract_figures(_seed())]
    assert rows[: len(SEED_RESULTS)] == SEED_RESULTS
    assert rows[len(SEED_RESULTS) :] == [
        ("2次", 2.0, "次", None, "区委全面依法治区委员会会议", False),
        ("4次", 4.0, "次", None, "主题学法", False),
    ]


def test_stated_changes_qualify_the_figure_before_them() -> None:
    line = next(line for line in _results_lines() if "21起" in line)
    figures = extract_figures(line)
    by_raw = {f.raw: i for i, f in enumerate(figures)}
    cases = (("21起", "75%", "同比增加75%"), ("246余萬元", "123%", "同比增加123%"))
    for base, rate, phrase in cases:
        qualified = figures[by_raw[base]]
        stated = figures[by_raw[rate]]
        assert qualified.comparison is not None
        assert qualified.comparison.direction == 1
        assert qualified.comparison.text == phrase
        assert qualified.comparison.basis == "同比"
        assert qualified.comparison.stated == stated
        assert stated.is_change and stated.change_of == by_raw[base]


@pytest.mark.parametrize(
    ("text", "phrase", "direction", "stated"),
    [
        ("群众满意率96.5%，较上年提高1.2个百分点。", "较上年提高1.2个百分点", 1, (1.2, "百分点")),
        ("审结案件3563件，同比下降3.2%。", "同比下降3.2%", -1, (3.2, "%")),
        ("受理咨询1.2万人次，增长12%。", "增长12%", 1, (12.0, "%")),
        ("受理复议申请4613件,较去年提升。", "较去年提升", 1, None),
        ("办理时长8.5天，同比缩短1.5天。", "同比缩短1.5天", -1, (1.5, "天")),
    ],
)
def test_stated_change_forms(text: str, phrase: str, direction: int, stated: tuple | None) -> None:
    base = extract_figures(text)[0]
    assert base.comparison is not None
    assert base.comparison.text == phrase
    assert base.comparison.direction == direction
    if stated is None:
        assert base.comparison.stated is None
    else:
        assert (base.comparison.stated.value, base.comparison.stated.unit) == stated


def test_change_not_linked_across_another_subject() -> None:
    # 结案率 is the subject of the rise, not the 3563件 before it
    figures = extract_figures("审结案件3563件，结案率同比提升5个百分点。")
    assert figures[0].comparison is None
    assert figures[1].is_change and figures[1].change_of is None
    # a vague remark two clauses later qualifies nothing
    line = next(line for line in _results_lines() if "98.78" in line)
    assert all(f.comparison is None for f in extract_figures(line))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("研究制定十项工作措施", [(10.0, "项", None, "工作措施")]),
        ("开展两次专项检查", [(2.0, "次", None, "专项检查")]),
        ("培训执法人员二百余人次", [(200.0, "人次", "余", "培训执法人员")]),
        ("覆盖群众三万余人", [(30000.0, "人", "余", "覆盖群众")]),
        ("出台十多项便民举措", [(10.0, "项", "多", "便民举措")]),
        ("统一三项标准", [(3.0, "项", None, "标准")]),
        ("百分之九十的案件当场办结", [(90.0, "%", None, "案件当场办结")]),  # -- a share of what follows 的 (fix22a) --
        ("减免税费3.5亿元", [(350_000_000.0, "元", None, "减免税费")]),
        ("常住人口31.2万", [(312_000.0, "", None, "常住人口")]),
        ("处理信访事项近5000件", [(5000.0, "件", "近", "处理信访事项")]),
        ("约30%通过调解化解", [(30.0, "%", "约", "")]),
        ("发放宣传材料5,000份以上", [(5000.0, "份", "以上", "发放宣传材料")]),
        ("参训人员300人左右", [(300.0, "人", "左右", "参训人员")]),
        ("当日办结诉求超3000件", [(3000.0, "件", "超", "当日办结诉求")]),
        ("连续3年获评优秀", [(3.0, "年", None, "连续")]),
        ("办理时限压缩至15个工作日", [(15.0, "个工作日", None, "办理时限压缩")]),
    ],
)
def test_numeral_forms(text: str, expected: list[tuple]) -> None:
    assert [(f.value, f.unit, f.approx, f.label) for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "依法办理“两会”建议提案",
        "提前完成第一批编制工作",
        "2024年，区政府印发2024年重大行政决策目录",
        "2025年是“十四五”规划收官之年，十四五时期",
        "1.优化机构设置。2、深化改革。(3)强化监督。（4）推进公开",
        "推动解决了一批重点矛盾，推进一体化综合监管，高效办成一件事",
        "12月3日召开会议，8时30分开始",
        "党的二十大和二十届二中、三中全会精神",
        "一是加强组织领导。二是带头开展学法",
        "落实中央八项规定精神，十分重要",
        "《2024年法治政府建设年度报告》",
        "第3次会议，名列全市前10名",
        "建成5G基站，拨打12345热线",
        "零容忍，一起推进，二〇二四年",
    ],
)
def test_not_figures(text: str) -> None:
    assert extract_figures(text) == ()


def _signature(figures: tuple[Figure, ...]) -> list[tuple]:
    return [
        (
            f.start,
            f.end,
            f.value,
            f.unit,
            f.approx,
            f.label,
            f.precision,
            f.is_change,
            f.change_of,
            None if f.comparison is None else (f.comparison.direction, f.comparison.start),
        )
        for f in figures
    ]


_FULL_WIDTH = str.maketrans({**{str(i): chr(0xFF10 + i) for i in range(10)}, "%": "％"})


def test_traditional_simplified_and_full_width_give_the_same_figures() -> None:
    traditional = _seed()
    simplified = _T2S.convert(traditional)
    assert simplified != traditional
    # full-width digits, percent sign and decimal point (only inside numbers)
    wide = re.sub(r"(?<=\d)\.(?=\d)", "．", traditional).translate(_FULL_WIDTH)
    assert "１７０．８１" in wide
    expected = _signature(extract_figures(traditional))
    assert _signature(extract_figures(simplified)) == expected
    assert _signature(extract_figures(wide)) == expected


def test_traditional_markers_and_units() -> None:
    pairs = [
        ("涉及金額逾1.2億元，建成3個站點", "涉及金额逾1.2亿元，建成3个站点"),
        ("培訓幹部兩百餘人次，辦理十餘項", "培训干部两百余人次，办理十余项"),
        ("受理１２３件，同比增長２５％", "受理123件，同比增长25%"),
    ]
    for left, right in pairs:
        a = [(f.value, f.unit, f.approx, f.label) for f in extract_figures(left)]
        b = [(f.value, f.unit, f.approx, f.label) for f in extract_figures(right)]
        assert a == b and a


# ------------------------------------------------------------------------ claim check


def _one(text: str) -> Figure:
    return next(f for f in extract_figures(text) if not f.is_change)


@pytest.mark.parametrize(
    ("old", "new", "check", "implied"),
    [
        # 12 → 21 is +75% exactly
        ("全年办理12起", "全年办理21起,同比增加75%", "consistent", 75.0),
        # 15 → 21 is +40%: the stated 75% is wrong
        ("全年办理15起", "全年办理21起,同比增加75%", "inconsistent", 40.0),
        # 110余万 → 246余万: +121.6% … +124.5% covers the stated 123%
        ("赔偿金额110余万元", "赔偿金额246余万元,同比增加123%", "consistent", 123.6364),
        ("赔偿金额130余万元", "赔偿金额246余万元,同比增加123%", "inconsistent", 89.2308),
        # within one percentage point: 3000 → 3365 is +12.17%
        ("受理3000件", "受理3365件，增长13%", "consistent", 12.1667),
        ("受理3000件", "受理3365件，增长14%", "inconsistent", 12.1667),
        # decreases
        ("审结案件4000件", "审结案件3600件，同比下降10%", "consistent", -10.0),
        ("审结案件4000件", "审结案件3600件，同比增长10%", "inconsistent", -10.0),
        # percentage points
        ("解决率95.2%", "解决率97.81%，较上年提高2.6个百分点", "consistent", 2.61),
        ("解决率95.2%", "解决率97.81%，较上年提高3.5个百分点", "inconsistent", 2.61),
        # absolute amounts in the figure's own unit
        ("受理4113件", "受理4613件，同比增加500件", "consistent", 500.0),
        ("受理4113件", "受理4613件，同比增加600件", "inconsistent", 500.0),
        # direction only
        ("解决率96.5%", "解决率97.81%，较去年提升", "consistent", 1.31),
        ("解决率98.5%", "解决率97.81%，较去年提升", "inconsistent", -0.69),
    ],
)
def test_claim_check(old: str, new: str, check: str, implied: float) -> None:
    new_fig = _one(new)
    assert new_fig.comparison is not None
    result, value = check_claim(_one(old), new_fig, new_fig.comparison)
    assert result == check
    assert value == pytest.approx(implied, abs=1e-3)


def test_claim_check_needs_a_base() -> None:
    zero = Figure("0件", 0, 2, 0.0, "件", None, "受理", 1.0)
    new_fig = _one("受理21件，同比增长75%")
    assert isinstance(new_fig.comparison, StatedChange)
    assert check_claim(zero, new_fig, new_fig.comparison) == (None, None)


# ------------------------------------------------------------------------ comparison


def _measure(mid: str, text: str) -> Measure:
    return Measure(
        id=mid,
        kind=MeasureKind.ITEM,
        marker="",
        title=text.split("。")[0],
        text=text,
        key=text,
        part_id=mid.split("/")[0],
        section_id=None,
        section_title="",
        role=Role.RESULTS,
        line=1,
    )


OLD = [
    _measure(
        "一/(一)/5",
        "完善接诉即办工作机制。全年共受理群众诉求案件150.2万件，月均受理12.5万件，"
        "群众诉求解决率96.5%。",
    ),
    _measure("一/(三)/2", "加强生态环境损害赔偿案件办理，全年办理12起，涉及赔偿金额110余万元。"),
    _measure("一/(五)/1", "受理行政复议申请4200件，审结行政复议案件3300件。"),
    _measure("一/(五)/4", "全年开展普法宣传活动260场。"),
]
NEW = [
    _measure(
        "一/(一)/5",
        "完善接诉即办工作机制。共受理案件170.81万件，月均受理14.23万件，"
        "解决率97.81%，较上年提高1.31个百分点。",
    ),
    _measure(
        "一/(三)/2",
        "加强生态环境损害赔偿案件办理，全年办理21起，同比增加75%，"
        "涉及赔偿金额246余万元，同比增加130%。",
    ),
    # the 复议 figures moved to a measure the aligner did not pair
    _measure("一/(二)/3", "审结行政复议案件3563件，实质性化解行政争议1618件。"),
    _measure("一/(五)/2", "建成公共法律服务示范站12个。"),
]
PAIRS = [(OLD[0], NEW[0]), (OLD[1], NEW[1]), (OLD[3], None), (None, NEW[3])]


def _by_label(changes, label):
    return next(c for c in changes if c.label == label)


def test_pairs_figures_across_a_reworded_clause() -> None:
    changes = compare_figures(OLD, NEW, PAIRS)
    accepted = _by_label(changes, "受理案件")
    assert accepted.old.raw == "150.2万件" and accepted.new.raw == "170.81万件"
    assert accepted.old_measure == accepted.new_measure == "一/(一)/5"
    assert accepted.change == pytest.approx(206_100.0)
    assert accepted.relative_change == pytest.approx(206_100 / 1_502_000, abs=1e-6)
    rate = _by_label(changes, "解决率")
    assert rate.old.label == "群众诉求解决率" and rate.old.value == 96.5
    assert rate.claim_check == "consistent"
    assert _by_label(changes, "月均受理").old.raw == "12.5万件"


def test_pairs_across_the_report_and_checks_claims() -> None:
    changes = compare_figures(OLD, NEW, PAIRS)
    cases = _by_label(changes, "生态环境损害赔偿案件")
    assert (cases.old.value, cases.new.value, cases.claim_check) == (12.0, 21.0, "consistent")
    money = _by_label(changes, "赔偿金额")
    assert money.claim.text == "同比增加130%"
    assert money.claim_check == "inconsistent"
    assert money.implied == pytest.approx(123.6364, abs=1e-3)
    moved = _by_label(changes, "审结行政复议案件")
    assert (moved.old_measure, moved.new_measure) == ("一/(五)/1", "一/(二)/3")
    assert moved.change == 263.0
    only_new = _by_label(changes, "实质性化解行政争议")
    assert only_new.old is None and only_new.relative_change is None
    assert _by_label(changes, "公共法律服务示范站").old is None
    # figures only the old report holds come last, in the old report's order
    tail = [(c.label, c.new) for c in changes[-2:]]
    assert tail == [("受理行政复议申请", None), ("开展普法宣传活动", None)]


def test_to_json_is_plain_and_deterministic() -> None:
    changes = compare_figures(OLD, NEW, PAIRS)
    money = _by_label(changes, "赔偿金额").to_json()
    assert money == {
        "label": "赔偿金额",
        "unit": "元",
        "old": {"raw": "110余万元", "value": 1_100_000.0, "approx": "余", "measure": "一/(三)/2"},
        "new": {"raw": "246余万元", "value": 2_460_000.0, "approx": "余", "measure": "一/(三)/2"},
        "change": 1_360_000.0,
        "relative_change": pytest.approx(1.236364),
        "claim": "同比增加130%",
        "claim_check": "inconsistent",
        "implied": pytest.approx(123.6364),
    }
    dumped = json.dumps([c.to_json() for c in changes], ensure_ascii=False)
    assert dumped == json.dumps(
        [c.to_json() for c in compare_figures(OLD, NEW, PAIRS)], ensure_ascii=False
    )


def test_change_text_and_summary_line_in_both_languages() -> None:
    changes = compare_figures(OLD, NEW, PAIRS)
    rate, money = _by_label(changes, "解决率"), _by_label(changes, "赔偿金额")
    assert rate.change_text("zh") == "+1.31个百分点" and rate.change_text("en") == "+1.31 pp"
    assert money.change_text("zh") == "+136万元（+123.6%）"
    assert money.change_text("en") == "+136万元 (+123.6%)"
    assert rate.summary_line("zh") == (
        "解决率：96.5% → 97.81%  +1.31个百分点 · 较上年提高1.31个百分点：相符"
    )
    assert money.summary_line("en") == (
        "赔偿金额: 110余万元 → 246余万元  +136万元 (+123.6%) · 同比增加130%: inconsistent (the figures give +123.6%)"
    )
    assert money.summary_line("zh") == (
        "赔偿金额：110余万元 → 246余万元  +136万元（+123.6%） · 同比增加130%：不符（按数据 +123.6%）"
    )
    only_new = _by_label(changes, "实质性化解行政争议")
    assert only_new.change_text("zh") == ""
    assert only_new.summary_line("en") == "实质性化解行政争议: — → 1618件"


def test_same_unit_different_label_stays_apart() -> None:
    old = [_measure("a", "群众满意率95%。")]
    new = [_measure("a", "问题解决率97%。")]
    changes = compare_figures(old, new, [(old[0], new[0])])
    assert [(c.old is None, c.new is None) for c in changes] == [(True, False), (False, True)]


def test_public_names_stay_importable_from_figures() -> None:
    # -- pipeline and the renderers import every figure name from reportdiff.figures --
    for name in figures.__all__:
        assert hasattr(figures, name)
    assert figures.extract_figures is figures_extract.extract_figures
    assert figures.Figure is figures_extract.Figure
    assert figures.StatedChange is figures_extract.StatedChange


def test_label_similarity() -> None:
    assert label_similarity("受理案件", "受理案件") == 1.0
    assert label_similarity("受理案件", "受理群众诉求案件") >= 0.75
    assert label_similarity("解决率", "满意率") < 0.4
    assert label_similarity("", "受理") == 0.0


# ------------------------------------------------------------------------ robustness, speed


_ALPHABET = "0123456789.,%余多近约万亿件次个人项元一二两三十百第年月“”。，、同比增加下降较上年"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_extraction_never_fails_and_offsets_hold(text: str) -> None:
    for f in extract_figures(text):
        assert text[f.start : f.end] == f.raw
        assert f.value >= 0


def test_offsets_survive_a_length_changing_conversion(monkeypatch) -> None:
    class Growing:
        # stands in for a phrase conversion that changes the text's length
        def convert(self, text: str) -> str:
            return text if len(text) == 1 else text + "x"

    monkeypatch.setattr(figures_extract, "_T2S", Growing())
    text = "共受理案件170.81万件，同比增长12%"
    # -- read afresh (not from the memo of texts read before), and not kept in it --
    assert [(f.raw, f.start) for f in extract_figures.__wrapped__(text)] == [("170.81万件", 5), ("12%", 18)]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("涉企法律服务举措增至24条", "涉企法律服务举措"),
        ("纠正违规检查行为35起", "纠正违规检查行为"),
        ("对6个县（市、区）开展法治督察", "县(市、区)"),
        ("全市共有人民调解组织2140个", "人民调解组织"),
        ("全市创建民主法治示范村（社区）23个", "民主法治示范村"),
        ("行政机关负责人出庭应诉率保持100%", "行政机关负责人出庭应诉率"),
        ("加强生态环境损害赔偿案件办理，全年办理21起", "生态环境损害赔偿案件"),
    ],
)
def test_labels_name_what_is_counted(text: str, label: str) -> None:
    assert extract_figures(text)[0].label == label


def test_a_stock_and_this_years_additions_are_not_paired() -> None:
    old = [_measure("一/1", "全市共有人民调解组织2140个。")]
    new = [_measure("一/1", "新建行业性、专业性人民调解组织36个。")]
    changes = compare_figures(old, new, [(old[0], new[0])])
    assert all(c.old is None or c.new is None for c in changes)


def test_last_year_s_plan_figure_pairs_with_this_year_s_result_only_as_plan_and_result() -> None:
    """组织执法人员培训不少于4次 (last year's plan) and 组织执法人员培训5次 (this year's result): one
    plan → result record, not also a year-over-year change from 4次 to 5次."""
    from reportdiff.pipeline import compare

    old = ("一、主要举措和成效\n（一）提升执法质效。全面推行行政执法三项制度。\n"
           "二、下一步工作计划\n（一）提升执法质效。组织执法人员培训不少于4次。\n")
    new = ("一、主要举措和成效\n（一）提升执法质效。组织执法人员培训5次。\n"
           "二、下一步工作计划\n（一）提升执法质效。深化行政执法规范化建设。\n")
    records = [(f.kind, f.old.raw if f.old else None, f.new.raw if f.new else None)
               for f in compare(old, new, promises=False, expressions=False).figures]
    assert ("plan_result", "不少于4次", "5次") in records or ("plan_result", "4次", "5次") in records
    assert not any(kind == "year" and (before or "").endswith("4次") and after == "5次"
                   for kind, before, after in records)


_STOCK_OLD = """某市2024年政府工作报告
一、2023年工作回顾
（一）创新动能增强。全社会研发经费投入强度达到2.38%，高新技术企业总数达到924家。
二、2024年重点工作
（一）强化科技创新支撑。高新技术企业净增120家。
"""
_STOCK_NEW = """某市2025年政府工作报告
一、2024年工作回顾
（一）科技创新能力提升。全社会研发经费投入强度达到2.46%，高新技术企业净增138家、总数达到1062家。
二、2025年重点工作
（一）提升创新能力。高新技术企业总数突破1150家。
"""


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_net_addition_is_no_total_and_a_total_after_it_names_its_subject(script: str) -> None:
    """净增138家、总数达到1062家: the total is the 高新技术企业's, and is paired with last year's total,
    not with the 净增 (924家 → 138家 was -85%); last year's 净增 plan is no 总数 plan."""
    from reportdiff.pipeline import compare

    convert = opencc.OpenCC("s2t").convert if script == "t" else str
    comparison = compare(convert(_STOCK_OLD), convert(_STOCK_NEW))
    pairs = {(f.old.raw, f.new.raw) for f in comparison.figures if f.old is not None and f.new is not None}
    assert ("924家", "1062家") in pairs and ("120家", "138家") in pairs
    assert not any(old in ("924家", "120家") and new in ("138家", "突破1150家") and (old, new) != ("120家", "138家")
                   for old, new in pairs)
    total = next(f for f in comparison.figures if f.new is not None and f.new.raw == "1062家")
    assert opencc.OpenCC("t2s").convert(total.label) == "高新技术企业总数"
    assert [f.aspect for f in figures_extract.extract_figures(convert("全市净增市场主体3.2万户。"))] == ["new"]
