"""Runs of one Word paragraph: (text, revision kind) segments of a measure, a split piece or a
heading, and which split and merge groups can be redlined word by word."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from reportdiff.models import Comparison, Match, Op, Status
from reportdiff.normalize import key as normal_key
from reportdiff.render._revisions import DEL, INS, MOVE_FROM, MOVE_TO

from .. import lazy_re


_REVISION_OF = {Op.EQUAL: None, Op.DELETE: DEL, Op.INSERT: INS}


def tracked(redlines) -> list[tuple[str, str | None]]:
    """(text, revision kind) of redline runs. An equal run whose words differ (a report's own
    year, 2024年 against 2025年) is still a deletion and an insertion in Word, so that Reject
    All gives the old text back; script and width differences stay plain new text."""
    segments: list[tuple[str, str | None]] = []
    for run in redlines:
        op = Op(run.op)
        if op is Op.EQUAL and reworded(run):
            segments += reworded_segments(run.old_text, run.text, DEL, INS, None)
        else:
            segments.append((run.text, _REVISION_OF[op]))
    return segments


# -- a number is one word (2024 → 2025, never 202 + 4 → 5); any other character is its own --
_PIECE = lazy_re.compile(r"[0-9０-９]+|.", re.S)


def reworded_segments(old: str, new: str, deleted: str, inserted: str, kept: str | None,
                      keep_old: bool = False) -> list[tuple[str, str | None]]:
    """An equal run whose words differ (a report's own year: 2024年推进… against 2025年推进…) as
    the few words that differ, ``deleted`` then ``inserted``, between words both sides share
    (kind ``kept``, written as the new side's text, or the old side's when ``keep_old``)."""
    old_pieces, new_pieces = _PIECE.findall(old), _PIECE.findall(new)
    matcher = SequenceMatcher(None, [normal_key(p) for p in old_pieces], [normal_key(p) for p in new_pieces],
                              autojunk=False)
    out: list[tuple[str, str | None]] = []
    for op, a, b, c, d in matcher.get_opcodes():
        if op == "equal":
            out.append(("".join((old_pieces if keep_old else new_pieces)[a:b]), kept))
            continue
        out += [("".join(old_pieces[a:b]), deleted), ("".join(new_pieces[c:d]), inserted)]
    return [(text, kind) for text, kind in out if text]


def segments(mode: str, match: Match) -> list[tuple[str, str | None]]:
    """(text, revision kind) runs of a measure paragraph; kind None is plain text."""
    old, new = match.old, match.new
    if mode == "ins":
        return [(new.marker, INS), (new.text, INS)]
    if mode == "del":
        return [(old.marker, DEL), (old.text, DEL)]
    valid = _redlines_valid(match)
    same_marker = normal_key(old.marker) == normal_key(new.marker)
    if mode == "moveFrom":
        # -- the old place: words that travel are moved-from, words the move dropped are
        #    deleted right here (LibreOffice and Word both resolve that pair correctly;
        #    a deletion nested inside the moveTo range is not honoured by LibreOffice) --
        segments = [(old.marker, MOVE_FROM if same_marker else DEL)]
        if not valid:
            segments.append((old.text, MOVE_FROM))
        else:
            for line in match.redlines:
                if line.op == Op.EQUAL and reworded(line):
                    # -- only the differing words are deleted here; the rest travels --
                    segments += [(text, kind) for text, kind in
                                 reworded_segments(line.old_text, line.text, DEL, None, MOVE_FROM, keep_old=True)
                                 if kind is not None]
                elif line.op == Op.EQUAL:
                    segments.append((line.old_text if line.old_text is not None else line.text, MOVE_FROM))
                elif line.op == Op.DELETE:
                    segments.append((line.text, DEL))
        return [(text, kind) for text, kind in segments if text]
    if mode == "moveTo":
        segments = [(new.marker, MOVE_TO)] if same_marker else [(new.marker, INS)]
        if not valid:
            segments.append((new.text, MOVE_TO))
        else:
            for r in match.redlines:
                if r.op == Op.EQUAL and reworded(r):
                    segments += [(text, kind) for text, kind in
                                 reworded_segments(r.old_text, r.text, None, INS, MOVE_TO) if kind is not None]
                elif r.op != Op.DELETE:
                    segments.append((r.text, MOVE_TO if r.op == Op.EQUAL else INS))
        return [(text, kind) for text, kind in segments if text]
    segments = [(new.marker, None)] if same_marker else [(old.marker, DEL), (new.marker, INS)]
    if valid:
        segments += tracked(match.redlines)
    elif normal_key(old.text) == normal_key(new.text):
        segments.append((new.text, None))
    else:
        segments += [(old.text, DEL), (new.text, INS)]
    return [(text, kind) for text, kind in segments if text]


def reworded(run) -> bool:
    """An equal run whose words differ between the sides (a report's own year)."""
    return run.old_text is not None and normal_key(run.old_text) != normal_key(run.text)


def word_level_groups(comparison: Comparison, by_old: dict, by_new: dict) -> dict[str, list[Match]]:
    """Split and merge groups that can be redlined word by word: the pieces of the split side
    stand next to each other in their report, and the cut redlines spell both sides exactly."""
    new_index = {m.id: i for i, m in enumerate(comparison.new.measures)}
    old_index = {m.id: i for i, m in enumerate(comparison.old.measures)}
    found: dict[str, list[Match]] = {}
    for key, members, index, side in [*((f"s:{k}", v, new_index, "new") for k, v in by_old.items()),
                                      *((f"m:{k}", v, old_index, "old") for k, v in by_new.items())]:
        if len(members) < 2 or any(m.old is None or m.new is None or m.status is Status.MOVED for m in members):
            continue
        pieces = sorted(members, key=lambda m: index.get(getattr(m, side).id, -1))
        positions = [index.get(getattr(m, side).id, -1) for m in pieces]
        if -1 in positions or positions != list(range(positions[0], positions[0] + len(pieces))):
            continue
        other = "old" if side == "new" else "new"
        # -- every piece pairs with the one shared measure only (no split inside a merge) --
        if any(len((by_old if side == "new" else by_new)[getattr(m, other).id]) != len(pieces) for m in pieces) or \
                any(len((by_new if side == "new" else by_old)[getattr(m, side).id]) != 1 for m in pieces):
            continue
        shared = getattr(pieces[0], other)
        whole_text = "".join(
            (r.old_text if r.old_text is not None else r.text) if other == "old" else r.text
            for m in pieces for r in m.redlines if r.op is not (Op.INSERT if other == "old" else Op.DELETE))
        if whole_text != shared.text or not all(_piece_side_valid(m, side) for m in pieces):
            continue
        found[key] = pieces
    return found


def _piece_side_valid(match: Match, side: str) -> bool:
    """Does this piece's redline spell its own (unshared) measure exactly?"""
    if side == "new":
        return "".join(r.text for r in match.redlines if r.op is not Op.DELETE) == match.new.text
    return "".join((r.old_text if r.old_text is not None else r.text)
                   for r in match.redlines if r.op is not Op.INSERT) == match.old.text


def piece_segments(match: Match, group: list[Match]) -> list[tuple[str, str | None]]:
    """Runs of one piece of a split or merge: the shared measure's marker goes with the first piece."""
    old, new = match.old, match.new
    first = match is group[0]
    split = all(m.old is old for m in group)
    if split:
        marker = ([(new.marker, None)] if normal_key(old.marker) == normal_key(new.marker)
                  else [(old.marker, DEL), (new.marker, INS)]) if first else [(new.marker, INS)]
    else:
        marker = ([(new.marker, None)] if normal_key(old.marker) == normal_key(new.marker)
                  else [(old.marker, DEL), (new.marker, INS)]) if first else [(old.marker, DEL)]
    return [(text, kind) for text, kind in [*marker, *tracked(match.redlines)] if text]


def _redlines_valid(match: Match) -> bool:
    """Do the redlines spell both sides exactly? Otherwise the paragraph is replaced whole."""
    if not match.redlines:
        return False
    new_side = "".join(r.text for r in match.redlines if r.op != Op.DELETE)
    old_side = "".join(
        r.text if r.op == Op.DELETE else (r.old_text if r.old_text is not None else r.text)
        for r in match.redlines
        if r.op != Op.INSERT
    )
    return new_side == match.new.text and old_side == match.old.text


__all__ = ["piece_segments", "reworded", "reworded_segments", "segments", "tracked", "word_level_groups"]
