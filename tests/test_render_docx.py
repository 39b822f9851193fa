"""The Word redline: accept-all gives the new report, reject-all the old one, in valid OOXML."""

from __future__ import annotations

import io
import re
import time
import zipfile
from pathlib import Path

import pytest
from diff_match_patch import diff_match_patch
from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from reportdiff.models import (
    Block, BlockKind, Comparison, Match, Measure, MeasureKind, Op, Part, Redline, Report, Role, Section, Status,
)
from reportdiff.normalize import key
from reportdiff.labels import labels as shared
from reportdiff.render.docx import COVER_STYLE, render_docx

from ooxml_revisions import (
    DEFAULT_DATE, W, accept_all, convert_to_pdf_and_png, document_xml, libreoffice_resolve, reject_all, resolve, revision_elements,
    soffice,
    uno_python,
)

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_ed6269d44b6c061b.txt"
NS = {"w": W}
CN = "一二三四五六七八九十"


# ---------------------------------------------------------------- hand-built comparisons


def make_report(source: str, year: int, sections: list[tuple[str, list[str]]], *,
                title: str = "", preamble: str = "本年度依法行政工作情况报告如下。",
                blocks: bool = True) -> Report:
    """One results part with numbered sections and 1. 2. items, ids per the id scheme."""
    line = 1
    outline: list[Block] = []
    if title:
        outline.append(Block(BlockKind.TITLE, "", title, line))
        line += 1
    outline.append(Block(BlockKind.PREAMBLE, "", preamble, line))
    part_line = line = line + 1
    outline.append(Block(BlockKind.PART, "一", "一、主要举措及成效", line))
    built: list[Section] = []
    for s, (heading, texts) in enumerate(sections):
        line += 1
        sid = f"一/({CN[s]})"
        outline.append(Block(BlockKind.SECTION, sid, f"({CN[s]}){heading}", line))
        section_line = line
        measures = []
        for n, text in enumerate(texts, 1):
            line += 1
            measures.append(Measure(f"{sid}/{n}", MeasureKind.ITEM, f"{n}.", text.split("。")[0], text,
                                    key(text), "一", sid, heading, Role.RESULTS, line))
            outline.append(Block(BlockKind.MEASURE, f"{sid}/{n}", f"{n}.{text}", line))
        built.append(Section(sid, f"({CN[s]})", heading, key(heading), tuple(measures), section_line))
    part = Part("一", "一、", "主要举措及成效", key("主要举措及成效"), Role.RESULTS, tuple(built), (), part_line)
    return Report(source, year, title, preamble, (part,), tuple(outline) if blocks else (), ())


def redline(old: str, new: str) -> tuple[Redline, ...]:
    """A small local word-ish redline (diff-match-patch with semantic clean-up)."""
    engine = diff_match_patch()
    diffs = engine.diff_main(old, new)
    engine.diff_cleanupSemantic(diffs)
    ops = {0: Op.EQUAL, -1: Op.DELETE, 1: Op.INSERT}
    return tuple(Redline(ops[op], text) for op, text in diffs)


def compare_by_hand(old: Report, new: Report, pairs: dict[str, str], *, moved: set[str] = frozenset(),
                    relation: dict[str, str] | None = None) -> Comparison:
    """Matches in new order from ``pairs`` (new id -> old id); dropped ones after their old predecessor."""
    relation = relation or {}
    olds = {m.id: m for m in old.measures}
    matched_old = set(pairs.values())
    matches: list[Match] = []
    for measure in new.measures:
        if measure.id in pairs:
            o = olds[pairs[measure.id]]
            status = (Status.MOVED if measure.id in moved
                      else Status.CONTINUED if o.key == measure.key else Status.MODIFIED)
            matches.append(Match(status, o, measure, 0.83, redline(o.text, measure.text), "fuzzy",
                                 relation.get(measure.id)))
        else:
            matches.append(Match(Status.NEW, None, measure, 0.0, (), "none"))
    previous = None
    for o in old.measures:
        if o.id not in matched_old:
            at = next((i + 1 for i, m in enumerate(matches) if previous and m.old is not None
                       and m.old.id == previous), 0)
            matches.insert(at, Match(Status.DROPPED, o, None, 0.0, (), "none"))
        previous = o.id
    return Comparison(old, new, tuple(matches), ())


OLD = make_report("2023.txt", 2023, [
    ("推进政府职能转变", ["深化审批改革。全年办理审批事项1200件。", "优化营商环境。印发优化营商环境实施方案。",
                          "加强数字监管。建设统一监管平台。"]),
    ("提升决策水平", ["规范重大决策。编制年度重大行政决策目录。", "发挥法律顾问作用。审核政府合同80件。"]),
], title="某区2023年法治政府建设年度报告")
NEW = make_report("2024.txt", 2024, [
    ("推进政府职能转变", ["深化审批改革。全年办理审批事项1500件，同比增加25%。",
                          "优化营商环境。印发优化营商环境实施方案。"]),
    ("提升决策水平", ["加强数字监管。建设一体化统一监管平台。", "规范重大决策。编制年度重大行政决策目录。",
                      "推进公共法律服务。新建公共法律服务站12个。"]),
], title="某区2024年法治政府建设年度报告")
PAIRS = {"一/(一)/1": "一/(一)/1", "一/(一)/2": "一/(一)/2", "一/(二)/1": "一/(一)/3", "一/(二)/2": "一/(二)/1"}


def texts(report: Report) -> list[str]:
    return [m.marker + m.text for m in report.measures]


def body(report: Report) -> list[str]:
    return [report.preamble, *texts(report)]


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return compare_by_hand(OLD, NEW, PAIRS, moved={"一/(二)/1"})


# ---------------------------------------------------------------- accept / reject


@pytest.mark.parametrize("moves", [True, False])
def test_accept_gives_new_report_and_reject_gives_old(comparison: Comparison, moves: bool) -> None:
    data = render_docx(comparison, moves=moves)
    assert accept_all(data, headings=False) == body(NEW)
    assert reject_all(data, headings=False) == body(OLD)
    # -- headings are the new report's, with their markers, as Heading 1 / Heading 2 --
    assert accept_all(data)[:4] == [NEW.title, NEW.preamble, "一、主要举措及成效", "(一)推进政府职能转变"]


