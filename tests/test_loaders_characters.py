"""Radical code points standing for ideographs (⼀ for 一, ⻘ for 青), as text copied out of a
Chromium-printed PDF carries them, are read as the ideographs by every reader, so that headings
are headings; text without them passes untouched."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from reportdiff.loaders import RawDocument, Paragraph
from reportdiff.loaders.characters import RADICALS, unify_radicals
from reportdiff.pipeline import load_report

from conftest import SAMPLE, SEED
from published_forms import read_alike

#: Each ideograph → the radical a font's ToUnicode may give for it (a Kangxi radical where
#: there is one, as Chromium writes them).
AS_RADICAL = {ideograph: chr(code) for code, ideograph in sorted(RADICALS.items(), reverse=True)}


def _radicalised(text: str) -> str:
    return "".join(AS_RADICAL.get(c, c) for c in text)


def test_every_radical_maps_to_a_unified_ideograph() -> None:
    assert set(range(0x2F00, 0x2FD6)) <= set(RADICALS)  # -- all 214 Kangxi radicals --
    assert len([code for code in RADICALS if code < 0x2F00]) == 103  # -- the supplement's 115, 12 left out --
    for code, ideograph in RADICALS.items():
        assert len(ideograph) == 1 and unicodedata.name(ideograph).startswith("CJK UNIFIED IDEOGRAPH"), hex(code)
    assert unify_radicals("⼆、存在的问题（⼀）粮⻝⽣产⻘川⻓江⺠生⻰⻔⼾") == "二、存在的问题（一）粮食生产青川长江民生龙门户"
    assert unify_radicals("⻑期") == "長期"  # -- the Traditional radical stays Traditional --


def test_text_without_radicals_is_the_same_object() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    assert unify_radicals(text) is text
    paragraphs = (Paragraph(text, 1),)
    assert RawDocument("x", paragraphs).paragraphs is paragraphs


@pytest.mark.parametrize("form", ["txt", "docx", "html"])
@pytest.mark.parametrize("source", [SAMPLE, SEED], ids=["simplified", "traditional"])
def test_radicals_read_as_ideographs_in_every_form(tmp_path, source: Path, form: str) -> None:
    text = source.read_text(encoding="utf-8")
    copied = _radicalised(text)
    assert copied != text and "⼀、" in copied
    read_alike(text, copied, tmp_path, form)


def test_report_text_given_as_a_string_is_mended_too() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    assert [p.title for p in load_report(_radicalised(text)).parts] == [p.title for p in load_report(text).parts]
