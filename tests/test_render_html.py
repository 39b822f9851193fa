"""The HTML redline: self-contained, escaped, deterministic, complete, and readable in a browser."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from browser import needs_chromium, screenshot

from reportdiff.models import (
    Comparison, Match, Measure, MeasureKind, Op, Part, PlanSentence, Redline, Report, Role, Section, SectionMatch, Status,
)
from reportdiff.align import Scorer, align_parts
from reportdiff.classify import part_matches
from reportdiff.diff import redline
from reportdiff.expressions import Expression, Expressions
from reportdiff.pipeline import compare
from reportdiff.plans import Evidence, Promise
from reportdiff.render._templates import template_dir as _template_dir
from reportdiff.figures import Figure, FigureChange, StatedChange
from reportdiff.render.html import render_html

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_ed6269d44b6c061b.txt"
GOLDEN = Path(__file__).resolve().parent / "golden" / "small.html"
STATUSES = ("new", "continued", "modified", "moved", "dropped")


# ---------------------------------------------------------------- a hand-built comparison


def _measure(mid: str, marker: str, text: str, section: Section | None, part: str, role: Role, line: int,
             kind: MeasureKind = MeasureKind.ITEM) -> Measure:
    title = text.split("。", 1)[0]
    return Measure(mid, kind, marker, title, text, text, part, section.id if section else None,
                   section.title if section else "", role, line)


def _section(sid: str, marker: str, title: str, line: int) -> Section:
    return Section(sid, marker, title, title, (), line)


def _with_measures(section: Section, *measures: Measure) -> Section:
    return Section(section.id, section.marker, section.title, section.key, measures, section.line)


def small_comparison() -> Comparison:
    """Return a small comparison with every status, a reworded, a new and a dropped section."""
    results = Role.RESULTS
    # -- old report (2023) --
    o1 = _section("一/(一)", "（一）", "深化放管服改革", 2)
    o2 = _section("一/(二)", "（二）", "加强行政执法监督", 5)
    o3 = _section("一/(三)", "（三）", "推进普法宣传", 8)
    om = {
        "o11": _measure("一/(一)/1", "1.", "优化营商环境。全年新增市场主体1.2万户，企业开办时间压缩至1天。", o1, "一", results, 3),
        "o12": _measure("一/(一)/2", "2.", "推进一网通办。政务服务事项网上可办率达95%。", o1, "一", results, 4),
        "o21": _measure("一/(二)/1", "1.", "规范执法程序。开展执法案卷评查2次。", o2, "一", results, 6),
        "o22": _measure("一/(二)/2", "2.", "组织执法培训。培训执法人员800人次。", o2, "一", results, 7),
        "o31": _measure("一/(三)/1", "1.", "开展宪法宣传周活动。发放宣传材料3000余份。", o3, "一", results, 9),
    }
    o1 = _with_measures(o1, om["o11"], om["o12"])
    o2 = _with_measures(o2, om["o21"], om["o22"])
    o3 = _with_measures(o3, om["o31"])
    old_part = Part("一", "一、", "主要举措及成效", "主要举措及成效", results, (o1, o2, o3), (), 1)
    old = Report("old.txt", 2023, "某区2023年法治政府建设情况报告", "全年依法行政工作情况如下。",
                 (old_part,), (), ())

    # -- new report (2024) --
    n1 = _section("一/(一)", "（一）", "持续深化放管服改革", 2)
    n2 = _section("一/(二)", "（二）", "加强行政执法监督", 6)
    n3 = _section("一/(三)", "（三）", "强化法治队伍建设", 8)
    nm = {
        "n11": _measure("一/(一)/1", "1．", "优化营商环境。全年新增市场主体1.5万户，企业开办时间压缩至1天。", n1, "一", results, 3),
        "n12": _measure("一/(一)/2", "2．", "推进一网通办。政务服务事项网上可办率达95%。", n1, "一", results, 4),
        "n13": _measure("一/(一)/3", "3．", "推行免申即享。惠企政策兑现时间平均缩短5个工作日。", n1, "一", results, 5),
        "n21": _measure("一/(二)/1", "1．", "规范执法程序。开展执法案卷评查2次。", n2, "一", results, 7),
        "n31": _measure("一/(三)/1", "1．", "组织执法培训。培训执法人员900人次，考试合格率100%。", n3, "一", results, 9),
    }
    n1 = _with_measures(n1, nm["n11"], nm["n12"], nm["n13"])
    n2 = _with_measures(n2, nm["n21"])
    n3 = _with_measures(n3, nm["n31"])
    new_part = Part("一", "一、", "主要举措及成效", "主要举措及成效", results, (n1, n2, n3), (), 1)
    new = Report("new.txt", 2024, "某区2024年法治政府建设情况报告", "全年依法行政工作情况如下。",
                 (new_part,), (), ())

    eq, ins, dele = Op.EQUAL, Op.INSERT, Op.DELETE
    matches = (
        Match(Status.MODIFIED, om["o11"], nm["n11"], 0.91, (
            Redline(eq, "优化营商环境。全年新增市场主体"), Redline(dele, "1.2万户"), Redline(ins, "1.5万户"),
            Redline(eq, "，企业开办时间压缩至1天。", "，企业开办时间压缩至1天。"),
        ), "fuzzy", None, ("营商环境", "市场主体")),
        Match(Status.CONTINUED, om["o12"], nm["n12"], 1.0,
              (Redline(eq, "推进一网通办。政务服务事项网上可办率达95%。"),), "exact", None, ("一网通办",)),
        Match(Status.NEW, None, nm["n13"], 0.0, (Redline(ins, nm["n13"].text),), "none"),
        Match(Status.CONTINUED, om["o21"], nm["n21"], 1.0,
              (Redline(eq, "规范执法程序。开展执法案卷评查2次。"),), "exact", None, ("案卷评查",)),
        Match(Status.MOVED, om["o22"], nm["n31"], 0.72, (
            Redline(eq, "组织执法培训。培训执法人员"), Redline(dele, "800人次"),
            Redline(ins, "900人次，考试合格率100%"), Redline(eq, "。"),
        ), "fuzzy", "split", ("执法培训", "执法人员")),
        Match(Status.DROPPED, om["o31"], None, 0.0, (Redline(dele, om["o31"].text),), "none"),
    )
    sections = (
        SectionMatch(o1, n1, 0.8, (Redline(ins, "持续"), Redline(eq, "深化放管服改革"))),
        SectionMatch(o2, n2, 1.0, (Redline(eq, "加强行政执法监督"),)),
        SectionMatch(None, n3, 0.0, (Redline(ins, "强化法治队伍建设"),)),
        SectionMatch(o3, None, 0.0, (Redline(dele, "推进普法宣传"),)),
    )
    return Comparison(old, new, matches, sections, **context(old, new))


def context(old: Report, new: Report) -> dict[str, Any]:
    """Part matches and the preamble redline, computed as the pipeline computes them."""
    parts = part_matches(align_parts(old.parts, new.parts, Scorer([p.key for p in (*old.parts, *new.parts)])))
    preamble = redline(old.preamble, new.preamble) if old.preamble or new.preamble else ()
    return {"parts": parts, "preamble": preamble}


def with_extras(comparison: Comparison) -> Comparison:
    def amount(raw: str, value: float, unit: str) -> Figure:
        return Figure(raw, 0, len(raw), value, unit, None, "执法人员培训", 1.0)

    claim = StatedChange(1, amount("12.5%", 12.5, "%"), "同比增长12.5%", 0, 8, "同比")
    figure = FigureChange("执法人员培训", "人次", amount("800人次", 800, "人次"), amount("900人次", 900, "人次"),
                          None, "一/(三)/1", 100.0, 0.125, claim, "consistent", 12.5)
    delivered_by = next(m.new for m in comparison.matches if m.new and m.new.id == "一/(一)/3")
    plan = PlanSentence("二/(一)#1", "二/(一)", 1, "推行免申即享。", "推行免申即享。")
    promise = Promise("delivered", plan, (Evidence(delivered_by, "推行“免申即享”。", 0.8, ("免申即享",)),))
    expressions = Expressions(new=(Expression("推行“免申即享”", 0, 1, ("一/(一)/3",)),),
                              dropped=(Expression("开展宪法宣传周活动", 1, 0, ("一/(三)/1",)),))
    return Comparison(comparison.old, comparison.new, comparison.matches, comparison.sections,
                      comparison.parts, comparison.preamble, (figure,), (promise,), expressions=expressions)


# ---------------------------------------------------------------- a modified copy of the seed


@pytest.fixture(scope="module")
def edited_seed() -> Comparison:
    """The seed against a copy with figures changed, one measure dropped, one added, one moved."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    moved = next(line for line in lines if line.startswith("4.持續推進政務公開"))
    dropped = next(line for line in lines if line.startswith("1.優化機構設置"))
    edited: list[str] = []
    for line in lines:
        if line in (moved, dropped):
            continue
        line = line.replace("170.81萬件", "182.40萬件").replace("97.81%", "98.35%")
        edited.append(line)
        if line.startswith("5.以人民為中心"):
            edited.append("6." + moved[2:])
        if line.startswith("(四)切實加強行政權力制約監督"):
            edited.append("4.試行<script>alert(1)</script>行政執法監督平台,實現執法全過程線上留痕。"
                          "全年歸集執法數據12萬條。")
    return compare(SEED, "\n".join(edited) + "\n")


