"""What a reader sees: every label, percentage, figure change and report name, formatted once.

Every renderer (HTML, DOCX, Markdown, terminal, plans pages) calls these functions, so a
value reads the same in every format: ``一、（一）第2项（原第3项）``, ``相似度 57%``,
``+5.64万件``, ``+0.31个百分点``, ``不符（按数据 +29.3%）``. Machine ids (``一/(一)/2``)
stay in JSON and in tooltips. The script of the old text is chosen here too: shown in the
new report's script (:func:`script_converter`), so that 萬 against 万 never reads as a change.
"""

from __future__ import annotations

import operator
import re
from functools import lru_cache
from collections.abc import Sequence
from typing import TYPE_CHECKING, Callable

import opencc

from . import lazy_re
from .labels import labels
from .normalize import arabic_years, yearless_key

if TYPE_CHECKING:
    from .figure_record import FigureChange
    from .figures_extract import Figure
    from .models import Match, Measure, Report

# ---------------------------------------------------------------------------- places (labels)

# -- one step of a machine id: 一 (part), (一) (section), 3 / (3) (item), 二是 (point),
#    ¶2 (paragraph), 第3部分 (an unnumbered part), 第一部分/一 (a part over 一、 sections, then
#    (一) is an item), each maybe with a ~2 duplicate suffix --
_DUP = lazy_re.compile(r"~(\d+)$")
_NUMERALS = "一二三四五六七八九十"


def _step(step: str, index: int, parent_is_part: bool, lang: str, parent_is_item: bool = False,
          lead: bool | None = None) -> str:
    dup = _DUP.search(step)
    step = _DUP.sub("", step)
    zh = lang == "zh"
    if index == 0:
        text = step if step.startswith("第") else f"{step}、" if zh else f"{step}."
    elif step.startswith("(") and (not step[1:-1].isdigit() or parent_is_item):
        # -- （一） a section; （1） under a 1. item its sub-item: 第2项（1） --
        text = f"（{step[1:-1]}）" if zh else f" ({step[1:-1]})"
    elif step.isdigit() or (step.startswith("(") and step[1:-1].isdigit()):
        number = step.strip("()")
        text = f"第{number}项" if zh else f" item {number}"
    elif step.strip(_NUMERALS) == "":
        # -- 一、 a section under a 第一部分 part --
        text = f"{step}、" if zh else f" {step}."
    elif step.startswith("¶"):
        number = step[1:]
        if number == "1" and parent_is_part and lead is not False:
            # -- a part's opening paragraph leads into it; one known to lead nothing (the only
            #    paragraph of a leadership part, the first of paragraphs only) is its 第1段 --
            text = "导语" if zh else " lead"
        else:
            text = f"第{number}段" if zh else f" para. {number}"
    else:
        text = step if zh else f" {step}"  # -- 二是 is what the report itself says --
    if dup:
        text += f"（{dup.group(1)}）" if zh else f" ({dup.group(1)})"
    return text


def place(identifier: str, lang: str = "zh", lead: bool | None = None) -> str:
    """Return the human label of a machine id: ``一/(一)/2`` → ``一、（一）第2项``.

    A plan sentence id (``四/(二)#1``) gets its sentence: ``四、（二）第1句``; a sentence of
    the preamble (``#1`` alone) is ``导语第1句``; one task of a sentence that lists several
    (``三/(四)#3.2``) is ``三、（四）第3句（第2项任务）``. A part's first paragraph (``三/¶1``)
    is its lead, ``三、导语``, unless ``lead`` is False (the measure is known to lead nothing:
    ``三、第1段``).
    """
    if not identifier:
        return ""
    block, _, sentence = identifier.partition("#")
    if block.startswith("表") and sentence.isdigit():
        return f"{block}第{sentence}行" if lang == "zh" else f"table {block[1:]}, row {sentence}"  # -- a table's row --
    steps = [step for step in block.split("/") if step]
    pieces = [_step(step, index, index == 1, lang, index > 0 and _DUP.sub("", steps[index - 1]).isdigit(), lead)
              for index, step in enumerate(steps)]
    text = "".join(pieces) if lang == "zh" else "".join(pieces).strip()
    if not steps:
        text = "导语" if lang == "zh" else "preamble"
    sentence, _, task = sentence.partition(".")
    if sentence:
        text += f"第{sentence}句" if lang == "zh" else f", sentence {sentence}"
    if task:
        text += f"（第{task}项任务）" if lang == "zh" else f" (task {task})"
    return text


