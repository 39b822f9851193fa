"""The HTML page's body: a card per measure, laid out in the new report's parts and sections,
and dropped parts, sections and measures struck at their old places."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..models import Comparison, Match, Measure, Part, PartMatch, Report, Section, SectionMatch, Status
from .. import display
from .html_rows import Convert, place
from .html_runs import Run, changed, plain_runs, views

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
    sentence_moves: tuple[tuple[str, str | None], ...]
    """Each sentence moved to or from another measure: the line saying so, the other card's anchor."""
    new_marker: str
    old_marker: str
    inline: tuple[Run, ...]
    old_runs: tuple[Run, ...]
    new_runs: tuple[Run, ...]

    @property
    def walked(self) -> bool:
        """A change a reviewer walks through (change list, n/p): not a continued measure, and not a
        part's lead (导语), which frames the work and is counted under no status."""
        return self.status not in ("continued", "lead")


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
    section_id: str = ""
    """The section's id in the report it is shown from (the old one's for a dropped section)."""
    heading_in_card: bool = False
    """The section is one paragraph, its heading that paragraph's lead: its card shows the heading
    (new, reworded or struck with the rest), so no heading is set over it."""
    old_section_id: str = ""
    """The old report's section this one succeeds, if any."""


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


#: How many characters of a measure the change list shows.
_FIRST_WORDS = 24


def _card(match: Match, words: dict[str, str], anchor: str, lang: str, convert: Convert,
          keyed: Convert = None) -> Card:
    old, new = match.old, match.new
    shown = new or old
    assert shown is not None
    inline, old_runs, new_runs = views(match.redlines, old, new, convert)
    moved_from = None
    if match.status is Status.MOVED and old is not None:
        where = place(old.section_id or old.part_id, lang)
        title = convert(old.section_title) if convert else old.section_title
        moved_from = f"{where} {title}".strip()
    terms = map(keyed or str, match.shared_terms)
    evidence = f"{words['shared_terms']}{words['colon']}{'、'.join(terms)}" if match.shared_terms else None
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
        # -- a piece of a split or merge shows its group's figure (a section's framing paragraph
        #    against the condensed paragraph alone is 2%, which says nothing of the group) --
        similarity=display.percent(match.similarity if match.group_similarity is None else match.group_similarity,
                                   changed=match.status is not Status.CONTINUED)
        if paired else None,
        relation=words.get(match.relation, match.relation) if match.relation else None,
        title=title,
        evidence=evidence,
        year_note=match.relative_years,
        moved_from=moved_from,
        sentence_moves=tuple((line, f"m-{move.other_new}" if move.other_new else None) for line, move
                             in zip(display.sentence_move_lines(match, lang, convert), match.sentences_moved)),
        new_marker=new.marker if new else "",
        old_marker=old.marker if old else "",
        inline=inline,
        old_runs=old_runs,
        new_runs=new_runs,
    )


def _part_view(part: Part, match: PartMatch | None, convert: Convert, lang: str = "zh",
               folded: tuple[PartMatch, ...] = ()) -> PartView:
    view = PartView(id=part.id, anchor=f"p-{part.id}", marker=part.marker, title=part.title)
    if match is not None and match.level is not None:
        view.level = display.level_note(match, lang, beside=True)
    elif folded:
        # -- an old part folded into this one (原第二部分并入第一部分): said where its content now stands --
        view.level = "；".join(display.level_note(m, lang) for m in folded)
    # -- a title equal once the reports' own years are set aside (2024年…成效 → 2025年…成效) is no
    #    rewrite: its redline is all equal runs, and the text output lists no change either --
    if match is not None and match.old is not None and match.old.key != part.key and changed(match.redlines):
        view.title_runs = plain_runs(match.redlines, convert)
    return view


def build_body(comparison: Comparison, words: dict[str, str], lang: str, convert: Convert,
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
    folded: dict[str, tuple[PartMatch, ...]] = {}
    for m in comparison.parts:
        if m.level == "part→part" and m.old is not None:
            folded[m.counterpart] = (*folded.get(m.counterpart, ()), m)
    for part in new.parts:
        view = _part_view(part, part_match_of_new.get(part.id), convert, lang, folded.get(part.id, ()))
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
    for view in parts:
        for group in view.groups:
            group.heading_in_card = _heading_in_card(group)
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


def _heading_in_card(group: Group) -> bool:
    """Whether the group's only card is its section itself (（一）奋斗目标。今后五年…): a move or a
    change of level, which its card does not say, keeps the heading."""
    if group.state == "none" or group.moved or group.level or len(group.cards) != 1:
        return False
    card = group.cards[0]
    own = card.old_id if group.state == "dropped" else card.new_id
    if group.old_section_id and card.old_id != group.old_section_id:
        return False  # -- the old section's heading stood on a line of its own: its card lacks it --
    return bool(group.section_id) and own == group.section_id


def _section_group(section: Section, part_id: str, match: SectionMatch | None, lang: str,
                   convert: Convert) -> Group:
    group = Group(anchor=f"s-{section.id}", part_id=part_id, marker=section.marker, title=section.title,
                  section_id=section.id)
    if match is None or match.old is None:
        group.state = "new"
        if match is not None and match.level is not None:
            # -- not new: the old report writes it a level up or down (level_shifts), a move --
            group.state = "shifted"
            group.level = display.level_note(match, lang, beside=True)
        return group
    group.old_id = place(match.old.id, lang) if match.old.id != section.id else None
    group.old_section_id = match.old.id
    group.moved = match.moved
    if changed(match.redlines):
        group.state = "reworded"
        group.heading_runs = plain_runs(match.redlines, convert)
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
                          state="shifted" if level else "dropped", old_id=section.id, level=level,
                          section_id=section.id)
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


__all__ = ["Card", "Group", "PartView", "build_body"]