def test_moved_measure_is_a_word_move_with_named_ranges(comparison: Comparison) -> None:
    root = document_xml(render_docx(comparison))
    starts = root.findall(".//w:moveFromRangeStart", NS)
    ends = root.findall(".//w:moveToRangeStart", NS)
    assert len(starts) == len(ends) == 1
    assert starts[0].get(f"{{{W}}}name") == ends[0].get(f"{{{W}}}name")
    moved_from = "".join(root.xpath(".//w:moveFrom//w:t/text()", namespaces=NS))
    moved_to = "".join(root.xpath(".//w:moveTo//w:t/text()", namespaces=NS))
    # -- the travelling words; the renumbered marker is deleted/inserted beside them --
    assert moved_from == moved_to == "加强数字监管。建设统一监管平台。"
    assert "一体化" in "".join(root.xpath(".//w:ins//w:t/text()", namespaces=NS))
    # -- the moved-from paragraph sits after the old predecessor (优化营商环境) --
    paragraphs = ["".join(p.xpath(".//w:t/text()|.//w:delText/text()", namespaces=NS))
                  for p in root.findall(".//w:body/w:p", NS)]
    at = next(i for i, p in enumerate(paragraphs) if p.startswith("3.加强数字监管"))
    assert paragraphs[at - 1].startswith("2.优化营商环境")
    # -- moves off: no move markup at all --
    plain = document_xml(render_docx(comparison, moves=False))
    assert not plain.findall(".//w:moveFrom", NS) and not plain.findall(".//w:moveTo", NS)


def test_every_revision_has_unique_id_author_and_date(comparison: Comparison) -> None:
    data = render_docx(comparison, author="审阅人", date="2025-03-01T09:30:00Z")
    elements = revision_elements(data)
    assert len(elements) > 8
    ids = [e.get(f"{{{W}}}id") for e in elements]
    root = document_xml(data)
    ids += [e.get(f"{{{W}}}id") for e in root.iter(f"{{{W}}}moveFromRangeStart", f"{{{W}}}moveToRangeStart")]
    assert len(ids) == len(set(ids))
    assert {e.get(f"{{{W}}}author") for e in elements} == {"审阅人"}
    assert {e.get(f"{{{W}}}date") for e in elements} == {"2025-03-01T09:30:00Z"}
    # -- deleted text is w:delText, never w:t --
    assert not root.xpath(".//w:del//w:t", namespaces=NS)
    # -- whole-paragraph revisions mark the paragraph mark too --
    assert root.xpath(".//w:pPr/w:rPr/w:ins", namespaces=NS)
    assert root.xpath(".//w:pPr/w:rPr/w:del", namespaces=NS)


def test_renumbered_marker_is_a_small_revision(comparison: Comparison) -> None:
    root = document_xml(render_docx(comparison, moves=False))
    # -- 规范重大决策 moved from 1. to 2.: the marker alone changes --
    para = next(p for p in root.findall(".//w:body/w:p", NS)
                if "规范重大决策" in "".join(p.xpath(".//w:t/text()", namespaces=NS)))
    assert para.xpath("string(.//w:del//w:delText)", namespaces=NS) == "1."
    assert para.xpath("string(.//w:ins//w:t)", namespaces=NS) == "2."


def test_script_differences_are_not_revisions() -> None:
    old = make_report("tw.txt", 2023, [("推進職能轉變", ["深化行政審批制度改革。繼續精簡審批事項。"])])
    new = make_report("cn.txt", 2024, [("推进职能转变", ["深化行政审批制度改革。继续精简审批事项。"])])
    o, n = old.measures[0], new.measures[0]
    match = Match(Status.CONTINUED, o, n, 1.0, (Redline(Op.EQUAL, n.text, o.text),), "exact")
    data = render_docx(Comparison(old, new, (match,), ()))
    assert revision_elements(data) == []
    assert accept_all(data, headings=False)[-1] == "1." + n.text
    # -- documented: script-only differences show the new side under both choices --
    assert reject_all(data, headings=False)[-1] == "1." + n.text


def test_split_and_merge_resolve_both_ways() -> None:
    old = make_report("a", 2023, [("依法行政", ["加强执法监督。开展执法检查，组织案卷评查。", "强化复议工作。办结复议案件90件。",
                                               "推进普法。开展宣传活动。"])])
    new = make_report("b", 2024, [("依法行政", ["加强执法监督。开展执法检查。", "组织案卷评查。评查案卷300卷。",
                                               "强化复议工作，推进普法。办结复议案件95件，开展宣传活动。"])])
    pairs = {"一/(一)/1": "一/(一)/1", "一/(一)/2": "一/(一)/1", "一/(一)/3": "一/(一)/2"}
    comparison = compare_by_hand(old, new, pairs, relation={"一/(一)/1": "split", "一/(一)/2": "split",
                                                               "一/(一)/3": "merged"})
    # -- the merge's second old measure --
    merged_extra = Match(Status.MODIFIED, old.measures[2], new.measures[2], 0.6,
                         redline(old.measures[2].text, new.measures[2].text), "merge", "merged")
    comparison = Comparison(old, new, tuple(m for m in comparison.matches if m.status is not Status.DROPPED)
                            + (merged_extra,), ())
    for moves in (True, False):
        data = render_docx(comparison, moves=moves)
        assert accept_all(data, headings=False) == body(new)
        assert reject_all(data, headings=False) == body(old)


