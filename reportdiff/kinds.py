"""Report kinds: the vocabulary and year rules of each kind of annual report.

Three kinds share one pipeline; a kind only supplies words and defaults:

- ``rule_of_law``: 法治政府建设年度报告. Written at the end of the year it reviews: the 2024
  report reviews 2024 and plans 2025.
- ``government_work``: 政府工作报告 of a government at any level. Delivered early in the year
  it is named by: the 2025 report reviews 2024 and sets the tasks of 2025.
- ``other``: any report of results then plans (a department's 工作总结和计划…), read with the
  rule-of-law defaults (review this year, plan the next).

Nothing downstream branches on a kind's name: parse and plans read the fields of :class:`Kind`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from . import lazy_re
from .done_jiang import BA_JIANG, as_ba
from .models import Report, Role
from .normalize import arabic_years as digit_years
from .normalize import key as norm_key
from .normalize import nfkc
# -- framing sentences live in plan_framing; re-exported for the modules that import them here --
from .plan_framing import is_fact, is_framing


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of report: its name, how to recognise it and its year rules."""

    name: str
    signature: tuple[str, ...]
    """Words of the title or opening that name this kind (comparison keys, Simplified)."""
    review_offset: int
    """``review_year - year``: the year the results part covers, relative to the report's own."""
    plan_offset: int
    """``plan_year - year``: the year the plans part covers, relative to the report's own."""
    required_roles: tuple[Role, ...] = (Role.RESULTS, Role.PLANS)
    """The parts every report of this kind has (``check``'s ``required_parts`` rule)."""
    task_promises: bool = False
    """Its plan sentences list several tasks (实施…方案，强化…力量，加强…建设), each a promise
    of its own; a 法治 report's plan sentence is one measure with its aim and manner."""
    figure_tasks: bool = False
    """A clause of a plan sentence setting a figure of its own is a task of its own (a
    department's 工作计划: 全年新登记经营主体4200户以上，推进“个转企”100户), as a deed is in any kind."""
    part_leads: bool = False
    """Its parts open on a lead (导语) framing the whole part (过去一年，我们…; 今年是…关键一年，
    做好政府工作，要…) before their sections: shown as the part's lead, not counted as a measure.
    A 法治 report's unnumbered opening paragraph is a measure like the others, unless…"""
    numbered_leads: bool = False
    """…it leads into the part's numbered work: the paragraph directly before the part's first
    section, item or point (一、主要工作及成效。全镇紧紧围绕…。 then （一）…; 四、工作打算。2025年，我镇将
    重点抓好以下工作： then 1.…), on the heading's line or on its own. A part of unnumbered
    paragraphs only (a township's one-page report) has no lead: each paragraph is a measure."""


# -- a 法治 report states its shortcomings in a part of their own (存在的不足及原因), which it must
#    have; a 政府工作报告 needs its review and its tasks, its problems at most a paragraph of the
#    review (我们也清醒看到…) worded too variously to require; a generic 工作总结 need not have them --
RULE_OF_LAW = Kind("rule_of_law", ("法治政府建设", "法治建设", "依法行政"), 0, 1,
                   (Role.RESULTS, Role.SHORTCOMINGS, Role.PLANS), numbered_leads=True)
# -- a development zone's 管委会 reports to its 工作会议 as a government to its congress: early in the
#    year, last year's review, this year's targets and tasks --
GOVERNMENT_WORK = Kind("government_work", ("政府工作报告", "向大会报告政府工作", "向大会报告工作", "各位代表",
                                           "管委会工作报告", "管理委员会工作报告"), -1, 0,
                       (Role.RESULTS, Role.PLANS), task_promises=True, part_leads=True)
# -- the other reports a congress hears (a court's, a procuratorate's, its standing committee's, the
#    plan's and the budget's) address 各位代表 as a government does: their titles say what they are --
OTHER = Kind("other", ("法院工作报告", "检察院工作报告", "常务委员会工作报告", "常委会工作报告", "计划执行情况",
                       "预算执行情况", "决算"), 0, 1, figure_tasks=True)
KINDS = {kind.name: kind for kind in (RULE_OF_LAW, GOVERNMENT_WORK, OTHER)}


