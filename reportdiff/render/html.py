"""HTML redline: one self-contained, offline, printable page (its markup in ``html_page.py``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..models import (
    Comparison, Match, Measure, MeasureKind, Op, Part, PartMatch, Redline, Report, Section, SectionMatch,
    Status,
)
from .. import display
from .html_page import escape, write_page
from .html_rows import Convert, Row, expression_lists, figure_groups, place, promise_row, target_row
from ._common import RELATIONS, summary_counts
from .table_grid import table_caption, table_grid, table_places
from ..labels import labels

# -- a lead phrase longer than this is a whole sentence, not a title worth setting in bold --
_LEAD_MAX = 40


@dataclass(frozen=True, slots=True)
class Run:
    """One piece of redlined text as the template writes it."""

    op: str
    """``equal``, ``insert`` or ``delete``."""
    text: str
    lead: bool = False
    """Part of the measure's lead phrase (set in bold)."""
    orig: str | None = None
    """The old text as written where ``text`` shows it in the new report's script (the switch shows it)."""


@dataclass(frozen=True, slots=True)
class Card:
    """One measure card (one Match)."""

    anchor: str
    status: str
    status_label: str
    new_id: str | None
    old_id: str | None
    shown_id: str
    """The id the card is known by: the new id, or the old id of a dropped measure (tooltip, JSON)."""
    label: str
    """What a reader calls it: 一、（一）第2项（原第3项）, 原一、（一）第1项 for a dropped one."""
    first_words: str
    """The opening words of the text, for the change list."""
    similarity: str | None
    relation: str | None
    title: str
    evidence: str | None
    """Hover text naming the shared terms."""
    year_note: bool
    """Each side names its own report's year (2024年/2025年): shown as no change, with a note."""
    moved_from: str | None
    new_marker: str
    old_marker: str
    inline: tuple[Run, ...]
    old_runs: tuple[Run, ...]
    new_runs: tuple[Run, ...]


@dataclass(slots=True)
class Group:
    """A section (or a run of part-level measures with no heading) and its cards."""

    anchor: str
    part_id: str
    """The new report's part the group is shown in."""
    marker: str = ""
    title: str = ""
    state: str = "same"
    """``same``, ``reworded``, ``new``, ``dropped``, ``shifted`` (written at another level in the
    other report: shown as moved) or ``none`` (no heading)."""
    old_id: str | None = None
    heading_runs: tuple[Run, ...] = ()
    cards: list[Card] = field(default_factory=list)
    moved: bool = False
    """The section changed its place among those both reports have (SectionMatch.moved)."""
    level: str = ""
    """What the section was or became at another level (原第二部分调整为第一部分下的小节), if so."""


@dataclass(slots=True)
class PartView:
    id: str
    anchor: str
    marker: str
    title: str
    dropped: bool = False
    title_runs: tuple[Run, ...] = ()
    groups: list[Group] = field(default_factory=list)
    was: str = ""
    """For a part only the old report has: 原 (its number is the old report's, not the new one's)."""
    level: str = ""
    """What the part was or became at another level (调整为第一部分下的小节一、（三）), if so."""




def runs_html(items: tuple[Run, ...] | list[Run]) -> str:
    """Return redlined runs as the page writes them (markup, not escaped again): insertions in
    <ins>, deletions in <del>, the lead phrase in bold, and old text shown in the new report's
    script followed by its original (.og, which the script switch shows). The runs are most
    of the page."""
    out: list[str] = []
    add = out.append
    for run in items:
        text = escape(run.text)
        if run.op != "insert" and run.orig:
            text = f'<span class="cv">{text}</span><span class="og">{escape(run.orig)}</span>'
        if run.op == "insert":
            add(f'<ins class="lead">{text}</ins>' if run.lead else f"<ins>{text}</ins>")
        elif run.op == "delete":
            add(f'<del class="lead">{text}</del>' if run.lead else f"<del>{text}</del>")
        elif run.lead:
            add(f'<b class="lead">{text}</b>')
        else:
            add(text)
    return "".join(out)


def _label_table(lang: str) -> dict[str, str]:
    return Row(labels(lang))  # -- raises ValueError for an unknown language --


