"""A report in the forms it is published in: .docx with page furniture, that .docx printed to
PDF by LibreOffice, ``pdftotext`` of the PDF, and a saved web page shaped like a government site.

Tests needing LibreOffice or pdftotext skip with the reason where they are absent.
"""

from __future__ import annotations

import html
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

from docx_builder import build_numbered_docx, split_marker


def _page_field(paragraph) -> None:
    """Append Word's PAGE field, as a footer's page number."""
    paragraph.add_run("— ")
    for xml in ('<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>',
                '<w:r %s><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
                '<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>',
                '<w:r %s><w:t>1</w:t></w:r>',
                '<w:r %s><w:fldChar w:fldCharType="end"/></w:r>'):
        paragraph._p.append(parse_xml(xml % nsdecls("w")))
    paragraph.add_run(" —")


def page_furniture(document, header: str = "") -> None:
    """A centred running ``header`` (if any) and a centred ``— N —`` page number on every page."""
    section = document.sections[0]
    if header:
        section.header.paragraphs[0].text = header
        section.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field(footer)


def build_published_docx(text: str, path: Path, *, header: str = "海淀区人民政府", indent: bool = True,
                         title_lines: int = 0) -> Path:
    """The report as a numbered .docx as offices print it: a running header, a centred
    ``— N —`` page number in the footer, body paragraphs with a two-character first-line
    indent (``indent``), and the first ``title_lines`` paragraphs centred and larger."""
    build_numbered_docx(text, path)
    document = docx.Document(str(path))
    page_furniture(document, header)
    for index, paragraph in enumerate(document.paragraphs):
        if index < title_lines:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for run in paragraph.runs:
                run.font.size = Pt(18)
        elif indent and paragraph.style.name == "Normal" and split_marker(paragraph.text) is None:
            paragraph.paragraph_format.first_line_indent = Pt(22)
    document.save(str(path))
    return path


def soffice_pdf(source: Path, outdir: Path) -> Path:
    """``source`` printed to PDF by LibreOffice (skips the test where it is not installed)."""
    return soffice_convert(source, outdir, "pdf")


def soffice_convert(source: Path, outdir: Path, target: str) -> Path:
    """``source`` saved by LibreOffice as ``target`` (pdf, doc, rtf; skips where it is not installed)."""
    binary = shutil.which("soffice") or shutil.which("libreoffice")
    if binary is None:
        pytest.skip("LibreOffice not installed: soffice/libreoffice not on PATH (.ci/run installs it)")
    profile = (outdir / "lo_profile").resolve().as_uri()
    subprocess.run([binary, f"-env:UserInstallation={profile}", "--headless", "--convert-to", target,
                    "--outdir", str(outdir), str(source)], capture_output=True, timeout=180, check=True)
    return outdir / f"{source.stem}.{target}"


def pdftotext(pdf: Path, target: Path) -> Path:
    """``pdftotext`` of ``pdf`` as users run it (reading order, no -layout)."""
    binary = shutil.which("pdftotext")
    if binary is None:
        pytest.skip("poppler-utils not installed: pdftotext not on PATH (.ci/run installs it)")
    subprocess.run([binary, "-enc", "UTF-8", str(pdf), str(target)], capture_output=True, timeout=120, check=True)
    return target


def government_page(title: str, paragraphs: list[str], *, date: str = "2025-03-28", layout: str = "p") -> str:
    """A saved page shaped like a district government's site: navigation, breadcrumbs, the
    title, an info line (日期/来源/字号/分享/打印/关闭), the article, related links, a footer.

    ``layout``: ``p`` (one <p> per paragraph, title in meta and <h1>), ``br`` (one <div> with
    <br> between indented paragraphs), ``table`` (an older table layout whose title is only
    in <title> and a <td>).
    """
    escaped = [html.escape(p) for p in paragraphs]
    if layout == "p":
        body = "\n".join(f'<p style="text-indent:2em">{p}</p>' for p in escaped)
        head_title, h1 = f'<meta name="ArticleTitle" content="{html.escape(title)}">', f'<h1 class="title">{html.escape(title)}</h1>'
    elif layout == "br":
        body = "<div>" + "<br>\n".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{p}" for p in escaped) + "</div>"
        head_title, h1 = "", f'<div class="article-title"><h2>{html.escape(title)}</h2></div>'
    else:
        body = "<table><tr><td class='content'>" + "".join(f"<p>　　{p}</p>" for p in escaped) + "</td></tr></table>"
        head_title, h1 = "", f'<table><tr><td class="bt" align="center"><b>{html.escape(title)}</b></td></tr></table>'
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{html.escape(title)}_政务公开_某区人民政府网站</title>
{head_title}
<script>var _hmt = _hmt || []; window.siteId = "1024";</script>
<style>.nav li{{display:inline}}</style></head>
<body>
<div class="top"><a href="/">无障碍</a> | <a href="/">长者模式</a> | <a href="/">English</a></div>
<div class="header"><img src="logo.png" alt="某区人民政府"><form><input name="q"><button>搜索</button></form></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li>
<li><a href="/hdjl/">互动交流</a></li><li><a href="/zjqq/">走进本区</a></li></ul>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/fzzf/">法治政府建设</a></div>
<div class="main">
{h1}
<div class="pages-date">发布时间：{date}　来源：区司法局　字号：<a>大</a> <a>中</a> <a>小</a>　分享：<a>微信</a> <a>微博</a></div>
<div class="TRS_Editor" id="zoom">
{body}
</div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/a">关于印发2025年区政府工作要点的通知</a></li>
<li><a href="/b">区司法局2024年政府信息公开工作年度报告</a></li></ul></div>
<div class="footer"><p>主办：某区人民政府办公室　承办：某区政务服务和数据管理局</p>
<p>网站标识码：1101080001　京ICP备05060933号　京公网安备 11010802017110号</p>
<p>联系电话：010-88888888　地址：某区某路1号</p></div>
</body></html>
"""


def write_in_form(text: str, path: Path, form: str) -> Path:
    """``text`` written to ``path`` as ``form``: ``txt`` as it is, ``docx`` a paragraph a line,
    ``html`` a government site's saved page (first line the title)."""
    if form == "txt":
        path.write_text(text, encoding="utf-8")
    elif form == "docx":
        document = docx.Document()
        for line in text.splitlines():
            document.add_paragraph(line)
        document.save(str(path))
    else:
        lines = [line for line in text.splitlines() if line.strip()]
        path.write_text(government_page(lines[0], lines[1:]), encoding="utf-8")
    return path