# ---------------------------------------------------------------- helpers


class _Ids(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.ids.extend(value for name, value in attrs if name == "id" and value)


def parsed(html: str) -> _Ids:
    parser = _Ids()
    parser.feed(html)
    return parser


def card(html: str, anchor: str) -> str:
    """Return the markup of the card with id ``anchor``."""
    start = html.index(f'id="{anchor}"')
    return html[start : html.index("</details>", start)]


# ---------------------------------------------------------------- tests


def test_report_text_is_escaped(edited_seed: Comparison) -> None:
    html = render_html(edited_seed)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    # -- the page's own two scripts are the only ones --
    assert html.count("<script>") == 2


def test_escaping_in_attributes_and_headings() -> None:
    comparison = small_comparison()
    hostile = '"><img src=x onerror=alert(1)>'
    old, new = comparison.old, comparison.new
    match = comparison.matches[0]
    measure = Measure(match.new.id, match.new.kind, match.new.marker, hostile, hostile + "。", hostile,
                      "一", match.new.section_id, hostile, Role.RESULTS, 3)
    evil = Match(Status.MODIFIED, match.old, measure, 0.5, (Redline(Op.INSERT, hostile),), "fuzzy", None,
                 (hostile,))
    html = render_html(Comparison(old, new, (evil, *comparison.matches[1:]), comparison.sections,
                                  **context(old, new)))
    assert "<img" not in html
    assert "onerror=alert(1)&gt;" in html


def test_no_external_reference(seed_vs_sample: Comparison) -> None:
    for html in (render_html(seed_vs_sample), render_html(with_extras(small_comparison()), lang="en")):
        assert not re.search(r"https?:", html, re.IGNORECASE)
        assert "<link" not in html and "@import" not in html and "url(" not in html
        assert not re.search(r"\ssrc=", html)
        assert "@font-face" not in html


def test_every_measure_appears_with_a_unique_anchor(seed_vs_sample: Comparison, edited_seed: Comparison) -> None:
    for comparison in (seed_vs_sample, edited_seed):
        html = render_html(comparison)
        ids = parsed(html).ids
        assert len(ids) == len(set(ids)), "duplicate anchors"
        for match in comparison.matches:
            if match.new is not None:
                assert f'id="m-{match.new.id}' in html
            else:
                assert f'id="old-{match.old.id}"' in html
            for side in (match.old, match.new):
                if side is not None:
                    assert side.id in html
        cards = len(re.findall(r'<details class="card ', html))
        assert cards == len(comparison.matches)


def test_cards_follow_new_structure_with_dropped_at_old_place(edited_seed: Comparison) -> None:
    html = render_html(edited_seed)
    order = [m.start() for m in re.finditer(r'<section class="sec[^"]*" id="s-一/\(一\)"', html)]
    assert len(order) == 1
    dropped_at = html.index('id="old-一/(一)/1"')
    section_one, section_two = html.index('id="s-一/(一)"'), html.index('id="s-一/(二)"')
    assert section_one < dropped_at < section_two
    assert "<del" in card(html, "old-一/(一)/1")
    moved = card(html, "m-一/(一)/6")
    assert "移自 一、（四） 切實加強行政權力制約監督" in moved
    assert 'title="匹配依据：' in moved


def test_dropped_part_level_measure_stays_in_its_part() -> None:
    lines = [line for line in SEED.read_text(encoding="utf-8").splitlines() if not line.startswith("三是關注")]
    html = render_html(compare(SEED, "\n".join(lines) + "\n"))
    assert html.index('id="p-三"') < html.index('id="old-三/三是"') < html.index('id="p-四"')


def test_part_only_in_old_report_is_shown_struck_where_it_stood() -> None:
    base = small_comparison()
    section = _section("二/(一)", "（一）", "加强法治宣传队伍建设", 11)
    measure = _measure("二/(一)/1", "1.", "组建普法讲师团。全年开展宣讲活动36场。", section, "二", Role.OTHER, 12)
    section = _with_measures(section, measure)
    extra = Part("二", "二、", "其他需要报告的事项", "其他需要报告的事项", Role.OTHER, (section,), (), 10)
    old = Report(base.old.source, base.old.year, base.old.title, base.old.preamble,
                 (*base.old.parts, extra), (), ())
    comparison = Comparison(
        old, base.new,
        (*base.matches, Match(Status.DROPPED, measure, None, 0.0, (Redline(Op.DELETE, measure.text),), "none")),
        (*base.sections, SectionMatch(section, None, 0.0, (Redline(Op.DELETE, section.title),))),
        **context(old, base.new),
    )
    html = render_html(comparison)
    part = html.index('<section class="part dropped" id="old-p-二">')
    assert "<del>二、其他需要报告的事项</del>" in html[part : part + 200]
    assert part < html.index('id="old-s-二/(一)"') < html.index('id="old-二/(一)/1"')
    assert len(re.findall(r'<details class="card ', html)) == len(comparison.matches)


# -- a 第一责任人 part written as paragraphs, without sections, that the next year leaves out
#    (both scripts: the part is found by its place, not its words) --
_DROPPED_PART_OLD = """某区2024年法治政府建设年度报告
一、主要举措和成效
（一）深化行政执法改革
1.全面推行行政执法三项制度，全年办理行政执法案件1200件。
二、党政主要负责人履行推进法治建设第一责任人职责情况
区政府主要负责同志专题听取法治政府建设工作汇报4次，研究解决重大问题。
区政府常务会议学法6次，带头讲法治课。
三、存在的不足
执法人员专业素质有待提升。
"""
_DROPPED_PART_NEW = """某区2025年法治政府建设年度报告
一、主要举措和成效
（一）深化行政执法改革
1.全面推行行政执法三项制度，全年办理行政执法案件1350件。
二、存在的不足
执法人员专业素质有待进一步提升。
"""


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_part_without_sections_only_in_old_report_is_shown_struck_with_its_paragraphs(script: str) -> None:
    import opencc

    old, new = _DROPPED_PART_OLD, _DROPPED_PART_NEW
    if script == "traditional":
        convert = opencc.OpenCC("s2t").convert
        old, new = convert(old), convert(new)
    html = render_html(compare(old, new))
    part = html.index('<section class="part dropped" id="old-p-二">')
    # -- between the part before it and the part after it, not at the end or inside 一、（一） --
    assert html.index('id="p-一"') < part < html.index('id="p-二"')
    first, second = html.index('id="old-二/¶1"'), html.index('id="old-二/¶2"')
    assert part < first < second < html.index('id="p-二"')
    assert old.splitlines()[4] in html[part:first]  # -- the struck heading, in the report's own script --


def test_small_comparison_structure() -> None:
    html = render_html(small_comparison())
    # -- reworded heading: a small redline under the new heading --
    assert '<p class="hred"><span class="hl">原标题</span><ins>持续</ins>深化放管服改革</p>' in html
    # -- a section only in the new report, and one only in the old report, struck, with its measure --
    assert 'id="s-一/(三)"' in html and "新增章节" in html
    dropped_section = html.index('id="old-s-一/(三)"')
    assert "删除章节" in html[dropped_section : dropped_section + 400]
    assert dropped_section < html.index('id="old-一/(三)/1"')
    # -- continued measures are collapsed, changed ones open --
    assert re.search(r'<details class="card st-continued" id="m-一/\(一\)/2" data-st="continued">', html)
    assert re.search(r'<details class="card st-modified change" id="m-一/\(一\)/1" data-st="modified" open>', html)
    # -- redline marks, lead phrase in bold, old id, similarity and evidence --
    modified = card(html, "m-一/(一)/1")
    assert "<del>1.2万户</del><ins>1.5万户</ins>" in modified
    assert '<b class="lead">优化营商环境。</b>' in modified
    assert 'title="匹配依据：营商环境、市场主体"' in modified
    moved = card(html, "m-一/(三)/1")
    assert "一、（三）第1项（原一、（二）第2项）" in moved and "相似度 72%" in moved
    assert "移自 一、（二） 加强行政执法监督" in moved and 'title="一/(二)/2 → 一/(三)/1' in moved
    assert '<span class="rel">拆分</span>' in moved
    # -- side-by-side: old column has deletions only, new column insertions only --
    side = moved[moved.index('<div class="side">') :]
    old_col = side[: side.index('<div class="col new">')]
    new_col = side[side.index('<div class="col new">') :]
    assert "<del>800人次</del>" in old_col and "<ins" not in old_col
    assert "<ins>900人次，考试合格率100%</ins>" in new_col and "<del" not in new_col
    # -- summary chips, including the split count --
    assert '<span class="chip st-dropped"><span class="cl">删除</span><b>1</b></span>' in html
    assert '<span class="chip rel"><span class="cl">拆分</span><b>1</b></span>' in html


def test_status_filter_and_view_markup() -> None:
    html = render_html(small_comparison())
    for status in STATUSES:
        assert f'<input type="checkbox" data-filter="{status}" checked>' in html
        assert f'.hide-{status} [data-st="{status}"]' in html
        assert f'data-st="{status}"' in html
    assert 'data-view="inline"' in html and 'data-view="side"' in html
    # -- without the script nothing is hidden and the controls stay out of sight --
    assert ".js .controls { display: block; }" in html
    assert re.search(r"<html[^>]*>", html).group(0) == '<html lang="zh-Hans">'
    assert "@media print" in html


def test_english_labels() -> None:
    html = render_html(small_comparison(), lang="en")
    assert '<html lang="en">' in html
    for word in ("modified", "continued", "Side by side", "Inline", "Legend", "was 一. (二) item 2", "moved from"):
        assert word in html
    for word in ("合并视图", "对照视图", "图例", "相似度", "移自"):
        assert word not in html
    with pytest.raises(ValueError):
        render_html(small_comparison(), lang="fr")


def test_figures_and_promises_only_when_present() -> None:
    plain = render_html(small_comparison())
    assert 'id="figures"' not in plain and 'id="promises"' not in plain
    html = render_html(with_extras(small_comparison()))
    table = html[html.index('id="figures"') :]
    assert "执法人员培训" in table and "800人次" in table and "900人次" in table
    assert "+12.5%" in table and "+100人次" in table and "相符" in table
    assert '<a class="fm" href="#m-一/(三)/1" title="一/(三)/1">一、（三）第1项</a>' in table
    promises = html[html.index('id="promises"') :]
    assert "已兑现" in promises and "二、（一）第1句" in promises and 'title="二/(一)#1"' in promises
    assert '<a href="#m-一/(一)/3" title="一/(一)/3">一、（一）第3项</a>' in promises
    assert "推行“免申即享”。" in promises and "evidence" not in promises
    # -- the one measure is named once, by its link: its sentence follows alone (found by a probe) --
    assert '<span class="pextra">推行“免申即享”。' in promises and "一、（一）第3项：" not in promises


def test_a_measure_giving_two_sentences_is_linked_once() -> None:
    """Two evidence sentences of one measure (or a sentence and a shortfall of the same measure): the
    measure is linked once, not 一、（一）第3项、一、（一）第3项 (found by a probe on real shapes)."""
    comparison = with_extras(small_comparison())
    (promise,) = comparison.promises
    (first,) = promise.evidence
    second = Evidence(first.measure, "全年办理“免申即享”事项30项。", 0.6, ("免申即享",))
    twice = Promise("delivered", promise.plan, (first, second), short_of=(second,))
    html = render_html(replace(comparison, promises=(twice,)))
    promises = html[html.index('id="promises"') :]
    assert promises.count('title="一/(一)/3">一、（一）第3项</a>') == 1
    assert "全年办理“免申即享”事项30项。" in promises


def test_deterministic(seed_vs_sample: Comparison) -> None:
    first = render_html(seed_vs_sample)
    assert render_html(seed_vs_sample) == first
    assert render_html(compare(SEED, ROOT / "samples" / "haidian_2025_constructed.txt")) == first


def test_deterministic_across_hash_seeds() -> None:
    code = ("import sys; sys.path[:0] = [%r, %r]; from test_render_html import small_comparison, with_extras;"
            "from reportdiff.render.html import render_html;"
            "sys.stdout.write(render_html(with_extras(small_comparison())))") % (str(ROOT), str(Path(__file__).parent))
    outputs = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1


def test_golden_small() -> None:
    html = render_html(with_extras(small_comparison()))
    if os.environ.get("REPORTDIFF_UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(html, encoding="utf-8", newline="")
    assert GOLDEN.exists(), "run with REPORTDIFF_UPDATE_GOLDEN=1 to create tests/golden/small.html"
    assert html == GOLDEN.read_text(encoding="utf-8"), "set REPORTDIFF_UPDATE_GOLDEN=1 after a deliberate change"


def test_template_found_from_source_tree() -> None:
    assert (_template_dir() / "report.css").is_file()


def test_template_found_in_an_installed_layout(tmp_path: Path) -> None:
    # -- the wheel force-includes templates/ as reportdiff/templates: mimic that layout --
    shutil.copytree(ROOT / "reportdiff", tmp_path / "reportdiff",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "templates", tmp_path / "reportdiff" / "templates")
    code = ("from reportdiff.render._templates import template_dir as _template_dir; import reportdiff;"
            "print(_template_dir()); print(reportdiff.__file__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(tmp_path)}).stdout.split()
    assert Path(out[1]).parent == tmp_path / "reportdiff"
    assert Path(out[0]) == tmp_path / "reportdiff" / "templates"


@needs_chromium
def test_chromium_screenshot(tmp_path: Path, seed_vs_sample: Comparison) -> None:
    for name, query in (("inline.png", ""), ("side.png", "?view=side")):
        # -- a blank page compresses to a few kB; a rendered report is hundreds --
        assert len(screenshot(render_html(seed_vs_sample), tmp_path, name, query)) > 100_000

def test_page_escapes_as_jinja_autoescape_did() -> None:
    # -- the page was a jinja2 template with autoescape: markupsafe's escaping, kept byte for byte --
    from markupsafe import escape as markup_escape

    from reportdiff.render.html_page import escape

    for value in ("", "普通文本", "a&b<c>d'e\"f", "&amp;", "<<>>", "'\"'", 2024, 0, None, "罚没款&<script>"):
        assert escape(value) == str(markup_escape(value))


def test_html_page_imports_no_jinja2() -> None:
    script = (
        "import sys\n"
        "from reportdiff.pipeline import compare\n"
        "from reportdiff.render import render\n"
        f"page = render(compare({str(SEED)!r}, {str(ROOT / 'samples' / 'haidian_2025_constructed.txt')!r}), 'html')\n"
        "assert page.startswith('<!DOCTYPE html>') and page.endswith('</html>\\n')\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'jinja2', 'markupsafe'}))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_heading_that_changes_only_its_year_is_no_rewrite(script: str) -> None:
    """一、2024年…成效 → 一、2025年…成效 is the same heading once the reports' years are set aside:
    no 标题改写 badge, as the text output lists no heading change for it."""
    def report(year: int, task: str) -> str:
        return (f"青川市司法局{year}年法治政府建设年度报告\n一、{year}年推进法治政府建设的主要举措\n"
                f"（一）加强党的领导\n1.落实第一责任人职责。全年召开专题会议{year - 2020}次。\n"
                f"二、{year + 1}年工作安排\n（一）{task}\n1.完善执法制度。修订执法规范。\n")

    old, new = report(2024, "深化执法改革"), report(2025, "推进执法监督")
    if script == "traditional":
        import opencc

        old, new = map(opencc.OpenCC("s2t").convert, (old, new))
    from reportdiff.labels import labels
    from reportdiff.render.text import render_text

    comparison = compare(old, new)
    for lang in ("zh", "en"):
        page = render_html(comparison, lang=lang)
        badge = labels(lang)["reworded"]
        start = page.index('id="p-一"')
        first = page[start:page.index('<section class="sec', start)]
        assert badge not in first  # -- the year alone: no rewrite --
        assert 'class="hred"' not in first
    # -- consistent with the text output, which lists no heading change for the year alone --
    assert "推进法治政府建设的主要举措" not in render_text(comparison).replace("推進法治政府建設的主要舉措", "推进法治政府建设的主要举措")


def test_english_pages_use_english_punctuation_and_name_the_evidence_plainly() -> None:
    """--lang en: the page title, the change dots and the promise evidence use ': ' after English
    words (not the full-width ：), and a promise's evidence is this year's measures, not 'New
    measures' (which reads as the status 'new')."""
    for page in (render_html(with_extras(small_comparison()), lang="en"),):
        title = re.search(r"<title>(.*?)</title>", page).group(1)
        assert "：" not in title and ": " in title
        assert not re.search(r'title="[^"]*[a-z)]：', page)
        promises = page[page.index('id="promises"'):]
        assert "New measures" not in promises and "This year&#39;s measures: " in promises


def test_an_old_heading_on_its_own_line_stays_over_a_new_heading_with_its_body(tmp_path) -> None:
    """（一）经济运行稳中向好 over its paragraph, next year （一）综合实力跃上新台阶。… in one paragraph
    (an end-of-term review): the card's redline has no old heading, so the section's heading row
    shows it reworded rather than leaving it out."""
    from reportdiff import compare, render

    old = ("2022年某省政府工作报告\n一、2021年工作回顾\n（一）经济运行稳中向好\n实施省级重点项目486个，完成投资4120亿元。\n"
           "（二）创新动能加快集聚\n新认定高新技术企业1380家。\n二、2022年工作安排\n（一）稳住经济大盘\n实施省级重点项目500个以上。\n")
    new = ("2023年某省政府工作报告\n一、过去五年工作回顾\n（一）综合实力跃上新台阶。2022年实施省级重点项目512个，完成投资4380亿元。\n"
           "（二）创新动能持续增强。高新技术企业总数达到9860家。\n二、2023年重点工作\n（一）扩大国内需求\n实施省级重点项目520个以上。\n")
    (tmp_path / "old.txt").write_text(old, encoding="utf-8")
    (tmp_path / "new.txt").write_text(new, encoding="utf-8")
    page = render(compare(str(tmp_path / "old.txt"), str(tmp_path / "new.txt")), "html")
    assert "<del>经济运行稳中向好</del><ins>综合实力跃上新台阶</ins>" in page
    assert "创新动能<del>加快集聚</del><ins>持续增强</ins>" in page
