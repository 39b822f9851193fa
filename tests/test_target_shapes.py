"""The shapes a 主要预期目标 list takes (a county's, a city's, a province's; both scripts): a
——list, numbered items, a paragraph per target, a table in a Word file, and a list of two
targets only (a township's or a department's). Each is one targets list, paired year to year."""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.parse import parse_text
from reportdiff.pipeline import compare, load_report
from reportdiff.targets import find_targets

SCRIPTS = pytest.mark.parametrize("convert", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])
to_simplified = OpenCC("t2s").convert

# -- constructed reports: the wording is not any real report's --
_HEAD = "{place}{year}年政府工作报告\n一、{last}年工作回顾\n全{unit}地区生产总值增长5.2%，城镇新增就业{jobs}。\n二、{year}年工作安排\n"
#: After the list: a numbered heading run into its first sentence, which is no target.
_TAIL = "（一）扩大有效投资。新开工项目30个以上。\n"
_INTRO = "今年全{unit}经济社会发展的主要预期目标是："
_SHAPES = {
    "dash_lines": "\n——地区生产总值增长{gdp}；\n——城镇新增就业{jobs2}；\n——居民消费价格涨幅3%左右；\n——粮食产量稳定在{grain}。\n",
    "dash_inline": "——地区生产总值增长{gdp}；——城镇新增就业{jobs2}；——居民消费价格涨幅3%左右；——粮食产量稳定在{grain}。\n",
    "numbered": "\n1.地区生产总值增长{gdp}。\n2.城镇新增就业{jobs2}。\n3.居民消费价格涨幅3%左右。\n4.粮食产量稳定在{grain}。\n",
    "numbered_inline": "1.地区生产总值增长{gdp}；2.城镇新增就业{jobs2}；3.居民消费价格涨幅3%左右；4.粮食产量稳定在{grain}。\n",
    "first_second": "一是地区生产总值增长{gdp}；二是城镇新增就业{jobs2}；三是居民消费价格涨幅3%左右；四是粮食产量稳定在{grain}。\n",
    "paragraphs": "\n地区生产总值增长{gdp}。\n城镇新增就业{jobs2}。\n居民消费价格涨幅3%左右。\n粮食产量稳定在{grain}。\n",
}
_LEVELS = {"county": ("青禾县", "县", "3200人", "3000人以上", "25万吨以上"),
           "city": ("云泽市", "市", "8.2万人", "8万人以上", "60万吨以上"),
           "province": ("云岭省", "省", "52万人", "50万人以上", "300亿斤以上")}
_INDICATORS = ["地区生产总值增长", "城镇新增就业", "居民消费价格涨幅", "粮食产量"]


def _report(shape: str, level: str, year: int) -> str:
    place, unit, jobs, jobs2, grain = _LEVELS[level]
    gdp = "5.5%左右" if year == 2024 else "5%左右"
    return (_HEAD.format(place=place, year=year, last=year - 1, unit=unit, jobs=jobs)
            + _INTRO.format(unit=unit) + _SHAPES[shape].format(gdp=gdp, jobs2=jobs2, grain=grain) + _TAIL)


@SCRIPTS
@pytest.mark.parametrize("level", list(_LEVELS))
@pytest.mark.parametrize("shape", list(_SHAPES))
def test_every_shape_of_targets_list_is_one_list_paired_year_to_year(shape: str, level: str, convert) -> None:
    """Four targets, however listed, and not the heading after them (（一）扩大有效投资。)."""
    old, new = (convert(_report(shape, level, year)) for year in (2024, 2025))
    targets = find_targets(parse_text(new, "2025.txt"))
    assert [to_simplified(t.indicator) for t in targets] == _INDICATORS
    rows = compare(old, new, promises=False, expressions=False).targets
    assert [to_simplified(row.indicator) for row in rows] == _INDICATORS
    assert all(row.old is not None and row.new is not None for row in rows)
    assert rows[0].change == -0.5 and rows[0].result == "5.2%"


def test_a_list_of_paragraphs_ends_at_a_paragraph_about_the_targets_or_introducing_more() -> None:
    for after in ("实现上述目标，必须坚持稳中求进。", "今年重点抓好以下工作："):
        text = _report("paragraphs", "county", 2025).replace(_TAIL, after + "\n" + _TAIL)
        assert [t.indicator for t in find_targets(parse_text(text, "2025.txt"))] == _INDICATORS


