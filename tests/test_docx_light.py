"""The light Word writer (cached blank document, lxml) writes the parts python-docx writes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from reportdiff.pipeline import compare
from reportdiff.render import _docx_light
from reportdiff.render import docx as docx_render
from reportdiff.render._docx_document import new_document, page_number_footer, set_core_properties
from reportdiff.render._docx_package import deflate, zip_parts
from reportdiff.render._docx_paragraphs import revised_paragraph
from reportdiff.render._revisions import DEL, INS, RevisionWriter, set_comment_date

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_ed6269d44b6c061b.txt"
SAMPLES = ROOT / "samples"
REAL = ROOT.parent / "shared" / "real"
WHEN = dt.datetime(2024, 5, 6, 7, 8, 9, tzinfo=dt.timezone.utc)


def _parts(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return [(info.filename, package.read(info.filename)) for info in package.infolist()]


def _both(comparison, monkeypatch, **options) -> tuple[bytes, bytes]:
    light = docx_render.render_docx(comparison, date=WHEN, **options)
    monkeypatch.setattr(docx_render, "LIGHT_WRITER", False)
    full = docx_render.render_docx(comparison, date=WHEN, **options)
    monkeypatch.setattr(docx_render, "LIGHT_WRITER", True)
    return light, full


PAIRS = [
    pytest.param(SEED, SAMPLES / "haidian_2025_constructed.txt", id="seed-sample"),
    pytest.param(SAMPLES / "yunze_sfj_2024_constructed.txt", SAMPLES / "yunze_sfj_2025_constructed.txt", id="yunze"),
    pytest.param(REAL / "guowuyuan-zfgzbg-2021-s.txt", REAL / "guowuyuan-zfgzbg-2022-s.txt", id="real-2021-2022"),
]


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_light_writer_gives_python_docx_bytes(old: Path, new: Path, monkeypatch) -> None:
    if not old.exists():
        pytest.skip(f"{old} not found (the real reports live beside the repository)")
    comparison = compare(old, new)
    for options in ({}, {"moves": False, "lang": "en", "author": "法制科 Reviewer"}):
        light, full = _both(comparison, monkeypatch, **options)
        assert light == full


def test_light_writer_matches_on_tabs_breaks_spaces_and_multiline_comments(monkeypatch) -> None:
    # -- what the report texts rarely hold: run text with tabs, line breaks and edge spaces,
    #    comments of several lines, an empty run anchoring a comment --
    def build(document) -> None:
        writer = RevisionWriter("甲 乙", WHEN, first_id=1)
        segments = [("  lead\tin ", None), ("deleted\ntext", DEL), ("new\r\ntext\u3000", INS), ("", None)]
        for comment, whole in ((None, None), ("one line", None), ("two\nlines\n", INS), ("gone", DEL)):
            revised_paragraph(document, segments, writer=writer, author="甲 乙", when=WHEN, comment=comment,
                              whole=whole)
        document.add_paragraph("plain\ttab")
        paragraph = document.add_paragraph()
        note = document.add_comment(paragraph.add_run(""), text="note", author="a", initials=None)
        set_comment_date(note, WHEN)

    light = _docx_light.blank_document()
    full = new_document(None)
    for document in (light, full):
        set_core_properties(document, title="标题 & <题>", subject="s", author="a", when=WHEN, lang="zh")
    page_number_footer(full)
    build(light)
    build(full)
    full_parts = dict(_parts(docx_render.deterministic_zip(full)))
    for name, data in light.parts():
        assert data == full_parts[name], name


def test_long_properties_are_cut_not_refused(monkeypatch) -> None:
    # -- python-docx refuses a core property over 255 characters: deep input paths made the
    #    subject too long and the whole redline failed --
    comparison = compare(SEED, SAMPLES / "haidian_2025_constructed.txt")
    deep = "/" + "很长的目录名/" * 60 + "2024.txt"
    comparison = dataclasses.replace(comparison, old=dataclasses.replace(comparison.old, source=deep))
    light, full = _both(comparison, monkeypatch)
    assert light == full
    core = dict(_parts(light))["docProps/core.xml"].decode()
    assert "很长的目录名/很长的目录名" in core


def test_blank_document_is_built_once_and_rebuilt_when_damaged(tmp_path: Path) -> None:
    env = {**os.environ, "REPORTDIFF_CACHE": str(tmp_path), "SOURCE_DATE_EPOCH": "946684800"}
    command = [sys.executable, "-m", "reportdiff", "compare", str(SEED), str(SAMPLES / "haidian_2025_constructed.txt"),
               "--format", "docx", "-o", "-"]
    first = subprocess.run(command, env=env, capture_output=True, check=True, cwd=ROOT).stdout
    (cached,) = tmp_path.glob("reportdiff/docx-blank-*.bin")
    second = subprocess.run(command, env=env, capture_output=True, check=True, cwd=ROOT).stdout
    cached.write_bytes(b"damaged")
    third = subprocess.run(command, env=env, capture_output=True, check=True, cwd=ROOT).stdout
    assert first == second == third
    assert cached.read_bytes() != b"damaged"
    # -- the cached run never imports python-docx --
    probe = ("import sys, runpy; sys.argv = ['reportdiff', *sys.argv[1:]]\n"
             "try:\n    runpy.run_module('reportdiff', run_name='__main__')\n"
             "except SystemExit:\n    pass\nprint('docx' in sys.modules, file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", probe, *command[3:]], env=env, capture_output=True, check=True,
                            cwd=ROOT, text=False)
    assert result.stderr.decode().strip().splitlines()[-1] == "False"


def _zipfile_package(parts: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts:
            fixed = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            target.writestr(fixed, data)
    return out.getvalue()


def test_zip_parts_writes_what_zipfile_writes() -> None:
    parts = [("[Content_Types].xml", b"<Types/>"), ("word/document.xml", "报告正文".encode() * 2000),
             ("empty.xml", b""), ("word/媒体.bin", bytes(range(256)) * 40)]
    expected = _zipfile_package(parts)
    assert zip_parts(parts) == expected
    # -- a part compressed beforehand is used only while it matches the part --
    assert zip_parts(parts, {"word/document.xml": deflate(parts[1][1])}) == expected
    assert zip_parts(parts, {"word/document.xml": (0, 3, b"stale")}) == expected


def test_each_comment_reference_follows_its_own_range() -> None:
    # -- a measure's new comment-reference runs were told from the paragraph's earlier ones by
    #    id() of lxml proxies, which are reused: on 2017→2018 an earlier reference was moved into
    #    a later measure's deletion in most runs. Each reference must close its own range --
    old, new = REAL / "guowuyuan-zfgzbg-2017-s.txt", REAL / "guowuyuan-zfgzbg-2018-s.txt"
    if not old.exists() or not new.exists():
        pytest.skip(f"{REAL} holds no 2017 and 2018 reports")
    for _ in range(3):
        data = docx_render.render_docx(compare(old, new, promises=False, expressions=False))
        body = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
        marks = re.findall(r'<w:(commentRangeStart|commentRangeEnd|commentReference) w:id="(\d+)"/>', body)
        last_end = None
        references = 0
        for kind, ident in marks:
            if kind == "commentRangeEnd":
                last_end = ident
            elif kind == "commentReference":
                assert ident == last_end, f"comment {ident}'s reference stands after the range of {last_end}"
                references += 1
        assert references > 50
