"""A paragraph that lost its closing 。 (a web copy, a slip) and whose last line happens to fill
the width, before a paragraph opening 第一，…: in the text written a paragraph a line the two
stay apart (第一， opens a paragraph by its shape), and so they do where a width wrapped the
lines — hard-wrapped text, pdftotext of the printed PDF, the PDF itself without first-line
indents. A sentence goes on into 第一， only after a ranking (…位列全市 / 第一，), which the cut
shows by its words; that one is joined in every form (test_cut_before_shapes)."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.normalize import key as norm_key
from reportdiff.pipeline import load_report

from published_forms import pdftotext, soffice_pdf, write_in_form

REPORT = """青禾县人民政府关于2024年度法治政府建设情况的报告
2024年，青禾县坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治政府建设，各项工作取得新成效。现将有关情况报告如下：
一、2024年推进法治政府建设的主要举措和成效
（一）深化行政执法改革
全年办理行政处罚案件860件，开展执法案卷评查两次，评查案卷120卷，发现问题全部整改到位，行政执法公示、执法全过程记录、重大执法决定法制审核制度全面落实{fill}
第一，严格规范执法程序，全面推行行政执法公示制度，执法信息公开率达到100%，群众满意度达到96.5%。
第二，强化执法监督，全年开展行政执法监督检查16次，纠正不规范执法行为23起。
二、存在的不足
一是部分单位依法行政意识有待增强。二是基层执法力量仍然薄弱。
三、2025年工作安排
（一）提升依法决策水平。完善重大行政决策目录管理，推动决策事项全部纳入目录。
"""
#: The paragraph's tail, without its 。; cut at lengths that make its last line fill the width.
FILL = "，执法规范化水平明显提升，群众满意度持续提高，执法队伍素质不断增强，法治环境更加优化"


def _text(length: int, script: str) -> str:
    text = REPORT.format(fill=FILL[:length])
    return opencc.OpenCC("s2t").convert(text) if script == "traditional" else text


def _measures(path) -> list[str]:
    return [norm_key(m.text) for m in load_report(path).measures]


def _wrapped(text: str, width: int) -> str:
    return "\n".join(line[start:start + width] for line in text.splitlines() for start in range(0, len(line), width))


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("width", [29, 36, 41])
def test_hard_wrapped_text_keeps_the_ordinal_paragraph_apart(tmp_path, script: str, width: int) -> None:
    """Hard-wrapped at a width where the unfinished paragraph's last line is full."""
    for length in range(len(FILL) + 1):
        text = _text(length, script)
        paragraph = text.splitlines()[4]
        if len(paragraph) % width == 0 and not paragraph.endswith("，"):  # -- (a clause's comma goes on) --
            break
    else:
        pytest.skip("no length fills the last line")
    clean = write_in_form(text, tmp_path / "clean.txt", "txt")
    wrapped = tmp_path / "wrapped.txt"
    wrapped.write_text(_wrapped(text, width) + "\n", encoding="utf-8")
    assert _measures(wrapped) == _measures(clean)
    assert len(_measures(clean)) == 6


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("length", [37, 40])
def test_printed_pdf_and_its_pdftotext_keep_the_ordinal_paragraph_apart(tmp_path, script: str, length: int) -> None:
    """A Word file a paragraph a line (no indents) printed by LibreOffice: at these lengths the
    unfinished paragraph's last line fills the width in the PDF (40) or in pdftotext's (37)."""
    text = _text(length, script)
    clean = write_in_form(text, tmp_path / "clean.txt", "txt")
    pdf = soffice_pdf(write_in_form(text, tmp_path / "report.docx", "docx"), tmp_path)
    assert _measures(pdf) == _measures(clean)
    assert _measures(pdftotext(pdf, tmp_path / "report_pdf.txt")) == _measures(clean)
