"""Saved web pages (.html/.htm, and .mhtml as browsers save them) → the report's paragraphs.

Government sites wrap a report in navigation, breadcrumbs, an info line (日期：… 来源：…
字号：大 中 小 分享：), print/close links, related links and a footer. lxml (which comes
with python-docx) and these rules find the body; every short heading line (一、…) must stay:

1. chrome goes: scripts, styles, forms, nav/header/footer/aside, and elements whose class or
   id names them (nav, menu, breadcrumb, footer, share, print, related …);
2. the body is the element holding most paragraph text that is not link text, narrowed
   to the deepest element still holding 80 % of it;
3. its paragraphs are its block elements' text, split at <br>; info lines, tool links
   (日期/来源/字号/分享/打印/关闭) and the printed report's page numbers (— 2 —) are dropped;
4. a data table (rows and columns of short cells) comes as rows of cells, as from .docx
   and PDF; a layout table around the text is read as text;
5. the page's title (ArticleTitle/og:title meta, the article's <h1>, else <title> before the
   site name) becomes the first paragraph unless the body already starts with it, or, for a
   <title> only, with a report's own title line (sites shorten the window's title).
"""

from __future__ import annotations

import email
import email.policy
import re
import unicodedata
from email.message import Message

from .. import lazy_re
from ..errors import LoadError
from . import Paragraph, RawDocument, table_paragraph
from .furniture import is_marked_page_number

_CHROME_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
                "iframe", "select", "button", "input", "textarea", "svg", "canvas", "object", "embed")
_CHROME_NAMES = lazy_re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumb|crumbs?|position|location|footer|foot|bottom|header|"
    r"top|topbar|banner|logo|search|share|print|tools?|related|relate|xgxx|xglj|links?|sidebar|side|"
    r"copyright|info|fbxx|wzxx|article-info|meta|pager|pagination|comment|qrcode|ewm)(?:$|[\s_-])",
    re.IGNORECASE)
_BLOCKS = frozenset(("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "table",
                     "blockquote", "section", "article", "pre", "ul", "ol", "dd", "dt", "center", "body"))
# -- the info line and tools under a government article's title --
_INFO_WORDS = ("日期", "发布日期", "發佈日期", "发布时间", "發布時間", "时间", "來源", "来源", "字号", "字號",
               "分享", "打印", "关闭", "關閉", "浏览次数", "瀏覽次數", "阅读次数", "作者", "责任编辑", "責任編輯",
               "信息来源", "发文机关", "索引号", "访问量", "点击数")
_INFO = lazy_re.compile(rf"(?:{'|'.join(_INFO_WORDS)})\s*[:：]")
_TOOLS = lazy_re.compile(r"^[\s【\[]*(?:打印本页|打印|关闭窗口|关闭|關閉|返回顶部|收藏|分享到|字号|大\s*中\s*小)[\s】\]]*$")
_TITLE_SPLIT = lazy_re.compile(r"\s*(?:_|\||｜|--|—|-\s)\s*")
# -- a body line that is a report's own title (…2023年工作总结和2024年工作计划, …年度报告): the page's
#    <title> does not go above it --
_REPORT_TITLE = lazy_re.compile(r"^[^。，,；;：:]{0,50}(?:19|20)\d{2}年[^。，,；;：:]{0,30}(?:报告|報告|总结|總結|计划|計劃|要点|要點)$")


def read_bytes(data: bytes, source: str) -> RawDocument:
    """Return the report paragraphs of a saved web page (HTML or MHTML bytes)."""
    if _is_mhtml(data):
        html = _mhtml_html(data, source)
    else:
        html = decode_html(data)
    try:
        import lxml.html
        from lxml import etree
    except ImportError:  # pragma: no cover - lxml comes with python-docx
        raise LoadError.of(source, "html_needs_lxml") from None
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        raise LoadError.of(source, "html_unreadable") from None
    title, named = _page_title(root)
    # -- a title set as two headings (the body's name in <h1>, the year's title in the <h2> under
    #    it) is read whole before the chrome goes, since the body below holds neither line --
    sequel = _title_sequel(root, title) if named and title else []
    _drop_chrome(root)
    body = _body(root)
    # -- a page made from the printed report keeps its page numbers (— 2 —) between paragraphs:
    #    furniture, as in the PDF --
    lines = [line for line in _block_lines(body)
             if not isinstance(line, str) or not (_is_info(line) or is_marked_page_number(line))] \
        if body is not None else []
    if title and (not lines or not isinstance(lines[0], str) or _squash(lines[0]) != _squash(title)) and not (
            not named and lines and isinstance(lines[0], str) and _REPORT_TITLE.search(lines[0])):
        head = [title] + [line for line in sequel if not (lines and isinstance(lines[0], str)
                                                         and _squash(lines[0]) == _squash(line))]
        lines[0:0] = head
    if not any(isinstance(line, str) and len(line) >= 20 for line in lines):
        raise LoadError.of(source, "html_no_text")
    return RawDocument(source, tuple(Paragraph(line, index) if isinstance(line, str) else table_paragraph(line[0], index, line[1])
                                     for index, line in enumerate(lines, 1)))