def _old_run(op: str, text: str, convert: Convert) -> Run:
    """A run of old text, in the new report's script when ``convert`` is given (original kept)."""
    if convert is None:
        return Run(op, text)
    shown = convert(text)
    return Run(op, shown, orig=text if shown != text else None)


def _side_runs(redlines: tuple[Redline, ...], side: str, convert: Convert = None) -> list[Run]:
    """Return the runs one view shows: ``inline`` (both), ``old`` or ``new``."""
    runs: list[Run] = []
    for run in redlines:
        if run.op is Op.EQUAL:
            if side == "old":
                runs.append(_old_run("equal", run.old_text if run.old_text is not None else run.text, convert))
            else:
                runs.append(Run("equal", run.text))
        elif run.op is Op.DELETE and side != "new":
            runs.append(_old_run("delete", run.text, convert))
        elif run.op is Op.INSERT and side != "old":
            runs.append(Run("insert", run.text))
    return runs


def _with_lead(runs: list[Run], bold: bool, counted: tuple[str, ...]) -> tuple[Run, ...]:
    """Mark the runs up to the first 。 of the ``counted`` ops as the lead phrase."""
    if not bold:
        return tuple(runs)
    marked: list[Run] = []
    in_lead = True
    for run in runs:
        if not in_lead:
            marked.append(run)
            continue
        stop = run.text.find("。") if run.op in counted else -1
        if stop < 0:
            marked.append(Run(run.op, run.text, True, run.orig))
            continue
        # -- conversion keeps the length (one character for one), so the original splits alike --
        head_orig = run.orig[: stop + 1] if run.orig else None
        tail_orig = run.orig[stop + 1 :] if run.orig else None
        marked.append(Run(run.op, run.text[: stop + 1], True, head_orig if head_orig != run.text[: stop + 1] else None))
        if stop + 1 < len(run.text):
            rest = run.text[stop + 1 :]
            marked.append(Run(run.op, rest, orig=tail_orig if tail_orig != rest else None))
        in_lead = False
    return tuple(marked)


def _has_lead(measure: Measure | None) -> bool:
    if measure is None or measure.kind is MeasureKind.PARAGRAPH:
        return False
    return 0 < len(measure.title) <= _LEAD_MAX and len(measure.title) < len(measure.text)


def _views(redlines: tuple[Redline, ...], old: Measure | None, new: Measure | None, convert: Convert) -> tuple[
        tuple[Run, ...], tuple[Run, ...], tuple[Run, ...]]:
    lead_new, lead_old = _has_lead(new), _has_lead(old)
    inline = _with_lead(_side_runs(redlines, "inline", convert), lead_new if new else lead_old,
                        ("equal", "insert") if new else ("delete",))
    old_runs = _with_lead(_side_runs(redlines, "old", convert), lead_old, ("equal", "delete")) if old else ()
    new_runs = _with_lead(_side_runs(redlines, "new"), lead_new, ("equal", "insert")) if new else ()
    return inline, old_runs, new_runs


def _plain_runs(redlines: tuple[Redline, ...], convert: Convert = None) -> tuple[Run, ...]:
    return tuple(_side_runs(redlines, "inline", convert))


def _changed(redlines: tuple[Redline, ...]) -> bool:
    return any(run.op is not Op.EQUAL for run in redlines)


#: How many characters of a measure the change list shows.
_FIRST_WORDS = 24


def _card(match: Match, words: dict[str, str], anchor: str, lang: str, convert: Convert,
          keyed: Convert = None) -> Card:
    old, new = match.old, match.new
    shown = new or old
    assert shown is not None
    inline, old_runs, new_runs = _views(match.redlines, old, new, convert)
    moved_from = None
    if match.status is Status.MOVED and old is not None:
        where = place(old.section_id or old.part_id, lang)
        title = convert(old.section_title) if convert else old.section_title
        moved_from = f"{where} {title}".strip()
    terms = map(keyed or str, match.shared_terms)
    evidence = f"{words['shared_terms']}: {'、'.join(terms)}" if match.shared_terms else None
    paired = old is not None and new is not None
    title = shown.title if new is not None or convert is None else convert(shown.title)
    body = shown.text if new is not None or convert is None else convert(shown.text)
    return Card(
        anchor=anchor,
        # -- a part's lead (导语) is shown as such, not as a counted measure --
        status="lead" if match.lead else match.status.value,
        status_label=words["lead"] if match.lead else words[match.status.value],
        new_id=new.id if new else None,
        old_id=old.id if old else None,
        shown_id=shown.id if new else f"{old.id}",  # type: ignore[union-attr]
        label=display.match_label(match, lang),
        first_words=body[:_FIRST_WORDS] + ("…" if len(body) > _FIRST_WORDS else ""),
        similarity=display.percent(match.similarity, changed=match.status is not Status.CONTINUED)
        if paired else None,
        relation=words.get(match.relation, match.relation) if match.relation else None,
        title=title,
        evidence=evidence,
        year_note=match.relative_years,
        moved_from=moved_from,
        new_marker=new.marker if new else "",
        old_marker=old.marker if old else "",
        inline=inline,
        old_runs=old_runs,
        new_runs=new_runs,
    )


