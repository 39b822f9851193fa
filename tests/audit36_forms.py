"""audit36's inputs in the forms users bring them (tests/data/audit36, key.json).

A prefecture-level city's 政府工作报告 (澄州市): the 2025 one as the city's office types it in
Word: title lines centred, the 一、 parts in Heading 1, the plan sections' headings alone on their
line in Heading 2, the review's （一） sections with a bold lead sentence and the body after it, the
主要预期目标 a Word table (指标 | 2024年完成 | 2025年目标), a ``— N —`` page number; the 2026
one, the first of the 十五五 (a part for the five years, a part for 2025), as copied from the city's
WeChat account: 点击蓝字 关注我们 above, 编辑/审核, 阅读原文, 在看 under it, and each paragraph
broken by the editor into short lines (at sentence ends, a long sentence at a comma).
A sub-district office's (街道办事处) 法治政府建设年度报告 in 繁體: the 2024 one as ``pdftotext``
reads a printed copy (lines wrapped at 38 characters, the office's name as a running header from
page 2, "— N —" page numbers, form feeds); the 2025 one saved from the district's site in its
繁體 version (navigation, breadcrumbs, 發布時間/來源/瀏覽次數, 字體 大中小, 打印/關閉, footer).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from audit33_forms import _lead_runs, _table_rows, printed_text
from published_forms import page_furniture

DATA = Path(__file__).resolve().parent / "data" / "audit36"
_PART = re.compile(r"^[一二三四五六七八九十]+、")
_SECTION = re.compile(r"^（[一二三四五六七八九十]+）")


def city_docx(text: str, path: Path) -> Path:
    """``text`` as the city's office types it in Word (see the module's docstring)."""
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
        elif index < 3:
            document.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif _PART.match(line):
            document.add_paragraph(line, style="Heading 1")
        elif _SECTION.match(line) and "。" not in line:
            document.add_paragraph(line, style="Heading 2")
        elif _SECTION.match(line):
            paragraph = document.add_paragraph()
            _lead_runs(paragraph, line)
            paragraph.paragraph_format.first_line_indent = Pt(32)
        else:
            document.add_paragraph(line).paragraph_format.first_line_indent = Pt(32)
    page_furniture(document)
    document.save(str(path))
    return path


def _short_lines(paragraph: str, width: int = 26) -> list[str]:
    """``paragraph`` as a WeChat editor breaks it: a line a sentence (。；：), a sentence longer
    than ``width`` broken at its first comma past the middle."""
    lines = []
    for sentence in re.findall(r"[^。；：]+[。；：]?", paragraph):
        while len(sentence) > width:
            cut = sentence.find("，", width // 2)
            if cut < 0 or cut >= len(sentence) - 1:
                break
            lines.append(sentence[:cut + 1])
            sentence = sentence[cut + 1:]
        lines.append(sentence)
    return lines


def wechat_copy(text: str) -> str:
    """``text`` as copied from the city's WeChat account (see the module's docstring)."""
    head = ["澄州发布｜2026年澄州市政府工作报告全文", "", "澄州发布 2026年01月20日 18:05 发表于江苏", "",
            "点击蓝字 关注我们", "",
            "1月20日上午，澄州市第九届人民代表大会第六次会议开幕，市长顾明远代表市人民政府作政府工作报告。全文如下：", ""]
    body = []
    for paragraph in text.splitlines():
        paragraph = paragraph.strip()
        if not paragraph:
            continue
        if len(paragraph) <= 40:
            body += [paragraph, ""]
        else:
            body += _short_lines(paragraph) + [""]
    tail = ["- END -", "", "来源：澄州市人民政府", "编辑：王倩　审核：刘峰", "", "阅读原文", "阅读 2.1万", "分享", "在看",
            "写留言"]
    return "\n".join(head + body + tail) + "\n"


def district_page(text: str) -> str:
    """``text`` saved from the district's site in its 繁體 version (first line the title)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    title, paragraphs = lines[0], "\n".join(f'<p style="text-indent:2em">{html.escape(p)}</p>' for p in lines[1:])
    return f"""<!DOCTYPE html>
<html lang="zh-Hant"><head><meta charset="utf-8">
<title>{html.escape(title)}-柳泉區人民政府</title>
<meta name="ArticleTitle" content="{html.escape(title)}">
<meta name="ColumnName" content="法治政府建設">
</head>
<body>
<div class="top"><a href="/">簡體版</a> | <a href="/">無障礙</a> | <a href="/">長者模式</a></div>
<ul class="nav"><li><a href="/">首頁</a></li><li><a href="/zwgk/">政務公開</a></li><li><a href="/zwfw/">政務服務</a></li>
<li><a href="/hdjl/">互動交流</a></li></ul>
<div class="crumb">當前位置：<a href="/">首頁</a> &gt; <a href="/zwgk/">政務公開</a> &gt; <a href="/zwgk/fzzf/">法治政府建設</a></div>
<div class="article">
<h1>{html.escape(title)}</h1>
<div class="info">發布時間：2026-01-28　來源：青溪街道辦事處　瀏覽次數：<span>1024</span>　【字體：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="article-content">
{paragraphs}
</div>
<div class="tools"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【關閉】</a></div>
</div>
<div class="footer"><p>主辦：柳泉區人民政府辦公室　網站標識碼：3201990001　蘇ICP備12345678號</p></div>
</body></html>
"""


def build_forms(target: Path, build: Path) -> dict[str, Path]:
    """Every input of the key in ``target``, under the name the key gives it."""
    target.mkdir(parents=True, exist_ok=True)
    build.mkdir(parents=True, exist_ok=True)
    city_docx((DATA / "chengzhou-2025.src.txt").read_text(encoding="utf-8"), target / "chengzhou-2025.docx")
    (target / "chengzhou-2026.txt").write_text(wechat_copy((DATA / "chengzhou-2026.src.txt").read_text(encoding="utf-8")),
                                               encoding="utf-8")
    street = (DATA / "qingxi-2024.src.txt").read_text(encoding="utf-8")
    (target / "qingxi-2024.txt").write_text(printed_text(street, "柳泉區青溪街道辦事處"), encoding="utf-8")
    (target / "qingxi-2025.html").write_text(district_page((DATA / "qingxi-2025.src.txt").read_text(encoding="utf-8")),
                                             encoding="utf-8")
    return {p.name: p for p in target.iterdir()}


if __name__ == "__main__":
    import sys

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/audit36/reports")
    print(sorted(build_forms(out, out.parent / "build")))
