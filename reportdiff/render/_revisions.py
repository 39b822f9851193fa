"""Low-level OOXML the python-docx API lacks: tracked revisions, move ranges, East Asian fonts, fields.

Every function works on plain lxml elements, so the same code writes into a python-docx
document and into the light document of ``_docx_light`` (which never imports python-docx).
A new element is made by ``makeelement`` of the element it goes into: in a python-docx tree
it gets python-docx's element class, exactly as ``OxmlElement`` would make it.
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable

_NAMESPACES = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "xml": "http://www.w3.org/XML/1998/namespace",
}


def qn(tag: str) -> str:
    """Clark name of a prefixed tag: ``qn("w:p")`` is ``{http://…/main}p`` (as python-docx's ``qn``)."""
    prefix, local = tag.split(":")
    return f"{{{_NAMESPACES[prefix]}}}{local}"


def new_element(anchor, tag: str, attrs: dict[str, str] | None = None):
    """A new ``w:`` element made as ``anchor``'s tree makes elements (python-docx's class or plain)."""
    return anchor.makeelement(qn(tag), attrs or {}, nsmap={"w": _NAMESPACES["w"]})


def paragraph_properties(paragraph):
    """The ``w:pPr`` of ``paragraph``, added as its first child when missing (as ``get_or_add_pPr``)."""
    p_pr = paragraph.find(qn("w:pPr"))
    if p_pr is None:
        p_pr = new_element(paragraph, "w:pPr")
        paragraph.insert(0, p_pr)
    return p_pr


def set_paragraph_style(paragraph, style_id: str) -> None:
    """Give ``paragraph`` the style ``style_id`` (``w:pStyle`` leads ``w:pPr``, as python-docx puts it)."""
    p_pr = paragraph_properties(paragraph)
    style = p_pr.find(qn("w:pStyle"))
    if style is None:
        style = new_element(p_pr, "w:pStyle")
        p_pr.insert(0, style)
    style.set(qn("w:val"), style_id)

# -- The revision wrappers this module writes; "del" content uses w:delText, the others w:t
#    (moved-from text is still text until the move is accepted, as in ECMA-376 §17.13.5.22). --
INS, DEL, MOVE_FROM, MOVE_TO = "ins", "del", "moveFrom", "moveTo"
KINDS = (INS, DEL, MOVE_FROM, MOVE_TO)

# -- rFonts theme attributes win over explicit font names in Word, so they must go. --
_THEME_FONT_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


class RevisionWriter:
    """Writes revision markup with one author and date and document-unique ids.

    Word requires every annotation id (w:ins, w:del, w:moveFrom, w:moveTo and the move
    range markers) to be unique within the document; one counter serves them all.
    """

    def __init__(self, author: str, date: dt.datetime, first_id: int = 1) -> None:
        self.author = author
        self.date = date.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        self._next_id = first_id
        self._next_move = 1

    def _new_id(self) -> str:
        value = str(self._next_id)
        self._next_id += 1
        return value

    def _tracked(self, anchor, tag: str, **extra: str):
        element = new_element(anchor, f"w:{tag}")
        element.set(qn("w:id"), self._new_id())
        element.set(qn("w:author"), self.author)
        element.set(qn("w:date"), self.date)
        for name, value in extra.items():
            element.set(qn(f"w:{name}"), value)
        return element

    def wrap(self, runs: list, kind: str):
        """Wrap consecutive ``w:r`` elements in one revision element of ``kind``."""
        if kind not in KINDS:
            raise ValueError(f"unknown revision kind {kind!r}")
        if not runs:
            return None
        outer = self._tracked(runs[0], kind)
        runs[0].addprevious(outer)
        for run in runs:
            outer.append(run)
            if kind == DEL:
                _to_deleted_text(run)
        return outer

    def mark_paragraph(self, paragraph, kind: str) -> None:
        """Record the paragraph mark itself as inserted, deleted or moved (w:pPr/w:rPr/w:<kind>)."""
        p_pr = paragraph_properties(paragraph)
        r_pr = p_pr.find(qn("w:rPr"))
        if r_pr is None:
            r_pr = new_element(p_pr, "w:rPr")
            # -- w:rPr comes after every other pPr child except sectPr and pPrChange --
            tail = [p_pr.find(qn("w:sectPr")), p_pr.find(qn("w:pPrChange"))]
            anchor = next((t for t in tail if t is not None), None)
            if anchor is not None:
                anchor.addprevious(r_pr)
            else:
                p_pr.append(r_pr)
        r_pr.append(self._tracked(r_pr, kind))

    def change_properties(self, properties, former) -> None:
        """Record that ``properties`` (a w:pPr) were ``former`` (a w:pPr without w:rPr, w:sectPr
        and w:pPrChange) before (w:pPrChange, ISO/IEC 29500-1 §17.13.5.29): Reject All restores
        ``former``, Accept All keeps ``properties``."""
        change = self._tracked(properties, "pPrChange")
        change.append(former)
        properties.append(change)  # -- the last child of CT_PPr --

    def mark_row(self, row, kind: str) -> None:
        """Record a table row itself as inserted or deleted (``w:trPr/w:ins``, ``w:trPr/w:del``:
        the row goes on Reject or Accept; its runs are wrapped on their own, as Word does)."""
        if kind not in (INS, DEL):
            raise ValueError(f"a row is inserted or deleted, not {kind!r}")
        tr_pr = row.find(qn("w:trPr"))
        if tr_pr is None:
            tr_pr = new_element(row, "w:trPr")
            row.insert(0, tr_pr)
        tr_pr.append(self._tracked(tr_pr, kind))  # -- after the row's own properties (CT_TrPr) --

    def move_range(self, paragraph, kind: str, name: str) -> None:
        """Bracket a paragraph's content with moveFromRange/moveToRange start and end markers."""
        start, end = self._move_marks(paragraph, kind, name)
        p_pr = paragraph.find(qn("w:pPr"))
        if p_pr is not None:
            p_pr.addnext(start)
        else:
            paragraph.insert(0, start)
        paragraph.append(end)

    def move_range_around(self, first, last, kind: str, name: str) -> None:
        """Bracket the elements from ``first`` to ``last`` as a move range, the markers beside them:
        runs inside one paragraph, or one whole block (a ``w:tbl``: range markup may stand between
        block-level elements, ISO/IEC 29500-1 §17.13.5)."""
        start, end = self._move_marks(first, kind, name)
        first.addprevious(start)
        last.addnext(end)

    def _move_marks(self, anchor, kind: str, name: str):
        """The start and end markers of one move range of ``kind`` named ``name``."""
        if kind not in (MOVE_FROM, MOVE_TO):
            raise ValueError(f"not a move kind: {kind!r}")
        start = self._tracked(anchor, f"{kind}RangeStart", name=name)
        end = new_element(anchor, f"w:{kind}RangeEnd")
        end.set(qn("w:id"), start.get(qn("w:id")))
        return start, end

    def new_move_name(self) -> str:
        """A fresh name pairing one moveFrom range with its moveTo range."""
        name = f"move{self._next_move}"
        self._next_move += 1
        return name


def _to_deleted_text(run) -> None:
    """Deleted runs must hold w:delText rather than w:t (Word drops w:t inside w:del)."""
    for text in run.findall(qn("w:t")):
        deleted = new_element(run, "w:delText")
        deleted.text = text.text
        deleted.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        text.addprevious(deleted)
        run.remove(text)


def comment_reference_runs(paragraph) -> list:
    """The runs python-docx added to carry comment references in ``paragraph``."""
    return [r for r in paragraph.findall(qn("w:r")) if r.find(qn("w:commentReference")) is not None]


def move_comment_range_to_edges(paragraph) -> None:
    """Make a comment cover the whole paragraph: start first, end and reference last.

    python-docx places the range markers next to the anchor runs; once those runs are
    wrapped in revision elements the markers would sit between wrappers in arbitrary spots.
    """
    starts = paragraph.findall(qn("w:commentRangeStart"))
    ends = paragraph.findall(qn("w:commentRangeEnd"))
    refs = comment_reference_runs(paragraph)
    p_pr = paragraph.find(qn("w:pPr"))
    for start in reversed(starts):
        if p_pr is not None:
            p_pr.addnext(start)
        else:
            paragraph.insert(0, start)
    for element in [*ends, *refs]:
        paragraph.append(element)


def set_comment_date(comment, date: dt.datetime) -> None:
    """Give a comment (python-docx's or the light document's) a fixed date in UTC.

    The attribute is written directly: python-docx reads a naive datetime as local time, so
    handing it UTC without a zone shifted the date by the machine's offset.
    """
    element = getattr(comment, "_comment_elm", None)
    if element is None:
        element = comment.element
    element.set(qn("w:date"), date.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))