def detect_kind(opening: str) -> Kind:
    """Return the kind whose words appear first in ``opening`` (title, header and preamble).

    The earliest signature wins: a 政府工作报告 that mentions 法治政府建设 later in its preamble
    is still a government work report, and a rule-of-law report is named so in its title.

    >>> detect_kind("政府工作报告——2025年3月5日在…会议上").name
    'government_work'
    >>> detect_kind("海淀区2024年法治政府建设年度情况报告").name
    'rule_of_law'
    """
    return named_kind(opening) or OTHER


def named_kind(opening: str) -> Kind | None:
    """Return the kind ``opening`` names by its words (``detect_kind``), None when it names none."""
    found = _first_signature(opening)
    return found[1] if found else None


def _first_signature(opening: str) -> tuple[str, Kind] | None:
    text = norm_key(opening)
    found = [(text.find(word), word, kind) for kind in (RULE_OF_LAW, GOVERNMENT_WORK, OTHER)
             for word in kind.signature if word in text]
    return min(found, key=lambda item: item[0])[1:] if found else None


#: What a report of each kind is called (a series of one body's reports is named by it: 青禾县政府工作报告).
KIND_TITLES = {"rule_of_law": "法治政府建设年度报告", "government_work": "政府工作报告"}


def series_name(report: Report) -> str:
    """Return what ``report`` says it is in its title and opening, as a folder names one body's
    series of such reports: 政府工作报告, 法治政府建设年度报告, or for the other reports a congress hears
    the words that name them (法院工作报告, 预算执行情况报告); "" when it says nothing of its kind (a
    工作总结 may be any report)."""
    found = _first_signature(report.title + report.preamble[:300])
    if found is None:
        return ""
    word, kind = found
    title = KIND_TITLES.get(kind.name, word)
    return title if title.endswith("报告") else f"{title}报告"


# ---------------------------------------------------------------- part roles

#: Headings naming a five-year plan period (“十三五”时期…): a review of it beside the yearly one, or
#: its goals, are neither this year's results nor this year's plans.
_PLAN_PERIOD = lazy_re.compile(r"十[一二三四五六七八九]五|(?:今后|未来)[二三四五]年")
#: …unless the heading also names the single year under review (“十三五”时期和2020年工作回顾).
_SINGLE_YEAR = lazy_re.compile(r"(?:19|20)\d{2}年|过去一年|去年|今年|本年")

_GOAL_WORDS = ("重点任务", "主要任务", "主要目标", "奋斗目标", "总体思路", "工作重点")
# -- Checked in this order: a leadership heading also says 加强法治政府建设有关情况, a plans
#    heading may say 主要安排 (主要 also opens results headings), and 政府自身建设 is about the
#    government's own conduct, neither a review nor a task list. Shared by every kind: a
#    heading word means the same in each. --
_ROLE_WORDS: tuple[tuple[Role, tuple[str, ...]], ...] = (
    (Role.LEADERSHIP, ("第一责任人", "主要负责同志", "主要负责人", "履行推进法治建设")),
    (Role.OTHER, ("自身建设",)),
    # -- how last year's targets or tasks went (预期目标完成情况, 重点任务落实情况) is a review --
    (Role.RESULTS, ("完成情况", "落实情况", "执行情况")),
    (Role.SHORTCOMINGS, ("不足", "存在的问题", "存在问题", "短板", "差距")),
    (Role.PLANS, ("安排", "计划", "打算", "下一步", "工作思路", "工作要点", "努力方向", "工作任务", "重点工作",
                  "总体要求", "政策取向", "预期目标", "总体部署", "工作的建议", "工作建议", "目标任务")),
    (Role.RESULTS, ("举措", "成效", "做法", "工作情况", "进展", "成绩", "主要工作", "开展情况", "推进情况",
                    "实现情况", "工作回顾", "回顾", "过去一年", "过去五年", "工作总结", "成就")),
    # -- words that name tasks or goals, but also what a review reports on (重点任务进展情况,
    #    奋斗目标实现情况, 落实…纲要重点任务情况): plans only when no review word above is in
    #    the heading and it does not end on 情况 --
    (Role.PLANS, _GOAL_WORDS),
)

