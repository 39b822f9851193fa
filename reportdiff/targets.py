"""The table of main targets (主要预期目标) of a 政府工作报告, and each target against last year's."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from . import lazy_re
from .figure_record import amount_text
from .figure_similarity import label_similarity
from .figures_extract import aligned_key, extract_figures
from .indicators import indicator_topics
from .labels import labels, qualifier
from .models import Block, BlockKind, Report, Role
from .normalize import key as _key
from .parse_header import is_furniture

# -- the sentence is found by its shape: 预期目标 (是|为)：, then a list split by ；/， --
_INTRO = lazy_re.compile(r"预期目标(?:是|为|如下)?[:：]")
# -- …which a development zone or a township may write 主要目标是：/主要发展目标是：/主要经济指标是：;
#    taken only where no report's 预期目标 is found, and never for a plan period (“十五五”时期…的
#    主要目标是：到2030年…) --
_LOOSE_INTRO = lazy_re.compile(r"主要(?:发展|经济社会发展)?目标(?:是|为)?[:：]|主要(?:经济)?指标(?:是|为)?[:：]")
_PERIOD = lazy_re.compile(r"十[一二三四五六七八九]五|[今未]后[二三四五]年|未来[二三四五]年|时期|到(?:19|20)\d{2}年|年均")
#: The introduction's colon as any script writes it (Simplified and Traditional alike, so a
#: paragraph without it or without 期 is passed over without converting its script).
_COLON = lazy_re.compile("[:：]")
MIN_ITEMS = 3
#: A township's or a department's list may hold two targets only (地区生产总值增长6%左右、一般公共
#: 预算收入增长5%): two are a targets list when each sets a figure.
MIN_FIGURED = 2
#: A paragraph longer than this is prose, not one item of a targets list.
_MAX_ITEM = 60
#: A sentence after the targets that speaks of them (上述目标…, 实现这些目标…, 预期目标体现了…) or of
#: the year's work in general: the list has ended.
_ABOUT_TARGETS = lazy_re.compile(r"^(?:上述|以上|这些|这一|这个|此外|同时|为此|为实现|实现)|目标|指标|考虑|体现|符合|衔接|需要|必须")
_ITEM_MARKER = lazy_re.compile(r"^(?:\d+[.．、]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、是]|——)")
# -- a clause that qualifies the target before it: 能耗强度目标…统筹考核，并留有适当弹性 --
_CONTINUATION = lazy_re.compile(r"^(?:并|且|同时|其中|力争|争取|在实际工作中|努力|实际)")
# -- …of which a stretch or an assurance is part of the target as written (增长6.5%，力争7%;
#    增长5%，确保与经济增长同步), as 8%以上、力争9% is; 确保 only after a clause of its item, since
#    it also opens a target of its own (确保完成省下达的节能目标) --
_STRETCH = lazy_re.compile(r"^(?:力争|争取|在实际工作中|努力|确保)")
_LEAD = lazy_re.compile(r"^(?:——|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]|[一二三四五六七八九十]+、)?"
                        r"(?:全年|今年|全市|全省|全区|全县|全国)?")
# -- what a figure's indicator ends with but does not name: 粮食产量保持在1.3万亿斤以上 --
_TAIL = lazy_re.compile(r"(?:全年)?(?:控制在|保持在|稳定在|达到|实现|为|达|降低|下降|减少|低于|高于|不超过)$")
# -- where a qualitative target's predicate starts: 居民收入|稳步增长, 进出口|保稳提质 --
_PREDICATE = lazy_re.compile(
    r"[和与同]经济增长|增长|稳步|继续|进一步|持续|基本|保稳|促稳|(?<!质)量稳|稳中|稳定|保持|控制|降低|下降|减少|改善|提高|提升|"
    r"目标|在|与|同步|平衡|完成|达到|实现|优化|好转|扩大|回稳|向好|取得|有序|有效"
)
# -- a lead verb before the object a target is about: 重点控制化石能源消费 --
_LEAD_VERB = lazy_re.compile(r"^(?:重点|着力|切实|努力|全面)?(?:控制|保持|确保|实现|推动|促进|完成)"
                             # -- …and who set the target: 完成国家下达的节能减排目标任务 is about 节能减排 --
                             r"(?:(?:国家|中央|上级|省|市|州|县|区)(?:政府)?(?:下达|确定|分解)的?)?")
PAIR_MIN = 0.5


@dataclass(frozen=True, slots=True)
class Target:
    """One main target of a report: 城镇新增就业1100万人以上, or 国际收支基本平衡."""

    indicator: str
    """The indicator's name as written: 城镇调查失业率, 居民收入."""
    text: str
    """The target's clause as written."""
    value: float | None
    """The figure in base units (万/亿 folded in), percentages as the percent number; None if qualitative."""
    unit: str
    """The figure's unit (%, 人, 斤 …), "" when there is none."""
    qualifier: str | None
    """How the figure binds: 左右, 以上, 以内 … as written; None for an exact or no figure."""
    raw: str | None
    """The figure as written (5.5%左右), None if qualitative."""
    upper: float | None = None
    """The upper end of a range target (6.5%－7%), whose ``value`` is the lower end."""
    topics: frozenset[str] = frozenset()
    """What the indicator is about, whatever its wording (gdp, energy …)."""

    def to_json(self) -> dict:
        """Return the target as plain data: text, value, unit, qualifier."""
        data = {"text": self.text, "value": self.value, "unit": self.unit, "qualifier": self.qualifier}
        if self.upper is not None:
            data["upper"] = self.upper
        return data


