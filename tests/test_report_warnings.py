"""Warnings are records (a code and plain params) that every output words in the reader's language."""

from __future__ import annotations

import json
import re
import string
import zipfile
from io import BytesIO

import pytest
from click.testing import CliRunner

from reportdiff.cli import cli
from reportdiff.labels import LANGUAGES, WARNING_CODES, warning_template
from reportdiff.pipeline import compare
from reportdiff.render import render
from reportdiff.report_warnings import ReportWarning, warning_text

from conftest import ROOT, SAMPLE, SEED

OLDER = ROOT / "samples" / "yunze_sfj_2024_constructed.txt"
NEWER = ROOT / "samples" / "yunze_sfj_2025_constructed.txt"

#: One warning of every code, with the params its producer gives it.
EXAMPLES = {
    "tracked_changes": {"source": "a.docx"},
    "comments": {"source": "a.docx", "count": 2},
    "unrendered_lists": {"source": "a.doc", "count": 3},
    "garbled": {"source": "a.txt", "count": 1, "sample": "工作?,F将"},
    "pdf_columns": {"source": "a.pdf", "pages": (1, 3)},
    "no_plans_part": {"source": "a.txt"},
    "no_results_part": {"source": "a.txt"},
    "swapped_years": {"old": "a.txt", "new": "b.txt", "old_year": 2025, "new_year": 2024, "plans_unchecked": True},
    "same_year": {"old": "a.txt", "new": "b.txt", "year": 2024, "plans_unchecked": False},
    "two_bodies": {"old": "a.txt", "new": "b.txt", "old_body": "柳塘镇", "new_body": "青石乡"},
    "years_missing": {"old": "a.txt", "new": "b.txt", "plan_year": 2025, "review_year": 2026},
    "different_kinds": {"old": "a.txt", "new": "b.txt", "old_kind": "rule_of_law", "new_kind": "government_work"},
    "same_text": {"old": "a.txt", "new": "b.txt"},
    "unrelated": {"old": "a.txt", "new": "b.txt", "matched": 0},
    "unread_format": {"path": "a.ofd", "suffix": ".ofd"},
    "copy": {"path": "a (1).txt", "original": "a.txt"},
    "empty_file": {"path": "a.txt"},
    "unreadable": {"source": "a.docx", "problem": "is not a valid .docx file"},
    "no_year": {"path": "a.txt"},
    "timeline_gap": {"body": "桐溪县", "years": (2025,), "before": 2024, "after": 2026},
    "matrix_absent": {"body": "北城区", "year": 2024, "years": (2022, 2023)},
    "mixed_kinds": {"year": 2024, "kinds": {"政府工作报告": ["甲县"], "法治政府建设年度报告": ["乙县", "丙县"]}},
}


def test_every_code_has_one_template_in_each_language() -> None:
    assert set(WARNING_CODES) == set(EXAMPLES)
    for code in WARNING_CODES:
        names = [{name for _, name, _, _ in string.Formatter().parse(warning_template(code, lang)) if name}
                 for lang in LANGUAGES]
        # -- both languages name the same params, and the producer gives each of them --
        assert names[0] == names[1] <= set(EXAMPLES[code]), code


@pytest.mark.parametrize("code", sorted(EXAMPLES))
def test_every_code_reads_in_chinese_and_in_english(code: str) -> None:
    warning = ReportWarning.of(code, **EXAMPLES[code])
    chinese, english = warning.text("zh"), warning.text("en")
    assert "{" not in chinese + english and chinese != english
    assert re.search(r"[\u4e00-\u9fff]", chinese.replace("报告类型", ""))
    # -- the English reads in English: only the params (names, samples, headings) are Chinese --
    assert not re.search(r"(?<![\u4e00-\u9fff/])[，。；：（）]", english), english
    assert str(warning) == english


