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