#: Clause punctuation a task cut out of a sentence ends with (建成通车400公里，): the data keeps it
#: (the tasks join back into the sentence); a label shows the task without it.
_CLAUSE_END = "，,、；;"


def plan_text(plan, convert: Callable[[str], str] | None = None) -> str:
    """Return a plan sentence (or one task of it) as a reader is shown it: in the new report's
    script with ``convert``, a task's trailing clause punctuation (，；、) left off."""
    text = convert(plan.text) if convert else plan.text
    return text.rstrip().rstrip(_CLAUSE_END) or text


def _relative_place(old_id: str, new_id: str, lang: str) -> str:
    """Return where the old measure was, as short as the new label allows: ``第3项`` in one section."""
    old_parent, _, old_last = old_id.rpartition("/")
    new_parent, _, _ = new_id.rpartition("/")
    if old_parent and old_parent == new_parent:
        depth = old_id.count("/")
        # -- a sub-item keeps its item: 第2项（1）, never a bare （1） --
        parent_last = _DUP.sub("", old_parent.rpartition("/")[2])
        item = _step(parent_last, depth - 1, depth == 2, lang) if parent_last.isdigit() else ""
        return (item + _step(old_last, depth, depth == 1, lang, parent_last.isdigit())).strip()
    return place(old_id, lang)


def was(lang: str = "zh") -> str:
    return "原" if lang == "zh" else "was "


def level_change(level: str, old_id: str, new_id: str, lang: str = "zh", beside: str | None = None) -> str:
    """Return what a part, section or item that changed level became (``level_shifts``):
    ``原第二部分调整为第一部分下的小节一、（三）`` / ``old part 二 became a section of part 一 (一. (三))``.
    ``beside`` names the side whose label the text stands beside, said there already: ``"new"``
    leaves out the new place (原第二部分调整为第一部分下的小节), ``"old"`` the old (调整为…)."""
    old_level, _, new_level = level.partition("→")
    zh = lang == "zh"

    def part(identifier: str) -> str:
        if zh:
            return identifier if identifier.startswith("第") else f"第{identifier}部分"
        return f"part {identifier}"

    def named(level_name: str, identifier: str) -> str:
        if level_name == "part":
            return part(identifier)
        return place(identifier, lang) if zh or level_name == "item" else f"section {place(identifier, lang)}"

    here = "" if beside == "new" else place(new_id, lang)
    if old_level == new_level == "part":
        # -- a part folded into another (``level_shifts.fold_parts``): its content is there --
        became = f"并入{part(new_id)}" if zh else f"merged into {part(new_id)}"
    elif new_level == "section" and old_level != "part" and old_id.partition("/")[0] == new_id.partition("/")[0]:
        # -- in the same part: the section alone says it (原四、第1项调整为小节四、（一）) --
        became = f"调整为小节{here}" if zh else f"became section {here}".strip()
    elif new_level == "section":
        parent = part(new_id.partition("/")[0])
        became = f"调整为{parent}下的小节{here}" if zh else f"became a section of {parent}" + (f" ({here})" if here else "")
    else:
        became = f"调整为{named(new_level, new_id)}" if zh else f"became {named(new_level, new_id)}"
    if beside == "old":
        return became
    return f"原{named(old_level, old_id)}{became}" if zh else f"old {named(old_level, old_id)} {became}"


def level_note(match, lang: str = "zh", beside: bool = False) -> str:
    """Return ``level_change`` for a part or section match that changed level, else ``""``;
    ``beside``: shown beside the match's own label (the side it stands on said there)."""
    if match.level is None:
        return ""
    if match.old is not None:
        return level_change(match.level, match.old.id, match.counterpart, lang, "old" if beside else None)
    return level_change(match.level, match.counterpart, match.new.id, lang, "new" if beside else None)