def test_params_are_shown_in_each_language_s_way() -> None:
    gap = ReportWarning.of("timeline_gap", **{**EXAMPLES["timeline_gap"], "years": (2024, 2025)})
    assert "2024、2025年" in gap.text("zh") and "no report of 2024, 2025 between" in gap.text("en")
    kinds = ReportWarning.of("mixed_kinds", **EXAMPLES["mixed_kinds"])
    assert "（政府工作报告：甲县；法治政府建设年度报告：乙县、丙县）" in kinds.text("zh")
    assert "(政府工作报告: 甲县; 法治政府建设年度报告: 乙县, 丙县)" in kinds.text("en")
    different = ReportWarning.of("different_kinds", **EXAMPLES["different_kinds"])
    assert "法治政府建设年度报告" in different.text("zh") and "a rule_of_law report" in different.text("en")
    # -- a flag adds its sentence only when it is true --
    swapped = EXAMPLES["swapped_years"]
    assert warning_text(ReportWarning.of("swapped_years", **swapped), "zh").endswith("上年计划未对照本年回顾核对")
    assert "核对" not in ReportWarning.of("swapped_years", **{**swapped, "plans_unchecked": False}).text("zh")


def test_json_entry_is_code_message_and_plain_params() -> None:
    kinds = ReportWarning.of("mixed_kinds", **EXAMPLES["mixed_kinds"])
    assert kinds.to_json("en") == {"code": "mixed_kinds", "message": kinds.text("en"), "year": 2024,
                                   "kinds": {"政府工作报告": ["甲县"], "法治政府建设年度报告": ["乙县", "丙县"]}}
    pages = ReportWarning.of("pdf_columns", source="a.pdf", pages=[2])
    assert pages.to_json()["pages"] == [2] and hash(pages) == hash(ReportWarning.of("pdf_columns", source="a.pdf",
                                                                                   pages=(2,)))


@pytest.fixture(scope="module")
def swapped():
    """The bundled pair given the wrong way round: 2025 as OLD, 2024 as NEW."""
    return compare(NEWER, OLDER)


def test_every_output_of_a_swapped_pair_opens_with_the_warning(swapped) -> None:
    (warning,) = swapped.all_warnings
    assert warning.code == "swapped_years" and warning.values["old_year"] == 2025
    page = render(swapped, "html")
    notice = page.index('class="notice"')
    # -- a notice box above the counts, in Chinese --
    assert page.index('class="masthead"') < notice < page.index('class="summary"')
    box = page[notice:page.index('class="summary"')]
    assert "两份报告可能前后颠倒" in box
    # -- the masthead names the reports and their paths: the box names the files only --
    assert "本年报告 yunze_sfj_2024_constructed.txt（2024年）" in box and str(OLDER) not in box
    english = render(swapped, "html", lang="en")
    assert "the reports may be swapped" in english and "颠倒" not in english
    markdown = render(swapped, "md")
    assert markdown.index("> **提示**") < markdown.index("| 新增 |") and "两份报告可能前后颠倒" in markdown
    assert "the reports may be swapped" in render(swapped, "md", lang="en")
    data = json.loads(render(swapped, "json"))
    assert [w["code"] for w in data["warning_records"]] == ["swapped_years"]
    assert data["warning_records"][0]["new_year"] == 2024 and "颠倒" in data["warning_records"][0]["message"]
    assert data["warning_records"][0]["new"] == str(OLDER) and str(OLDER) in data["warning_records"][0]["message"]


def _docx_texts(data: bytes, part: str) -> str:
    with zipfile.ZipFile(BytesIO(data)) as package:
        return "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", package.read(part).decode()))


def test_word_shows_the_warning_on_its_cover_or_in_a_comment(swapped) -> None:
    cover = render(swapped, "docx", summary=True)
    body = _docx_texts(cover, "word/document.xml")
    # -- on the cover page, before the counts and before the redline --
    assert body.index("提示") < body.index("两份报告可能前后颠倒") < body.index("概览")
    plain = render(swapped, "docx")
    assert "两份报告可能前后颠倒" not in _docx_texts(plain, "word/document.xml")  # -- the body is the report --
    assert "两份报告可能前后颠倒" in _docx_texts(plain, "word/comments.xml")
    assert "the reports may be swapped" in _docx_texts(render(swapped, "docx", lang="en"), "word/comments.xml")


