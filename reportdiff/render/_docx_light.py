"""The default Word redline without python-docx: a cached blank document, the body in lxml.

Importing python-docx and restyling its template cost more than the rest of a short DOCX
run (about 60 ms to import, 15 ms to open and restyle, and every class of its element
model). The blank document of a redline is always the same: ``new_document`` with GB/T 9704
typography, the page-number footer, the cleaned package. It is built once with python-docx
and cached as its saved parts (beside the dictionary cache, keyed by the code that builds it
and python-docx's template). A run parses only the small document, comments and core
parts, adds paragraphs, runs and comments with lxml exactly as python-docx adds them, and
writes the parts in python-docx's order. ``LightDocument`` offers the few Document,
Paragraph and Run calls the redline writer makes; a template or a cover page (which use
python-docx's styles and tables) still go through python-docx. Tests compare both writers.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import marshal
import zipfile
import zlib
from functools import lru_cache
from pathlib import Path

from lxml import etree

from reportdiff.cache_dir import cache_root, write_cache
from reportdiff.render._revisions import new_element, qn, set_paragraph_style

# -- python-docx's parser settings (docx.oxml.parser): the parts parse and serialise the same --
_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False)
_DOCUMENT, _COMMENTS, _CORE = "word/document.xml", "word/comments.xml", "docProps/core.xml"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# -- the comment python-docx starts every comment from (docx.oxml.comments.CT_Comments.add_comment) --
_COMMENT = (f'<w:comment xmlns:w="{_W}" w:id="{{id}}" w:author=""><w:p><w:pPr><w:pStyle w:val="CommentText"/>'
            '</w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r></w:p>'
            '</w:comment>')
_CORE_TAGS = {
    "title": "{http://purl.org/dc/elements/1.1/}title",
    "subject": "{http://purl.org/dc/elements/1.1/}subject",
    "author": "{http://purl.org/dc/elements/1.1/}creator",
    "last_modified_by": "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}lastModifiedBy",
    "comments": "{http://purl.org/dc/elements/1.1/}description",
    "keywords": "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}keywords",
    "language": "{http://purl.org/dc/elements/1.1/}language",
    "revision": "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}revision",
    "created": "{http://purl.org/dc/terms/}created",
    "modified": "{http://purl.org/dc/terms/}modified",
}
_RUN_TEXT = {qn("w:t"): None, qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n"}


class LightRun:
    """A ``w:r`` as python-docx's Run shows it to the redline writer."""

    __slots__ = ("_r",)

    def __init__(self, r) -> None:
        self._r = r

    @property
    def text(self) -> str:
        return "".join((child.text or "") if (mark := _RUN_TEXT.get(child.tag, "")) is None else mark
                       for child in self._r)


class LightParagraph:
    """A ``w:p`` as python-docx's Paragraph shows it to the redline writer."""

    __slots__ = ("_p",)

    def __init__(self, p) -> None:
        self._p = p

    @property
    def runs(self) -> list[LightRun]:
        return [LightRun(r) for r in self._p.iterchildren(qn("w:r"))]

    def add_run(self, text: str | None = None) -> LightRun:
        r = new_element(self._p, "w:r")
        self._p.append(r)
        if text:
            _append_text(r, text)
        return LightRun(r)


class LightComment:
    __slots__ = ("element",)

    def __init__(self, element) -> None:
        self.element = element


class _CoreProperties:
    """The core properties ``set_core_properties`` sets, written into the cached core part."""

    def __init__(self, root) -> None:
        object.__setattr__(self, "_root", root)

    def __setattr__(self, name: str, value) -> None:
        element = self._root.find(_CORE_TAGS[name])
        if isinstance(value, dt.datetime):
            value = value.strftime("%Y-%m-%dT%H:%M:%SZ")
        element.text = str(value)


