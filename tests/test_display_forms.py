"""Text shown in a 繁體 report's script: s2t, less the phrases it splits wrongly, in the forms the
report itself writes (display.to_traditional, forms_in_use, in_forms), one rule for compare and
for a folder's rows."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from reportdiff import display
from reportdiff.cli import cli
from reportdiff.pipeline import load_report


@pytest.mark.parametrize(("simplified", "traditional"), [
    ("工商联系统", "工商聯系統"),
    ("全国工商联系统开展培训", "全國工商聯系統開展培訓"),
    ("妇联系统和侨联系统", "婦聯系統和僑聯系統"),
    ("物联系统", "物聯系統"),
    # -- 联系 indeed: the word before 统筹, 统战, 群众 --
    ("联系统筹", "聯繫統籌"),
    ("加强联系统战对象", "加強聯繫統戰對象"),
    ("工商联系统筹推进", "工商聯繫統籌推進"),
    ("密切联系群众", "密切聯繫羣衆"),
    ("系统联系", "系統聯繫"),
])
def test_phrases_s2t_splits_wrongly_are_written_as_read(simplified, traditional) -> None:
    assert display.to_traditional(simplified) == traditional
    # -- Traditional text already right stays so --
    assert display.to_traditional(traditional) == traditional


# -- a county's reports: 2024 in Simplified, 2025 in Traditional writing 干 only in 若干 and the
#    county's 溪 as 溪 (s2t: 棠谿) --
_OLD = ("棠溪县2024年法治政府建设年度报告\n"
        "一、2024年主要举措及成效\n"
        "（一）深化依法行政。制定若干措施，全年审核规范性文件12件。\n"
        "（二）强化棠溪县领导干部和工商联系统学法用法。组织领导干部旁听庭审2次，工商联系统开展法治培训3场。\n"
        "二、2025年工作计划\n"
        "（一）继续深化依法行政，出台若干配套措施。\n")
_NEW = ("棠溪縣2025年法治政府建設年度報告\n"
        "一、2025年主要舉措及成效\n"
        "（一）深化依法行政。制定若干措施，全年審核規範性文件15件。\n"
        "（二）推進政務公開。主動公開政府信息320條，棠溪縣政務公開專區全年更新。\n"
        "二、2026年工作計劃\n"
        "（一）繼續深化依法行政，出台若干配套措施。\n")


def test_one_function_keeps_the_reports_forms_and_s2t_elsewhere() -> None:
    """The report writes 溪 where s2t writes 谿 (棠溪縣): its form is taken. It writes 干 only in
    若干, where s2t writes 干 too: that says nothing of 幹部, which stays s2t's. compare's and the
    folder rows' converters are one function."""
    old, new = load_report(_OLD), load_report(_NEW)
    forms = display.forms_in_use(new)
    assert forms[("溪", "谿")] == "溪" and forms[("核", "覈")] == "核"
    assert not any(key[0] == "干" for key in forms)
    convert, keyed = display.script_converters(old, new)
    shown = display.in_forms("traditional", forms)
    for text, expected in [("强化棠溪县领导干部学法", "強化棠溪縣領導幹部學法"),
                           ("制定若干措施", "制定若干措施"), ("审核", "審核"),
                           ("工商联系统开展法治培训", "工商聯系統開展法治培訓")]:
        assert convert(text) == keyed(text) == shown(text) == expected, text
    assert display.forms_in_use(old) == {}


def _written(folder, name: str, text: str):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_compare_shows_last_years_words_in_the_forms_this_years_report_writes(tmp_path, fmt) -> None:
    old, new = _written(tmp_path, "tangxi-2024.txt", _OLD), _written(tmp_path, "tangxi-2025.txt", _NEW)
    result = CliRunner().invoke(cli, ["compare", str(old), str(new), "--format", fmt])
    assert result.exit_code == 0, result.output
    shown = result.stdout
    assert "領導幹部" in shown and "工商聯系統" in shown and "棠溪縣領導" in shown
    for wrong in ("領導干部", "聯繫統", "棠谿"):
        assert wrong not in shown, wrong


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_timeline_rows_read_as_the_newest_report_writes(tmp_path, fmt) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    _written(folder, "tangxi-2024.txt", _OLD)
    _written(folder, "tangxi-2025.txt", _NEW)
    result = CliRunner().invoke(cli, ["timeline", str(folder), "--format", fmt, "--no-cache"])
    assert result.exit_code == 0, result.output
    shown = result.stdout
    assert "強化棠溪縣領導幹部和工商聯系統學法用法" in shown
    for wrong in ("領導干部", "聯繫統", "棠谿"):
        assert wrong not in shown, wrong