#: A heading that bids the work ahead, pointing at what follows or at this year (重点抓好以下工作,
#: 着力抓好以下几个方面工作, 扎实做好今年各项工作, 全力做好2026年各项工作, 抓好以下八件民生实事):
#: the plans part of a report below the State Council. What was done says so (抓好了), and a
#: review word (过去一年, 回顾) is read first.
_TASKS_AHEAD = lazy_re.compile(
    r"(?:抓好|做好|干好|办好|抓实)(?!了)[^了,。]{0,12}?"
    r"(?:以下|下列|[一二三四五六七八九十几]+个?方面|今年|明年|新的一年|新一年|(?:19|20)\d{2}年)[^了,。]{0,12}"
    r"(?:工作|任务|实事):?$")

#: Results words that name work without saying it is done: 2025年主要工作 after 2024年工作回顾
#: is next year's work. 成效, 回顾, 情况, 进展 say it is done and keep a heading a review, as
#: does a span of the year that has passed (2023年以来, 1—5月, 上半年).
_TENSELESS_WORK = ("主要工作", "举措", "做法")
_DONE_WORDS = tuple(word for role, words in _ROLE_WORDS if role is Role.RESULTS for word in words
                    if not any(word in neutral or neutral in word for neutral in _TENSELESS_WORK))
_PASSED_SPAN = lazy_re.compile(r"以来|上半年|前三季度|[0-9〇一二三四五六七八九十]+月")


def names_work_only(heading: str) -> bool:
    """Whether a heading says only what work it covers, not that the work is done."""
    heading_key = norm_key(heading)
    return (any(word in heading_key for word in _TENSELESS_WORK)
            and not any(word in heading_key for word in _DONE_WORDS)
            and not _PASSED_SPAN.search(heading_key))


#: Longest line taken for a part heading in a report that numbers none (2025年推进法治政府建设的主要安排).
_UNMARKED_HEADING_MAX = 30


#: Marks that stay sentence marks in NFKC (。 itself, ，and ；folded to , and ;): a line holding
#: one is no heading, known without normalising a whole paragraph (most lines asked are).
_SENTENCE_MARKS = ("。", "，", ",", "；", ";")


def names_a_part(line: str) -> bool:
    """A short line, no sentence, that names a part's role (2024年工作回顾, 存在的问题和不足): a
    part heading where a report numbers none (a saved page's <h2>, a text that lost its 一、)."""
    if any(mark in line for mark in _SENTENCE_MARKS):
        return False
    # -- a heading may close on a colon (存在的问题：) --
    text = unicodedata.normalize("NFKC", line).strip().rstrip(":")
    # -- (a comma is a sentence's, or a hard-wrapped line's: …逐项制定整改措施 / 全部整改到位) --
    return (0 < len(text) <= _UNMARKED_HEADING_MAX and not any(mark in text for mark in "。;:,")
            and detect_role(text) is not Role.OTHER)


#: A part heading naming a year's review or its tasks with no number (2023年工作回顾, 过去一年工作回顾,
#: 2024年主要任务, 今年重点工作): township reports write them on lines of their own over 一、 sections.
_YEAR_PART = lazy_re.compile(r"^(?:(?:19|20)\d{2}年|过去一年|今年|明年)[^,。;:]{0,12}?"
                             r"(?:工作回顾|工作安排|主要任务|重点工作|工作计划|工作打算|工作任务|主要工作)$")


def names_a_year_part(line: str) -> bool:
    """Whether a line is an unnumbered heading naming one year's review or tasks (2023年工作回顾,
    2024年主要任务): the part over a township report's 一、 sections."""
    # -- the short-line test first: a paragraph's whole key is not read for nothing --
    return names_a_part(line) and bool(_YEAR_PART.match(norm_key(digit_years(line)).rstrip(":")))


_CONJUNCTIONS = lazy_re.compile("以及|及|和|与|并|、|,")


def _conjuncts(heading: str) -> list[tuple[str, Role]]:
    """Each conjunct of a part heading with the role it names (存在的问题及下一步工作打算 →
    存在的问题: shortcomings, 下一步工作打算: plans)."""
    return [(piece, detect_role(piece)) for piece in _CONJUNCTIONS.split(norm_key(heading))]


