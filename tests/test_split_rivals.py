"""A short lead (抓好农业生产，改善农村生产生活条件) is no whole split in two when the paragraph
that follows its successor (加强粮食…稳产保供, moved up past the 脱贫 paragraph) has its own
predecessor beside the lead, still unpaired (提高粮食和重要农产品供给保障能力): that one succeeds
it, and nothing is dropped. Constructed in the shape of a 政府工作报告's tasks, both scripts."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.pipeline import compare

_T = opencc.OpenCC("s2t").convert
SCRIPTS = pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])

_OLD_FARMS = (
    "（五）抓好农业生产，促进农民增收。\n"
    "接续推进脱贫地区发展，抓好农业生产，改善农村生产生活条件。\n"
    "做好巩固拓展脱贫攻坚成果同乡村振兴有效衔接。对脱贫县设立过渡期，保持主要帮扶政策总体稳定，健全防止返贫动态监测和帮扶机制，"
    "发展壮大脱贫地区产业，做好易地搬迁后续扶持。\n"
    "提高粮食和重要农产品供给保障能力。加强种质资源保护利用和优良品种选育推广。提高高标准农田建设标准和质量，完善灌溉设施，"
    "强化耕地保护，坚决遏制耕地“非农化”、防止“非粮化”。稳定种粮农民补贴，适度提高稻谷、小麦最低收购价。稳定粮食播种面积，提高单产和品质。"
    "多措并举扩大油料生产。稳定和发展生猪生产。\n"
)
_NEW_FARMS = (
    "（五）大力抓好农业生产，促进乡村全面振兴。\n"
    "完善和强化农业支持政策，接续推进脱贫地区发展，促进农业丰收、农民增收。\n"
    "加强粮食等重要农产品稳产保供，抓好农业生产。稳定粮食播种面积，促进大豆和油料增产。适当提高稻谷、小麦最低收购价。"
    "保障化肥等农资供应，让农民种粮有合理收益。新建1亿亩高标准农田，新建改造一批大中型灌区，改善农村生产条件。"
    "加快推进种业振兴，提高农机装备水平。启动第三次全国土壤普查。\n"
    "全面巩固拓展脱贫攻坚成果。完善落实防止返贫监测帮扶机制，确保不发生规模性返贫。支持脱贫地区发展特色产业，做好易地搬迁后续扶持。\n"
)


def _report(year: int, farms: str) -> str:
    return (f"{year}年政府工作报告\n一、{year - 1}年工作回顾\n过去一年，经济运行总体平稳，粮食产量再创新高。\n"
            f"二、{year}年政府工作任务\n（四）坚定实施扩大内需战略。稳定和扩大消费，积极扩大有效投资。\n" + farms
            + "（六）持续改善生态环境。加强污染防治和生态建设。\n")


@SCRIPTS
def test_a_paragraph_moved_up_pairs_with_its_own_predecessor_not_as_half_of_a_lead(script) -> None:
    comparison = compare(script(_report(2021, _OLD_FARMS)), script(_report(2022, _NEW_FARMS)), figures=False,
                         promises=False, expressions=False)
    pairs = {(m.old.id if m.old else None, m.new.id if m.new else None, m.relation) for m in comparison.matches
             if (m.old or m.new).id.startswith("二/(五)")}
    assert ("二/(五)/¶3", "二/(五)/¶2", None) in pairs  # -- 粮食 succeeds 粮食 --
    assert not any(relation for _, _, relation in pairs)  # -- the lead is split in no half --
    assert not any(new is None for _, new, _ in pairs)  # -- nothing of last year's farm section dropped --
