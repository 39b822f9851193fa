"""A table that moved between sections is a Word move in the redline: its old rows moved from where
they stood (``w:moveFrom`` in deleted rows, inside a ``w:moveFromRange``), its new rows moved to
where it stands now (``w:moveTo`` in inserted rows, a ``w:moveToRange`` of the same ``w:name``),
so that Reject All gives the old report with the table in its old place and Accept All the new
one. Without moves (``--no-moves``), the same table deleted there and inserted here.

The reports are a district justice bureau's 法治政府建设年度报告 written for the test, in both scripts.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from opencc import OpenCC

from ooxml_revisions import W, _NS, accept_all, document_xml, libreoffice_resolve, reject_all, uno_python
from reportdiff.normalize import key
from reportdiff.parse import parse_text
from reportdiff.pipeline import compare
from reportdiff.render.docx import render_docx

SCRIPTS = pytest.mark.parametrize("script", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])

_TITLE = "青川区司法局{year}年法治政府建设年度报告"
_PART = "一、{year}年推进法治政府建设的主要举措和成效"
_SECTIONS = [
    ("（一）发挥行政复议化解行政争议主渠道作用。", ["1.全面贯彻新修订的行政复议法，畅通行政复议申请渠道。",
                                       "2.落实行政机关负责人出庭应诉制度，出庭应诉率保持100%。"]),
    ("（二）严格规范公正文明执法。", ["1.开展行政执法案卷评查，发现并整改问题案卷一批。",
                           "2.全面推行行政执法公示制度、执法全过程记录制度。"]),
    ("（三）加强法治宣传教育。", ["1.落实谁执法谁普法普法责任制，开展宪法宣传周活动。",
                          "2.培育农村学法用法示范户，建设法治文化阵地。"]),
]
_CLOSING = ["二、存在的不足和原因", "基层执法力量不足，执法人员专业化水平有待提高。"]
_CAPTION = "表1  行政复议案件情况"
_ROWS = [["类别", "2023年", "2024年"], ["收到申请", "412", "468"], ["受理", "365", "421"]]


def _report(year: int, at: int, rows: list[list[str]]) -> tuple[str, list[str]]:
    """The report's text with the table after its ``at``-th measure, and its lines as Accept All or
    Reject All reads them (a table row a line, its cells apart by `` | ``)."""
    lines, read, count = [_TITLE.format(year=year), _PART.format(year=year)], [], 0
    read = list(lines)
    for heading, measures in _SECTIONS:
        lines.append(heading)
        read.append(heading)
        for measure in measures:
            lines.append(measure)
            read.append(measure)
            count += 1
            if count == at:
                lines += [_CAPTION, *("  ".join(row) for row in rows)]
                read += [_CAPTION, *(" | ".join(row) for row in rows)]
    lines += _CLOSING
    read += _CLOSING
    return "\n".join(lines) + "\n", read


def _docx(old: str, new: str, *, moves: bool = True) -> bytes:
    return render_docx(compare(parse_text(old, "2024.txt"), parse_text(new, "2025.txt")), moves=moves)


def _keys(lines: list[str]) -> list[str]:
    return [key(line) for line in lines]


def _moves(docx: bytes) -> dict[str, set[str]]:
    """The names of the move ranges around (or in) a table, by kind."""
    body = document_xml(docx).find("w:body", _NS)
    found: dict[str, set[str]] = {"moveFrom": set(), "moveTo": set()}
    for kind in found:
        for start in body.iter(f"{{{W}}}{kind}RangeStart"):
            following = start.getnext()
            if following is not None and following.tag == f"{{{W}}}tbl":
                found[kind].add(start.get(f"{{{W}}}name"))
    return found


@SCRIPTS
def test_a_table_moved_to_another_section_is_a_word_move(script) -> None:
    (old, old_read), (new, new_read) = _report(2024, 1, _ROWS), _report(2025, 4, _ROWS)
    docx = _docx(script(old), script(new))
    moves = _moves(docx)
    assert len(moves["moveFrom"]) == 1 and moves["moveFrom"] == moves["moveTo"]
    body = document_xml(docx).find("w:body", _NS)
    tables = body.findall("w:tbl", _NS)
    assert len(tables) == 2
    gone, come = tables
    # -- the rows themselves go (deleted there, inserted here) with their text moved --
    assert all(row.find("w:trPr/w:del", _NS) is not None for row in gone.findall("w:tr", _NS))
    assert all(row.find("w:trPr/w:ins", _NS) is not None for row in come.findall("w:tr", _NS))
    assert gone.find(".//w:moveFrom", _NS) is not None and come.find(".//w:moveTo", _NS) is not None
    assert _keys(accept_all(docx)) == _keys([script(line) for line in new_read])
    assert _keys(reject_all(docx)) == _keys([script(line) for line in old_read])


@SCRIPTS
def test_without_moves_the_table_is_deleted_there_and_inserted_here(script) -> None:
    (old, old_read), (new, new_read) = _report(2024, 1, _ROWS), _report(2025, 4, _ROWS)
    docx = _docx(script(old), script(new), moves=False)
    assert _moves(docx) == {"moveFrom": set(), "moveTo": set()}
    assert len(document_xml(docx).findall(".//w:tbl", _NS)) == 2
    assert _keys(accept_all(docx)) == _keys([script(line) for line in new_read])
    assert _keys(reject_all(docx)) == _keys([script(line) for line in old_read])


def test_a_table_in_its_place_is_no_move() -> None:
    (old, _), (new, _) = _report(2024, 3, _ROWS), _report(2025, 3, [_ROWS[0], _ROWS[1], ["受理", "365", "455"]])
    docx = _docx(old, new)
    assert _moves(docx) == {"moveFrom": set(), "moveTo": set()}
    assert len(document_xml(docx).findall(".//w:tbl", _NS)) == 1


_CHANGED = [["类别", "2024年", "2025年"], ["收到申请", "468", "503"], ["受理", "421", "455"], ["纠错", "37", "29"]]


@settings(max_examples=25, deadline=None)
@given(st.integers(1, 6), st.integers(1, 6), st.booleans(), st.booleans())
def test_property_a_table_anywhere_accepts_to_the_new_report_and_rejects_to_the_old(was: int, now: int, changed: bool,
                                                                                  moves: bool) -> None:
    (old, old_read), (new, new_read) = _report(2024, was, _ROWS), _report(2025, now, _CHANGED if changed else _ROWS)
    docx = _docx(old, new, moves=moves)
    assert _keys(accept_all(docx)) == _keys(new_read)
    assert _keys(reject_all(docx)) == _keys(old_read)
    assert len(document_xml(docx).findall(".//w:tbl", _NS)) == (1 if was == now else 2)
    named = _moves(docx)
    assert named["moveFrom"] == named["moveTo"]
    if not moves:
        assert not named["moveTo"]


def _runs(table, kind: str) -> str:
    return "".join(node.text or "" for wrapper in table.iter(f"{{{W}}}{kind}")
                   for node in wrapper.iter(f"{{{W}}}t", f"{{{W}}}delText"))


@SCRIPTS
def test_a_moved_table_keeps_its_changed_words_redlined(script) -> None:
    """As a moved measure's: the words gone deleted where it stood (beside the moved-from ones),
    the words added inserted where it stands (beside the moved-to ones)."""
    changed = [_ROWS[0], ["收到申请", "412", "503"], ["受理", "365", "421"]]
    (old, old_read), (new, new_read) = _report(2024, 2, _ROWS), _report(2025, 5, changed)
    docx = _docx(script(old), script(new))
    gone, come = document_xml(docx).findall(".//w:tbl", _NS)
    assert _runs(gone, "del") == "468" and _runs(gone, "ins") == ""
    assert _runs(come, "ins") == "503" and _runs(come, "del") == ""
    assert script("收到申请") in _runs(gone, "moveFrom") and script("收到申请") in _runs(come, "moveTo")
    assert _keys(accept_all(docx)) == _keys([script(line) for line in new_read])
    assert _keys(reject_all(docx)) == _keys([script(line) for line in old_read])


def test_the_move_names_pair_each_range_once() -> None:
    """Every moveFrom range's name is one moveTo range's: Word pairs them by ``w:name``."""
    (old, _), (new, _) = _report(2024, 1, _ROWS), _report(2025, 6, _CHANGED)
    xml = document_xml(_docx(old, new))
    starts = {kind: [e.get(f"{{{W}}}name") for e in xml.iter(f"{{{W}}}{kind}RangeStart")] for kind in ("moveFrom", "moveTo")}
    assert sorted(starts["moveFrom"]) == sorted(starts["moveTo"]) and len(set(starts["moveTo"])) == len(starts["moveTo"])
    ids = [e.get(f"{{{W}}}id") for e in xml.iter() if isinstance(e.tag, str) and re.search(r"}(moveFrom|moveTo)Range(Start|End)$", e.tag)]
    assert len(ids) == 2 * len(set(ids))  # -- each range's end carries its start's id --


@SCRIPTS
def test_libreoffice_resolves_a_moved_table_as_we_do(script, tmp_path) -> None:
    if uno_python() is None:
        pytest.skip("no Python with LibreOffice's uno module")
    (old, old_read), (new, new_read) = _report(2024, 1, _ROWS), _report(2025, 4, _CHANGED)
    docx = _docx(script(old), script(new))
    resolved = libreoffice_resolve(docx, tmp_path)
    # -- no empty paragraph left where a moved caption went (its mark above a table) --
    assert resolved["accept"] == accept_all(docx) and _keys(resolved["accept"]) == _keys([script(t) for t in new_read])
    assert resolved["reject"] == reject_all(docx) and _keys(resolved["reject"]) == _keys([script(t) for t in old_read])


def test_a_moved_table_in_the_other_script_gives_each_years_own_text_back() -> None:
    """Last year's report in Simplified, this year's in Traditional: where they read alike but for
    the script, each place keeps its own year's text, so Reject All gives 收到申请, not 收到申請."""
    to_traditional = OpenCC("s2t").convert
    (old, _), (new, _) = _report(2024, 1, _ROWS), _report(2025, 4, _ROWS)
    docx = _docx(old, to_traditional(new))
    rows = [" | ".join(row) for row in _ROWS]
    assert [line for line in reject_all(docx) if " | " in line] == rows
    assert [line for line in accept_all(docx) if " | " in line] == [to_traditional(row) for row in rows]
