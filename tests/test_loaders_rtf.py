"""RTF reports are read (text, tables; headers and footers left out); .wps is read as the .doc it
is; a folder command names every document it cannot read instead of passing over it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import opencc
import pytest

from reportdiff.corpus.discover import discover, report_files
from reportdiff.errors import LoadError
from reportdiff.loaders import EXTENSIONS, load, reader_of
from reportdiff.pipeline import compare, load_report

FIXTURE_DOC = Path(__file__).parent / "data" / "qingchuan_2024.doc"

# -- a township's report, own wording; {figure} changes year over year --
TOWNSHIP = [
    "柳溪镇{year}年法治政府建设年度报告",
    "一、主要举措和成效",
    "（一）规范行政执法",
    "一是开展执法案卷评查，全年评查案卷{figure}卷。二是落实行政执法公示制度。",
    "二、存在的不足",
    "一是执法人员专业能力有待提升。",
    "三、下一步工作计划",
    "一是开展执法人员轮训。",
]


def _text(year: int, figure: int, script: str) -> list[str]:
    lines = [line.format(year=year, figure=figure) for line in TOWNSHIP]
    return [opencc.OpenCC("s2t").convert(line) for line in lines] if script == "t" else lines


def _escaped(text: str) -> str:
    """RTF text: ASCII as it is, every other character as \\uN? (as Word and LibreOffice write)."""
    return "".join(ch if ord(ch) < 128 else f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?" for ch in text)


def _rtf(lines: list[str], table: list[list[str]] | None = None) -> bytes:
    body = ["{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil SimSun;}}",
            "{\\header\\pard " + _escaped("柳溪镇人民政府（页眉）") + "\\par}",
            "{\\footer\\pard - 1 -\\par}"]
    for index, line in enumerate(lines):
        body.append("\\pard " + _escaped(line) + "\\par")
        if table and index == 3:
            for row in table:
                cells = "".join(f"\\cellx{1500 * (n + 1)}" for n in range(len(row)))
                body.append("\\trowd" + cells + "\\pard\\intbl " + "".join(_escaped(c) + "\\cell " for c in row) + "\\row")
    body.append("}")
    return "\n".join(body).encode("ascii")


@pytest.mark.parametrize("script", ["s", "t"])
def test_an_rtf_report_reads_as_its_text(tmp_path: Path, script: str) -> None:
    rtf = tmp_path / "2025.rtf"
    rtf.write_bytes(_rtf(_text(2025, 96, script)))
    document = load(rtf)
    assert [p.text for p in document.paragraphs] == _text(2025, 96, script)  # -- no header, no footer --
    old = "\n".join(_text(2024, 88, script)) + "\n"
    from_rtf, from_text = compare(old, load_report(rtf)), compare(old, "\n".join(_text(2025, 96, script)) + "\n")
    assert from_rtf.summary == from_text.summary
    assert [(m.status, m.new.id if m.new else None) for m in from_rtf.matches] == \
        [(m.status, m.new.id if m.new else None) for m in from_text.matches]


def test_an_rtf_table_is_a_table(tmp_path: Path) -> None:
    rtf = tmp_path / "2025.rtf"
    rtf.write_bytes(_rtf(_text(2025, 96, "s"), [["项目", "2024年", "2025年"], ["评查案卷（卷）", "88", "96"]]))
    tables = [p.table for p in load(rtf).paragraphs if p.table]
    assert tables == [(("项目", "2024年", "2025年"), ("评查案卷（卷）", "88", "96"))]


def test_rtf_and_wps_are_registered(tmp_path: Path) -> None:
    assert {".rtf", ".wps"} <= set(EXTENSIONS)
    assert reader_of("报告.RTF") == "rtf" and reader_of("报告.wps") == "doc"
    wps = tmp_path / "qingchuan-2024.wps"
    wps.write_bytes(FIXTURE_DOC.read_bytes())
    assert load(wps).paragraphs == load(FIXTURE_DOC).paragraphs
    (tmp_path / "unnamed").write_bytes(_rtf(_text(2025, 96, "s")))
    assert [p.text for p in load(tmp_path / "unnamed").paragraphs][0] == "柳溪镇2025年法治政府建设年度报告"
    assert [p.text for p in load("-", stdin_bytes=_rtf(_text(2025, 96, "s"))).paragraphs][1] == "一、主要举措和成效"


def test_an_rtf_without_text_is_an_input_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.rtf"
    empty.write_bytes(b"{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}}")
    with pytest.raises(LoadError, match="no text"):
        load(empty)


def _folder(tmp_path: Path, script: str) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "liuxi-2023.wps").write_bytes(FIXTURE_DOC.read_bytes())
    (folder / "liuxi-2024.txt").write_text("\n".join(_text(2024, 80, script)), encoding="utf-8")
    (folder / "liuxi-2025.txt").write_text("\n".join(_text(2025, 88, script)), encoding="utf-8")
    (folder / "liuxi-2026.rtf").write_bytes(_rtf(_text(2026, 96, script)))
    (folder / "liuxi-2026-正式版.ofd").write_bytes(b"PK\x03\x04 an OFD package")
    return folder


@pytest.mark.parametrize("script", ["s", "t"])
def test_folder_commands_read_rtf_and_wps_and_name_what_they_cannot_read(tmp_path: Path, script: str) -> None:
    folder = _folder(tmp_path, script)
    assert [p.suffix for p in report_files(folder)] == [".wps", ".txt", ".txt", ".rtf"]
    corpus = discover(folder, load_report)
    assert [entry.year for entry in corpus.entries] == [2023, 2024, 2025, 2026]
    assert any(w.code == "unread_format" and w.values["path"].endswith("liuxi-2026-正式版.ofd")
               and w.values["suffix"] == ".ofd" for w in corpus.warnings)
    result = subprocess.run([sys.executable, "-m", "reportdiff", "check", str(folder)], capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    # -- the newest report is the .rtf one, compared with 2025; the .ofd is named, on stderr and in the summary --
    assert "柳溪镇 2025 → 2026" in result.stdout and "liuxi-2026.rtf" in result.stdout
    assert "liuxi-2026-正式版.ofd" in result.stderr and "liuxi-2026-正式版.ofd" in result.stdout
