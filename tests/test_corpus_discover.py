"""Which body and year each file of a folder is."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reportdiff.corpus.cache import ReportStore
from reportdiff.corpus.discover import discover, named
from reportdiff.errors import LoadError

from corpus_series import write_two_kinds
from published_forms import as_mhtml, build_published_docx, government_page, soffice_pdf

ROOT = Path(__file__).resolve().parent.parent
REAL = Path(__file__).resolve().parents[2] / "shared" / "real"


@pytest.mark.parametrize(("name", "expected"), [
    ("haidian-2025.txt", ("haidian", 2025)),
    ("云泽市司法局-2024.docx", ("云泽市司法局", 2024)),
    ("west-district-2019.md", ("west-district", 2019)),
    ("yunze_sfj_2024_constructed.txt", None),
    ("guowuyuan-zfgzbg-2016-s.txt", None),
    ("report.txt", None),
])
def test_file_names(name: str, expected) -> None:
    assert named(Path(name)) == expected


def test_body_and_year_from_the_text_in_either_script(tmp_path) -> None:
    # -- the 2024 sample has no title (its opening names the body), the 2025 one a Traditional title --
    for name in ("yunze_sfj_2024_constructed.txt", "yunze_sfj_2025_constructed.txt", "haidian_2025_constructed.txt"):
        shutil.copy(ROOT / "samples" / name, tmp_path / name)
    (tmp_path / "NOTES.md").write_text("说明\n这些是样本。\n", encoding="utf-8")
    corpus = discover(tmp_path, ReportStore(use_cache=False).load)
    series = {entries[0].body: [(e.year, e.path.name, e.named) for e in entries] for entries in corpus.bodies.values()}
    assert series == {
        "云泽市司法局": [(2024, "yunze_sfj_2024_constructed.txt", False), (2025, "yunze_sfj_2025_constructed.txt", False)],
        "海淀区": [(2025, "haidian_2025_constructed.txt", False)],
    }
    (unreadable,) = corpus.warnings
    assert unreadable.code == "unreadable" and unreadable.values["source"].endswith("NOTES.md")


@pytest.mark.parametrize("script", ["s", "t"])
def test_one_body_titled_differently_each_year_is_one_series(tmp_path, script) -> None:
    """柳溪镇人民政府2024年…报告 and 柳溪镇人民政府关于2025年…工作情况的报告 are one body's series, as
    compare takes them: grouped apart, the 2025 plans would never be checked."""
    import opencc

    convert = opencc.OpenCC("s2t").convert if script == "t" else str
    body = "\n一、主要工作\n全年组织镇村干部学法{n}次。\n二、下一步工作计划\n建成镇级公共法律服务工作站。\n"
    (tmp_path / "a.txt").write_text(convert("柳溪镇人民政府2024年法治政府建设年度报告" + body.format(n=4)), encoding="utf-8")
    (tmp_path / "b.txt").write_text(convert("柳溪镇人民政府关于2025年法治政府建设工作情况的报告" + body.format(n=5)),
                                    encoding="utf-8")
    corpus = discover(tmp_path, ReportStore(use_cache=False).load)
    assert [[(e.body, e.year) for e in entries] for entries in corpus.bodies.values()] == [
        [("柳溪镇", 2024), ("柳溪镇", 2025)]]


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_body_named_above_its_title_is_one_body_with_the_others(tmp_path, script) -> None:
    """云溪区人民政府 / 关于云溪区2024年法治政府建设情况的报告 (the body alone on the line above) is 云溪区,
    as 云溪区2025年… is: it was 云溪区人民政府云溪区, a body of its own (found by a probe)."""
    import opencc

    convert = opencc.OpenCC("s2t").convert if script == "t" else str
    body = "\n一、主要工作\n全区组织学法{n}次。\n二、下一步工作计划\n建成区级公共法律服务中心。\n"
    (tmp_path / "a.txt").write_text(convert("云溪区人民政府\n关于云溪区2024年法治政府建设情况的报告" + body.format(n=4)),
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text(convert("云溪区2025年法治政府建设年度报告" + body.format(n=5)), encoding="utf-8")
    corpus = discover(tmp_path, ReportStore(use_cache=False).load)
    assert [[(e.body, e.year) for e in entries] for entries in corpus.bodies.values()] == [
        [("云溪区", 2024), ("云溪区", 2025)]]


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_citys_plan_report_and_budget_report_are_two_series(tmp_path, script) -> None:
    """关于江州市2025年…计划执行情况与2026年计划草案的报告 and …预算执行情况和…预算草案的报告 of one city
    are two series beside its 政府工作报告 (found by a probe: both were 江州, "a second report of 江州
    for 2026", exit 2); the government opening 我代表市人民政府向大会报告工作 names the city's government."""
    import opencc

    convert = opencc.OpenCC("s2t").convert if script == "t" else str
    session = "——2026年1月13日在江州市第十六届人民代表大会第五次会议上\n各位代表：\n"
    texts = {
        "jihua.txt": "关于江州市2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n" + session
        + "一、2025年计划执行情况\n全市地区生产总值增长5.3%。\n二、2026年主要目标\n（一）稳增长。地区生产总值增长5%左右。\n",
        "yusuan.txt": "关于江州市2025年预算执行情况和2026年预算草案的报告\n" + session
        + "一、2025年预算执行情况\n全市一般公共预算收入640.6亿元。\n二、2026年预算草案\n（一）收入。安排663亿元。\n",
        "zfgzbg.txt": "政府工作报告\n" + session + "现在，我代表市人民政府向大会报告工作，请予审议。\n"
        + "一、2025年工作回顾\n全市地区生产总值增长5.3%。\n二、2026年工作安排\n（一）稳增长。实施重点项目。\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(convert(text), encoding="utf-8")
    corpus = discover(tmp_path, ReportStore(use_cache=False).load)
    bodies = sorted(opencc.OpenCC("t2s").convert(e.body) for e in corpus.entries)
    assert len(set(bodies)) == 3 and all(body.startswith("江州市") or body.startswith("市") for body in bodies), bodies
    assert not any("报告工作" in body or "大会" in body for body in bodies), bodies
    assert {e.year for e in corpus.entries} == {2026}


@pytest.mark.parametrize(("name", "place"), [("贵州省人民政府", "贵州省"), ("杭州市司法局", "杭州市司法局"), ("郑州市", "郑州市"),
                                           ("某自治州", "某自治州"), ("云溪区人民政府云溪区", "云溪区")])
def test_a_place_ending_in_zhou_keeps_its_level(name: str, place: str) -> None:
    """贵州省 is no 贵州 and 杭州市 no 杭州 (found by review: 州 ended the place)."""
    from reportdiff.bodies import core

    assert core(name) == place


def test_the_file_name_wins_and_two_reports_of_one_year_are_an_error(tmp_path) -> None:
    shutil.copy(ROOT / "samples" / "haidian_2025_constructed.txt", tmp_path / "海淀-2026.txt")
    corpus = discover(tmp_path, ReportStore(use_cache=False).load)
    (entry,) = corpus.entries
    assert (entry.body, entry.year, entry.named) == ("海淀", 2026, True)
    # -- a second, different text of that year (a byte-for-byte copy is only a copy: below) --
    edited = (ROOT / "samples" / "haidian_2025_constructed.txt").read_text(encoding="utf-8") + "\n附：修订稿\n"
    (tmp_path / "海淀_2026.md").write_text(edited, encoding="utf-8")
    with pytest.raises(LoadError, match="a second report of 海淀 for 2026"):
        discover(tmp_path, ReportStore(use_cache=False).load)


@pytest.mark.parametrize("copy_name", ["海淀-2026 - 副本.txt", "海淀-2026 (1).txt", "Copy of 海淀-2026.txt"])
def test_a_copy_of_a_report_is_skipped_with_a_warning(tmp_path, copy_name: str) -> None:
    """A copy beside its original (Windows' "- 副本", a browser's "(1)") would be a second body or a
    second report of one year; the same bytes are one report, said in the warnings."""
    for script, name in (("s", "haidian_2025_constructed.txt"), ("t", "000_ed6269d44b6c061b.txt")):
        folder = tmp_path / script
        folder.mkdir()
        source = ROOT / ("samples" if script == "s" else "seeds") / name
        shutil.copy(source, folder / "海淀-2026.txt")
        shutil.copy(source, folder / copy_name)
        corpus = discover(folder, ReportStore(use_cache=False).load)
        assert [entry.path.name for entry in corpus.entries] == ["海淀-2026.txt"]
        assert [(w.code, w.values) for w in corpus.warnings] == [
            ("copy", {"path": str(folder / copy_name), "original": str(folder / "海淀-2026.txt")})]


@pytest.mark.skipif(not REAL.is_dir(), reason="../shared/real (State Council reports) is absent")
def test_real_reports_are_one_body() -> None:
    corpus = discover(REAL, ReportStore(use_cache=False).load)
    (series,) = corpus.bodies.values()
    assert series[0].body == "国务院"
    assert [entry.year for entry in series] == [2016, 2017, 2018, 2019, 2021, 2022, 2023]


def _pages(folder: Path) -> None:
    """The 2024 sample as a saved web page (Simplified) and the 2025 one (Traditional title)
    as a single-file page, as reports are published."""
    for year, layout in ((2024, "p"), (2025, "br")):
        lines = [line for line in (ROOT / "samples" / f"yunze_sfj_{year}_constructed.txt")
                 .read_text(encoding="utf-8").splitlines() if line.strip()]
        title = lines[0] if year == 2025 else "云泽市司法局2024年法治政府建设年度报告"
        page = government_page(title, lines[1:] if year == 2025 else lines, layout=layout)
        if year == 2024:
            (folder / "yunze_2024_page.html").write_text(page, encoding="utf-8")
        else:
            (folder / "yunze_2025_page.mhtml").write_bytes(as_mhtml(page))


@pytest.mark.parametrize("name", ["README.md", "SOURCES.md", "sources.txt", "NOTICE.txt", "CHANGELOG.md"])
def test_a_folder_s_own_notes_are_no_reports(tmp_path, name: str) -> None:
    # -- a reports folder kept in a repository lists where its files came from (SOURCES.md): no
    #    report, and no warning on every run --
    from reportdiff.corpus.discover import report_files

    (tmp_path / "yunze-2024.txt").write_text("x", encoding="utf-8")
    (tmp_path / name).write_text("# 来源\n- 2024年报告：政府网站\n", encoding="utf-8")
    assert [path.name for path in report_files(tmp_path)] == ["yunze-2024.txt"]


def test_web_pages_and_pdfs_are_reports_of_a_folder(tmp_path) -> None:
    from reportdiff.corpus.discover import report_files

    _pages(tmp_path)
    (tmp_path / "other-2023.pdf").write_bytes(b"%PDF-1.4\n")
    (tmp_path / "other-2024.htm").write_text("<html></html>", encoding="utf-8")
    # -- a saved page's resources (an iframe saved as .htm among them) and a site's index page --
    (tmp_path / "yunze_2024_page_files").mkdir()
    (tmp_path / "yunze_2024_page_files" / "share.htm").write_text("<html><p>分享</p></html>", encoding="utf-8")
    (tmp_path / "index.html").write_text("<html><p>首页</p></html>", encoding="utf-8")
    found = [path.name for path in report_files(tmp_path)]
    assert found == ["other-2023.pdf", "other-2024.htm", "yunze_2024_page.html", "yunze_2025_page.mhtml"]
    (tmp_path / "other-2023.pdf").unlink()
    (tmp_path / "other-2024.htm").unlink()
    corpus = discover(tmp_path, ReportStore(use_cache=False).load)
    (series,) = corpus.bodies.values()
    assert [(entry.year, entry.path.name) for entry in series] == [
        (2024, "yunze_2024_page.html"), (2025, "yunze_2025_page.mhtml")]
    assert series[0].body == "云泽市司法局" and not corpus.warnings


def test_a_folder_of_web_pages_only_is_checked(tmp_path) -> None:
    from reportdiff.corpus.commands import run_check_command

    _pages(tmp_path)
    result, outputs = run_check_command(tmp_path, use_cache=False)
    (body,) = result.bodies
    assert "yunze_2024_page.html" in outputs["md"] and "yunze_2025_page.mhtml" in outputs["md"]


def test_a_comparison_page_written_beside_the_reports_is_no_report(tmp_path) -> None:
    from reportdiff.corpus.discover import report_files
    from reportdiff.pipeline import compare
    from reportdiff.render import render

    for year in (2024, 2025):
        shutil.copy(ROOT / "samples" / f"yunze_sfj_{year}_constructed.txt", tmp_path / f"yunze-{year}.txt")
    page = render(compare(tmp_path / "yunze-2024.txt", tmp_path / "yunze-2025.txt"), "html")
    (tmp_path / "comparison-2025.html").write_text(page, encoding="utf-8")
    assert [path.name for path in report_files(tmp_path)] == ["yunze-2024.txt", "yunze-2025.txt"]


def test_a_pdf_is_a_report_of_a_folder(tmp_path) -> None:
    text = (ROOT / "samples" / "yunze_sfj_2025_constructed.txt").read_text(encoding="utf-8")
    (tmp_path / "build").mkdir()
    pdf = soffice_pdf(build_published_docx(text, tmp_path / "build" / "r.docx", title_lines=1), tmp_path / "build")
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(pdf, folder / "yunze_2025.pdf")
    shutil.copy(ROOT / "samples" / "yunze_sfj_2024_constructed.txt", folder / "yunze_2024.txt")
    corpus = discover(folder, ReportStore(use_cache=False).load)
    (series,) = corpus.bodies.values()
    assert [(entry.year, entry.path.name) for entry in series] == [(2024, "yunze_2024.txt"), (2025, "yunze_2025.pdf")]


def test_the_cache_keys_a_file_by_the_reader_its_name_picks(tmp_path) -> None:
    # -- the same bytes are a web page as .html and mere text as .txt: the page's cached tree is
    #    never served for the text file --
    from reportdiff.errors import ParseError

    body = ("<p>一、主要举措</p>\n<p>（一）推进依法行政。</p>\n"
            "<p>1.完善制度。全年审核规范性文件12件，清理不符合法律法规的文件3件。</p>\n")
    (tmp_path / "a.html").write_text(body, encoding="utf-8")
    (tmp_path / "a.txt").write_text(body, encoding="utf-8")
    cache = tmp_path / "cache"
    page = ReportStore(directory=cache).load(tmp_path / "a.html")
    assert "<p>" not in "".join(block.text for block in page.blocks)
    store = ReportStore(directory=cache)
    with pytest.raises(ParseError, match="no report structure"):
        store.load(tmp_path / "a.txt")
    assert store.hits == 0
    again = ReportStore(directory=cache)
    again.load(tmp_path / "a.html")
    assert again.hits == 1


def test_pages_written_beside_the_reports_do_not_stop_a_check(tmp_path) -> None:
    """CI writes check.html (and a timeline page) into the folder it checks: the next run reads
    the folder again and must still check its reports, warning of the pages that hold none."""
    from reportdiff.corpus.commands import run_check_command, run_timeline
    from reportdiff.render.timeline_render import render_timeline_html

    _pages(tmp_path)
    _, outputs = run_check_command(tmp_path, use_cache=False, want_html=True)
    (tmp_path / "check.html").write_text(outputs["html"], encoding="utf-8")
    timelines, _, _ = run_timeline(tmp_path, use_cache=False)
    (tmp_path / "timeline.html").write_text(render_timeline_html(timelines), encoding="utf-8")
    result, again = run_check_command(tmp_path, use_cache=False)
    (body,) = result.bodies
    assert again["md"].count("yunze_2025_page.mhtml") == outputs["md"].count("yunze_2025_page.mhtml")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_what_reportdiff_writes_into_a_folder_is_no_report(tmp_path, lang: str) -> None:
    """compare, plans, check, timeline and matrix write text, Markdown, pages and Word documents beside
    the reports (lj.txt, check.md, timeline.txt, lj.docx): the next run of a folder command reads the
    reports only.
    Every page says who wrote it, as the comparison page does."""
    from reportdiff.corpus.commands import run_check_command, run_matrix, run_timeline
    from reportdiff.corpus.discover import report_files
    from reportdiff.pipeline import compare, plans
    from reportdiff.render import render, render_plans
    from reportdiff.render.matrix_render import render_matrix_html, render_matrix_markdown
    from reportdiff.render.timeline_render import render_timeline_html, render_timeline_markdown

    reports = ["yunze_sfj_2024_constructed.txt", "yunze_sfj_2025_constructed.txt"]
    for name in reports:
        shutil.copy(ROOT / "samples" / name, tmp_path / name)
    old, new = (tmp_path / name for name in reports)
    comparison = compare(old, new)
    analysis = plans(new)
    written = {
        "cmp.txt": render(comparison, "text", lang=lang), "cmp.md": render(comparison, "md", lang=lang),
        "cmp.html": render(comparison, "html", lang=lang),
        "plans.txt": render_plans(analysis, "text", lang=lang), "plans.md": render_plans(analysis, "md", lang=lang),
        "plans.html": render_plans(analysis, "html", lang=lang),
    }
    _, outputs = run_check_command(tmp_path, use_cache=False, want_html=True, lang=lang)
    written |= {"check.md": outputs["md"], "check.html": outputs["html"]}
    timelines, _, _ = run_timeline(tmp_path, use_cache=False)
    written |= {"timeline.txt": render_timeline_markdown(timelines, lang),
                "timeline.html": render_timeline_html(timelines, lang)}
    matrix = run_matrix(tmp_path, use_cache=False)[0]
    written |= {"matrix.md": render_matrix_markdown(matrix, lang), "matrix.html": render_matrix_html(matrix, lang)}
    written |= {"cmp.docx": render(comparison, "docx", lang=lang), "plans.docx": render_plans(analysis, "docx", lang=lang)}
    for name, text in written.items():
        if isinstance(text, bytes):
            (tmp_path / name).write_bytes(text)
            continue
        (tmp_path / name).write_text(text, encoding="utf-8")
        if name.endswith(".html"):
            assert '<meta name="generator" content="reportdiff">' in text[:2048], name
    assert [path.name for path in report_files(tmp_path)] == reports
    result, _ = run_check_command(tmp_path, use_cache=False)
    assert len(result.bodies) == 1


def test_a_report_that_opens_like_a_summary_is_still_a_report(tmp_path) -> None:
    """Only reportdiff's own first lines mark an artefact: a report whose second line lists
    counts in other words, or a Markdown report with a title of its own, is read."""
    from reportdiff.corpus.discover import report_files

    (tmp_path / "a.txt").write_text("某局2024年法治政府建设年度报告\n新增执法人员 3  培训 2\n一、主要举措\n",
                                    encoding="utf-8")
    (tmp_path / "b.md").write_text("# 某局2025年法治政府建设年度报告\n\n一、主要举措\n", encoding="utf-8")
    assert [path.name for path in report_files(tmp_path)] == ["a.txt", "b.md"]


@pytest.mark.parametrize("script", ["s", "t"])
def test_one_bodys_reports_of_two_kinds_are_two_series(tmp_path, script) -> None:
    """A county's 法治政府建设 reports and its 政府工作报告 in one folder are two series of one body, each
    named by its kind: read as one, two reports of 2024 stopped every folder command, and a timeline
    would have compared a 法治 report with a 政府工作报告."""
    import opencc

    write_two_kinds(tmp_path, opencc.OpenCC("s2t").convert if script == "t" else str)
    corpus = discover(tmp_path, ReportStore(use_cache=False).load)
    t2s = opencc.OpenCC("t2s").convert
    series = sorted((t2s(entries[0].body), [(e.year, e.path.name) for e in entries]) for entries in corpus.bodies.values())
    assert series == [("青禾县政府工作报告", [(2024, "gz2024.txt"), (2025, "gz2025.txt")]),
                      ("青禾县法治政府建设年度报告", [(2023, "fz2023.txt"), (2024, "fz2024.txt")])]


def test_a_file_named_by_body_and_year_joins_the_series_of_its_kind(tmp_path) -> None:
    """Where one body has series of two kinds, a file named <body>-<year> is read for its kind."""
    write_two_kinds(tmp_path, str)
    (tmp_path / "fz2023.txt").rename(tmp_path / "青禾县-2023.txt")
    (tmp_path / "gz2025.txt").rename(tmp_path / "青禾县-2025.txt")
    corpus = discover(tmp_path, ReportStore(use_cache=False).load)
    series = sorted((entries[0].body, [(e.year, e.path.name) for e in entries]) for entries in corpus.bodies.values())
    assert series == [("青禾县政府工作报告", [(2024, "gz2024.txt"), (2025, "青禾县-2025.txt")]),
                      ("青禾县法治政府建设年度报告", [(2023, "青禾县-2023.txt"), (2024, "fz2024.txt")])]
