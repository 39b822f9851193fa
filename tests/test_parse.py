"""parse: the report tree, ids, roles, plan sentences; nothing is ever lost."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportdiff.errors import ParseError
from reportdiff.loaders.glosses import mend_texts
from reportdiff.models import BlockKind, MeasureKind, Role
from reportdiff.parse import chinese_numeral, detect_role, parse_text, split_sentences
from reportdiff.pipeline import compare


def _squash(text: str) -> str:
    return re.sub(r"\s", "", text)


def _joined(report) -> str:
    return "".join(block.text for block in report.blocks)


def test_seed_tree(seed_text: str) -> None:
    report = parse_text(seed_text, "seed")
    assert report.year == 2024
    assert [p.role for p in report.parts] == [Role.RESULTS, Role.SHORTCOMINGS, Role.LEADERSHIP, Role.PLANS]
    assert [s.id for s in report.parts[0].sections] == [f"一/({n})" for n in "一二三四五"]
    ids = [m.id for m in report.measures]
    assert ids[:5] == ["一/(一)/1", "一/(一)/2", "一/(一)/3", "一/(一)/4", "一/(一)/5"]
    assert "二/(一)/三是" in ids and "二/(三)/¶1" in ids
    assert ["三/一是", "三/二是", "三/三是"] == [i for i in ids if i.startswith("三/")]
    assert ["四/¶1", "四/(一)", "四/(二)", "四/(三)", "四/(四)"] == [i for i in ids if i.startswith("四/")]
    by_id = {m.id: m for m in report.measures}
    assert by_id["一/(一)/3"].title == "堅持系統觀念,推動一體化綜合監管"
    assert by_id["四/(一)"].kind is MeasureKind.HEADING
    assert by_id["四/(一)"].title == "持續推進政府職能轉變"
    assert by_id["三/二是"].kind is MeasureKind.POINT


def test_seed_plan_sentences(seed_text: str) -> None:
    report = parse_text(seed_text)
    ids = [s.id for s in report.plan_sentences]
    assert ids[:3] == ["四/¶1#1", "四/¶1#2", "四/(一)#1"]
    by_id = {s.id: s for s in report.plan_sentences}
    assert by_id["四/(一)#3"].text == "推動一體化綜合監管改革向縱深發展。"
    # -- the heading sentence of a heading-with-body block is not a plan --
    assert all("持續推進政府職能轉變" != s.text.rstrip("。") for s in report.plan_sentences)


@pytest.mark.parametrize("path_fixture", ["seed_text", "sample_text"])
def test_outline_joins_back_to_the_input(path_fixture: str, request) -> None:
    text = request.getfixturevalue(path_fixture)
    assert _squash(_joined(parse_text(text))) == _squash(text)


def test_heading_with_body_and_item_are_the_same_kind_of_measure() -> None:
    one = parse_text("一、主要举措及成效\n(三)提升行政决策法治化水平。扎实做好合法性审核。接受咨询19件。\n")
    two = parse_text("一、主要举措及成效\n（一）决策\n3．提升行政决策法治化水平。全年共审核120件。\n")
    assert one.measures[0].title == two.measures[0].title == "提升行政决策法治化水平"
    assert one.measures[0].id == "一/(三)" and two.measures[0].id == "一/(一)/3"


def test_missing_levels_and_variants() -> None:
    report = parse_text(
        "某区2025年法治政府建设年度报告\n"
        "一、区政府主要负责人履行推进法治建设第一责任人职责情况\n"
        "一是加强领导。召开会议3次。二是带头学法。\n"
        "二、主要举措及成效\n"
        "1、优化营商环境。出台措施。\n"
        "（2）深化执法改革。开展检查。\n"
        "三、下一步工作打算\n"
        "（一）健全制度。完善规范性文件管理。推进行政复议。\n"
    )
    assert report.title.startswith("某区")
    assert report.year == 2025
    assert [p.role for p in report.parts] == [Role.LEADERSHIP, Role.RESULTS, Role.PLANS]
    assert [m.id for m in report.measures] == ["一/一是", "一/二是", "二/1", "二/(2)", "三/(一)"]
    assert [s.id for s in report.plan_sentences] == ["三/(一)#1", "三/(一)#2"]


def test_unrecognised_paragraph_is_kept_and_compared() -> None:
    report = parse_text("一、存在的问题\n（一）基层短板\n我区律师业务较为集中。竞争力不强。\n")
    assert report.blocks[-1].kind is BlockKind.OTHER
    assert report.measures[-1].id == "一/(一)/¶1"


def test_points_need_sentence_starts_and_order() -> None:
    report = parse_text("一、存在的问题\n统一是基础。二是不够。一是首先。二是其次。\n")
    assert [m.kind for m in report.measures][-2:] == [MeasureKind.POINT, MeasureKind.POINT]
    assert report.measures[0].kind is MeasureKind.PARAGRAPH
    assert report.measures[0].text == "统一是基础。二是不够。"


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("一、法治政府建設主要舉措及成效", Role.RESULTS),
        ("二、存在的不足和原因", Role.SHORTCOMINGS),
        ("三、党政主要负责人履行推进法治建设第一责任人职责情况", Role.LEADERSHIP),
        ("四、2026年工作安排", Role.PLANS),
        ("四、下一步工作打算", Role.PLANS),
        ("五、其他需要报告的情况", Role.OTHER),
    ],
)
def test_roles_from_heading_words(heading: str, role: Role) -> None:
    assert detect_role(heading) is role


def test_chinese_numerals() -> None:
    assert [chinese_numeral(n) for n in (1, 10, 11, 20, 21, 99)] == ["一", "十", "十一", "二十", "二十一", "九十九"]


def test_sentences_keep_their_marks() -> None:
    assert split_sentences("甲。乙；丙") == ["甲。", "乙；", "丙"]


def test_no_structure_is_a_parse_error() -> None:
    with pytest.raises(ParseError, match="no report structure"):
        parse_text("just some words\nand more\n")


def test_hard_wrapped_text_parses_like_unwrapped(seed_text: str) -> None:
    wrapped = "\n".join(
        line[i : i + 30] for line in seed_text.splitlines() for i in range(0, max(len(line), 1), 30)
    )
    flat, folded = parse_text(seed_text), parse_text(wrapped)
    assert [m.id for m in folded.measures] == [m.id for m in flat.measures]
    assert [m.key for m in folded.measures] == [m.key for m in flat.measures]


# -- property: generated report-like text always round-trips through the outline --
_clause = st.text(alphabet=st.sampled_from(list("法治政府建设推进依法行政规范性文件复议12345%件万元，、")), min_size=1, max_size=20)
_sentence = st.builds(lambda a, b: f"{a}。{b}", _clause, st.one_of(st.just(""), _clause))
_line = st.one_of(
    st.builds(lambda n, s: f"{n}、{s}", st.sampled_from("一二三四"), _sentence),
    st.builds(lambda n, s: f"（{n}）{s}", st.sampled_from("一二三"), _sentence),
    st.builds(lambda n, s: f"{n}．{s}", st.integers(1, 12), _sentence),
    st.builds(lambda a, b: f"一是{a}二是{b}", _sentence, _sentence),
    _sentence,
    st.builds(lambda s: f"  {s}\u3000", _sentence),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_line, min_size=1, max_size=12))
def test_outline_round_trip_property(lines: list[str]) -> None:
    text = "一、主要举措及成效\n" + "\n".join(lines) + "\n"
    report = parse_text(text)
    # -- a page with several stray commas (，。 、，) is read as a mirror site's: they go (loaders.glosses) --
    assert _squash(_joined(report)) == _squash(mend_texts([text])[0])
    ids = [b.id for b in report.blocks if b.id]
    assert len(ids) == len(set(ids))


def test_item_starting_with_a_year() -> None:
    report = parse_text("一、主要举措及成效\n（一）改革\n1、2024年完成区级机构改革。\n2.5亿元资金到位。\n")
    assert [m.id for m in report.measures] == ["一/(一)/1", "一/(一)/¶1"]
    assert report.measures[1].text == "2.5亿元资金到位。"


def test_every_plan_sentence_of_points_and_items_is_kept() -> None:
    report = parse_text(
        "一、2026年工作安排\n一是健全行政执法监督机制，完善执法责任制。推动执法数字化。\n"
        "1．深化行政复议改革。推进案件繁简分流。\n（二）健全制度。完善规范。\n"
    )
    assert [(s.id, s.text) for s in report.plan_sentences] == [
        ("一/一是#1", "健全行政执法监督机制，完善执法责任制。"),
        ("一/一是#2", "推动执法数字化。"),
        # -- 深化行政复议改革。 only names the goal the sentence after it carries out: the item's
        #    title, as a heading's sentence is (a first sentence that acts or delivers is kept) --
        ("一/1#2", "推进案件繁简分流。"),
        ("一/(二)#1", "完善规范。"),
    ]


def test_word_paragraphs_are_never_joined(tmp_path) -> None:
    from reportdiff.loaders import Paragraph, RawDocument
    from reportdiff.parse import parse

    same_width = ["一、主要举措及成效"] + [f"{n}．推进第{n}项重点改革任务落实落地见效" for n in range(1, 8)]
    paragraphs = tuple(Paragraph(text, i) for i, text in enumerate(same_width, 1))
    assert len(parse(RawDocument("x.docx", paragraphs)).measures) == 7


def test_a_line_break_before_a_numbered_item_splits_the_paragraph() -> None:
    from reportdiff.loaders import Paragraph, RawDocument
    from reportdiff.parse import parse

    paragraphs = (Paragraph("一、主要举措及成效", 1, 1),
                  Paragraph("1.深化改革。办理事项12件。\n2.优化服务。完成\n审核。", 2))
    report = parse(RawDocument("x.docx", paragraphs))
    assert [(m.id, m.text) for m in report.measures] == [("一/1", "深化改革。办理事项12件。"), ("一/2", "优化服务。完成审核。")]


def test_irregularly_wrapped_lines_join() -> None:
    report = parse_text("一、2026年工作安排\n（一）健全制度。完善规范性文件\n管理。推进清理\n工作。\n（二）加强监督\n我区律师业务较为集中。\n")
    assert [(m.id, m.text) for m in report.measures] == [
        ("一/(一)", "健全制度。完善规范性文件管理。推进清理工作。"),
        ("一/(二)/¶1", "我区律师业务较为集中。"),
    ]
    assert [s.text for s in report.plan_sentences] == ["完善规范性文件管理。", "推进清理工作。", "我区律师业务较为集中。"]


def test_the_review_s_problems_and_the_closing_address_belong_to_their_part() -> None:
    """After the last section, 同时也要看到…不足 and 各位代表！让我们… speak of the whole part."""
    text = ("政府工作报告\n一、2024年工作回顾\n（一）扩大有效投资。新开工项目120个。\n（二）保障改善民生。新增就业5万人。\n"
            "同时也要看到，我们的工作还存在一些问题和不足：有效需求不足，部分企业经营困难。\n"
            "二、2025年工作任务\n（一）扩大有效投资。新开工项目130个。\n各位代表！让我们团结一心，奋力开创新局面！\n")
    report = parse_text(text)
    problems = next(m for m in report.measures if m.text.startswith("同时也要看到"))
    closing = next(m for m in report.measures if m.text.startswith("各位代表"))
    assert (problems.id, problems.section_id, problems.role.value) == ("一/¶1", None, "shortcomings")
    assert (closing.id, closing.section_id) == ("二/¶1", None)


_S2T = __import__("opencc").OpenCC("s2t").convert
_TERM_END = ("2026年江中省人民政府工作报告\n一、2025年和“十四五”时期工作回顾\n2025年是“十四五”规划收官之年。全省地区生产总值增长5.4%。\n"
             "过去一年，我们主要做了以下工作。\n（一）扩内需稳增长成效明显。社会消费品零售总额增长5.9%。\n"
             "（二）民生福祉不断增进。新增公办学位6.3万个。\n{term}\n"
             "我们也清醒看到，发展中还存在不少困难和问题：有效需求不足。\n三、2026年工作安排\n（一）坚持扩大内需。新增公办学位5万个。\n")


@pytest.mark.parametrize("convert", [str, _S2T])
@pytest.mark.parametrize("term", [
    "“十四五”时期是江中发展极不平凡的五年。五年来，全省地区生产总值年均增长5.6%，累计新增城镇就业335万人。",
    "五年来，全省地区生产总值年均增长5.6%，累计新增城镇就业335万人。",
    "过去五年，全省地区生产总值年均增长5.6%，累计新增城镇就业335万人。",
])
def test_a_term_s_review_after_the_year_s_sections_belongs_to_the_part(convert, term: str) -> None:
    """A term-end report reviews the year in sections, then the five years in a paragraph of the
    part: that paragraph is no body of the last section (民生), and its figures are no one year's."""
    report = parse_text(convert(_TERM_END.format(term=term)))
    five_years = next(m for m in report.measures if "335" in m.text)
    assert (five_years.id, five_years.section_id, five_years.role) == ("一/¶3", None, Role.RESULTS)
    assert [m.id for m in report.measures if m.section_id == "一/(二)"] == ["一/(二)"]


