"""Near things that differ are no evidence of a promise, in either script: another agreement of the
same head (区域全面经济伙伴关系协定 for 全面与进步跨太平洋伙伴关系协定) or another acronym, a narrower
scope (省内 for 全国), another operation on the same object (起征点 for 免征, 合理确定 for 提高); a
short form of the same name (上合组织 of 上海合作组织) and a fall of a level to hold (保持…稳定) still
report it."""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.normalize import key
from reportdiff.promise_differences import another_name, another_operation, differs, narrower_scope

from government_reports import government_report, judged_promise

SCRIPTS = pytest.mark.parametrize("convert", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])
_T2S = OpenCC("t2s").convert

OLD = government_report("云川市", 2025, "（一）开放水平稳步提高。进出口总额增长6.2%。新建口岸仓储中心2个。",
                        "（一）推进高水平开放。{plan}\n（二）办好民生实事。新建口岸仓储中心3个。")
NEW = government_report("云川市", 2026, "（一）开放型经济加快发展。进出口总额增长7.1%。{review}\n"
                        "（二）民生福祉持续增进。新建口岸仓储中心3个。", "（一）做强外贸产业。新培育外贸企业50家。")


def _promise(convert, plan: str, review: str):
    return judged_promise(convert, OLD, NEW, plan, review)


@SCRIPTS
@pytest.mark.parametrize("plan, review, delivered", [
    # -- two agreements of one head --
    ("用好全面与进步跨太平洋伙伴关系协定规则。", "用好区域全面经济伙伴关系协定规则，对东盟出口增长12%。", False),
    ("用好区域全面经济伙伴关系协定规则。", "用好区域全面经济伙伴关系协定规则，对东盟出口增长12%。", True),
    # -- a wider scope is not reported by a narrower one --
    ("推进医保结算全国联网。", "推进医保结算省内联网，覆盖定点医院80家。", False),
    ("推进医保结算全国联网。", "实现医保结算全国联网，覆盖定点医院80家。", True),
    # -- another operation on the same object --
    ("对个体工商户阶段性免征房产税。", "将个体工商户房产税起征点提高一倍，惠及商户3000户。", False),
    ("适当提高农村低保标准。", "合理确定农村低保标准，保障困难群众基本生活。", False),
    ("适当提高农村低保标准。", "农村低保标准提高到每人每年6000元。", True),
])
def test_a_near_thing_that_differs_is_no_evidence(convert, plan, review, delivered) -> None:
    promise = _promise(convert, plan, review)
    assert promise.status == ("delivered" if delivered else "not_reported"), promise
    if delivered:
        assert [_T2S(item.sentence) for item in promise.evidence] == [review]


@SCRIPTS
def test_what_differs_and_what_does_not(convert) -> None:
    k = lambda text: key(convert(text))  # noqa: E731
    assert another_name(k("积极参与RCEP规则对接"), k("深化CPTPP规则研究"))
    assert not another_name(k("积极参与RCEP规则对接"), k("RCEP规则对接有序推进"))
    # -- a short form of the same name --
    assert not another_name(k("办好上海合作组织峰会"), k("成功举办上合组织峰会"))
    assert narrower_scope(k("实现跨省通办"), k("实现省内通办事项120项"))
    assert not narrower_scope(k("实现跨省通办"), k("省内通办120项，跨省通办45项"))
    # -- a level held is met by a fall (宏观杠杆率下降 for 保持宏观杠杆率基本稳定) --
    assert not another_operation(k("保持宏观杠杆率基本稳定"), k("宏观杠杆率有所下降"))
    assert another_operation(k("阶段性免征增值税"), k("阶段性提高增值税起征点"))
    assert not differs(k("阶段性免征增值税"), k("对小规模纳税人阶段性免征增值税，惠及纳税人500万户"))
