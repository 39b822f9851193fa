"""Promises on reports written by nobody here: a province's 政府工作报告 2025→2026 and a township's
法治政府建设 report. A point's title sentence that names its aim in words of its own (激活县域经济,
守护绿水青山, 厚植为民情怀, 筑牢安全屏障) is no promise, while a duty or a brand of the body's own
(落实…职责, 转变…职能, 打响…品牌) stays one. Both scripts, through the CLI's JSON."""

from __future__ import annotations

import json

import opencc
import pytest
from click.testing import CliRunner

from reportdiff.cli import cli
from reportdiff.parse_titles import sets_a_goal

_S2T = opencc.OpenCC("s2t")
SCRIPTS = pytest.mark.parametrize("convert", [str, _S2T.convert], ids=["simplified", "traditional"])

PROVINCE_OLD = """江北省政府工作报告
——2025年1月20日在江北省第十四届人民代表大会第四次会议上
省长　林志远
各位代表：
现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员和其他列席人员提出意见。
一、2024年工作回顾
过去一年，全省地区生产总值增长5.6%，一般公共预算收入增长4.1%。
（一）产业升级步伐加快。新增规模以上工业企业420家，建成5G基站1.2万个。
（二）民生保障持续加强。新建保障性住房2100套，城镇新增就业61万人。
各位代表！过去一年取得的成绩，是省委坚强领导的结果，是全省人民团结奋斗的结果。在此，我代表省人民政府，向全省各族人民，向各民主党派、工商联和无党派人士，表示衷心感谢！
在肯定成绩的同时，我们也清醒看到存在的问题。县域经济总量偏小，部分地方生态环境保护压力较大。
二、2025年重点工作
（一）推动县域经济发展
1.激活县域经济。支持县城补齐公共服务短板，培育省级特色产业集群12个。
2.守护绿水青山。深入推进长江岸线整治，完成历史遗留矿山生态修复1.5万亩。
（二）增进民生福祉
1.厚植为民情怀。新建保障性住房3000套，新建5所幼儿园。
2.筑牢安全屏障。压实安全生产责任，完成燃气管道老化更新改造1200公里。
3.打响“江北好物”品牌。举办“江北好物”产销对接活动20场。
4.实施“十四五”规划收官攻坚行动。全面完成“十四五”规划确定的各项目标任务。
各位代表！新征程催人奋进。让我们更加紧密地团结在以习近平同志为核心的党中央周围，凝心聚力，团结奋斗，为谱写江北高质量发展新篇章而努力奋斗！
"""
PROVINCE_NEW = """江北省政府工作报告
——2026年1月18日在江北省第十四届人民代表大会第五次会议上
省长　林志远
各位代表：
现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员和其他列席人员提出意见。
一、2025年工作回顾
过去一年，全省地区生产总值增长5.3%，一般公共预算收入增长3.8%。
（一）县域经济活力增强。培育省级特色产业集群12个，县城公共服务短板加快补齐。完成历史遗留矿山生态修复1.6万亩，长江岸线整治持续推进。
（二）民生保障持续加强。建成保障性住房3100套，建成并投用5所幼儿园。完成燃气管道老化更新改造1250公里。举办“江北好物”产销对接活动23场。
（三）“十四五”规划圆满收官。“十四五”规划确定的各项目标任务全面完成。
各位代表！过去一年取得的成绩，是省委坚强领导的结果，是全省人民团结奋斗的结果。在此，我代表省人民政府，向全省各族人民，向各民主党派、工商联和无党派人士，表示衷心感谢！
在肯定成绩的同时，我们也清醒看到存在的问题。县域产业层次不高，安全生产基础仍然薄弱。
二、2026年重点工作
（一）推动县域经济发展
1.壮大县域产业。培育省级特色产业集群15个。
（二）增进民生福祉
1.提升住房保障水平。新建保障性住房2500套。
各位代表！新征程催人奋进。让我们更加紧密地团结在以习近平同志为核心的党中央周围，凝心聚力，团结奋斗，为谱写江北高质量发展新篇章而努力奋斗！
"""
TOWNSHIP_OLD = """青溪镇2024年法治政府建设年度报告
一、2024年法治政府建设主要举措及成效
（一）加强组织领导。镇党委专题研究法治政府建设工作4次，领导班子集体学法4次。
（二）规范行政执法。全年办理行政处罚案件38件，开展执法案卷评查2次。
（三）推进基层依法治理。培育“法律明白人”96名，调处矛盾纠纷152件。
二、存在的不足
一是执法人员法律素养有待提高；二是法治宣传形式较为单一。
三、2025年工作计划
一是厚植法治理念。组织领导干部旁听庭审1次，开展“八五”普法总结验收。
二是守护平安底线。排查化解矛盾纠纷150件以上，新建村级调解室3个。
三是落实法治建设第一责任人职责。镇党委每半年专题研究法治建设工作1次。
四是转变政府职能。编制镇级权责清单并向社会公布。
五是打响“枫桥青溪”调解品牌。建设镇综合调解中心。
六是激活乡村治理。完成村规民约修订11个村。
"""
TOWNSHIP_NEW = """青溪镇2025年法治政府建设年度报告
一、2025年法治政府建设主要举措及成效
（一）加强组织领导。镇党委每半年专题研究法治建设工作1次，全年共2次。组织领导干部旁听庭审1次。
（二）规范行政执法。全年办理行政处罚案件45件。镇级权责清单编制完成并向社会公布。
（三）推进基层依法治理。排查化解矛盾纠纷163件，建成村级调解室3个。镇综合调解中心建成并投入使用，“枫桥青溪”调解品牌影响持续扩大。11个村村规民约修订工作顺利完成。“八五”普法总结验收圆满收官。
二、存在的不足
一是基层法治力量仍显薄弱；二是法治宣传针对性不强。
三、2026年工作计划
一是提升依法行政水平。组织领导干部旁听庭审2次。
二是完善矛盾纠纷多元化解机制。排查化解矛盾纠纷160件以上。
"""


