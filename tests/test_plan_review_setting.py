"""A review sentence that reports no work — the year's difficulties, the account of whose the
achievements are, the thanks — is no result a plan continues (reportdiff.review_setting).

A 政府工作报告's review states what it faced (…面临多重压力, 不少企业遇到较大困难, 保持…难度加大),
credits its achievements (这些成绩，是…的结果) and thanks (向…表示诚挚感谢！). A plan sharing their
words (整治工业园区排放集中 ← …面临工业园区排放集中…等多重压力) answers a difficulty or names the
thanked; it continues no work, and is [新增]. Text of our own, both scripts.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from opencc import OpenCC

from conftest import city_report

from reportdiff.normalize import key as norm_key
from reportdiff.pipeline import load_report
from reportdiff.plans import analyse_plans
from reportdiff.review_setting import reports_work, working_sentences

_T = OpenCC("s2t").convert
SCRIPTS = pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])

REPORT = """青原市政府工作报告
——2024年1月10日在青原市第十届人民代表大会第三次会议上
各位代表：
现在，我代表市人民政府向大会报告工作，请予审议。
一、2023年工作回顾
过去一年，全市上下共同努力，经济运行稳中向好。全市地区生产总值增长5.6%，一般公共预算收入增长6.1%。
我们着力稳住外贸基本盘。新设青原综合保税区，跨境电商进出口额增长31%，外贸企业出口退税平均办理时间压缩至3个工作日。受原材料价格上涨冲击，不少中小外贸企业遇到较大困难。
我们持续改善城乡面貌。改造城镇老旧小区126个，新建农村公路210公里，完成全部县乡道路安全隐患整治。
我们深化河湖综合治理。全面推行河湖长制，完成青原江流域水生态修复工程，国控断面水质优良比例达到95%。过去一年，全市生态环境保护面临工业园区排放集中、治理投入不足等多重压力。
这些成绩，是市委坚强领导的结果，是全市人民团结奋斗的结果。我代表市人民政府，向驻青原部队官兵、中小外贸企业家和关心支持青原发展的各界人士，表示诚挚感谢！
二、2024年工作安排
今年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。
（一）稳住外贸基本盘。支持中小外贸企业开拓新兴市场，扩大跨境电商进出口规模。
（二）改善城乡面貌。再改造城镇老旧小区100个，新建农村公路200公里。
（三）加强生态环境保护。启动工业园区排放集中整治，加大生态环境治理投入。
（四）加强双拥工作。关心驻青原部队官兵家属就业，开展军民共建活动。
"""


@SCRIPTS
@pytest.mark.parametrize("sentence", [
    # -- what the year faced: a difficulty closes the sentence, no deed acts on it --
    "过去一年，全市生态环境保护面临工业园区排放集中、治理投入不足等多重压力。",
    "受原材料价格上涨冲击，不少中小外贸企业遇到较大困难。",
    "去年外部需求明显收缩，全市出口直接受到冲击和影响。",
    "实现稳增长、保就业等多重目标，保持经济平稳运行的难度明显加大。",
    # -- whose the achievements are, and the thanks --
    "这些成绩，是市委坚强领导的结果，是全市人民团结奋斗的结果。",
    "过去一年取得的成绩，是在外部环境复杂多变的情况下取得的。",
    "“十四五”前三年的成就，充分显示了全市上下攻坚克难的决心。",
    "回顾过去一年，成绩得来殊为不易。",
    # -- …or the development as a whole achieving, closing an account of the year or the term --
    "在市委坚强领导下，全市上下攻坚克难，改革开放和现代化建设取得新的重大成就。",
    "各部门坚持稳中求进工作总基调，统筹发展和安全，全市经济社会发展取得显著成就。",
    "我市发展又取得新的重大成就。",
    "我代表市人民政府，向驻青原部队官兵和各界人士，表示诚挚感谢！",
    # -- the lesson drawn from the work, said of it in general --
    "实践表明，减税降费是助企纾困直接有效的办法。",
    "事实充分证明，深化“放管服”改革是激发市场活力的关键一招。",
    "一年来的实践证明，法治是最好的营商环境。",
])
def test_sentences_reporting_no_work(script, sentence: str) -> None:
    assert not reports_work(norm_key(script(sentence)))


@SCRIPTS
@pytest.mark.parametrize("sentence", [
    # -- a deed acting on the difficulty reports work --
    "减轻了区县政府偿债压力。",
    "帮助中小外贸企业克服困难。",
    "共同应对外部需求收缩带来的风险挑战。",
    "稳妥处置一批中小金融机构风险。",
    "完成全部县乡道路安全隐患整治。",
    # -- an area's own achievement is a result, not an account of all of them --
    "国防动员和双拥工作取得一系列新成就。",
    "教育、卫生、文化等领域发展取得新成就。",
    # -- work on a lesson or a practice is work --
    "推广一批地方改革经验，开展营商环境创新试点。",
    "总结基层依法治理实践经验，表明态度的群众满意率达到96%。",
])
def test_sentences_reporting_work(script, sentence: str) -> None:
    assert reports_work(norm_key(script(sentence)))


@SCRIPTS
def test_plans_continue_no_difficulty_nor_thanks(script) -> None:
    analysis = analyse_plans(load_report(script(REPORT)))
    records = {record.plan.text: record for record in analysis.plans}
    # -- the difficulty the review stated is taken up, not continued --
    assert records[script("启动工业园区排放集中整治，加大生态环境治理投入。")].status == "new"
    # -- the thanked are named, nothing done for them is --
    assert records[script("关心驻青原部队官兵家属就业，开展军民共建活动。")].status == "new"
    # -- the work the review reports is still continued --
    trade = records[script("支持中小外贸企业开拓新兴市场，扩大跨境电商进出口规模。")]
    assert trade.status == "continues" and script("跨境电商进出口额增长31%") in trade.results[0].sentence
    assert records[script("再改造城镇老旧小区100个，新建农村公路200公里。")].status == "continues"
    # -- a paragraph of nothing but the account and the thanks is no result left behind --
    assert not any(script("表示诚挚感谢") in item.measure.text for item in analysis.not_carried)


@SCRIPTS
@pytest.mark.parametrize("announcement", ["一年来，我们主要做了以下工作。",
                                          "一年来，我们深入贯彻市委市政府决策部署，坚持稳中求进，主要做了以下工作："])
def test_a_line_announcing_the_review_s_list_is_no_result_left_behind(script, announcement: str) -> None:
    # -- however long its lead, it announces the list that follows and carries nothing --
    report = REPORT.replace("我们着力稳住外贸基本盘。", announcement + "\n我们着力稳住外贸基本盘。")
    analysis = analyse_plans(load_report(script(report)))
    assert not any(script("以下工作") in item.measure.text for item in analysis.not_carried)


@SCRIPTS
def test_a_paragraph_opening_on_the_account_reports_no_work(script) -> None:
    # -- it goes on weighing the year: what the economy's size makes harder is no deed --
    paragraph = ["回顾过去一年，成绩来之不易。", "这些成绩，是在外需明显收缩的情况下取得的。",
                 "经济规模越大，每一个百分点的增长越难。", "在困难面前，全市干部群众一步一步走了过来。"]
    assert working_sentences([norm_key(script(s)) for s in paragraph]) == []
    # -- …until it turns to what we did --
    paragraph[-1] = "我们扎实做好稳就业、保民生工作，主要做了以下工作。"
    assert working_sentences([norm_key(script(s)) for s in paragraph]) == [3]
    review = ["新建农村公路210公里。", "受原材料价格上涨冲击，不少企业遇到较大困难。", "完成全部县乡道路安全隐患整治。"]
    assert working_sentences([norm_key(script(s)) for s in review]) == [0, 2]


# -- the plan in the very words of a difficulty the review states: the same wording is no link either --
WORDING_REPORT = """青原市政府工作报告
——2024年1月10日在青原市第十届人民代表大会第三次会议上
各位代表：
现在，我代表市人民政府向大会报告工作，请予审议。
一、2023年工作回顾
过去一年，全市上下共同努力，经济运行稳中向好。全市地区生产总值增长5.6%，一般公共预算收入增长6.1%。
我们着力稳住外贸基本盘。新设青原综合保税区，跨境电商进出口额增长31%。外部需求收缩，保持经济平稳运行难度加大。
二、2024年工作安排
今年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。
政策发力适当靠前，确保经济平稳运行。扩大跨境电商进出口规模。
"""


@SCRIPTS
def test_a_plan_in_the_words_of_a_difficulty_continues_nothing(script) -> None:
    records = {record.plan.text: record for record in analyse_plans(load_report(script(WORDING_REPORT))).plans}
    assert records[script("政策发力适当靠前，确保经济平稳运行。")].status == "new"
    assert records[script("扩大跨境电商进出口规模。")].status == "continues"


@SCRIPTS
@pytest.mark.parametrize("report", [
    lambda review, plans: city_report(review, plans),
    lambda review, plans: (f"青原区2025年法治政府建设情况报告\n一、2025年工作成效\n{review}\n"
                           f"二、2026年工作安排\n{plans}\n"),
], ids=["government_work", "rule_of_law"])
def test_a_lesson_drawn_is_no_work_a_plan_continues(script, report) -> None:
    review = "实践表明，减税降费是助企纾困直接有效的办法。新建农村公路210公里。\n"
    plans = "新增财力主要用于助企纾困。再新建农村公路200公里。\n"
    records = {record.plan.text: record for record in analyse_plans(load_report(script(report(review, plans)))).plans}
    assert records[script("新增财力主要用于助企纾困。")].status == "new"
    assert records[script("再新建农村公路200公里。")].status == "continues"


# ---------------------------------------------------------------- the review's framing (plans36)
#
# A review frames its account: the year characterised (2023年是…关键一年), the year or the term
# judged as a whole (过去五年极不寻常、极不平凡), the achievements hard won or praised, the lesson as
# a maxim (做好…工作，没有捷径，实干为要), the setting (我们面对的是…), and conduct in general (在…领导下，
# 全市上下迎难而上…; 与此同时，我们全面落实…会议部署…). None of it is a result a plan continues, nor
# a result left behind (未延续).

FRAMING_PARAGRAPHS = [
    "2023年是全面贯彻党的二十大精神的开局之年。市第十次党代会胜利召开，描绘了青原现代化建设的宏伟蓝图。"
    "面对复杂多变的外部环境，全市上下迎难而上，经济运行稳中向好，我市发展取得来之不易的新成就。",
    "与此同时，我们全面落实市委经济工作会议部署，按照市十届人大二次会议批准的政府工作报告安排，统筹推进经济社会各领域工作。"
    "经过艰苦努力，当前消费、投资、企业预期等明显向好，全市经济有较大潜力和发展动力。",
    "过去五年极不寻常、极不平凡。在市委坚强领导下，我们经受了多重考验，全市经济社会发展取得显著成就。",
    "做好政府工作，没有捷径，实干为要。五年来，坚持以人民为中心，尊重客观规律，坚决反对空谈浮夸、做表面文章。",
    "回顾过去一年，走过的路很不寻常。我们面对的是外需收缩、成本上升的复杂局面。在这种情况下，经济能够稳住很不容易。",
]


@SCRIPTS
@pytest.mark.parametrize("sentence", [
    # -- the year characterised, or the year and the term judged as a whole --
    "2023年是全面贯彻党的二十大精神的开局之年。",
    "过去一年是青原发展史上极不平凡的一年。",
    "过去五年极不寻常、极不平凡。",
    "一年来的工作殊为不易。",
    "回顾过去一年，走过的路很不寻常。",
    # -- the achievements hard won, or praised --
    "回顾过去五年，困难挑战接踵而至，我市改革发展成就实属来之不易。",
    "在这种情况下，经济能够稳住很不容易。",
    "五年来取得的发展成就，全市人民倍感振奋和自豪！",
    # -- the lesson as a maxim, and the setting as what we faced --
    "做好政府工作，没有捷径，实干为要。",
    "这再次表明，只要全市上下齐心协力，就没有克服不了的困难。",
    "我们面对的是外需收缩、成本上升的复杂局面。",
    # -- conduct in general: a lead, a state of mind, a body's deployments, development in general --
    "在市委坚强领导下，全市上下迎难而上，砥砺前行，推动经济社会持续健康发展。",
    "与此同时，我们全面落实市委经济工作会议部署，按照市十届人大二次会议批准的政府工作报告安排，统筹推进经济社会各领域工作。",
])
def test_sentences_framing_the_review(script, sentence: str) -> None:
    assert not reports_work(norm_key(script(sentence)))


@SCRIPTS
@pytest.mark.parametrize("sentence", [
    # -- a policy's deployment carried out is work (全面从严治党), as is any clause naming an object --
    "贯彻落实市委全面从严治党战略部署。",
    "在市委坚强领导下，全市上下迎难而上，新设青原综合保税区。",
    "与此同时，我们全面落实市委经济工作会议部署，新建农村公路210公里。",
    # -- a year named at the start of work done is no characterisation of it --
    "2023年，我们新建农村公路210公里。",
    "面对外需收缩的局面，我们帮助中小外贸企业开拓新兴市场。",
])
def test_sentences_near_the_framing_still_report_work(script, sentence: str) -> None:
    assert reports_work(norm_key(script(sentence)))


def _sentences(paragraph: str) -> list[str]:
    from reportdiff.parse import split_sentences
    return [norm_key(s) for s in split_sentences(paragraph)]


@SCRIPTS
@pytest.mark.parametrize("paragraph", FRAMING_PARAGRAPHS)
def test_a_paragraph_opening_on_the_framing_reports_no_work(script, paragraph: str) -> None:
    assert working_sentences(_sentences(script(paragraph))) == []


@SCRIPTS
def test_a_framed_paragraph_turning_to_our_deeds_reports_them(script) -> None:
    # -- 一年来，我们… after the characterisation is work, and only it --
    paragraph = ("2023年是全面贯彻党的二十大精神的开局之年。党的二十大精神深入人心。"
                 "一年来，我们新设青原综合保税区，新建农村公路210公里。")
    assert working_sentences(_sentences(script(paragraph))) == [2]


@SCRIPTS
@pytest.mark.parametrize("paragraph", [
    # -- a county's lead: the year characterised, then the result it measures, or the government's deed --
    "2023年是爬坡过坎的一年。全区地区生产总值完成210.6亿元，增长5.2%。",
    "2023年是爬坡过坎的一年。区政府坚持稳中求进，新设青原综合保税区。",
])
def test_a_framed_paragraph_still_reports_what_it_measures_or_the_government_did(script, paragraph: str) -> None:
    assert working_sentences(_sentences(script(paragraph))) == [1]


@SCRIPTS
def test_framing_paragraphs_are_no_results_left_behind(script) -> None:
    review_start = "过去一年，全市上下共同努力，经济运行稳中向好。"
    report = REPORT.replace(review_start, review_start + "\n" + "\n".join(FRAMING_PARAGRAPHS))
    analysis = analyse_plans(load_report(script(report)))
    listed = " ".join(item.measure.text for item in analysis.not_carried)
    for paragraph in FRAMING_PARAGRAPHS:
        assert script(paragraph[:12]) not in listed
    # -- the work no plan takes up is still listed, and the plans still continue the work --
    assert script("完成青原江流域水生态修复工程") in listed
    records = {record.plan.text: record for record in analysis.plans}
    assert records[script("再改造城镇老旧小区100个，新建农村公路200公里。")].status == "continues"


@pytest.mark.parametrize("fmt", ["text", "md", "html", "json", "docx"])
def test_no_format_lists_the_framing_as_left_behind(fmt, tmp_path) -> None:
    import io
    import json
    import zipfile

    from click.testing import CliRunner

    from reportdiff.cli import cli

    review_start = "过去一年，全市上下共同努力，经济运行稳中向好。"
    path = tmp_path / "qingyuan_2024.txt"
    path.write_text(REPORT.replace(review_start, review_start + "\n" + "\n".join(FRAMING_PARAGRAPHS)), "utf-8")
    out = tmp_path / f"plans.{fmt}"
    result = CliRunner().invoke(cli, ["plans", str(path), "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    if fmt == "docx":
        shown = zipfile.ZipFile(io.BytesIO(out.read_bytes())).read("word/document.xml").decode("utf-8")
    elif fmt == "json":
        shown = " ".join(item["text"] for item in json.loads(out.read_text("utf-8"))["not_carried"])
    else:
        shown = out.read_text("utf-8")
    # -- the framing shows nowhere (no link cites it either); the work left behind does --
    for paragraph in FRAMING_PARAGRAPHS:
        assert paragraph[:12] not in shown, paragraph
    assert "我们深化河湖综合治理" in shown


_REAL = Path(__file__).resolve().parents[2] / "shared" / "real"


@pytest.mark.parametrize(("year", "framing"), [
    ("2023", ["2022年是党和国家历史上极为重要的一年", "与此同时，我们全面落实中央经济工作会议部署",
              "过去五年极不寻常、极不平凡", "做好经济社会发展工作，没有捷径，实干为要"]),
    ("2022", ["过去一年是党和国家历史上具有里程碑意义的一年"]),
    ("2021", ["一年来的工作殊为不易"]),
    ("2019", ["回顾过去一年，成绩来之不易"]),
    ("2018", ["过去五年取得的全方位、开创性成就", "回顾过去五年，诸多矛盾交织叠加"]),
    ("2017", ["过去一年，我国发展面临国内外诸多矛盾叠加"]),
    ("2016", ["2015年是“十二五”收官之年"]),
])
def test_real_reviews_framing_is_no_result_left_behind(year: str, framing: list[str]) -> None:
    path = _REAL / f"guowuyuan-zfgzbg-{year}-s.txt"
    if not path.exists():
        pytest.skip(f"real report not found: {path}")
    listed = [item.measure.text for item in analyse_plans(load_report(path)).not_carried]
    for opening in framing:
        assert not any(text.startswith(opening) for text in listed), opening
    if year == "2023":
        # -- the five years' results no plan takes up are still listed --
        assert any(text.startswith("——经济发展再上新台阶") for text in listed)
