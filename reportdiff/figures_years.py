"""Which stretches of a report tell of several years (过去五年…, 五年来…累计…, “十四五”时期…,
力争到2030年…), and which side of the report each measure's figures stand on.

A 政府工作报告 at the end of a term reviews last year and the whole term side by side. A figure
of the term (五年来累计新增城镇就业335万人, 新增公办学位38万个) is no result of last year's
one-year plan, and no figure of one year to compare with another year's: figures, promises and
the figure extraction read the same openings and qualifiers from here.
"""

from __future__ import annotations

from . import lazy_re
from .kinds import ONE_YEAR_OPENING, TERM_OPENING
from .models import MeasureKind, Part, Report, Role

_COUNT = "[二两三四五六七八九十]"
_PLAN_PERIOD = r"[“\"‘']?十[一二三四五六]五[”\"’']?"
#: A paragraph (on its normalised key) opening a review of several years: 过去五年…, 五年来…,
#: 这五年…, 党的十八大以来的五年…, “十四五”时期… ; 过去一年 / 去年 return to one year
#: (``kinds.ONE_YEAR_OPENING``). The parser reads the same openings (``kinds.TERM_OPENING``).
SEVERAL_YEARS_OPENING = TERM_OPENING
#: Words inside a sentence that make the figures after them totals or levels over several
#: years: 五年来, 过去五年, “十四五”时期, 2021—2025年, 五年累计 (not 2024年以来: in the report on
#: 2024 that is the one year).
_SEVERAL_YEARS_MARK = lazy_re.compile(
    rf"(?:过去|近|这){_COUNT}年|{_COUNT}年(?:来|以来|间|累计)|{_PLAN_PERIOD}(?:时期|期间|以来)|"
    # -- 五年新建省级重点实验室48个: the years' work, said by the count before its act --
    rf"{_COUNT}年(?=新增|新建|建成|实施|完成|改造|开工|开行|培育|年均)|"
    r"(?:19|20)\d{2}(?:年)?[-—~－至到](?:19|20)\d{2}年"
)
#: Words that return a sentence to one year (2025年，…; 去年…; 全年…).
_ONE_YEAR_MARK = lazy_re.compile(r"(?<!\d)(?:19|20)\d{2}年(?!以来|至|到|[-—~－]|底|末)|去年|全年|过去一年|一年来|当年")
_SENTENCE_END = lazy_re.compile(r"[。！？!?\n]")
#: A level reached at the end of the years (由2.21%提高到2.63%, 突破800万户) is this year's
#: level, not a total: the words just before such a figure; a level said of a total (累计达到
#: 385万人, 合计达…) is still the total of the years.
_LEVEL = lazy_re.compile(r"(?<![累合总共][计計])(?:达到|达|突破|超过|提高到|提高至|提升到|提升至|增加到|增至|升至|降至|下降到|降低到|下降至|降低至|为)"
                            # -- …per head or per month between (提高到每人每月150元) --
                            r"(?:每人每月|每人每年|每人|每月|每年|人均)?$")

#: How far before a figure its level word is looked for (提高到每人每月).
_BEFORE = 10


#: A clause inside a sentence on the years that turns to one year (，其中2022年…; ；2022年…; ，全年…;
#: ，去年…).
_CLAUSE_YEAR = lazy_re.compile(r"[，,；;](?:其中)?(?=(?:19|20)\d{2}年(?!以来|[至到]|[-—~－])|全年|去年|当年|过去一年|一年来)")

#: How a stretch of several years is named (see ``period_name``): a plan period (十四五), a span of
#: years written out (2021—2025年) or a count of years (五年, 十年).
_PERIOD_PLAN = lazy_re.compile(r"十[一二三四五六七八九]五")
_PERIOD_SPAN = lazy_re.compile(r"((?:19|20)\d{2})年?[-—~－至到]((?:19|20)\d{2})年")
_PERIOD_COUNT = lazy_re.compile(rf"{_COUNT}年")