def promises(tmp_path, old: str, new: str) -> list[dict]:
    (tmp_path / "old.txt").write_text(old, encoding="utf-8")
    (tmp_path / "new.txt").write_text(new, encoding="utf-8")
    result = CliRunner().invoke(cli, ["compare", str(tmp_path / "old.txt"), str(tmp_path / "new.txt"),
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)["promises"]


@SCRIPTS
def test_a_title_naming_its_aim_in_words_of_its_own_is_no_promise(convert) -> None:
    for title in ("激活县域经济。", "守护绿水青山。", "厚植为民情怀。", "筑牢安全屏障。", "擦亮城市底色。",
                  "涵养文明乡风。", "加快建设现代化产业体系。", "提升综合执法能力。", "深化“放管服”改革。"):
        assert sets_a_goal(convert(title)), title
    # -- what delivers something concrete stays a plan: a count, a work or facility, a document, a
    #    deadline, a system of its own name; a duty or a brand the body bears; an act that is no aim --
    for plan in ("新建三所幼儿园。", "建设镇综合调解中心。", "加快建设青川机场。", "完善《村规民约》。", "年底前提升审批效率。",
                 "推进河长制。", "落实法治建设第一责任人职责。", "压实安全生产责任。", "转变政府职能。",
                 "打响“枫桥青溪”调解品牌。", "实施“十四五”规划收官攻坚行动。", "开展规范性文件清理。"):
        assert not sets_a_goal(convert(plan)), plan
    # -- a clause or a figure makes more than a title --
    assert not sets_a_goal(convert("激活县域经济，壮大特色产业。")) and not sets_a_goal(convert("守护绿水青山1.5万亩。"))


@SCRIPTS
def test_titles_of_a_township_plan_are_untracked_and_its_duties_tracked(tmp_path, convert) -> None:
    tracked = {p["plan"]["text"]: p["status"] for p in promises(tmp_path, convert(TOWNSHIP_OLD), convert(TOWNSHIP_NEW))}
    for title in ("厚植法治理念。", "守护平安底线。", "激活乡村治理。"):
        assert convert(title) not in tracked
    # -- the sentences after them are the plans, each judged --
    assert tracked[convert("排查化解矛盾纠纷150件以上，新建村级调解室3个。")] == "delivered"
    assert tracked[convert("完成村规民约修订11个村。")] == "delivered"
    # -- a duty and a brand stay promises of their own --
    for duty in ("落实法治建设第一责任人职责。", "转变政府职能。", "打响“枫桥青溪”调解品牌。"):
        assert convert(duty) in tracked
    assert tracked[convert("打响“枫桥青溪”调解品牌。")] == "delivered"


@SCRIPTS
def test_titles_of_a_provinces_plan_items_are_untracked(tmp_path, convert) -> None:
    texts = [p["plan"]["text"] for p in promises(tmp_path, convert(PROVINCE_OLD), convert(PROVINCE_NEW))]
    for title in ("激活县域经济。", "守护绿水青山。", "厚植为民情怀。", "筑牢安全屏障。"):
        assert convert(title) not in texts
    # -- a named campaign is a plan (its words are no aim): tracked --
    assert convert("实施“十四五”规划收官攻坚行动。") in texts


CITY_OLD = """江州市政府工作报告
一、2024年工作回顾
过去一年，全市地区生产总值增长5.1%。
（一）城市建设提速。改造老旧小区120个。
二、2025年重点工作
（一）推进城市更新。建成滨江东路。建成城市大脑二期。建成市民健身中心。
"""
CITY_NEW = """江州市政府工作报告
一、2025年工作回顾
过去一年，全市地区生产总值增长5.0%。
（一）城市功能提升。加快推进滨江东路建设，全线工程如期完成。城市大脑二期建设推进有力，全面完成。市民健身中心主体完工。
二、2026年重点工作
（一）推进城市更新。改造老旧小区100个。
"""


@SCRIPTS
def test_what_a_review_says_was_built_or_finished_delivers_the_plan_to_build_it(tmp_path, convert) -> None:
    found = {p["plan"]["text"]: p for p in promises(tmp_path, convert(PROVINCE_OLD), convert(PROVINCE_NEW))}
    # -- 新建…3000套 / 新建5所 by 建成…3100套 / 建成并投用5所: built in the year, as planned or more --
    built = found[convert("新建保障性住房3000套，新建5所幼儿园。")]
    assert built["status"] == "delivered"
    assert [e["sentence"] for e in built["evidence"]] == [convert("建成保障性住房3100套，建成并投用5所幼儿园。")]
    found = {p["plan"]["text"]: p for p in promises(tmp_path, convert(CITY_OLD), convert(CITY_NEW))}
    # -- 如期完成 / 全面完成 declare the work finished, however its course is told --
    assert found[convert("建成滨江东路。")]["status"] == "delivered"
    assert found[convert("建成城市大脑二期。")]["status"] == "delivered"
    # -- a campaign about a thing named in quotes, by the review declaring that thing finished, however
    #    little else the two share; a thing not declared finished is no evidence --
    found = {p["plan"]["text"]: p for p in promises(tmp_path, convert(PROVINCE_OLD), convert(PROVINCE_NEW))}
    campaign = found[convert("实施“十四五”规划收官攻坚行动。")]
    assert campaign["status"] == "delivered"
    assert [e["sentence"] for e in campaign["evidence"]] == [convert("“十四五”规划圆满收官。")]
    unfinished = promises(tmp_path, convert(PROVINCE_OLD), convert(PROVINCE_NEW).replace(
        convert("（三）“十四五”规划圆满收官。“十四五”规划确定的各项目标任务全面完成。"),
        convert("（三）“十四五”规划实施总体顺利。")))
    assert {p["status"] for p in unfinished if p["plan"]["text"] == convert("实施“十四五”规划收官攻坚行动。")} \
        == {"not_reported"}
    found = {p["plan"]["text"]: p for p in promises(tmp_path, convert(CITY_OLD), convert(CITY_NEW))}
    # -- a work only topped out is still under way --
    gym = found[convert("建成市民健身中心。")]
    assert gym["status"] == "not_reported" and gym.get("under_way") is True


@SCRIPTS
def test_a_figure_built_in_the_year_is_told_from_a_stock(convert) -> None:
    from reportdiff.figures_extract import built_in_the_year, extract_figures

    built = extract_figures(convert("建成保障性住房3100套，建成并投用5所幼儿园，全年竣工安置房800套。"))
    assert [f.built for f in built] == [True, True, True]
    held = extract_figures(convert("累计建成5G基站1.2万个，已建成村级调解室3个，共建成公园12个，新建幼儿园2所。"))
    assert [f.built for f in held] == [False, False, False, False]
    # -- the helper reads the Simplified key, as extraction gives it --
    assert built_in_the_year("交付") and not built_in_the_year("主体完工") and not built_in_the_year("已建成")


# -- a province's report whose address paragraphs are reworded from one year to the next, and whose
#    review thanks inside a paragraph of results --
CLOSING_OLD = PROVINCE_OLD.replace(
    "4.实施“十四五”规划收官攻坚行动。", "4.支持民营企业发展。帮助民营企业纾困解难。\n5.实施“十四五”规划收官攻坚行动。")
THANKED_NEW = PROVINCE_NEW.replace(
    "（三）“十四五”规划圆满收官。",
    "（三）县域营商环境持续优化。新设经营主体8.2万户。在此，向支持民营企业发展的各界人士表示诚挚感谢！\n"
    "（四）“十四五”规划圆满收官。").replace(
    "各位代表！新征程催人奋进。让我们更加紧密地团结在以习近平同志为核心的党中央周围，凝心聚力，团结奋斗，"
    "为谱写江北高质量发展新篇章而努力奋斗！",
    "奋斗铸就辉煌，实干赢得未来。我们要勇毅前行，为建设美丽江北而不懈奋斗！")


@SCRIPTS
def test_an_address_thanks_or_closing_call_is_ceremonial(convert) -> None:
    from reportdiff.ceremonial import is_ceremonial, is_ceremonial_sentence

    for text in ("各位代表！", "各位代表！过去一年取得的成绩，是省委坚强领导的结果，是全省人民团结奋斗的结果。"
                 "在此，我代表省人民政府，向全省各族人民，表示衷心感谢！",
                 "这些年取得的成就，是全市人民团结奋斗的结果。我代表市人民政府，向全市人民致以崇高敬意！",
                 "奋斗铸就辉煌，实干赢得未来。我们要更加紧密地团结在以习近平同志为核心的党中央周围，为建设美丽江州而不懈奋斗！",
                 "各位代表！新征程催人奋进。让我们凝心聚力，为谱写江北高质量发展新篇章而努力奋斗！"):
        assert is_ceremonial(convert(text)), text
    # -- a plan that ends on its aim, a figure before a call, a review that only mentions thanks
    #    among its work: no ceremony --
    for text in ("推动高质量发展，奋力谱写江北新篇章。", "全年新建保障性住房3000套，让我们为此而奋斗！",
                 "全面完成“十四五”规划确定的各项目标任务。感谢信息全部按时回复。"):
        assert not is_ceremonial(convert(text)), text
    assert is_ceremonial_sentence(convert("在此，向支持县域经济发展的各界人士表示诚挚感谢！"))


@SCRIPTS
def test_ceremonial_paragraphs_are_no_plans_no_evidence_and_no_news(tmp_path, convert) -> None:
    from reportdiff import compare
    from reportdiff.corpus.check import new_measures
    from reportdiff.pipeline import load_report

    report = load_report(convert(CLOSING_OLD))
    ceremonial = [m for m in report.measures if m.ceremonial]
    # -- the thanks in the review and the closing call in the plans, both kept in the tree --
    assert [m.role.value for m in ceremonial] == ["results", "plans"]
    closing = {p.text for p in report.plan_sentences if p.block_id == ceremonial[1].id}
    assert closing and all(p.framing for p in report.plan_sentences if p.block_id == ceremonial[1].id)
    found = promises(tmp_path, convert(CLOSING_OLD), convert(THANKED_NEW))
    assert not any(text in p["plan"]["text"] for p in found for text in closing)
    # -- no thanks sentence, whole paragraph or inside a result, is ever the evidence of a promise --
    said = [e["sentence"] for p in found for e in p.get("evidence") or []]
    assert said and not any(convert("感谢") in sentence for sentence in said)
    # -- 支持民营企业发展 is reported by no result: the thanks to those who 支持民营企业发展 is none --
    assert {p["status"] for p in found if p["plan"]["text"] == convert("支持民营企业发展。")} == {"not_reported"}
    # -- the rewritten closing is shown (new, its text in the redline), but check lists no new measure --
    data = json.loads(CliRunner().invoke(cli, ["compare", str(tmp_path / "old.txt"), str(tmp_path / "new.txt"),
                                               "--format", "json"]).output)
    shown = {m["status"]: m for m in data["measures"] if m.get("ceremonial")}
    assert convert("不懈奋斗") in shown["new"]["new"]["text"] and shown["new"]["diff"]
    assert convert("努力奋斗") in shown["dropped"]["old"]["text"]
    comparison = compare(str(tmp_path / "old.txt"), str(tmp_path / "new.txt"))
    listed = new_measures(comparison)
    assert listed and not any(m.ceremonial for m in listed)