def set_fonts(style, *, ascii_font: str | None, east_asia: str | None) -> None:
    """Set a style's Latin and East Asian fonts explicitly, dropping theme-font overrides."""
    r_pr = style.element.get_or_add_rPr()
    r_fonts = r_pr.find(qn("w:rFonts"))
    if r_fonts is None:
        r_fonts = new_element(r_pr, "w:rFonts")
        r_pr.insert(0, r_fonts)
    for attr in _THEME_FONT_ATTRS:
        r_fonts.attrib.pop(qn(attr), None)
    if ascii_font:
        r_fonts.set(qn("w:ascii"), ascii_font)
        r_fonts.set(qn("w:hAnsi"), ascii_font)
    if east_asia:
        r_fonts.set(qn("w:eastAsia"), east_asia)


def set_first_line_chars(style, chars_hundredths: int) -> None:
    """First-line indent in character units (200 = two characters), as Chinese documents use."""
    p_pr = style.element.get_or_add_pPr()
    ind = p_pr.find(qn("w:ind"))
    if ind is None:
        ind = new_element(p_pr, "w:ind")
        p_pr.append(ind)
    ind.set(qn("w:firstLineChars"), str(chars_hundredths))


def remove_paragraph_borders(style) -> None:
    """Drop a style's paragraph borders (the default Title style underlines itself)."""
    p_pr = style.element.pPr
    if p_pr is not None:
        for border in p_pr.findall(qn("w:pBdr")):
            p_pr.remove(border)