#: A moved sentence is quoted up to this many characters: the redline beside it shows it whole.
_MOVED_QUOTE = 30


def sentence_move_lines(match: Match, lang: str = "zh", convert: Callable[[str], str] | None = None) -> list[str]:
    """Return one line per sentence that left ``match``'s measure for another or came from one:
    ``句子移至一、（三）：全市细颗粒物…`` / ``句子移自一、（二）：…``, the other measure by its place in
    the new report (原… for one only the old report has)."""
    lines = []
    for move in match.sentences_moved:
        where = place(move.other_new, lang) if move.other_new else ("原" if lang == "zh" else "old ") + place(move.other_old or "", lang)
        text = convert(move.text) if convert and move.way == "to" else move.text  # -- the old side's words --
        text = text if len(text) <= _MOVED_QUOTE else text[:_MOVED_QUOTE] + "…"
        lines.append(labels(lang)[f"sentence_{move.way}"].format(place=where, text=text))
    return lines


def _same_heading(old: str, new: str) -> bool:
    """One section's heading in both years: the same words, whatever the script and the year."""
    return yearless_key(old) == yearless_key(new)


def match_label(match: Match, lang: str = "zh") -> str:
    """Return a measure's label: ``一、（一）第2项（原第3项）``; a dropped one ``原一、（一）第1项``."""
    old, new = match.old, match.new
    if new is None:
        assert old is not None
        return was(lang) + place(old.id, lang, old.lead)
    label = place(new.id, lang, new.lead)
    # -- a section's body on its heading's line one year and under it the next (（一）加强….区委… →
    #    （一）加强… / 区委…) is where it was: no 原 note --
    relaid = old is not None and (old.id == new.section_id or new.id == old.section_id)
    if old is not None and old.id != new.id and not relaid:
        # -- only in the same section is the short form right: a measure moved, or gone along with
        #    a block that changed level, may come from another section bearing this one's id (（三）
        #    dropped, the next renumbered （三）), and a renamed section is said so in its heading --
        same = match.status.value != "moved" and (
            old.section_id is None and new.section_id is None or _same_heading(old.section_title, new.section_title))
        earlier = _relative_place(old.id, new.id, lang) if same else place(old.id, lang, old.lead)
        label += f"（原{earlier}）" if lang == "zh" else f" (was {earlier})"
    return label


def placer(report: Report | None, lang: str = "zh") -> Callable[[str], str]:
    """Return ``place`` for ids of ``report``: a part's first paragraph that is no lead (the only
    paragraph of a leadership part) is labelled 第1段 there too, as ``measure_label`` labels it."""
    lone = frozenset() if report is None else frozenset(
        m.id for m in report.measures if not m.lead and m.section_id is None and m.id.endswith("/¶1"))
    return lambda identifier: place(identifier, lang, False if identifier.partition("#")[0] in lone else None)


def measure_label(measure: Measure | None, lang: str = "zh") -> str:
    """Return the label of one measure (``""`` for none)."""
    return place(measure.id, lang, measure.lead) if measure is not None else ""


# ---------------------------------------------------------------------------- last year's plans

#: The mark each status of last year's plans is drawn with, beside its word, in every format:
#: done, done in part, begun (⋯: CJK fonts have it, as they have ✓, ◐ and ○), short of a target,
#: restated in this year's plans, not reported (○, not short_of's ✗: nothing was found, no failure
#: was stated).
PROMISE_MARKS = {"delivered": "✓", "partly": "◐", "under_way": "⋯", "short_of": "✗", "replanned": "⟳",
                 "not_reported": "○"}
#: The order a reader is shown those statuses in (filters, counts), by what became of the plans.
PROMISE_ORDER = tuple(PROMISE_MARKS)


def promise_status(status: str, lang: str = "zh") -> str:
    """Return a plan's status as every format draws it, mark and word: ``⋯ 推进中``, ``✓ delivered``.

    ``status`` is what ``Promise.shown_status`` gives, so the mark always agrees with the word.
    """
    return f"{PROMISE_MARKS[status]} {labels(lang)[status]}"


