"""A figure in a 从X…到Y clause is named by the subject before 从 (企业开办时间), never by the
words inside the clause (从一个月以上压缩到目前的), whether or not X is a figure itself.

The sentences are written for the test in the style of a 政府工作报告, both scripts.
"""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.figures_extract import extract_figures

SCRIPTS = pytest.mark.parametrize("script", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])


@SCRIPTS
@pytest.mark.parametrize(("text", "labels"), [
    # -- the 从 side no figure (一个月以上): the 到 side is named before 从 --
    ("全县企业开办时间从一个多月压缩到目前的平均3个工作日以内，实行简易注销。", {"3个工作日以内": "企业开办时间"}),
    ("不动产登记办理时间由过去的二十多天缩短到现在的5个工作日。", {"5个工作日": "不动产登记办理时间"}),
    # -- a count both sides (从186项精简到92项): the subject, not the verb between --
    ("市级行政审批事项从186项精简到92项。", {"186项": "市级行政审批事项", "92项": "市级行政审批事项"}),
    # -- as before: a pair of amounts, and a basis between 从 and the figure --
    ("城乡居民医保财政补助从每人每年520元提高到580元。", {"520元": "城乡居民医保财政补助", "580元": "城乡居民医保财政补助"}),
])
def test_a_from_to_figure_is_named_by_its_subject(script, text: str, labels: dict[str, str]) -> None:
    found = {f.raw: f.label for f in extract_figures(script(text))}
    assert {script(raw): found.get(script(raw)) for raw in labels} == {script(raw): label for raw, label in labels.items()}


def test_a_short_name_before_a_from_to_pair_is_its_label() -> None:
    """权重由5%提高到8%: the two-character indicator before 由 names both sides; the words after the
    first figure (提高到8%) name nothing."""
    from reportdiff.figures_extract import extract_figures

    found = [(f.label, f.raw) for f in extract_figures("将法治建设成效纳入年度绩效考核，权重由5%提高到8%。")]
    assert found == [("权重", "5%"), ("权重", "8%")]