def _part_view(part: Part, match: PartMatch | None, convert: Convert, lang: str = "zh") -> PartView:
    view = PartView(id=part.id, anchor=f"p-{part.id}", marker=part.marker, title=part.title)
    if match is not None and match.level is not None:
        view.level = display.level_note(match, lang, beside=True)
    # -- a title equal once the reports' own years are set aside (2024年…成效 → 2025年…成效) is no
    #    rewrite: its redline is all equal runs, and the text output lists no change either --
    if match is not None and match.old is not None and match.old.key != part.key and _changed(match.redlines):
        view.title_runs = _plain_runs(match.redlines, convert)
    return view


def _build_body(comparison: Comparison, words: dict[str, str], lang: str, convert: Convert,
                keyed: Convert = None) -> list[PartView]:
    """Lay the cards out in the new report's structure, dropped material at its old place."""
    new = comparison.new
    part_map = {m.old.id: m.new.id for m in comparison.parts if m.old and m.new}
    part_match_of_new = {m.new.id: m for m in comparison.parts if m.new}
    section_of_new = {m.new.id: m for m in comparison.sections if m.new is not None}
    new_of_old_section = {m.old.id: m.new.id for m in comparison.sections if m.old and m.new}

    parts: list[PartView] = []
    group_of_section: dict[str, Group] = {}  # -- new section id (or "old:" + id) -> group --
    group_of_measure: dict[str, Group] = {}  # -- new measure id -> group --
    part_view_of: dict[str, PartView] = {}
    for part in new.parts:
        view = _part_view(part, part_match_of_new.get(part.id), convert, lang)
        loose = 0
        for node in sorted([*part.sections, *part.measures], key=lambda n: n.line):
            if isinstance(node, Section):
                group = _section_group(node, part.id, section_of_new.get(node.id), lang, convert)
                group_of_section[node.id] = group
                view.groups.append(group)
                members = node.measures
            else:
                if not view.groups or view.groups[-1].state != "none":
                    loose += 1
                    view.groups.append(Group(anchor=f"p-{part.id}/¶{loose}", part_id=part.id, state="none"))
                group = view.groups[-1]
                members = (node,)
            for measure in members:
                group_of_measure[measure.id] = group
        parts.append(view)
        part_view_of[part.id] = view

    dropped_part = _dropped_parts(comparison, part_map, part_view_of, parts, convert, lang)
    _place_dropped_sections(comparison, part_map, group_of_section, part_view_of, dropped_part, convert, lang)

    seen: dict[str, int] = {}

    def anchors(base: str) -> str:
        # -- unique and deterministic: a merged measure has one card per old measure --
        seen[base] = seen.get(base, 0) + 1
        return base if seen[base] == 1 else f"{base}~{seen[base]}"

    previous: Group | None = None
    pending: list[Card] = []  # -- dropped cards before any placed card --
    for match in comparison.matches:
        if match.new is not None:
            card = _card(match, words, anchors(f"m-{match.new.id}"), lang, convert, keyed)
            group = group_of_measure.get(match.new.id) or previous
        else:
            assert match.old is not None
            card = _card(match, words, anchors(f"old-{match.old.id}"), lang, convert, keyed)
            group = _dropped_group(match.old, previous, part_map, new_of_old_section, group_of_section,
                                   part_view_of, dropped_part, comparison.old)
        if group is None:
            pending.append(card)
            continue
        if pending:
            group.cards.extend(pending)
            pending = []
        group.cards.append(card)
        previous = group
    if pending:  # -- a comparison with nothing but unplaced dropped measures --
        parts.append(PartView(id="", anchor="old-p", marker="", title=words["part_dropped"], dropped=True,
                              groups=[Group(anchor="old-p/¶1", part_id="", state="none", cards=pending)]))
    return parts


