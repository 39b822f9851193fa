"""Every format counts the measures as JSON ``summary`` does: each count JSON gives (splits and
merges too), in JSON's order, with the one vocabulary of labels (拆分 / split, as the HTML chips
say). Splits and merges are left out where there are none, in every format alike.

The reports are written for the test (a city 司法局's 法治政府建设 report whose first measure is
split in two the next year), in both scripts.
"""

from __future__ import annotations

import io
import json
import re

import pytest
from click.testing import CliRunner
from docx import Document
from opencc import OpenCC

from reportdiff.cli import cli
from reportdiff.labels import labels
from reportdiff.pipeline import compare
from reportdiff.render import render

SCRIPTS = pytest.mark.parametrize("script", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])

OLD = """青川市司法局2024年法治政府建设年度报告
一、2024年推进法治政府建设的主要举措和成效
（一）加强行政执法队伍建设
1.开展行政执法人员全员培训，全年组织执法人员集中培训12期、培训执法人员860人次，组织新任执法人员资格考试2次；全面推行行政执法公示、执法全过程记录和重大执法决定法制审核制度，完成执法案卷评查320卷。
2.推进公共法律服务体系建设，建成村级公共法律服务工作室186个。
（二）深化矛盾纠纷化解
1.健全人民调解组织网络，全年调解矛盾纠纷4100件，调解成功率98.2%。
二、2025年工作安排
（一）持续深化行政执法规范化建设。
"""
NEW = """青川市司法局2025年法治政府建设年度报告
一、2025年推进法治政府建设的主要举措和成效
（一）加强行政执法队伍建设
1.开展行政执法人员全员培训，全年组织执法人员集中培训14期、培训执法人员920人次，组织新任执法人员资格考试2次。
2.全面推行行政执法公示、执法全过程记录和重大执法决定法制审核制度，完成执法案卷评查350卷。
3.推进公共法律服务体系建设，建成村级公共法律服务工作室190个。
（二）深化矛盾纠纷化解
1.健全人民调解组织网络，全年调解矛盾纠纷4300件，调解成功率98.5%。
二、2026年工作安排
（一）持续深化行政执法规范化建设。
"""
_PAIR = re.compile(r"(\S+) (\d+)")


def _expected(summary: dict[str, int], lang: str) -> list[tuple[str, str]]:
    """JSON's counts as labels: every status, and splits and merges where there are any."""
    words = labels(lang)
    return [(words[key], str(n)) for key, n in summary.items() if n or key not in ("split", "merged")]


def _shown(comparison, fmt: str, lang: str) -> list[tuple[str, str]]:
    if fmt == "text":
        line = render(comparison, "text", lang=lang).splitlines()[1]
        return _PAIR.findall(line.replace("(", "").replace(")", ""))
    if fmt == "md":
        rows = [line for line in render(comparison, "md", lang=lang).splitlines() if line.startswith("|")]
        head, _, counts = rows[:3]
        return list(zip(head.strip("| ").split(" | "), counts.strip("| ").split(" | ")))
    if fmt == "html":
        page = render(comparison, "html", lang=lang)
        return re.findall(r'<span class="chip[^"]*"><span class="cl">([^<]*)</span><b>(\d+)</b>', page)
    document = Document(io.BytesIO(render(comparison, "docx", lang=lang, summary=True)))
    words = labels(lang)
    table = next(t for t in document.tables if t.rows[0].cells[0].text == words["new"])
    return list(zip(*([cell.text for cell in row.cells] for row in table.rows[:2])))


@SCRIPTS
@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("fmt", ["text", "md", "html", "docx"])
def test_every_format_counts_as_json_does(script, fmt: str, lang: str) -> None:
    comparison = compare(script(OLD), script(NEW), expressions=False)
    summary = json.loads(render(comparison, "json"))["summary"]
    assert summary["split"] == 2 and summary["merged"] == 0
    assert _shown(comparison, fmt, lang) == _expected(summary, lang)


def test_the_markdown_counts_name_the_split_on_the_command_line(tmp_path) -> None:
    old, new = tmp_path / "2024.txt", tmp_path / "2025.txt"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(NEW, encoding="utf-8")
    result = CliRunner().invoke(cli, ["compare", str(old), str(new), "--format", "md"])
    assert result.exit_code == 0, result.output
    assert "| 新增 | 延续 | 修改 | 移动 | 删除 | 拆分 |" in result.output
    assert "| 0 | 0 | 4 | 0 | 0 | 2 |" in result.output


def _county(year: int, growth: str, projects: int) -> str:
    """A county 政府工作报告 whose review opens on its lead (过去一年，我们…): framing, not counted."""
    return (f"{year}年临溪县人民政府工作报告\n——{year}年1月16日在临溪县第十八届人民代表大会第{year - 2021}次会议上\n"
            f"各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n一、{year - 1}年工作回顾\n"
            f"过去一年，我们坚持稳中求进工作总基调，全县经济社会发展取得新成效，地区生产总值增长{growth}。\n"
            f"（一）重大项目建设。全年实施重点项目{projects}个。\n（二）民生保障。新增城镇就业3200人。\n"
            f"二、{year}年工作任务\n（一）扩大有效投资。实施重点项目120个以上。\n")


@SCRIPTS
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_html_total_is_the_measures_counted(script, lang: str) -> None:
    """The page's total (N 项) is what its chips add up to: a part's lead is shown, not counted."""
    comparison = compare(script(_county(2025, "6.1%", 96)), script(_county(2026, "5.8%", 104)), expressions=False)
    assert any(match.lead for match in comparison.matches)
    summary = json.loads(render(comparison, "json"))["summary"]
    counted = sum(n for key, n in summary.items() if key not in ("split", "merged"))
    words = labels(lang)
    assert f'<span class="total">{counted} {words["measures_count"]}</span>' in render(comparison, "html", lang=lang)
