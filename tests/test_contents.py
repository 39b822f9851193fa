"""A table of contents (目录) at a report's start lists its headings again, with leader dots and
page numbers or without: it is no part of the report. Set aside, it stays in the outline as
``other`` (no part, section or measure), so the report parses as it does without one, in every
form it is published in, and the Word redline gives each report's own lines back."""

from __future__ import annotations

import json

import docx
import opencc
import pytest
from click.testing import CliRunner
from docx.enum.text import WD_BREAK

from reportdiff.cli import cli
from reportdiff.models import BlockKind
from reportdiff.normalize import key
from reportdiff.parse import parse_text
from reportdiff.parse_contents import split_contents
from reportdiff.loaders import Paragraph
from reportdiff.pipeline import compare, load_report
from reportdiff.render._common import heading_changes

from published_forms import build_published_docx, government_page, pdftotext, soffice_pdf

TITLE = "青川县人民政府关于2024年法治政府建设情况的报告"
BODY = """2024年，青川县坚持以习近平法治思想为指导，统筹推进法治政府建设各项工作。现将有关情况报告如下：
一、2024年法治政府建设主要举措及成效
（一）依法全面履行政府职能
1.深化“放管服”改革。全年取消调整行政许可事项12项，政务服务事项网上可办率达到98.5%。
2.优化法治化营商环境。开展涉企法律服务进园区活动36场，走访企业410家，出具法律意见书230份。
（二）严格规范公正文明执法
1.推进行政执法“三项制度”。全年公示行政处罚决定1260件，重大执法决定法制审核率达到100%。
2.开展执法案卷评查。组织评查行政执法案卷320卷，发现问题58个，均已督促整改到位。
二、存在的不足和原因
一是部分执法人员运用法治思维的能力仍需增强。二是基层法治工作力量较为薄弱，专业人才不足。
三、2025年工作安排
（一）持续优化法治化营商环境。开展涉企行政检查专项清理，全面推行“综合查一次”。
（二）提升行政执法质量。组织执法人员培训不少于500人次，评查案卷不少于300卷。
"""
HEADINGS = ["一、2024年法治政府建设主要举措及成效", "（一）依法全面履行政府职能", "（二）严格规范公正文明执法",
            "二、存在的不足和原因", "三、2025年工作安排"]
PAGES = [1, 1, 2, 3, 4]
#: The tables of contents offices type: leader dots (full-width ellipses, or periods) before the
#: page, a tab before it, or the headings alone again under 目录.
CONTENTS = {
    "ellipses": ["目  录", *(f"{h}……………………{p}" for h, p in zip(HEADINGS, PAGES))],
    # -- the same, one page on (a section grew): its entries from the second on change --
    "repaged": ["目  录", *(f"{h}……………………{p}" for h, p in zip(HEADINGS, [1, 1, 3, 3, 4]))],
    "periods": [f"{h} ........ {p}" for h, p in zip(HEADINGS, PAGES)],
    "tabs": ["目录", *(f"{h}\t{p}" for h, p in zip(HEADINGS, PAGES))],
    "bare": ["目录", HEADINGS[0], HEADINGS[3], HEADINGS[4]],
    "bare_no_heading": HEADINGS,
}


def _script(text: str, script: str) -> str:
    return opencc.OpenCC("s2t").convert(text) if script == "traditional" else text


def _report(contents: str | None, script: str = "simplified") -> str:
    lines = [TITLE, *(CONTENTS[contents] if contents else []), *BODY.splitlines()]
    return _script("\n".join(lines) + "\n", script)


def _shape(report) -> tuple:
    return ([(p.id, p.role, key(p.title), [(s.id, key(s.title)) for s in p.sections]) for p in report.parts],
            [(m.id, key(m.text)) for m in report.measures], key(report.title), key(report.preamble))


# ---------------------------------------------------------------- parsing


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("contents", CONTENTS)
def test_a_contents_is_no_part_of_the_report(contents: str, script: str) -> None:
    plain = parse_text(_report(None, script))
    report = parse_text(_report(contents, script))
    assert _shape(report) == _shape(plain)
    assert len(report.parts) == 3 and len(report.measures) == 8
    # -- kept in the outline, as other, between the title and the preamble --
    listed = [b for b in report.blocks if b.line in range(2, 2 + len(CONTENTS[contents]))]
    # -- (a text's lines with a tab before the page are a table's rows: one block) --
    assert "\n".join(b.text for b in listed).split() == _script("\n".join(CONTENTS[contents]), script).split()
    assert all(b.kind is BlockKind.OTHER and not b.id for b in listed)
    assert [b.kind for b in report.blocks[: len(listed) + 2]] == [
        BlockKind.TITLE, *[BlockKind.OTHER] * len(listed), BlockKind.PREAMBLE]


