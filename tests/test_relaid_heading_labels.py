"""A section's body on its heading's line one year and on its own line under the heading the next
(（一）加强….区委… → （一）加强… / 区委…, as a Word file with heading styles gives it) is where it was:
its label carries no 原… note, in either direction (review39 #9). The reports are written for the test."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from opencc import OpenCC

from reportdiff.cli import cli

_T = OpenCC("s2t").convert

INLINE = ("某区2024年法治政府建设年度报告\n一、主要举措和成效\n"
          "（一）加强党对法治政府建设的领导。区委常委会专题研究法治建设工作4次，制定年度工作要点。\n"
          "（二）深化行政执法改革。全年开展执法检查120次，办理案件860件。\n"
          "二、2025年工作打算\n一是持续推进依法行政。\n")
OWN_LINE = ("某区2025年法治政府建设年度报告\n一、主要举措和成效\n（一）加强党对法治政府建设的领导\n"
            "区委常委会专题研究法治建设工作5次，制定年度工作要点。\n（二）深化行政执法改革\n"
            "全年开展执法检查150次，办理案件900件。\n二、2026年工作打算\n一是持续推进依法行政。\n")


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
@pytest.mark.parametrize(("old", "new", "labels"), [
    (INLINE, OWN_LINE, ["一、（一）第1段", "一、（二）第1段"]),
    (OWN_LINE.replace("2025", "2023").replace("2026", "2024"), INLINE, ["一、（一）", "一、（二）"]),
])
def test_a_body_moved_off_its_headings_line_is_no_move(tmp_path, script, old: str, new: str, labels: list[str]) -> None:
    (tmp_path / "old.txt").write_text(script(old), encoding="utf-8")
    (tmp_path / "new.txt").write_text(script(new), encoding="utf-8")
    result = CliRunner().invoke(cli, ["compare", str(tmp_path / "old.txt"), str(tmp_path / "new.txt")])
    assert result.exit_code == 0, result.output
    shown = [line.split("  ")[0] for line in result.output.splitlines() if line.startswith("一、（")]
    assert shown == labels
    assert "原一" not in result.output
    # -- the body's own change is still redlined word by word --
    assert "[-4次-]{+5次+}" in result.output or "[-5次-]{+4次+}" in result.output
