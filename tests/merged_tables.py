"""Reports with merged table cells, as bodies publish them (constructed; the wording is no real report's).

- A county justice bureau's 法治政府建设年度报告 on its web site, two years: a 行政复议 and
  行政应诉 statistics table whose category cells span their rows (rowspan) and whose header
  spans two rows and two columns (案件数（件） over the two years).
- A county's 政府工作报告 as Word documents, two years: a 主要指标 table whose header cells are
  merged (指标 down two rows: vMerge; 2025年 across 目标 and 预计完成: gridSpan).

Each in either script (``convert``).
"""

from __future__ import annotations

import html
import io

from docx import Document

from published_forms import government_page

# -- (cells, spans): a cell is its text; spans maps (row, column) → (rows, columns) of a merged cell --
REVIEW_2024 = {
    "title": "青禾县司法局2024年法治政府建设年度报告",
    "before": [
        "青禾县司法局2024年法治政府建设年度报告",
        "一、2024年推进法治政府建设的主要举措和成效",
        "（一）发挥行政复议化解行政争议主渠道作用。",
        "1.全面贯彻新修订的行政复议法，县政府行政复议窗口受理申请更加便利，全年行政复议和应诉情况见下表。",
        "表2  2024年行政复议和行政应诉案件情况",
    ],
    "rows": [
        ["类别", "项目", "案件数（件）", ""],
        ["", "", "2023年", "2024年"],
        ["行政复议", "收到复议申请", "412", "468"],
        ["", "受理", "365", "421"],
        ["", "纠错", "31", "37"],
        ["行政应诉", "一审应诉", "186", "203"],
        ["", "败诉", "7", "5"],
    ],
    "spans": {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (1, 2), (2, 0): (3, 1), (5, 0): (2, 1)},
    "after": [
        "2.落实行政机关负责人出庭应诉制度，推动行政争议实质性化解。",
        "二、2025年推进法治政府建设的主要安排",
        "（一）持续深化行政复议体制改革，提升行政复议案件办理质量。",
    ],
}
# -- a year on: the year columns move on (2024年 | 2025年), 调解和解 is a new row, 纠错 reworded to
#    纠正违法或不当行政行为, 败诉 dropped and 负责人出庭应诉 added --
REVIEW_2025 = {
    "title": "青禾县司法局2025年法治政府建设年度报告",
    "before": [
        "青禾县司法局2025年法治政府建设年度报告",
        "一、2025年推进法治政府建设的主要举措和成效",
        "（一）发挥行政复议化解行政争议主渠道作用。",
        "1.全面贯彻新修订的行政复议法，县政府行政复议窗口受理申请更加便利，全年行政复议和应诉情况见下表。",
        "表2  2025年行政复议和行政应诉案件情况",
    ],
    "rows": [
        ["类别", "项目", "案件数（件）", ""],
        ["", "", "2024年", "2025年"],
        ["行政复议", "收到复议申请", "468", "503"],
        ["", "受理", "421", "455"],
        ["", "调解和解", "", "62"],
        ["", "纠错", "37", "29"],
        ["行政应诉", "一审应诉", "203", "188"],
        ["", "负责人出庭应诉", "198", "188"],
    ],
    "spans": {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (1, 2), (2, 0): (4, 1), (6, 0): (2, 1)},
    "after": [
        "2.落实行政机关负责人出庭应诉制度，负责人出庭应诉率保持100%。",
        "二、2026年推进法治政府建设的主要安排",
        "（一）持续深化行政复议体制改革，提升行政复议案件办理质量。",
    ],
}

