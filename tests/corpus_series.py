"""A four-year constructed series of one body (2022–2025), built by editing the Yunze samples,
with the answer key of each measure's lineage written beside it.

2022 and 2023 are the 2024 sample moved back in time (2022 without the legal-adviser measure,
2023 with it), 2024 is the sample itself and 2025 the 2025 sample (Traditional script).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OLD = ROOT / "samples" / "yunze_sfj_2024_constructed.txt"
NEW = ROOT / "samples" / "yunze_sfj_2025_constructed.txt"
BODY = "yunze"
YEARS = (2022, 2023, 2024, 2025)
#: The measure first reported in 2023 (absent from the 2022 report).
ADDED_2023 = "3.健全政府法律顾问制度。"

#: Each measure's lineage, by its title in the first year it appears.
KEY = {
    "优化法治化营商环境": {"first_year": 2022, "last_year": 2025, "dropped_in": None},
    "健全政府法律顾问制度": {"first_year": 2023, "last_year": 2025, "dropped_in": None},
    "规范律师和公证行业管理": {"first_year": 2022, "last_year": 2024, "dropped_in": 2025},
    "道路交通安全和运输执法领域突出问题专项整治": {"first_year": 2022, "last_year": 2024, "dropped_in": 2025},
    "加强法治督察": {"first_year": 2025, "last_year": 2025, "dropped_in": None},
}


def shifted(text: str, year: int) -> str:
    """Return the 2024 sample as the report of ``year`` (its plans for ``year + 1``)."""
    return re.sub(r"202[45]", lambda m: str(year + int(m.group()) - 2024), text)


def texts() -> dict[int, str]:
    """Return the report text of each year of the series."""
    old = OLD.read_text(encoding="utf-8")
    first = "\n".join(line for line in shifted(old, 2022).splitlines() if not line.startswith(ADDED_2023)) + "\n"
    return {2022: first, 2023: shifted(old, 2023), 2024: old, 2025: NEW.read_text(encoding="utf-8")}


def write_series(folder: Path, years: tuple[int, ...] = YEARS, body: str = BODY) -> Path:
    """Write the series as ``<body>-<year>.txt`` files (and its lineage key) into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for year, text in texts().items():
        if year in years:
            (folder / f"{body}-{year}.txt").write_text(text, encoding="utf-8")
    (folder.parent / f"{folder.name}.lineage.json").write_text(json.dumps(KEY, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
    return folder


def without_part(text: str, heading_start: str) -> str:
    """Return ``text`` without the part whose heading starts with ``heading_start`` (up to the next part)."""
    lines, kept, skipping = text.splitlines(), [], False
    for line in lines:
        if re.match(r"^[一二三四五六七八九十]+、", line):
            skipping = line.startswith(heading_start)
        if not skipping:
            kept.append(line)
    return "\n".join(kept) + "\n"


def write_two_kinds(folder: Path, convert) -> None:
    """A county government's folder: its 法治政府建设 reports (each reviewing its own year) and its
    政府工作报告 (each reviewing the year before), so both kinds have a report of 2024."""
    rule_of_law = ("青禾县人民政府{y}年法治政府建设年度报告\n{y}年，青禾县人民政府深入学习贯彻习近平法治思想。\n"
                   "一、{y}年法治政府建设主要举措和成效\n（一）加强党的领导。县政府常务会议研究法治政府建设工作{n}次。\n"
                   "二、存在的不足\n基层法治建设力量比较薄弱。\n三、{z}年工作计划\n（一）加强执法队伍建设。开展执法人员培训。\n")
    government = ("政府工作报告\n——{y}年1月10日在青禾县第十七届人民代表大会第{s}次会议上\n各位代表：\n"
                  "现在，我代表县人民政府向大会报告工作，请予审议。\n一、{x}年工作回顾\n过去一年，全县地区生产总值增长{g}%。\n"
                  "二、{y}年主要工作\n（一）扩大有效投资。实施重点项目{n}0个。\n")
    for y, n, s, g in ((2023, 4, "三", "5.8"), (2024, 5, "四", "6.1")):
        (folder / f"fz{y}.txt").write_text(convert(rule_of_law.format(y=y, z=y + 1, n=n)), encoding="utf-8")
        (folder / f"gz{y + 1}.txt").write_text(
            convert(government.format(x=y, y=y + 1, n=n, s=s, g=g)), encoding="utf-8")

