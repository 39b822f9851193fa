"""audit27's two 政府工作报告 pairs below the State Council against their answer key
(tests/data/audit27/key.json, written by reading before reportdiff ran): a province's report in
Traditional script (a Hong Kong-style .docx against a Taiwan-style saved page) and a county's in
Simplified (plain text against a PDF with a “十五五” outline part), through compare and the
folder commands."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportdiff import compare, load_report
from reportdiff.cli import cli
from reportdiff.normalize import key

sys.path.insert(0, str(Path(__file__).resolve().parent))
from audit27_key import DATA, KEY, forms, pair_json, report, score_pair  # noqa: E402
from audit19_key import unexpected_misses  # noqa: E402

#: Key items left when this was written: expressions the list does not carry (a heading's
#: slogan, a framing sentence's “十五五” phrase, a goal inside the outline part, a closing's
#: 富美梧岭, and 全面推进乡村振兴 reworded to 推进乡村全面振兴, which is listed as new instead).
LEFT = {
    "donglan": {"expression new 以科技创新引领产业创新"},
    "wuling": {"expression new “十五五”规划开局之年", "expression new 省级先进制造业基地",
               "expression dropped 富美梧岭", "expression dropped 全面推进乡村振兴"},
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return forms(tmp_path_factory.mktemp("audit27") / "reports")


@pytest.mark.parametrize("name", sorted(LEFT))
def test_every_key_item_holds_but_those_left(folder, name) -> None:
    rows = score_pair(name, folder)
    assert not unexpected_misses(rows, LEFT[name]), report(rows)


@pytest.mark.parametrize("form, source", [("donglan-2024.docx", "donglan-2024.src.txt"),
                                          ("wuling-2026.pdf", "wuling-2026.src.txt")])
def test_a_published_form_reads_as_its_text(folder, form, source) -> None:
    text, other = load_report(str(DATA / source)), load_report(str(folder / form))
    assert [(m.id, key(m.text)) for m in other.measures] == [(m.id, key(m.text)) for m in text.measures]
    assert key(other.preamble) == key(text.preamble)
    titles = [[key(b.text) for b in r.blocks if b.kind.value == "title"] for r in (text, other)]
    assert titles[0] == titles[1]


def test_the_variant_scripts_of_the_province_give_no_expression_twice(folder) -> None:
    """保衞戰 (Hong Kong) and 保衛戰 (Taiwan) are one word: no expression is both new and dropped."""
    comparison = compare(str(folder / "donglan-2024.docx"), str(folder / "donglan-2025.html"))
    listed = [e.text for e in comparison.expressions.new + comparison.expressions.dropped]
    assert not [text for text in listed if "保衞戰" in text or "保衛戰" in text], listed


def test_check_and_timeline_follow_each_body(folder, tmp_path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["check", str(folder), "--no-cache"])
    assert result.exit_code == 0, result.output
    summary = result.output
    assert "donglan-2024.docx" in summary and "wuling-2026.pdf" in summary
    timeline = tmp_path / "timeline.json"
    assert runner.invoke(cli, ["timeline", str(folder), "-o", str(timeline)]).exit_code == 0
    text = timeline.read_text(encoding="utf-8")
    for body, rows in KEY["folder"]["timeline"].items():
        assert body in text or body in json.dumps(json.loads(text), ensure_ascii=False)
        for value in rows["地区生产总值"] + rows["targets_gdp"]:
            assert value in text or key(value) in key(text), (body, value)


def test_the_province_s_two_forms_read_one_title(folder) -> None:
    """The .docx prints 政府工作報告; the saved page heads it 東瀾省2025年政府工作報告 over that same
    line: both read the printed title, and are named alike (body from the occasion, year after)."""
    from reportdiff.display import report_name

    printed, saved = load_report(str(folder / "donglan-2024.docx")), load_report(str(folder / "donglan-2025.html"))
    assert printed.title == saved.title == "政府工作報告"
    assert report_name(printed).replace("2024", "2025") == report_name(saved)


def test_the_county_s_outline_heading_word_is_no_expression(folder) -> None:
    comparison, data = pair_json("wuling", folder)
    assert "奋斗目标" not in [e["text"] for e in data["expressions"]["new"]]
