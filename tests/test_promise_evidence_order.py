"""The evidence shown first is the sentence that names the plan's object.

A county's 法治政府建设年度报告 (written for the test): the plan sets up 受理点 in 12 乡镇, and
this year's review names "12个乡镇" twice: once in an item on 述法 (the same figure, another
task), once where the 受理点 are reported set up.
"""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.normalize import key
from reportdiff.pipeline import compare
from reportdiff.promise_objects import compound_pairs, names_its_object

OLD = """\
松林县2024年法治政府建设年度报告
一、2024年法治政府建设工作情况
1.压实法治建设责任。县政府常务会议专题研究法治政府建设工作5次。
2.推进严格规范公正文明执法。开展行政执法案卷评查，评查案卷210件。
二、2025年工作打算
1.深化述法工作。组织县直部门主要负责人开展年度述法。
2.推进行政复议体制改革。建成县行政复议服务中心，在12个乡镇设立行政复议受理点，推动行政复议成为化解行政争议的主渠道。
"""

NEW = """\
松林县2025年法治政府建设年度报告
一、2025年法治政府建设工作情况
1.压实法治建设第一责任人职责。县政府常务会议专题研究法治政府建设工作6次。全县31个县直部门、12个乡镇主要负责人全部述法，述法工作实现全覆盖。
2.健全矛盾纠纷化解机制。建成县行政复议服务中心，在12个乡镇设立行政复议受理点。全年办理行政复议案件64件。
二、2026年工作打算
1.加快数字法治政府建设。建设县级行政执法监督平台。
"""

SCRIPTS = pytest.mark.parametrize("script", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])


@SCRIPTS
def test_the_figure_is_shown_where_the_plans_object_is_reported(script) -> None:
    promises = [p for p in compare(script(OLD), script(NEW), expressions=False).promises
                if script("行政复议受理点") in p.plan.text]
    assert [p.status for p in promises] == ["delivered"]
    assert key(promises[0].evidence[0].sentence) == key(script("建成县行政复议服务中心，在12个乡镇设立行政复议受理点。"))


GOV_OLD = """\
政府工作报告
——2023年1月12日在临江市第十六届人民代表大会第三次会议上
一、2022年工作回顾
过去一年，我们坚持稳中求进工作总基调，全市经济运行总体平稳。
（一）扩大有效投资。新开工市政道路38公里，完成污水管网改造96公里。
二、2023年主要工作任务
（一）过紧日子。各部门要带头过紧日子，决不允许增加“三公”经费，挤出更多资金用于减税降费。
（二）增进民生福祉。新建社区卫生服务中心6个。
"""

GOV_NEW = """\
政府工作报告
——2024年1月10日在临江市第十六届人民代表大会第四次会议上
一、2023年工作回顾
过去一年，我们团结带领全市人民攻坚克难，经济社会发展主要目标任务圆满完成。
（一）企业负担持续减轻。在财政收支矛盾较大情况下，全市大幅减税降费，为市场主体减负36亿元。
（二）政府自身建设持续加强。严控新建楼堂馆所，“三公”经费大幅压减。
（三）民生事业全面进步。新建社区卫生服务中心7个。新增公办幼儿园学位2400个。
（四）城乡建设扎实推进。新开工市政道路41公里，完成污水管网改造102公里。改造城镇老旧小区86个。
（五）生态环境持续改善。空气质量优良天数比率达到88%，完成造林绿化1.2万亩。
（六）社会治理不断加强。化解信访积案320件，建成智慧社区试点15个。
（七）开放水平稳步提升。口岸货物通关时间压缩一半以上，实际使用外资增长6%。
（八）重点项目加快建设。{projects}
二、2024年主要工作任务
（一）深化城市更新。改造城镇老旧小区110个。
""".format(projects="".join(f"第{n}批重点项目开工{n + 3}个。" for n in range(1, 121)))


@SCRIPTS
def test_the_link_naming_the_object_is_shown_first(script) -> None:
    promises = [p for p in compare(script(GOV_OLD), script(GOV_NEW), expressions=False).promises
                if script("三公") in p.plan.text]
    assert [p.status for p in promises] == ["delivered"]
    assert key(promises[0].evidence[0].sentence) == key(script("严控新建楼堂馆所，“三公”经费大幅压减。"))


@SCRIPTS
def test_a_quoted_name_and_its_word_are_one_compound(script) -> None:
    clause = key(script("决不允许增加“三公”经费，"))
    assert any(first.startswith("三公") and second == "经费" for first, second, _ in compound_pairs(clause))
    assert names_its_object(clause, ("决不允许", "三公", "经费"), key(script("“三公”经费大幅压减。")), False)
    # -- a plan period's number is no object: “十四五”规划 is named by any work of the period --
    assert not any(first.startswith("十四五") for first, _, _ in compound_pairs(key(script("围绕“十四五”规划，"))))


@SCRIPTS
def test_a_points_ordinal_is_no_word_of_its_task(script) -> None:
    from reportdiff.plan_matching import Matcher
    from reportdiff.promise_clauses import task_clauses

    plan = key(script("五要严格环境执法和督查问责。"))
    matcher = Matcher([plan, key(script("严格环境执法和问责。")), key(script("全面开展生态环境保护督察。"))])
    clauses = task_clauses(matcher, plan)
    assert clauses and all(not word.startswith("五要") for clause in clauses for word in clause.features.terms)


@pytest.mark.parametrize("convert", [str, OpenCC("s2t").convert])
def test_the_sentence_naming_the_objects_head_is_the_evidence(convert) -> None:
    """延续实施扶持…个体工商户的减税降费政策: of a window's two sentences, the one naming the
    减税降费 the plan continues is its evidence, not the one telling of loans to the same
    个体工商户 (more of the plan's words, another measure)."""
    from reportdiff.promise_sentences import naming_the_head

    plan = key(convert("延续实施扶持制造业、小微企业和个体工商户的减税降费政策，"))
    window = [(text, key(text)) for text in map(convert, (
        "为支持减税降费政策落地，市对区县转移支付增加12亿元。",
        "对受影响较大的小微企业、个体工商户实施贷款延期还本付息。"))]
    assert naming_the_head(plan, window) == window[:1]
    # -- a window whose sentences both name it, or neither, is left whole --
    assert naming_the_head(plan, window[1:] * 2) == window[1:] * 2
    assert naming_the_head(key(convert("加快构建居家社区机构相协调的养老服务体系。")),
                           window) == window