def names_two_roles(heading: str) -> bool:
    """Whether a part heading names the parts of two roles (存在的问题及下一步工作打算, 工作成效和
    下一步计划): its sections then say which each one is."""
    # -- each role in a conjunct of its own: 主要目标任务完成情况 is one review, not two --
    named = {role for _, role in _conjuncts(heading) if role in (Role.RESULTS, Role.SHORTCOMINGS, Role.PLANS)}
    return len(named) >= 2


def plans_years(heading: str) -> set[int]:
    """The years a part heading names in its plans conjunct (存在的不足和2025年工作安排 → {2025};
    2024年工作成效和2025年工作计划 → {2025}): a paragraph of that part opening on one of them
    (2025年，我部将…) turns to the plans."""
    return {year for piece, role in _conjuncts(heading) if role is Role.PLANS for year in years_in(piece)}


def names_plan_period(heading: str) -> bool:
    """Whether a heading names a five-year plan period and no single year (今后五年的奋斗目标,
    “十五五”时期主要目标任务): neither one year's results nor its plans, whatever is under it."""
    heading_key = norm_key(heading)
    return bool(_PLAN_PERIOD.search(heading_key)) and not _SINGLE_YEAR.search(heading_key)


#: A shortfall a heading sets out to remedy (补齐基础设施短板, 缩小城乡差距, 弥补…不足): a task of
#: the plans, no shortcomings part; its words are passed over when reading the role.
_REMEDIED = lazy_re.compile(r"(?:补齐|补足|补强|补上|弥补|缩小|填补)[^,。;:、]{0,10}?(?:短板|差距|不足)|补短板")


def detect_role(heading: str) -> Role:
    """Return the role a part heading names, in either script.

    >>> detect_role("四、2025年法治政府建設工作主要安排")
    <Role.PLANS: 'plans'>
    >>> detect_role("二、“十三五”时期发展成就和“十四五”时期主要目标任务")
    <Role.OTHER: 'other'>
    >>> detect_role("二、2025年主要目标和重点任务"), detect_role("一、2024年主要目标任务完成情况")
    (<Role.PLANS: 'plans'>, <Role.RESULTS: 'results'>)
    """
    heading_key = _REMEDIED.sub("", norm_key(heading))
    if names_plan_period(heading_key):
        return Role.OTHER
    for role, words in _ROLE_WORDS:
        if any(word in heading_key for word in words):
            return Role.RESULTS if words is _GOAL_WORDS and heading_key.endswith("情况") else role
    return Role.PLANS if _TASKS_AHEAD.search(heading_key) else Role.OTHER


#: The opening sentence of a paragraph inside a review that turns to problems
#: (我们也清醒看到…问题和挑战, 同时也要看到…不足): a shortcomings paragraph, not a result.
_SHORTCOMING_OPENING = lazy_re.compile(
    r"清醒(?:地)?(?:看到|认识到|认识)|也要看到|也应看到|同时也要|还要看到|"
    r"(?:问题|困难|矛盾)和(?:挑战|问题|不足)|不足和(?:问题|差距)|差距和不足|短板弱项|"
    r"(?:还|仍)(?:然)?存在(?:一些|不少)?(?:问题|不足|短板|差距)|工作(?:中)?(?:还|也)存在(?:一些)?(?:问题|不足)"
)


#: A paragraph of a review that tells of one year (刚刚过去的2017年…, 过去一年…, 去年…): inside a
#: review of five years it is that year's result, not the term's.
ONE_YEAR_OPENING = lazy_re.compile(
    r"^(?:刚刚)?过去的?一年|^去年(?!以来)|^(?:刚刚过去的)?(?:19|20)\d{2}年(?!以来|至|到|[-—~－]|底|末)")


