"""Consistency of the answer keys for the real 政府工作报告 (tests/real_keys/).

No reportdiff logic runs here: the keys were written by reading the reports, and these tests
only keep them honest as they are edited — every file exists, every heading is a line of its
report, every quoted substring occurs exactly once in the report and part it claims to come
from, and every status and role is from the product's vocabulary.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

KEYS = Path(__file__).resolve().parent / "real_keys"
REAL = Path(__file__).resolve().parents[2] / "shared" / "real"

KINDS = {"rule_of_law", "government_work", "other"}
ROLES = {"results", "shortcomings", "leadership", "plans", "other"}
STATUSES = {"delivered", "not_reported", "framing"}
PAIRS = ("2021-2022.json", "2022-2023.json")
#: Keys of promises only, for pairs the promise tracking was not built on.
PROMISE_KEYS = ("2016-2017.promises.json", "2017-2018.promises.json", "2018-2019.promises.json")

PART_LINE = re.compile(r"^([一二三四五六七八九十]+)、(.+)$")
SECTION_LINE = re.compile(r"^（([一二三四五六七八九十]+)）")
# A verbatim quote names one place in one report: long enough to be unique, short enough to read.
QUOTE_MIN, QUOTE_MAX = 10, 30


def _load(name: str) -> dict:
    return json.loads((KEYS / name).read_text(encoding="utf-8"))


REPORTS = {entry["file"]: entry for entry in _load("reports.json")["reports"]}


def _real(file: str) -> str:
    path = REAL / file
    if not path.is_file():
        pytest.skip(f"real reports are not beside the repository: {path} is absent")
    return path.read_text(encoding="utf-8")


class _Layout:
    """Where each part of one report starts and ends (character offsets), read from its lines."""

    def __init__(self, file: str) -> None:
        self.text = _real(file)
        self.roles = {part["id"]: part["role"] for part in REPORTS[file]["parts"]}
        starts: list[tuple[str, int]] = []
        offset = 0
        self.lines: list[tuple[int, str]] = []
        for raw in self.text.splitlines(keepends=True):
            line = raw.strip()
            self.lines.append((offset, line))
            match = PART_LINE.match(line)
            if match and match.group(1) in self.roles:
                starts.append((match.group(1), offset))
            offset += len(raw)
        self.spans = {
            part_id: (start, starts[i + 1][1] if i + 1 < len(starts) else len(self.text))
            for i, (part_id, start) in enumerate(starts)
        }

    def part_at(self, offset: int) -> str | None:
        for part_id, (start, end) in self.spans.items():
            if start <= offset < end:
                return part_id
        return None

    def sections(self) -> set[str]:
        """Section ids (三/(一)) of every part, as the parser names them."""
        found = set()
        for offset, line in self.lines:
            match = SECTION_LINE.match(line)
            part_id = self.part_at(offset)
            if match and part_id:
                found.add(f"{part_id}/({match.group(1)})")
        return found

    def locate(self, quote: str, roles: set[str], what: str, lengths: tuple[int, int] = (QUOTE_MIN, QUOTE_MAX)) -> int:
        assert lengths[0] <= len(quote) <= lengths[1], f"{what} {quote!r}: {len(quote)} characters"
        count = self.text.count(quote)
        assert count == 1, f"{what} {quote!r} occurs {count} times"
        offset = self.text.index(quote)
        part_id = self.part_at(offset)
        assert part_id is not None and self.roles[part_id] in roles, (
            f"{what} {quote!r} is in part {part_id} ({self.roles.get(part_id)}), not in {sorted(roles)}"
        )
        return offset


_layouts: dict[str, _Layout] = {}


def layout(file: str) -> _Layout:
    if file not in _layouts:
        _layouts[file] = _Layout(file)
    return _layouts[file]


@pytest.mark.parametrize("file", sorted(REPORTS))
def test_report_entry_matches_its_text(file: str) -> None:
    entry = REPORTS[file]
    report = layout(file)
    assert entry["kind"] in KINDS
    assert str(entry["year"]) in file and str(entry["year"]) in entry["title"]
    assert entry["review_year"] < entry["plan_year"] <= entry["year"] + 1
    if "review_span" in entry:
        first, last = entry["review_span"]
        assert last == entry["review_year"] and last - first == 4
    lines = {line for _, line in report.lines}
    ids = [part["id"] for part in entry["parts"]]
    assert ids == list(report.spans), "every part of the report is listed, in order"
    for part in entry["parts"]:
        assert part["role"] in ROLES
        assert f"{part['id']}、{part['heading']}" in lines, f"heading {part['heading']!r} is no line"
    roles = {part["role"] for part in entry["parts"]}
    assert {"results", "plans"} <= roles
    assert entry["shortcomings"], "every report names its shortcomings"
    for quote in entry["shortcomings"]:
        report.locate(quote, {"results", "shortcomings"}, "shortcomings")
        assert any(line.startswith(quote) for _, line in report.lines), (
            f"shortcomings {quote!r} does not open a paragraph"
        )


def _pairs() -> list[str]:
    return [name for name in PAIRS if (KEYS / name).is_file()]


@pytest.mark.parametrize("name", _pairs())
def test_pair_sections_cover_both_reports(name: str) -> None:
    key = _load(name)
    old, new = layout(key["old"]), layout(key["new"])
    listed_old = [entry["old"] for entry in key["sections"] if entry["old"]]
    listed_new = [entry["new"] for entry in key["sections"] if entry["new"]]
    assert set(listed_old) == old.sections()
    assert set(listed_new) == new.sections()
    primary = [entry["old"] for entry in key["sections"] if entry["old"] and entry.get("relation") != "split"]
    assert sorted(primary) == sorted(set(primary)) and set(primary) == old.sections(), (
        "each old section has exactly one primary entry (its successor or null)"
    )
    for entry in key["sections"]:
        assert entry["old"] or entry["new"]
        assert entry.get("relation") in (None, "split")
        if entry.get("relation") == "split":
            assert entry["old"] and entry["new"]
        assert entry["note"].strip()


def _check_promises(key: dict, lengths: tuple[int, int] = (QUOTE_MIN, QUOTE_MAX)) -> list[dict]:
    """Check a key's promises: verbatim quotes in the right parts, statuses and their fields."""
    old, new = layout(key["old"]), layout(key["new"])
    assert REPORTS[key["old"]]["year"] + 1 == REPORTS[key["new"]]["year"]
    promises = key["promises"]
    assert len(promises) >= 45
    assert len({p["plan"] for p in promises}) == len(promises), "each plan sentence is keyed once"
    counts = {status: sum(p["status"] == status for p in promises) for status in STATUSES}
    assert counts["delivered"] >= 10 and counts["not_reported"] >= 10 and 5 <= counts["framing"] <= 12
    for promise in promises:
        assert promise["status"] in STATUSES
        assert promise["note"].strip()
        old.locate(promise["plan"], {"plans"}, "plan", lengths)
        if promise["status"] == "delivered":
            assert promise["evidence"], f"delivered without evidence: {promise['plan']!r}"
            new.locate(promise["evidence"], {"results"}, "evidence", lengths)
        else:
            assert promise["evidence"] is None, f"{promise['status']} with evidence: {promise['plan']!r}"
        if promise["status"] == "framing":
            assert promise["replanned"] is None
        if promise["replanned"] is not None:
            new.locate(promise["replanned"], {"plans"}, "replanned", lengths)
    return promises