def decode_html(data: bytes) -> str:
    """Decode page bytes: BOM, then the charset the page declares, then UTF-8, then GB18030."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16", errors="replace")
    declared = re.search(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", data[:4096], re.IGNORECASE)
    candidates = [declared.group(1).decode("ascii").lower()] if declared else []
    for encoding in (*candidates, "utf-8", "gb18030"):
        encoding = "gb18030" if encoding in ("gb2312", "gbk", "x-gbk") else encoding
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("gb18030", errors="replace")


def _is_mhtml(data: bytes) -> bool:
    head = data[:2048].lower()
    return b"mime-version:" in head and b"multipart/related" in head


def _mhtml_html(data: bytes, source: str) -> str:
    """The page itself from an .mhtml archive (the first text/html part)."""
    message: Message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True) or b""
            charset = part.get_content_charset()
            if charset:
                try:
                    return payload.decode("gb18030" if charset in ("gb2312", "gbk") else charset)
                except (LookupError, UnicodeDecodeError):
                    pass
            return decode_html(payload)
    raise LoadError.of(source, "mhtml_no_page")


def page_title(root) -> str:
    """The article's title: ArticleTitle/og:title meta, the page's <h1>, else <title> less the site name."""
    return _page_title(root)[0]


def _page_title(root) -> tuple[str, bool]:
    """``page_title`` and whether the page names its article (a meta or an <h1>), not only the
    window's <title>, which sites often shorten (市市场监管局2023年工作总结_…网站)."""
    for name in ("ArticleTitle", "articletitle", "og:title", "title"):
        for meta in root.xpath(f'//meta[@name="{name}" or @property="{name}"]/@content'):
            if meta.strip():
                return _clean(meta), True
    for heading in root.xpath("//h1"):
        text = _clean(heading.text_content())
        if len(text) >= 6:
            return text, True
    titles = root.xpath("//title")
    if titles:
        text = _clean(titles[0].text_content())
        pieces = [piece for piece in _TITLE_SPLIT.split(text) if piece]
        return (max(pieces, key=len) if pieces else ""), False
    return "", False


def _title_sequel(root, title: str) -> list[str]:
    """The heading lines right after the <h1> that gave the page's ``title`` and go on with it:
    short <h2>–<h4> siblings without a sentence end (嵐江省交通運輸廳 / 2024年法治政府建設年度報告),
    as a printed report sets its title on two lines. None where a meta named the title."""
    heading = next((h for h in root.xpath("//h1") if _clean(h.text_content()) == title), None)
    if heading is None:
        return []
    sequel = []
    sibling = heading.getnext()
    while sibling is not None and isinstance(sibling.tag, str) and sibling.tag in ("h2", "h3", "h4"):
        text = _clean(sibling.text_content())
        if not text or len(text) > 60 or _is_info(text) or re.search(r"[。；;]$", text):
            break
        sequel.append(text)
        sibling = sibling.getnext()
    return sequel


def _drop_chrome(root) -> None:
    for element in list(root.iter(*_CHROME_TAGS)):
        _remove(element)
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or element.tag in ("html", "body"):
            continue
        names = f"{element.get('class', '')} {element.get('id', '')}"
        if names.strip() and _CHROME_NAMES.search(names) and not _holds_article(element):
            _remove(element)
    for comment in root.xpath("//comment()"):
        _remove(comment)


def _holds_article(element) -> bool:
    """A wrapper named like chrome (class="main-info") that holds long paragraphs, or much
    text that is not links (paragraphs split by <br>), is no chrome."""
    return any(len(_clean(p.text_content())) >= 60 for p in element.iter("p")) or _own_text(element) >= 500


def _remove(element) -> None:
    parent = element.getparent()
    if parent is None:
        return
    # -- keep the text after the element (its tail): it belongs to the parent --
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _own_text(element) -> int:
    """Length of the text in ``element``'s paragraphs that is not link text."""
    total = len(re.sub(r"\s", "", element.text_content()))
    links = sum(len(re.sub(r"\s", "", a.text_content())) for a in element.iter("a"))
    return total - links


def _body(root):
    """The element holding the report: most non-link text, narrowed to the deepest element
    that still holds 80 % of it."""
    body = root.find("body")
    best = body if body is not None else root
    total = _own_text(best)
    if total == 0:
        return None
    while True:
        children = [child for child in best if isinstance(child.tag, str) and child.tag in _BLOCKS]
        richest = max(children, key=_own_text, default=None)
        if richest is None or _own_text(richest) < 0.8 * total:
            return best
        best = richest