@pytest.mark.parametrize("contents", CONTENTS)
def test_the_outline_still_gives_back_the_input(contents: str) -> None:
    text = _report(contents)
    joined = "".join(b.text for b in parse_text(text).blocks)
    assert "".join(joined.split()) == "".join(text.split())


def test_headings_the_body_does_not_repeat_are_the_body() -> None:
    """A report opening on its first part and section (no preamble) has two heading lines in a
    row at its start, as a table of contents does; the body never repeats them: they stay."""
    text = TITLE + "\n" + BODY.split("\n", 1)[1]
    paragraphs = tuple(Paragraph(line, n) for n, line in enumerate(text.splitlines(), 1))
    assert split_contents(paragraphs) == (paragraphs, ())
    assert len(parse_text(text).parts) == 3


def test_one_heading_line_with_a_page_is_no_contents() -> None:
    paragraphs = tuple(Paragraph(line, n) for n, line in enumerate([TITLE, "一、工作回顾 3", *BODY.splitlines()], 1))
    assert split_contents(paragraphs) == (paragraphs, ())


def test_a_contents_entry_broken_over_two_lines_is_one_entry() -> None:
    """pdftotext breaks a long entry where the page did: its head, then its tail with the page."""
    lines = [TITLE, "目录", "一、2024年法治政府建设主要举措", "及成效……………………1", "二、存在的不足和原因……………3",
             *BODY.splitlines()]
    paragraphs = tuple(Paragraph(line, n) for n, line in enumerate(lines, 1))
    rest, contents = split_contents(paragraphs)
    assert [p.line for p in contents] == [2, 3, 4, 5]
    assert rest == paragraphs[:1] + paragraphs[5:]


# ---------------------------------------------------------------- published forms


def _plain_docx(text: str, path):
    """A .docx typed by hand: every line a Normal paragraph, the contents too."""
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    document.save(str(path))
    return path


def _printed_docx(text: str, contents: list[str], path):
    """The report as offices print it (published_forms), its contents typed as plain
    paragraphs after the title and a page break after them."""
    build_published_docx(text, path, title_lines=1)
    document = docx.Document(str(path))
    after_title = document.paragraphs[1]
    for line in contents:
        entry = after_title.insert_paragraph_before(line)
    entry.add_run().add_break(WD_BREAK.PAGE)
    document.save(str(path))
    return path


@pytest.fixture(scope="module")
def forms(tmp_path_factory) -> dict[str, dict]:
    """The report with its ellipses contents in every form, in each script, and its .txt without."""
    built: dict[str, dict] = {}
    for script in ("simplified", "traditional"):
        folder = tmp_path_factory.mktemp(script)
        plain, text = folder / "plain.txt", _report("ellipses", script)
        plain.write_text(_report(None, script), encoding="utf-8")
        paths = {"plain": plain, "txt": folder / "toc.txt", "docx": _plain_docx(text, folder / "toc.docx"),
                 "html": folder / "toc.html"}
        paths["txt"].write_text(text, encoding="utf-8")
        lines = text.splitlines()
        paths["html"].write_text(government_page(lines[0], lines[1:]), encoding="utf-8")
        body = "\n".join([lines[0], *lines[1 + len(CONTENTS["ellipses"]):]])
        try:
            printed = _printed_docx(body, lines[1:1 + len(CONTENTS["ellipses"])], folder / "printed.docx")
            paths["pdf"] = soffice_pdf(printed, folder)
            paths["pdftotext"] = pdftotext(paths["pdf"], folder / "printed.pdftotext.txt")
        except pytest.skip.Exception:
            pass
        built[script] = paths
    return built


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("form", ["txt", "docx", "pdf", "pdftotext", "html"])
def test_every_form_with_a_contents_is_the_report_without(forms, form: str, script: str) -> None:
    if form not in forms[script]:
        pytest.skip(f"LibreOffice or pdftotext not installed: no {form} form (.ci/run installs them)")
    report = load_report(forms[script][form])
    assert len(report.parts) == 3 and sum(len(p.sections) for p in report.parts) == 4 and len(report.measures) == 8
    comparison = compare(forms[script]["plain"], forms[script][form])
    assert {m.status.value for m in comparison.matches} == {"continued"}
    assert not heading_changes(comparison)
    assert key(comparison.old.title) == key(comparison.new.title)
    assert key(comparison.old.preamble) == key(comparison.new.preamble)