#: The opening of a paragraph that reviews several years (五年来，…; 过去五年…; 三年来…;
#: “十四五”时期是…的五年; 第十二届全国人民代表大会第一次会议以来的五年…; 本届政府任期…): a
#: term-end report's review of its years beside the year's. One definition for the parser (where
#: such a paragraph stands) and for figures and promises (its figures are no one year's).
TERM_OPENING = lazy_re.compile(
    r"^(?:回顾)?(?:过去|近|这)?的?[二两三四五六七八九十]年(?:来|以来|间|中|里|,)|"
    r"^(?:回顾)?(?:过去|近)的?[二两三四五六七八九十]年|^[^,。]{0,30}以来的[二两三四五六七八九十]年|"
    r"^[“\"‘']?十[一二三四五六七八九]五[”\"’']?(?:时期|期间|以来|规划实施以来)|^本届政府任期")


def opens_term_review(paragraph: str) -> bool:
    """Return True when the paragraph opens on a review of the term (五年来，…, “十四五”时期…),
    not of one year.

    >>> opens_term_review("“十四五”时期是全省发展极不平凡的五年。"), opens_term_review("过去一年，…")
    (True, False)
    """
    return bool(TERM_OPENING.search(norm_key(paragraph)))


def opens_shortcomings(paragraph: str) -> bool:
    """Return True when the paragraph's opening announces problems or shortcomings.

    The opening is its first two sentences: a short saying often comes first (安不忘危，
    兴不忘忧。我们清醒认识到…).
    """
    opening = "。".join(norm_key(paragraph).split("。", 2)[:2])
    return bool(_SHORTCOMING_OPENING.search(opening))


#: The opening of a paragraph that turns to the work ahead (下一步，我局将…; 今后，我们要…) in a
#: report that gives its plans no part of their own: plans, wherever it stands. 20XX年，…将 is
#: not one (将 is also 把: 2024年，我局将法治建设纳入考核 tells what was done).
_FORESEEING = ("随着", "面对", "面临")
_PLANS_OPENING = lazy_re.compile(r"^(?:下一步|下步|今后|明年|来年|新的一年)(?:工作中|工作)?(?:打算|计划|安排|思路|重点)?[,:]")


def opens_plans(paragraph: str) -> bool:
    """Return True when the paragraph opens on the work ahead (下一步，…), not on what lies ahead
    (今后，随着改革深入，执法任务将更加繁重 is a problem foreseen)."""
    text = norm_key(paragraph)
    opening = _PLANS_OPENING.match(text)
    return opening is not None and not text.startswith(_FORESEEING, opening.end())


def announces_plans(paragraph: str) -> bool:
    """Return True for a lead line whose last clause names the plans it announces (2026年工作打算
    如下：, 我县将重点抓好以下工作：, 针对上述问题，下一步将…以下工作：), not the problems (但仍存在
    以下不足：)."""
    text = norm_key(paragraph)
    return text.endswith(":") and detect_role(text.rsplit(",", 1)[-1]) is Role.PLANS


#: What a sentence of work done says (全年召开联席会议5次, 累计办理案件, 已建成, 开展了, 审查合同64份,
#: a work begun or topped out: 开工建设, 主体完工):
#: the year's span or sum, 已, 了 after a verb (not 为了, 了解), or a count of what was done
#: (320件, 7.5万件, 1800万人次, 2000余人, files reviewed 145卷, training held 3期).
_DONE = lazy_re.compile(r"全年|累计|共计|同比|先后|截至|截止|已经|已(?!于)|(?<![为除])了(?!解)|主体(?:结构)?完工|开工建设|"
                        r"\d[余多]?[万亿千]?[余多]?[件次份场条个家人名项起批卷期]")
#: …and what a sentence of work ahead says (将, 拟, 力争, 下一步, 明年).
_AHEAD = lazy_re.compile(r"(?<![即])将|拟|力争|争取|下一步|明年|来年|计划(?!单列)")


def reports_done(text: str) -> bool:
    """Whether a paragraph reports work done (全年召开联席会议5次, 已建成, 公开信息820条), not work ahead: a
    thematic heading (强化组织领导，夯实法治基础) says neither, its paragraphs say which."""
    # -- 将…纳入…, 将…提高到… is a deed written as 把 is (将 of the future stays ahead) --
    key = norm_key(text)
    deed = BA_JIANG.search(key) is not None
    key = as_ba(key) if deed else key
    return bool(deed or _DONE.search(key)) and not _AHEAD.search(key)


# ---------------------------------------------------------------- years

