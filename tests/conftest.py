"""Shared fixtures: the seed, the constructed sample and its answer key."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_ed6269d44b6c061b.txt"
SAMPLE = ROOT / "samples" / "haidian_2025_constructed.txt"
KEY = ROOT / "samples" / "haidian_2024_2025.key.json"

# -- Word output is dated now by default; the suite fixes the date (2000-01-01) so that its
#    outputs are reproducible. Tests of the default date remove it themselves. --
os.environ.setdefault("SOURCE_DATE_EPOCH", "946684800")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def answer_key() -> dict:
    return json.loads(KEY.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_vs_sample():
    from reportdiff.pipeline import compare

    return compare(SEED, SAMPLE)


def new_expressions(old: str, new: str, script: str) -> list[str]:
    """The keys of the expressions ``new`` has and ``old`` lacks, both texts taken in Simplified
    (``script`` "s") or converted to Traditional ("t")."""
    import opencc

    from reportdiff.expressions import compare_expressions
    from reportdiff.normalize import key
    from reportdiff.pipeline import load_report

    if script == "t":
        convert = opencc.OpenCC("s2t").convert
        old, new = convert(old), convert(new)
    return [key(e.text) for e in compare_expressions(load_report(old), load_report(new)).new]


def budget_report(year: int, line: str, plan: str) -> str:
    """A city's 预算执行情况和预算草案的报告 of ``year``'s session: last year's execution (``line``), this
    year's draft (``plan``); shared by the budget figure and promise tests."""
    return (f"关于平湖市{year - 1}年预算执行情况和{year}年预算草案的报告\n"
            f"——{year}年1月10日在平湖市第九届人民代表大会第三次会议上\n"
            f"一、{year - 1}年预算执行情况\n{line}\n二、{year}年预算草案\n{plan}\n")


def province_head(province: str, date: str, session: str) -> str:
    """The opening of a province's 政府工作报告 (title, dateline at ``province``'s congress, address),
    before its parts; shared by the figure and target tests written in that shape."""
    return (f"政府工作报告\n——{date}在{province}第十四届人民代表大会第{session}次会议上\n各位代表：\n"
            "现在，我代表省人民政府，向大会报告工作，请予审议。\n")


def city_report(review: str, plans: str) -> str:
    """A city's 政府工作报告 (青原市, 2024) whose review holds the lines ``review`` after the year's
    figures, and whose plans hold the lines ``plans`` after the targets; shared by the plan link tests."""
    return ("青原市政府工作报告\n——2024年1月10日在青原市第十届人民代表大会第三次会议上\n各位代表：\n"
            "现在，我代表市人民政府向大会报告工作，请予审议。\n一、2023年工作回顾\n"
            "过去一年，全市上下共同努力，经济运行稳中向好。全市地区生产总值增长5.6%，一般公共预算收入增长6.1%。\n"
            f"{review}\n二、2024年工作安排\n今年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。\n{plans}\n")


def plan_links(text: str, path: Path) -> dict[str, list[str]]:
    """The review sentences each plan sentence of the report ``text`` (written to ``path``) is
    linked to, all as comparison keys."""
    from reportdiff.normalize import key
    from reportdiff.pipeline import load_report
    from reportdiff.plans import analyse_plans

    path.write_text(text, encoding="utf-8")
    return {key(record.plan.text): [key(link.sentence) for link in record.results]
            for record in analyse_plans(load_report(path)).plans}