# ---------------------------------------------------------------- outputs


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize(("old", "new"), [(None, "ellipses"), ("ellipses", None), ("ellipses", "tabs"),
                                          ("bare", "ellipses"), ("ellipses", "repaged")])
def test_the_word_redline_gives_back_each_reports_contents(old: str | None, new: str | None, script: str) -> None:
    """A contents only one report has is inserted or deleted where it stood, lines both have stay
    plain: Accept All gives the new report's text, Reject All the old one's."""
    from ooxml_revisions import resolve

    from reportdiff.render.docx import render_docx

    comparison = compare(_report(old, script), _report(new, script))
    assert {m.status.value for m in comparison.matches} == {"continued"}
    data = render_docx(comparison)
    for mode, report in (("accept", comparison.new), ("reject", comparison.old)):
        assert [key(t) for _, t in resolve(data, mode) if t.strip()] == _paragraphs(report), mode


def _paragraphs(report) -> list[str]:
    """The outline's texts as the redline's paragraphs: points of one line (一是…二是…) are one."""
    lines: list[tuple[int, str]] = []
    for block in report.blocks:
        if lines and lines[-1][0] == block.line and block.kind is BlockKind.MEASURE:
            lines[-1] = (block.line, lines[-1][1] + key(block.text))
        else:
            lines.append((block.line, key(block.text)))
    return [text for _, text in lines]


def test_the_json_outline_lists_the_contents_as_other(tmp_path) -> None:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(_report(None), encoding="utf-8")
    new.write_text(_report("ellipses"), encoding="utf-8")
    out = tmp_path / "diff.json"
    result = CliRunner().invoke(cli, ["compare", str(old), str(new), "-o", str(out)])
    assert result.exit_code == 0, result.output
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["summary"]["new"] == 0 and document["summary"]["dropped"] == 0
    listed = [b for b in document["outline"]["new"] if b["text"] in CONTENTS["ellipses"]]
    assert len(listed) == len(CONTENTS["ellipses"]) and {b["kind"] for b in listed} == {"other"}
    assert [b["kind"] for b in document["outline"]["new"]].count("part") == 3


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_entries_without_a_heading_marker_are_entries_with_their_leader(script: str) -> None:
    """A 政府工作报告's contents lists its chapters (第一部分) and what has no number (前言, 附件);
    a page's footer inside it is page furniture, passed over."""
    lines = [_script(line, script) for line in (
        "某市2025年政府工作报告", "目录", "前言…………………………1", "第一部分 2024年工作回顾…………2", "— 1 —",
        "第二部分 2025年工作安排…………6", "附件：名词解释……………………12",
        "各位代表：", "现在，我代表市人民政府，向大会报告工作，请予审议。", "第一部分 2024年工作回顾",
        "过去一年，全市地区生产总值增长5.2%。", "第二部分 2025年工作安排", "今年全市地区生产总值预期增长5%左右。")]
    paragraphs = tuple(Paragraph(line, n) for n, line in enumerate(lines, 1))
    rest, contents = split_contents(paragraphs)
    assert [p.line for p in contents] == [2, 3, 4, 6, 7]
    assert [p.line for p in rest] == [1, 5, *range(8, 14)]


# ---------------------------------------------------------------- Word's own contents


