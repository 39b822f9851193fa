"""A section's marker alone on its line (（一） as a Word numbering or a page left it) takes its
words from the next line, also where that line opens by a shape of its own (——…): the section is
titled by them in every form, as one whose next line opens plainly is."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.pipeline import load_report

from published_forms import write_in_form

TEXT = """某县2024年法治政府建设年度报告
一、2024年法治政府建设主要举措和成效
（一）
——全面推进依法行政。全年制定规范性文件5件。
（二）
第一书记驻村开展法治宣传30场。
二、存在的不足
基层执法力量薄弱。
三、2025年工作安排
（一）完善制度建设。制定规范性文件管理办法。
"""


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("form", ["txt", "docx", "html"])
def test_a_marker_alone_is_titled_by_a_dash_line_after_it(tmp_path, form: str, script: str) -> None:
    convert = opencc.OpenCC("s2t").convert if script == "traditional" else str
    report = load_report(str(write_in_form(convert(TEXT), tmp_path / f"report.{form}", form)))
    assert [s.title for s in report.sections] == [convert("——全面推进依法行政"), convert("第一书记驻村开展法治宣传30场"),
                                                  convert("完善制度建设")]