# ---------------------------------------------------------------------------- numbers


def percent(value: float, *, changed: bool = False) -> str:
    """Return a share as a percentage: ``57%``; a changed text never shows 100%.

    Rounding would show a measure whose figures all changed (0.997) as 100% next to a
    redline full of edits; only an unchanged text shows 100%.
    """
    shown = round(value * 100)
    if changed:
        shown = min(shown, 99)
    return f"{shown}%"


def similarity(match: Match, lang: str = "zh", *, group: bool = False) -> str:
    """Return ``相似度 57%`` for a matched pair (``""`` when one side is missing); with ``group``,
    the figure of the split or merge the pair is a piece of, where it has one."""
    from .models import Status

    if match.old is None or match.new is None:
        return ""
    word = "相似度" if lang == "zh" else "similarity"
    value = match.group_similarity if group and match.group_similarity is not None else match.similarity
    return f"{word} {percent(value, changed=match.status is not Status.CONTINUED)}"


def _plain_number(value: float, *, signed: bool = False) -> str:
    text = f"{value:+.2f}" if signed else f"{value:.2f}"
    return text.rstrip("0").rstrip(".")


def _points(lang: str) -> str:
    return "个百分点" if lang == "zh" else " pp"


_PREFIXES = ((1e12, "万亿"), (1e8, "亿"), (1e4, "万"))


def _written_factor(raw: str, unit: str) -> tuple[float, str] | None:
    """Return the multiplier a figure is written with (14.23万件 → 万), None for plain units."""
    raw = convert_to_simplified(raw)
    for factor, prefix in _PREFIXES:
        if f"{prefix}{unit}" in raw or raw.endswith(prefix):
            return factor, prefix
    return None


def amount(value: float, unit: str, *, signed: bool = False, lang: str = "zh", like: str | None = None) -> str:
    """Return an amount in the unit of the values: ``+72万元``, ``+0.47万件``, ``-0.4个百分点``.

    A change of a percentage is in points. ``like`` is a figure as written (14.70万件): the
    change is given with its multiplier, so that 14.23万件 → 14.70万件 reads +0.47万件; without
    it 万/亿 are used where a reader would write them.
    """
    if unit in ("%", "百分点"):
        return f"{_plain_number(value, signed=signed)}{_points(lang)}"
    written = _written_factor(like, unit) if like else None
    if written is not None and abs(value) >= written[0] / 100:
        factor, prefix = written
        return f"{_plain_number(value / factor, signed=signed)}{prefix}{unit}"
    for factor, prefix in _PREFIXES:
        if abs(value) >= factor:
            return f"{_plain_number(value / factor, signed=signed)}{prefix}{unit}"
    return f"{_plain_number(value, signed=signed)}{unit}"


def relative(value: float | None) -> str:
    """Return a relative change with its sign and %: ``+3.3%`` (``""`` when unknown)."""
    return "" if value is None else f"{value:+.1%}"


def figure_change_parts(figure: FigureChange, lang: str = "zh") -> tuple[str, str]:
    """Return a figure's change and relative change for people: ``("+5.64万件", "+3.3%")``.

    An equal figure reads 持平 (no unit to lose its scale in); a change of an approximate figure
    (601万套 → 600多万套) reads 约持平 where its markers allow no change, else carries 约; a range
    against a point (6.5%－7% → 6.5%左右) says so. ``("", "")`` if unknown."""
    zh = lang == "zh"
    if figure.change is None:
        ranged = figure.old is not None and figure.new is not None and figure.unit == "%" \
            and (figure.old.lower is None) != (figure.new.lower is None)
        return (labels(lang)["range_to_point" if figure.old.lower is not None else "point_to_range"]  # type: ignore[union-attr]
                if ranged else "", "")
    approximate = figure.approximate
    if figure.about_unchanged:
        return ("约持平" if zh else "about unchanged"), ""
    if figure.change == 0:
        return ("持平" if zh else "unchanged"), ""
    like = figure.new.raw if figure.new is not None else None
    about = ("约" if zh else "about ") if approximate else ""
    text = about + amount(figure.change, figure.unit, signed=True, lang=lang, like=like)
    # -- a rate's change is in points (%, 百分点): a ratio of rates means nothing --
    rel = ""
    if figure.unit not in ("%", "百分点") and figure.relative_change is not None:
        rel = about + relative(figure.relative_change)
    return text, rel


