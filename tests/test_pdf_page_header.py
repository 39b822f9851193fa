"""A one-page PDF's running header: printed once, it cannot be told by repeating (as on a longer
report), but it stands apart in the page's top margin, above the title and smaller than it.
A body name printed as the report's first line (青禾镇人民政府 over 关于…的报告) is the title's,
in whatever size it is set."""

from __future__ import annotations

from pathlib import Path

import docx
import opencc
import pytest
from docx.shared import Pt

from reportdiff.normalize import key
from reportdiff.pipeline import load_report

from published_forms import build_published_docx, soffice_pdf

#: A constructed township report (not an official text), short enough for one page.
SHORT = """政府工作报告
——2026年1月9日在青禾镇第十九届人民代表大会第七次会议上
青禾镇人民政府镇长　周明远
各位代表：
现在，我代表镇人民政府向大会报告工作，请予审议。
一、2025年工作回顾
过去一年，全镇地区生产总值完成21.4亿元，增长5.2%；村集体经济收入全部超过20万元。
（一）产业发展稳步推进。新建标准化茶园3000亩，引进农产品加工企业2家。
（二）民生事业持续改善。改造农村公路18公里，新建村级养老服务站4个。
二、2026年工作安排
（一）抓好项目建设。实施镇级重点项目12个，完成投资5亿元。
（二）办好民生实事。新建农村公路10公里，改造老旧供水管网6公里。"""

#: The same township's rule-of-law report, its body named on a line over the title.
NAMED = """青禾镇人民政府
关于2025年法治政府建设情况的报告
2025年，镇政府坚持依法行政，现将有关情况报告如下。
一、主要举措和成效
（一）完善依法决策机制。重大行政决策事项全部经过合法性审查。
（二）加强普法宣传。开展法治宣传活动36场，覆盖群众8000人次。
二、2026年工作计划
（一）持续推进依法行政。合法性审查率保持100%。"""

_T = opencc.OpenCC("s2t").convert
SCRIPTS = {"simplified": (SHORT, "青禾镇人民政府"), "traditional": (_T(SHORT), _T("青禾镇人民政府"))}


def _one_page(text: str, folder: Path, *, header: str, title_lines: int, first_size: float | None = None) -> Path:
    path = build_published_docx(text, folder / "report.docx", header=header, title_lines=title_lines)
    if first_size is not None:
        document = docx.Document(str(path))
        for run in document.paragraphs[0].runs:
            run.font.size = Pt(first_size)
        document.save(str(path))
    pdf = soffice_pdf(path, folder)
    import pdfplumber

    with pdfplumber.open(pdf) as opened:
        assert len(opened.pages) == 1, "the report must fit one page"
    return pdf


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_one_page_report_s_running_header_is_no_title_line(tmp_path, script: str) -> None:
    text, header = SCRIPTS[script]
    printed = load_report(_one_page(text, tmp_path, header=header, title_lines=3))
    titles = [key(b.text) for b in printed.blocks if b.kind.value == "title"]
    assert key(header) not in titles, titles
    assert key(printed.title) == key(text.splitlines()[0])
    source = tmp_path / "report.txt"
    source.write_text(text, encoding="utf-8")
    assert titles == [key(b.text) for b in load_report(source).blocks if b.kind.value == "title"]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("first_size", [None, 12.0])
def test_a_body_named_over_the_title_stays_in_it(tmp_path, script: str, first_size: float | None) -> None:
    """No running header: the body's name is the report's first line, in the title's size or a
    smaller one, where the text begins (below the top margin)."""
    text = NAMED if script == "simplified" else _T(NAMED)
    printed = load_report(_one_page(text, tmp_path, header="", title_lines=2, first_size=first_size))
    lines = text.splitlines()
    assert key(printed.title) == key(lines[0] + lines[1])
