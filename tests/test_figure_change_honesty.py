"""A figure's change claims no more than the two texts say: an equal figure is 持平, an
approximate one (600多万套, 约1.3万亿元, 突破20万亿元) gives no exact difference, and a range
against a point (6.5%－7% → 6.5%左右) has no invented middle to move from."""

from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner
from docx import Document
from hypothesis import given
from hypothesis import strategies as st

from reportdiff import display
from reportdiff.cli import cli
from reportdiff.figure_record import record_pair
from reportdiff.figures_extract import extract_figures


def _pair(old: str, new: str):
    (old_figure,), (new_figure,) = extract_figures(old), extract_figures(new)
    return record_pair(old_figure, new_figure, None, None)


@pytest.mark.parametrize(("old", "new", "zh", "en"), [
    ("粮食产量1.37万亿斤", "粮食产量1.37万亿斤", "持平", "unchanged"),
    ("糧食產量1.37萬億斤", "糧食產量1.37萬億斤", "持平", "unchanged"),
    ("棚户区住房改造601万套", "棚户区住房改造600多万套", "约持平", "about unchanged"),
    ("棚戶區住房改造601萬套", "棚戶區住房改造600多萬套", "约持平", "about unchanged"),
    ("财政收入突破20万亿元", "财政收入20.4万亿元", "约持平", "about unchanged"),
    ("农村危房改造432万户", "农村危房改造380多万户", "约-52万户（约-12.0%）", "about -52万户 (about -12.0%)"),
    ("农村危房改造432萬戶", "农村危房改造380餘萬戶", "约-52万户（约-12.0%）", "about -52万户 (about -12.0%)"),
    ("国内生产总值超过100万亿元", "国内生产总值114万亿元", "约+14万亿元（约+14.0%）", "about +14万亿元 (about +14.0%)"),
    ("赤字率2.8%左右", "赤字率3%", "约+0.2个百分点", "about +0.2 pp"),
])
def test_an_equal_or_approximate_figure_says_no_more_than_its_texts(old: str, new: str, zh: str, en: str) -> None:
    figure = _pair(old, new)
    assert display.figure_change(figure, "zh") == zh
    assert display.figure_change(figure, "en") == en


@pytest.mark.parametrize(("old", "new", "change"), [
    # -- the same marker on both sides: the written values compare as written --
    ("降低利息负担约2000亿元", "降低利息负担约4000亿元", "+2000亿元（+100.0%）"),
    ("退耕还林还草1500万亩以上", "退耕还林还草1200万亩以上", "-300万亩（-20.0%）"),
    # -- a floor against a value: the distance from the floor is exact --
    ("易地扶贫搬迁200万人以上", "易地扶贫搬迁340万人", "+140万人（+70.0%）"),
    ("受理案件170件", "受理案件196件", "+26件（+15.3%）"),
])
def test_a_like_for_like_or_exact_pair_keeps_its_exact_change(old: str, new: str, change: str) -> None:
    figure = _pair(old, new)
    assert not figure.approximate
    assert display.figure_change(figure) == change
    assert "approximate" not in figure.to_json()


def test_json_keeps_the_numbers_of_an_approximate_change_and_flags_it() -> None:
    data = _pair("农村危房改造432万户", "农村危房改造380多万户").to_json()
    assert data["change"] == -520000 and data["approximate"] is True


def test_a_range_against_a_point_has_no_change_from_its_middle() -> None:
    old, new = extract_figures("国内生产总值增长6.5%－7%")[0], extract_figures("国内生产总值增长6.5%左右")[0]
    forward, back = record_pair(old, new, None, None), record_pair(new, old, None, None)
    assert forward.change is None and back.change is None
    assert display.figure_change(forward) == "区间→单值"
    assert display.figure_change(back, "en") == "point → range"
    # -- two ranges still move by their middles --
    moved = record_pair(old, extract_figures("国内生产总值增长6%－6.5%")[0], None, None)
    assert display.figure_change(moved) == "-0.5个百分点"


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=1, max_value=9999))
def test_an_approximate_change_always_says_so(old: int, new: int) -> None:
    figure = _pair(f"改造{old}万套", f"改造{new}多万套")
    shown = display.figure_change(figure)
    assert shown.startswith("约")
    low, high = figure.change_range  # type: ignore[misc]
    assert low <= figure.change <= high  # type: ignore[operator]
    assert (shown == "约持平") == (low <= 0 <= high)