def period_name(words: str) -> str | None:
    """The period the words opening a stretch of several years name, on the Simplified key: 十四五
    (“十四五”时期, 十四五以来), 2021—2025年 (2021年至2025年), 五年 (过去五年, 五年来, 五年累计); None
    where they name none."""
    if found := _PERIOD_PLAN.search(words):
        return found.group()
    if found := _PERIOD_SPAN.search(words):
        return f"{found[1]}—{found[2]}年"
    if found := _PERIOD_COUNT.search(words):
        return found.group().replace("两", "二")
    return "任期" if "任期" in words else None


#: What follows a count of years that says how long since a record (7年来最低, 10年以来新高).
_RECORD = lazy_re.compile(r"(?:来|以来)的?(?:最|新高|新低|首次)")


def since_a_record(key: str, end: int) -> bool:
    """True when the years ending at ``end`` say how long since a record (增速7年来最低): framing
    of another figure, no quantity of their own."""
    return _RECORD.match(key, end) is not None


def several_years_spans(key: str) -> list[tuple[int, int]]:
    """Return the (start, end) stretches of ``key`` (an aligned key, one character per
    character of the text) that tell of several years: the whole of a paragraph opening with
    SEVERAL_YEARS_OPENING up to a sentence returning to one year, and inside any sentence
    the words after a several-years qualifier up to a one-year one or the sentence end."""
    return [(first, last) for first, last, _ in several_years_periods(key)]


def several_years_periods(key: str) -> list[tuple[int, int, str]]:
    """Return ``several_years_spans`` with the period each names (``period_name`` of its opening
    or qualifier: 五年, 十四五, 2021—2025年)."""
    spans: list[tuple[int, int, str]] = []
    start = 0
    opening = SEVERAL_YEARS_OPENING.match(key.lstrip("“\"")) is not None
    inside = opening
    period = (period_name(key[:_OPENING_WORDS]) or _SOME_YEARS) if inside else _SOME_YEARS
    for end_match in [*_SENTENCE_END.finditer(key), None]:
        end = len(key) if end_match is None else end_match.end()
        sentence = key[start:end]
        if inside and _ONE_YEAR_MARK.match(sentence.lstrip()):
            inside = False
        elif inside and (clause := _CLAUSE_YEAR.search(sentence)):
            # -- 五年新增学位32万个，其中2022年新增5.6万个: the years' up to the clause on one year --
            spans.append((start, start + clause.start(), period))
            start = end
            if start >= len(key):
                break
            continue
        elif not inside and start > 0 and SEVERAL_YEARS_OPENING.match(sentence.lstrip("“\" ")):
            # -- …收官之年。过去五年，…。农村贫困人口减少1亿多: the sentences after one opening on
            #    the years review them too --
            inside = True
            period = period_name(sentence[:_OPENING_WORDS]) or _SOME_YEARS
        if inside:
            spans.append((start, end, period))
        else:
            mark = _SEVERAL_YEARS_MARK.search(sentence)
            while mark is not None:
                back = _ONE_YEAR_MARK.search(sentence, mark.end())
                stop = len(sentence) if back is None else back.start()
                spans.append((start + mark.start(), start + stop, period_name(mark.group()) or _SOME_YEARS))
                mark = _SEVERAL_YEARS_MARK.search(sentence, stop) if back is not None else None
        start = end
        if start >= len(key):
            break
    return spans


#: How far into a paragraph or sentence opening on the years its period is named (“十四五”时期…).
_OPENING_WORDS = 16
#: The period of a stretch that names no count of years (本届政府任期…, …以来的五年 named later).
_SOME_YEARS = "多年"


def period_at(start: int, periods: list[tuple[int, int, str]]) -> str | None:
    """The period of the stretch of ``several_years_periods`` the figure at ``start`` stands in."""
    return next((name for first, last, name in periods if first <= start < last), None)


