"""Two one-page reports of one township in consecutive years are one series even when every
paragraph is rewritten: last year's plans are checked and rewritten paragraphs of one part pair."""

from __future__ import annotations

from reportdiff import compare

OLD = """青石乡2025年法治政府建设工作报告
2025年，青石乡围绕县委、县政府部署推进法治政府建设，现将有关情况报告如下。
一、主要工作及成效
乡党委专题研究法治工作3次，将法治建设纳入村级年度考核。
每季度组织村干部集中学法1次，参学村干部150人次。
发展新时代“枫桥经验”，依托乡综治中心和村调委会，排查化解矛盾纠纷88件，调解成功率97.9%。依托村级广播开展普法宣传30期，培育“法律明白人”40名。
二、存在的不足
一是执法人员力量不足，执法装备较为落后。二是部分村议事程序不够规范。
三、下一步工作打算
一是充实执法力量，配备执法记录仪6台。二是推行村级重大事项“四议两公开”。三是力争创建市级“民主法治示范村”1个。
"""

NEW = """青石乡2026年法治政府建设工作报告
2026年，青石乡深入贯彻习近平法治思想，全面落实县委、县政府关于法治建设的部署，现将有关情况报告如下。
一、主要工作及成效
乡党委书记履行法治建设第一责任人职责，开展述法活动1次。
乡综合执法队新增执法人员2名，配备执法记录仪8台，办理行政处罚案件19件。
全乡9个村全面推行村级重大事项“四议两公开”，修订完善村规民约。
排查化解矛盾纠纷81件，调解成功率98.6%。石门村创建为市级“民主法治示范村”。
二、存在的不足
一是执法办案质量有待提升。二是普法资源分布不均衡。三是群众信访不信法的观念仍然存在。
三、下一步工作打算
一是开展执法人员业务培训4次。二是推动公共法律服务向偏远村延伸。三是引导群众依法表达诉求。四是建设村级法治文化阵地2处。
"""


def test_consecutive_reports_of_one_body_are_one_series() -> None:
    comparison = compare(OLD, NEW)
    assert "unrelated" not in [warning.code for warning in comparison.warnings]
    assert len(comparison.promises) == 3
    assert {promise.status for promise in comparison.promises} == {"delivered"}


def test_a_rewritten_paragraph_of_a_short_part_pairs_with_its_figures() -> None:
    comparison = compare(OLD, NEW)
    (disputes,) = [match for match in comparison.matches if match.new and "81件" in match.new.text]
    assert disputes.old is not None and "88件" in disputes.old.text
    pairs = {(figure.old.value, figure.new.value) for figure in comparison.figures if figure.old and figure.new}
    assert {(88, 81), (97.9, 98.6)} <= pairs


def test_two_bodies_or_years_apart_stay_unrelated() -> None:
    other = NEW.replace("青石乡", "白沙镇")
    comparison = compare(OLD, other)
    assert "unrelated" in [warning.code for warning in comparison.warnings]
    assert comparison.promises == ()


_Y24 = ("柳溪镇2024年法治政府建设年度报告\n一、主要工作\n开展安全生产执法检查120次，整改隐患80处。\n"
        "组织镇村干部学法4次，参学人员260人次。\n开展“八五”普法宣传进村入户活动，发放资料3000份。\n"
        "二、下一步工作计划\n2025年，建成镇级公共法律服务工作站。\n")
_Y25 = ("柳溪镇2025年法治政府建设年度报告\n一、主要工作\n开展消防安全宣传活动20场，覆盖群众5000人次。\n"
        "组织村级法律顾问坐班服务48次，解答咨询300人次。\n开展农村土地承包纠纷专项调处，化解纠纷26件。\n"
        "二、下一步工作计划\n2026年，推进行政执法规范化建设。\n")


def test_paragraphs_of_a_short_part_that_share_only_the_parts_words_stay_apart() -> None:
    """普法宣传进村入户活动 and 消防安全宣传活动 share 开展…宣传活动 only: a new and a dropped
    paragraph, not one rewritten (in either script)."""
    import opencc

    for convert in (str, opencc.OpenCC("s2t").convert):
        comparison = compare(convert(_Y24), convert(_Y25))
        fire = [m for m in comparison.matches if m.new is not None and convert("消防") in m.new.text]
        assert [m.old for m in fire] == [None]