def test_dropped_first_measure_of_a_section_stays_in_that_section() -> None:
    old = make_report("a", 2023, [("甲", ["第一项。内容一。"]), ("乙", ["第二项。内容二。", "第三项。内容三。"])])
    new = make_report("b", 2024, [("甲", ["第一项。内容一。"]), ("乙", ["第三项。内容三。"])])
    comparison = compare_by_hand(old, new, {"一/(一)/1": "一/(一)/1", "一/(二)/1": "一/(二)/2"})
    data = render_docx(comparison)
    assert reject_all(data, headings=False) == body(old)
    assert reject_all(data) [-3:] == ["(二)乙", "1.第二项。内容二。", "2.第三项。内容三。"]


def test_dropped_first_measures_of_a_section_stay_under_its_heading() -> None:
    """Two dropped measures open a section whose third survives: Reject All gives them back
    under that section's heading, not at the end of the section before (a township's 不足)."""
    old = make_report("a", 2023, [("甲", ["第一项。内容一。"]),
                                  ("乙", ["第二项。内容二。", "第三项。内容三。", "第四项。内容四。"])])
    new = make_report("b", 2024, [("甲", ["第一项。内容一。"]), ("乙", ["第四项。内容四。"])])
    comparison = compare_by_hand(old, new, {"一/(一)/1": "一/(一)/1", "一/(二)/1": "一/(二)/3"})  # -- new → old --
    data = render_docx(comparison)
    assert reject_all(data, headings=False) == body(old)
    assert reject_all(data)[-4:] == ["(二)乙", "1.第二项。内容二。", "2.第三项。内容三。", "3.第四项。内容四。"]


def test_reordered_measures_without_move_status_still_reject_in_old_order() -> None:
    old = make_report("a", 2023, [("甲", ["甲项。内容甲。", "乙项。内容乙。", "丙项。内容丙。"])])
    new = make_report("b", 2024, [("甲", ["丙项。内容丙。", "甲项。内容甲。", "乙项。内容乙改。"])])
    comparison = compare_by_hand(old, new, {"一/(一)/1": "一/(一)/3", "一/(一)/2": "一/(一)/1",
                                            "一/(一)/3": "一/(一)/2"})
    for moves in (True, False):
        data = render_docx(comparison, moves=moves)
        assert accept_all(data, headings=False) == body(new)
        assert reject_all(data, headings=False) == body(old)


# ---------------------------------------------------------------- comments, properties, cover