def figure_change(figure: FigureChange, lang: str = "zh") -> str:
    """Return a figure's change: ``+5.64万件（+3.3%）``, ``+0.31个百分点``, ``持平``; ``""`` if unknown."""
    text, rel = figure_change_parts(figure, lang)
    if rel:
        text += f"（{rel}）" if lang == "zh" else f" ({rel})"
    return text


def implied_change(figure: FigureChange, lang: str = "zh") -> str:
    """Return the change the two figures imply, in the terms of the stated one: ``+29.3%``."""
    if figure.implied is None:
        return ""
    unit = figure.claim.stated.unit if figure.claim is not None and figure.claim.stated is not None else ""
    if unit == "%":
        return f"{figure.implied:+.1f}%"
    if unit == "百分点":
        return f"{_plain_number(figure.implied, signed=True)}{_points(lang)}"
    if unit == "倍":
        return f"{figure.implied + 1:.2f}".rstrip("0").rstrip(".") + ("倍" if lang == "zh" else "×")
    return amount(figure.implied, unit or figure.unit, signed=True, lang=lang)


def claim_verdict(figure: FigureChange, lang: str = "zh") -> str:
    """Return the check of a stated change: ``相符``, or ``不符（按数据 +29.3%）``; ``不可核对`` for a
    change stated on a basis the two figures are not (a growth on last year's actual figure, the old
    one a budget; a real growth, the two in current prices); ``""`` with nothing to check against."""
    if figure.claim is None:
        return ""
    zh = lang == "zh"
    if figure.claim_check is None:
        # -- a reader who sees +9.5% beside 增长6.5% must be told the two were not held together --
        paired = figure.old is not None and figure.new is not None and figure.kind == "year"
        return ("不可核对" if zh else "not checkable") if paired else ""
    if figure.claim_check == "consistent":
        return "相符" if zh else "consistent"
    implied = implied_change(figure, lang)
    if zh:
        return "不符" + (f"（按数据 {implied}）" if implied else "")
    return "inconsistent" + (f" (the figures give {implied})" if implied else "")


def beside_targets(figures: Sequence[FigureChange], targets: Sequence[object]) -> list[FigureChange]:
    """The figures a list of figure changes shows under the targets table: a pair of one year
    that is a target row already (——地区生产总值增长6%左右 against last year's 6.5%左右) is shown
    there once, not listed again, and so is a figure of one year only that is that year's value
    of a target row, and a plan figure against its result that the row shows as last year's
    result. ``targets`` are ``targets.TargetChange`` rows; JSON keeps every figure."""
    # -- a target row of one year only (no counterpart) is in the table too: a figure holding that
    #    year's value alone is not listed again --
    rows = [(t.old.raw if t.old else None, t.new.raw if t.new else None,  # type: ignore[attr-defined]
             (t.new or t.old).unit, t.indicator) for t in targets  # type: ignore[attr-defined]
            if (t.old is None or t.old.raw) and (t.new is None or t.new.raw)]  # type: ignore[attr-defined]
    results = {(t.old.raw, t.result, t.old.unit) for t in targets  # type: ignore[attr-defined]
               if t.old is not None and t.result}  # type: ignore[attr-defined]
    if not rows and not results:
        return list(figures)
    from .figure_similarity import label_similarity
    from .normalize import key

    def raw(side) -> str | None:
        return side.raw if side is not None else None

    def shown(figure: FigureChange) -> bool:
        if figure.kind == "plan_result":
            return (raw(figure.old), raw(figure.new), figure.unit) in results
        if figure.kind != "year":
            return False
        paired = figure.old is not None and figure.new is not None
        return any(
            figure.unit == unit and label_similarity(key(indicator), figure.label) >= 0.5
            and ((raw(figure.old), raw(figure.new)) == (old, new) if paired
                 else (figure.old is None and new is not None and raw(figure.new) == new)
                 or (figure.new is None and old is not None and raw(figure.old) == old))
            for old, new, unit, indicator in rows)

    return [figure for figure in figures if not shown(figure)]


