"""Pairs that make no sense are said to: swapped years, one year twice, one text twice."""

from __future__ import annotations

import json

import pytest

from click.testing import CliRunner

from reportdiff.cli import cli
from reportdiff.pipeline import compare

from conftest import SAMPLE, SEED


def codes(warnings) -> list[str]:
    return [warning.code for warning in warnings]


def test_swapped_reports_are_flagged_and_still_compared() -> None:
    comparison = compare(SAMPLE, SEED)
    (swapped,) = [w for w in comparison.warnings if w.code == "swapped_years"]
    assert swapped.values == {"old": str(SAMPLE), "new": str(SEED), "old_year": 2025, "new_year": 2024,
                              "plans_unchecked": True}
    assert "swapped" in swapped.text("en") and "older than OLD" in swapped.text("en")
    assert "颠倒" in swapped.text("zh") and "older" not in swapped.text("zh")
    assert comparison.matches


def test_in_order_pair_has_no_pair_warning(seed_vs_sample) -> None:
    assert seed_vs_sample.warnings == ()


def test_report_against_itself_is_flagged_in_json_and_stderr() -> None:
    result = CliRunner().invoke(cli, ["compare", str(SEED), str(SEED), "--format", "json", "--lang", "en"])
    assert result.exit_code == 0
    warnings = json.loads(result.stdout)["warning_records"]
    assert [w["code"] for w in warnings] == ["same_year", "same_text"]
    assert warnings[0]["year"] == 2024 and "both 2024 reports" in warnings[0]["message"]
    assert "same text" in warnings[1]["message"] and "same text" in result.stderr


def test_same_text_in_the_other_script_is_the_same_text(seed_text: str) -> None:
    import opencc

    simplified = opencc.OpenCC("t2s").convert(seed_text)
    assert "same_text" in codes(compare(seed_text, simplified).warnings)


def test_same_year_with_different_text_is_only_a_year_warning(seed_text: str) -> None:
    edited = seed_text.replace("。", "。另", 1)
    warnings = compare(seed_text, edited).warnings
    assert codes(warnings) == ["same_year"] and warnings[0].values["year"] == 2024


_TOWNSHIP = """柳塘镇{year}年法治政府建设年度报告
一、主要举措和成效
（一）加强执法队伍建设。新增持证执法人员{staff}名，全年培训村干部136人次。
二、存在的不足
镇综合执法队伍力量偏弱。
三、{plan_year}年工作计划
一是加强执法队伍建设，新增持证执法人员不少于4名。
"""


def _township(year: int, staff: int, script: str) -> str:
    import opencc

    text = _TOWNSHIP.format(year=year, staff=staff, plan_year=year + 1)
    return opencc.OpenCC("s2t").convert(text) if script == "traditional" else text


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_year_missing_between_is_said_and_plans_are_not_judged(script) -> None:
    """2024's plans are for 2025; a 2026 report reviews 2026: judging them against it would call
    a 2026 result the keeping of a 2025 promise. Said, and not judged; consecutive years are."""
    consecutive = compare(_township(2024, 3, script), _township(2025, 5, script))
    assert consecutive.warnings == ()
    assert [p.status for p in consecutive.promises] == ["delivered"]
    assert any(f.kind == "plan_result" for f in consecutive.figures)
    skipped = compare(_township(2024, 3, script), _township(2026, 5, script))
    (missing,) = [w for w in skipped.warnings if w.code == "years_missing"]
    assert missing.values["plan_year"] == 2025 and missing.values["review_year"] == 2026
    assert "plans for 2025" in missing.text("en") and "reviews 2026" in missing.text("en")
    assert skipped.promises == () and not any(f.kind == "plan_result" for f in skipped.figures)
    assert skipped.matches  # -- the measures are still compared --