@pytest.mark.parametrize("name", _pairs())
def test_pair_promises_are_verbatim_and_placed(name: str) -> None:
    key = _load(name)
    promises = _check_promises(key)
    old = layout(key["old"])
    plans = [entry for entry in key["sections"] if entry["old"] and old.roles[entry["old"].split("/")[0]] == "plans"]
    covered = {
        section for section in {entry["old"] for entry in plans}
        if any(_in_section(old, p["plan"], section) for p in promises)
    }
    assert covered == {entry["old"] for entry in plans}, "promises are spread over every plans section"


@pytest.mark.parametrize("name", PROMISE_KEYS)
def test_promise_keys_are_verbatim_and_placed(name: str) -> None:
    """Keys of promises alone (written later, on a pair nobody tuned on): quotes of 8–40 characters."""
    if not (KEYS / name).is_file() or not REAL.is_dir():
        pytest.skip(f"{name} or the real reports are absent")
    _check_promises(_load(name), (8, 40))


def _in_section(report: _Layout, quote: str, section: str) -> bool:
    """Whether the quote lies between the heading of `section` and the next section or part."""
    offset = report.text.index(quote)
    part_id, numeral = section.split("/")
    heading = None
    for start, line in report.lines:
        if start > offset:
            break
        match = SECTION_LINE.match(line)
        if PART_LINE.match(line):
            heading = None
        elif match and report.part_at(start) == part_id:
            heading = f"{part_id}/({match.group(1)})"
    return heading == section
