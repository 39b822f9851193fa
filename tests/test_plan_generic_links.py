"""In a short 法治 or department report, a plan is no continuation of a result that shares
with it only one generic term of the kind's vocabulary (推进法治政府建设 after 统筹推进法治政府建设):
every measure of such a report is about 法治政府建设, and the words say nothing of which."""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.normalize import key as norm_key
from reportdiff.pipeline import load_report
from reportdiff.plan_matching import Matcher
from reportdiff.plan_wording import SameWording
from reportdiff.plans import analyse_plans

_T = OpenCC("s2t").convert

# -- a 司法厅's report of our own, in the shape of the kind: measures of results, problems,
#    and plans whose clauses end on the report's generic words --
REPORT = """青原省司法厅2024年法治政府建设年度报告
2024年，省司法厅坚持以习近平法治思想为指导，全面履行法治政府建设职责。现将有关情况报告如下：
一、2024年推进法治政府建设的主要举措和成效
（一）统筹推进法治政府建设。制定《青原省法治政府建设实施方案（2024—2026年）》，命名示范地区8个。
（二）提升行政立法质量。完成省政府规章审查11件，开展立法后评估3件。
（三）加强行政执法协调监督。出台行政执法监督办法，评查行政执法案卷1260卷。
（四）深化依法行政工作。组织全省依法行政考核，考核市县政府23个。
二、存在的不足和原因
一是基层法治人才短缺。二是部分地区行政执法不够规范。
三、2025年工作安排
2025年，省司法厅将重点做好以下工作：
（一）完善行政决策制度。落实重大行政决策程序规定，推进法治政府建设。
（二）推进智慧司法建设。建设全省司法行政大数据平台，深化依法行政工作。
（三）加强行政执法监督。出台行政执法监督办法实施细则，评查行政执法案卷1300卷。
"""


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_one_generic_term_links_no_plan(script) -> None:
    records = {record.plan.text: record for record in analyse_plans(load_report(script(REPORT))).plans}
    decisions = records[script("落实重大行政决策程序规定，推进法治政府建设。")]
    assert decisions.status == "new", [link.measure.id for link in decisions.results]
    platform = records[script("建设全省司法行政大数据平台，深化依法行政工作。")]
    assert platform.status == "new", [link.measure.id for link in platform.results]
    # -- a plan in a result's specific words still continues it --
    supervision = records[script("出台行政执法监督办法实施细则，评查行政执法案卷1300卷。")]
    assert [link.measure.id for link in supervision.results] == ["一/(三)"]


def test_an_object_of_generic_words_alone_is_no_link() -> None:
    results = ["统筹推进法治政府建设。", "深化依法行政工作。", "建成县第二人民医院。"]
    assert SameWording(results).holding("推进法治政府建设") == []
    assert SameWording(results).holding("深化依法行政工作") == []
    assert SameWording(results).holding("建成县第二人民医院") == [(2, "县第二人民医院")]


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
@pytest.mark.parametrize(("plan", "review"), [
    ("坚定不移走和平发展道路。", "坚定不移推进供给侧结构性改革。"),
    ("毫不动摇巩固和发展公有制经济。", "毫不动摇鼓励民营企业发展。"),
    ("持之以恒纠治“四风”。", "持之以恒推进生态修复。"),
    ("始终坚持独立自主的和平外交政策。", "始终把就业摆在首位。"),
    ("坚决打好污染防治攻坚战。", "坚决遏制重特大安全事故。"),
    # -- …nor the adjectives that rate a thing, the aim of every task, the challenges met --
    ("构建良好政商关系。", "保持良好生态。"),
    ("把握国际格局深刻变化。", "推动经济社会深刻变革。"),
    ("推动国有企业提质增效。", "推动服务业提质增效。"),
    ("积极应对人口老龄化挑战。", "妥善应对自然灾害挑战。"),
    ("实施支持科技成果转化的政策措施。", "制定促进山区发展的政策措施。"),
])
def test_adverbs_of_resolve_share_no_content(script, plan: str, review: str) -> None:
    # -- how firmly (or how good, what for) is no what: a plan and a review sharing only such a
    #    word share nothing --
    plan_key, review_key = norm_key(script(plan)), norm_key(script(review))
    matcher = Matcher([plan_key, review_key, "建成县第二人民医院。", "新增城镇就业1.2万人。"])
    assert Matcher.found(matcher.features(plan_key), matcher.body([review_key])) == []