@pytest.mark.parametrize("convert", [str, _S2T])
def test_a_paragraph_of_a_five_year_section_stays_in_it(convert) -> None:
    """In a review whose sections are the five years' (五年来…主要做了以下工作), a section's own
    paragraph may open on 五年来 too: it stays in its section."""
    text = convert("政府工作报告\n一、过去五年工作回顾\n五年来，我们认真贯彻党中央决策部署，主要做了以下工作。\n"
                   "（一）坚持稳中求进，经济运行保持在合理区间。国内生产总值年均增长7.1%。\n"
                   "五年来，在淘汰落后产能基础上，退出钢铁产能1.7亿吨以上。\n"
                   "二、2018年工作任务\n（一）扩大有效投资。新开工项目130个。\n")
    report = parse_text(text)
    capacity = next(m for m in report.measures if "1.7" in m.text)
    assert (capacity.id, capacity.section_id) == ("一/(一)/¶1", "一/(一)")


@pytest.mark.parametrize("convert", [str, _S2T])
def test_a_numbered_item_s_first_sentence_is_a_plan(convert) -> None:
    """1.新建三所幼儿园。年内完成选址。 opens on a promise, short and without a comma as a heading
    would be: an item's first sentence is a plan like the others (a rule that took such sentences for
    titles lost 新建三所幼儿园 and 全面推行河长制, found in review), and it is judged next year."""
    old = convert("2025年青川县人民政府工作报告\n一、过去一年工作回顾\n一是城乡面貌持续改善。改造老旧小区286个。\n"
                  "二、2025年工作安排\n（一）社会事业\n1.新建三所幼儿园。年内完成选址。\n"
                  "2.全面推行河长制。各村设立河长公示牌。\n")
    report = parse_text(old)
    assert [plan.text for plan in report.plan_sentences] == [convert(sentence) for sentence in (
        "新建三所幼儿园。", "年内完成选址。", "全面推行河长制。", "各村设立河长公示牌。")]
    new = convert("2026年青川县人民政府工作报告\n一、2025年工作回顾\n一是城乡面貌持续改善。改造老旧小区300个。\n"
                  "二是社会事业加快发展。新建三所幼儿园，全面推行河长制。\n二、2026年工作安排\n（一）社会事业\n"
                  "1.新建县第二人民医院。年内完成选址。\n2.全面推行林长制。各村设立林长公示牌。\n")
    delivered = {p.plan.text for p in compare(report, parse_text(new)).promises if p.status == "delivered"}
    assert {convert("新建三所幼儿园。"), convert("全面推行河长制。")} <= delivered


