"""HTML redline: one self-contained, offline, printable page rendered from templates/report.html.j2."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


from ..models import (
    Comparison, Match, Measure, MeasureKind, Op, Part, PartMatch, Redline, Report, Section, SectionMatch,
    Status,
)
from ..figures import amount_text
from ._templates import environment
from ._common import STATUS_ORDER, similarity_text
from ..labels import labels

TEMPLATE = "report.html.j2"

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


@dataclass(frozen=True, slots=True)
class Card:
    """One measure card (one Match)."""

    anchor: str
    status: str
    status_label: str
    new_id: str | None
    old_id: str | None
    shown_id: str
    """The id the card is known by: the new id, or the old id of a dropped measure."""
    similarity: str | None
    relation: str | None
    title: str
    evidence: str | None
    """Hover text naming the shared terms."""
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
    """``same``, ``reworded``, ``new``, ``dropped`` or ``none`` (no heading)."""
    old_id: str | None = None
    heading_runs: tuple[Run, ...] = ()
    cards: list[Card] = field(default_factory=list)


@dataclass(slots=True)
class PartView:
    id: str
    anchor: str
    marker: str
    title: str
    dropped: bool = False
    title_runs: tuple[Run, ...] = ()
    groups: list[Group] = field(default_factory=list)


def _label_table(lang: str) -> dict[str, str]:
    return labels(lang)  # -- raises ValueError for an unknown language --


def _side_runs(redlines: tuple[Redline, ...], side: str) -> list[Run]:
    """Return the runs one view shows: ``inline`` (both), ``old`` or ``new``."""
    runs: list[Run] = []
    for run in redlines:
        if run.op is Op.EQUAL:
            text = run.old_text if side == "old" and run.old_text is not None else run.text
            runs.append(Run("equal", text))
        elif run.op is Op.DELETE and side != "new":
            runs.append(Run("delete", run.text))
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
            marked.append(Run(run.op, run.text, True))
            continue
        marked.append(Run(run.op, run.text[: stop + 1], True))
        if stop + 1 < len(run.text):
            marked.append(Run(run.op, run.text[stop + 1 :]))
        in_lead = False
    return tuple(marked)


def _has_lead(measure: Measure | None) -> bool:
    if measure is None or measure.kind is MeasureKind.PARAGRAPH:
        return False
    return 0 < len(measure.title) <= _LEAD_MAX and len(measure.title) < len(measure.text)


def _views(redlines: tuple[Redline, ...], old: Measure | None, new: Measure | None) -> tuple[
        tuple[Run, ...], tuple[Run, ...], tuple[Run, ...]]:
    lead_new, lead_old = _has_lead(new), _has_lead(old)
    inline = _with_lead(_side_runs(redlines, "inline"), lead_new if new else lead_old,
                        ("equal", "insert") if new else ("delete",))
    old_runs = _with_lead(_side_runs(redlines, "old"), lead_old, ("equal", "delete")) if old else ()
    new_runs = _with_lead(_side_runs(redlines, "new"), lead_new, ("equal", "insert")) if new else ()
    return inline, old_runs, new_runs


def _plain_runs(redlines: tuple[Redline, ...]) -> tuple[Run, ...]:
    return tuple(_side_runs(redlines, "inline"))


def _changed(redlines: tuple[Redline, ...]) -> bool:
    return any(run.op is not Op.EQUAL for run in redlines)


def _card(match: Match, words: dict[str, str], anchor: str) -> Card:
    old, new = match.old, match.new
    shown = new or old
    assert shown is not None
    inline, old_runs, new_runs = _views(match.redlines, old, new)
    moved_from = None
    if match.status is Status.MOVED and old is not None:
        where = old.section_id or old.part_id
        moved_from = f"{where} {old.section_title}".strip()
    evidence = f"{words['shared_terms']}: {'、'.join(match.shared_terms)}" if match.shared_terms else None
    paired = old is not None and new is not None
    return Card(
        anchor=anchor,
        status=match.status.value,
        status_label=words[match.status.value],
        new_id=new.id if new else None,
        old_id=old.id if old else None,
        shown_id=shown.id,
        # -- a changed text never shows 100%: see _common.similarity_text --
        similarity=f"{float(similarity_text(match)):.0%}" if paired else None,
        relation=words.get(match.relation, match.relation) if match.relation else None,
        title=shown.title,
        evidence=evidence,
        moved_from=moved_from,
        new_marker=new.marker if new else "",
        old_marker=old.marker if old else "",
        inline=inline,
        old_runs=old_runs,
        new_runs=new_runs,
    )


def _part_view(part: Part, match: PartMatch | None) -> PartView:
    view = PartView(id=part.id, anchor=f"p-{part.id}", marker=part.marker, title=part.title)
    if match is not None and match.old is not None and match.old.key != part.key:
        view.title_runs = _plain_runs(match.redlines)
    return view


def _build_body(comparison: Comparison, words: dict[str, str]) -> list[PartView]:
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
        view = _part_view(part, part_match_of_new.get(part.id))
        loose = 0
        for node in sorted([*part.sections, *part.measures], key=lambda n: n.line):
            if isinstance(node, Section):
                group = _section_group(node, part.id, section_of_new.get(node.id))
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

    _place_dropped_sections(comparison, part_map, group_of_section, part_view_of, parts)

    seen: dict[str, int] = {}

    def anchors(base: str) -> str:
        # -- unique and deterministic: a merged measure has one card per old measure --
        seen[base] = seen.get(base, 0) + 1
        return base if seen[base] == 1 else f"{base}~{seen[base]}"

    previous: Group | None = None
    pending: list[Card] = []  # -- dropped cards before any placed card --
    for match in comparison.matches:
        if match.new is not None:
            card = _card(match, words, anchors(f"m-{match.new.id}"))
            group = group_of_measure.get(match.new.id) or previous
        else:
            assert match.old is not None
            card = _card(match, words, anchors(f"old-{match.old.id}"))
            group = _dropped_group(match.old, previous, part_map, new_of_old_section, group_of_section,
                                   part_view_of)
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
                   part_view_of: dict[str, PartView]) -> Group | None:
    """Return where a dropped measure is shown: its old section's new (or struck) place, else nearby."""
    if old.section_id is not None:
        group = group_of_section.get(new_of_old_section.get(old.section_id, "")) \
            or group_of_section.get(f"old:{old.section_id}")
        if group is not None:
            return group
    # -- a part-level measure: stay next to the previous card unless that is in another part --
    part = part_view_of.get(part_map.get(old.part_id, ""))
    if previous is not None and (part is None or previous.part_id == part.id):
        return previous
    if part is not None and part.groups:
        return next((g for g in part.groups if g.state == "none"), part.groups[0])
    return previous