@dataclass(frozen=True, slots=True)
class TargetChange:
    """One indicator's target in the old and the new report (either may be missing)."""

    indicator: str
    old: Target | None
    new: Target | None
    change: float | None
    """new.value − old.value for two figures of one unit (points for percentages), else None."""
    also: tuple[Target, ...] = ()
    """Last year's further targets the new one continues with ``old``: one target naming two
    indicators (单位国内生产总值能耗和主要污染物排放量继续下降) continues the energy and the
    pollutants target, one row for the one target."""
    result: str | None = None
    """What last year's target reached as this year's review writes it (3%, 1206万人), None
    where the review states no result of it."""

    @property
    def olds(self) -> tuple[Target, ...]:
        """Every target of last year's this row shows, ``old`` first; () for a new target."""
        return ((self.old,) if self.old is not None else ()) + self.also

    @property
    def old_text(self) -> str:
        """Last year's target(s) as written, several joined by ；, "" for none."""
        return "；".join(target.text for target in self.olds)

    @property
    def reworded(self) -> bool:
        """True when both reports set the target and its wording differs."""
        return self.old is not None and self.new is not None and _key(self.old_text) != _key(self.new.text)

    def change_text(self, lang: str = "zh") -> str:
        """Return the change for people: ``-0.5个百分点``, ``+100万人``; "" if there is none."""
        if self.old is not None and self.new is not None and _binding(self.old, lang) != _binding(self.new, lang) \
                and (self.change == 0 or _range_against_point(self.old, self.new)):
            # -- 5.5%以内 → 5.5%左右, 4.5%—5.5% → 5%左右 (区间→左右); 8%以上 → 8%: 去掉“以上”;
            #    6.5%－7% → 6.5% (区间→单值) --
            before, after = _binding(self.old, lang), _binding(self.new, lang)
            if _range_against_point(self.old, self.new) and not (before and after):
                return labels(lang)["range_to_point" if self.old.upper is not None else "point_to_range"]
            if not before or not after:
                return labels(lang)["qualifier_added" if after else "qualifier_dropped"].format(before or after)
            return f"{before}→{after}"
        if not self.change or self.new is None:
            return ""  # -- unchanged or not comparable: the two targets say it --
        # -- in the multiplier the targets are written in (23.5万吨 → 24万吨: +0.5万吨, not +5000吨) --
        return amount_text(self.change, self.new.unit, signed=True, lang=lang, like=self.new.raw)

    def shown(self, convert=None) -> tuple[str, tuple[str, ...]]:
        """The indicator and last year's target(s) as a reader is shown them: in the new report's
        script with ``convert`` (the indicator is the new report's own where it sets the target)."""
        if convert is None:
            return self.indicator, tuple(target.text for target in self.olds)
        indicator = self.indicator if self.new is not None else convert(self.indicator)
        return indicator, tuple(convert(target.text) for target in self.olds)

    def shown_olds(self, lang: str = "zh", convert=None) -> str:
        """Last year's target(s) as one cell of text: two that one target of this year's continues
        (能耗强度…；主要污染物…) joined in the language's punctuation, "" for none."""
        return ("；" if lang == "zh" else "; ").join(self.shown(convert)[1])

    def summary_line(self, lang: str = "zh", convert=None) -> str:
        """Return one line: indicator, old target → new target, change (last year's in the new
        report's script with ``convert``)."""
        indicator, _ = self.shown(convert)
        old = self.shown_olds(lang, convert) or "—"
        new = self.new.text if self.new else "—"
        change = self.change_text(lang)
        # -- last year's result between the two targets, as the table shows it: 5.5%左右 [3%] → 5%左右 --
        result = f" [{labels(lang)['target_result']} {self.result}]" if self.result else ""
        return f"{indicator}{labels(lang)['colon']}{old}{result} → {new}" + (f"  {change}" if change else "")

    def to_json(self) -> dict:
        """Return ``{"indicator", "old", "new", "change"}`` with plain data."""
        data = {
            "indicator": self.indicator,
            "old": self.old.to_json() if self.old else None,
            "new": self.new.to_json() if self.new else None,
            "change": self.change,
        }
        if self.also:
            data["also_old"] = [target.to_json() for target in self.also]
        if self.result is not None:
            data["result"] = self.result
        return data


