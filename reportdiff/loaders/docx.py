"""Read Word (.docx) reports into paragraphs, rebuilding automatic numbering as text markers."""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..errors import LoadError
from . import Paragraph, RawDocument, table_paragraph
from .docx_notes import read_notes
from .numbering import format_number
from .opc import NUMBERING, OFFICE_DOCUMENT, STYLES, Package

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def qn(tag: str) -> str:
    """Clark name of a ``w:`` tag, as python-docx's ``qn``: ``qn("w:p")`` is ``{…/main}p``."""
    return _W + tag[2:]

_STRIP = " \t\u3000\ufeff\xa0"
_MAX_LEVELS = 9


def _tags(names: str) -> frozenset[str]:
    return frozenset(qn(f"w:{name}") for name in names.split())


# -- Elements that mean the file carries revision marks (content or formatting). --
_TRACKED_TAGS = tuple(_tags(
    "ins del moveFrom moveTo pPrChange rPrChange tblPrChange trPrChange tcPrChange "
    "sectPrChange numberingChange cellIns cellDel"
))
# -- Inline wrappers whose children are current text; w:del/w:moveFrom content is skipped. --
_INLINE_WRAPPERS = _tags("ins moveTo hyperlink fldSimple smartTag customXml dir bdo sdt sdtContent")
# -- Block-level wrappers (table rows and cells, content controls) read in order. --
_BLOCK_WRAPPERS = _tags("tbl tc sdt sdtContent customXml ins moveTo")
_HEADING_NAME = re.compile(r"^(?:heading|标题|標題|見出し)\s*([1-9])$", re.IGNORECASE)
_TOC_NAME = re.compile(r"^(?:toc|目录|目錄)\s*[1-9]$", re.IGNORECASE)
_TITLE_NAMES = {"title", "标题", "標題", "表題"}


def read_bytes(data: bytes, source: str) -> RawDocument:
    """Return the paragraphs of a .docx report given as bytes; raise LoadError if unreadable."""
    body, styles, numbering, (package, main) = _open(data, source)
    try:
        paragraphs = _read_body(body, styles, numbering)
        paragraphs += read_notes(package, main, body, _paragraph_text, paragraphs[-1].line if paragraphs else 0)
        tracked = next(body.iter(*_TRACKED_TAGS), None) is not None
        comments = len({mark.get(qn("w:id")) for mark in body.iter(qn("w:commentReference"))})
    except LoadError:
        raise
    except Exception as exc:  # why: a damaged part must end in a one-line message, not a traceback
        raise _invalid(source, f"{type(exc).__name__}: {exc}") from None
    if not paragraphs:
        raise LoadError(source, "is empty (no text in the document body)")
    warnings = [f"{source}: contains tracked changes; read as if all were accepted"] if tracked else []
    if comments:
        warnings.append(comments_warning(source, comments))
    return RawDocument(source, tuple(paragraphs), tuple(warnings))


def comments_warning(source: str, count: int) -> str:
    """Say that a Word document's comments (请核实… left by a reviewer) are not read: they are notes
    on the text, not the report's, yet a reader should know the draft still holds them."""
    return f"{source}: contains {count} comment(s); their text is not read as part of the report"


def _invalid(source: str, detail: str) -> LoadError:
    return LoadError(source, f"is not a valid .docx file ({detail})")


# ---------------------------------------------------------------- opening the package


def _open(data: bytes, source: str):
    """Return (body element, _Styles, _Numbering, (package, main part name)) of the main document part."""
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        # -- OLE compound file: an encrypted .docx or an old .doc renamed to .docx. --
        raise _invalid(
            source, "password-protected, or an old binary .doc; save it as an unprotected .docx"
        )
    try:
        package = Package(data)
        main = package.related("/", OFFICE_DOCUMENT)
        content_type = package.content_type(main)
        if "word" not in content_type or not content_type.endswith("main+xml"):
            raise _invalid(source, f"its main part is {content_type}")
        body = package.element(main).find(qn("w:body"))
        if body is None:
            raise _invalid(source, "the document part has no body")
        styles = _Styles(_related_element(package, main, STYLES))
        numbering = _Numbering(_related_element(package, main, NUMBERING), styles)
    except LoadError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError):
        raise _invalid(source, "not a zip archive, or a damaged one") from None
    except KeyError as exc:
        missing = exc.args[0] if exc.args and "no item named" in str(exc.args[0]) else ""
        raise _invalid(source, missing or "no Word document part") from None
    except Exception as exc:  # why: lxml and zipfile raise many unrelated exception types
        raise _invalid(source, f"{type(exc).__name__}: {exc}") from None
    return body, styles, numbering, (package, main)