# -- a township's list of two targets, joined by 、 or by ， --
_TOWNSHIP = """{place}2025年政府工作报告
一、2024年工作回顾
全镇地区生产总值增长5.8%，一般公共预算收入增长4.6%。
二、2025年工作安排
{intro}{targets}。
（一）抓好项目建设。新开工项目10个以上。
"""


@SCRIPTS
@pytest.mark.parametrize("joint", ["、", "，", "；"])
def test_a_list_of_two_targets_with_figures_is_a_targets_list(joint: str, convert) -> None:
    text = convert(_TOWNSHIP.format(place="青石镇", intro="今年全镇主要预期目标是：",
                                    targets=f"全年地区生产总值增长6%左右{joint}一般公共预算收入增长5%"))
    targets = find_targets(parse_text(text, "2025.txt"))
    assert [(to_simplified(t.indicator), t.raw) for t in targets] == [("地区生产总值增长", "6%左右"),
                                                                      ("一般公共预算收入增长", "5%")]


@SCRIPTS
def test_a_departments_two_targets_after_its_main_goals_are_read(convert) -> None:
    text = convert(_TOWNSHIP.format(place="云泽市商务局", intro="今年主要目标是：",
                                    targets="社会消费品零售总额增长6%、外贸进出口总额增长5%以上"))
    targets = find_targets(parse_text(text, "2025.txt"))
    assert [t.raw for t in targets] == ["6%", "5%以上"]
    assert [sorted(t.topics) for t in targets] == [["retail"], ["trade"]]


@pytest.mark.parametrize("targets", [
    "经济保持平稳增长、财政收入稳步增加",  # -- two targets in words: no figure says they are targets --
    "地区生产总值增长6%左右",  # -- one target alone --
])
def test_two_targets_in_words_or_one_alone_is_no_targets_list(targets: str) -> None:
    text = _TOWNSHIP.format(place="青石镇", intro="今年全镇主要预期目标是：", targets=targets)
    assert find_targets(parse_text(text, "2025.txt")) == ()


def test_a_dun_between_names_or_between_figures_joins_no_two_targets() -> None:
    text = _TOWNSHIP.format(place="青石镇", intro="今年全镇主要预期目标是：",
                            targets="城乡居民人均可支配收入分别增长5%、6%，粮食、蔬菜产量稳定在3万吨以上")
    assert [t.raw for t in find_targets(parse_text(text, "2025.txt"))] == ["5%", "3万吨以上"]


@SCRIPTS
def test_a_targets_table_in_a_word_file_is_the_targets_and_gives_the_results(tmp_path, convert) -> None:
    """指标 | 2024年目标 | 2024年完成 | 2025年目标 as a Word table: this year's column is the
    targets, paired with last year's sentence, last year's column of results beside them."""
    import docx

    old = convert(_report("dash_inline", "city", 2024))
    document = docx.Document()
    for line in ("云泽市2025年政府工作报告", "一、2024年工作回顾", "全市地区生产总值增长5.2%，城镇新增就业8.2万人。",
                 "二、2025年工作安排", "今年全市经济社会发展的主要预期目标如下："):
        document.add_paragraph(convert(line))
    rows = (("指标", "2024年目标", "2024年完成", "2025年目标"), ("地区生产总值增长", "5.5%左右", "5.2%", "5%左右"),
            ("城镇新增就业", "8万人以上", "8.2万人", "8万人以上"), ("居民消费价格涨幅", "3%左右", "0.3%", "2%左右"),
            ("粮食产量", "60万吨以上", "61.5万吨", "60万吨以上"))
    table = document.add_table(rows=len(rows), cols=4)
    for cells, values in zip(table.rows, rows):
        for cell, value in zip(cells.cells, values):
            cell.text = convert(value)
    document.add_paragraph(convert(_TAIL.strip()))
    path = tmp_path / "2025.docx"
    document.save(path)
    assert [to_simplified(t.indicator) for t in find_targets(load_report(path))] == _INDICATORS
    comparison = compare(old, path, promises=False, expressions=False)
    assert [(to_simplified(r.indicator), r.old is not None, r.result) for r in comparison.targets] == [
        ("地区生产总值增长", True, "5.2%"), ("城镇新增就业", True, convert("8.2万人")),
        ("居民消费价格涨幅", True, "0.3%"), ("粮食产量", True, convert("61.5万吨"))]
    assert comparison.targets[2].change == -1.0