#: The counts of years a period may be named by, in English.
_YEARS_EN = {"二": "two", "三": "three", "四": "four", "五": "five", "六": "six", "七": "seven", "八": "eight",
             "九": "nine", "十": "ten"}
_PLAN_EN = {"十一五": "11th", "十二五": "12th", "十三五": "13th", "十四五": "14th", "十五五": "15th", "十六五": "16th"}


def figure_period(figure: Figure | None, lang: str = "zh") -> str:
    """Return what a figure stated for several years is, after its value: （五年累计）, （“十四五”累计）,
    （五年年均）, （五年） for another figure of those years, `` (five-year total)``; "" for a figure of
    one year (see ``Figure.period``)."""
    if figure is None or figure.period is None:
        return ""
    period, average = figure.period, figure.aspect == "average"
    # -- a total of the years says so; a rate held over them (保持在98%以上) or a figure of a part on
    #    the years that tells no total (粮食产量稳定在…) names the years alone --
    total = figure.aspect == "cumulative" and figure.unit not in ("%", "‰", "百分点")
    if lang == "zh":
        named = f"“{period}”" if period in _PLAN_EN else period
        return f"（{named}{'年均' if average else '累计' if total else ''}）"
    if period in _PLAN_EN:
        named, over = f"{_PLAN_EN[period]} Five-Year Plan period", f"the {_PLAN_EN[period]} Five-Year Plan period"
    elif period.endswith("年") and period[:-1] in _YEARS_EN:
        named, over = f"{_YEARS_EN[period[:-1]]}-year", f"{_YEARS_EN[period[:-1]]} years"
    elif period in ("任期", "多年"):
        named, over = ("term", "the term") if period == "任期" else ("multi-year", "several years")
    else:
        named = over = period.removesuffix("年").replace("—", "–")
    return f" ({named} average)" if average else f" ({named} total)" if total else f" (over {over})"


def figure_line(figure: FigureChange, lang: str = "zh", convert: Callable[[str], str] | None = None,
                keyed: Callable[[str], str] | None = None) -> str:
    """Return one line for the terminal and Markdown: label, old → new, change, claim check.
    ``keyed`` shows the label (read on the Simplified key) in the report's script; a figure stated
    for several years says so after its value (5200万人（五年累计）)."""
    convert = convert or (lambda text: text)
    zh_keyed = keyed if keyed and lang == "zh" else (lambda text: text)
    old = convert(figure.old.raw) + zh_keyed(figure_period(figure.old, lang)) if figure.old else "—"
    new = figure.new.raw + zh_keyed(figure_period(figure.new, lang)) if figure.new else "—"
    label = figure.label or figure.unit
    colon = labels(lang)["colon"]  # -- ：after Chinese words, ": " in English --
    line = f"{keyed(label) if keyed else label}{colon}{old} → {new}"
    change = figure_change(figure, lang)
    change = keyed(change) if keyed and lang == "zh" else change  # -- its unit too: +3個 --
    if change:
        line += f"  {change}"
    verdict = claim_verdict(figure, lang)
    if verdict:
        line += f" · {figure.claim.text}{colon}{verdict}"  # type: ignore[union-attr]
    if figure.kind == "plan_result":
        line += " · " + ("上年计划→本年实绩" if lang == "zh" else "last year's plan → this year's result")
    return line


# ---------------------------------------------------------------------------- reports

# -- a body is named before the year or the report's name: 北京市海淀区, 云泽市司法局 --
_BODY = lazy_re.compile(r"([\u4e00-\u9fff]{2,16}?(?:人民政府|政府|委员会|司法局|局|厅|办公室|省|自治区|市|区|县|旗|镇|乡|街道))"
                        r"(?:\d{4}年|关于|坚持|深入|紧紧|全面|以)")
