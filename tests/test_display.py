"""The one formatter: labels, percentages, figure changes and claim checks read alike in every format."""

from __future__ import annotations

import io
import zipfile

import pytest

from reportdiff import display
from reportdiff.models import Match, Measure, MeasureKind, Role, Status
from reportdiff.render import render


@pytest.mark.parametrize(("identifier", "zh", "en"), [
    ("一/(一)/2", "一、（一）第2项", "一. (一) item 2"),
    ("一/(三)/(1)", "一、（三）第1项", "一. (三) item 1"),
    ("四/(二)#1", "四、（二）第1句", "四. (二), sentence 1"),
    ("四/¶1#2", "四、导语第2句", "四. lead, sentence 2"),
    ("二/(三)/¶2", "二、（三）第2段", "二. (三) para. 2"),
    ("三/二是", "三、二是", "三. 二是"),
    ("一/(一)/3~2", "一、（一）第3项（2）", "一. (一) item 3 (2)"),
    ("#1", "导语第1句", "preamble, sentence 1"),
])
def test_place(identifier: str, zh: str, en: str) -> None:
    assert display.place(identifier) == zh
    assert display.place(identifier, "en") == en


def _measure(identifier: str, section_title: str = "") -> Measure:
    part, _, rest = identifier.partition("/")
    section = "/".join(identifier.split("/")[:2])
    return Measure(identifier, MeasureKind.ITEM, "1.", "标题", "标题。正文", "标题。正文", part, section, section_title,
                   Role.RESULTS, 1)


def test_match_label_names_the_old_place_only_where_it_differs() -> None:
    same_section = Match(Status.MODIFIED, _measure("一/(一)/3"), _measure("一/(一)/2"), 0.574, (), "fuzzy")
    assert display.match_label(same_section) == "一、（一）第2项（原第3项）"
    other_section = Match(Status.MOVED, _measure("一/(四)/4"), _measure("一/(一)/7"), 0.79, (), "fuzzy")
    assert display.match_label(other_section) == "一、（一）第7项（原一、（四）第4项）"
    # -- the same id, another section: last year's （三） was dropped and this year's （三） is another --
    renumbered = Match(Status.MOVED, _measure("一/(三)/1"), _measure("一/(三)/3"), 0.66, (), "fuzzy")
    assert display.match_label(renumbered) == "一、（三）第3项（原一、（三）第1项）"
    assert display.match_label(renumbered, "en") == "一. (三) item 3 (was 一. (三) item 1)"
    # -- gone along with a section that became an item: （三） of last year is not this year's --
    went_along = Match(Status.MODIFIED, _measure("一/(三)/¶1", "加强行政规范性文件管理"),
                       _measure("一/(三)/3", "提升行政复议质效"), 0.71, (), "fuzzy")
    assert display.match_label(went_along) == "一、（三）第3项（原一、（三）第1段）"
    # -- one section written in the other script, its year moved on: the short form --
    same_heading = Match(Status.MODIFIED, _measure("一/(一)/3", "統籌推進2024年重點工作"),
                         _measure("一/(一)/2", "统筹推进2025年重点工作"), 0.6, (), "fuzzy")
    assert display.match_label(same_heading) == "一、（一）第2项（原第3项）"
    dropped = Match(Status.DROPPED, _measure("一/(一)/1"), None, 0.0, (), "none")
    assert display.match_label(dropped) == "原一、（一）第1项"
    assert display.similarity(same_section) == "相似度 57%"
    assert display.similarity(dropped) == ""


def test_percent_never_shows_a_changed_text_as_whole() -> None:
    assert display.percent(0.574) == "57%"
    assert display.percent(0.997, changed=True) == "99%"
    assert display.percent(1.0) == "100%"


def test_amount_in_the_unit_of_the_values() -> None:
    assert display.amount(56400, "件", signed=True, like="176.45万件") == "+5.64万件"
    assert display.amount(4700, "件", signed=True, like="14.70萬件") == "+0.47万件"
    assert display.amount(720000, "元", signed=True) == "+72万元"
    assert display.amount(0.31, "%", signed=True) == "+0.31个百分点"
    assert display.amount(0.31, "%", signed=True, lang="en") == "+0.31 pp"
    assert display.amount(93, "件", signed=True) == "+93件"


def test_seed_figures_read_the_same_in_every_format(seed_vs_sample, tmp_path) -> None:
    """+5.64万件 and +0.31个百分点 in the HTML table, the DOCX summary, Markdown and the terminal."""
    from docx import Document

    html = render(seed_vs_sample, "html")
    markdown = render(seed_vs_sample, "md")
    text = render(seed_vs_sample, "text")
    docx = Document(io.BytesIO(render(seed_vs_sample, "docx", summary=True)))
    cover = "\n".join(cell.text for table in docx.tables for row in table.rows for cell in row.cells)
    for output in (html, markdown, text, cover):
        assert "+5.64万件" in output and "+0.31个百分点" in output
        assert "不符（按数据 +29.3%）" in output
        assert "+56,400" not in output and "0.31%" not in output.replace("+0.31个百分点", "")
    # -- a rate's change has no relative change beside it; every percentage carries its % --
    rate_row = html[html.index("<td class=\"flabel\">解决率"):]
    rate_row = rate_row[: rate_row.index("</tr>")]
    assert "+0.31个百分点" in rate_row and "%</td>" not in rate_row.split("个百分点")[1]
    assert "按数据计算 +42.9<" not in html