def _related_element(package: Package, part: str, reltype: str):
    try:
        return package.element(package.related(part, reltype))
    except KeyError:
        return None


def _val(element, child: str) -> str | None:
    """Return w:val of ``element``'s first ``child`` (e.g. "w:numId"), or None."""
    if element is None:
        return None
    found = element.find(qn(child))
    return None if found is None else found.get(qn("w:val"))


def _int(value: str | None, base: int = 10) -> int | None:
    try:
        return None if value is None else int(value, base)
    except ValueError:
        return None


def _is_on(element) -> bool:
    """True for a present on/off property (w:vanish, w:isLgl) not switched off by w:val."""
    return element is not None and element.get(qn("w:val"), "1") not in ("0", "false", "off")


# ---------------------------------------------------------------- styles


class _Styles:
    """Paragraph styles by id, with basedOn chains for inherited numbering and outline level."""

    def __init__(self, root) -> None:
        self._by_id: dict[str, object] = {}
        self.default: str | None = None
        if root is None:
            return
        for style in root.iter(qn("w:style")):
            style_id = style.get(qn("w:styleId"))
            if style_id is None or style.get(qn("w:type"), "paragraph") != "paragraph":
                continue
            self._by_id.setdefault(style_id, style)
            if self.default is None and style.get(qn("w:default"), "0") in ("1", "true", "on"):
                self.default = style_id

    def chain(self, style_id: str | None) -> Iterator[tuple[str, object]]:
        """Yield (id, element) of ``style_id`` (or the default style) and its ancestors."""
        seen: set[str] = set()
        current = style_id if style_id in self._by_id else self.default
        while current is not None and current not in seen and current in self._by_id:
            seen.add(current)
            style = self._by_id[current]
            yield current, style
            current = _val(style, "w:basedOn")

    def is_toc(self, style_id: str | None) -> bool:
        return style_id is not None and any(
            _TOC_NAME.match(_val(style, "w:name") or "") for _, style in self.chain(style_id)
        )

    def heading_level(self, style_id: str | None) -> int | None:
        for sid, style in self.chain(style_id):
            name = (_val(style, "w:name") or "").strip()
            if name.lower() in _TITLE_NAMES:
                return 0
            match = _HEADING_NAME.match(name) or re.fullmatch(r"Heading([1-9])", sid)
            if match:
                return int(match.group(1))
            level = _int(_val(style.find(qn("w:pPr")), "w:outlineLvl"))
            if level is not None:
                return level + 1 if level < _MAX_LEVELS else None
        return None

    def numbering(self, style_id: str | None) -> tuple[str | None, int | None, str | None]:
        """Return (numId, ilvl, id of the style that set numId) inherited from styles."""
        num_id: str | None = None
        ilvl: int | None = None
        owner: str | None = None
        for sid, style in self.chain(style_id):
            num_pr = style.find(qn("w:pPr") + "/" + qn("w:numPr"))
            if num_pr is None:
                continue
            if ilvl is None:
                ilvl = _int(_val(num_pr, "w:ilvl"))
            if num_id is None and _val(num_pr, "w:numId") is not None:
                num_id, owner = _val(num_pr, "w:numId"), sid
        return num_id, ilvl, owner


# ---------------------------------------------------------------- numbering


@dataclass(frozen=True, slots=True)
class _Level:
    fmt: str
    text: str
    start: int
    restart: int | None  # w:lvlRestart (1-based level, 0 = never); None = default rule
    legal: bool
    style: str | None


@dataclass(slots=True)
class _Instance:
    abstract_id: str
    starts: dict[int, int]
    levels: dict[int, _Level]


@dataclass(slots=True)
class _ListState:
    counters: list[int | None] = field(default_factory=lambda: [None] * _MAX_LEVELS)
    seen: set[str] = field(default_factory=set)


