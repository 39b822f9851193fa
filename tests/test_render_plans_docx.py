"""The Word output of ``reportdiff plans``: accept-all gives the plans, reject-all the results they continue."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import pytest
from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from reportdiff.diff import redline
from reportdiff.display import percent, place
from reportdiff.models import Op, PlanSentence, Redline, Report, Role
from reportdiff.normalize import key
from reportdiff.pipeline import load_report
from reportdiff.plans import NotCarried, PlanRecord, PlansAnalysis, ResultLink, ShortcomingRecord, analyse_plans
from ooxml_revisions import DEFAULT_DATE
from reportdiff.render._revisions import DEL, INS
from reportdiff.render.plans_docx import end_apart, plan_segments, render_plans_docx

from ooxml_revisions import (
    W, convert_to_pdf_and_png, document_xml, libreoffice_resolve, resolve, revision_elements, soffice, uno_python,
)

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_ed6269d44b6c061b.txt"
SAMPLE = ROOT / "samples" / "haidian_2025_constructed.txt"
NS = {"w": W}


@pytest.fixture(scope="module", params=["seed", "sample"])
def case(request) -> tuple[Report, PlansAnalysis, bytes]:
    report = load_report(SEED if request.param == "seed" else SAMPLE)
    analysis = analyse_plans(report)
    return report, analysis, render_plans_docx(analysis, report=report)


@pytest.fixture(scope="module")
def seed() -> tuple[Report, PlansAnalysis]:
    report = load_report(SEED)
    return report, analyse_plans(report)


def parts(data: bytes, mode: str) -> list[list[str]]:
    """Body paragraphs (no title or headings) after accept/reject, split at each Heading 1."""
    found: list[list[str]] = [[]]
    for style, text in resolve(data, mode):
        if style == "Heading1":
            found.append([])
        elif style == "Normal":
            found[-1].append(text)
    return found


def best(record: PlanRecord) -> ResultLink:
    return max(record.results, key=lambda link: link.similarity)


def full(measure) -> str:
    return measure.marker + measure.text


def comment_texts(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        root = etree.fromstring(package.read("word/comments.xml"))
    return ["".join(c.xpath(".//w:t/text()", namespaces=NS)) for c in root.findall("w:comment", NS)]


def body_paragraphs(data: bytes) -> list[etree._Element]:
    return document_xml(data).findall("w:body/w:p", NS)


def part_paragraphs(data: bytes, index: int) -> list[etree._Element]:
    """The ``w:p`` elements of the index-th Heading 1 part (1 = plans), headings left out."""
    found: list[list[etree._Element]] = [[]]
    for p in body_paragraphs(data):
        style = p.xpath("string(w:pPr/w:pStyle/@w:val)", namespaces=NS)
        if style == "Heading1":
            found.append([])
        elif not style.startswith("Heading"):
            found[-1].append(p)
    return found[index]


# ---------------------------------------------------------------- accept / reject on real reports


def test_accept_all_gives_the_plan_sentences_in_order(case) -> None:
    _, analysis, data = case
    plans = parts(data, "accept")[1]
    assert plans == [record.plan.text for record in analysis.plans]
    assert len(plans) >= 15


def test_reject_all_gives_the_continued_result_sentences(case) -> None:
    _, analysis, data = case
    continuing = [record for record in analysis.plans if record.status == "continues"]
    assert continuing and len(continuing) < len(analysis.plans)  # both kinds occur
    assert parts(data, "reject")[1] == [best(record).sentence for record in continuing]
    # -- the result sentence really is a sentence of the result measure --
    assert all(best(record).sentence in best(record).measure.text for record in continuing)


def test_not_carried_results_are_deletions_and_shortcomings_stay(case) -> None:
    _, analysis, data = case
    accepted, rejected = parts(data, "accept"), parts(data, "reject")
    assert len(accepted[2]) == 1 and accepted[2] == rejected[2][:1]  # the note only
    assert rejected[2][1:] == [full(item.measure) for item in analysis.not_carried]
    assert analysis.not_carried
    shortcomings = [full(item.measure) for item in analysis.shortcomings]
    assert accepted[3] == rejected[3] == shortcomings


def test_new_plans_are_wholly_inserted_paragraphs(case) -> None:
    _, analysis, data = case
    paragraphs = part_paragraphs(data, 1)
    assert len(paragraphs) == len(analysis.plans)
    for record, p in zip(analysis.plans, paragraphs):
        mark = p.find("w:pPr/w:rPr/w:ins", NS)
        plain = p.xpath("./w:r/w:t/text()", namespaces=NS)
        if record.status in ("new", "framing"):
            assert mark is not None and not plain
            assert "".join(p.xpath("./w:ins/w:r/w:t/text()", namespaces=NS)) == record.plan.text
        else:
            assert mark is None and p.find("w:del", NS) is not None


def test_continuing_plans_are_word_level_redlines(case) -> None:
    """Shared wording stays plain text: the reviewer sees what the plan kept, not a whole swap."""
    _, analysis, data = case
    kept = 0
    for record, p in zip(analysis.plans, part_paragraphs(data, 1)):
        if record.status != "continues":
            continue
        shared = [r.text for r in best(record).redlines if r.op is Op.EQUAL and len(r.text) >= 4]
        if shared:
            plain = "".join(p.xpath("./w:r/w:t/text()", namespaces=NS))
            assert all(text in plain for text in shared)
            kept += 1
    assert kept >= 1


def test_not_carried_paragraphs_are_marked_deleted(case) -> None:
    _, analysis, data = case
    paragraphs = part_paragraphs(data, 2)[1:]  # after the note
    assert len(paragraphs) == len(analysis.not_carried)
    for p in paragraphs:
        assert p.find("w:pPr/w:rPr/w:del", NS) is not None
        assert not p.xpath("./w:r/w:t", namespaces=NS) and not p.xpath(".//w:ins", namespaces=NS)


# ---------------------------------------------------------------- comments, headings, labels


def test_comments_give_status_links_similarity_and_answers(case) -> None:
    _, analysis, data = case
    notes = comment_texts(data)
    assert len(notes) == len(analysis.plans) + len(analysis.not_carried) + len(analysis.shortcomings)
    assert len(document_xml(data).findall(".//w:commentRangeStart", NS)) == len(notes)
    plan_notes = notes[: len(analysis.plans)]
    for record, note in zip(analysis.plans, plan_notes):
        assert note.startswith(f"{place(record.plan.id)} · {'延续' if record.results else '新增'}")
        for link in record.results:
            assert f"延续自 {place(link.measure.id)}（相似度 {percent(link.similarity, changed=True)}" in note
            assert all(term in note for term in link.shared_terms)
    rest = notes[len(analysis.plans):]
    for item, note in zip(analysis.not_carried, rest):
        assert note.startswith(f"{place(item.measure.id)} · 未延续")
    for item, note in zip(analysis.shortcomings, rest[len(analysis.not_carried):]):
        expected = f"对应安排 {'、'.join(place(p.id) for p in item.answered_by)}" if item.answered_by else "无对应安排"
        assert note == f"{place(item.measure.id)} · {expected}"
    assert any("无对应安排" in n for n in rest) and any("对应安排 四、" in n for n in rest)


def test_plan_bundling_two_results_names_both_and_its_redline_base(seed) -> None:
    _, analysis = seed
    record = next(r for r in analysis.plans if len(r.results) > 1)
    note = comment_texts(render_plans_docx(analysis))[analysis.plans.index(record)]
    assert all(place(link.measure.id) in note for link in record.results)
    assert note.endswith(f"修订对照 {place(best(record).measure.id)}")


def test_headings_from_the_report_or_from_ids(seed) -> None:
    report, analysis = seed
    document = Document(io.BytesIO(render_plans_docx(analysis, report=report)))
    with_report = [(p.style.name, p.text) for p in document.paragraphs]
    plans_part = report.part_by_role(Role.PLANS)
    heads = [text for style, text in with_report if style.startswith("Heading")]
    assert heads[0] == plans_part.marker + plans_part.title
    assert heads[1:1 + len(plans_part.sections)] == [s.marker + s.title for s in plans_part.sections]
    assert heads[1 + len(plans_part.sections)] == "未延续的举措"
    assert with_report[0] == ("Title", "000_ed6269d44b6c061b（2024年）工作安排与成效对照")
    # -- the part's lead paragraph (四/¶1) stands under Heading 1, before the first section --
    accepted = [text for _, text in resolve(render_plans_docx(analysis, report=report), "accept")]
    lead = [r.plan.text for r in analysis.plans if r.plan.block_id == "四/¶1"]
    assert len(lead) == 2 and accepted[accepted.index(heads[0]) + 1: accepted.index(heads[1])] == lead
    without = [p.text for p in Document(io.BytesIO(render_plans_docx(analysis))).paragraphs
               if p.style.name.startswith("Heading")]
    assert without[:3] == ["工作安排", "四/(一)", "四/(二)"]
    assert "不足和原因" in without


def test_english_labels(seed) -> None:
    _, analysis = seed
    data = render_plans_docx(analysis, lang="en")
    assert Document(io.BytesIO(data)).paragraphs[0].text == "Plans against results: 000_ed6269d44b6c061b (2024)"
    notes = comment_texts(data)
    assert any(n.startswith("四. (一), sentence 2 · continues · continues 一. (一) item 2 (similarity ") for n in notes)
    assert any(n.endswith("no plan answers it") for n in notes)
    assert Document(io.BytesIO(data)).core_properties.language == "en"


def test_empty_analysis_still_renders() -> None:
    data = render_plans_docx(PlansAnalysis("<stdin>", None, (), (), ()))
    texts = [p.text for p in Document(io.BytesIO(data)).paragraphs]
    assert texts[0] == "<stdin>工作安排与成效对照" and texts.count("（无）") == 3
    assert not revision_elements(data)


# ---------------------------------------------------------------- runs of one plan paragraph


def _record(sentence: str, plan: str, runs: tuple[Redline, ...], measure) -> PlanRecord:
    link = ResultLink(measure, 1.0, ("测试",), sentence, runs)
    return PlanRecord("continues", PlanSentence("四/(一)#1", "四/(一)", 1, plan, key(plan)), (link,))


def test_inconsistent_redlines_fall_back_to_whole_replacement(seed) -> None:
    report, _ = seed
    measure = report.measures[0]
    bad = _record("甲乙丙。", "甲丁丙。", (Redline(Op.EQUAL, "甲"), Redline(Op.INSERT, "丁"), Redline(Op.EQUAL, "丙")),
                  measure)
    assert plan_segments(bad) == [("甲乙丙。", DEL), ("甲丁丙。", INS)]
    # -- an equal run whose two sides differ in script keeps each side's own spelling --
    script = _record("開展執法。", "开展执法检查。",
                     (Redline(Op.EQUAL, "开展执法", "開展執法"), Redline(Op.INSERT, "检查"), Redline(Op.EQUAL, "。")),
                     measure)
    assert plan_segments(script) == [("開展執法", DEL), ("开展执法", INS), ("检查", INS), ("。", None)]


def test_end_apart_keeps_both_texts_and_ends_on_a_deletion() -> None:
    swapped = end_apart([("深化改革", None), ("。", DEL), ("；", INS)])
    assert swapped == [("深化改革", None), ("；", INS), ("。", DEL)]
    appended = end_apart([("深化改革", None), ("，提升效能", INS)])
    assert appended == [("深化改", None), ("革，提升效能", INS), ("革", DEL)]
    for before, after in (([("深化改革", None), ("。", DEL), ("；", INS)], swapped),
                          ([("深化改革", None), ("，提升效能", INS)], appended)):
        for gone in (DEL, INS):
            assert "".join(x for x, k in after if k != gone) == "".join(x for x, k in before if k != gone)
    assert end_apart([("深化改革", None), ("。", DEL)]) == [("深化改革", None), ("。", DEL)]


_SEED_REPORT = load_report(SEED)
_MEASURE = _SEED_REPORT.measures[0]
_SENTENCES = [s for m in _SEED_REPORT.measures for s in m.text.split("。") if 6 <= len(s) <= 60][:80]


@st.composite
def plan_cases(draw):
    """Plans made by editing real result sentences: cut, insert, replace, or a wholly new plan."""
    records = []
    for i in range(draw(st.integers(1, 6))):
        sentence = draw(st.sampled_from(_SENTENCES)) + "。"
        if draw(st.booleans()):
            a, b = sorted(draw(st.lists(st.integers(0, len(sentence) - 1), min_size=2, max_size=2)))
            plan = sentence[:a] + draw(st.sampled_from(["进一步", "", "深化", "完善机制，"])) + sentence[b:]
        else:
            plan = draw(st.sampled_from(_SENTENCES)) + "；"
        records.append((sentence, plan or "新增安排。", draw(st.booleans())))
    return records


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan_cases())
def test_property_accept_gives_plans_and_reject_gives_results(cases) -> None:
    records = []
    for i, (sentence, plan, is_new) in enumerate(cases, 1):
        sent = PlanSentence(f"四/¶1#{i}", "四/¶1", i, plan, key(plan))
        links = () if is_new else (ResultLink(_MEASURE, 0.9, ("法治",), sentence, redline(sentence, plan)),)
        records.append(PlanRecord("new" if is_new else "continues", sent, links))
    analysis = PlansAnalysis("x.txt", 2024, tuple(records), (NotCarried(_MEASURE),),
                             (ShortcomingRecord(_MEASURE, ()),))
    data = render_plans_docx(analysis)
    assert parts(data, "accept")[1] == [plan for _, plan, _ in cases]
    assert parts(data, "reject")[1] == [sentence for sentence, _, is_new in cases if not is_new]


# ---------------------------------------------------------------- package: ids, dates, bytes, speed


def test_revisions_have_unique_ids_one_author_and_fixed_date(case) -> None:
    _, _, data = case
    elements = revision_elements(data)
    ids = [e.get(f"{{{W}}}id") for e in elements]
    assert len(ids) == len(set(ids)) and all(ids)
    assert {e.get(f"{{{W}}}author") for e in elements} == {"reportdiff"}
    assert {e.get(f"{{{W}}}date") for e in elements} == {DEFAULT_DATE.strftime("%Y-%m-%dT%H:%M:%SZ")}


def test_same_typography_as_the_compare_output(seed) -> None:
    from reportdiff.pipeline import compare
    from reportdiff.render.docx import render_docx

    _, analysis = seed
    plans = render_plans_docx(analysis)
    redline_doc = render_docx(compare(SEED, SEED))
    with zipfile.ZipFile(io.BytesIO(plans)) as a, zipfile.ZipFile(io.BytesIO(redline_doc)) as b:
        assert a.read("word/styles.xml") == b.read("word/styles.xml")
    one, two = Document(io.BytesIO(plans)).sections[0], Document(io.BytesIO(redline_doc)).sections[0]
    for attr in ("page_width", "page_height", "top_margin", "bottom_margin", "left_margin", "right_margin"):
        assert getattr(one, attr) == getattr(two, attr)
    assert round(one.page_width.mm) == 210


def test_output_is_byte_identical(seed, monkeypatch: pytest.MonkeyPatch) -> None:
    report, analysis = seed
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "946684800")
    first = render_plans_docx(analysis, report=report)
    time.sleep(1.1)  # python-docx stamps zip entries with the clock; ours must not
    assert render_plans_docx(analysis, report=report) == first
    with zipfile.ZipFile(io.BytesIO(first)) as package:
        assert {info.date_time for info in package.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert "2000-01-01T00:00:00Z" in package.read("docProps/core.xml").decode()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")
    dates = {e.get(f"{{{W}}}date") for e in revision_elements(render_plans_docx(analysis))}
    assert dates == {"2025-01-01T00:00:00Z"}


def test_template_body_is_cleared(tmp_path: Path, seed) -> None:
    _, analysis = seed
    template = Document()
    template.styles["Normal"].font.name = "Arial"
    template.add_paragraph("模板里的旧内容")
    template.save(tmp_path / "t.docx")
    data = render_plans_docx(analysis, template=tmp_path / "t.docx")
    document = Document(io.BytesIO(data))
    assert "模板里的旧内容" not in [p.text for p in document.paragraphs]
    assert document.styles["Normal"].font.name == "Arial"
    assert parts(data, "accept")[1] == [record.plan.text for record in analysis.plans]


# ---------------------------------------------------------------- LibreOffice


def test_libreoffice_converts_to_pdf(tmp_path: Path, seed) -> None:
    report, analysis = seed
    convert_to_pdf_and_png(render_plans_docx(analysis, report=report), tmp_path, "plans", page=1)


def test_libreoffice_accept_and_reject_agree(tmp_path: Path, seed) -> None:
    from ooxml_revisions import accept_all, reject_all

    soffice()
    if uno_python() is None:
        pytest.skip("LibreOffice's Python-UNO bridge not available")
    report, analysis = seed
    data = render_plans_docx(analysis, report=report)
    resolved = libreoffice_resolve(data, tmp_path)
    assert [t for t in resolved["accept"] if t] == accept_all(data)
    assert [t for t in resolved["reject"] if t] == reject_all(data)


def test_libreoffice_keeps_a_paragraph_ending_in_an_insertion_before_a_new_plan(tmp_path: Path) -> None:
    """LibreOffice joins same-kind revisions across a paragraph mark; the runs are laid out so it cannot."""
    from ooxml_revisions import accept_all, reject_all

    soffice()
    if uno_python() is None:
        pytest.skip("LibreOffice's Python-UNO bridge not available")

    def record(i: int, sentence: str, plan: str) -> PlanRecord:
        links = (ResultLink(_MEASURE, 1.0, ("改革",), sentence, redline(sentence, plan)),) if sentence else ()
        return PlanRecord("continues" if links else "new", PlanSentence(f"四/(一)#{i}", "四/(一)", i, plan, key(plan)),
                          links)

    plans = (record(1, "深化行政审批制度改革。", "深化行政审批制度改革；"), record(2, "", "新增一项安排。"),
             record(3, "深化行政审批制度改革", "深化行政审批制度改革，提升效能"), record(4, "", "再增一项安排。"),
             record(5, "加强监管。", "进一步加强监管。"))
    data = render_plans_docx(PlansAnalysis("x.txt", 2024, plans, (), ()))
    resolved = libreoffice_resolve(data, tmp_path)
    assert [t for t in resolved["accept"] if t] == accept_all(data)
    assert [t for t in resolved["reject"] if t] == reject_all(data)
    assert parts(data, "reject")[1] == ["深化行政审批制度改革。", "深化行政审批制度改革", "加强监管。"]