_OLD = """云岭省人民政府工作报告
——2024年1月20日在云岭省第十四届人民代表大会第二次会议上
一、2023年工作回顾
过去一年，全省粮食产量1.37万亿斤，棚户区住房改造601万套，农村危房改造432万户。
二、2024年工作安排
今年全省发展的主要预期目标是：地区生产总值增长6.5%－7%；居民消费价格涨幅3%左右；城镇新增就业100万人以上。
"""
_NEW = """云岭省人民政府工作报告
——2025年1月18日在云岭省第十四届人民代表大会第三次会议上
一、2024年工作回顾
过去一年，全省粮食产量1.37万亿斤，增产7亿斤，棚户区住房改造600多万套，农村危房改造380多万户。
二、2025年工作安排
今年全省发展的主要预期目标是：地区生产总值增长6.5%左右；居民消费价格涨幅3%左右；城镇新增就业110万人以上。
"""
_OLD_T = """雲嶺省人民政府工作報告
——2024年1月20日在雲嶺省第十四屆人民代表大會第二次會議上
一、2023年工作回顧
過去一年，全省糧食產量1.37萬億斤，棚戶區住房改造601萬套，農村危房改造432萬戶。
二、2024年工作安排
今年全省發展的主要預期目標是：地區生產總值增長6.5%－7%；居民消費價格漲幅3%左右；城鎮新增就業100萬人以上。
"""
_NEW_T = """雲嶺省人民政府工作報告
——2025年1月18日在雲嶺省第十四屆人民代表大會第三次會議上
一、2024年工作回顧
過去一年，全省糧食產量1.37萬億斤，增產7億斤，棚戶區住房改造600多萬套，農村危房改造380多萬戶。
二、2025年工作安排
今年全省發展的主要預期目標是：地區生產總值增長6.5%左右；居民消費價格漲幅3%左右；城鎮新增就業110萬人以上。
"""


@pytest.fixture(params=["simplified", "traditional"])
def reports(request, tmp_path):
    old, new = (_OLD, _NEW) if request.param == "simplified" else (_OLD_T, _NEW_T)
    (tmp_path / "2024.txt").write_text(old, encoding="utf-8")
    (tmp_path / "2025.txt").write_text(new, encoding="utf-8")
    return tmp_path, request.param == "traditional"


def _compare(folder, *args: str) -> str:
    result = CliRunner().invoke(cli, ["compare", str(folder / "2024.txt"), str(folder / "2025.txt"), *args])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("fmt", ["text", "md", "html"])
def test_every_format_shows_the_honest_changes(reports, fmt: str) -> None:
    folder, traditional = reports
    shown = _compare(folder, "--format", fmt)
    assert "区间→左右" in shown  # -- 6.5%－7% → 6.5%左右: no -0.25个百分点 --
    assert "-0.25" not in shown
    # -- a Traditional report's changes are in its script: 約持平, 約-52萬戶 --
    about = "約" if traditional else "约"
    assert f"{about}持平" in shown and ("約-52萬戶" if traditional else "约-52万户") in shown
    assert "持平" in shown.replace(f"{about}持平", "")  # -- 1.37万亿斤 both years, its 增产 checked --
    assert "+0斤" not in shown and "-1万套" not in shown and "-1萬套" not in shown
    english = _compare(folder, "--format", fmt, "--lang", "en")
    assert "about unchanged" in english and "range → 左右" not in english and "-0.25" not in english


def test_json_flags_the_approximate_changes(reports) -> None:
    folder, _ = reports
    data = json.loads(_compare(folder, "--format", "json"))
    by_new = {figure["new"]["raw"]: figure for figure in data["metrics"] if figure["new"] and figure["old"]}
    flagged = {raw for raw, figure in by_new.items() if figure.get("approximate")}
    assert flagged == {raw for raw in by_new if "多" in raw}
    target = next(t for t in data["targets"] if t["old"] and t["old"].get("upper") is not None)
    assert target["change"] is None


def test_docx_summary_shows_the_honest_changes(reports) -> None:
    folder, traditional = reports
    out = folder / "diff.docx"
    _compare(folder, "-o", str(out), "--summary")
    document = Document(io.BytesIO(out.read_bytes()))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert "区间→左右" in cells
    assert ("約持平" if traditional else "约持平") in cells
    assert ("約-52萬戶（約-12.0%）" if traditional else "约-52万户（约-12.0%）") in cells


