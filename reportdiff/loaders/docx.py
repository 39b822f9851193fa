"""Read Word (.docx) reports into paragraphs, rebuilding automatic numbering as text markers."""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator

from ..errors import LoadError
from ..report_warnings import ReportWarning
from . import Paragraph, RawDocument, table_paragraph
from .docx_notes import read_notes
from .docx_styles import MAX_LEVELS, Numbering, Styles, is_on, qn, to_int, val
from .opc import NUMBERING, OFFICE_DOCUMENT, STYLES, Package

_STRIP = " \t\u3000\ufeff\xa0"


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
        raise _invalid(source, None, detail=f"{type(exc).__name__}: {exc}") from None
    if not paragraphs:
        raise LoadError.of(source, "empty_body")
    warnings = [ReportWarning.of("tracked_changes", source=source)] if tracked else []
    if comments:
        warnings.append(comments_warning(source, comments))
    return RawDocument(source, tuple(paragraphs), tuple(warnings))


def comments_warning(source: str, count: int) -> ReportWarning:
    """Say that a Word document's comments (请核实… left by a reviewer) are not read: they are notes
    on the text, not the report's, yet a reader should know the draft still holds them."""
    return ReportWarning.of("comments", source=source, count=count)


def _invalid(source: str, detail_code: str | None, **params: str) -> LoadError:
    return LoadError.of(source, "docx_invalid", detail_code=detail_code, **params)


# ---------------------------------------------------------------- opening the package


def _open(data: bytes, source: str):
    """Return (body element, Styles, Numbering, (package, main part name)) of the main document part."""
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        # -- OLE compound file: an encrypted .docx or an old .doc renamed to .docx. --
        raise _invalid(source, "docx_encrypted")
    try:
        package = Package(data)
        main = package.related("/", OFFICE_DOCUMENT)
        content_type = package.content_type(main)
        if "word" not in content_type or not content_type.endswith("main+xml"):
            raise _invalid(source, "docx_main_part", content_type=content_type)
        body = package.element(main).find(qn("w:body"))
        if body is None:
            raise _invalid(source, "docx_no_body")
        styles = Styles(_related_element(package, main, STYLES))
        numbering = Numbering(_related_element(package, main, NUMBERING), styles)
    except LoadError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError):
        raise _invalid(source, "docx_not_zip") from None
    except KeyError as exc:
        missing = exc.args[0] if exc.args and "no item named" in str(exc.args[0]) else ""
        raise _invalid(source, None if missing else "docx_no_part", detail=missing) from None
    except Exception as exc:  # why: lxml and zipfile raise many unrelated exception types
        raise _invalid(source, None, detail=f"{type(exc).__name__}: {exc}") from None
    return body, styles, numbering, (package, main)


def _related_element(package: Package, part: str, reltype: str):
    try:
        return package.element(package.related(part, reltype))
    except KeyError:
        return None


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
        elif tag in _BLOCK_WRAPPERS:
            # -- Word's contents too: the parser sets it aside as the report's contents --
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


def _table_rows(table) -> tuple[list[list[str]], tuple[tuple[int, int, int, int], ...]]:
    """Rows of cell texts on the table's grid, and its merged cells (row, column, rows, columns):
    a cell spanning columns (gridSpan) or continuing a vertical merge (vMerge) gives "" to the
    grid cells it covers, as a PDF's ruled table does; a row that starts or ends short of the
    grid (gridBefore, gridAfter) gives "" to the grid cells it leaves out, so no column shifts."""
    rows: list[list[str]] = []
    merges: dict[tuple[int, int], list[int]] = {}  # -- (row, column) of a merge's first cell → [rows, columns] --
    open_down: dict[int, tuple[int, int]] = {}  # -- column → the first cell of the vertical merge open there --
    for r, row in enumerate(_live_rows(table)):
        row_props = row.find(qn("w:trPr"))
        cells: list[str] = [""] * (to_int(val(row_props, "w:gridBefore")) or 0)
        for cell in row.findall(qn("w:tc")):
            props = cell.find(qn("w:tcPr"))
            span = to_int(val(props, "w:gridSpan")) or 1
            merge = props.find(qn("w:vMerge")) if props is not None else None
            continued = merge is not None and merge.get(qn("w:val")) in (None, "continue")
            column = len(cells)
            if continued and column in open_down:
                merges[open_down[column]][0] += 1
            elif merge is not None and not continued:
                open_down[column] = (r, column)
                merges[(r, column)] = [1, span]
            else:
                open_down.pop(column, None)
                if span > 1:
                    merges[(r, column)] = [1, span]
            # -- a cell's paragraphs are kept apart by a space: 9 and 0 on two lines are not 90 --
            text = "" if continued else " ".join(
                t for p in _iter_paragraphs(cell) if (t := _paragraph_text(p).strip(_STRIP)))
            cells += [text.strip(_STRIP)] + [""] * (span - 1)
        cells += [""] * (to_int(val(row_props, "w:gridAfter")) or 0)
        for column in [c for c in open_down if c >= len(cells)]:
            open_down.pop(column)  # -- a row too short to continue a merge ends it --
        rows.append(cells)
    spans = tuple((r, c, down, across) for (r, c), (down, across) in merges.items() if down > 1 or across > 1)
    return rows, spans


def _in_toc_block(p) -> bool:
    return any(_is_toc_block(sdt) for sdt in p.iterancestors(qn("w:sdt")))


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
    if rpr is not None and is_on(rpr.find(qn("w:vanish"))):
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
            char = to_int(child.get(qn("w:char")), 16)
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
        if not text.strip() or rpr is not None and is_on(rpr.find(qn("w:b"))):
            lead.append(text)
            continue
        phrase = "".join(lead).rstrip()
        return phrase if phrase.endswith(("。", "：", ":")) else ""
    return ""


def _read_body(body, styles: Styles, numbering: Numbering) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    pending = ""
    owner: tuple[int, object] | None = None  # first paragraph of a merge that has text

    def emit(line: int, props) -> None:
        # -- Numbered paragraphs advance Word's counters even when empty (Word shows "3."). --
        marker = _marker(props, styles, numbering)
        if text := pending.strip(_STRIP):
            lead = "" if marker else _bold_lead(props).strip(_STRIP)
            # -- a table-of-contents entry repeats a heading with its page: flagged, so the parser
            #    sets it aside as the contents and keeps it in the outline --
            contents = styles.is_toc(_style_id(props)) or _in_toc_block(props)
            paragraphs.append(Paragraph(marker + text, line, None if contents else _heading_level(props, styles),
                                        lead=lead if lead and text.startswith(lead) else "", contents=contents))

    for index, p in enumerate(_iter_paragraphs(body), 1):
        if p.tag == qn("w:tbl"):
            if owner is not None:
                emit(*owner)
                pending, owner = "", None
            rows, merged = _table_rows(p)
            if (table := table_paragraph(rows, index, merged)).table:
                paragraphs.append(table)
            continue
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
    return val(p.find(qn("w:pPr")), "w:pStyle")


def _heading_level(p, styles: Styles) -> int | None:
    level = to_int(val(p.find(qn("w:pPr")), "w:outlineLvl"))
    if level is not None:
        return level + 1 if level < MAX_LEVELS else None
    return styles.heading_level(_style_id(p))


def _marker(p, styles: Styles, numbering: Numbering) -> str:
    style_id = _style_id(p)
    num_pr = p.find(qn("w:pPr") + "/" + qn("w:numPr"))
    num_id = val(num_pr, "w:numId")
    ilvl = to_int(val(num_pr, "w:ilvl"))
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