def _dropped_group(old: Measure, previous: Group | None, part_map: dict[str, str],
                   new_of_old_section: dict[str, str], group_of_section: dict[str, Group],
                   part_view_of: dict[str, PartView], dropped_part: Callable[[Part], PartView],
                   old_report: Report) -> Group | None:
    """Return where a dropped measure is shown: its old section's new (or struck) place, else nearby."""
    if old.section_id is not None:
        group = group_of_section.get(new_of_old_section.get(old.section_id, "")) \
            or group_of_section.get(f"old:{old.section_id}")
        if group is not None:
            return group
    old_part = next((p for p in old_report.parts if p.id == old.part_id), None)
    if old_part is not None and old_part.id not in part_map:
        # -- its whole part is gone: under that part's struck heading, not beside the previous card --
        view = dropped_part(old_part)
        if not view.groups or view.groups[-1].state != "none":
            view.groups.append(Group(anchor=f"old-p-{old_part.id}/¶{len(view.groups) + 1}", part_id=view.id,
                                     state="none"))
        return view.groups[-1]
    # -- a part-level measure: stay next to the previous card unless that is in another part --
    part = part_view_of.get(part_map.get(old.part_id, ""))
    if previous is not None and (part is None or previous.part_id == part.id):
        return previous
    if part is not None and part.groups:
        return next((g for g in part.groups if g.state == "none"), part.groups[0])
    return previous


def _section_group(section: Section, part_id: str, match: SectionMatch | None, lang: str,
                   convert: Convert) -> Group:
    group = Group(anchor=f"s-{section.id}", part_id=part_id, marker=section.marker, title=section.title)
    if match is None or match.old is None:
        group.state = "new"
        if match is not None and match.level is not None:
            # -- not new: the old report writes it a level up or down (level_shifts), a move --
            group.state = "shifted"
            group.level = display.level_note(match, lang, beside=True)
        return group
    group.old_id = place(match.old.id, lang) if match.old.id != section.id else None
    group.moved = match.moved
    if _changed(match.redlines):
        group.state = "reworded"
        group.heading_runs = _plain_runs(match.redlines, convert)
    return group


def _place_dropped_sections(comparison: Comparison, part_map: dict[str, str],
                            group_of_section: dict[str, Group], part_view_of: dict[str, PartView],
                            dropped_part: Callable[[Part], PartView], convert: Convert, lang: str = "zh") -> None:
    """Insert each section found only in the old report after its old predecessor's new place."""
    dropped = {m.old.id: m for m in comparison.sections if m.old is not None and m.new is None}
    new_of_old = {m.old.id: m.new.id for m in comparison.sections if m.old and m.new}
    for old_part in comparison.old.parts:
        target = part_view_of.get(part_map.get(old_part.id, ""))
        after: Group | None = None
        for section in old_part.sections:
            if section.id in new_of_old:
                after = group_of_section.get(new_of_old[section.id], after)
                continue
            if section.id not in dropped:
                continue
            if target is None:  # -- the whole part is gone: show it, struck, where it stood --
                target = dropped_part(old_part)
            level = display.level_note(dropped[section.id], lang, beside=True)
            group = Group(anchor=f"old-s-{section.id}", part_id=target.id, marker=section.marker,
                          title=convert(section.title) if convert else section.title,
                          state="shifted" if level else "dropped", old_id=section.id, level=level)
            group_of_section[f"old:{section.id}"] = group
            index = target.groups.index(after) + 1 if after in target.groups else 0
            target.groups.insert(index, group)
            after = group