def _parse_level(lvl) -> _Level:
    start = _int(_val(lvl, "w:start"))
    return _Level(
        fmt=_val(lvl, "w:numFmt") or "decimal",
        text=_val(lvl, "w:lvlText") or "",
        start=1 if start is None else start,
        restart=_int(_val(lvl, "w:lvlRestart")),
        legal=_is_on(lvl.find(qn("w:isLgl"))),
        style=_val(lvl, "w:pStyle"),
    )


class _Numbering:
    """Numbering definitions plus the running counters Word keeps while laying out the body."""

    def __init__(self, root, styles: _Styles) -> None:
        self._styles = styles
        self._abstract: dict[str, dict[int, _Level]] = {}
        self._style_links: dict[str, str] = {}
        self._instances: dict[str, _Instance] = {}
        self._states: dict[str, _ListState] = {}
        if root is None:
            return
        for abstract in root.iter(qn("w:abstractNum")):
            abstract_id = abstract.get(qn("w:abstractNumId"))
            levels = {}
            for lvl in abstract.findall(qn("w:lvl")):
                ilvl = _int(lvl.get(qn("w:ilvl")))
                if ilvl is not None and 0 <= ilvl < _MAX_LEVELS:
                    levels[ilvl] = _parse_level(lvl)
            self._abstract[abstract_id] = levels
            link = _val(abstract, "w:numStyleLink")
            if link:
                self._style_links[abstract_id] = link
        for num in root.iter(qn("w:num")):
            starts: dict[int, int] = {}
            levels = {}
            for override in num.findall(qn("w:lvlOverride")):
                ilvl = _int(override.get(qn("w:ilvl")))
                if ilvl is None or not 0 <= ilvl < _MAX_LEVELS:
                    continue
                start = _int(_val(override, "w:startOverride"))
                if start is not None:
                    starts[ilvl] = start
                lvl = override.find(qn("w:lvl"))
                if lvl is not None:
                    levels[ilvl] = _parse_level(lvl)
            abstract_id = _val(num, "w:abstractNumId")
            if abstract_id is not None:
                self._instances[num.get(qn("w:numId"))] = _Instance(abstract_id, starts, levels)

    def _resolve(self, abstract_id: str, depth: int = 0) -> str:
        # -- w:numStyleLink: the list's levels live in the abstractNum of a numbering style. --
        link = self._style_links.get(abstract_id)
        if link is None or depth > 5:
            return abstract_id
        num_id, _, _ = self._styles.numbering(link)
        instance = self._instances.get(num_id) if num_id else None
        if instance is None or instance.abstract_id == abstract_id:
            return abstract_id
        return self._resolve(instance.abstract_id, depth + 1)

    def _level(self, instance: _Instance, abstract_id: str, ilvl: int) -> _Level | None:
        return instance.levels.get(ilvl) or self._abstract.get(abstract_id, {}).get(ilvl)

    def level_for_style(self, num_id: str, style_id: str | None) -> int | None:
        """Return the level whose w:pStyle is ``style_id`` (style-linked lists), if any."""
        instance = self._instances.get(num_id)
        if instance is None or style_id is None:
            return None
        levels = self._abstract.get(self._resolve(instance.abstract_id), {})
        for ilvl, level in sorted(levels.items()):
            if level.style == style_id:
                return ilvl
        return None

    def advance(self, num_id: str, ilvl: int) -> str:
        """Count one paragraph of list ``num_id`` at level ``ilvl``; return its marker text."""
        instance = self._instances.get(num_id)
        if instance is None or not 0 <= ilvl < _MAX_LEVELS:
            return ""
        abstract_id = self._resolve(instance.abstract_id)
        level = self._level(instance, abstract_id, ilvl)
        if level is None:
            return ""
        # -- Word keeps one set of counters per abstract list; a w:num with startOverride
        #    restarts those levels the first time it is used ("Restart numbering"). --
        state = self._states.setdefault(abstract_id, _ListState())
        if num_id not in state.seen:
            state.seen.add(num_id)
            for overridden in instance.starts:
                state.counters[overridden] = None
        current = state.counters[ilvl]
        if current is None:
            state.counters[ilvl] = self._start(instance, abstract_id, ilvl)
        else:
            state.counters[ilvl] = current + 1
        for deeper in range(ilvl + 1, _MAX_LEVELS):
            # -- w:lvlRestart k (1-based): restart when level k or a shallower one is used; 0 =
            #    never; a k deeper than the level itself is ignored. Word reads it only from
            #    the abstract definition, never from a w:lvlOverride. --
            restart = self._abstract.get(abstract_id, {}).get(deeper)
            k = restart.restart if restart is not None and restart.restart is not None else deeper
            if ilvl < (k if 0 <= k <= deeper else deeper):
                state.counters[deeper] = None
        if level.fmt == "bullet":
            return ""

        def render(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            value = state.counters[index]
            if value is None:
                value = self._start(instance, abstract_id, index)
            shown = self._level(instance, abstract_id, index)
            fmt = "decimal" if level.legal else (shown.fmt if shown else "decimal")
            return format_number(value, fmt)

        return re.sub(r"%([1-9])", render, level.text)

    def _start(self, instance: _Instance, abstract_id: str, ilvl: int) -> int:
        if ilvl in instance.starts:
            return instance.starts[ilvl]
        level = self._level(instance, abstract_id, ilvl)
        return level.start if level is not None else 1


# ---------------------------------------------------------------- body and text


def _iter_paragraphs(container) -> Iterator[object]:
    """Yield w:p elements in reading order, descending into tables and content controls."""
    for child in container:
        tag = child.tag
        if tag == qn("w:p"):
            yield child
        elif tag == qn("w:tr"):
            # -- A deleted row is gone once changes are accepted. --
            if child.find(qn("w:trPr") + "/" + qn("w:del")) is None:
                yield from _iter_paragraphs(child)
        elif tag == qn("w:tbl") and _is_data_table(child):
            yield child  # -- read as rows of cells by _table_rows --
        elif tag in _BLOCK_WRAPPERS and not _is_toc_block(child):
            yield from _iter_paragraphs(child)


def _live_rows(table) -> list:
    # -- A deleted row is gone once changes are accepted. --
    return [row for row in table.iter(qn("w:tr"))
            if row.find(qn("w:trPr") + "/" + qn("w:del")) is None and _owner_table(row) is table]


def _owner_table(element):
    parent = element.getparent()
    while parent is not None and parent.tag != qn("w:tbl"):
        parent = parent.getparent()
    return parent


def _is_data_table(table) -> bool:
    """A table of figures (rows and columns), not a one-cell or one-column frame around text."""
    rows = _live_rows(table)
    return len(rows) >= 2 and max(len(row.findall(qn("w:tc"))) for row in rows) >= 2


def _table_rows(table) -> list[list[str]]:
    """Rows of cell texts; a cell spanning columns (gridSpan) or continuing a vertical merge
    gives "" to the grid cells it covers, as a PDF's ruled table does."""
    rows = []
    for row in _live_rows(table):
        cells: list[str] = []
        for cell in row.findall(qn("w:tc")):
            props = cell.find(qn("w:tcPr"))
            span = _int(_val(props, "w:gridSpan")) or 1
            merge = props.find(qn("w:vMerge")) if props is not None else None
            continued = merge is not None and merge.get(qn("w:val")) in (None, "continue")
            # -- a cell's paragraphs are kept apart by a space: 9 and 0 on two lines are not 90 --
            text = "" if continued else " ".join(
                t for p in _iter_paragraphs(cell) if (t := _paragraph_text(p).strip(_STRIP)))
            cells += [text.strip(_STRIP)] + [""] * (span - 1)
        rows.append(cells)
    return rows


def _is_toc_block(element) -> bool:
    # -- A table of contents repeats the headings (with page numbers); it is not report text. --
    gallery = element.find(f"{qn('w:sdtPr')}/{qn('w:docPartObj')}/{qn('w:docPartGallery')}")
    return gallery is not None and gallery.get(qn("w:val"), "").lower() == "table of contents"


def _paragraph_text(p) -> str:
    parts: list[str] = []
    _collect(p, parts)
    return "".join(parts)


def _collect(element, parts: list[str]) -> None:
    for child in element:
        tag = child.tag
        if tag == qn("w:r"):
            _collect_run(child, parts)
        elif tag in _INLINE_WRAPPERS:
            _collect(child, parts)


def _collect_run(run, parts: list[str]) -> None:
    rpr = run.find(qn("w:rPr"))
    if rpr is not None and _is_on(rpr.find(qn("w:vanish"))):
        return  # hidden text is not part of what a reader sees
    for child in run:
        tag = child.tag
        if tag == qn("w:t"):
            parts.append(child.text or "")
        elif tag in (qn("w:tab"), qn("w:ptab")):
            parts.append("\t")
        elif tag == qn("w:noBreakHyphen"):
            parts.append("-")
        elif tag == qn("w:sym"):
            char = _int(child.get(qn("w:char")), 16)
            # -- Symbol-font glyphs live in the private use area and mean nothing as text. --
            if char is not None and not 0xE000 <= char <= 0xF8FF:
                parts.append(chr(char))
        elif tag in (qn("w:br"), qn("w:cr")) and child.get(qn("w:type")) in (None, "textWrapping"):
            # -- a line break: usually wrapping inside one paragraph, but some writers put two
            #    numbered items in one paragraph this way; the parser decides (it knows markers) --
            parts.append("\n")
        # w:softHyphen: an optional hyphen, not text; page and column breaks: layout only.
        # w:delText, w:instrText: deleted text and field codes; fields show their result runs.


def _runs(element) -> Iterator[object]:
    for child in element:
        if child.tag == qn("w:r"):
            yield child
        elif child.tag in _INLINE_WRAPPERS:
            yield from _runs(child)


def _bold_lead(p) -> str:
    """The bold runs that open a paragraph when they close on 。 or ： and plain text follows
    (**依法决策。**严格执行…); else ""."""
    lead: list[str] = []
    for run in _runs(p):
        parts: list[str] = []
        _collect_run(run, parts)
        text = "".join(parts)
        rpr = run.find(qn("w:rPr"))
        if not text.strip() or rpr is not None and _is_on(rpr.find(qn("w:b"))):
            lead.append(text)
            continue
        phrase = "".join(lead).rstrip()
        return phrase if phrase.endswith(("。", "：", ":")) else ""
    return ""


def _read_body(body, styles: _Styles, numbering: _Numbering) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    pending = ""
    owner: tuple[int, object] | None = None  # first paragraph of a merge that has text

    def emit(line: int, props) -> None:
        # -- Numbered paragraphs advance Word's counters even when empty (Word shows "3."). --
        marker = _marker(props, styles, numbering)
        if text := pending.strip(_STRIP):
            lead = "" if marker else _bold_lead(props).strip(_STRIP)
            paragraphs.append(Paragraph(marker + text, line, _heading_level(props, styles),
                                        lead=lead if lead and text.startswith(lead) else ""))

    for index, p in enumerate(_iter_paragraphs(body), 1):
        if p.tag == qn("w:tbl"):
            if owner is not None:
                emit(*owner)
                pending, owner = "", None
            if (table := table_paragraph(_table_rows(p), index)).table:
                paragraphs.append(table)
            continue
        if styles.is_toc(_style_id(p)):
            continue  # a table-of-contents entry outside a TOC content control
        text = _paragraph_text(p)
        if owner is None and text.strip(_STRIP):
            owner = (index, p)
        pending += text
        if p.find(qn("w:pPr") + "/" + qn("w:rPr") + "/" + qn("w:del")) is not None:
            continue  # deleted paragraph mark: accepted, this paragraph runs into the next
        emit(*(owner if owner is not None else (index, p)))
        pending, owner = "", None
    if owner is not None:  # the last paragraph mark was deleted: nothing left to run into
        emit(*owner)
    return paragraphs


def _style_id(p) -> str | None:
    return _val(p.find(qn("w:pPr")), "w:pStyle")


def _heading_level(p, styles: _Styles) -> int | None:
    level = _int(_val(p.find(qn("w:pPr")), "w:outlineLvl"))
    if level is not None:
        return level + 1 if level < _MAX_LEVELS else None
    return styles.heading_level(_style_id(p))


def _marker(p, styles: _Styles, numbering: _Numbering) -> str:
    style_id = _style_id(p)
    num_pr = p.find(qn("w:pPr") + "/" + qn("w:numPr"))
    num_id = _val(num_pr, "w:numId")
    ilvl = _int(_val(num_pr, "w:ilvl"))
    style_num, style_ilvl, owner = styles.numbering(style_id)
    if num_id is None:
        num_id = style_num
    if num_id is None or num_id == "0":
        return ""  # numId 0 switches off numbering a style would apply
    if ilvl is None:
        ilvl = style_ilvl
    if ilvl is None:
        ilvl = numbering.level_for_style(num_id, style_id or owner)
    return numbering.advance(num_id, ilvl or 0)


__all__ = ["read_bytes"]