# ---------------------------------------------------------------------------- finding


def find_targets(report: Report) -> tuple[Target, ...]:
    """Return the main targets of ``report`` in their order, or () if it sets none.

    The targets sentence is the one whose shape is ``…预期目标是：A；B，C；…。`` with at
    least three items; its list may continue in the next paragraphs when one ends in ；,
    or stand one target a paragraph after a colon that ends its own (``1.地区生产总值…。``).
    A table whose header names indicators and target columns (see ``target_tables.py``)
    gives its targets where it stands.
    """
    from .target_tables import table_targets  # -- it builds Targets: imported here, not at the top --

    tables = {table.id: table for table in report.tables}
    fallback: tuple[Target, ...] = ()
    plans_of = {measure.id: measure.role for measure in report.measures}
    for position, block in enumerate(report.blocks):
        if block.kind is BlockKind.TABLE:
            # -- 指标 | 2024年目标 | 2024年完成 | 2025年目标: this report's column is its targets --
            listed = table_targets(tables[block.id]) if block.id in tables else ()
            if len(listed) >= MIN_ITEMS:
                return listed
            continue
        if not ("目" in block.text or "指" in block.text) or not _COLON.search(block.text):
            continue  # -- most paragraphs: no script writes the introduction without these --
        if _furniture(block):
            continue
        # -- found on the Simplified key, one character for each of the text's: 預期目標是： --
        key = aligned_key(block.text)
        found = _INTRO.search(key)
        if found is None:
            loose = _LOOSE_INTRO.search(key) if not fallback else None
            # -- …in the plans (a review's 全区主要经济指标是：… reports last year's results) --
            if loose is not None and plans_of.get(block.id) is Role.PLANS \
                    and not _PERIOD.search(key, 0, loose.end() + 12):
                fallback = _targets_after(report, position, block.text[loose.end():])
            continue
        targets = _targets_after(report, position, block.text[found.end():])
        if targets:
            return targets
    return fallback


