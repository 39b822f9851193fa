"""The comparison pipeline in one place: load → normalise → parse → align → diff/classify.

``compare`` reads like the stages it runs; it does no output I/O. Renderers take the
:class:`~reportdiff.models.Comparison` it returns.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from ._gc import fewer_collections
from .align import (POSITIONAL_GAP, Apart, Scorer, align_measures, align_parts, pair_lone_leftovers, pair_mutual,
                    pair_part_leads)
from .bodies import core, named_body, same_body
from .classify import classify, part_matches, years_between
from .condensed_sections import merge_condensed
from .placed_leftovers import linked_containers, pair_in_gaps, pair_in_successors
from .group_similarity import with_group_similarity
from .diff import redline
from .kinds import series_name
from .sentence_moves import find_sentence_moves
from .level_shifts import align_shifted, find_shifts, fold_parts, mark_levels, unmoved, yield_to_parts
from .loaders import RawDocument, load
from .models import Comparison, Report, Role
from .normalize import key as norm_key
from .parse import parse, parse_text
from .report_warnings import ReportWarning
from .section_align import (PART_MATCH_THRESHOLD, align_sections, align_within_sections, pair_parts_by_sections,
                            pair_policy_titles, pair_review_shortcomings, pair_section_leads)
from .segment import preload
from .shortcoming_subjects import pair_shortcoming_subjects
from .term_review import term_review

if TYPE_CHECKING:
    from .plans import PlansAnalysis

# -- figures, promises, targets and expressions are imported when they are asked for: a Word
#    redline without its cover page needs none of them (a fifth of a short run's start-up) --

Source = str | Path | Report | RawDocument

#: Below this share of matched measures (of the smaller report) two reports are taken as
#: unrelated: report-wide figure pairing and promise tracking would only find coincidences…
RELATED_SHARE = 0.2
#: …unless they are of one kind and share this much vocabulary: a 政府工作报告 rewrites every
#: paragraph from year to year, so few measures match although the reports are one series.
RELATED_VOCABULARY = 0.75


def load_report(source: Source, *, name: str | None = None, kind: str | None = None) -> Report:
    """Return the parsed report behind ``source``.

    ``source`` may be a parsed Report, a RawDocument, a Path, ``"-"`` for standard
    input, or a string: a string holding a line break is report text, any other
    string is a path. ``kind`` overrides the detected report kind (not of a Report).
    """
    if isinstance(source, Report):
        return source
    if isinstance(source, RawDocument):
        return parse(source, kind=kind)
    if isinstance(source, str) and "\n" in source:
        return parse_text(source, name or "<text>", kind=kind)
    return parse(load(source), kind=kind)


#: The stages ``compare`` reports to its ``progress`` callback, in order.
STAGES = ("read OLD", "read NEW", "align", "redline", "figures", "promises", "expressions")


def compare(old: Source, new: Source, *, figures: bool = True, promises: bool = True,
            kind: str | None = None, expressions: bool = True,
            progress: Callable[[str], None] | None = None) -> Comparison:
    """Return the year-over-year comparison of two reports (paths, text or Reports).

    ``figures``, ``promises`` and ``expressions`` switch off the analyses that go beyond the
    measures themselves (figure pairing with growth-claim checks and the main targets table,
    last year's plans against this year's results, new and dropped formulations); their
    fields are then empty. ``kind`` overrides the report kind detected for both reports.
    ``progress`` is called with the name of each stage in ``STAGES`` as it ends (the CLI
    draws a progress bar from it).
    """
    with fewer_collections():
        return _compare(old, new, figures=figures, promises=promises, kind=kind, expressions=expressions,
                        progress=progress)


def _compare(old: Source, new: Source, *, figures: bool, promises: bool, kind: str | None, expressions: bool,
             progress: Callable[[str], None] | None) -> Comparison:
    done = progress or (lambda stage: None)
    old_report = load_report(old, name="<old>", kind=kind)
    done(STAGES[0])
    new_report = load_report(new, name="<new>", kind=kind)
    done(STAGES[1])
    # -- every later key is a paragraph or a piece of one: their dictionary words in one pass --
    preload([norm_key(block.text) for report in (old_report, new_report) for block in report.blocks])
    old_measures, new_measures = old_report.measures, new_report.measures
    scorer = Scorer([m.key for m in old_measures + new_measures])
    # -- an end-of-term review's five years pair only with five years: last year's review
    #    succeeds the new one-year review --
    old_term, new_term = term_review(old_report), term_review(new_report)
    apart = Apart(old_term.measures, new_term.measures)
    alignment = align_measures(old_measures, new_measures, scorer, apart)
    section_pairs = align_sections(_sections_with_roles(old_report), _sections_with_roles(new_report),
                                   alignment.pairs, scorer, Apart(old_term.sections, new_term.sections))
    related = len(alignment.pairs) >= RELATED_SHARE * min(len(old_measures), len(new_measures)) or (
        old_report.kind == new_report.kind and (one_series(old_report, new_report) or scorer.vocabulary_similarity(
            [m.key for m in old_measures], [m.key for m in new_measures]) >= RELATED_VOCABULARY))
    part_pairs = pair_parts_by_sections(align_parts(old_report.parts, new_report.parts, scorer), section_pairs)
    # -- a part written as a section a level down, paired by its measures with a section of its own --
    section_pairs = yield_to_parts(part_pairs, section_pairs)
    if related:
        # -- two years of one series: inside succeeding sections, rewritten paragraphs pair too;
        #    so do those of succeeding parts that have no sections (a township's one-page report:
        #    一、主要工作 then its paragraphs, every one rewritten) --
        sectionless = [(old_part, new_part, 0.0) for old_part, new_part in part_pairs
                       if old_part is not None and new_part is not None and _short_part(old_part) and _short_part(new_part)]
        # -- each part's lead (导语) succeeds the paired part's, however rewritten --
        alignment = pair_part_leads(alignment, part_pairs, scorer)
        alignment = align_within_sections(alignment, section_pairs, scorer, apart=apart)
        alignment = pair_section_leads(alignment, section_pairs, scorer, apart)
        alignment = align_within_sections(alignment, sectionless, scorer, PART_MATCH_THRESHOLD, sole=False,
                                          apart=apart)
        alignment = pair_policy_titles(alignment, scorer, apart)
        alignment = pair_review_shortcomings(alignment, _review_parts(old_report), _review_parts(new_report), scorer)
        containers = [
            *((old_section.measures, new_section.measures) for old_section, new_section, _ in section_pairs
              if old_section is not None and new_section is not None),
            *((old_part.measures, new_part.measures) for old_part, new_part in part_pairs
              if old_part is not None and new_part is not None)]
        # -- leftovers of a paired part or section that are each other's clear best there, before
        #    the report-wide pass hands one to a paragraph elsewhere a little nearer --
        alignment = pair_in_successors(alignment, [
            *containers, *linked_containers(alignment.pairs, containers, old_measures, new_measures)], scorer, apart)
        alignment = pair_mutual(alignment, scorer, apart)
        # -- a leftover alone on its side of a gap between aligned neighbours, and its clear best
        #    on the other side (a review's summary line, every figure changed, lines added beside) --
        alignment = pair_in_gaps(alignment, old_measures, new_measures, scorer, apart)
        # -- what is left alone in a paired part or section, one on each side: the one paragraph
        #    there rewritten (政府自身建设's only paragraph) --
        alignment = pair_lone_leftovers(alignment, containers, scorer, apart)
        # -- a shortcoming reworded: the leftovers of the two lists that name one subject (基层执法
        #    队伍专业化水平有待提升 → 基层执法人员业务能力参差不齐) --
        alignment = pair_shortcoming_subjects(alignment, scorer, old_measures, new_measures, apart)
        # -- a section written as its heading's one paragraph the other year: the paragraphs it
        #    condenses (or is written out into) are merged into it (split from it) --
        alignment = merge_condensed(alignment, section_pairs, scorer, apart)
    # -- what is still unpaired may have changed level (part 二 now a section of part 一) --
    shifts = find_shifts(old_report, new_report, part_pairs, section_pairs, alignment)
    alignment = align_shifted(alignment, shifts, scorer, apart)
    # -- a part folded into another (存在的不足 into the review's last paragraph): its content found --
    alignment, shifts = fold_parts(old_report, new_report, part_pairs, shifts, alignment, scorer)
    done(STAGES[2])
    matches, sections = classify(old_report, new_report, alignment, section_pairs, unmoved(shifts, new_report))
    # -- a sentence gone from one paragraph into another, separate one: said on both --
    matches = find_sentence_moves(matches)
    # -- a merge's or split's figure as a group, for the comment on the group --
    matches = with_group_similarity(matches, scorer)
    parts = part_matches(part_pairs,
                         lambda role: years_between(old_report, new_report, role))
    parts, sections = mark_levels(parts, sections, shifts,
                                  lambda old, new: redline(old, new, years_between(old_report, new_report, None)))
    preamble = redline(old_report.preamble, new_report.preamble, years_between(old_report, new_report, None)) \
        if old_report.preamble or new_report.preamble else ()
    done(STAGES[3])
    pairs = [(m.old, m.new) for m in matches if m.old and m.new]
    warnings = pair_warnings(old_report, new_report) + (() if related else (
        ReportWarning.of("unrelated", old=old_report.source, new=new_report.source, matched=len(pairs)),))
    # -- NEW does not review the year OLD planned for (a report between them missing, the two
    #    swapped, two reports of one year): no promise or plan figure is judged --
    plans_not_due = not reviews_plans_of(old_report, new_report)
    figure_changes, targets = (), ()
    if figures:
        from .figures import compare_figures, measure_sides
        from .figures_years import measure_periods
        from .targets import compare_targets, find_targets

        figure_changes = compare_figures(old_measures, new_measures, pairs, report_wide=related,
                                         old_sides=measure_sides(old_report), new_sides=measure_sides(new_report),
                                         review_years=(old_report.review_year, new_report.review_year),
                                         old_periods=measure_periods(old_report), new_periods=measure_periods(new_report))
        if plans_not_due:
            # -- last year's plan figures are for a year this review does not cover --
            figure_changes = tuple(f for f in figure_changes if f.kind != "plan_result")
        if not _successive_reviews(old_report, new_report):
            # -- two reports of one year (a text and its saved page), or a year missing between
            #    them: NEW's 同比 is against a year OLD does not give, so no stated growth is checked --
            figure_changes = tuple(replace(f, claim_check=None, implied=None) if f.claim_check else f
                                   for f in figure_changes)
        targets = compare_targets(find_targets(old_report), find_targets(new_report))
        if not plans_not_due:
            from .target_tables import find_target_table, with_results

            # -- last year's result of each target, where this year's review states it --
            review = [m for m in new_measures if m.role is Role.RESULTS and m.id not in new_term.measures]
            targets = with_results(targets, [f for f in figure_changes if f.kind == "plan_result"],
                                   find_target_table(new_report), review)
    done(STAGES[4])
    kept_promises = ()
    if promises and related and not plans_not_due:
        from .promises import track_promises

        # -- a plan figure met by this year's result (1100万人以上 → 1206万人) is a promise kept --
        kept_promises = track_promises(old_report, new_report, [f for f in figure_changes if f.kind == "plan_result"])
    done(STAGES[5])
    found_expressions = None
    if expressions:
        from .expressions import compare_expressions

        found_expressions = compare_expressions(old_report, new_report)
    table_changes = ()
    if old_report.tables or new_report.tables:
        from .tables import compare_tables  # -- most reports hold no table --

        table_changes = compare_tables(old_report.tables, new_report.tables)
    done(STAGES[6])
    return Comparison(
        old_report, new_report, matches, sections, parts=parts, preamble=preamble,
        figures=figure_changes, promises=kept_promises, warnings=warnings, targets=targets,
        expressions=found_expressions, tables=table_changes,
    )


def pair_warnings(old: Report, new: Report) -> tuple[ReportWarning, ...]:
    """Say when OLD and NEW cannot be last year's and this year's report; the comparison still runs.

    Swapped or repeated years turn every finding around (additions read as deletions,
    last year's plans checked against the year before); identical texts make every
    growth claim "wrong" and every promise "not reported".
    """
    found: list[ReportWarning] = []
    sources = {"old": old.source, "new": new.source}
    unchecked = not reviews_plans_of(old, new)
    if old.year is not None and new.year is not None:
        if new.year < old.year:
            found.append(ReportWarning.of("swapped_years", **sources, old_year=old.year, new_year=new.year,
                                          plans_unchecked=unchecked))
        elif new.year == old.year:
            found.append(ReportWarning.of("same_year", **sources, year=old.year, plans_unchecked=unchecked))
    old_body, new_body = named_body(old), named_body(new)
    if not same_body(old_body, new_body):
        # -- named by place and office, as folders name them (not 云溪区工作安排 from a title's words) --
        found.append(ReportWarning.of("two_bodies", **sources, old_body=core(old_body), new_body=core(new_body)))
    if _years_between_missing(old, new):
        found.append(ReportWarning.of("years_missing", **sources, plan_year=old.plan_year,
                                      review_year=new.review_year))
    # -- only when each report names its kind: a 工作总结 naming none may be any report --
    if old.kind != new.kind and series_name(old) and series_name(new):
        found.append(ReportWarning.of("different_kinds", **sources, old_kind=old.kind, new_kind=new.kind))
    if _text_key(old) == _text_key(new):
        found.append(ReportWarning.of("same_text", **sources))
    return tuple(found)


def _short_part(part) -> bool:
    """A part of a few paragraphs and no sections: its paragraphs are as few as a section's, so
    its rewritten ones pair as a section's do (a long part's leftovers are left to the fuzzy pass)."""
    return not part.sections and len(part.measures) <= POSITIONAL_GAP


def one_series(old: Report, new: Report) -> bool:
    """Whether OLD and NEW are known to be two years of one body's report: both name the same body
    and NEW reviews the year OLD planned. A township's one-page report rewrites its few paragraphs
    every year, so neither shared measures nor shared words show it; its name and years do."""
    old_body, new_body = named_body(old), named_body(new)
    return (bool(old_body) and bool(new_body) and same_body(old_body, new_body) and old.plan_year is not None
            and new.review_year == old.plan_year)


def _years_between_missing(old: Report, new: Report) -> bool:
    """Whether a year lies between the one OLD plans and the one NEW reviews (2024 → 2026): OLD's
    plans were due before the year NEW looks back on, in a report not given."""
    return old.plan_year is not None and new.review_year is not None and new.review_year > old.plan_year


def _successive_reviews(old: Report, new: Report) -> bool:
    """Whether NEW reviews the year after the one OLD reviews (or either is unknown): only then is
    a stated change of NEW's (同比增长3.1%) checked against OLD's figure."""
    if old.review_year is None or new.review_year is None:
        return True
    return not (new.review_year == old.review_year or new.review_year > old.review_year + 1)


def reviews_plans_of(old: Report, new: Report) -> bool:
    """Whether NEW's review covers the year OLD planned for (or either year is unknown): only then
    are OLD's plans judged against NEW's results."""
    return old.plan_year is None or new.review_year is None or new.review_year == old.plan_year


def _text_key(report: Report) -> str:
    return "".join(norm_key(block.text) for block in report.blocks)


def plans(report: Source, *, kind: str | None = None) -> PlansAnalysis:
    """Return one report's plans against its own results and shortcomings."""
    from .plans import analyse_plans

    return analyse_plans(load_report(report, kind=kind))


def _review_parts(report: Report) -> set[str]:
    return {part.id for part in report.parts if part.role is Role.RESULTS}


def _sections_with_roles(report: Report):
    return [(section, part.role) for part in report.parts for section in part.sections]


__all__ = ["STAGES", "compare", "load_report", "pair_warnings", "plans", "reviews_plans_of"]
