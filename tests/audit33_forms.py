"""audit33's inputs in the forms users bring them (tests/data/audit33, key.json).

A State Council body's 法治政府建设年度报告 (国家内河航运局): the 2023 one as saved from its site
(navigation, 来源/字号/分享/打印, paragraphs indented with ``&nbsp;``, one <table> of its
行政复议 figures); the 2024 one as its office types it in Word: the title in the Title style,
the 一、 parts in Heading 1, （一） sections with a bold lead sentence and the body after it,
the 1. 2. 3. items of one section a Word numbered list (List Number, the numbers not typed) and
one table. A county's 政府工作报告 (棠溪县): the 2024 one as ``pdftotext`` gives a printed copy
(lines wrapped at 38 characters, a running header from page 2, "— N —" page numbers, form
feeds); the 2025 one in 繁體 as plain text.
"""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from published_forms import page_furniture

DATA = Path(__file__).resolve().parent / "data" / "audit33"
_PART = re.compile(r"^[一二三四五六七八九十]+、")
_SECTION = re.compile(r"^（[一二三四五六七八九十]+）")
_ITEM = re.compile(r"^\d+\.")


def _table_rows(lines: list[str]) -> list[list[str]]:
    return [line[1:].split("|") for line in lines if line.startswith("|")]


def ministry_page(text: str) -> str:
    """``text`` as the body's site saves it: the first line its title, one <p> a paragraph indented
    with four ``&nbsp;``, lines starting with ``|`` one <table> (the first row its head)."""
    lines = [line for line in text.splitlines() if line.strip()]
    title, paragraphs, table_done = lines[0], [], False
    for line in lines[1:]:
        if line.startswith("|"):
            if not table_done:
                rows = _table_rows(lines)
                cells = "\n".join("<tr>" + "".join(f'<td style="border:1px solid #000">{html.escape(c)}</td>' for c in row)
                                  + "</tr>" for row in rows)
                paragraphs.append(f'<table cellspacing="0" cellpadding="4" align="center">{cells}</table>')
                table_done = True
            continue
        paragraphs.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{html.escape(line)}</p>")
    body = "\n".join(paragraphs)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{html.escape(title)}_国家内河航运局</title>
<meta name="ArticleTitle" content="{html.escape(title)}">
<meta name="ColumnName" content="法治政府建设">
</head>
<body>
<div class="top"><a href="/">首页</a> | <a href="/">无障碍</a> | <a href="/en/">English</a></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/xxgk/">信息公开</a></li><li><a href="/zcfg/">政策法规</a></li>
<li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="/xxgk/fzzf/">法治政府建设</a></div>
<div class="content">
<h1>{html.escape(title)}</h1>
<div class="info">时间：2024-03-29&nbsp;&nbsp;来源：政策法规司&nbsp;&nbsp;字号：<a>大</a> <a>中</a> <a>小</a>&nbsp;&nbsp;分享到：<a>微信</a> <a>微博</a>&nbsp;&nbsp;<a href="javascript:window.print()">打印</a></div>
<div class="TRS_Editor">
{body}
</div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/a">国家内河航运局2023年政府信息公开工作年度报告</a></li></ul></div>
<div class="footer"><p>主办：国家内河航运局　网站标识码：bm99000001　京ICP备12345678号</p></div>
</body></html>
"""


def _lead_runs(paragraph, text: str) -> None:
    lead, mark, body = text.partition("。")
    paragraph.add_run(lead + mark).bold = True
    if body:
        paragraph.add_run(body)


def ministry_docx(text: str, path: Path) -> Path:
    """``text`` as the body's office types it in Word (see the module's docstring)."""
    document = docx.Document()
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    rows = _table_rows(lines)
    table_done = False
    for index, line in enumerate(lines):
        if line.startswith("|"):
            if not table_done:
                table = document.add_table(rows=len(rows), cols=len(rows[0]))
                table.style = "Table Grid"
                for r, row in enumerate(rows):
                    for c, cell in enumerate(row):
                        table.cell(r, c).text = cell
                table_done = True
            continue
        if index == 0:
            document.add_paragraph(line, style="Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif _PART.match(line):
            document.add_paragraph(line, style="Heading 1")
        elif _ITEM.match(line):
            document.add_paragraph(_ITEM.sub("", line, count=1), style="List Number")
        elif _SECTION.match(line):
            paragraph = document.add_paragraph()
            _lead_runs(paragraph, line)
            paragraph.paragraph_format.first_line_indent = Pt(32)
        else:
            document.add_paragraph(line).paragraph_format.first_line_indent = Pt(32)
    page_furniture(document)
    document.save(str(path))
    return path


def _wrapped(paragraph: str, width: int) -> list[str]:
    """``paragraph`` broken into lines of ``width`` half-width columns (a Chinese character two, a
    digit one; the first line two characters shorter, for its indent), never inside a run of
    digits nor before closing punctuation, as Word lays out a justified line."""
    tokens = re.findall(r"[0-9.%]+|.", paragraph)
    lines, line, used, room = [], "", 0, width - 4
    for token in tokens:
        cost = sum(1 if ord(ch) < 128 else 2 for ch in token)
        # -- closing punctuation never starts a line: it hangs at the end of the one before --
        if used + cost > room and line and token not in "，。；：、）”！？":
            lines.append(line)
            line, used, room = "", 0, width
        line, used = line + token, used + cost
    return lines + [line] if line else lines


def printed_text(text: str, header: str, *, width: int = 76, page_lines: int = 24) -> str:
    """``text`` as ``pdftotext`` reads a printed copy: every paragraph wrapped at ``width``
    half-width columns (38 Chinese characters), ``page_lines`` lines a page, the running
    ``header`` on every page but the first, "— N —" under each page, a form feed after."""
    lines = [line for paragraph in text.splitlines() if paragraph.strip()
             for line in _wrapped(paragraph.strip(), width)]
    pages = [lines[i:i + page_lines] for i in range(0, len(lines), page_lines)]
    out = []
    for number, page in enumerate(pages, 1):
        head = [header] if number > 1 else []
        out.append("\n".join(head + page + ["", f"— {number} —", ""]))
    return "\f".join(out)


def build_forms(target: Path, build: Path) -> dict[str, Path]:
    """Every input of the key in ``target``, under the name the key gives it."""
    target.mkdir(parents=True, exist_ok=True)
    build.mkdir(parents=True, exist_ok=True)
    source = (DATA / "hanghe-2023.src.txt").read_text(encoding="utf-8")
    (target / "hanghe-2023.html").write_text(ministry_page(source), encoding="utf-8")
    ministry_docx((DATA / "hanghe-2024.src.txt").read_text(encoding="utf-8"), target / "hanghe-2024.docx")
    county = (DATA / "tangxi-2024.src.txt").read_text(encoding="utf-8")
    (target / "tangxi-2024.txt").write_text(printed_text(county, "棠溪县第十八届人民代表大会第四次会议文件"),
                                            encoding="utf-8")
    shutil.copy(DATA / "tangxi-2025.txt", target / "tangxi-2025.txt")
    return {p.name: p for p in target.iterdir()}


if __name__ == "__main__":
    import sys

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/audit33/reports")
    print(sorted(build_forms(out, out.parent / "build")))