def set_outline_level(paragraph, level: int) -> None:
    """Show a body paragraph in Word's navigation pane at ``level`` (0 = Heading 1)."""
    p_pr = paragraph_properties(paragraph)
    outline = new_element(p_pr, "w:outlineLvl")
    outline.set(qn("w:val"), str(level))
    p_pr.append(outline)
    # -- schema order: outlineLvl precedes rPr, sectPr and pPrChange --
    for later in ("w:rPr", "w:sectPr", "w:pPrChange"):
        found = p_pr.find(qn(later))
        if found is not None:
            p_pr.remove(outline)
            found.addprevious(outline)
            break


def repeat_header_row(row, fill: str = "D9D9D9") -> None:
    """Make a table row a header row (repeated on every page) with shaded cells."""
    tr_pr = row._tr.get_or_add_trPr()
    header = new_element(tr_pr, "w:tblHeader")
    tr_pr.append(header)
    for cell in row.cells:
        tc_pr = cell._tc.get_or_add_tcPr()
        shading = new_element(tc_pr, "w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), fill)
        tc_pr.append(shading)


def add_page_field(paragraph, before: str = "— ", after: str = " —") -> None:
    """Append ``— PAGE —`` to ``paragraph``: the page number as official documents print it."""
    paragraph.add_run(before)
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind is not None:
            element = new_element(run._r, "w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif text.strip() == "PAGE":
            element = new_element(run._r, "w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        else:
            element = new_element(run._r, "w:t")
            element.text = text
        run._r.append(element)
    paragraph.add_run(after)


def clear_body(body) -> None:
    """Remove every block of a template's body but keep its final section properties."""
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def max_annotation_id(elements: Iterable) -> int:
    """The largest w:id already used by revision markup in ``elements`` (0 when none)."""
    largest = 0
    for element in elements:
        for node in element.iter():
            value = node.get(qn("w:id"))
            if value is not None and value.isdigit() and node.tag != qn("w:comment"):
                largest = max(largest, int(value))
    return largest
