"""audit30's inputs in the forms users bring them (tests/data/audit30, key.json).

A prefecture-level city's 政府工作报告: the 2025 one as a .docx whose 一、/（一） markers are Word
automatic numbering and whose section lead sentences are bold runs with the body after them in
the same paragraph; the 2026 one (closing the 十四五, opening the 十五五) printed to PDF by
LibreOffice with a running header and "— N —" page numbers. A provincial department's
法治政府建设年度报告: 2024 in 繁體 as a saved web page whose title is split over two lines
(the body's name, then the year's title) among 來源/字號/分享/打印 furniture; 2025 in 简体 as text.
"""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from docx_builder import add_abstract_num, add_num, set_numbering
from published_forms import page_furniture, soffice_pdf

DATA = Path(__file__).resolve().parent / "data" / "audit30"
_PART = re.compile(r"^([一二三四五六七八九十]+)、")
_SECTION = re.compile(r"^（([一二三四五六七八九十]+)）")


def _lead_runs(paragraph, text: str) -> None:
    """The lead sentence (up to the first 。) bold, the body after it plain, in one paragraph."""
    lead, mark, body = text.partition("。")
    paragraph.add_run(lead + mark).bold = True
    if body:
        paragraph.add_run(body)


def city_docx(text: str, path: Path, *, automatic: bool, header: str = "") -> Path:
    """The city's report as its office saves it: three centred title lines, 一、 parts bold,
    （一） sections with a bold lead sentence, other paragraphs indented two characters, a
    ``— N —`` footer and ``header`` on every page. ``automatic``: the 一、/（一） markers are Word
    numbering (w:numPr on plain paragraphs, not heading styles), else typed in the text."""
    document = docx.Document()
    num_id = None
    if automatic:
        abstract = add_abstract_num(document, [("chineseCounting", "%1、"), ("chineseCounting", "（%2）")])
        num_id = add_num(document, abstract)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for index, line in enumerate(lines):
        part, section = _PART.match(line), _SECTION.match(line)
        marked = part or section
        shown = line[marked.end():] if automatic and marked else line
        paragraph = document.add_paragraph()
        if index < 3:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.add_run(line).font.size = Pt(22 if index == 0 else 14)
            continue
        if part:
            paragraph.add_run(shown).bold = True
        elif section:
            _lead_runs(paragraph, shown)
        else:
            paragraph.add_run(line)
        if automatic and marked:
            set_numbering(paragraph, num_id, 0 if part else 1)
        else:
            paragraph.paragraph_format.first_line_indent = Pt(32)
    page_furniture(document, header)
    document.save(str(path))
    return path


def department_page(text: str) -> str:
    """A provincial department's saved page in 繁體: the first two lines of ``text`` are the
    title (the body's name over the year's title), the rest the article, amid the site's
    navigation, an info line (發布時間/來源/字號/分享/打印) and a footer."""
    lines = [line for line in text.splitlines() if line.strip()]
    body = "\n".join(f'<p style="text-indent:2em;">{html.escape(line)}</p>' for line in lines[2:])
    return f"""<!DOCTYPE html>
<html lang="zh-Hant"><head><meta charset="utf-8">
<title>法治政府建設_政務公開_{html.escape(lines[0])}</title>
<meta name="ColumnName" content="法治政府建設">
<meta name="SiteName" content="{html.escape(lines[0])}">
</head>
<body>
<div class="topbar"><a href="/">首頁</a> | <a href="/jt/">简体版</a> | <a href="/">無障礙瀏覽</a> | <a href="/">長者模式</a></div>
<div class="header"><img src="logo.png" alt="{html.escape(lines[0])}"><form><input name="q" placeholder="請輸入關鍵字"><button>搜索</button></form></div>
<ul class="nav"><li><a href="/">首頁</a></li><li><a href="/zwgk/">政務公開</a></li><li><a href="/bsfw/">辦事服務</a></li><li><a href="/hdjl/">互動交流</a></li></ul>
<div class="location">您當前的位置：<a href="/">首頁</a> &gt; <a href="/zwgk/">政務公開</a> &gt; <a href="/zwgk/fzzfjs/">法治政府建設</a></div>
<div class="article">
<div class="article-title"><h1>{html.escape(lines[0])}</h1><h2>{html.escape(lines[1])}</h2></div>
<div class="article-info"><span>發布時間：2025-03-26 10:12</span>　<span>來源：政策法規處</span>　<span>瀏覽次數：1386</span>
<span>字號：<a>大</a> <a>中</a> <a>小</a></span>　<span>分享到：<a>微信</a> <a>微博</a></span>　<a href="javascript:window.print()">打印</a></div>
<div class="article-content" id="zoom">
{body}
</div>
<div class="article-tools"><a href="javascript:window.print()">【打印本頁】</a> <a href="javascript:window.close()">【關閉窗口】</a> <a href="#">【返回頂部】</a></div>
<div class="prev-next"><p>上一篇：<a href="/a">嵐江省交通運輸廳2024年政府信息公開工作年度報告</a></p>
<p>下一篇：<a href="/b">關於公開徵求《嵐江省港口條例（修訂草案徵求意見稿）》意見的公告</a></p></div>
</div>
<div class="footer"><p>主辦單位：嵐江省交通運輸廳　網站標識碼：4300000021</p>
<p>ICP備案號：嵐ICP備05012345號-1　嵐公網安備 43010502000123號</p></div>
</body></html>
"""


def build_forms(target: Path, build: Path) -> dict[str, Path]:
    """Every input of the key in ``target``, under the name the key gives it."""
    target.mkdir(parents=True, exist_ok=True)
    build.mkdir(parents=True, exist_ok=True)
    city_docx((DATA / "shanjiang-2025.src.txt").read_text(encoding="utf-8"), target / "shanjiang-2025.docx",
              automatic=True)
    city_docx((DATA / "shanjiang-2026.src.txt").read_text(encoding="utf-8"), build / "shanjiang-2026.docx",
              automatic=False, header="杉江市第十六届人民代表大会第六次会议文件")
    soffice_pdf(build / "shanjiang-2026.docx", build).rename(target / "shanjiang-2026.pdf")
    page = department_page((DATA / "lanjiang-jtt-2024.src.txt").read_text(encoding="utf-8"))
    (target / "lanjiang-jtt-2024.html").write_text(page, encoding="utf-8")
    shutil.copy(DATA / "lanjiang-jtt-2025.txt", target / "lanjiang-jtt-2025.txt")
    return {p.name: p for p in target.iterdir()}


if __name__ == "__main__":
    import sys

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/audit30/reports")
    print(sorted(build_forms(out, out.parent / "build")))