def _section_group(section: Section, part_id: str, match: SectionMatch | None) -> Group:
    group = Group(anchor=f"s-{section.id}", part_id=part_id, marker=section.marker, title=section.title)
    if match is None or match.old is None:
        group.state = "new"
        return group
    group.old_id = match.old.id if match.old.id != section.id else None
    if _changed(match.redlines):
        group.state = "reworded"
        group.heading_runs = _plain_runs(match.redlines)
    return group


def _place_dropped_sections(comparison: Comparison, part_map: dict[str, str],
                            group_of_section: dict[str, Group], part_view_of: dict[str, PartView],
                            parts: list[PartView]) -> None:
    """Insert each section found only in the old report after its old predecessor's new place."""
    dropped_ids = {m.old.id for m in comparison.sections if m.old is not None and m.new is None}
    new_of_old = {m.old.id: m.new.id for m in comparison.sections if m.old and m.new}
    for old_part in comparison.old.parts:
        target = part_view_of.get(part_map.get(old_part.id, ""))
        after: Group | None = None
        for section in old_part.sections:
            if section.id in new_of_old:
                after = group_of_section.get(new_of_old[section.id], after)
                continue
            if section.id not in dropped_ids:
                continue
            if target is None:  # -- the whole part is gone: show it, struck, at the end --
                target = PartView(id=f"old:{old_part.id}", anchor=f"old-p-{old_part.id}", marker=old_part.marker,
                                  title=old_part.title, dropped=True)
                parts.append(target)
            group = Group(anchor=f"old-s-{section.id}", part_id=target.id, marker=section.marker,
                          title=section.title, state="dropped", old_id=section.id)
            group_of_section[f"old:{section.id}"] = group
            index = target.groups.index(after) + 1 if after in target.groups else 0
            target.groups.insert(index, group)
            after = group


def _report_info(report: Report) -> dict[str, Any]:
    # -- an untitled report is named by its file name; the full path is shown small below --
    name = report.title or report.source.replace("\\", "/").rsplit("/", 1)[-1]
    return {"label": name, "title": report.title, "source": report.source, "year": report.year}


def _preamble(comparison: Comparison) -> dict[str, Any] | None:
    old, new = comparison.old.preamble, comparison.new.preamble
    if not old and not new:
        return None
    runs = comparison.preamble
    return {"inline": _plain_runs(runs), "changed": _changed(runs),
            # -- side-by-side shows each side's own original, whatever the redline normalised --
            "old": tuple(_side_runs(runs, "old")) if old else (),
            "new": tuple(_side_runs(runs, "new")) if new else ()}