def _dropped_parts(comparison: Comparison, part_map: dict[str, str], part_view_of: dict[str, PartView],
                   parts: list[PartView], convert: Convert, lang: str) -> Callable[[Part], PartView]:
    """Return a getter of the struck view of a part only the old report has, made on first use.

    It stands after the new place of the nearest old part before it, as the reader met it in
    the old report (before the first new part if none precedes it).
    """
    views: dict[str, PartView] = {}
    old_parts = comparison.old.parts
    unpaired = {m.old.id: m for m in comparison.parts if m.old is not None and m.new is None}

    def view(old_part: Part) -> PartView:
        if old_part.id in views:
            return views[old_part.id]
        made = PartView(id=f"old:{old_part.id}", anchor=f"old-p-{old_part.id}", marker=old_part.marker,
                        title=convert(old_part.title) if convert else old_part.title, dropped=True,
                        was=display.was(lang))
        if old_part.id in unpaired:
            made.level = display.level_note(unpaired[old_part.id], lang, beside=True)
        before = old_parts[:old_parts.index(old_part)]
        anchor = next((views.get(p.id) or part_view_of.get(part_map.get(p.id, ""))
                       for p in reversed(before) if p.id in views or p.id in part_map), None)
        parts.insert(parts.index(anchor) + 1 if anchor in parts else 0, made)
        views[old_part.id] = made
        return made

    return view


def _report_info(report: Report) -> dict[str, Any]:
    # -- named by its body and year (title or text); the file name is shown small below --
    return Row(label=display.report_name(report), title=report.title, source=report.source, year=report.year)


def _preamble(comparison: Comparison, convert: Convert) -> dict[str, Any] | None:
    old, new = comparison.old.preamble, comparison.new.preamble
    if not old and not new:
        return None
    runs = comparison.preamble
    return Row({"inline": _plain_runs(runs, convert), "changed": _changed(runs),
                 "old": tuple(_side_runs(runs, "old", convert)) if old else (),
                 "new": tuple(_side_runs(runs, "new")) if new else ()})


def _changes(body: list[PartView]) -> list[Card]:
    """Return every card a reviewer walks through (all but the continued), in page order."""
    return [card for part in body for group in part.groups for card in group.cards if card.status not in ("continued", "lead")]


def render_html(comparison: Comparison, *, lang: str = "zh") -> str:
    """Return the comparison as one self-contained HTML page (inline CSS and JS, no links out).

    ``lang`` picks the interface language (``zh`` or ``en``). When the reports are in
    different scripts, old text is shown in the new report's script, with a switch to show
    it as written. The same comparison always renders the same bytes.
    """
    words = _label_table(lang)
    # -- old text, and labels and matched words, in the new report's script --
    convert, keyed = display.script_converters(comparison.old, comparison.new)
    body = _build_body(comparison, words, lang, convert, keyed)
    counts = summary_counts(comparison)
    statuses = [Row(key=key, label=words[key], count=count) for key, count in counts if key not in RELATIONS]
    relations = [Row(key=key, label=words[key], count=count) for key, count in counts if key in RELATIONS]
    preamble = _preamble(comparison, convert)
    promises = [promise_row(item, words, lang, convert, keyed) for item in comparison.promises]
    return write_page(
        html_lang="zh-Hans" if lang == "zh" else lang,
        t=words,
        old=_report_info(comparison.old),
        new=_report_info(comparison.new),
        statuses=statuses,
        relations=relations,
        # -- a part's lead is shown but not counted: the total is what the chips add up to --
        total=sum(row.count for row in statuses),
        parts=body,
        changes=_changes(body),
        converted=convert is not None,
        preamble=preamble,
        targets=[target_row(item, lang) for item in comparison.targets],
        figure_groups=figure_groups(display.beside_targets(comparison.figures, comparison.targets), words, lang,
                                    convert, keyed),
        promises=promises,
        # -- one filter per status shown, in the order every format lists them, mark and word --
        promise_filters=[(key, display.promise_status(key, lang), n) for key in display.PROMISE_ORDER
                         if (n := Counter(row["status"] for row in promises)[key])],
        expressions=expression_lists(comparison, words, lang, convert),
        # -- every table whole, cells changed marked, under the lines that list its changes --
        tables=[(table.ids, table.lines(lang) if table.changed else [], table_caption(table), table_grid(table))
                for table in comparison.tables],
        table_places=table_places(comparison),
        runs=runs_html,
        known_anchors={card.new_id for part in body for group in part.groups for card in group.cards
                       if card.new_id},
    )


__all__ = ["render_html"]