_POINTS_IN_HEADINGS = (
    "北京市临溪区人民政府关于2024年法治政府建设情况的报告\n"
    "一、2024年推进法治政府建设的主要举措和成效\n"
    "（一）坚持党的领导，法治建设统筹推进有力。一是强化组织领导。召开专题会议13次。"
    "二是压实工作责任。将法治建设纳入全区绩效考核。三是深化示范创建。梳理创建任务清单96项。\n"
    "（二）聚焦营商环境，政府职能转变持续深化。全年新增市场主体2.1万户。一是深化“一件事”改革。上线场景23个。"
    "二是优化营商环境。走访企业1.8万家次。\n"
    "（三）加强执法监督。开展案卷评查，评查案卷1280卷。\n"
    "二、2025年推进法治政府建设的主要安排\n"
    "（一）健全决策机制。一是开展决策后评估。选取3项决策开展后评估。二是加强合法性审核。\n"
)


@pytest.mark.parametrize("convert", [str, _S2T])
def test_points_in_a_heading_s_body_are_measures(convert) -> None:
    """（一）坚持党的领导，…。一是…二是…: the heading is the section's, each 一是 point a measure
    of it, as when the points stand on lines of their own; text before the first point is a
    paragraph of the section. A heading whose body has no points stays one measure."""
    report = parse_text(convert(_POINTS_IN_HEADINGS))
    assert [m.id for m in report.measures] == [
        "一/(一)/一是", "一/(一)/二是", "一/(一)/三是", "一/(二)/¶1", "一/(二)/一是", "一/(二)/二是", "一/(三)",
        "二/(一)/一是", "二/(一)/二是"]
    by_id = {m.id: m for m in report.measures}
    assert by_id["一/(一)/一是"].kind is MeasureKind.POINT
    assert by_id["一/(一)/一是"].text == convert("强化组织领导。召开专题会议13次。")
    assert by_id["一/(一)/一是"].title == convert("强化组织领导")
    assert by_id["一/(一)/一是"].section_title == convert("坚持党的领导，法治建设统筹推进有力")
    assert by_id["一/(三)"].kind is MeasureKind.HEADING
    assert [s.title for s in report.parts[0].sections][:1] == [convert("坚持党的领导，法治建设统筹推进有力")]
    section_blocks = [b for b in report.blocks if b.kind is BlockKind.SECTION]
    assert [b.text for b in section_blocks] == [convert("（一）坚持党的领导，法治建设统筹推进有力。"),
                                                convert("（二）聚焦营商环境，政府职能转变持续深化。"),
                                                convert("（一）健全决策机制。")]
    assert _squash(_joined(report)) == _squash(convert(_POINTS_IN_HEADINGS))
    # -- the plans are the points' sentences; the heading summarises them and is no plan --
    assert [(s.id, s.text) for s in report.plan_sentences] == [
        ("二/(一)/一是#1", convert("开展决策后评估。")), ("二/(一)/一是#2", convert("选取3项决策开展后评估。")),
        ("二/(一)/二是#1", convert("加强合法性审核。"))]