def _targets_after(report: Report, position: int, body: str) -> tuple[Target, ...]:
    """The targets listed after an introduction's colon in the block at ``position`` (``body`` is
    the rest of that block), or () when fewer than ``MIN_ITEMS``."""
    # -- a page number printed inside the list (— 3 —) stands in the outline; it is no item --
    after = report.blocks[position + 1 :]
    if not body.strip():
        body = "；".join(_listed([block for block in after if not _furniture(block)]))
    following = (block for block in after if not _furniture(block))
    while "。" not in body and body.rstrip().endswith(("；", ";")):
        nxt = next(following, None)
        if nxt is None:
            break
        body += nxt.text
    sentences = body.split("。")
    targets = parse_targets(sentences[0])
    if len(targets) < MIN_ITEMS and (len(targets) < MIN_FIGURED or any(t.value is None for t in targets)):
        return ()
    # -- the list may go on in the paragraph's next sentences (…基本同步。单位国内生产总值能耗
    #    下降3.4%以上，主要污染物排放继续减少。) up to one about the targets or prose --
    for sentence in sentences[1:]:
        sentence_key = aligned_key(sentence.strip())
        if not sentence_key:
            continue
        if _ABOUT_TARGETS.search(sentence_key) or any(len(clause) > _MAX_ITEM for clause in re.split(r"[，,；;]", sentence_key)):
            break
        if sentence_key.rstrip().endswith((":", "：")):
            break  # -- 重点抓好以下六个方面工作：: it opens the tasks, it sets no target --
        targets += parse_targets(sentence)
    return targets


def _furniture(block: Block) -> bool:
    """True for a page's furniture (a page number, a running head) between paragraphs."""
    return block.kind is BlockKind.OTHER and is_furniture(block.text)


def _listed(blocks: Sequence[Block]) -> list[str]:
    """The short paragraphs after a colon, one target each, up to the next heading, long
    paragraph, a paragraph about the targets (实现上述目标…) or introducing more (…以下工作：),
    or one marked otherwise than the
    first item: a numbered heading after the list (1.… 4.… then （一）扩大有效投资。), a
    paragraph without a number after numbered items, a numbered one after unnumbered items."""
    items: list[str] = []
    kind: str | None = None
    for block in blocks:
        text = block.text.strip()
        if block.kind in (BlockKind.PART, BlockKind.SECTION) or len(text) > _MAX_ITEM or not text:
            break
        marker = _ITEM_MARKER.match(text)
        mark = _marker_kind(marker.group(0)) if marker else None
        # -- …or one introducing what follows (今年重点抓好以下工作：) --
        if items and (mark != kind or _AFTER_LIST.match(aligned_key(text)) or text.endswith((":", "："))):
            break
        kind = kind if items else mark
        # -- the target without its number: 1.地区生产总值增长5.5%左右 → 地区生产总值增长5.5%左右 --
        items.append(_ITEM_MARKER.sub("", text).rstrip("。；;，, "))
    return items


#: A paragraph opening so speaks of the targets listed before it (实现上述目标，…): the list has ended.
_AFTER_LIST = lazy_re.compile(r"(?:上述|以上|这些|为此|为实现|实现上述|实现以上|实现这些)")


def _marker_kind(marker: str) -> str:
    """An item marker's kind, whatever its number: 1. and 4. are one kind, （一） and 一是 others."""
    return re.sub(r"\d+", "1", re.sub("[一二三四五六七八九十]+", "一", marker))


#: A dash opening a target (——城镇新增就业…), where a page ran the lines together: the next item.
_DASH = lazy_re.compile(r"(?=[—―─]{2})")
#: A numbered heading (（二）…, 2.…) after the last target where a page lost the full stop: the list
#: ends there, unless the list itself is numbered so.
_NUMBERED = lazy_re.compile(r"[（(][一二三四五六七八九十]{1,3}[)）]")


