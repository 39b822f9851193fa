"""A plan for Hong Kong, Macao or Taiwan continues no review of the home economy, nor the other
way round, however many words they share (reportdiff.plan_evidence.same_side): 支持港澳改善民生
is not 保障和改善民生 at home. 粤港澳大湾区 is a mainland programme. Nor do two names that give
their own abbreviations (…伙伴关系协定(CPTPP), …伙伴关系协定(RCEP)) name one thing (same_name).
Text of our own, both scripts.
"""

from __future__ import annotations

import pytest
from opencc import OpenCC

from conftest import city_report, plan_links
from reportdiff.normalize import key as norm_key
from reportdiff.plan_evidence import same_document, same_name, same_side

_T = OpenCC("s2t").convert
SCRIPTS = pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])


@SCRIPTS
@pytest.mark.parametrize(("plan", "evidence", "shared", "same"), [
    # -- the same words, one side each --
    ("支持港澳防控疫情、发展经济。", "我们帮助企业防控疫情，复工复产有序推进。", ["防控", "疫情"], False),
    ("促进两岸经济文化交流合作，增进台湾同胞福祉。", "持续增进民生福祉。", ["福祉"], False),
    ("坚定不移贯彻“一国两制”方针。", "我们坚定不移贯彻新发展理念。", ["贯彻"], False),
    # -- the side is read in the clause holding the shared words: the home programme's clause --
    ("新冠疫情防控进入新阶段，要做好重点人群防控。", "深入推进粤港澳大湾区建设，支持港澳防控疫情。", ["防控", "疫情"], False),
    ("深入推进粤港澳大湾区建设。", "深入推进粤港澳大湾区建设，支持港澳防控疫情。", ["粤港澳", "大湾"], True),
    # -- both abroad, or both at home --
    ("支持港澳发展经济、改善民生。", "支持港澳发展经济、改善民生、防控疫情。", ["改善", "民生"], True),
    ("着力保障和改善民生。", "着力保障和改善民生，加快发展社会事业。", ["改善", "民生"], True),
])
def test_sides_of_the_shared_wording(script, plan: str, evidence: str, shared: list[str], same: bool) -> None:
    assert same_side(norm_key(script(plan)), norm_key(script(evidence)), shared) is same


REVIEW = ("我们大力发展海洋经济，建成智慧港口2个。\n"
          "我们深度参与粤港澳大湾区建设，支持港澳青年来青原创业就业，建成港澳青年创业基地2个。")
PLANS = "支持港澳发展海洋经济、建设智慧港口。深度参与粤港澳大湾区建设，推动产业协同。支持港澳青年来青原创业就业。"


@SCRIPTS
def test_a_plan_for_hong_kong_and_macao_continues_no_work_at_home(script, tmp_path) -> None:
    linked = plan_links(script(city_report(REVIEW, PLANS)), tmp_path / "report.txt")
    # -- 海洋经济, 智慧港口 shared, but the plan supports Hong Kong and Macao, the review built at home --
    assert linked[norm_key(script("支持港澳发展海洋经济、建设智慧港口。"))] == []
    # -- the Greater Bay Area is a home programme; a plan for Hong Kong and Macao youth meets its own --
    bay = norm_key(script("我们深度参与粤港澳大湾区建设，支持港澳青年来青原创业就业，建成港澳青年创业基地2个。"))
    assert linked[norm_key(script("深度参与粤港澳大湾区建设，推动产业协同。"))] == [bay]
    assert linked[norm_key(script("支持港澳青年来青原创业就业。"))] == [bay]


@SCRIPTS
@pytest.mark.parametrize(("plan", "evidence", "same"), [
    ("积极推动加入全面与进步跨太平洋伙伴关系协定（CPTPP）。", "推动区域全面经济伙伴关系协定（RCEP）生效实施。", False),
    ("高质量实施区域全面经济伙伴关系协定（RCEP）。", "推动区域全面经济伙伴关系协定（RCEP）生效实施。", True),
    # -- a name without its abbreviation on one side is read by its words --
    ("高质量实施区域全面经济伙伴关系协定。", "推动区域全面经济伙伴关系协定（RCEP）生效实施。", True),
])
def test_names_of_their_own_abbreviations(script, plan: str, evidence: str, same: bool) -> None:
    assert same_name(norm_key(script(plan)), norm_key(script(evidence)), ["伙伴关系", "协定"]) is same


@SCRIPTS
@pytest.mark.parametrize(("plan", "evidence", "same"), [
    # -- two laws of one province through one procedure: another document (audit30) --
    ("推动《岚江省港口条例》修订草案提请省人大常委会审议。", "《岚江省农村公路条例》经省人大常委会审议通过。", False),
    ("推动《岚江省港口条例》修订草案提请省人大常委会审议。", "启动《岚江省港口条例》修订工作。", True),
    # -- one document named longer or shorter on one side --
    ("制定《某县行政规范性文件管理办法》。", "《某县行政规范性文件管理实施办法》印发施行。", True),
    ("推动《岚江省道路运输条例》修订。", "《岚江省道路运输条例（修订）》经省人大常委会审议通过。", True),
    # -- a plan naming no document is read by its words --
    ("推进交通运输地方立法。", "《岚江省农村公路条例》经省人大常委会审议通过。", True),
])
def test_two_documents_named_are_two_subjects(script, plan: str, evidence: str, same: bool) -> None:
    assert same_document(norm_key(script(plan)), norm_key(script(evidence))) is same
