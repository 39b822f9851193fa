"""Footnotes and endnotes of a Word (.docx) report, as paragraphs kept after the body.

A note's text lives in its own part (``footnotes.xml``, ``endnotes.xml``), not in the body,
and the body holds only a reference mark: without this reader a note vanished from the
comparison. Each note is given in the order the body refers to it, numbered as Word numbers
it (1, 2, 3 … by order of reference, footnotes and endnotes each from 1), its number before
its text as a reader sees it at the page foot: ``1 “综合查一次”指…``. The reference mark in the
body stays out of the body's text, so it cuts no word there.
"""

from __future__ import annotations

from collections.abc import Callable

from . import Paragraph
from .opc import Package

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
#: (part relationship, note element, reference element in the body, the note's own number mark)
_KINDS = (("footnotes", "footnote", "footnoteReference", "footnoteRef"),
          ("endnotes", "endnote", "endnoteReference", "endnoteRef"))
_STRIP = " \t\u3000\ufeff\xa0"


def read_notes(package: Package, main: str, body, paragraph_text: Callable[[object], str],
               first_line: int) -> list[Paragraph]:
    """The notes ``body`` refers to, as paragraphs marked ``note``, lines from ``first_line``."""
    notes: list[Paragraph] = []
    line = first_line
    for relationship, element, reference, own_mark in _KINDS:
        try:
            root = package.element(package.related(main, _RELATIONSHIPS + relationship))
        except KeyError:
            continue
        # -- separators and continuation notices are typed; real notes have no w:type --
        by_id = {note.get(_W + "id"): note for note in root.iter(_W + element) if note.get(_W + "type") is None}
        order = list(dict.fromkeys(ref.get(_W + "id") for ref in body.iter(_W + reference)))
        order += [note_id for note_id in by_id if note_id not in order]  # -- a note no mark refers to still counts --
        for number, note_id in enumerate((note_id for note_id in order if note_id in by_id), 1):
            texts = []
            for p in by_id[note_id].iter(_W + "p"):
                for mark in p.iter(_W + own_mark):
                    # -- the note's own number is drawn by Word, not written: give it as text --
                    mark.tail = None
                    run = mark.getparent()
                    holder = run.makeelement(_W + "t", {})
                    holder.text = str(number)
                    run.replace(mark, holder)
                texts.append(paragraph_text(p).strip(_STRIP))
            if text := "\n".join(filter(None, texts)):
                line += 1
                notes.append(Paragraph(text, line, note=True))
    return notes


__all__ = ["read_notes"]