def _word_with_contents(path, script: str, *, inside: bool = True):
    """The report as a published .docx whose contents Word generated: toc 1/toc 2 paragraphs of
    tab-leader entries with PAGEREF fields, in Word's content control or (``inside`` False) left
    as styled paragraphs once the control was removed."""
    from audit27b_forms import add_word_contents

    build_published_docx(_script(TITLE + "\n" + BODY, script), path, header="青川县人民政府", title_lines=1)
    entries = [(2 if h.startswith("（") else 1, _script(h, script), p) for h, p in zip(HEADINGS, PAGES)]
    add_word_contents(path, entries)
    if not inside:
        document = docx.Document(str(path))
        for sdt in document.element.body.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sdt"):
            for child in list(sdt.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sdtContent")):
                sdt.addprevious(child)
            sdt.getparent().remove(sdt)
        document.save(str(path))
    return path


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("inside", [True, False])
def test_words_own_contents_stays_in_the_outline_as_other(tmp_path, script: str, inside: bool) -> None:
    """Word's contents is set aside as any other form's is: kept in the outline as ``other``
    (a reviewer sees it where it stood), no part, section or measure of the report."""
    report = load_report(_word_with_contents(tmp_path / "toc.docx", script, inside=inside))
    plain = parse_text(_report(None, script))
    assert _shape(report)[:2] == _shape(plain)[:2]
    others = [key(b.text) for b in report.blocks if b.kind is BlockKind.OTHER]
    for heading in HEADINGS:
        assert any(o.startswith(key(_script(heading, script))) for o in others), heading
    assert any(o in ("目录", "目錄") for o in others)
    # -- the page number is the entry's, no PAGEREF or bookmark name in the text --
    assert not any("PAGEREF" in b.text or "_Toc" in b.text for b in report.blocks)
    comparison = compare(_report(None, script), str(tmp_path / "toc.docx"))
    assert {m.status.value for m in comparison.matches} == {"continued"}


# ---------------------------------------------------------------- a body opening on its first heading

#: The report without its preamble: the body opens right on its first part and section heading.
_HEADED_BODY = BODY.split("\n", 1)[1]
#: The parts listed again before such a body: under 目录, or after a lead line ending in ：
#: (the 导语 announcing the parts), the body's own first heading right after the list.
_LISTED = {
    "bare": (["目录", HEADINGS[0], HEADINGS[3], HEADINGS[4]], []),
    "lead": ([HEADINGS[0], HEADINGS[3], HEADINGS[4]], ["本报告分以下三个部分："]),
}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("form", ["txt", "docx", "html"])
@pytest.mark.parametrize("listed", _LISTED)
def test_a_contents_before_a_body_opening_on_its_heading_is_set_aside(tmp_path, listed: str, form: str,
                                                                     script: str) -> None:
    """The run of heading lines stops where the body starts again (its first heading repeated):
    before, the body's own 一、… and （一）… were taken into the run, which the body then never
    repeated, so no contents was found and each entry opened an empty part (6 parts, not 3)."""
    from published_forms import write_in_form

    contents, lead = _LISTED[listed]
    plain = _script("\n".join([TITLE, *lead, _HEADED_BODY]), script)
    text = _script("\n".join([TITLE, *lead, *contents, _HEADED_BODY]), script)
    plain_path = write_in_form(plain, tmp_path / f"plain.{form}", form)
    path = write_in_form(text, tmp_path / f"listed.{form}", form)
    report = load_report(path)
    assert _shape(report) == _shape(load_report(plain_path))
    assert len(report.parts) == 3 and len(report.measures) == 8
    comparison = compare(plain_path, path)
    assert {m.status.value for m in comparison.matches} == {"continued"}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_the_word_redline_gives_back_a_contents_before_a_headed_body(script: str) -> None:
    from ooxml_revisions import resolve

    from reportdiff.render.docx import render_docx

    old = _script("\n".join([TITLE, _HEADED_BODY]), script)
    new = _script("\n".join([TITLE, *_LISTED["bare"][0], _HEADED_BODY]), script)
    for before, after in ((old, new), (new, old)):
        comparison = compare(before, after)
        assert {m.status.value for m in comparison.matches} == {"continued"}
        data = render_docx(comparison)
        for mode, report in (("accept", comparison.new), ("reject", comparison.old)):
            assert [key(t) for _, t in resolve(data, mode) if t.strip()] == _paragraphs(report), mode


# ---------------------------------------------------------------- a table of figures is no contents

#: The year's figures as a table of two columns without a header row, before the body: a label
#: the body names again and a small whole number, as a contents' heading and page are.
_FIGURES = {"falling": [("全年取消调整行政许可事项", "12"), ("组织评查行政执法案卷", "320"), ("发现问题", "58")],
            "rising": [("组织评查行政执法案卷", "32"), ("发现问题", "58"), ("评查案卷", "300")]}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("form", ["docx", "txt"])
@pytest.mark.parametrize("figures", _FIGURES)
def test_a_table_of_figures_before_the_body_is_no_contents(tmp_path, figures: str, form: str, script: str) -> None:
    """Its numbers are no pages (they do not run on through the report, or no heading is listed):
    the table stays a table of the report (toc27 set it aside as a contents, and lost it)."""
    rows = [(_script(label, script), value) for label, value in _FIGURES[figures]]
    path = tmp_path / f"figures.{form}"
    if form == "docx":
        document = docx.Document()
        document.add_paragraph(_script(TITLE, script))
        table = document.add_table(rows=len(rows), cols=2)
        for row, (label, value) in zip(table.rows, rows):
            row.cells[0].text, row.cells[1].text = label, value
        for line in _script(BODY, script).splitlines():
            document.add_paragraph(line)
        document.save(str(path))
    else:
        path.write_text("\n".join([_script(TITLE, script), *(f"{label}\t{value}" for label, value in rows),
                                   _script(BODY, script)]), encoding="utf-8")
    report = load_report(path)
    assert [[list(row) for row in table.rows] for table in report.tables] == [[[label, value] for label, value in rows]]
    assert len(report.parts) == 3 and len(report.measures) == 8