def read_alike(text: str, copied: str, tmp_path: Path, form: str):
    """Write ``text`` and its ``copied`` variant in ``form``, assert that both read as one report
    (paragraphs, parts, measures, every measure continued), and return their comparison."""
    from reportdiff.loaders import load
    from reportdiff.pipeline import compare, load_report

    clean_path = write_in_form(text, tmp_path / f"clean.{form}", form)
    copied_path = write_in_form(copied, tmp_path / f"copied.{form}", form)
    assert [p.text for p in load(copied_path).paragraphs] == [p.text for p in load(clean_path).paragraphs]
    clean, mended = load_report(clean_path), load_report(copied_path)
    assert [part.title for part in mended.parts] == [part.title for part in clean.parts]
    assert [m.text for m in mended.measures] == [m.text for m in clean.measures]
    comparison = compare(clean_path, copied_path)
    assert {m.status.value for m in comparison.matches} == {"continued"}
    return comparison


def as_mhtml(page: str, url: str = "https://www.example.gov.cn/zwgk/fzzf/202503/t20250328_1.html") -> bytes:
    """``page`` saved as a browser saves a single-file page (.mhtml, quoted-printable HTML)."""
    import quopri

    encoded = quopri.encodestring(page.encode("utf-8")).decode("ascii")
    return ("From: <Saved by Blink>\r\nSnapshot-Content-Location: " + url + "\r\n"
            "Subject: =?utf-8?Q?report?=\r\nMIME-Version: 1.0\r\n"
            'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----MultipartBoundary--x1"\r\n\r\n'
            "------MultipartBoundary--x1\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\nContent-Location: " + url + "\r\n\r\n"
            + encoded.replace("\n", "\r\n") + "\r\n\r\n------MultipartBoundary--x1--\r\n").encode("ascii")


__all__ = ["as_mhtml", "build_published_docx", "government_page", "page_furniture", "pdftotext", "soffice_convert",
           "soffice_pdf"]


#: A 政府信息公开工作年度报告 in brief, with its statutory table (rows of 第二十条 items).
DISCLOSURE_TEXT = """某区司法局{year}年政府信息公开工作年度报告
本报告依据《中华人民共和国政府信息公开条例》编制。
一、总体情况
{year}年，本局坚持以公开为常态、不公开为例外，全面推进政务公开工作。
二、主动公开政府信息情况"""
DISCLOSURE_AFTER = """三、存在的主要问题及改进情况
（一）存在的问题。政策解读形式较为单一。
（二）改进措施。丰富解读形式，提升公开质量。"""


def disclosure_table(changed: bool) -> list[list[str]]:
    """The statutory table; ``changed`` is next year's, with two cells changed."""
    return [
        ["第二十条第（一）项", "", "", ""],
        ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
        ["规章", "0", "0", "9"],
        ["行政规范性文件", "4" if changed else "3", "1", "25"],
        ["第二十条第（五）项", "", "", ""],
        ["信息内容", "本年处理决定数量", "", ""],
        ["行政许可", "1350" if changed else "1200", "", ""],
        ["第二十条第（六）项", "", "", ""],
        ["信息内容", "本年处理决定数量", "", ""],
        ["行政处罚", "560", "", ""],
        ["行政强制", "36", "", ""],
    ]


def build_disclosure_docx(path: Path, *, year: int, changed: bool) -> Path:
    """The report as .docx: text, the statutory table with merged title cells, more text."""
    document = docx.Document()
    for line in DISCLOSURE_TEXT.format(year=year).splitlines():
        document.add_paragraph(line)
    rows = disclosure_table(changed)
    table = document.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        filled = [c for c, cell in enumerate(row) if cell]
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
        if len(filled) == 1:  # -- a title row spans the table --
            table.cell(r, 0).merge(table.cell(r, 3)).text = row[0]
        elif row[2] == "" and row[1]:  # -- one figure spans the three figure columns --
            table.cell(r, 1).merge(table.cell(r, 3)).text = row[1]
    for line in DISCLOSURE_AFTER.splitlines():
        document.add_paragraph(line)
    document.save(str(path))
    return path
