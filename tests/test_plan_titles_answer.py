"""A shortcoming is answered by the plan item whose title takes it up (4.加强基层法治人才队伍建设。
通过公开招录…), though the title is no plan sentence of its own (issue 7). Written for the test."""

import pytest
from opencc import OpenCC

from reportdiff.pipeline import plans

_T = OpenCC("s2t").convert

_REPORT = ("竹溪县2026年法治政府建设年度报告\n一、2026年法治政府建设工作情况\n"
           "1.推进严格规范公正文明执法。评查行政执法案卷260卷。\n"
           "二、存在的问题\n仍存在一些短板：一是行政执法监督平台尚未建成；二是基层法治人才仍然短缺；"
           "三是部分行政执法人员对新兴业态的法律适用把握不够精准。\n"
           "三、2027年工作打算\n"
           "1.建成县级行政执法监督平台。完成平台建设并上线运行。\n"
           "2.加强基层法治人才队伍建设。通过公开遴选等方式，为乡镇司法所补充法律专业人员不少于8名。\n"
           "3.提升行政执法质量和效能。开展案卷集中评查。\n")


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_a_plan_title_answers_a_shortcoming(script) -> None:
    analysis = plans(script(_REPORT))
    answered = {record.measure.text.rstrip("。；;"): [plan.block_id for plan in record.answered_by]
                for record in analysis.shortcomings}
    assert answered[script("基层法治人才仍然短缺")] == ["三/2"]
    assert answered[script("行政执法监督平台尚未建成")][:1] == ["三/1"]
    # -- one shared term of a short title (行政执法) takes up no problem of it --
    assert "三/3" not in answered[script("部分行政执法人员对新兴业态的法律适用把握不够精准")]
