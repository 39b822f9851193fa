"""A folder command names every file it cannot read in a warning and carries on with the rest."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportdiff.corpus.commands import run_check_command, run_matrix, run_timeline

_REPORT = """青禾镇{year}年法治政府建设工作报告
{year}年，青禾镇围绕县委工作部署推进法治政府建设，现报告如下。
一、主要工作及成效
镇党委专题研究法治工作{n}次，组织村干部集中学法{n}次。
排查化解矛盾纠纷{cases}件，调解成功率{rate}%。
二、存在的不足
一是执法人员力量不足。二是群众法治意识仍需提升。
三、下一步工作打算
一是充实执法力量，配备执法记录仪{devices}台。二是开展“法律明白人”培训。
"""


def _folder(tmp_path: Path) -> Path:
    for year, n, cases, rate, devices in ((2024, 3, 120, "97.5", 6), (2025, 4, 133, "98.2", 8)):
        (tmp_path / f"qinghe-{year}.txt").write_text(
            _REPORT.format(year=year, n=n, cases=cases, rate=rate, devices=devices), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("bad", ["说明.txt", "qinghe-2023.docx", "乱码.txt"])
def test_check_timeline_and_matrix_skip_an_unreadable_file_with_a_warning(tmp_path, bad: str) -> None:
    folder = _folder(tmp_path)
    # -- an empty file, a named 0-byte Word file, bytes that are no text in any encoding --
    (folder / bad).write_bytes(b"\xff\xfe\x00\xd8" * 64 if bad == "乱码.txt" else b"")
    result, outputs = run_check_command(folder, use_cache=False, want_json=True)
    assert [body.new.year for body in result.bodies] == [2025]
    (skipped,) = [w for w in result.warnings if bad in w.text("en")]
    assert skipped.code in ("unreadable", "empty_file") and "skipped" in skipped.text("en")
    assert "已跳过" in skipped.text("zh") and bad in outputs["json"]
    timelines, warnings, _ = run_timeline(folder, use_cache=False)
    assert len(timelines) == 1 and any(bad in warning.text("zh") for warning in warnings)
    matrix, warnings, _ = run_matrix(folder, use_cache=False)
    assert matrix.year == 2025 and any(bad in warning.text("zh") for warning in warnings)


def test_an_unreadable_latest_year_gives_way_to_the_year_before(tmp_path) -> None:
    folder = _folder(tmp_path)
    (folder / "qinghe-2026.docx").write_bytes(b"PK\x03\x04 truncated")
    result, _ = run_check_command(folder, use_cache=False)
    (body,) = result.bodies
    assert (body.old.year, body.new.year) == (2024, 2025)
    assert any(w.code == "unreadable" and w.values["source"].endswith("qinghe-2026.docx") for w in result.warnings)
    timelines, warnings, _ = run_timeline(folder, use_cache=False, jobs=2)
    assert any("qinghe-2026.docx" in warning.text("en") and "skipped" in warning.text("en") for warning in warnings)


def test_the_command_line_exits_0_and_says_the_file(tmp_path) -> None:
    from click.testing import CliRunner

    from reportdiff.cli import cli

    folder = _folder(tmp_path)
    (folder / "notes.txt").write_bytes(b"")
    for command in ("check", "timeline", "matrix"):
        result = CliRunner().invoke(cli, [command, str(folder), "--no-cache"])
        assert result.exit_code == 0
        assert "notes.txt：文件为空；已跳过" in result.stderr
    english = CliRunner().invoke(cli, ["matrix", str(folder), "--no-cache", "--lang", "en"])
    assert english.exit_code == 0 and "notes.txt: is empty; skipped" in english.stderr