def _is_data_table(table) -> bool:
    """Rows and columns of short cells (a statutory table), not a layout table around text."""
    rows = [row for row in table.iter("tr") if _owner(row) is table]
    if len(rows) < 2 or max(len(row.xpath("./td|./th")) for row in rows) < 2:
        return False
    cells = [_clean(cell.text_content()) for row in rows for cell in row.xpath("./td|./th")]
    return max(len(cell) for cell in cells) <= 100


def _owner(row):
    parent = row.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


def _table_rows(table) -> tuple[list[list[str]], tuple[tuple[int, int, int, int], ...]]:
    """Rows of cell texts on the table's grid, and its merged cells (row, column, rows, columns):
    a cell spanning columns or rows gives "" to the grid cells it covers, as .docx and PDF
    tables do."""
    grid: list[list[str]] = []
    merged: list[tuple[int, int, int, int]] = []
    pending: dict[tuple[int, int], str] = {}  # -- (row, column) covered by a rowspan above --
    rows = [row for row in table.iter("tr") if _owner(row) is table]
    for r, row in enumerate(rows):
        cells: list[str] = []
        for cell in row.xpath("./td|./th"):
            while (r, len(cells)) in pending:
                cells.append(pending.pop((r, len(cells))))
            column = len(cells)
            span, down = _span(cell, "colspan"), min(_span(cell, "rowspan"), len(rows) - r)
            cells += [_clean(cell.text_content())] + [""] * (span - 1)
            if span > 1 or down > 1:
                merged.append((r, column, down, span))
            for extra in range(1, down):
                for offset in range(span):
                    pending[(r + extra, column + offset)] = ""
        while (r, len(cells)) in pending:
            cells.append(pending.pop((r, len(cells))))
        grid.append(cells)
    return grid, tuple(merged)


def _span(cell, attribute: str) -> int:
    value = (cell.get(attribute) or "1").strip()
    return min(max(int(value), 1), 100) if value.isdigit() else 1


def _block_lines(element) -> list:
    """The text of ``element`` as lines, a break at every block element and <br>; a data
    table comes as its rows of cells."""
    lines: list = []  # -- text lines, and tables as (rows, merged cells) --
    current: list[str] = []

    def flush() -> None:
        text = _clean("".join(current))
        if text:
            lines.append(text)
        current.clear()

    def walk(node) -> None:
        if not isinstance(node.tag, str):
            return
        if node.tag == "table" and _is_data_table(node):
            flush()
            lines.append(_table_rows(node))
            return
        block = node.tag in _BLOCKS
        if block or node.tag == "br":
            flush()
        if node.text and node.tag != "br":
            current.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                current.append(child.tail)
        if block:
            flush()

    walk(element)
    flush()
    return lines


def _is_info(line: str) -> bool:
    """An info line (日期：… 来源：… 字号：大 中 小) or a tool link (【打印本页】【关闭窗口】)."""
    if _TOOLS.match(line) or re.fullmatch(r"(?:[【\[][^】\]]{1,8}[】\]]\s*)+", line):
        return True
    if len(line) >= 120 or "。" in line:
        return False
    return len(_INFO.findall(line)) >= 2 or bool(len(line) < 40 and re.match(rf"\s*(?:{'|'.join(_INFO_WORDS)})\s*[:：]", line))


#: A line break in the page's source, with the spaces and tabs around it.
_SEGMENT_BREAK = lazy_re.compile(r"[ \t]*[\r\n][ \t\r\n]*")


def _wide(ch: str) -> bool:
    """A Chinese character or mark (East Asian wide, full- or half-width; “” and … too)."""
    width = unicodedata.east_asian_width(ch)
    return width in ("F", "W", "H") or (width == "A" and not ch.isalpha())


def _segment_break(match: re.Match[str]) -> str:
    """What a source line break shows as: nothing beside a Chinese character or mark (Word
    wraps a saved page's source between them: 以\\n上 is 以上, as CSS's segment-break rules
    render it), unless a Latin word stands on either side (Belt\\nand is two words); else a space."""
    text = match.string
    before = text[match.start() - 1] if match.start() else ""
    after = text[match.end()] if match.end() < len(text) else ""
    if not (before and after) or not (_wide(before) or _wide(after)):
        return " "
    return " " if any(ch.isalpha() and not _wide(ch) for ch in (before, after)) else ""


def _clean(text: str) -> str:
    if "\n" in text or "\r" in text:
        text = _SEGMENT_BREAK.sub(_segment_break, text)
    return re.sub(r"[ \t\r\n\u00a0\u3000]+", " ", text).strip()


def _squash(text: str) -> str:
    return re.sub(r"\s", "", text)


__all__ = ["decode_html", "page_title", "read_bytes"]