@pytest.mark.parametrize("convert", [str, _S2T])
@pytest.mark.parametrize("lead", [
    "下一步，柳塘镇将重点做好以下工作：",
    "下一步，柳塘镇将继续深入学习贯彻习近平法治思想，重点做好以下工作：",
    "2025年，我局将坚持以习近平法治思想为指导，紧紧围绕市委、市政府中心工作，重点抓好以下几个方面：",
    "针对存在的问题，下一步拟采取如下措施：",
    "下一步工作主要是：",
])
def test_a_lead_in_announcing_the_list_is_no_plan_whatever_its_length(convert, lead: str) -> None:
    """A paragraph ending in ： that announces what follows (以下/如下/下列…, 主要是：) is the part's
    lead-in, however long: its sentence plans nothing; the points after it do."""
    text = convert(f"柳塘镇2024年法治政府建设工作情况报告\n一. 主要工作及成效\n1.加强组织领导。召开会议4次。\n"
                   f"二. 下一步工作打算\n{lead}一是推进智慧执法，配备移动执法终端10台。二是开展村规民约“回头看”。\n")
    report = parse_text(text)
    assert [s.block_id for s in report.plan_sentences] == ["二/一是", "二/二是"]


@pytest.mark.parametrize("sentence", [
    # -- a concrete task that goes on to name its contents is a plan --
    "2025年，我局将组织执法人员培训不少于4次，重点围绕以下内容开展培训并考核：",
    "下一步，我局将组织执法人员培训不少于4次，内容如下：",
])
def test_a_plan_that_ends_in_a_colon_stays_a_plan(sentence: str) -> None:
    report = parse_text(f"某局2024年法治政府建设年度报告\n一、主要举措和成效\n1.加强组织领导。召开会议4次。\n"
                        f"二、下一步工作安排\n{sentence}\n")
    assert [s.text for s in report.plan_sentences] == [sentence]