def _items(listing: str) -> list[str]:
    """The items of a targets list: split at ；, a line's end and a dash (——), and ended by a
    numbered heading (（二）) unless the items themselves are numbered that way."""
    head = _NUMBERED.match(listing.lstrip())
    if head is None and (heading := _NUMBERED.search(listing)) is not None:
        listing = listing[: heading.start()]
    parts = re.split(r"[；;\n]", listing)
    if head is not None:
        parts = [piece for part in parts for piece in re.split(r"(?=[（(][一二三四五六七八九十]{1,3}[)）])", part)]
    return [piece for part in parts for piece in _DASH.split(part)]


def _enumerated(item: str) -> str:
    """``item`` with a 、 between two targets written as a ，: one right after a figure and
    before a name with a figure of its own (增长6%左右、一般公共预算收入增长5%); not a 、 between
    names (粮食、蔬菜), between figures (分别增长5%、8%) or before a stretch (8%以上、力争9%)."""
    if "、" not in item:
        return item
    figures = extract_figures(item)
    ends = {figure.end for figure in figures}
    last = max((figure.start for figure in figures), default=-1)
    # -- …nor one before a stretch, written with its target (8%以上、力争9%) --
    return "".join("，" if char == "、" and at in ends and at < last and not item[at + 1 : at + 2].isdigit()
                   and not _CONTINUATION.match(aligned_key(item[at + 1 : at + 8])) else char
                   for at, char in enumerate(item))


def parse_targets(listing: str) -> tuple[Target, ...]:
    """Return the targets of a list such as ``国内生产总值增长6%左右；城镇新增就业…，…``."""
    clauses: list[str] = []
    for item in _items(listing):
        qualifying = stretching = False
        pieces = re.split(r"([，,])", _enumerated(item))
        for number in range(0, len(pieces), 2):
            clause = pieces[number].strip()
            if not clause:
                continue
            clause_key = aligned_key(clause)
            if clauses and (qualifying or _CONTINUATION.match(clause_key)
                            or number > 0 and clause_key.startswith("确保")):
                # -- the rest of this item qualifies the target it follows; a stretch is written with it --
                stretching = number > 0 and (stretching or not qualifying) and _STRETCH.match(clause_key) is not None
                qualifying = True
                if stretching:
                    clauses[-1] += pieces[number - 1] + clause
                continue
            clauses.append(clause)
    return tuple(_target(clause) for clause in clauses if len(clause) >= 2)


def _target(clause: str) -> Target:
    # -- the item's own marker (——, （一）) opens it; it is no part of the target as written --
    text = _ITEM_MARKER.sub("", clause.strip()).strip().rstrip("。；;，, ") or clause.rstrip("。；;，, ")
    # -- the patterns read the Simplified key; the indicator is cut from the text as written --
    key = aligned_key(text)
    figures = [f for f in extract_figures(text) if not f.is_change]
    lead = _LEAD.match(key).end()
    if figures:
        figure = figures[0]
        before = text[lead : max(lead, figure.start)]
        tail = _TAIL.search(key[lead : max(lead, figure.start)])
        indicator = (before[: tail.start()] if tail else before) or before or text
        if figure.lower is not None:  # -- 6.5%－7%: a range, one figure with its lower end --
            return Target(indicator, text, figure.lower, figure.unit, figure.approx, figure.raw, figure.value,
                          indicator_topics(indicator))
        return Target(indicator, text, figure.value, figure.unit, figure.approx, figure.raw, None,
                      indicator_topics(indicator))
    verb = _LEAD_VERB.match(key[lead:])
    start = lead + verb.end() if verb else lead
    cut = _PREDICATE.search(key, start + 2)
    indicator = text[start : cut.start()] if cut else text[start:]
    return Target(indicator or text, text, None, "", None, None, None, indicator_topics(indicator or text))


