"""Markdown output renders in CommonMark and GFM (markdown-it-py): no marker stays raw."""

from __future__ import annotations

import html
import json
import re
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportdiff.models import Op, Redline
from reportdiff.render import render, render_plans
from reportdiff.display import script_converter
from reportdiff.render._common import condensed, in_script
from reportdiff.render.markdown import _redline

markdown_it = pytest.importorskip("markdown_it", reason="markdown-it-py is a test dependency")

RENDERERS = {
    "commonmark": markdown_it.MarkdownIt("commonmark"),
    "gfm": markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"]),
}
RAW_MARKER = re.compile(r"~~|\*\*|&lt;/?(?:del|ins)&gt;|(?<![\\])__")


def _visible_text(rendered: str) -> str:
    """The rendered page as a reader sees it: tags gone, entities kept escaped."""
    return re.sub(r"<[^>]+>", "", rendered)


def _elements(rendered: str, tag: str) -> list[str]:
    return [html.unescape(_visible_text(m)) for m in re.findall(rf"<{tag}>(.*?)</{tag}>", rendered, re.S)]


@pytest.mark.parametrize("flavour", RENDERERS)
def test_seed_against_sample_renders_every_redline(seed_vs_sample, flavour: str) -> None:
    rendered = RENDERERS[flavour].render(render(seed_vs_sample, "md"))
    assert not RAW_MARKER.findall(_visible_text(rendered))
    # -- old text is shown in the new report's script (the seed is Traditional, the sample not) --
    convert = script_converter(seed_vs_sample.old, seed_vs_sample.new)
    deleted = [text for match in seed_vs_sample.matches if match.old and match.new and match.redlines
               and match.status.value in ("modified", "moved")
               for op, text in condensed(in_script(match.redlines, convert)) if op is Op.DELETE]
    assert len(deleted) > 20
    # -- every deletion of a modified or moved measure is one <del> element (headings add theirs) --
    assert not Counter(text.replace("\n", " ") for text in deleted) - Counter(_elements(rendered, "del"))


@pytest.mark.parametrize("flavour", RENDERERS)
def test_plans_markdown_renders(flavour: str) -> None:
    from conftest import SEED
    from reportdiff.pipeline import plans

    rendered = RENDERERS[flavour].render(render_plans(plans(SEED), "md"))
    assert not RAW_MARKER.findall(_visible_text(rendered))
    assert "<strong>" in rendered


_PIECE = st.text(alphabet="规范执法。，；、“”（）《》!?*_~`[]<>#|&\\ 12.5%万件abc", min_size=1, max_size=8)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([Op.EQUAL, Op.DELETE, Op.INSERT]), _PIECE), min_size=1, max_size=8))
def test_any_redline_renders_as_its_deletions_and_insertions(runs) -> None:
    merged: list[Redline] = []
    for op, text in runs:  # -- a redline never has two adjacent runs of the same kind --
        if merged and merged[-1].op is op:
            merged[-1] = Redline(op, merged[-1].text + text)
        else:
            merged.append(Redline(op, text))
    source = "- " + _redline(tuple(merged))
    for renderer in RENDERERS.values():
        rendered = renderer.render(source)
        assert _elements(rendered, "del") == [r.text for r in merged if r.op is Op.DELETE]
        assert _elements(rendered, "ins") == [r.text for r in merged if r.op is Op.INSERT]


def test_plans_json_has_summary_and_warnings(tmp_path) -> None:
    from conftest import SEED
    from reportdiff.pipeline import plans

    document = json.loads(render_plans(plans(SEED), "json"))
    assert document["warnings"] == []
    summary = document["summary"]
    assert summary["continues"] + summary["new"] == len(document["plans"])
    assert summary["not_carried"] == len(document["not_carried"])
    assert summary["shortcomings"] == len(document["shortcomings"])
    no_plans = tmp_path / "no_plans.txt"
    no_plans.write_text("2024年某区法治政府建设年度报告\n一、主要举措及成效\n（一）推进依法行政\n1.完善制度。全年审核文件12件。\n",
                        encoding="utf-8")
    document = json.loads(render_plans(plans(no_plans), "json"))
    assert document["warning_records"] == [{"code": "no_plans_part", "source": str(no_plans), "message": (
        f"{no_plans}：未找到工作安排部分（标题为工作安排、工作计划、下一步打算或工作任务的部分）；所有举措均列为未延续")}]
    english = json.loads(render_plans(plans(no_plans), "json", lang="en"))["warning_records"][0]["message"]
    assert english.startswith(f"{no_plans}: no plans part found")
    # -- the Markdown and the page say it too, above the counts --
    markdown = render_plans(plans(no_plans), "md")
    assert markdown.index("未找到工作安排部分") < markdown.index("延续 0")
    page = render_plans(plans(no_plans), "html")
    assert page.index('class="notice"') < page.index('class="summary"') and "未找到工作安排部分" in page
    assert 'class="notice"' not in render_plans(plans(SEED), "html")
    import re
    import zipfile
    from io import BytesIO

    with zipfile.ZipFile(BytesIO(render_plans(plans(no_plans), "docx"))) as package:
        body = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", package.read("word/document.xml").decode()))
    assert "提示：no_plans.txt：未找到工作安排部分" in body
