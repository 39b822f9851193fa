"""The main targets table shows last year's targets in this year's script, as every other list
of last year's words (a 简体 report against its 繁體 successor): text, Markdown, HTML and DOCX."""

from __future__ import annotations

import io
import zipfile

import opencc
import pytest

from reportdiff import compare
from reportdiff.render import render

_OLD = ("政府工作报告\n——2024年1月18日在岚溪县第十八届人民代表大会第四次会议上\n"
        "一、2023年工作回顾\n全县地区生产总值增长5.8%。\n"
        "二、2024年工作安排\n全县经济社会发展的主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长6%；"
        "固定资产投资增长8%；城乡居民人均可支配收入增长与经济增长基本同步。\n")
_NEW = opencc.OpenCC("s2t").convert(
    "政府工作报告\n——2025年1月16日在岚溪县第十八届人民代表大会第五次会议上\n"
    "一、2024年工作回顾\n全县地区生产总值增长5.6%，一般公共预算收入增长4.8%，固定资产投资增长3.2%。\n"
    "二、2025年工作安排\n全县经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；一般公共预算收入增长5%；"
    "固定资产投资增长6%；城乡居民人均可支配收入增长与经济增长同步。\n")


@pytest.fixture(scope="module")
def comparison():
    found = compare(_OLD, _NEW)
    assert len(found.targets) >= 3
    return found


def _docx_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return package.read("word/document.xml").decode()


@pytest.mark.parametrize("form", ["text", "md", "html", "docx"])
def test_last_years_targets_in_this_years_script(comparison, form) -> None:
    kwargs = {"summary": True} if form == "docx" else {}
    out = render(comparison, form, **kwargs)
    text = _docx_text(out) if form == "docx" else out
    assert "地區生產總值增長6%左右" in text and "一般公共預算收入增長6%" in text
    assert "地区生产总值增长6%左右" not in text and "一般公共预算收入增长6%" not in text


def test_the_json_keeps_each_reports_own_text(comparison) -> None:
    import json

    rows = json.loads(render(comparison, "json"))["targets"]
    assert any((row["old"] or {}).get("text") == "地区生产总值增长6%左右" for row in rows)