TARGETS_2025 = {
    "paragraphs_before": [
        "云泽县2025年政府工作报告",
        "一、2024年工作回顾",
        "全县地区生产总值增长6.0%，城镇新增就业1.25万人。",
        "二、2025年主要预期目标",
        "综合考虑各种因素，全县主要指标安排如下：",
    ],
    "rows": [
        ["指标", "2024年", "", "2025年目标"],
        ["", "目标", "完成", ""],
        ["地区生产总值增长", "6.5%左右", "6.0%", "6%左右"],
        ["城镇新增就业", "1.1万人", "1.25万人", "1.1万人以上"],
        ["固定资产投资增长", "8%", "3.2%", "6%"],
        ["居民人均可支配收入增长", "与经济增长同步", "6.4%", "与经济增长同步"],
    ],
    "spans": {(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (2, 1)},
    "paragraphs_after": [
        "三、2025年重点任务",
        "（一）抓项目扩投资。",
        "1.推进县级重点项目130个以上，完成固定资产投资120亿元。",
    ],
}
TARGETS_2026 = {
    "paragraphs_before": [
        "云泽县2026年政府工作报告",
        "一、2025年工作回顾",
        "全县地区生产总值增长6.1%，城镇新增就业1.15万人。",
        "二、2026年主要预期目标",
        "综合考虑各种因素，全县主要指标安排如下：",
    ],
    "rows": [
        ["指标", "2025年", "", "2026年目标"],
        ["", "目标", "预计完成", ""],
        ["地区生产总值增长", "6%左右", "6.1%", "5.5%左右"],
        ["城镇新增就业", "1.1万人以上", "1.15万人", "1.1万人以上"],
        ["固定资产投资增长", "6%", "6.2%", "5%"],
        ["居民人均可支配收入增长", "与经济增长同步", "5.9%", "与经济增长同步"],
        ["一般公共预算收入增长", "—", "—", "3%"],
    ],
    "spans": {(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (2, 1)},
    "paragraphs_after": [
        "三、2026年重点任务",
        "（一）抓项目扩投资。",
        "1.推进县级重点项目140个以上，完成固定资产投资126亿元。",
    ],
}


def _covered(spans: dict) -> set[tuple[int, int]]:
    return {(row + down, column + across) for (row, column), (rows, columns) in spans.items()
            for down in range(rows) for across in range(columns) if down or across}


def review_page(report: dict, convert=str) -> str:
    """The 法治 report as a saved web page, its table with rowspan and colspan."""
    covered = _covered(report["spans"])
    rows = []
    for r, row in enumerate(report["rows"]):
        cells = []
        for c, text in enumerate(row):
            if (r, c) in covered:
                continue
            down, across = report["spans"].get((r, c), (1, 1))
            span = (f' rowspan="{down}"' if down > 1 else "") + (f' colspan="{across}"' if across > 1 else "")
            tag = "th" if r < 2 else "td"
            cells.append(f"<{tag}{span}>{html.escape(convert(text))}</{tag}>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    lines = [convert(line) for line in report["before"][1:]] + ["@@TABLE@@"] + [convert(line) for line in report["after"]]
    page = government_page(convert(report["title"]), lines)
    return page.replace('<p style="text-indent:2em">@@TABLE@@</p>', f"<table border='1'>{''.join(rows)}</table>")


def targets_docx(report: dict, convert=str) -> bytes:
    """The 政府工作报告 as a Word document, its table's header merged down (vMerge) and across (gridSpan)."""
    document = Document()
    for line in report["paragraphs_before"]:
        document.add_paragraph(convert(line))
    rows = report["rows"]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for (r, c), (down, across) in report["spans"].items():
        table.cell(r, c).merge(table.cell(r + down - 1, c + across - 1))
    covered = _covered(report["spans"])
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if (r, c) not in covered and text:
                table.cell(r, c).text = convert(text)
    for line in report["paragraphs_after"]:
        document.add_paragraph(convert(line))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# -- the statutory table of a 政府信息公开工作年度报告 (part 五): 行政复议 and 行政诉讼 over three
#    header rows, merged across and down, and one row of counts with no label --
_APPEALS_HEAD = [
    ["行政复议", "", "", "", "", "行政诉讼", "", "", "", "", "", "", "", "", ""],
    ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""],
    ["", "", "", "", "", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
]
_APPEALS_SPANS = {(0, 0): (1, 5), (0, 5): (1, 10), **{(1, c): (2, 1) for c in range(5)}, (1, 5): (1, 5), (1, 10): (1, 5)}


def disclosure_report(year: int, counts: list[str]) -> dict:
    """A bureau's 政府信息公开工作年度报告 with the statutory 行政复议/行政诉讼 table."""
    title = f"临川区政务服务数据管理局{year}年政府信息公开工作年度报告"
    return {
        "title": title,
        "before": [title, "一、总体情况", f"{year}年，我局坚持以公开为常态、不公开为例外，全面推进政务公开工作。",
                   "五、政府信息公开行政复议、行政诉讼情况"],
        "rows": [*_APPEALS_HEAD, counts],
        "spans": _APPEALS_SPANS,
        "after": ["六、存在的主要问题及改进情况", "主动公开的深度和广度还需拓展，下一步将加强解读回应。"],
    }
