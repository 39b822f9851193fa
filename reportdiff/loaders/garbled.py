"""Text garbled before it reached us: a Chinese page whose two-byte characters (GBK, Big5) were
read one byte at a time somewhere on the way, and came out as ASCII between ideographs
(工作?,F將: 現 lost) or as replacement characters (U+FFFD). Nothing can mend it; the reader is
told, so a redline of garbage is not taken for a change of wording.
"""

from __future__ import annotations

from typing import Protocol

from .. import lazy_re
from ..report_warnings import ReportWarning

#: An ASCII ? (a byte no encoding took) and up to three more ASCII marks between ideographs: a
#: report writes its question marks full width (？), and punctuation beside ideographs is full
#: width too. Or the replacement character, which a decoder leaves for a byte it could not read.
_GARBLED = lazy_re.compile(r"[\u3400-\u9fff]\?[\x21-\x7e]{0,3}[\u3400-\u9fff]|\ufffd+")
#: How much of the text is shown around the first place.
_SHOWN = 4


class _Text(Protocol):
    text: str


def garbled_warning(source: str, paragraphs: tuple[_Text, ...]) -> ReportWarning | None:
    """Return a warning naming the garbled places of ``paragraphs``, or None when there are none."""
    found = [(paragraph.text, match) for paragraph in paragraphs for match in _GARBLED.finditer(paragraph.text)]
    if not found:
        return None
    text, first = found[0]
    sample = text[max(first.start() - _SHOWN, 0):first.end() + _SHOWN]
    name = source.replace("\\", "/").rsplit("/", 1)[-1]
    return ReportWarning.of("garbled", source=name, count=len(found), sample=sample)


__all__ = ["garbled_warning"]