class LightDocument:
    """The cached blank redline document, grown with paragraphs and comments."""

    def __init__(self, blank: dict) -> None:
        self._blank = blank
        parts = dict(blank["plain"])
        self.element = etree.fromstring(parts[_DOCUMENT], _PARSER)
        self._body = self.element.find(qn("w:body"))
        self._end = self._body.find(qn("w:sectPr"))
        self._core = etree.fromstring(parts[_CORE], _PARSER)
        self.core_properties = _CoreProperties(self._core)
        self._comments = None
        self._next_comment = 0
        self.heading_styles = {name: _Style(style_id) for name, style_id in blank["styles"].items()}

    @property
    def paragraphs(self) -> list[LightParagraph]:
        return [LightParagraph(p) for p in self._body.iterchildren(qn("w:p"))]

    def add_paragraph(self, text: str = "") -> LightParagraph:
        p = new_element(self._body, "w:p")
        if self._end is not None:
            self._end.addprevious(p)
        else:
            self._body.append(p)
        paragraph = LightParagraph(p)
        if text:
            paragraph.add_run(text)
        return paragraph

    def add_comment(self, runs, text: str = "", author: str = "", initials: str | None = "") -> LightComment:
        """Anchor a comment on ``runs`` (a run or a sequence: the first and the last count)."""
        runs = [runs] if isinstance(runs, LightRun) else runs
        if self._comments is None:
            self._comments = etree.fromstring(dict(self._blank["commented"])[_COMMENTS], _PARSER)
        comment_id = self._next_comment
        self._next_comment += 1
        element = etree.fromstring(_COMMENT.format(id=comment_id), _PARSER)
        self._comments.append(element)
        element.set(qn("w:author"), author)
        if initials is not None:
            element.set(qn("w:initials"), initials)
        element.set(qn("w:date"), dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))
        if text:
            lines = text.split("\n")
            LightParagraph(element[0]).add_run(lines[0])
            for line in lines[1:]:
                p = new_element(element, "w:p")
                element.append(p)
                if line:
                    LightParagraph(p).add_run(line)
                set_paragraph_style(p, "CommentText")
        first, last = runs[0]._r, runs[-1]._r
        first.addprevious(new_element(first, "w:commentRangeStart", {qn("w:id"): str(comment_id)}))
        reference = new_element(last, "w:r")
        style = new_element(reference, "w:rPr")
        style.append(new_element(style, "w:rStyle", {qn("w:val"): "CommentReference"}))
        reference.append(style)
        reference.append(new_element(reference, "w:commentReference", {qn("w:id"): str(comment_id)}))
        last.addnext(reference)
        last.addnext(new_element(last, "w:commentRangeEnd", {qn("w:id"): str(comment_id)}))
        return LightComment(element)

    @property
    def deflated(self) -> dict[str, tuple[int, int, bytes]]:
        """The unchanged parts of the blank document, compressed when it was cached."""
        return self._blank["deflated"]

    def parts(self) -> list[tuple[str, bytes]]:
        """The package parts in python-docx's order, this document's body, comments and properties in."""
        written = {_DOCUMENT: self.element, _CORE: self._core}
        if self._comments is not None:
            written[_COMMENTS] = self._comments
        return [(name, etree.tostring(written[name], encoding="UTF-8", standalone=True) if name in written else data)
                for name, data in self._blank["commented" if self._comments is not None else "plain"]]


class _Style:
    __slots__ = ("style_id",)

    def __init__(self, style_id: str) -> None:
        self.style_id = style_id


def _append_text(r, text: str) -> None:
    """Run content as python-docx writes it: text in ``w:t``, a tab ``w:tab``, a line break ``w:br``."""
    pending: list[str] = []

    def flush() -> None:
        if pending:
            piece = "".join(pending)
            t = new_element(r, "w:t")
            t.text = piece
            if len(piece.strip()) < len(piece):
                t.set(qn("xml:space"), "preserve")
            r.append(t)
            pending.clear()

    for char in text:
        if char == "\t" or char in "\r\n":
            flush()
            r.append(new_element(r, "w:tab" if char == "\t" else "w:br"))
        else:
            pending.append(char)
    flush()


def blank_document() -> LightDocument:
    """A new redline document from the cached blank one (built with python-docx on a first run)."""
    return LightDocument(_blank())


@lru_cache(maxsize=1)
def _blank() -> dict:
    path = _cache_path()
    try:
        blank = marshal.loads(path.read_bytes())
        if {"plain", "commented", "styles", "deflated"} <= set(blank):
            return blank
    except (OSError, EOFError, ValueError, TypeError):
        pass
    blank = _build_blank()
    write_cache(path, marshal.dumps(blank))
    return blank


def _cache_path() -> Path:
    # -- the blank document is what this code, reportdiff's version and python-docx's template
    #    make of it: a change to any is a new cache file --
    from reportdiff import __version__  # -- app.xml names the version --

    here = Path(__file__).parent
    tag = zlib.crc32(__version__.encode())
    for source in ("_docx_document.py", "_docx_package.py", "_revisions.py", "_docx_light.py"):
        tag = zlib.crc32((here / source).read_bytes(), tag)
    spec = importlib.util.find_spec("docx")
    if spec is not None and spec.origin is not None:
        for path in (Path(spec.origin), Path(spec.origin).parent / "templates" / "default.docx"):
            stat = path.stat()
            tag = zlib.crc32(f"{path}:{stat.st_size}:{stat.st_mtime_ns}".encode(), tag)
    return cache_root() / f"docx-blank-{tag:08x}.bin"


def _build_blank() -> dict:
    """The blank redline document as python-docx saves it, without and with a comments part."""
    from reportdiff.render._docx_document import heading_styles, new_document, page_number_footer, set_core_properties
    from reportdiff.render._docx_package import clean_package, deflate

    document = new_document(None)
    set_core_properties(document, title="", subject="", author="", when=dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc),
                        lang="zh")
    page_number_footer(document)
    styles = {name: style.style_id for name, style in heading_styles(document).items()}
    plain = _saved_parts(document, clean_package)
    # -- python-docx adds the comments part with the first comment: add one, then take it out --
    paragraph = document.add_paragraph()
    note = document.add_comment(paragraph.add_run(""), text="")
    paragraph._p.getparent().remove(paragraph._p)
    note._comment_elm.getparent().remove(note._comment_elm)
    commented = _saved_parts(document, clean_package)
    # -- the parts no redline changes, compressed once: the styles alone are 800 kB --
    deflated = {name: deflate(data) for name, data in commented if name not in (_DOCUMENT, _COMMENTS, _CORE)}
    return {"plain": plain, "commented": commented, "styles": styles, "deflated": deflated}


def _saved_parts(document, clean_package) -> list[tuple[str, bytes]]:
    clean_package(document)
    raw = io.BytesIO()
    document.save(raw)
    with zipfile.ZipFile(raw) as package:
        return [(info.filename, package.read(info.filename)) for info in package.infolist()]


__all__ = ["LightDocument", "blank_document"]