_YEAR = lazy_re.compile(r"(?:19|20)\d{2}")
#: The body a report is made to, named in its occasion line: 在云岭省第十四届人民代表大会第二次会议上.
_PLACE = "省|自治区|市|区|县|旗|镇|乡|州|盟"
_OCCASION = lazy_re.compile(rf"在([\u4e00-\u9fff]{{2,12}}?(?:{_PLACE}))第[一二三四五六七八九十]+届人民代表大会")
#: A title that already names a body: 北京市海淀区…, 云泽市司法局….
_BODY_NAME = lazy_re.compile(rf"[\u4e00-\u9fff]{{2,}}(?:{_PLACE}|局|厅|委员会|国务院)")


def _as_written(text: str, found: re.Match[str]) -> str:
    """The place an occasion names in the report's own script (雲溪縣 of a Traditional report):
    found on the Simplified text, which has the written text's characters one for one."""
    return text[found.start(1):found.end(1)] if len(found.string) == len(text) else found.group(1)


def report_name(report: Report) -> str:
    """Return how a reader names a report: its title, else its body and year, else its file name."""
    if report.title:
        title = report.title
        if _BODY_NAME.search(convert_to_simplified(title)) is None:
            # -- 政府工作报告 names no body: the occasion does (——…在云岭省第十四届人民代表大会…上) --
            occasion = next((_as_written(block.text, found) for block in report.blocks if block.kind.value == "title"
                             and (found := _OCCASION.search(convert_to_simplified(block.text)))), "")
            if occasion and not title.startswith(occasion):
                title = occasion + title
        # -- 政府工作报告 names no year: the reader needs it to tell two of them apart (a title
        #    naming it as 二〇二五年 names it) --
        if report.year and str(report.year) not in arabic_years(title):
            return f"{title}（{report.year}年）"
        return title
    opening = arabic_years(convert_to_simplified(report.preamble[:200]))
    found = _BODY.search(opening)
    from .kinds import KIND_TITLES

    kind = KIND_TITLES.get(report.kind, "年度报告")
    if found:
        year = f"{report.year}年" if report.year else ""
        return f"{found.group(1)}{year}{kind}"
    if report.kind in ("rule_of_law", "government_work") and report.year:
        # -- a report that opens with its address (各位代表：) names neither itself nor its body --
        return f"{kind}（{report.year}年）"
    return report.source.replace("\\", "/").rsplit("/", 1)[-1]


# ---------------------------------------------------------------------------- script