def over_several_years(key: str, start: int, spans: list[tuple[int, int]]) -> bool:
    """True when the figure at ``start`` of ``key`` stands in a several-years stretch and is
    no level reached (达到…, 提高到…): a total of the years, not one year's figure."""
    if not any(first <= start < last for first, last in spans):
        return False
    # -- 累计培训执法人员达到3200人次: a level said of a total opening its clause is still the total --
    clause = max((m.end() for m in _CLAUSE_START.finditer(key, 0, start)), default=0)
    return not _LEVEL.search(key[max(start - _BEFORE, 0):start]) or _TOTAL_WORD.search(key, clause, start) is not None


#: A total named in a figure's clause (累计, 合计, 共计, 总计).
_TOTAL_WORD = lazy_re.compile(r"[累合总共]计")


def level_reached(key: str, start: int) -> bool:
    """True when the figure at ``start`` of ``key`` is a level reached (增加到121万亿元, 突破40万亿元,
    超过1.6亿户): in a review of the term it is the level at the end of last year, a figure of one
    year; an average (平均为5.1%) is not."""
    before = key[max(start - _BEFORE, 0):start]
    return _LEVEL.search(before) is not None and not before.endswith(("平均为", "均为"))


#: A figure written with its level word (超过1.6亿户, 突破40万亿元): the word is part of the figure.
_LEVEL_FIGURE = lazy_re.compile(r"(?:达到|突破|超过)")


#: Where a figure's clause starts: the delimiter before it.
_CLAUSE_START = lazy_re.compile(r"[，,；;。：:！？!?\n]")
#: How a clause says its rate is measured over the year: its average (平均为5.1%, 全年控制在5.5%
#: 以内) or its value at the year's end (年末…降到5.5%, 12月末…).
_AVERAGE = lazy_re.compile(r"平均|全年(?:平均|控制|保持|稳定)")
_YEAR_END = lazy_re.compile(r"年末|年底|12月末|12月底")


def year_measure(key: str, start: int) -> str | None:
    """Return ``average`` or ``year_end`` when the clause of the figure at ``start`` says how the
    year's figure is taken (城镇调查失业率平均为5.1%, 年末城镇调查失业率降到5.5%), else None."""
    clause_start = max((m.end() for m in _CLAUSE_START.finditer(key, 0, start)), default=0)
    clause = key[clause_start:start]
    if _AVERAGE.search(clause):
        return "average"
    return "year_end" if _YEAR_END.search(clause) else None


#: A figure's side for pairing (see ``figure_sides``): its measure's side, whether it is a level
#: reached, and how the year's figure is taken (``year_measure``).
FigureSide = tuple[str | None, bool, str | None]


#: A paragraph looking back on the years (过去五年，…; 五年来，…), not forward to a plan period's goals.
_PAST_YEARS = lazy_re.compile(rf"^(?:回顾)?(?:过去|近|这)的?{_COUNT}年|^{_COUNT}年(?:来|以来)")


def reviews_the_years(key: str) -> bool:
    """True when a paragraph (its normalised key) opens looking back on the years (过去五年，…)."""
    return _PAST_YEARS.match(key.lstrip("“\"")) is not None


def figure_sides(key: str, starts: list[int], side: str | None, results: bool,
                 year: int | None = None) -> list[FigureSide]:
    """Each figure of one measure as (its measure's side, whether it is a level reached, how it is
    taken over the year); in a review of the term (``results``) only a level (国内生产总值增加到
    121万亿元, 总量超过1.6亿户) is one year's figure, the level at the end of last year: it pairs with
    a level of one year. There a figure told of the review's own ``year`` (2022年实施省级重点项目
    512个; 五年新增学位32万个，其中2022年新增5.6万个) is last year's review, whatever its section."""
    return [("review" if results and side == "term" and told_of_year(key, start, year) else side,
             (results or side != "term") and (level_reached(key, start) or _LEVEL_FIGURE.match(key, start) is not None
                                              # -- a year's rate in its own review is the level it reached --
                                              or (results and side == "review" and _RATE.match(key, start) is not None)),
             year_measure(key, start))
            for start in starts]


#: A rate as a figure is written (91.5%, 3‰).
_RATE = lazy_re.compile(r"\d+(?:\.\d+)?[%‰]")


