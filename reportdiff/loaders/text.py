"""Decode plain-text reports (.txt/.md) and split them into paragraphs.

Encodings are tried in a fixed order: a BOM decides first (UTF-8, UTF-16); then strict
UTF-8; then GB18030 (a superset of GBK) and Big5, choosing the one whose decoding is
cleanest. Blank lines and leading indentation are dropped here; joining of hard-wrapped
lines is the parser's job because it needs to know what a heading looks like.
"""

from __future__ import annotations

import codecs

from ..errors import LoadError
from . import Paragraph, RawDocument

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, source: str) -> str:
    """Return ``data`` decoded, detecting the encoding; raise LoadError if none fits."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding)
    if _looks_like_utf16(data):
        # -- ASCII characters (digits, newlines) put their zero byte second in little-endian --
        sample = data[:2000]
        little = sample[1::2].count(0) >= sample[0::2].count(0)
        for encoding in ("utf-16-le", "utf-16-be") if little else ("utf-16-be", "utf-16-le"):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                continue
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    candidates = []
    for encoding in ("gb18030", "big5"):
        try:
            decoded = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        candidates.append((_oddness(decoded), encoding, decoded))
    if not candidates:
        raise LoadError(source, "not valid UTF-8, UTF-16, GB18030 or Big5 text")
    return min(candidates)[2]


def _looks_like_utf16(data: bytes) -> bool:
    # -- BOM-less UTF-16: CJK text still has many ASCII punctuation/digits, so zero
    #    bytes fall on one side only. Plain 8-bit encodings never contain NUL. --
    sample = data[:2000]
    return len(sample) >= 4 and sample.count(0) >= len(sample) // 8


def _oddness(text: str) -> int:
    # -- GB18030 decodes almost any byte string; Big5 text read as GB18030 produces
    #    rare characters. Count characters outside the common CJK and ASCII ranges. --
    return sum(1 for ch in text if not (ch.isascii() or "\u4e00" <= ch <= "\u9fa5" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" or ch in "“”‘’…—·"))


def split_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Return the non-blank lines of ``text`` with leading/trailing space removed."""
    paragraphs = []
    for number, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        stripped = line.strip(" \t\u3000\ufeff")
        if stripped:
            paragraphs.append(Paragraph(stripped, number))
    return tuple(paragraphs)


def read_bytes(data: bytes, source: str) -> RawDocument:
    """Return the paragraphs of a text report given as bytes."""
    if b"\x00" not in data[:2000] and not data.strip():
        raise LoadError(source, "is empty")
    text = decode(data, source)
    paragraphs = split_paragraphs(text)
    if not paragraphs:
        raise LoadError(source, "is empty")
    return RawDocument(source, paragraphs)


__all__ = ["decode", "read_bytes", "split_paragraphs"]