@lru_cache(maxsize=2)
def _opencc(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def convert_to_simplified(text: str) -> str:
    return _opencc("t2s").convert(text)


def _traditional_share(report: Report) -> float:
    sample = "".join(measure.text for measure in report.measures[:40]) or report.preamble
    # -- the Han characters, found and compared in C (a character loop cost a few ms a page) --
    sample = "".join(_HAN.findall(sample))[:4000]
    if not sample:
        return 0.0
    simplified = convert_to_simplified(sample)
    return sum(map(operator.ne, sample, simplified)) / len(sample)


_HAN = lazy_re.compile("[\u4e00-\u9fff]+")


def script(report: Report) -> str:
    """Return ``traditional`` or ``simplified``: the script a report is written in."""
    # -- a Simplified text has no character t2s changes; a Traditional one has many (5%+) --
    return "traditional" if _traditional_share(report) > 0.02 else "simplified"


Convert = Callable[[str], str]


def script_converters(old: Report, new: Report) -> tuple[Convert | None, Convert | None]:
    """Return the functions that show, in the new report's script, old text (None when both
    reports share a script) and text read on the comparison key (figure labels, the words a
    match was found on: always Simplified; None for a Simplified report, where 罚没款 beside
    15.2萬元 would be 罰沒款). Each report's script is read once; a 繁體 new report's own forms
    are kept (:func:`in_forms`)."""
    old_script, new_script = script(old), script(new)
    forms = forms_in_use(new) if new_script == "traditional" else {}
    convert = None if old_script == new_script else in_forms(new_script, forms)
    keyed = in_forms(new_script, forms) if new_script == "traditional" else None
    return convert, keyed


#: Phrases s2t splits wrongly, found on the Simplified text: a body whose short name ends in 联
#: (工商联, 妇联, 侨联…) or a word ending in 联 (物联, 关联) before 系统 is read 联系|统 (聯繫統 for
#: 工商联系统); 联系统筹, 联系统战 are 联系 indeed. Each pattern's group is the character to
#: put back, with the form it takes.
_MISSPLIT = (
    (lazy_re.compile(r"(?<=[商妇文侨残青台科物互关串并级])联(系)统(?![筹一战计])"), "系"),
)


def to_traditional(text: str) -> str:
    """Return ``text`` in Traditional script (s2t), less the phrases s2t splits wrongly
    (:data:`_MISSPLIT`: 工商聯系統, not 工商聯繫統)."""
    out = _opencc("s2t").convert(text)
    if "联" not in text and "聯" not in text:
        return out
    plain = convert_to_simplified(text)
    if len(plain) != len(out):
        return out
    chars = list(out)
    for pattern, form in _MISSPLIT:
        for found in pattern.finditer(plain):
            chars[found.start(1)] = form
    return "".join(chars)


def in_script(name: str) -> Convert:
    """Return the function that writes any text in the script ``name`` (``traditional`` or
    ``simplified``): a folder's rows, gathered from reports of either script and from the
    Simplified comparison key, read in one script."""
    return to_traditional if name == "traditional" else _opencc("t2s").convert


Forms = dict[tuple[str, str], str]


def forms_in_use(report: Report) -> Forms:
    """Return, for a 繁體 report, the form it writes where s2t would write another: (Simplified
    character, what s2t writes of it) → what the report writes (群 for s2t's 羣, 核 where s2t's
    審覈 has 覈, a place's 溪 where s2t writes 谿); none for a Simplified report. Keyed on s2t's
    character too, so a report that writes 干 only in 若干 (where s2t writes 干 as well) says
    nothing of 幹部, and one writing 裡 for s2t's 裏 nothing of 公里. A pair the report writes in
    two forms has no entry: the sense decides there, not the report."""
    if script(report) != "traditional":
        return {}
    written = "".join(_HAN.findall("".join(block.text for block in report.blocks) or report.preamble))
    plain = convert_to_simplified(written)
    standard = to_traditional(plain)
    if not len(written) == len(plain) == len(standard):
        return {}
    found: dict[tuple[str, str], set[str]] = {}
    for p, s, w in set(zip(plain, standard, written)):
        found.setdefault((p, s), set()).add(w)
    return {key: next(iter(forms)) for key, forms in found.items()
            if len(forms) == 1 and next(iter(forms)) != key[1]}


def in_forms(name: str, forms: Forms) -> Convert:
    """Return :func:`in_script` for ``name`` with each character put in the form the report
    writes (:func:`forms_in_use`): rows and last year's words read as the report writes them
    (群眾, 審核, 棠溪縣, where s2t writes 羣衆, 審覈, 棠谿縣), and s2t's own choice kept wherever the
    report does not write otherwise in the same place (領導幹部 in a report with 若干)."""
    convert = in_script(name)
    if name != "traditional" or not forms:
        return convert
    to_plain = _opencc("t2s").convert

    def converted(text: str) -> str:
        # -- read against the Simplified input: s2t's 谿 is a Simplified character too --
        out, plain = convert(text), to_plain(text)
        if len(plain) != len(out):
            return out
        return "".join(forms.get((p, o), o) for p, o in zip(plain, out))

    return converted


def script_converter(old: Report, new: Report) -> Convert | None:
    """Return the function that shows old text in the new report's script, or None (same script)."""
    return script_converters(old, new)[0]


__all__ = [
    "amount", "claim_verdict", "convert_to_simplified", "figure_change", "figure_change_parts", "figure_line", "implied_change",
    "PROMISE_MARKS", "PROMISE_ORDER", "level_change", "level_note", "match_label", "measure_label", "percent", "place", "placer",
    "promise_status", "relative", "report_name", "script", "script_converter", "sentence_move_lines",
    "script_converters", "similarity", "was", "in_script", "in_forms", "forms_in_use", "to_traditional",
]