#: Any year named, or several years (五年来, 2018—2022年): the last one before a figure says whose it is.
_NAMED_YEARS = lazy_re.compile(rf"((?:19|20)\d{{2}})年(?!以来|[至到]|[-—~－])|{_SEVERAL_YEARS_MARK.pattern}")


def told_of_year(key: str, start: int, year: int | None) -> bool:
    """True when the last year named in the sentence before the figure at ``start`` is ``year``
    alone (2022年…，完成投资4380亿元; 从2017年的21880亿元 is 2017's, 五年累计… the years')."""
    if year is None:
        return False
    sentence_start = max((m.end() for m in _SENTENCE_END.finditer(key, 0, start)), default=0)
    named = [m for m in _NAMED_YEARS.finditer(key, sentence_start, start)]
    return bool(named) and named[-1][1] == str(year)


def other_year_measures(old: FigureSide, new: FigureSide) -> bool:
    """True for a year's average against a year-end value (平均为5.1%, 年末…降到5.5%; a target
    全年控制在5.5%以内 and the rate 年末…5.5%): two measures of one rate."""
    return {old[2], new[2]} == {"average", "year_end"}


def sides_meet(old: FigureSide, new: FigureSide) -> bool:
    """True when figures of these sides (see ``figure_sides``) may be one indicator in two years:
    a term's figure only with a term's, except a level of a review of the term with a level of
    last year's review; last year's plan never with this year's result (that is a plan_result),
    last year's result never with next year's plan; a year's average never
    with a year-end value (平均为5.1%, 年末…5.5%)."""
    if other_year_measures(old, new):
        return False
    (old_side, old_level, _), (new_side, new_level, _) = old, new
    if old_level and new_level and "term" in (old_side, new_side) and {old_side, new_side} <= {"term", "review", None}:
        return True
    # -- last year's result is no earlier value of next year's plan (打造广场1个 → 新建广场2个) --
    return (old_side == "term") == (new_side == "term") and not (old_side == "plan" and new_side in ("review", "term")) \
        and not (old_side == "review" and new_side == "plan")


def called_a_total(text: str, start: int) -> bool:
    """True when the sentence of the figure at ``start`` calls it a total before it (累计,
    五年累计, 合计): a term review's figure is otherwise still work of last year among the
    years (棚户区住房改造2600多万套 tells that last year's 600万套 were done too)."""
    sentence_start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    return _TOTAL.search(text, sentence_start, start) is not None


_TOTAL = lazy_re.compile(r"[累合总共][计計]|總[计計]|[二两兩三四五六七八九十]年(?:[来來]|以[来來]|[间間])?"
                         r"(?:新增|新建|建成|[实實]施|完成|改造|[开開]工|[开開]行|培育)")  # -- the text as written: Simplified or Traditional --


# -- an end-of-term report reviews its whole term: 过去五年工作回顾; a part on the plan period is
#    of the term too: “十四五”时期主要目标任务 (but 过去一年和五年 and 过去五年和2025年 are mixed) --
_TERM_TITLE = lazy_re.compile(rf"^(?!.*(?:一年|(?:19|20)\d{{2}}年)).*(?:(?<!\d)[五5]年|{_PLAN_PERIOD})")


#: A review titled for last year and the term together (过去一年和五年工作回顾, 2022年和过去五年
#: 工作回顾, 2020年和“十三五”工作回顾): its paragraphs tell one or the other by their openings.
_MIXED_TITLE = lazy_re.compile(rf"(?:{_COUNT}|(?<!\d)5)年|{_PLAN_PERIOD}")


def _mixed_review(part: Part) -> bool:
    """True for a results part titled for one year and several together (过去一年和五年工作回顾)."""
    return (part.role is Role.RESULTS and _TERM_TITLE.search(part.key) is None
            and _MIXED_TITLE.search(part.key) is not None)


