"""Paragraphs of a Word redline: plain and styled ones, and ones of (text, revision kind) runs
with their comments, one measure's or several measures' in one paragraph.

Written through the Document, Paragraph and Run calls python-docx offers, which
``_docx_light.LightDocument`` offers too: the default redline never loads python-docx.
"""

from __future__ import annotations

import datetime as dt

from reportdiff.render import _revisions as rev
from reportdiff.render.pictographs import printable, printable_segments, undecorated

Segment = tuple[str, "str | None"]
"""(text, revision kind) of one run; kind None is plain text."""


# -- characters XML 1.0 cannot hold (C0 controls other than tab/newline): the loaders drop
#    them, but a Report built by a library caller may still carry some --
_XML_ILLEGAL = dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF])


def xml_safe(text: str) -> str:
    """Return ``text`` without the characters a Word document cannot contain."""
    return text.translate(_XML_ILLEGAL)


def styled_paragraph(document, text: str, style):
    """Add a paragraph of ``text`` in ``style`` (a style object from :func:`heading_styles`)."""
    paragraph = document.add_paragraph(printed(text))
    set_style(paragraph, style)
    return paragraph


def set_style(paragraph, style) -> None:
    """Apply a paragraph style by id: python-docx's ``paragraph.style = …`` scans every style
    of styles.xml for the default one on each call, which dominated the render time."""
    rev.set_paragraph_style(paragraph._p, style.style_id)


def revised_paragraph(document, segments: list[Segment], *, writer: rev.RevisionWriter, author: str,
                      when: dt.datetime, comment: str | None = None, whole: str | None = None):
    """Add one paragraph of (text, revision kind) runs and return its ``w:p``.

    Neighbouring runs of the same kind become one revision element; ``comment`` covers
    the whole paragraph; ``whole`` (a revision kind) also marks the paragraph mark and the
    comment reference, so the paragraph itself comes or goes with its text.
    """
    paragraph = document.add_paragraph()
    placed = [(paragraph.add_run(xml_safe(text)), kind) for text, kind in printable_segments(segments)]
    p = paragraph._p
    if comment and placed:
        note = document.add_comment([placed[0][0], placed[-1][0]], text=comment, author=author,
                                    initials=initials(author))
        rev.set_comment_date(note, when)
        rev.move_comment_range_to_edges(p)
    _wrap_runs(writer, placed)
    if whole is not None:
        refs = rev.comment_reference_runs(p)
        if refs:  # the comment marker goes and comes back with the paragraph
            writer.wrap(refs, whole)
        writer.mark_paragraph(p, whole)
    return p


def _wrap_runs(writer: rev.RevisionWriter, placed: list) -> None:
    """Wrap each stretch of consecutive runs of one revision kind (``placed``: (run, kind or
    None)) in one revision element."""
    group: list = []
    group_kind: str | None = None
    for run, kind in [*placed, (None, None)]:
        if run is not None and kind == group_kind:
            group.append(run._r)
            continue
        if group and group_kind is not None:
            writer.wrap(group, group_kind)
        group, group_kind = ([run._r], kind) if run is not None else ([], None)


def run_in_paragraph(document, parts: list[tuple[list[Segment], str | None, str | None, tuple[str, str] | None]], *,
                     writer: rev.RevisionWriter, author: str, when: dt.datetime, whole: str | None):
    """Add one paragraph holding several measures' runs: ``parts`` are (segments, comment, kind, move).

    Each measure's comment covers its own runs; its reference goes and comes with the measure
    (``kind``, the measure's whole-paragraph revision); ``move`` (kind, name) brackets a moved
    measure's runs with its move range. ``whole`` marks the paragraph mark.
    """
    paragraph = document.add_paragraph()
    p = paragraph._p
    for index, (segments, comment, kind, move) in enumerate(parts):
        placed = [(paragraph.add_run(xml_safe(text)), run_kind)
                  for text, run_kind in printable_segments(segments, opening=not index)]
        if not placed:
            continue
        # -- the elements themselves, held: lxml hands out a new proxy (and id) for an element
        #    whose proxy was freed, so a set of ids mistook old references for new ones now
        #    and then (a reference run wrapped in another measure's deletion) --
        refs_before = set(rev.comment_reference_runs(p))
        if comment:
            note = document.add_comment([placed[0][0], placed[-1][0]], text=comment, author=author,
                                        initials=initials(author))
            rev.set_comment_date(note, when)
        _wrap_runs(writer, placed)
        refs = [r for r in rev.comment_reference_runs(p) if r not in refs_before]
        if kind is not None and refs:
            writer.wrap(refs, kind)
        if move is not None:
            first = placed[0][0]._r
            while first.getparent() is not p:  # -- the run sits inside its revision wrapper --
                first = first.getparent()
            last = p[-1]
            writer.move_range_around(first, last, *move)
    if whole is not None:
        writer.mark_paragraph(p, whole)
    return p


def printed(text: str) -> str:
    """A paragraph's plain text as the redline prints it: no decoration opening it, no
    character its fonts cannot draw (see ``pictographs``)."""
    return xml_safe(printable(undecorated(text)))


def initials(author: str) -> str:
    return "".join(word[0] for word in author.split() if word)[:3].upper()


__all__ = [
    "Segment", "initials", "printed", "revised_paragraph", "run_in_paragraph", "set_style", "styled_paragraph", "xml_safe",
]
