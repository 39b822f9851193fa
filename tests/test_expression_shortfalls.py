"""A shortcomings paragraph's plain judgements (一些地方…不够, …仍需加强, …还有差距) are no
新提法; a diagnosis stays when it is a named formulation (…仍是突出矛盾, a run of coined items,
a quotation)."""

from __future__ import annotations

import pytest
from conftest import new_expressions

OLD = """2024年临江市人民政府工作报告
一、2023年工作回顾
过去一年，全市经济运行总体平稳。全年新增城镇就业5.2万人。
我们也清醒看到，发展中还存在不少困难和问题。产业转型升级步伐不快，科技创新能力不够强。部分企业生产经营困难。
二、2024年工作任务
（一）推动高质量发展。加快建设现代化产业体系。
"""

NEW = """2025年临江市人民政府工作报告
一、2024年工作回顾
过去一年，全市经济运行总体平稳。全年新增城镇就业5.6万人。
我们也清醒看到，发展中还存在不少困难和问题。有效需求不足仍是突出矛盾，一些地方稳就业的工作力度不够，基层公共服务能力仍需加强，民生领域还有不少短板，少数干部不担当、不作为、乱作为。一些地方财政收支矛盾较为突出，营商环境与群众期待还有差距。
二、2025年工作任务
（一）推动高质量发展。加快建设现代化产业体系。
"""

RULE_OLD = """2024年临江区司法局法治政府建设年度报告
一、主要举措和成效
（一）加强行政执法监督。全年评查执法案卷120卷。
二、存在的不足
一是行政执法规范化水平有待提高。二是部分执法人员法治意识不强。
三、2025年工作安排
（一）深化行政执法监督。推行“综合查一次”。
"""

RULE_NEW = """2025年临江区司法局法治政府建设年度报告
一、主要举措和成效
（一）加强行政执法监督。全年评查执法案卷150卷。
二、存在的不足
一是个别单位合法性审查工作力量配备不够到位。二是基层法治宣传的针对性仍需加强，“谁执法谁普法”责任落实不够平衡。
三、2026年工作安排
（一）深化行政执法监督。推行“综合查一次”。
"""

PLAIN = ("一些地方稳就业的工作力度不够", "基层公共服务能力仍需加强", "一些地方财政收支矛盾较为突出",
         "营商环境与群众期待还有差距", "民生领域还有不少短板")


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_plain_shortcoming_is_no_new_expression(script: str) -> None:
    listed = new_expressions(OLD, NEW, script)
    dropped = new_expressions(NEW, OLD, script)
    for sentence in PLAIN:
        assert not any(sentence in item or item in sentence for item in listed), (sentence, listed)
    assert not any(item in "产业转型升级步伐不快科技创新能力不够强部分企业生产经营困难" for item in dropped), dropped


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_named_diagnosis_stays(script: str) -> None:
    listed = new_expressions(OLD, NEW, script)
    assert any("需求不足仍是突出矛盾" in item for item in listed), listed
    assert any("不担当、不作为、乱作为" in item for item in listed), listed


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_rule_of_law_reports_shortcomings_are_no_new_expressions(script: str) -> None:
    listed = new_expressions(RULE_OLD, RULE_NEW, script)
    dropped = new_expressions(RULE_NEW, RULE_OLD, script)
    assert not any(item.endswith(("不够到位", "仍需加强")) for item in listed), listed
    assert not any(item.endswith(("有待提高", "不强")) for item in dropped), dropped
    # -- a quoted slogan inside a shortcoming is still the slogan --
    assert any("“谁执法谁普法”" in item for item in listed), listed
