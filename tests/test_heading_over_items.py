"""An item whose body is next year written as (1)(2) items under its heading (2.加强重点行业监管。
全年查处… → 2.加强重点行业监管。 over （1）全年查处… （2）开展…) pairs with that heading, the
heading of its level, and its items are the halves its body split into; not with the item that
carries most of its words. The mirror: items folded back into their heading's body. Either side
in either script (a 繁體 report against next year's 简体 one names the same lead phrase)."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.pipeline import compare

_T = opencc.OpenCC("s2t").convert

_BODY = ("2.加强重点行业监管。全年查处环境违法案件612件，罚没款4350万元，移送公安机关案件38件。"
         "开展涉危险废物企业专项检查，检查企业1280家次，督促整改问题隐患2160个。\n")
_ITEMS = ("2.加强重点行业监管。\n（1）全年查处环境违法案件655件，罚没款4810万元，移送公安机关案件41件。\n"
          "（2）开展涉危险废物企业专项检查，检查企业1360家次，督促整改问题隐患2310个。\n")


def _report(year: int, second: str) -> str:
    return (f"青州市生态环境局{year}年法治政府建设年度报告\n一、{year}年推进法治政府建设的主要举措和成效\n"
            "（一）严格规范公正文明执法\n1.完善执法程序。修订生态环境行政处罚裁量基准，细化裁量情形186项。\n"
            f"{second}3.提升执法人员素质。组织执法人员培训1500人次，执法人员持证率100%。\n"
            "（二）强化行政权力制约监督\n1.自觉接受监督。办理人大代表建议28件、政协提案31件。\n"
            f"二、{year + 1}年推进法治政府建设的主要安排\n（一）深化执法规范化建设。推行非现场执法，完善执法监督机制。\n")


def _pairs(comparison) -> set[tuple[str, str]]:
    return {(m.old.id, m.new.id) for m in comparison.matches if m.old and m.new}


@pytest.mark.parametrize("old_script, new_script", [(str, str), (_T, str), (_T, _T)],
                         ids=["simplified", "traditional-simplified", "traditional"])
def test_a_body_split_into_items_pairs_with_the_heading_over_them(old_script, new_script) -> None:
    comparison = compare(old_script(_report(2024, _BODY)), new_script(_report(2025, _ITEMS)),
                         figures=False, promises=False, expressions=False)
    heading = next(m for m in comparison.matches if m.new and m.new.id == "一/(一)/2")
    assert heading.old is not None and heading.old.id == "一/(一)/2"
    assert heading.new.bare
    # -- the items are the halves of the old body, not new measures --
    assert {("一/(一)/2", "一/(一)/2/(1)"), ("一/(一)/2", "一/(一)/2/(2)")} <= _pairs(comparison)


@pytest.mark.parametrize("old_script, new_script", [(str, str), (str, _T)], ids=["simplified", "simplified-traditional"])
def test_items_folded_into_the_body_pair_their_heading_with_it(old_script, new_script) -> None:
    comparison = compare(old_script(_report(2024, _ITEMS)), new_script(_report(2025, _BODY)),
                         figures=False, promises=False, expressions=False)
    body = next(m for m in comparison.matches if m.old and m.old.id == "一/(一)/2")
    assert body.new is not None and body.new.id == "一/(一)/2"
    assert {("一/(一)/2/(1)", "一/(一)/2"), ("一/(一)/2/(2)", "一/(一)/2")} <= _pairs(comparison)
