"""A reaching verb and a generic result with nothing else (实现全覆盖, 取得新突破) is no formulation:
it was cut from a clause whose object stands before the verb (执法记录仪等执法装备配备还未实现全覆盖).
And a result said again with its verb moved (实现X全覆盖 → X实现全覆盖) is neither new nor dropped.
Both scripts."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.expression_bounds import bare_result
from reportdiff.normalize import key
from reportdiff.pipeline import compare
from reportdiff.segment import tokenize

_T = opencc.OpenCC("s2t").convert


def _report(year: int, review: str, shortfall: str, plan: str) -> str:
    return (f"青州市生态环境局{year}年法治政府建设年度报告\n一、{year}年推进法治政府建设的主要举措和成效\n"
            f"（一）严格规范公正文明执法。{review}组织执法人员培训1500人次。\n"
            f"二、存在的不足\n一是{shortfall}；二是执法人员培训的针对性有待增强。\n"
            f"三、{year + 1}年推进法治政府建设的主要安排\n（一）提升执法规范化水平。{plan}推行非现场执法。\n")


_OLD = _report(2024, "全年查处环境违法案件612件。", "基层执法人员法律知识更新还不够及时",
               "实现乡镇综合执法站点全覆盖。")
_NEW = _report(2025, "乡镇综合执法站点实现全覆盖。", "基层执法装备配备和信息化建设还未实现全覆盖",
               "科技执法取得新突破。")


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_a_verb_and_a_generic_result_alone_is_no_formulation(script) -> None:
    found = compare(script(_OLD), script(_NEW), figures=False, promises=False).expressions
    listed = [key(e.text) for e in found.new + found.dropped]
    assert not any(bare_result(tokenize(text)) for text in listed), listed
    assert "实现全覆盖" not in listed and "取得新突破" not in listed, listed


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_a_result_with_its_verb_moved_is_neither_new_nor_dropped(script) -> None:
    found = compare(script(_OLD), script(_NEW), figures=False, promises=False).expressions
    listed = [key(e.text) for e in found.new + found.dropped]
    assert not any("乡镇综合执法站点" in text for text in listed), listed


def test_a_result_with_its_object_is_a_formulation() -> None:
    assert bare_result(("实现", "全", "覆盖"))
    assert not bare_result(("实现", "乡镇", "全", "覆盖"))
    assert not bare_result(("实现", "碳", "达峰"))
