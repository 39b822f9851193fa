"""The body a report is of (海淀区人民政府, 国务院, 云泽市司法局), as the report itself names it.

Folders group reports by it; ``compare`` warns when two reports name different bodies.
"""

from __future__ import annotations

from . import lazy_re
from .models import BlockKind, Report
from .normalize import key as norm_key

YEAR = lazy_re.compile(r"(?:19|20)\d{2}\s*年?度?")
#: The name of a report kind and the words around it in a title; what is left names the body.
#: (和 and 及 only where they join two of them, …工作总结和工作计划: 林业和草原局 keeps its 和.)
_KIND_WORDS = r"关于|的|法治政府建设|法治建设|依法行政|政府工作报告|工作报告|年度|情况|报告|工作总结|总结|工作计划|计划"
_TITLE_WORDS = lazy_re.compile(
    rf"{_KIND_WORDS}|(?:和|及)(?=(?:19|20)?\d*年?度?(?:{_KIND_WORDS}))|"
    r"[（(][^）)]*[）)]|[“”\"《》〈〉]")
#: A body named in the opening: 我代表国务院，… / 2024年，云泽市司法局坚持…
_OPENING_BODY = (
    lazy_re.compile(r"我代表(?P<body>[^，,。]{2,20}?)(?:人民政府)?(?:[，,]|向)"),
    lazy_re.compile(r"^(?:(?:19|20)\d{2}年(?:以来|度)?[，,]?)(?P<body>[^，,。]{2,20}?"
                    r"(?:人民政府|政府|局|委员会|委|办公室|办|厅|院|署|中心|区|市|县|省|州|盟|旗|镇|乡|街道))"
                    r"(?=坚持|在|以|深入|围绕|认真|全面|紧|始终|聚焦|按照|持续|扎实|着力|把|高举|贯彻)"),
)
#: How one body is named more or less fully from year to year: 海淀区人民政府 / 北京市海淀区 / 海淀区;
#: what a title adds after it (推进…进展, …工作) names no body. The place comes first, then perhaps
#: an office of it (司法局, 农业农村局). (Letters are [^\W\d_], not the ideographs' range: a range that
#: wide costs two milliseconds to compile, on every run, and a name is ideographs anyway.)
#: (A place's name never runs through a government: 云溪区人民政府|云溪区, the body on the line
#: above a title that names it again, is the place 云溪区.)
#: (杭州市, 贵州省 are one place: 州 ends a piece, and 市 or 省 after it goes with it.)
_PLACE = lazy_re.compile(r"^(?:(?:(?!政府)[^\W\d_]){1,9}?(?:省|自治区|市|区|县|旗|州|盟|镇|乡|街道|开发区|新区|高新区)|(?<=州)[市省])+")
#: A place's reports that are series of their own beside its government's (关于…计划执行情况与…计划草案的
#: 报告, …预算执行情况和…预算草案的报告, 决算): named by the place and the series.
_SERIES = (("计划", lazy_re.compile("国民经济(?:和)?社会发展|计划执行|计划草案")), ("预算", lazy_re.compile("预算执行|预算草案")),
           ("决算", lazy_re.compile("决算")))
#: The session a 政府工作报告 is heard at names its place (——…在江州市第十六届人民代表大会…会议上).
_SESSION_PLACE = lazy_re.compile(r"在(?P<body>[^，,。在]{2,20}?)第[一二三四五六七八九十]+届人民代表大会")
_OFFICE = lazy_re.compile(r"^[^\W\d_]{0,8}?(?:局|厅|委员会|办公室|办公厅|管委会|管理委员会|中心|院|署|部)")
#: A division of an office, all that follows its name (政策法规处, 行政复议科, 执法支队).
_DIVISION = lazy_re.compile(r"^[^\W\d_]{1,8}?(?:处|科|室|支队|大队)$")
_OFFICE_END = lazy_re.compile(r"(?:局|厅|委员会|办公室|办公厅|管委会|管理委员会|中心|院|署|部)$")
_GOVERNMENT = lazy_re.compile(r"^(?:人民政府|政府)")
#: A government named by its level alone (我代表县人民政府, 我代表市政府): which one, only the hall
#: it is read in knows; no body's name.
_GENERIC = lazy_re.compile(r"^(?:省|自治区|市|县|区|旗|州|盟|镇|乡|街道|自治州|自治县|本市|本县|本区)(?:人民政府|政府)?$")


#: How far into the outline the header's lines are looked for (a WeChat article's headline,
#: byline, buttons and lead before them).
_HEADER_SEARCH = 16


def named_body(report: Report) -> str:
    """Return the body the report's title or opening names (Simplified key), or "" if neither does."""
    title = _TITLE_WORDS.sub("", YEAR.sub("", norm_key(report.title))).strip(" ，,:：—-")
    if len(title) >= 2:
        return title
    # -- the header's lines, however much page or article furniture stands before them --
    header = [block for block in report.blocks[:_HEADER_SEARCH] if block.kind is BlockKind.TITLE][:4]
    for block in header:
        if (session := _SESSION_PLACE.search(norm_key(block.text))):
            return session["body"]
    opening = norm_key(report.preamble)
    for pattern in _OPENING_BODY:
        match = pattern.search(opening[:200])
        if match and not _GENERIC.match(match["body"]):
            return match["body"]
    return ""


def core(name: str) -> str:
    """The place a name starts with and the office of it, if any (某县司法局 → 某县司法局;
    某县人民政府工作 → 某县; 国务院 → 国务院)."""
    place = _PLACE.match(name)
    if place is None:
        return name
    rest = _GOVERNMENT.sub("", name[place.end():])
    office = _OFFICE.match(rest) if rest == name[place.end():] else None
    series = next((word for word, pattern in _SERIES if rest == word or pattern.search(rest)), "") if office is None else ""
    # -- a division of the office writing its own report (…厅法规处) is a body of its own --
    division = _DIVISION.match(rest[office.end():]) if office else None
    return place.group() + (office.group() + (division.group() if division else "") if office else series)


def same_body(first: str, second: str) -> bool:
    """Whether two names can be one body: one place (and office) holds the other once what a
    title adds is set aside (北京市海淀区人民政府 and 海淀区), or either is unknown."""
    first, second = core(first), core(second)
    if len(first) < 2 or len(second) < 2:
        return True
    shorter, longer = sorted((first, second), key=len)
    if longer.startswith(shorter) and _DIVISION.match(longer[len(shorter):]) and _OFFICE_END.search(shorter):
        return False  # -- a bureau and a division of it (…厅 / …厅法规处) are two bodies --
    return first in second or second in first


__all__ = ["YEAR", "core", "named_body", "same_body"]