_PRINTED_PAGE = (
    "首页|无障碍|English|登录\n首页\n政务公开\n政务服务\n互动交流\n走进临江\n当前位置：首页>政务公开>政府工作报告\n"
    "2025年临江市人民政府工作报告\n发布时间：2025-01-1509:30 来源：临江市人民政府办公室 字号：[大中小] 打印\n"
    "——2025年1月8日在临江市第十七届人民代表大会第五次会议上\n市长陈晓东\n各位代表：\n"
    "现在，我代表市人民政府，向大会报告工作，请予审议。\n一、过去一年工作回顾\n"
    "2024年，全市地区生产总值增长5.6%。\n二、2025年工作安排\n（一）扩大有效投资。新开工项目130个。\n"
    "主办：临江市人民政府办公室 承办：临江市大数据中心 网站标识码：3301000001\n"
)


@pytest.mark.parametrize("convert", [str, _S2T])
def test_a_printed_web_page_s_navigation_is_no_title(convert) -> None:
    """A government page printed to PDF (or copied whole) opens on its navigation and breadcrumb
    (首页|无障碍|English, 首页 / 政务公开 …, 当前位置：首页>…) and ends on the site's footer
    (主办：… 承办：… 网站标识码：…): page furniture, kept in the outline as ``other``; the title and
    years are the report's."""
    report = parse_text(convert(_PRINTED_PAGE))
    assert report.title == convert("2025年临江市人民政府工作报告")
    assert (report.year, report.review_year, report.plan_year) == (2025, 2024, 2025)
    assert not any("网站标识码" in m.text or "當前位置" in m.text or "当前位置" in m.text for m in report.measures)
    assert _squash(_joined(report)) == _squash(convert(_PRINTED_PAGE))
    other = [b.text for b in report.blocks if b.kind is BlockKind.OTHER]
    assert other[0] == convert("首页|无障碍|English|登录") and convert("网站标识码") in other[-1]


@pytest.mark.parametrize("line", ["首页>政务公开>法治政府建设", "您的位置：首页 > 信息公开 > 规划计划", "分享到：微信 微博",
                                  "分享到：微信微博QQ空间"])
def test_a_breadcrumb_or_share_line_alone_is_furniture(line: str) -> None:
    from reportdiff.parse_header import is_furniture

    assert is_furniture(line)
    # -- a report's own sentence with a > in it is none --
    assert not is_furniture("全市地区生产总值增长率>5%，居民收入增长>6%。")
