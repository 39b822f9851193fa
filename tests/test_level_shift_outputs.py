"""A constructed pair whose parts and sections change level (tests/data/level21): the command line
says so in every format, and the Markdown is kept as a golden. Its 2024 part 二 深入开展法治宣传教育
is the 2025 section 一、（一）, its measures rewritten; its 2024 section 一、（三） is the 2025 item
一、（三）第3项."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import opencc
import pytest
from click.testing import CliRunner

from reportdiff.cli import cli

DATA = Path(__file__).resolve().parent / "data" / "level21"
OLD = DATA / "qinghe_2024_constructed.txt"
NEW = DATA / "qinghe_2025_constructed.txt"
GOLDEN = Path(__file__).resolve().parent / "golden" / "level21.md"


@pytest.fixture(params=["simplified", "traditional"])
def pair(request, tmp_path) -> tuple[str, str]:
    if request.param == "simplified":
        return str(OLD), str(NEW)
    convert = opencc.OpenCC("s2t").convert
    paths = []
    for source in (OLD, NEW):
        target = tmp_path / source.name
        target.write_text(convert(source.read_text(encoding="utf-8")), encoding="utf-8")
        paths.append(str(target))
    return paths[0], paths[1]


def _compare(*args: str) -> str:
    result = CliRunner().invoke(cli, ["compare", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_json_pairs_the_part_with_the_section_and_keeps_its_measures(pair) -> None:
    document = json.loads(_compare(*pair, "--format", "json"))
    levels = sorted((p.get("level"), p.get("counterpart")) for p in (*document["parts"], *document["sections"])
                    if "level" in p)
    assert levels == [("part→section", "一/(一)"), ("part→section", "二"), ("section→item", "一/(三)/3")]
    assert document["summary"]["new"] == 0 and document["summary"]["dropped"] == 0, document["summary"]


def test_terminal_says_it_in_either_language(pair) -> None:
    shown = _compare(*pair)
    assert "一、（一）（原第二部分调整为第一部分下的小节）" in shown
    assert "原一、（三）（调整为一、（三）第3项）" in shown
    english = _compare(*pair, "--lang", "en")
    assert "(old part 二 became a section of part 一)" in english


def test_html_tags_the_section_heading(pair, tmp_path) -> None:
    out = tmp_path / "diff.html"
    _compare(*pair, "-o", str(out))
    html = out.read_text(encoding="utf-8")
    assert '<span class="tag st-moved level">原第二部分调整为第一部分下的小节</span>' in html
    assert '<span class="tag st-moved level">调整为一、（三）第3项</span>' in html
    # -- neither new nor dropped: no such tag on the shifted headings --
    assert html.count('class="tag st-new"') == 0


def test_docx_summary_lists_the_level_changes(pair, tmp_path) -> None:
    from docx import Document

    out = tmp_path / "diff.docx"
    _compare(*pair, "-o", str(out), "--summary")
    texts = [paragraph.text for paragraph in Document(io.BytesIO(out.read_bytes())).paragraphs]
    at = texts.index("层级调整")
    # -- items of a list, each marked as the summary's warnings are --
    assert texts[at + 1:at + 3] == ["• 原第二部分调整为第一部分下的小节一、（一）", "• 原一、（三）调整为一、（三）第3项"]


def test_golden_markdown() -> None:
    shown = _compare(str(OLD), str(NEW), "--format", "md")
    if os.environ.get("REPORTDIFF_UPDATE_GOLDEN"):
        GOLDEN.write_text(shown, encoding="utf-8", newline="")
    assert GOLDEN.exists(), "run with REPORTDIFF_UPDATE_GOLDEN=1 to create tests/golden/level21.md"
    assert shown == GOLDEN.read_text(encoding="utf-8"), "set REPORTDIFF_UPDATE_GOLDEN=1 after a deliberate change"


def test_docx_comments_the_shifted_headings(pair, tmp_path) -> None:
    """In the redline itself (no summary page), the inserted and deleted headings say it in a comment."""
    import re
    import zipfile

    out = tmp_path / "diff.docx"
    _compare(*pair, "-o", str(out))
    comments = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", zipfile.ZipFile(out).read("word/comments.xml").decode()))
    assert comments.count("原第二部分调整为第一部分下的小节一、（一）") == 2  # -- the old part's heading and the new section's --
    assert "原一、（三）调整为一、（三）第3项" in comments


def _headings(shown: str, head: str) -> list[str]:
    """The lines of the headings list (标题与导语 / Headings) of a terminal or Markdown output."""
    lines = shown.splitlines()
    start = next(i for i, line in enumerate(lines) if head in line)
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith(("==", "## "))), len(lines))
    return [line for line in lines[start + 1:end] if line.strip()]


def test_terminal_lists_a_shifted_heading_once_and_not_as_deleted(pair) -> None:
    """A block written at another level is moved, not deleted on one side and added on the other:
    one line, the heading as text (no [-…-] or {+…+})."""
    lines = _headings(_compare(*pair), "== 标题与导语")
    shifted = [line for line in lines if "调整为" in line]
    assert len(shifted) == 2, lines
    assert all("[-" not in line and "{+" not in line for line in shifted), shifted
    assert shifted[0].startswith("一、（一）（原第二部分调整为第一部分下的小节）"), shifted
    assert shifted[1].startswith("原一、（三）（调整为一、（三）第3项）"), shifted


def test_markdown_lists_a_shifted_heading_once_and_not_as_deleted(pair) -> None:
    lines = _headings(_compare(*pair, "--format", "md"), "## 标题与导语")
    shifted = [line for line in lines if "调整为" in line]
    assert len(shifted) == 2, lines
    assert all("<del>" not in line and "<ins>" not in line for line in shifted), shifted


def test_html_styles_shifted_headings_as_moved(pair, tmp_path) -> None:
    """Neither struck through in red (deleted) nor tagged 新增章节 (new): the moved style."""
    import re

    out = tmp_path / "diff.html"
    _compare(*pair, "-o", str(out))
    html = out.read_text(encoding="utf-8")
    assert html.count('<section class="sec state-shifted"') == 2
    assert 'class="sec state-dropped"' not in html and 'class="sec state-new"' not in html
    assert html.count('<li class="toc-sec state-shifted">') == 2
    headings = re.findall(r'<h3>(.*?)</h3>', html) + re.findall(r'<li class="toc-sec state-shifted">(.*?)</li>', html)
    shifted = [h for h in headings if "規範性文件管理" in h or "规范性文件管理" in h]
    assert shifted and all("<del>" not in h for h in shifted), shifted
    assert ".sec.state-shifted" in html and ".toc-sec.state-shifted" in html  # -- styled in the page's css --