def part_side(part: Part) -> str | None:
    """Return ``plan``, ``review`` or ``term`` (a review of several years, 过去五年工作回顾, or
    the goals of several: 今后五年的目标任务) for a part of the plans or results role, or one
    titled for five years."""
    several = _TERM_TITLE.search(part.key)
    if part.role is Role.RESULTS:
        # -- 城镇新增就业6600万人 over five years is no year's figure --
        return "term" if several else "review"
    if several:
        return "term"  # -- 今后五年的目标任务: 到2030年地区生产总值突破400亿元 is no plan for one year --
    if part.role is Role.PLANS:
        return "plan"
    return None


def measure_sides(report: Report) -> dict[str, str]:
    """Return measure id → ``plan`` / ``review`` / ``term`` for the measures of parts that have a side.

    Inside a review of the term, the stretch from a paragraph opening on one year (刚刚过去的
    2017年…, 2025年，…) to one opening on several again (过去五年…) is last year's review. A
    paragraph setting goals for a year after the plan's (力争到2030年…) is of the term too."""
    sides: dict[str, str] = {}
    for part in report.parts:
        side = part_side(part)
        # -- a mixed review (过去一年和五年工作回顾) is last year's until a paragraph opens on the
        #    term (过去五年…, 五年来，…): that paragraph and all after it, the sections of the
        #    term's work included, tell of the years, up to one opening on a year again --
        mixed = side == "review" and _mixed_review(part)
        one_year = mixed
        term_line = None  # -- the line of a paragraph whose lead turned to the years (过去五年，…) --
        for m in part.all_measures():
            # -- a measure whose own role differs (a plans section of 存在的问题及下一步工作打算,
            #    a results section of 工作成效和下一步计划, a closing 下一步，…) has its own side --
            own = ("plan" if m.role is Role.PLANS else "review" if m.role is Role.RESULTS and side in ("plan", None)
                   else side)
            if side == "term" or mixed:
                if ONE_YEAR_OPENING.match(m.key):
                    one_year = True
                elif SEVERAL_YEARS_OPENING.match(m.key):
                    one_year = False
                if one_year and own == "term":
                    own = "review"  # -- 刚刚过去的2017年，…国内生产总值增长6.9%, and the 一是… after it --
                elif not one_year and own == "review" and mixed:
                    own = "term"
            if m.kind is not MeasureKind.POINT:
                spans = several_years_spans(m.key) if own == "review" else []
                term_line = m.line if spans and spans[-1][1] >= len(m.key.rstrip()) else None
            elif own == "review" and m.line == term_line:
                own = "term"  # -- 过去五年，…成就举世瞩目。一是…，二是…: the points review the years --
            if own in ("plan", None) and report.plan_year is not None and any(
                    int(found[1] or found[2]) > report.plan_year for found in _GOAL_YEAR.finditer(m.key)):
                own = "term"  # -- 力争到2030年…突破3000亿元: a goal of the plan's later years --
            if own is not None:
                sides[m.id] = own
    return sides


def measure_periods(report: Report) -> dict[str, str]:
    """Return measure id → the period a measure of a part on several years tells of: what the part's
    title names (过去一年和五年工作回顾 → 五年, “十四五”时期主要目标任务 → 十四五) or, from a paragraph
    opening on the years (五年来，…; “十四五”以来…), what that opening names. Only a measure whose side
    is ``term`` (``measure_sides``) is of those years; the others are listed all the same."""
    periods: dict[str, str] = {}
    for part in report.parts:
        titled = period_name(part.key) if part_side(part) is not None else None
        current = titled
        for m in part.all_measures():
            if SEVERAL_YEARS_OPENING.match(m.key):
                current = period_name(m.key[:_OPENING_WORDS]) or titled
            if current is not None:
                periods[m.id] = current
    return periods


#: The year a goal is set for: 到2030年, 2030年前.
_GOAL_YEAR = lazy_re.compile(r"到((?:19|20)\d{2})年|((?:19|20)\d{2})年前")


__all__ = ["SEVERAL_YEARS_OPENING", "called_a_total", "measure_periods", "period_at", "period_name", "several_years_periods", "figure_sides", "level_reached", "measure_sides", "other_year_measures", "reviews_the_years", "sides_meet", "since_a_record", "year_measure", "over_several_years", "part_side",
           "several_years_spans", "told_of_year"]