def test_report_named_by_body_and_year(seed_vs_sample) -> None:
    assert display.report_name(seed_vs_sample.old) == "海淀区2024年法治政府建设年度报告"
    assert display.report_name(seed_vs_sample.new).startswith("海淀区2025年法治政府建设情况的报告")


def test_a_report_opening_with_its_address_is_named_by_kind_and_year() -> None:
    from reportdiff.pipeline import load_report

    text = ("各位代表：\n现在，我代表市人民政府，向大会报告工作。\n一、2024年工作回顾\n全市地区生产总值增长5.8%。\n"
            "二、2025年工作任务\n（一）扩大有效投资。新开工项目120个。\n")
    report = load_report(text)
    assert display.report_name(report) == "政府工作报告（2025年）"


def test_a_report_title_without_its_body_takes_it_from_the_occasion() -> None:
    from reportdiff.pipeline import load_report

    text = ("政府工作报告\n——2025年1月22日在云岭省第十四届人民代表大会第三次会议上\n云岭省省长  李明远\n"
            "各位代表：\n一、2024年工作回顾\n全省地区生产总值增长5.3%。\n二、2025年工作任务\n（一）扩大有效投资。\n")
    assert display.report_name(load_report(text)) == "云岭省政府工作报告（2025年）"


def test_script_converter_follows_the_new_report(seed_vs_sample) -> None:
    convert = display.script_converter(seed_vs_sample.old, seed_vs_sample.new)
    assert convert is not None and convert("170.81萬件") == "170.81万件"
    assert display.script_converter(seed_vs_sample.new, seed_vs_sample.new) is None
    back = display.script_converter(seed_vs_sample.new, seed_vs_sample.old)
    assert back is not None and back("万件") == "萬件"


def test_docx_package_is_clean(seed_vs_sample) -> None:
    data = render(seed_vs_sample, "docx", author="法制科", summary=True)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = set(package.namelist())
        app = package.read("docProps/app.xml").decode()
        core = package.read("docProps/core.xml").decode()
        rels = package.read("_rels/.rels").decode()
        footer = "".join(package.read(name).decode() for name in names if name.startswith("word/footer"))
    assert not any("thumbnail" in name for name in names) and "thumbnail" not in rels
    assert "<Application>reportdiff</Application>" in app and "Microsoft" not in app
    assert "<dc:creator>法制科</dc:creator>" in core and "海淀区2025年" in core
    assert "PAGE" in footer and "— " in footer


def test_figure_labels_of_a_traditional_report_are_shown_in_its_script() -> None:
    """Labels are read on the Simplified key; a Traditional report shows them as it writes."""
    from reportdiff.pipeline import compare
    from reportdiff.render import render

    old = "一、主要舉措和成效\n（一）提升執法質效。全年辦理行政處罰案件37件，罰沒款12.6萬元。\n"
    new = "一、主要舉措和成效\n（一）提升執法質效。全年辦理行政處罰案件45件，罰沒款15.2萬元。\n"
    comparison = compare(old, new, promises=False, expressions=False)
    for fmt in ("text", "md", "html"):
        shown = render(comparison, fmt)
        assert "罰沒款" in shown and "罚没款" not in shown, fmt


_OLD_SIMPLIFIED = ("岚溪县2024年法治政府建设年度报告\n一、2024年主要举措及成效\n"
                   "（一）为群众办实事。岚溪县为群众办理法律援助案件120件，以后继续推进。\n"
                   "二、2025年工作计划\n（一）完善为民服务机制，让群众满意。\n")
_NEW_TRADITIONAL = ("嵐溪縣2025年法治政府建設年度報告\n一、2025年主要舉措及成效\n"
                    "（一）為群眾辦實事。嵐溪縣為群眾辦理法律援助案件136件，此後繼續推進，皇后村以後也納入。\n"
                    "二、2026年工作計劃\n（一）完善為民服務機制，讓群眾滿意。\n")


def test_old_text_is_shown_in_the_forms_the_new_report_writes() -> None:
    """s2t's standard forms are not the writer's: 爲/羣衆 where the report writes 為/群眾, and a
    place's 溪 turned into 谿. Last year's words are shown as this year's report writes them; a
    character it writes two ways (后 in 皇后, 後 in 以後) is left to s2t."""
    from reportdiff.pipeline import load_report

    old, new = load_report(_OLD_SIMPLIFIED), load_report(_NEW_TRADITIONAL)
    convert, keyed = display.script_converters(old, new)
    assert convert("岚溪县为群众办理法律援助案件") == "嵐溪縣為群眾辦理法律援助案件"
    assert keyed("岚溪县群众") == "嵐溪縣群眾"
    assert convert("以后") == "以後" and convert("皇后") == "皇后"
    # -- a character the new report never writes is s2t's --
    assert convert("发展") == "發展"