def test_reports_of_two_kinds_are_said_to_differ(seed_text: str) -> None:
    work_report = "2025年政府工作报告\n各位代表：\n一、2024年工作回顾\n过去一年，地区生产总值增长5%。\n" \
                  "二、2025年工作安排\n今年主要预期目标是：地区生产总值增长5%左右。\n"
    warnings = compare(seed_text, work_report).warnings
    (kinds,) = [w for w in warnings if w.code == "different_kinds"]
    assert (kinds.values["old_kind"], kinds.values["new_kind"]) == ("rule_of_law", "government_work")
    assert "法治政府建设年度报告" in kinds.text("zh") and "政府工作报告" in kinds.text("zh")
    assert "different_kinds" not in codes(compare(seed_text, work_report, kind="government_work").warnings)


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_plan_report_against_the_government_work_report_of_its_year_is_said_to_differ(script) -> None:
    """A city's 计划执行情况与计划草案的报告 against its 政府工作报告 of the same session: two kinds of
    report (found by a probe: compared as one series, with no word of it); a department's 工作总结,
    which names no kind, is not said to be one."""
    import opencc

    convert = opencc.OpenCC("s2t").convert if script == "t" else str
    plan = convert("关于江州市2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n——2026年1月13日在江州市第十六届"
                   "人民代表大会第五次会议上\n各位代表：\n一、2025年计划执行情况\n全市地区生产总值增长5.3%。\n"
                   "二、2026年经济社会发展的主要目标\n（一）稳增长。地区生产总值增长5%左右。\n")
    work = convert("江州市2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n全市地区生产总值增长5.3%。\n"
                   "二、2026年工作安排\n（一）稳增长。地区生产总值增长5%左右。\n")
    summary = convert("江州市统计局2025年工作总结\n一、2025年主要工作\n全市地区生产总值增长5.3%。\n二、2026年工作计划\n"
                      "（一）稳增长。完成统计调查。\n")
    assert any(w.code == "different_kinds" and w.values["old_kind"] == "other"
               and w.values["new_kind"] == "government_work" for w in compare(plan, work).warnings)
    assert "different_kinds" not in codes(compare(summary, work).warnings)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_swapped_or_same_year_pairs_judge_no_plans(script) -> None:
    """A 2025 report's plans are for 2026: a 2024 or another 2025 report does not review them.
    Judging them there would call last year's results the keeping of next year's promises."""
    for old, new in ((_township(2025, 5, script), _township(2024, 3, script)),
                     (_township(2025, 5, script), _township(2025, 6, script))):
        comparison = compare(old, new)
        assert any(w.values.get("plans_unchecked") for w in comparison.warnings)
        assert any("not checked" in w.text("en") for w in comparison.warnings)
        assert comparison.promises == () and not any(f.kind == "plan_result" for f in comparison.figures)
        assert comparison.matches


@pytest.mark.parametrize("script", ["s", "t"])
def test_two_reports_of_one_year_check_no_stated_growth(script) -> None:
    """The same report as text and as a saved page (one year on both sides): 17.5亿元 → 17.5亿元 is no
    year's change, so 增长4.8% is not checked against it (found by a probe: 不符 against itself)."""
    import opencc

    convert = opencc.OpenCC("s2t").convert if script == "t" else str
    text = convert("青山县2025年政府工作报告\n一、2024年工作回顾\n全县一般公共预算收入17.5亿元，增长4.8%。\n"
                   "二、2025年工作安排\n（一）稳增长。新开工项目50个。\n")
    other = text.replace(convert("新开工项目50个"), convert("新开工项目52个"))
    comparison = compare(text, other)
    revenue = [f for f in comparison.figures if f.claim is not None]
    assert revenue and all(f.claim_check is None for f in revenue)
    assert not any("不符" in f.summary_line() or "不符" in opencc.OpenCC("t2s").convert(f.summary_line())
                   for f in comparison.figures)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_reports_of_two_bodies_are_said_to_differ(script) -> None:
    other = _township(2025, 5, script).replace(*(("柳塘镇", "青石乡") if script == "simplified" else ("柳塘鎮", "青石鄉")))
    warnings = compare(_township(2024, 3, script), other).warnings
    (bodies,) = [w for w in warnings if w.code == "two_bodies"]
    assert "青石" in bodies.values["new_body"] and "柳塘" in bodies.values["old_body"]
    # -- one body named more or less fully (北京市海淀区人民政府 / 海淀区) is one body --
    fuller = _township(2025, 5, script).replace(*(("柳塘镇", "云泽县柳塘镇人民政府关于") if script == "simplified"
                                                  else ("柳塘鎮", "雲澤縣柳塘鎮人民政府關於")), 1)
    assert "two_bodies" not in codes(compare(_township(2024, 3, script), fuller).warnings)
    # -- what a title adds after the body (…工作的报告, 推进…进展情况) names no other body --
    worded = _township(2025, 5, script).replace(*(("柳塘镇2025年法治政府建设年度报告", "柳塘镇2025年推进法治政府建设进展情况报告")
                                                  if script == "simplified" else
                                                  ("柳塘鎮2025年法治政府建設年度報告", "柳塘鎮2025年推進法治政府建設進展情況報告")), 1)
    older = _township(2024, 3, script).replace(*(("柳塘镇2024年法治政府建设年度报告", "柳塘镇人民政府关于2024年法治政府建设工作的报告")
                                                 if script == "simplified" else
                                                 ("柳塘鎮2024年法治政府建設年度報告", "柳塘鎮人民政府關於2024年法治政府建設工作的報告")), 1)
    assert worded != _township(2025, 5, script) and older != _township(2024, 3, script)
    assert "two_bodies" not in codes(compare(older, worded).warnings)
