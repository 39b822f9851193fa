"""What stands above and around a report's title on a government web page: the page's date
line, its toolbar, its info line (furniture, never the title or the year); the occasion line
of a 政府工作报告 written without its dash (the body it names)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportdiff.bodies import named_body
from reportdiff.corpus.discover import named
from reportdiff.display import report_name
from reportdiff.parse import is_furniture, parse_text

BODY = ("2021年，柳川县坚持依法行政，扎实推进法治政府建设，各项工作取得新成效。现将有关情况报告如下：\n"
        "一、2021年推进法治政府建设的主要举措和成效\n"
        "（一）依法全面履行政府职能\n"
        "1.深化放管服改革。全年办理审批事项4.2万件。\n"
        "二、2022年推进法治政府建设的主要安排\n"
        "一是持续优化营商环境。\n")


@pytest.mark.parametrize("header", [
    "柳川县人民政府 2022年11月8日星期二\n无障碍 简体| 繁体\n",
    "今天是：2023年4月2日 星期日 农历癸卯年闰二月十二\n",
    "今天是：2023年4月2日 星期日 農曆癸卯年閏二月十二\n無障礙 簡體｜繁體\n",
    "2019年12月3日 周二\n长者模式 | 无障碍\n",
])
def test_page_header_lines_above_the_title_are_furniture(header):
    report = parse_text(header + "柳川县2021年度法治政府建设情况报告\n" + BODY)
    assert report.title == "柳川县2021年度法治政府建设情况报告"
    assert report.year == 2021  # -- the page's date (2019, 2022, 2023) never sets it --
    assert named_body(report) == "柳川县"


@pytest.mark.parametrize("line", [
    "时间:2023-02-28 15:36 浏览量:1",
    "發布時間：2023-02-28 15:36 瀏覽量：12",
    "青禾县人民政府 2019年12月3日星期二",
    "今天是：2024年3月15日 星期五",
    "农历甲辰年二月初六",
    "无障碍 简体| 繁体",
    "簡體 | 繁體",
    "索引号:000111222/2024-00031 | 文件编号: | 发布机构:柳川县司法局 |",
    "組配分類: | 公開方式:主動公開 | 成文日期:2024-03-20 |",
    "主题分类：法治政府 发文字号：柳司发〔2024〕5号",
])
def test_page_header_line_is_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "2023年12月5日，县政府常务会议审议通过实施方案",
    "简体中文版与繁体中文版同步发布",
    "2024年1月30日在柳川县第十七届人民代表大会第四次会议上",
    "柳川县人民政府",
    "发布机构改革方案，公开方式更加多样",
])
def test_report_lines_are_no_furniture(line):
    assert not is_furniture(line)


def test_info_line_under_the_title_stays_out_of_it():
    report = parse_text("柳川县2021年度法治政府建设情况报告\n时间:2022-03-01 09:12 浏览量:37\n" + BODY)
    assert report.title == "柳川县2021年度法治政府建设情况报告"
    assert report.year == 2021


WORK = ("县长 王 立 群\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n"
        "一、{review}年工作回顾\n"
        "过去一年，较好完成了县十六届人大{held}次会议确定的目标任务。全县完成固定资产投资82.5亿元。\n"
        "二、{plan}年主要任务\n"
        "（一）扎实推进乡村振兴。新建高标准农田2万亩。\n")


def _work_report(year: int, session: str, held: str, *, dash: str = "") -> str:
    return (f"政府工作报告\n{dash}{year}年1月{10 + year % 10}日在柳川县第十六届人民代表大会第{session}次会议上\n"
            + WORK.format(review=year - 1, plan=year, held=held))


@pytest.mark.parametrize("dash", ["", "——"])
@pytest.mark.parametrize("traditional", [False, True])
def test_occasion_line_names_the_body(dash, traditional):
    import opencc

    text = _work_report(2023, "三", "二", dash=dash)
    text = opencc.OpenCC("s2t").convert(text) if traditional else text
    report = parse_text(text)
    assert named_body(report) == "柳川县"
    assert report_name(report).startswith("柳川县" if not traditional else "柳川縣")
    assert "县人民政府" not in report.title


def test_a_generic_government_is_no_body():
    # -- 我代表县人民政府 says which government only to the hall it is read in --
    report = parse_text("政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n"
                        "一、2022年工作回顾\n全县完成固定资产投资82.5亿元。\n")
    assert named_body(report) == ""
    report = parse_text("政府工作報告\n各位代表：\n現在，我代表市人民政府向大會報告工作。\n"
                        "一、2022年工作回顧\n全市完成固定資產投資82.5億元。\n")
    assert named_body(report) == ""


def test_folder_names_the_body_as_compare_does(tmp_path: Path):
    from reportdiff.corpus.commands import run_matrix

    (tmp_path / "liuchuan_2023.txt").write_text(_work_report(2023, "三", "二"), encoding="utf-8")
    (tmp_path / "liuchuan_2024.txt").write_text(_work_report(2024, "四", "三"), encoding="utf-8")
    assert named(tmp_path / "liuchuan_2023.txt") == ("liuchuan", 2023)
    matrix = run_matrix(tmp_path, use_cache=False)[0]
    assert {entry.body for entry in matrix.entries} == {"柳川县"}


def test_a_body_is_chosen_by_its_files_name_too(tmp_path: Path):
    from reportdiff.corpus.commands import run_timeline

    (tmp_path / "liuchuan_2023.txt").write_text(_work_report(2023, "三", "二"), encoding="utf-8")
    (tmp_path / "liuchuan_2024.txt").write_text(_work_report(2024, "四", "三"), encoding="utf-8")
    for chosen in ("liuchuan", "柳川县"):
        (timeline,) = run_timeline(tmp_path, body=chosen, use_cache=False)[0]
        assert timeline.body == "柳川县"


@pytest.mark.parametrize("text", [
    "2022年，我镇坚持依法行政，推进各项工作?,F将有关情况报告如下：\n",
    "2022年，我鎮堅持依法行政，推進各項工作?,F將有關情況報告如下：\n",
    "2022年，我镇坚持依法行政，推进各项工作\ufffd\ufffd将有关情况报告如下：\n",
])
def test_garbled_characters_are_said(text):
    report = parse_text("柳川镇2022年度法治政府建设情况报告\n" + text + BODY.split("\n", 1)[1])
    (warning,) = [w for w in report.warnings if w.code == "garbled"]
    assert warning.values["count"] == 1 and "工作" in warning.values["sample"]  # -- shown where it is --
    assert "1 place(s)" in warning.text("en") and "1 处乱码" in warning.text("zh")


@pytest.mark.parametrize("text", [
    "2022年，我镇坚持依法行政，推进各项工作。现将有关情况报告如下：\n",
    "如何做到执法有温度？我们探索柔性执法。现将有关情况报告如下：\n",
    "群众满意度测评采用Q&A?形式。现将有关情况报告如下：\n",
])
def test_clean_text_has_no_garbled_warning(text):
    report = parse_text("柳川镇2022年度法治政府建设情况报告\n" + text + BODY.split("\n", 1)[1])
    assert not [w for w in report.warnings if w.code == "garbled"]


@pytest.mark.parametrize("convert", [False, True])
def test_a_title_printed_again_over_the_article_is_the_header(convert):
    import opencc

    text = ("今天是：2022年3月1日 星期二\n柳川县2021年度法治政府建设情况报告\n来源:柳川县司法局 发布时间:2022-03-01 09:12\n"
            "柳川县2021年度法治政府建设情况报告\n" + BODY)
    text = opencc.OpenCC("s2t").convert(text) if convert else text
    report = parse_text(text)
    plain = parse_text(opencc.OpenCC("s2t").convert(BODY) if convert else BODY)
    assert report.title in ("柳川县2021年度法治政府建设情况报告", "柳川縣2021年度法治政府建設情況報告")
    assert report.preamble == plain.preamble


_WORK_REPORT = ("政府工作报告\n——2025年1月20日在东澜省第十四届人民代表大会第三次会议上\n东澜省省长　林国华\n各位代表：\n"
                "现在，我代表省人民政府，向大会报告工作，请予审议。\n一、2024年工作回顾\n"
                "过去一年，全省地区生产总值增长5.4%。\n（一）扩大有效需求。实施省重点项目1320个。\n"
                "二、2025年工作安排\n（一）提振消费。开展提振消费专项行动。\n")


@pytest.mark.parametrize("convert", [False, True])
def test_a_page_s_heading_over_the_article_s_own_title_reads_as_the_printed_report(tmp_path, convert):
    """A site heads the article 东澜省2025年政府工作报告, the body and year the occasion line names
    put before the report's own title: the report reads the title it has in print (.docx, PDF,
    text), and is named the same."""
    import opencc

    from published_forms import government_page
    from reportdiff.pipeline import load_report

    text = opencc.OpenCC("s2t").convert(_WORK_REPORT) if convert else _WORK_REPORT
    heading = opencc.OpenCC("s2t").convert("东澜省2025年政府工作报告") if convert else "东澜省2025年政府工作报告"
    page, plain = tmp_path / "report.html", tmp_path / "report.txt"
    page.write_text(government_page(heading, text.splitlines()), encoding="utf-8")
    plain.write_text(text, encoding="utf-8")
    saved, printed = load_report(page), load_report(plain)
    assert saved.title == printed.title == text.splitlines()[0]
    assert report_name(saved) == report_name(printed)


def test_a_page_s_heading_keeps_a_body_its_article_names_nowhere():
    """柳川县司法局 only in the page's heading (the article's title line and opening do not name
    it): the heading stays the title."""
    report = parse_text("柳川县司法局2021年度法治政府建设情况报告\n2021年度法治政府建设情况报告\n" + BODY)
    assert report.title == "柳川县司法局2021年度法治政府建设情况报告"
