"""audit27b's inputs in the forms users bring them (tests/data/audit27b, key.json): a department's
report as a published .docx carrying Word's table of contents (a content control of toc 1/toc 2
paragraphs with tab leaders and PAGEREF fields) and the next year's printed to PDF by LibreOffice;
a street office's report as plain text (繁體) and the next year's as a saved WeChat article."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from published_forms import build_published_docx, soffice_pdf

DATA = Path(__file__).resolve().parent / "data" / "audit27b"
_PART = re.compile(r"^[一二三四五六七八九十]+、")
_SECTION = re.compile(r"^（[一二三四五六七八九十]+）")


def add_word_contents(path: Path, entries: list[tuple[int, str, int]], *, after: int = 0) -> Path:
    """Insert Word's generated contents after paragraph ``after``: a w:sdt (docPartGallery
    "Table of Contents") holding 目录 and one ``toc N`` paragraph per (level, text, page), each a
    tab-leader entry with a PAGEREF field as Word writes them."""
    document = docx.Document(str(path))
    for level in (1, 2):
        if f"toc {level}" not in [s.name for s in document.styles]:
            document.styles.add_style(f"toc {level}", WD_STYLE_TYPE.PARAGRAPH)
    ids = {s.name: s.style_id for s in document.styles}
    rows = ['<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>目  录</w:t></w:r></w:p>']
    for n, (level, text, page) in enumerate(entries):
        anchor = f"_Toc1800{n:04d}"
        rows.append(
            f'<w:p><w:pPr><w:pStyle w:val="{ids[f"toc {level}"]}"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8296"/></w:tabs></w:pPr>'
            f'<w:hyperlink w:anchor="{anchor}" w:history="1"><w:r><w:t xml:space="preserve">{html.escape(text)}</w:t></w:r>'
            '<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> PAGEREF {anchor} \\h </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{page}</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>')
    sdt = parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
        f'<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>{"".join(rows)}</w:sdtContent></w:sdt>')
    document.paragraphs[after]._p.addnext(sdt)
    document.save(str(path))
    return path


def contents_of(text: str) -> list[tuple[int, str, int]]:
    """The parts and sections of ``text`` as contents entries with made-up pages."""
    entries, page = [], 1
    for line in text.splitlines():
        if _PART.match(line):
            entries.append((1, line, page))
            page += 1
        elif _SECTION.match(line) and len(line) < 30:
            entries.append((2, line, page))
    return entries


def wechat_article(text: str, account: str = "柳塘街道") -> str:
    """A saved WeChat article: the first line the title; part headings bold and blue, a short line
    without a sentence end a bold unnumbered subheading, other lines body paragraphs; the
    account's furniture around them."""
    lines = [line for line in text.splitlines() if line.strip()]
    title = html.escape(lines[0])
    body = []
    for line in lines[1:]:
        esc = html.escape(line)
        if _PART.match(line):
            body.append(f'<section style="margin: 16px 0px;"><p><strong><span style="color: rgb(30, 111, 217);font-size: 17px;">{esc}</span></strong></p></section>')
        elif len(line) <= 20 and not line.endswith(("。", "：", "；")) and not re.match(r"^\d{4}年\d", line):
            body.append(f'<p style="text-align: center;"><strong><span style="font-size: 16px;">{esc}</span></strong></p>')
        else:
            body.append(f'<p style="text-indent: 2em;line-height: 1.75em;"><span style="font-size: 15px;">{esc}</span></p>')
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta property="og:title" content="{title}">
<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzI3ODk5MDEyMw==&amp;mid=2247501234&amp;idx=2">
<title>{title}</title>
<script>var msg_title = "{title}";</script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page">
<div class="rich_media_area_primary"><div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title" id="activity-name">{title}</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">柳塘街道辦事處</span>
<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">{account}</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2026-01-20 17:45</em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">發表於<span id="js_ip_wording">浙江</span></em>
</div>
<div class="rich_media_content js_underline_content" id="js_content">
<section style="text-align: center;"><p><span style="color: rgb(0, 128, 255);"><strong>點擊藍字</strong></span></p>
<p><span style="color: rgb(0, 128, 255);">關注我們</span></p></section>
<p style="text-align: center;"><strong><span style="font-size: 18px;">{title}</span></strong></p>
{chr(10).join(body)}
<p style="text-align: center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/qr/640?wx_fmt=png"></p>
<p style="text-align: center;"><span style="font-size: 12px;">來源：柳塘街道綜合辦</span></p>
<p style="text-align: center;"><span style="font-size: 12px;">編輯：陳曉　審核：林峰</span></p>
<p style="text-align: center;"><strong>往期推薦</strong></p>
<p><a href="https://mp.weixin.qq.com/s/abc">柳塘街道召開2026年度全面依法治街工作會議</a></p>
</div>
<div id="js_tags"><a>#法治政府建設</a></div>
<div class="rich_media_tool"><a id="js_view_source">閱讀原文</a> <span id="readNum3">閱讀 1243</span>
<span>分享</span> <span>收藏</span> <span>點贊</span> <span>在看</span></div>
<div class="qr_code_pc"><p>微信掃一掃<br>關注該公眾號</p></div>
<div id="js_cmt_area"><span>寫留言</span></div>
</div></div></body></html>
"""


def build_forms(target: Path, build: Path) -> dict[str, Path]:
    """Every input of the key in ``target``, under the name the key gives it."""
    target.mkdir(parents=True, exist_ok=True)
    build.mkdir(parents=True, exist_ok=True)
    old = (DATA / "lincao-2024.src.txt").read_text(encoding="utf-8")
    docx_path = build_published_docx(old, target / "lincao-2024.docx", header="云岭省林业和草原局", title_lines=1)
    add_word_contents(docx_path, contents_of(old))
    new = (DATA / "lincao-2025.src.txt").read_text(encoding="utf-8")
    build_published_docx(new, build / "lincao-2025.docx", header="云岭省林业和草原局", title_lines=1)
    soffice_pdf(build / "lincao-2025.docx", build).rename(target / "lincao-2025.pdf")
    for name in ("liutang-2024.txt", "lincao-zcfgc-2025.txt"):
        shutil.copy(DATA / name, target / name)
    page = wechat_article((DATA / "liutang-2025.src.txt").read_text(encoding="utf-8"))
    (target / "liutang-2025.html").write_text(page, encoding="utf-8")
    return {p.name: p for p in target.iterdir()}


if __name__ == "__main__":
    import sys

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/audit27b/reports")
    print(sorted(build_forms(out, out.parent / "build")))
