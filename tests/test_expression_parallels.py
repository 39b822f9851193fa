"""Parallel slogans as expressions: reportdiff/expression_parallels.py."""

from __future__ import annotations

from itertools import accumulate
from pathlib import Path

import pytest

from reportdiff.expression_parallels import PARALLEL, spans
from reportdiff.expressions import compare_expressions
from reportdiff.normalize import key
from reportdiff.pipeline import load_report

REAL = Path(__file__).resolve().parents[2] / "shared" / "real"


def _runs(*items: tuple[str, ...], known=lambda start, end: False) -> list[str]:
    """The runs ``spans`` finds among 、-items given as their tokens."""
    tokens: list[str] = []
    ranges = []
    for item in items:
        if tokens:
            tokens.append("、")
        ranges.append((len(tokens), len(tokens) + len(item)))
        tokens.extend(item)
    offsets = (0, *accumulate(map(len, tokens)))
    return ["".join(tokens[first:last]) for first, last, bonus in spans(tokens, offsets, ranges, known)
            if bonus == PARALLEL]


def test_short_items_on_one_pattern_are_one_run() -> None:
    assert _runs(("稳", "就业"), ("稳", "金融"), ("稳", "外贸")) == ["稳就业、稳金融、稳外贸"]
    # -- the pattern may stand at the end of every item, and the run's verb is not part of it --
    assert _runs(("坚持", "外防", "输入"), ("内防", "反弹")) == ["外防输入、内防反弹"]


def test_a_plain_list_long_items_or_an_old_run_are_no_run() -> None:
    assert _runs(("铁路",), ("港口",), ("航空",)) == []
    # -- two words of one family, names sharing only a prefix, figures --
    assert _runs(("受理",), ("办理",)) == []
    assert _runs(("区", "城市", "管理", "委"), ("区", "市场", "监管局")) == []
    assert _runs(("3.8万",), ("3.3万",)) == []
    assert _runs(("稳", "就业"), ("稳定", "金融", "市场", "运行")) == []
    assert _runs(("稳", "就业"), ("稳", "金融"), known=lambda start, end: True) == []
    # -- names of one kind: places, agencies, zones, trades --
    assert _runs(("城关镇",), ("东关镇",), ("西关镇",)) == []
    assert _runs(("县", "发改局"), ("县", "财政局"), ("县", "商务局")) == []
    assert _runs(("高新区",), ("经开区",), ("综保区",)) == []
    assert _runs(("房地产业",), ("金融业",), ("生活", "服务业")) == []


OLD = """2024年政府工作报告
一、2023年工作回顾
过去一年，我们坚持稳中求进。
二、2024年工作任务
（一）稳定经济。做好稳就业工作。推动稳金融。抓好稳外贸。加快铁路建设，发展港口运输，支持航空。
"""

NEW = """2025年政府工作报告
一、2024年工作回顾
过去一年，我们坚持稳中求进。
二、2025年工作任务
（一）稳定经济。各地要把稳就业、稳金融、稳外贸的各项举措落到实处。各地要把铁路、港口、航空的各项建设任务落到实处。
"""


def test_a_new_set_of_old_phrases_is_a_new_expression() -> None:
    """Each of 稳就业, 稳金融, 稳外贸 is old; set side by side they are a new slogan, cut where
    the last item turns into the rest of the sentence. A list of sectors is none."""
    found = compare_expressions(load_report(OLD), load_report(NEW))
    new = [key(item.text) for item in found.new]
    assert "稳就业、稳金融、稳外贸" in new, new
    assert not any("铁路、港口" in item for item in new), new


@pytest.mark.skipif(not REAL.is_dir(), reason="the real reports (../shared/real) are absent")
def test_a_real_parallel_slogan_is_listed_new_and_then_dropped() -> None:
    """The 2019 report's six 稳 (稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期) are made of words
    2018 has (稳, 就业, 金融…); the set is new in 2019, and gone in 2021 although 稳就业 and
    稳预期 stay."""
    reports = {year: load_report(REAL / f"guowuyuan-zfgzbg-{year}-s.txt") for year in (2018, 2019, 2021)}
    slogan = "稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期"
    new = [key(item.text) for item in compare_expressions(reports[2018], reports[2019]).new[:40]]
    dropped = [key(item.text) for item in compare_expressions(reports[2019], reports[2021]).dropped[:40]]
    assert slogan in new, new
    assert slogan in dropped, dropped


CLAUSES_OLD = """2024年政府工作报告
一、2023年工作回顾
过去一年，我们坚持稳中求进。
二、2024年工作任务
（一）优化营商环境。观念更新，服务提速，环境优化。优化投资结构。
"""

CLAUSES_NEW = """2025年政府工作报告
一、2024年工作回顾
过去一年，我们坚持稳中求进。
二、2025年工作任务
（一）优化营商环境。观念要再更新，服务要再提速，环境要再优化。稳不忘进，进不忘稳。
优化投资结构，破解投资难题。推进项目建设，狠抓招商引资，做强实体经济。
"""


@pytest.mark.parametrize("script", ["s", "t"])
def test_short_clauses_on_one_pattern_are_one_slogan(script: str) -> None:
    """观念要再更新，服务要再提速，环境要再优化 is one slogan in three clauses (the labels
    思想要再解放，改革要再深化，开放要再扩大 and 创新发展一批，重组整合一批，清理退出一批 were
    never candidates: each clause is too short for a span of its own); two clauses only when
    short (稳不忘进，进不忘稳): two tasks sharing a word (优化投资结构，破解投资难题) or tasks on
    no pattern are none."""
    import opencc

    convert, back = (opencc.OpenCC("s2t").convert, opencc.OpenCC("t2s").convert) if script == "t" else (str, str)
    found = compare_expressions(load_report(convert(CLAUSES_OLD)), load_report(convert(CLAUSES_NEW)))
    new = [back(key(item.text)) for item in found.new]
    assert key("观念要再更新，服务要再提速，环境要再优化") in new, new
    assert key("稳不忘进，进不忘稳") in new, new
    assert not any(key("结构，破解") in item or key("建设，狠抓") in item for item in new), new