# ---------------------------------------------------------------------------- pairing


def pair_score(old: Target, new: Target) -> float:
    """How surely two targets are about one indicator: 1 for one name, 0.95/0.9 for its topics."""
    if _key(old.indicator) == _key(new.indicator):
        return 1.0
    if old.topics and old.topics == new.topics:
        return 0.95
    if old.topics & new.topics:
        return 0.9
    if old.topics and new.topics:
        return 0.0  # -- two known indicators (登记失业率, 调查失业率), however alike their names --
    return label_similarity(_key(old.indicator), _key(new.indicator))


def compare_targets(old: Iterable[Target], new: Iterable[Target]) -> tuple[TargetChange, ...]:
    """Pair each target with last year's target of the same indicator.

    One to one by best score (same name, same topics, then name similarity); a target
    naming two indicators (单位国内生产总值能耗和主要污染物排放量继续下降) also takes the
    old targets of either that are left over, in one row that names both indicators. Rows
    follow the new report's order; old targets without a counterpart come last.
    """
    old, new = list(old), list(new)
    cands = sorted(
        (-score, n, o)
        for n, nt in enumerate(new)
        for o, ot in enumerate(old)
        if (score := pair_score(ot, nt)) >= PAIR_MIN
    )
    link: dict[int, list[int]] = {}
    used: set[int] = set()
    for _, n, o in cands:
        if n not in link and o not in used:
            link[n] = [o]
            used.add(o)
    for o, ot in enumerate(old):
        if o in used or not ot.topics:
            continue
        wider = [n for n, nt in enumerate(new) if len(nt.topics) > 1 and ot.topics <= nt.topics]
        if wider:
            link.setdefault(wider[0], []).append(o)
            used.add(o)
    rows: list[TargetChange] = []
    for n, nt in enumerate(new):
        first, *rest = sorted(link.get(n, [None]), key=lambda o: -1 if o is None else o)
        row = _row(old[first] if first is not None else None, nt)
        if rest:
            # -- one target continuing two: the joined indicator names the row, no one change measures it --
            row = TargetChange(nt.indicator, row.old, nt, None, tuple(old[o] for o in rest))
        rows.append(row)
    rows.extend(_row(ot, None) for o, ot in enumerate(old) if o not in used)
    return tuple(rows)


def _binding(target: Target, lang: str) -> str:
    """How a target's figure binds as a reader names it: its qualifier, or 区间 for a range."""
    return labels(lang)["range"] if target.upper is not None else qualifier(target.qualifier or "", lang)


def _middle(target: Target) -> float:
    """A target's figure, the middle of its range for a range (5%—5.5% → 5.25)."""
    assert target.value is not None
    return target.value if target.upper is None else (target.value + target.upper) / 2


def _range_against_point(old: Target, new: Target) -> bool:
    """True for a range against a point, a floor or a ceiling (6.5%－7% → 6.5%左右, 6%－6.5% →
    6%以上): the kind of target changed, and no number measures it (the middle of a range is no
    figure the report set)."""
    return (old.upper is None) != (new.upper is None)


def _row(old: Target | None, new: Target | None) -> TargetChange:
    ref = new or old
    assert ref is not None
    change = None
    if old and new and old.value is not None and new.value is not None and old.unit == new.unit \
            and not _range_against_point(old, new):
        # -- a range moves by its middle: 5%—5.5% → 4.5%—5% is −0.5个百分点 --
        change = round(_middle(new) - _middle(old), 6)
    # -- named as this year writes it: a target naming two indicators (能耗和主要污染物排放量) says
    #    the row covers both, though last year set only one of them --
    return TargetChange(ref.indicator, old, new, change)


__all__ = ["MIN_ITEMS", "PAIR_MIN", "Target", "TargetChange", "compare_targets", "find_targets", "pair_score",
           "parse_targets"]
