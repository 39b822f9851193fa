"""The clause of an evidence sentence that answers a plan, in either script: a review sentence
telling several deeds (新发展蔬菜基地520亩，…，县域冷链物流中心建成投用，…) is shown whole with the
clause answering the plan marked, in JSON (a span), HTML (<mark>), Markdown (<b>) and the terminal
(【】, or bold and underlined in colour)."""

from __future__ import annotations

import json

import pytest
from opencc import OpenCC

from reportdiff import compare
from reportdiff.evidence_clause import answering_clause
from reportdiff.parse import parse_text
from reportdiff.render import render

from government_reports import government_report

SCRIPTS = pytest.mark.parametrize("convert", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])


@SCRIPTS
@pytest.mark.parametrize("sentence, terms, clause", [
    ("加强市场体系基础制度建设，推进要素市场化配置等改革，依法平等保护产权。", ("要素市场化配置",),
     "推进要素市场化配置等改革"),
    # -- the clause holding most of the terms, not the first holding one --
    ("县域物流网络不断完善；县域冷链物流中心建成投用，带动农户增收。", ("县域", "冷链", "物流", "中心"),
     "县域冷链物流中心建成投用"),
    # -- a concept's other form (优化营商 of 营商环境) --
    ("全年新登记经营主体5210户，持续优化营商举措，企业开办实现全程网办。", ("营商环境",), "持续优化营商举措"),
    # -- neighbours holding as many: their run; clauses apart holding as many: not told --
    ("深化农村改革，县域冷链物流中心建成投用，冷链物流网络覆盖所有乡镇，带动农户增收。", ("冷链", "物流"),
     "县域冷链物流中心建成投用，冷链物流网络覆盖所有乡镇"),
    ("县域冷链物流中心建成投用，带动农户增收，冷链物流网络覆盖所有乡镇。", ("冷链", "物流"), None),
    # -- …unless one of them alone holds the most specific term they hold (terms come most specific first) --
    ("新建县域冷链仓库3座，带动农户增收，物流网络覆盖所有乡镇。", ("冷链", "物流"), "新建县域冷链仓库3座"),
    ("新建县域冷链仓库3座，带动农户增收，物流网络覆盖所有乡镇。", ("物流", "冷链"), "物流网络覆盖所有乡镇"),
    # -- one clause, or no clause holding a term: the sentence answers whole --
    ("县域冷链物流中心建成投用。", ("冷链",), None),
    ("新发展蔬菜基地520亩，蔬菜产值0.97亿元。", ("冷链",), None),
])
def test_the_clause_holding_most_shared_terms_answers(convert, sentence, terms, clause) -> None:
    text = convert(sentence)
    span = answering_clause(text, terms)
    assert (None if span is None else text[span[0]:span[1]]) == (None if clause is None else convert(clause))


OLD = government_report("青岭县", 2025, "（一）产业发展稳步推进。新发展蔬菜基地400亩，蔬菜产值0.86亿元。\n"
                        "（二）人居环境持续改善。完成户厕改造280户。",
                        "（一）做强特色产业。建设县域冷链物流中心。\n（二）建设宜居乡村。完成户厕改造300户。")
NEW = government_report("青岭县", 2026, "（一）特色产业提质增效。新发展蔬菜基地520亩，蔬菜产值0.97亿元，"
                        "县域冷链物流中心建成投用，带动农户增收1200万元。\n（二）人居环境持续改善。完成户厕改造320户。",
                        "（一）做强蔬菜产业。新发展蔬菜基地400亩。")
_SENTENCE = "新发展蔬菜基地520亩，蔬菜产值0.97亿元，县域冷链物流中心建成投用，带动农户增收1200万元。"
_CLAUSE = "县域冷链物流中心建成投用"


@SCRIPTS
def test_every_format_marks_the_answering_clause_inside_its_sentence(convert) -> None:
    comparison = compare(parse_text(convert(OLD), "2025.txt"), parse_text(convert(NEW), "2026.txt"),
                         expressions=False)
    sentence, clause = convert(_SENTENCE), convert(_CLAUSE)
    promises = {json.dumps(p["plan"]["text"], ensure_ascii=False): p
                for p in json.loads(render(comparison, "json"))["promises"]}
    chain = promises[json.dumps(convert("建设县域冷链物流中心。"), ensure_ascii=False)]
    assert chain["status"] == "delivered"
    evidence = chain["evidence"][0]
    assert evidence["sentence"] == sentence
    assert evidence["clause"]["text"] == clause
    assert sentence[evidence["clause"]["start"]:evidence["clause"]["end"]] == clause
    # -- a sentence of one clause answers whole: nothing marked --
    toilets = promises[json.dumps(convert("完成户厕改造300户。"), ensure_ascii=False)]
    assert toilets["evidence"][0]["clause"] is None
    before, after = sentence.split(clause)
    assert f'{before}<mark class="pclause">{clause}</mark>{after}' in render(comparison, "html")
    markdown = render(comparison, "md")
    assert f"{before}<b>{clause}</b>{after}".rstrip("。") in markdown
    assert markdown.count("<b>") == 1
    assert f"{before}【{clause}】{after}".rstrip("。") in render(comparison, "text")
    assert f"{before}\x1b[1;4m{clause}\x1b[0m{after}".rstrip("。") in render(comparison, "text", color=True)


_PART_OLD = OLD.replace("建设县域冷链物流中心。", "推动各乡镇建成1个综合文化站。")
_PART_NEW = NEW.replace("县域冷链物流中心建成投用，带动农户增收1200万元。",
                        "带动农户增收1200万元。全县12个乡镇中有9个建成综合文化站，开展文化活动320场。")


@SCRIPTS
def test_the_word_summary_marks_the_clause_of_a_result_short_of_a_plan(convert) -> None:
    import io

    from docx import Document

    comparison = compare(parse_text(convert(_PART_OLD), "2025.txt"), parse_text(convert(_PART_NEW), "2026.txt"),
                         expressions=False)
    stations = next(p for p in comparison.promises if "综合文化站" in OpenCC("t2s").convert(p.plan.text))
    assert stations.shown_status == "partly"
    clause = convert("全县12个乡镇中有9个建成综合文化站")
    document = Document(io.BytesIO(render(comparison, "docx", summary=True)))
    marked = [run.text for table in document.tables for cell in table._cells for paragraph in cell.paragraphs
              for run in paragraph.runs if run.bold and run.underline]
    assert marked == [clause]