_YEAR = lazy_re.compile(r"((?:19|20)\d{2})\s*年")
_BARE_YEAR = lazy_re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
#: A report heard at a session (——2026年1月13日在…人民代表大会第五次会议上).
_SESSION = lazy_re.compile(r"在[^。]{2,40}?会议上")
#: A review of the previous year (this report was written after that year ended).
_LAST_YEAR = lazy_re.compile(r"过去一年|去年|上一年|上年")
#: Plans for the year the report is delivered in; and the year after it.
THIS_YEAR = lazy_re.compile(r"今年|本年")
NEXT_YEAR = lazy_re.compile(r"明年|来年")


@dataclass(frozen=True, slots=True)
class Years:
    """The three years of a report (product.md: year, review_year, plan_year)."""

    year: int | None
    review_year: int | None
    plan_year: int | None


def arabic_years(text: str) -> str:
    """``text`` width folded, with years in Chinese numerals written in digits (二〇二四年 → 2024年)."""
    text = nfkc(text)
    if "年" not in text:
        return text
    return digit_years(text)


def years_in(text: str) -> set[int]:
    """The distinct years ``text`` names in digits or Chinese numerals (2021—2025年 names two;
    a year written without 年, 展望2025, counts too)."""
    return {int(year) for year in _BARE_YEAR.findall(arabic_years(text))}


def first_year(text: str) -> int | None:
    """Return the first 4-digit year written as ``20XX年`` (or 二〇XX年) in ``text`` (width folded)."""
    match = _YEAR.search(arabic_years(text))
    return int(match.group(1)) if match else None


def detect_years(kind: Kind, *, name: str, results_heading: str, plans_heading: str, preamble: str,
                 source: str) -> Years:
    """Return a report's years from what it says of itself, strongest evidence first.

    ``name`` is the title and header lines (政府工作报告 / ——2025年3月5日在…会议上), whose year is
    the report's own; the results and plans headings give the years they cover
    (2024年工作回顾, 2025年政府工作任务); the preamble's first year is the review year; the file
    name is the last resort. Missing years follow from the others by the kind's offsets,
    corrected by relative words (a review of 过去一年 with plans for 今年 is delivered the year
    after the one it reviews, whatever the kind).
    """
    review_offset, plan_offset = kind.review_offset, kind.plan_offset
    if _LAST_YEAR.search(norm_key(results_heading)) or THIS_YEAR.search(norm_key(plans_heading)):
        review_offset, plan_offset = -1, 0
    review = first_year(results_heading)
    plan = first_year(plans_heading)
    year = first_year(name)
    if kind is not RULE_OF_LAW and (_SESSION.search(norm_key(name)) or named_kind(name) is OTHER):
        # -- 关于2025年预算执行情况和2026年预算草案的报告, heard at the 2026 session (or titled as such a
        #    report without its session line): of the year it plans --
        named = sorted(years_in(name.split("——")[0]))
        if len(named) == 2 and named[1] == named[0] + 1:
            year = named[1]
            review = review if review is not None else named[0]
            plan = plan if plan is not None else named[1]
    if year is None and plan is not None:
        year = plan - plan_offset
    if year is None and review is not None:
        year = review - review_offset
    if year is None and (preamble_year := first_year(preamble[:200])) is not None:
        review = review if review is not None else preamble_year
        year = preamble_year - review_offset
    if year is None and (match := _BARE_YEAR.search(source.replace("\\", "/").rsplit("/", 1)[-1])):
        year = int(match.group(1))
    if year is None:
        return Years(None, review, plan)
    return Years(year, review if review is not None else year + review_offset,
                 plan if plan is not None else year + plan_offset)


__all__ = [
    "GOVERNMENT_WORK",
    "KINDS",
    "Kind",
    "ONE_YEAR_OPENING",
    "OTHER",
    "RULE_OF_LAW",
    "NEXT_YEAR",
    "THIS_YEAR",
    "Years",
    "arabic_years",
    "detect_kind",
    "named_kind",
    "detect_role",
    "detect_years",
    "first_year",
    "is_fact",
    "is_framing",
    "names_plan_period",
    "opens_shortcomings",
    "opens_term_review",
    "TERM_OPENING",
    "plans_years",
]