@pytest.mark.parametrize(("old", "new", "zh", "en"), [
    ("地区生产总值增长6.5%－7%", "地区生产总值增长6.5%左右", "区间→左右", "range→about"),
    ("地区生产总值增长6.5%－7%", "地区生产总值增长6.5%", "区间→单值", "range → point"),
    ("地區生產總值增長6.5%", "地區生產總值增長6%－6.5%", "单值→区间", "point → range"),
])
def test_a_target_range_against_a_point_has_no_change(old: str, new: str, zh: str, en: str) -> None:
    from reportdiff.pipeline import compare

    def report(year: int, target: str) -> str:
        return (f"云岭省人民政府工作报告\n一、{year - 1}年工作回顾\n过去一年，全省经济平稳运行。\n二、{year}年工作安排\n"
                f"今年全省发展的主要预期目标是：{target}；居民消费价格涨幅3%左右；城镇新增就业100万人以上。\n")

    row = next(t for t in compare(report(2024, old), report(2025, new), promises=False, expressions=False).targets
               if t.indicator.startswith(("地区", "地區")))
    assert row.change is None
    assert row.change_text("zh") == zh and row.change_text("en") == en


@pytest.mark.parametrize(("old", "new", "zh"), [
    # -- 1300多 is 1300 to 1400: 1363 lies inside, 1420 outside, an increase --
    ("实际使用外资1300多亿美元", "实际使用外资1363亿美元", "约持平"),
    ("实际使用外资1300多亿美元", "实际使用外资1420亿美元", "约+120亿美元（约+9.2%）"),
    # -- 1360多 is 1360 to 1370: the width is the expression's last digit, no share of the value --
    ("实际使用外资1360多亿美元", "实际使用外资1363亿美元", "约持平"),
    ("实际使用外资1360多亿美元", "实际使用外资1375亿美元", "约+15亿美元（约+1.1%）"),
    # -- the same at another scale: 13多万件 is 13万 to 14万, 13.6多万件 13.6万 to 13.7万 --
    ("受理案件13多万件", "受理案件13.6万件", "约持平"),
    ("受理案件13.6多万件", "受理案件13.9万件", "约+0.3万件（约+2.2%）"),
    # -- 约 and 左右 round the written number: 约1300 is 1295 to 1305 --
    ("实际使用外资约1300亿美元", "实际使用外资1304亿美元", "约持平"),
    ("实际使用外资约1300亿美元", "实际使用外资1363亿美元", "约+63亿美元（约+4.8%）"),
    ("实际使用外资1300亿美元左右", "实际使用外资1290亿美元", "约-10亿美元（约-0.8%）"),
    # -- 近1300 is just below it, by its rounding (1290 to 1300) --
    ("实际使用外资近1300亿美元", "实际使用外资1295亿美元", "约持平"),
    ("实际使用外资近1300亿美元", "实际使用外资1250亿美元", "约-50亿美元（约-3.8%）"),
    ("实际使用外资近1300亿美元", "实际使用外资1320亿美元", "约+20亿美元（约+1.5%）"),
])
def test_an_approximate_figure_allows_only_its_own_uncertainty(old: str, new: str, zh: str) -> None:
    """约持平 only where the change the markers allow holds none: the width is read from the
    expression (the places 多 leaves unwritten, the rounding of 约), never a share of the value."""
    figure = _pair(old, new)
    assert display.figure_change(figure) == zh
    # -- the other way round too --
    back = display.figure_change(_pair(new, old))
    assert (back == "约持平") == (zh == "约持平")


@pytest.mark.parametrize(("old", "new", "zh", "en"), [
    # -- the change of a target is in the multiplier the targets are written in --
    ("粮食产量稳定在23.5万吨以上", "粮食产量稳定在24万吨以上", "+0.5万吨", "+0.5万吨"),
    ("糧食產量穩定在23.5萬噸以上", "糧食產量穩定在24萬噸以上", "+0.5万吨", None),  # -- units are kept simplified; the page converts --
    ("粮食产量稳定在24万吨以上", "粮食产量稳定在23.4万吨以上", "-0.6万吨", None),
])
def test_a_target_change_keeps_the_multiplier_of_its_values(old: str, new: str, zh: str, en: str | None) -> None:
    from reportdiff.pipeline import compare

    def report(year: int, target: str) -> str:
        return (f"云溪县人民政府工作报告\n一、{year - 1}年工作回顾\n过去一年，全县经济平稳运行。\n二、{year}年工作安排\n"
                f"全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，{target}。\n")

    row = next(t for t in compare(report(2024, old), report(2025, new), promises=False, expressions=False).targets
               if t.indicator.startswith(("粮食", "糧食")))
    assert row.change_text("zh") == zh
    if en is not None:
        assert row.change_text("en").replace(" ", "") == en.replace(" ", "")