def comments_xml(data: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return etree.fromstring(package.read("word/comments.xml"))


def test_status_comments_in_chinese_and_english(comparison: Comparison) -> None:
    data = render_docx(comparison)
    notes = ["".join(c.xpath(".//w:t/text()", namespaces=NS)) for c in comments_xml(data).findall("w:comment", NS)]
    assert "修改 · 原一、（一）第1项 · 相似度 83%" in notes
    assert "移动 · 原一、（一）第3项 · 相似度 83%" in notes
    assert "删除 · 原一、（二）第2项" in notes
    assert "新增" in notes
    assert not any(n.startswith("延续") for n in notes)  # continued measures stay quiet
    english = render_docx(comparison, lang="en")
    notes = ["".join(c.xpath(".//w:t/text()", namespaces=NS)) for c in comments_xml(english).findall("w:comment", NS)]
    assert "modified · was 一. (一) item 1 · similarity 83%" in notes
    # -- each comment is anchored on a body paragraph --
    root = document_xml(data)
    assert len(root.findall(".//w:commentRangeStart", NS)) == len(notes)


def test_core_properties(comparison: Comparison) -> None:
    props = Document(io.BytesIO(render_docx(comparison, author="法制科"))).core_properties
    assert props.title == NEW.title
    assert props.subject == "reportdiff: 2023.txt → 2024.txt"
    assert props.author == "法制科"


def test_cover_page_only_when_asked(comparison: Comparison) -> None:
    plain = Document(io.BytesIO(render_docx(comparison)))
    assert not plain.tables
    data = render_docx(comparison, summary=True)
    document = Document(io.BytesIO(data))
    cover = [p for p in document.paragraphs if p.style.name == COVER_STYLE]
    assert cover[0].text == "比较摘要"
    # -- the counts: statuses in the (repeated, shaded) header row, the numbers under them --
    header, numbers = document.tables[0].rows
    counts = dict(zip((cell.text for cell in header.cells), (cell.text for cell in numbers.cells)))
    assert counts["新增"] == "1" and counts["删除"] == "1" and counts["移动"] == "1"
    assert header._tr.xpath("./w:trPr/w:tblHeader") and set(header._tr.xpath(".//w:shd/@w:fill")) == {"D9D9D9"}
    styles = [p.style.name for p in document.paragraphs]
    assert max(i for i, s in enumerate(styles) if s == COVER_STYLE) < styles.index("Title")
    assert document.element.body.xpath(".//w:br[@w:type='page']")
    # -- the body proper is unchanged --
    assert accept_all(data, headings=False) == body(NEW)


def test_cover_lists_changed_figures(comparison: Comparison) -> None:
    from reportdiff.figures import FigureChange, extract_figures

    def change(label: str, old: str, new: str) -> FigureChange:
        before, after = extract_figures(old)[0], extract_figures(new)[0]
        delta = after.value - before.value
        return FigureChange(label, before.unit, before, after, "一/1", "一/1", delta, delta / before.value)

    figures = (change("审批事项", "1200件", "1500件"), change("合同审核", "80件", "80件"),
               change("赔偿金额", "246余万元", "318余万元"))
    with_figures = Comparison(comparison.old, comparison.new, comparison.matches, (), figures=figures)
    document = Document(io.BytesIO(render_docx(with_figures, summary=True)))
    rows = [[c.text for c in row.cells] for row in document.tables[1].rows]
    # -- unchanged figures left out; changes in the report's own units --
    assert rows[1:] == [["审批事项", "1200件", "1500件", "+300件（+25.0%）"],
                        ["赔偿金额", "246余万元", "318余万元", "+72万元（+29.3%）"]]


# ---------------------------------------------------------------- typography, template


def test_typography_and_page_setup(comparison: Comparison) -> None:
    document = Document(io.BytesIO(render_docx(comparison)))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert [round(x.mm) for x in (section.top_margin, section.bottom_margin, section.left_margin,
                                  section.right_margin)] == [37, 35, 28, 26]
    normal = document.styles["Normal"]
    fonts = normal.element.rPr.rFonts
    assert fonts.get(f"{{{W}}}eastAsia") == "仿宋" and fonts.get(f"{{{W}}}ascii") == "Times New Roman"
    assert normal.font.size.pt == 16 and normal.paragraph_format.line_spacing.pt == 28
    for name, face in (("Heading 1", "黑体"), ("Heading 2", "楷体")):
        style = document.styles[name]
        assert style.element.rPr.rFonts.get(f"{{{W}}}eastAsia") == face
        assert style.element.rPr.rFonts.get(f"{{{W}}}eastAsiaTheme") is None
        assert style.element.xpath("./w:pPr/w:outlineLvl/@w:val") == [str(int(name[-1]) - 1)]
    title = document.styles["Title"]
    assert title.font.size.pt == 22 and title.paragraph_format.alignment == 1  # centred
    styles = [p.style.name for p in document.paragraphs]
    # -- one title paragraph, its year redlined (2023 deleted, 2024 inserted: Reject All gives
    #    the old title) --
    assert styles[:4] == ["Title", "Normal", "Heading 1", "Heading 2"]


def test_template_styles_are_kept_and_its_body_cleared(tmp_path: Path, comparison: Comparison) -> None:
    template = Document()
    template.styles["Normal"].font.name = "Arial"
    template.add_paragraph("审阅模板里的旧内容")
    path = tmp_path / "模板.docx"
    template.save(path)
    document = Document(io.BytesIO(render_docx(comparison, template=path)))
    assert "审阅模板里的旧内容" not in [p.text for p in document.paragraphs]
    assert document.styles["Normal"].font.name == "Arial"
    assert accept_all(render_docx(comparison, template=path), headings=False) == body(NEW)


def test_outline_without_blocks_and_heading_measures() -> None:
    old = make_report("a", 2023, [("甲", ["第一项。内容一。"])], blocks=False)
    heading = Measure("一/(一)", MeasureKind.HEADING, "(一)", "持续推进职能转变", "持续推进职能转变。加强清单管理。",
                      key("持续推进职能转变。加强清单管理。"), "一", "一/(一)", "持续推进职能转变", Role.PLANS, 3)
    section = Section("一/(一)", "(一)", "持续推进职能转变", key("持续推进职能转变"), (heading,), 3)
    part = Part("一", "一、", "工作安排", key("工作安排"), Role.PLANS, (section,), (), 2)
    new = Report("b", 2024, "", "导语。", (part,), (), ())
    comparison = Comparison(old, new, (Match(Status.NEW, None, heading, 0.0, (), "none"),
                                       Match(Status.DROPPED, old.measures[0], None, 0.0, (), "none")), ())
    data = render_docx(comparison)
    # -- no separate heading line for a heading that carries its body --
    assert accept_all(data) == ["导语。", "一、工作安排", "(一)持续推进职能转变。加强清单管理。"]
    assert reject_all(data, headings=False) == ["导语。", "1.第一项。内容一。"]
    root = document_xml(data)
    assert root.xpath(".//w:body/w:p[w:pPr/w:outlineLvl/@w:val='1']", namespaces=NS)


# ---------------------------------------------------------------- determinism, dates, speed


def test_output_is_byte_identical(comparison: Comparison, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "946684800")
    first = render_docx(comparison, summary=True)
    time.sleep(1.1)  # python-docx stamps zip entries with the clock; ours must not
    assert render_docx(comparison, summary=True) == first
    assert {e.get(f"{{{W}}}date") for e in revision_elements(first)} == {
        DEFAULT_DATE.strftime("%Y-%m-%dT%H:%M:%SZ")}
    with zipfile.ZipFile(io.BytesIO(first)) as package:
        assert {info.date_time for info in package.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = package.read("docProps/core.xml").decode()
    assert "2000-01-01T00:00:00Z" in core


def test_default_date_is_now(comparison: Comparison, monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    dates = {e.get(f"{{{W}}}date") for e in revision_elements(render_docx(comparison))}
    after = dt.datetime.now(dt.timezone.utc)
    assert len(dates) == 1
    stamped = dt.datetime.fromisoformat(dates.pop().replace("Z", "+00:00"))
    assert before <= stamped <= after
    assert render_docx(comparison, date="2025-03-31") != render_docx(comparison)


def test_source_date_epoch(comparison: Comparison, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")
    dates = {e.get(f"{{{W}}}date") for e in revision_elements(render_docx(comparison))}
    assert dates == {"2025-01-01T00:00:00Z"}


# ---------------------------------------------------------------- property: random edits of real text


def _seed_sentences() -> list[str]:
    found = []
    for line in SEED.read_text(encoding="utf-8").splitlines():
        body_text = re.sub(r"^[(（]?[一二三四五六七八九十\d]+[)）.、]", "", line.strip())
        found += [s + "。" for s in body_text.split("。") if len(s) >= 8]
    return found


SENTENCES = _seed_sentences()


@st.composite
def edited_reports(draw):
    count = draw(st.integers(2, 8))
    picks = draw(st.lists(st.sampled_from(SENTENCES), min_size=count, max_size=count, unique=True))
    uid = iter(range(1000))
    old_items = [(next(uid), text) for text in picks]
    new_items = []
    for item_id, text in old_items:
        fate = draw(st.sampled_from(["keep", "edit", "edit", "drop"]))
        if fate == "drop":
            continue
        if fate == "edit":
            tokens = re.findall(r"[\u4e00-\u9fff]{1,2}|\d+(?:\.\d+)?|.", text)
            for _ in range(draw(st.integers(1, 4))):
                op = draw(st.sampled_from(["insert", "delete", "replace"]))
                at = draw(st.integers(0, max(len(tokens) - 1, 0)))
                word = draw(st.sampled_from(["全面", "持续", "进一步", "12件", "97.81%", "依法"]))
                if op == "insert":
                    tokens.insert(at, word)
                elif tokens and op == "delete" and len(tokens) > 1:
                    del tokens[at]
                elif tokens:
                    tokens[at] = word
            text = "".join(tokens)
        new_items.append((item_id, text))
    for _ in range(draw(st.integers(0, 2))):
        new_items.insert(draw(st.integers(0, len(new_items))), (next(uid), draw(st.sampled_from(SENTENCES))))
    if len(new_items) > 2 and draw(st.booleans()):  # one measure changes place
        item = new_items.pop(draw(st.integers(0, len(new_items) - 1)))
        new_items.insert(draw(st.integers(0, len(new_items))), item)
    split_old = draw(st.integers(0, len(old_items)))
    split_new = draw(st.integers(0, len(new_items)))
    return old_items, new_items, split_old, split_new


def _build(items: list[tuple[int, str]], split: int, source: str, year: int):
    sections = [("第一节", [t for _, t in items[:split]]), ("第二节", [t for _, t in items[split:]])]
    report = make_report(source, year, [s for s in sections if s[1]])
    return report, {uid: m for (uid, _), m in zip(items, report.measures)}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edited_reports(), st.booleans())
def test_property_accept_and_reject_round_trip(case, moves: bool) -> None:
    old_items, new_items, split_old, split_new = case
    old, old_by_uid = _build(old_items, split_old, "old", 2023)
    new, new_by_uid = _build(new_items, split_new, "new", 2024)
    pairs = {new_by_uid[u].id: old_by_uid[u].id for u in new_by_uid if u in old_by_uid}
    moved = {new_by_uid[u].id for u in new_by_uid if u in old_by_uid
             and new_by_uid[u].section_title != old_by_uid[u].section_title}
    data = render_docx(compare_by_hand(old, new, pairs, moved=moved), moves=moves)
    assert accept_all(data, headings=False) == body(new)
    assert reject_all(data, headings=False) == body(old)


# ---------------------------------------------------------------- property: whole outlines edited

_PART_TITLES = ["法治政府建设主要举措及成效", "存在的不足和原因", "党政主要负责人履行第一责任人职责情况",
                "下一年度推进法治政府建设的主要安排"]
_SECTION_TITLES = ["深化行政审批制度改革", "健全依法决策机制", "严格规范公正文明执法", "加强行政复议工作",
                   "推进政务公开", "强化法治宣传教育", "完善矛盾纠纷化解机制", "加强法治工作队伍建设"]


#: Sentences that read as measures on their own (no lead-in ending in a colon, no year line).
_ITEM_SENTENCES = [t for t in SENTENCES if len(t) >= 15 and not re.search(r"[:：]|^\d{4}年", t)]


@st.composite
def edited_outlines(draw):
    """An old report of parts, sections (some carrying their body: （二）标题。正文) and items, and a
    new one that drops, adds, moves and reorders parts, sections and items, and rewords some."""
    sentences = iter(draw(st.lists(st.sampled_from(_ITEM_SENTENCES), min_size=40, max_size=40, unique=True)))
    section_titles = iter(draw(st.permutations(_SECTION_TITLES)))
    part_titles = draw(st.permutations(_PART_TITLES))
    old = []
    for part_title in part_titles[:draw(st.integers(2, 3))]:
        sections = []
        for _ in range(draw(st.integers(0, 2))):
            carried = draw(st.booleans())
            sections.append([next(section_titles), carried,
                             [next(sentences) for _ in range(draw(st.integers(1 if carried else 1, 3)))]])
        lead = [next(sentences)] if not sections or draw(st.booleans()) else []
        if draw(st.integers(0, 3)) == 0:  # -- points run in one paragraph: 一是…二是… --
            lead = [f"一是{next(sentences)}二是{next(sentences)}"]
        old.append([part_title, lead, sections])
    new = []
    spare_parts = iter(part_titles[len(old):])
    for part_title, lead, sections in old:
        if draw(st.integers(0, 4)) == 0:
            continue  # -- the whole part is gone --
        kept = []
        for title, carried, items in sections:
            fate = draw(st.sampled_from(["keep", "keep", "edit", "drop"]))
            if fate == "drop":
                continue
            items = [t for t in items if draw(st.integers(0, 5))] or items[:1]
            if fate == "edit":
                items = [("全面" + t) if draw(st.booleans()) else t for t in items]
                carried = draw(st.booleans())
            kept.append([title, carried, items])
        if kept and draw(st.booleans()):
            kept.insert(0, kept.pop())  # -- sections reordered --
        if draw(st.integers(0, 3)) == 0:
            kept.append([next(section_titles, "加强组织领导"), False, [next(sentences)]])
        if lead and lead[0].startswith("一是") and draw(st.booleans()):
            lead = [lead[0] + f"三是{next(sentences)}"]  # -- a point added to the run --
        new.append([part_title, list(lead), kept])
    if not new:  # -- a report has at least one part --
        new.append([old[0][0], [next(sentences)], []])
    if len(new) > 1 and draw(st.booleans()):  # -- a section moves to another part --
        source, target = draw(st.permutations(range(len(new))))[:2]
        if new[source][2]:
            new[target][2].append(new[source][2].pop(draw(st.integers(0, len(new[source][2]) - 1))))
    if draw(st.booleans()):  # -- a new part, before or after the others --
        title = next(spare_parts, None)
        if title is not None:
            new.insert(draw(st.integers(0, len(new))), [title, [next(sentences)], []])
    if len(new) > 1 and draw(st.booleans()):
        new.insert(0, new.pop())  # -- parts reordered --
    return old, new


def _outline_text(year: int, parts) -> str:
    lines = [f"某区{year}年法治政府建设年度报告", f"{year}年，全区坚持依法行政，现将有关情况报告如下。"]
    for p, (part_title, lead, sections) in enumerate(parts):
        lines.append(f"{CN[p]}、{part_title}")
        lines += lead
        for s, (title, carried, items) in enumerate(sections):
            if carried:  # -- the heading carries its body: （二）标题。正文 --
                lines.append(f"（{CN[s]}）{title}。{items[0]}")
                lines += [f"{n}.{text}" for n, text in enumerate(items[1:], 1)]
            else:
                lines.append(f"（{CN[s]}）{title}")
                lines += [f"{n}.{text}" for n, text in enumerate(items, 1)]
    return "\n".join(lines) + "\n"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(edited_outlines(), st.booleans())
def test_property_reject_all_gives_the_old_outline(case, moves: bool) -> None:
    """Reject All gives the old report paragraph by paragraph, headings included and in their old
    order, as Accept All gives the new one, whatever parts and sections were dropped, added,
    moved or reordered."""
    from reportdiff.pipeline import compare

    old_text, new_text = (_outline_text(year, parts) for year, parts in zip((2024, 2025), case))
    data = render_docx(compare(old_text, new_text), moves=moves)
    assert [key(t) for t in accept_all(data)] == [key(line) for line in new_text.splitlines()]
    assert [key(t) for t in reject_all(data)] == [key(line) for line in old_text.splitlines()]


@pytest.mark.parametrize("years", [(2019, 2021), (2021, 2022), (2022, 2023)])
def test_real_pairs_reject_to_the_old_report(years) -> None:
    """On real 政府工作报告 (parts reworded and renumbered, leads and sections dropped), Reject All
    gives the old report's text and its headings in order, Accept All the new one's."""
    from reportdiff.pipeline import compare

    real = Path(__file__).resolve().parents[2] / "shared" / "real"
    if not real.is_dir():
        pytest.skip(f"real reports not available at {real}")
    comparison = compare(*(real / f"guowuyuan-zfgzbg-{year}-s.txt" for year in years))
    data = render_docx(comparison)
    for mode, report in (("accept", comparison.new), ("reject", comparison.old)):
        paragraphs = resolve(data, mode)
        assert key("".join(t for _, t in paragraphs)) == key("".join(b.text for b in report.blocks))
        assert [key(t) for s, t in paragraphs if s.startswith("Heading")] == \
            [key(b.text) for b in report.blocks if b.kind in (BlockKind.PART, BlockKind.SECTION)]


# ---------------------------------------------------------------- the real pipeline


def _pipeline():
    try:
        from reportdiff.pipeline import compare
    except ImportError as error:  # pragma: no cover - only before the pipeline lands
        pytest.skip(f"pipeline not available: {error}")
    return compare


def _edited_seed() -> tuple[str, str]:
    lines = SEED.read_text(encoding="utf-8").splitlines()
    new = list(lines)
    moved = new.pop(5)  # 3.堅持系統觀念… leaves section (一)
    new[4] = new[4].replace("繼續精簡優化", "持續精簡優化").replace("30個", "35個")
    new.insert(10, "3." + moved[2:])  # … and lands at the end of section (二)
    del new[11]  # the old (二)3 is dropped
    new.insert(22, "4.加強涉企執法監督,開展專項檢查。全年檢查企業120家。")
    return "\n".join(lines) + "\n", "\n".join(new) + "\n"


@pytest.mark.parametrize("moves", [True, False])
def test_pipeline_seed_round_trip(moves: bool) -> None:
    compare = _pipeline()
    old_text, new_text = _edited_seed()
    comparison = compare(old_text, new_text)
    assert comparison.summary["moved"] == comparison.summary["dropped"] == comparison.summary["new"] == 1
    data = render_docx(comparison, moves=moves)
    # -- paragraph for paragraph: 一是/二是 points of one line stay in one paragraph --
    assert accept_all(data) == [line for line in new_text.splitlines() if line.strip()]
    assert reject_all(data) == [line for line in old_text.splitlines() if line.strip()]
    assert len(accept_all(data)) < len(comparison.new.blocks)


def test_pipeline_traditional_against_simplified_has_no_script_noise() -> None:
    compare = _pipeline()
    import opencc

    old_text = SEED.read_text(encoding="utf-8")
    new_text = opencc.OpenCC("t2s").convert(old_text)
    comparison = compare(old_text, new_text)
    data = render_docx(comparison)
    assert "".join(accept_all(data)) == new_text.replace("\n", "")
    unchanged = {m.new.id for m in comparison.matches if m.status is Status.CONTINUED}
    assert len(unchanged) == len(comparison.new.measures)
    assert revision_elements(data) == []


# ---------------------------------------------------------------- LibreOffice


def test_libreoffice_converts_to_pdf(tmp_path: Path, comparison: Comparison) -> None:
    convert_to_pdf_and_png(render_docx(comparison, summary=True), tmp_path, "redline", page=2)


@pytest.mark.parametrize("moves", [True, False])
def test_libreoffice_accept_and_reject_agree(tmp_path: Path, comparison: Comparison, moves: bool) -> None:
    soffice()
    if uno_python() is None:
        pytest.skip("LibreOffice's Python-UNO bridge not available")
    data = render_docx(comparison, moves=moves)
    resolved = libreoffice_resolve(data, tmp_path)
    # -- LibreOffice keeps an empty last paragraph where Word and our helper merge it away --
    assert [t for t in resolved["accept"] if t] == accept_all(data)
    assert [t for t in resolved["reject"] if t] == reject_all(data)


def test_seed_against_the_2025_sample_round_trips(seed_vs_sample: Comparison) -> None:
    """Accept All gives the 2025 report's measure texts in order; Reject All the 2024 report's.

    The two reports differ in script, so unchanged runs show the 2025 (Simplified) wording:
    the rejected text is compared with the 2024 text by comparison key.
    """
    data = render_docx(seed_vs_sample)
    accepted = accept_all(data, headings=False)
    rejected = reject_all(data, headings=False)
    new_body = [m.marker + m.text for m in seed_vs_sample.new.measures]
    old_body = [m.marker + m.text for m in seed_vs_sample.old.measures]
    preamble_new = [seed_vs_sample.new.preamble] if seed_vs_sample.new.preamble else []
    assert key("".join(accepted)) == key("".join(preamble_new + new_body))
    assert "".join(accepted).endswith(new_body[-1])
    assert key("".join(rejected)) == key("".join(([seed_vs_sample.old.preamble] if seed_vs_sample.old.preamble else []) + old_body))
    assert len(revision_elements(data)) > 50


@pytest.mark.parametrize("pair", [
    ("seeds/000_ed6269d44b6c061b.txt", "samples/haidian_2025_constructed.txt"),
    ("samples/yunze_sfj_2024_constructed.txt", "samples/yunze_sfj_2025_constructed.txt"),
])
def test_headings_are_tracked_too(pair) -> None:
    """Accept All gives the new headings in order; Reject All gives every old heading (reworded
    ones redlined, new ones inserted, vanished ones deleted at their old place)."""
    from collections import Counter

    from reportdiff.pipeline import compare

    root = Path(__file__).resolve().parents[1]
    comparison = compare(root / pair[0], root / pair[1])
    data = render_docx(comparison)
    headings = lambda mode: [t for s, t in resolve(data, mode) if s.startswith("Heading")]  # noqa: E731
    old = [b.text for b in comparison.old.blocks if b.kind.value in ("part", "section")]
    new = [b.text for b in comparison.new.blocks if b.kind.value in ("part", "section")]
    assert headings("accept") == new
    assert Counter(map(key, headings("reject"))) == Counter(map(key, old))
    assert [key(t) for t in headings("reject")] == [key(t) for t in old]  # -- in their old order too --


def test_dropped_first_measures_stay_under_their_headings() -> None:
    from reportdiff.pipeline import compare

    seed = SEED.read_text(encoding="utf-8")
    lines = seed.splitlines()
    shortened = "\n".join(lines[:3] + lines[5:])  # -- drop items 1 and 2 of (一) --
    data = render_docx(compare(seed, shortened))
    rejected = [t for _, t in resolve(data, "reject")]
    assert rejected[:4] == [lines[0], lines[1], lines[2], lines[3]]


def test_seed_pair_accept_and_reject_paragraph_for_paragraph(seed_vs_sample) -> None:
    """Run-in points (一是…二是…三是…) stay in their paragraph: Accept All is the 2025 file line for
    line, Reject All the 2024 one (in the new script where a run is unchanged; the new title, which
    the 2024 report lacks, is an insertion)."""
    sample = Path(__file__).resolve().parents[1] / "samples" / "haidian_2025_constructed.txt"
    data = render_docx(seed_vs_sample)
    new_lines = [line.strip() for line in sample.read_text(encoding="utf-8").splitlines() if line.strip()]
    old_lines = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert accept_all(data) == new_lines
    assert [key(text) for text in reject_all(data)] == [key(line) for line in old_lines]
    run_in = [line for line in new_lines if line.count("是") and "二是" in line and "一是" in line]
    assert run_in and all(line in accept_all(data) for line in run_in)


def test_split_and_merged_measures_keep_word_level_redlines(seed_vs_sample) -> None:
    """The seed pair splits 一/(一)/3 in two; the Yunze pair merges two measures: each piece is
    redlined word by word (shared words plain), and Accept/Reject All still give each report."""
    from reportdiff.pipeline import compare

    root = Path(__file__).resolve().parents[1]
    yunze = compare(root / "samples" / "yunze_sfj_2024_constructed.txt",
                    root / "samples" / "yunze_sfj_2025_constructed.txt")
    for comparison, relation in ((seed_vs_sample, "split"), (yunze, "merged")):
        data = render_docx(comparison)
        pieces = [m for m in comparison.matches if m.relation == relation or (
            m.old and m.new and any(o.relation == relation and (o.old is m.old or o.new is m.new)
                                    for o in comparison.matches if o is not m))]
        assert pieces
        body = document_xml(data).find("w:body", NS)
        plain = "".join(t.text or "" for t in body.xpath(".//w:p/w:r/w:t", namespaces=NS))
        shared = [max((r.text for r in m.redlines if r.op is Op.EQUAL), key=len, default="") for m in pieces]
        assert any(len(words) >= 4 for words in shared)
        for words in shared:
            assert words in plain, (relation, words)  # -- shared words are not deleted and reinserted --
        source = root / "samples" / ("haidian_2025_constructed.txt" if relation == "split" else "yunze_sfj_2025_constructed.txt")
        lines = [line.strip() for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
        assert [text for text in accept_all(data) if text in lines] == [line for line in lines if line in accept_all(data)]
        assert set(lines) - set(accept_all(data)) <= {"（本报告为测试用构造样本，非官方文本。）"}


def test_the_preamble_keeps_its_paragraphs() -> None:
    """各位代表： and 现在，我代表… are two paragraphs of both reports: two in the Word redline too."""
    from reportdiff.pipeline import compare

    opening = "政府工作报告\n各位代表：\n现在，我代表省人民政府向大会报告工作，请予{}。\n"
    old = opening.format("审议") + "一、2023年工作回顾\n过去一年，全省地区生产总值增长4.9%。\n"
    new = opening.format("审议，并请省政协委员提出意见") + "一、2024年工作回顾\n过去一年，全省地区生产总值增长5.3%。\n"
    data = render_docx(compare(old, new))
    assert reject_all(data)[1:3] == ["各位代表：", "现在，我代表省人民政府向大会报告工作，请予审议。"]
    assert accept_all(data)[1:3] == ["各位代表：", "现在，我代表省人民政府向大会报告工作，请予审议，并请省政协委员提出意见。"]


def _deleted_and_inserted(data: bytes) -> tuple[list[str], list[str]]:
    body = document_xml(data).find("w:body", NS)
    deleted = ["".join(t.text or "" for t in d.iter(f"{{{W}}}delText")) for d in body.iter(f"{{{W}}}del")]
    inserted = ["".join(t.text or "" for t in i.iter(f"{{{W}}}t")) for i in body.iter(f"{{{W}}}ins")]
    return [t for t in deleted if t], [t for t in inserted if t]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_change_of_the_reports_year_is_a_word_level_revision(script: str) -> None:
    """The title block, a heading and the preamble's first clause that differ only in the report's
    own year (and 代省长 → 省长) are redlined word by word, not deleted and reinserted whole."""
    from reportdiff.pipeline import compare

    def report(year: int, speaker: str, session: str, growth: str) -> str:
        return (f"青川市{year}年政府工作报告\n——{year}年1月{10 + year % 10}日在青川市第十届人民代表大会第{session}次会议上\n"
                f"{speaker}  周明远\n各位代表：\n{year}年，全市上下攻坚克难，经济运行稳中有进。\n"
                f"一、{year}年政府工作主要成效\n（一）经济发展稳中向好。全市地区生产总值增长{growth}。\n"
                f"二、{year + 1}年重点工作\n（一）扩大有效投资。实施重点项目120个。\n")

    old, new = report(2024, "代市长", "三", "5.1%"), report(2025, "市长", "四", "5.6%")
    if script == "traditional":
        import opencc

        old, new = map(opencc.OpenCC("s2t").convert, (old, new))
    data = render_docx(compare(old, new))
    assert accept_all(data) == new.splitlines() and reject_all(data) == old.splitlines()
    deleted, inserted = _deleted_and_inserted(data)
    assert max(map(len, deleted)) <= 6 and max(map(len, inserted)) <= 6, (deleted, inserted)
    assert "2024" in deleted and "2025" in inserted and old.splitlines()[2][:3] in "".join(deleted)


def test_english_cover_uses_english_punctuation(comparison: Comparison) -> None:
    document = Document(io.BytesIO(render_docx(comparison, summary=True, lang="en")))
    lines = [p.text for p in document.paragraphs if p.style.name == COVER_STYLE]
    assert any(line.startswith("Old report: ") for line in lines) and any(line.startswith("New report: ") for line in lines)
    assert not any(re.search(r"[A-Za-z]：", line) for line in lines)
    chinese = [p.text for p in Document(io.BytesIO(render_docx(comparison, summary=True))).paragraphs]
    assert any(line.startswith("上年报告：") or line.startswith(f"{shared('zh')['old_report']}：") for line in chinese)


def _display_width(text: str) -> float:
    """Width in ems: a Chinese or full-width character is one, a Latin letter or digit about half."""
    return sum(1.0 if ord(ch) > 0x2E7F else 0.55 for ch in text)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_summary_targets_table_gives_the_targets_the_width_they_need(lang: str) -> None:
    """The 主要预期目标 table of --summary: the indicator and target columns get the width their
    text needs (a target of usual length wraps onto two lines at most), the change column is narrow."""
    from docx.shared import Length

    from reportdiff.pipeline import compare

    real = Path(__file__).resolve().parents[2] / "shared" / "real"
    old, new = real / "guowuyuan-zfgzbg-2022-s.txt", real / "guowuyuan-zfgzbg-2023-s.txt"
    if not old.exists() or not new.exists():
        pytest.skip(f"real reports not found under {real}")
    comparison = compare(old, new)
    assert comparison.targets
    document = Document(io.BytesIO(render_docx(comparison, summary=True, lang=lang)))
    grid = document.tables[0]
    widths = [int(col.get(f"{{{W}}}w")) for col in grid._tbl.tblGrid.findall(f"{{{W}}}gridCol")]
    # -- 指标 | 上年目标 | 上年完成 | 本年目标 | 变化: the result is a short, narrow column, the change
    #    no wider than a target's (in English, at most→about needs as much as five columns leave) --
    assert len(widths) == 5 and widths[2] < min(widths[0], widths[1], widths[3]) \
        and widths[4] <= min(widths[0], widths[1], widths[3])
    page = document.sections[0]
    assert sum(widths) <= Length(page.page_width - page.left_margin - page.right_margin).twips + 1
    for row in grid.rows[1:]:
        for column in (0, 1, 3):
            cell = row.cells[column]
            size = max((run.font.size.pt for p in cell.paragraphs for run in p.runs if run.font.size), default=16)
            per_line = (widths[column] - 216) / (size * 20)  # -- twips less the cell margins, in ems --
            # -- a target of usual length takes two lines at most; only the longest (23 characters
            #    beside two other columns) may take a third; two of last year's targets continued by
            #    one of this year's stand one a line, each so --
            for target in cell.text.split("\n"):
                lines = -(-_display_width(target) // per_line)
                assert lines <= (2 if _display_width(target) <= 16 else 3), (target, widths)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_title_lines_of_unequal_count_are_redlined_line_by_line(script: str) -> None:
    """A saved page's heading above the report's own title (东澜省2025年政府工作报告 over 政府工作报告),
    or a speaker line a PDF ran into the dateline, leaves the two title blocks one line apart:
    the lines both have still pair (the dateline redlined by the words that changed), and only
    the extra line is inserted or deleted whole (audit27: all seven lines were replaced)."""
    from reportdiff.pipeline import compare

    def report(year: int, session: str, heading: str) -> str:
        return (f"{heading}政府工作报告\n——{year}年1月{10 + year % 10}日在东澜省第十四届人民代表大会第{session}次会议上\n"
                f"东澜省省长　林国华\n各位代表：\n过去一年，全省经济运行稳中有进。\n"
                f"一、{year - 1}年工作回顾\n（一）扩大有效需求。实施省重点项目1300个。\n"
                f"二、{year}年重点工作\n（一）提振消费。实施提振消费专项行动。\n")

    old, new = report(2024, "二", ""), report(2025, "三", "东澜省2025年政府工作报告\n")
    if script == "traditional":
        import opencc

        old, new = map(opencc.OpenCC("s2hk").convert, (old, new))
    data = render_docx(compare(old, new))
    assert accept_all(data) == new.splitlines() and reject_all(data) == old.splitlines()
    deleted, inserted = _deleted_and_inserted(data)
    assert max(map(len, deleted)) <= 6, deleted
    assert new.splitlines()[0] in inserted and all(len(t) <= 6 for t in inserted if t != new.splitlines()[0]), inserted