def _text(value: Any) -> str:
    """Return a JSON value as one readable line (records from other stages are free-form)."""
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.4f}".rstrip("0")
    if isinstance(value, dict):
        if "raw" in value:
            return _text(value["raw"])
        if "text" in value and "id" in value:
            return f"{value['id']} {value['text']}"
        return "；".join(f"{key}: {_text(item)}" for key, item in value.items() if item not in (None, "", []))
    if isinstance(value, (list, tuple)):
        return "、".join(_text(item) for item in value)
    return str(value)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _figure(record: dict[str, Any], words: dict[str, str], lang: str) -> dict[str, Any]:
    """Return one figure row; fields other stages leave out render as blanks."""
    relative = record.get("relative_change")
    old, new = record.get("old"), record.get("new")
    check = record.get("claim_check")
    implied = record.get("implied")
    unit = _text(record.get("unit"))
    change = record.get("change")
    return {
        "label": _text(record.get("label")),
        "kind_label": words["plan_result"] if record.get("kind") == "plan_result" else "",
        "unit": unit,
        "old": _text(old),
        "new": _text(new),
        "measure": _text(new.get("measure")) if isinstance(new, dict) else "",
        # -- in the report's own units (+72万元); two percentages differ in points --
        "change": amount_text(change, unit, signed=True, lang=lang) if _is_number(change) else _text(change),
        "relative": f"{relative:+.1%}" if isinstance(relative, (int, float)) else _text(relative),
        "claim": _text(record.get("claim")),
        "check": _text(check),
        "check_label": words.get(str(check), _text(check)),
        "implied": f"{implied:+.1f}" if isinstance(implied, (int, float)) else _text(implied),
    }


def _target(row: Any, lang: str) -> dict[str, str]:
    """Return one row of the targets table (a targets.TargetChange)."""
    return {
        "indicator": row.indicator,
        "old": row.old.text if row.old else "",
        "new": row.new.text if row.new else "",
        "change": row.change_text(lang),
        "state": "new" if row.old is None else "dropped" if row.new is None else "modified" if row.reworded else "continued",
    }


def _promise(promise: Any, words: dict[str, str]) -> dict[str, Any]:
    """Return what the template shows of one of last year's plans (a plans.Promise)."""
    return {
        "status": promise.status,
        "status_label": words.get(promise.status, promise.status),
        "plan_id": promise.plan.id,
        "plan_text": promise.plan.text,
        "links": [item.measure.id for item in promise.evidence],
        # -- the sentence that shows the plan delivered, with the terms it was matched on --
        "extra": [(f"{item.measure.id}", f"{item.sentence}（{words['shared_terms']}：{'、'.join(item.shared_terms)}）")
                  for item in promise.evidence],
    }


#: How many new and dropped expressions the page shows at once; the rest fold away.
HTML_EXPRESSIONS = 40


def _expressions(comparison: Comparison, words: dict[str, str]) -> list[dict]:
    """Return the new and the dropped expressions as the template shows them."""
    found = comparison.expressions
    if found is None:
        return []
    lists = []
    for key, side, items in (("expressions_new", "new", found.new), ("expressions_dropped", "old", found.dropped)):
        if not items:
            continue
        rows = [{"text": item.text, "count": item.count_new if side == "new" else item.count_old,
                 "where": list(item.where)} for item in items]
        lists.append({"key": key, "side": side, "label": words[key], "total": len(rows),
                      "shown": rows[:HTML_EXPRESSIONS], "folded": rows[HTML_EXPRESSIONS:],
                      "more": words["more"].format(n=len(rows) - HTML_EXPRESSIONS)})
    return lists


def render_html(comparison: Comparison, *, lang: str = "zh") -> str:
    """Return the comparison as one self-contained HTML page (inline CSS and JS, no links out).

    ``lang`` picks the interface language (``zh`` or ``en``); report text is always shown as
    written. The same comparison always renders the same bytes.
    """
    words = _label_table(lang)
    body = _build_body(comparison, words)
    summary = comparison.summary
    statuses = [{"key": s.value, "label": words[s.value], "count": summary[s.value]} for s in STATUS_ORDER]
    relations = [{"key": key, "label": words[key], "count": summary[key]}
                 for key in ("split", "merged") if summary.get(key)]
    preamble = _preamble(comparison)
    template = environment().get_template(TEMPLATE)
    return template.render(
        lang=lang,
        html_lang="zh-Hans" if lang == "zh" else lang,
        t=words,
        old=_report_info(comparison.old),
        new=_report_info(comparison.new),
        statuses=statuses,
        relations=relations,
        total=len(comparison.matches),
        parts=body,
        preamble=preamble,
        targets=[_target(item, lang) for item in comparison.targets],
        figures=[_figure(item.to_json(), words, lang) for item in comparison.figures],
        promises=[_promise(item, words) for item in comparison.promises],
        expressions=_expressions(comparison, words),
        tables=[line for table in comparison.tables if table.changed for line in table.lines(lang)],
        known_anchors={card.new_id for part in body for group in part.groups for card in group.cards
                       if card.new_id},
    )


__all__ = ["render_html"]
