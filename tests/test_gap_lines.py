"""A review's summary lines (——经济运行保持在合理区间。…) keep their place and lead words year
over year while every figure changes, and next year's list may add lines beside them (——就业增长
超出预期。, ——改革开放深入推进。). The old line, alone between aligned neighbours, succeeds the new
line it is clearly nearest to among the leftovers there (``align.pair_in_gaps``); the new line
beside it that, read with it, is nearer still is its other half (last year's line held the jobs
figure), a split. The mirror image is a merge. A line that is no one's clear best stays dropped.
A county's 政府工作报告 of two years written for the test, both scripts."""

from __future__ import annotations

import opencc
import pytest

from government_reports import government_report
from reportdiff.models import Status
from reportdiff.pipeline import compare

_T = opencc.OpenCC("s2t").convert
SCRIPTS = pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])

_OPENING_OLD = "过去一年，全县上下攻坚克难，经济社会发展稳中有进，完成了全年主要目标任务。"
_OPENING_NEW = "过去一年，面对复杂严峻的形势，全县上下共同努力，经济社会发展稳中向好，较好完成了全年目标任务。"
_ECONOMY_OLD = ("——经济运行保持在合理区间。全县地区生产总值达到312亿元，增长6.1%，在全市排名前列。粮食产量连续五年稳定在"
                "30万吨以上，居民消费价格涨幅保持较低水平。特别是就业形势总体稳定，城镇新增就业6800人，超过全年预期目标。")
_ECONOMY_NEW = ("——经济运行稳中向好。全县地区生产总值达到331亿元，增长5.8%，增速居全市第二。工业企业利润由上年下降转为"
                "增长8.5%，单位地区生产总值能耗下降3%。")
_JOBS_NEW = "——就业增长超出预期。全年城镇新增就业7100人，高校毕业生就业创业人数再创新高，城镇登记失业率3.1%。"
_REFORM_NEW = "——改革开放深入推进。完成县属国有企业整合重组，新引进外资项目5个，实际利用外资1.2亿美元。"
_STRUCTURE_OLD = "——结构调整取得进展。服务业增加值占地区生产总值比重提高到48.5%，高新技术企业达到86家，研发投入强度2.1%。"
_STRUCTURE_NEW = "——结构调整步伐加快。服务业增加值占地区生产总值比重提高到49.6%，高新技术企业增加到97家，研发投入强度2.3%。"
_LIVES_OLD = "——人民生活持续改善。城乡居民人均可支配收入分别增长5.6%和7.2%，新建改扩建中小学4所，新增养老床位260张。"
_LIVES_NEW = "——人民生活持续改善。城乡居民人均可支配收入分别增长5.2%和6.9%，新建改扩建中小学3所，新增养老床位320张。"
_PLANS = "（一）着力扩大有效投资。实施县级重点项目120个，完成投资260亿元以上。"


def _compare(old_lines: list[str], new_lines: list[str], script):
    return compare(script(government_report("青岭县", 2025, "\n".join(old_lines), _PLANS)),
                   script(government_report("青岭县", 2026, "\n".join(new_lines), _PLANS)),
                   figures=False, promises=False, expressions=False)


def _partners(comparison, text: str, script) -> set[str]:
    return {m.new.text for m in comparison.matches if m.old is not None and m.new is not None
            and m.old.text == script(text)}


@SCRIPTS
def test_a_summary_line_succeeds_its_rewritten_line_and_the_line_split_from_it(script) -> None:
    comparison = _compare([_OPENING_OLD, _ECONOMY_OLD, _STRUCTURE_OLD, _LIVES_OLD],
                          [_OPENING_NEW, _ECONOMY_NEW, _JOBS_NEW, _REFORM_NEW, _STRUCTURE_NEW, _LIVES_NEW], script)
    assert _partners(comparison, _ECONOMY_OLD, script) == {script(_ECONOMY_NEW), script(_JOBS_NEW)}
    pieces = [m for m in comparison.matches if m.old is not None and m.old.text == script(_ECONOMY_OLD)]
    assert {m.relation for m in pieces} == {"split"}
    assert min(m.similarity for m in pieces) < 0.22  # -- under the positional bar: position is the evidence --
    # -- the line with nothing of last year's beside it stays new --
    added = [m.new.text for m in comparison.matches if m.status is Status.NEW]
    assert added == [script(_REFORM_NEW)]


@SCRIPTS
def test_two_summary_lines_joined_next_year_are_merged(script) -> None:
    comparison = _compare([_OPENING_NEW, _ECONOMY_NEW, _JOBS_NEW, _REFORM_NEW, _STRUCTURE_NEW, _LIVES_NEW],
                          [_OPENING_OLD, _ECONOMY_OLD, _STRUCTURE_OLD, _LIVES_OLD], script)
    merged = [m for m in comparison.matches if m.new is not None and m.new.text == script(_ECONOMY_OLD)]
    assert {m.old.text for m in merged} == {script(_ECONOMY_NEW), script(_JOBS_NEW)}
    assert {m.relation for m in merged} == {"merged"}
    assert [m.old.text for m in comparison.matches if m.status is Status.DROPPED] == [script(_REFORM_NEW)]


@SCRIPTS
def test_a_line_that_is_no_ones_clear_best_stays_dropped(script) -> None:
    # -- last year's line on 生态 alone in the gap: next year's lines there are on jobs and reform --
    ecology = "——生态环境持续改善。空气质量优良天数比例达到91.2%，县控以上断面水质全部达标，完成造林绿化1.2万亩。"
    comparison = _compare([_OPENING_OLD, ecology, _STRUCTURE_OLD, _LIVES_OLD],
                          [_OPENING_NEW, _JOBS_NEW, _REFORM_NEW, _STRUCTURE_NEW, _LIVES_NEW], script)
    assert [m.old.text for m in comparison.matches if m.status is Status.DROPPED] == [script(ecology)]
    # -- the two lines of last year's one apart, the reform line between them: each as near as the
    #    other and not read together, so neither is clearly its successor --
    comparison = _compare([_OPENING_OLD, _ECONOMY_OLD, _STRUCTURE_OLD, _LIVES_OLD],
                          [_OPENING_NEW, _ECONOMY_NEW, _REFORM_NEW, _JOBS_NEW, _STRUCTURE_NEW, _LIVES_NEW], script)
    assert [m.old.text for m in comparison.matches if m.status is Status.DROPPED] == [script(_ECONOMY_OLD)]


REAL = __import__("pathlib").Path(__file__).resolve().parents[2] / "shared" / "real"


@pytest.mark.skipif(not REAL.is_dir(), reason="../shared/real (State Council reports) is absent")
def test_real_2016_2017_the_economy_summary_line_succeeds_last_years() -> None:
    comparison = compare(REAL / "guowuyuan-zfgzbg-2016-s.txt", REAL / "guowuyuan-zfgzbg-2017-s.txt",
                         figures=False, promises=False, expressions=False)
    economy = [m for m in comparison.matches if m.old is not None and m.old.text.startswith("——经济运行保持在合理区间")]
    assert {m.new.text[:8] for m in economy if m.new is not None} == {"——经济运行缓中", "——就业增长超出"}