def test_no_warning_no_notice(seed_vs_sample) -> None:
    assert seed_vs_sample.all_warnings == ()
    assert 'class="notice"' not in render(seed_vs_sample, "html")
    assert "提示" not in render(seed_vs_sample, "md")
    assert json.loads(render(seed_vs_sample, "json"))["warnings"] == []
    assert "提示" not in _docx_texts(render(seed_vs_sample, "docx", summary=True), "word/document.xml")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_command_line_on_the_swapped_samples(tmp_path, lang: str) -> None:
    said = {"zh": "两份报告可能前后颠倒", "en": "the reports may be swapped"}[lang]
    for suffix in ("html", "md", "json", "docx"):
        out = tmp_path / f"swapped.{suffix}"
        result = CliRunner().invoke(cli, ["compare", str(NEWER), str(OLDER), "-o", str(out), "--lang", lang,
                                          *(["--summary"] if suffix == "docx" else [])])
        assert result.exit_code == 0, result.output
        assert said in result.stderr
        assert result.stderr.startswith("reportdiff: 提示：" if lang == "zh" else "reportdiff: warning: ")
        shown = _docx_texts(out.read_bytes(), "word/document.xml") if suffix == "docx" else out.read_text("utf-8")
        assert said in shown, suffix
    in_order = CliRunner().invoke(cli, ["compare", str(SEED), str(SAMPLE), "--format", "md"])
    assert in_order.exit_code == 0 and in_order.stderr == ""


def test_one_file_given_twice_warns_once(tmp_path) -> None:
    garbled = tmp_path / "garbled.txt"
    garbled.write_text("柳川镇2022年度法治政府建设情况报告\n2022年，我镇推进各项工作?,F将有关情况报告如下：\n"
                       "一、主要举措\n（一）依法行政。全年办理12件。\n", encoding="utf-8")
    comparison = compare(garbled, garbled)
    codes = [warning.code for warning in comparison.all_warnings]
    assert codes.count("garbled") == 1 and "same_text" in codes


def test_folder_pages_and_markdown_show_their_warnings(tmp_path, monkeypatch) -> None:
    """A body without a report of the year (matrix), a year missing from a series (timeline):
    the page and the Markdown say it at the top, in the chosen language."""
    from corpus_series import texts

    monkeypatch.setenv("REPORTDIFF_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "bodies"
    folder.mkdir()
    for name in ("东城区", "西城区"):
        (folder / f"{name}-2024.txt").write_text(texts()[2024].replace("云泽市", name), encoding="utf-8")
    (folder / "东城区-2022.txt").write_text(texts()[2023].replace("云泽市", "东城区").replace("2023", "2022"),
                                         encoding="utf-8")
    (folder / "北城区-2023.txt").write_text(texts()[2023].replace("云泽市", "北城区"), encoding="utf-8")
    said = {("matrix", "zh"): "北城区没有2024年的报告", ("matrix", "en"): "北城区 has no report of 2024",
            ("timeline", "zh"): "缺少2023年的报告", ("timeline", "en"): "no report of 2023 between 2022 and 2024"}
    for (command, lang), words in said.items():
        for suffix in ("md", "html"):
            out = tmp_path / f"{command}-{lang}.{suffix}"
            extra = ["--body", "东城区"] if command == "timeline" else []
            result = CliRunner().invoke(cli, [command, str(folder), "-o", str(out), "--lang", lang, *extra])
            assert result.exit_code == 0, result.output
            shown = out.read_text(encoding="utf-8")
            assert words in shown and words in result.stderr, (command, lang, suffix)
            heading = "<h2>" if suffix == "html" else "\n## "
            assert shown.index(words) < shown.index(heading), (command, lang, suffix)


def test_json_keeps_schema_one_warnings_as_english_strings_and_adds_the_records(tmp_path) -> None:
    """schema_version 1 wrote each warning as an English string; CI scripts match its words. The
    strings stay as they were, whatever --lang; the records (code, params, message in the
    reader's language) are a field added beside them."""
    same = CliRunner().invoke(cli, ["compare", str(SEED), str(SEED), "--format", "json"])
    data = json.loads(same.stdout)
    assert data["schema_version"] == 1
    assert all(isinstance(w, str) for w in data["warnings"]) and len(data["warnings"]) == len(data["warning_records"])
    assert any("both 2024 reports" in w for w in data["warnings"])
    assert [w["code"] for w in data["warning_records"]] == ["same_year", "same_text"]
    assert not any("both 2024 reports" in w["message"] for w in data["warning_records"])  # -- in Chinese --
