"""A report's header (title, occasion, speaker), its page furniture, and lead lines joined with their bodies."""

from __future__ import annotations

import re
import unicodedata
from typing import Callable

from . import lazy_re
from .loaders import Paragraph
from .kinds import detect_role
from .models import Block, BlockKind, Role
from .normalize import key as norm_key, nfkc
from .parse_layout import levels, names_the_part
from .parse_markers import (
    ITEM_RE, LEAD_IN, NUMERALS, PAREN_ITEM_RE, SENTENCE_END, display_len, is_heading_line, is_marker_line, marker_prefix,
)
from .parse_wrap import line_at_width
from .wechat_furniture import is_recommend_heading, is_republish_lead, is_wechat_furniture


# -- A page number as printed or pasted ("— 3 —", "-3-", "第3页 共10页", "3/10"), or the
#    info line of a government web page (日期：… 来源：… 字号：大 中 小 分享：). --
_PAGE_NUMBER = lazy_re.compile(r"^[\s\-—–_~]*(?:第\s*)?\d{1,3}(?:\s*页)?(?:\s*(?:/|共)\s*\d{1,3}\s*页?)?[\s\-—–_~]*$")
_INFO_WORDS = ("日期", "来源", "字号", "分享", "打印", "关闭", "浏览", "发布时间", "点击", "阅读次数", "责任编辑",
               "作者", "收藏", "信息来源")


#: A printed web page's chrome: its breadcrumb (当前位置：首页 > 政务公开 > …, 首页>…>…), a
#: navigation bar (首页|无障碍|English) and the site's footer (主办：… 承办：… 网站标识码：…).
_POSITION = lazy_re.compile(r"^(?:当前位置|您的位置|你的位置|您现在的位置|你现在的位置|所在位置|现在位置)[:]")
_CRUMB_SEPARATOR = lazy_re.compile(r"\s*[>»›]\s*")
_BAR_SEPARATOR = lazy_re.compile(r"\s*[|]\s*")
_SHARE = lazy_re.compile(r"^分享(?:到)?:?(?:微信|微博|qq空间|qq|朋友圈|豆瓣|[|/])*$")
_SITE_WORDS = ("主办", "承办", "网站标识码", "icp备", "公网安备", "技术支持", "版权所有", "网站地图", "联系我们")
#: How far into a printed page its navigation may reach; before a navigation bar there, lines
#: this short (首页 / 政务公开 / 政务服务, one a line) are its menu.
_CHROME_LINES, _MENU_ITEM_MAX = 12, 12
#: A web page's date line above its article, pasted with it: the day with its weekday, perhaps
#: after the site's name or 今天是 and before the lunar date (青禾县人民政府 2019年12月3日星期二,
#: 今天是：2024年3月15日 星期五 农历甲辰年二月初六), or the lunar date alone. The page's date,
#: never the report's (on the comparison key: Simplified, no spaces).
_LUNAR = r"农历[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年闰?[正一二三四五六七八九十冬腊]{1,2}月(?:初|十|廿|二十|三十)[一二三四五六七八九十]?"
_PAGE_DATE = lazy_re.compile(rf"^(?:今天是:?|今日:?)?[^\W\d_]{{0,20}}?\d{{4}}年\d{{1,2}}月\d{{1,2}}日(?:星期|礼拜|周)[一二三四五六日天]"
                             rf"(?:{_LUNAR})?$|^(?:今天是:?)?{_LUNAR}$")
#: A page's toolbar: its script switch and reading aids (无障碍 简体| 繁体, 长者模式 | 关怀版), each
#: word on the key, the line cut at its spaces and bars.
_TOOL_WORDS = frozenset(("无障碍", "无障碍浏览", "无障碍阅读", "简体", "繁体", "简体版", "繁体版", "简体中文", "繁体中文",
                         "长者模式", "关怀模式", "关怀版", "老年模式", "适老化", "读屏", "english", "手机版", "移动版",
                         "登录", "注册", "设为首页", "加入收藏", "智能问答"))
_TOOL_SEPARATOR = lazy_re.compile(r"[\s|/·•]+")
#: The government information disclosure table over an article (索引号: | 发布机构: | 成文日期:), each
#: field named with its colon (on the key): two of them make the line the table's.
_DISCLOSURE = lazy_re.compile(r"(?:索引号|文件编号|发布机构|组配分类|公开方式|成文日期|主题分类|发文字号|发文机关|公开范围|公开时限|有效性)[:]")
#: An info line's time stamp (时间:2023-02-28 15:36 浏览量:1): with one info word, furniture.
_STAMP = lazy_re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")


def _breadcrumb(key: str) -> bool:
    """当前位置：首页 > 政务公开 > …, or 首页>…>… (on the comparison key)."""
    if _POSITION.match(key):
        return True
    crumbs = _CRUMB_SEPARATOR.split(key)
    return len(crumbs) >= 3 and crumbs[0] in ("首页", "主页", "网站首页") and all(0 < len(c) <= 16 for c in crumbs)


def _page_chrome(key: str) -> bool:
    """A breadcrumb or a navigation bar (首页|无障碍|English), on the comparison key."""
    items = _BAR_SEPARATOR.split(key)
    return _breadcrumb(key) or (len(items) >= 3 and all(0 < len(item) <= 8 for item in items))


def is_furniture(text: str) -> bool:
    """Return True for page furniture: a page number, or a web page's date/source/font-size line.

    >>> is_furniture("— 3 —"), is_furniture("日期：2025-01-10 来源：区司法局 字号：大 中 小")
    (True, True)
    """
    folded = nfkc(text).strip()
    if _PAGE_NUMBER.match(folded) and any(ch.isdigit() for ch in folded):
        # -- a lone marker-less number is a page number only with its dashes or 页 (or alone) --
        return True
    if "。" in folded:  # -- then the key holds 。 too: a sentence, never furniture (no key needed) --
        return False
    if len(folded) <= 60 and is_wechat_furniture(folded):
        return True
    key = norm_key(folded)
    if len(key) > 120 or "。" in key:
        return False
    if len(key) <= 60 and (_PAGE_DATE.match(key) or _toolbar(folded)):
        return True
    infos = sum(word in key for word in _INFO_WORDS)
    return (infos >= 2 or (_STAMP.search(key) is not None and (infos or "时间:" in key))
            or len(_DISCLOSURE.findall(key)) >= 2 or sum(word in key.lower() for word in _SITE_WORDS) >= 2
            or _page_chrome(key) or _SHARE.match(key.lower()) is not None)


def _toolbar(folded: str) -> bool:
    """A page's toolbar: every word one of its tools (无障碍 简体| 繁体), at least two."""
    words = [norm_key(word).lower() for word in _TOOL_SEPARATOR.split(folded) if word]
    return len(words) >= 2 and all(word in _TOOL_WORDS for word in words)


def without_furniture(paragraphs: tuple[Paragraph, ...]) -> tuple[tuple[Paragraph, ...], tuple[Paragraph, ...]]:
    """Split page furniture off the paragraphs, so a sentence broken by a page joins again.

    A bare number after a line ending in a Latin letter is a subscript a web page broke off
    (M / 2 / 和社会融资规模, CO / 2), not a page number.
    """
    furniture = [is_furniture(p.text) and not (p.text.strip().isdigit() and index and
                                               paragraphs[index - 1].text.rstrip()[-1:].isascii() and
                                               paragraphs[index - 1].text.rstrip()[-1:].isalpha())
                 for index, p in enumerate(paragraphs)]
    # -- a printed page's header and menu before its breadcrumb (the article starts after it), or
    #    the menu items, one a line, before a navigation bar --
    head = [(index, norm_key(nfkc(p.text).strip())) for index, p in enumerate(paragraphs[:_CHROME_LINES])
            if furniture[index] and "。" not in p.text]
    crumb = max((index for index, key in head if _breadcrumb(key)), default=None)
    bar = max((index for index, key in head if _page_chrome(key)), default=None)
    before = paragraphs[:crumb if crumb is not None else bar or 0]
    if before and all("。" not in p.text and not is_marker_line(p.text.strip())
                      and (crumb is not None or len(p.text.strip()) <= _MENU_ITEM_MAX) for p in before):
        furniture[:len(before)] = [True] * len(before)
    _article_furniture(paragraphs, furniture)
    if not any(furniture):
        return paragraphs, ()
    return (tuple(p for p, out in zip(paragraphs, furniture) if not out),
            tuple(p for p, out in zip(paragraphs, furniture) if out))


def _article_furniture(paragraphs: tuple[Paragraph, ...], furniture: list[bool]) -> None:
    """Mark what an article carrying the report adds around it: the editor's lead before the
    report's first part (现将全文转发如下：), and after 往期推荐 the titles of other articles and the
    account's card, each a line with no sentence end, up to the next sentence."""
    first_marker = next((i for i, p in enumerate(paragraphs) if is_marker_line(p.text.strip())), len(paragraphs))
    for index, paragraph in enumerate(paragraphs[:first_marker]):
        if is_republish_lead(paragraph.text):
            furniture[index] = True
    heading = next((i for i, p in enumerate(paragraphs) if furniture[i] and is_recommend_heading(nfkc(p.text))), None)
    if heading is None:
        return
    for index in range(heading + 1, len(paragraphs)):
        text = paragraphs[index].text.strip()
        if "。" in text or is_marker_line(text):
            break
        furniture[index] = True


#: A table's caption: 表1 2025—2026年行政执法案件统计, 附表2：…, （单位：件） (no sentence of its own).
_CAPTION = lazy_re.compile(r"^\s*(?:(?:附\s*)?表\s*[0-9０-９一二三四五六七八九十]+(?:[\s:：.、．]|$)|[（(]?[单單]位\s*[:：])")
_CAPTION_MAX = 60
_UNIT = lazy_re.compile(r"^\s*[（(]?[单單]位\s*[:：]")


def is_caption(text: str) -> bool:
    """Whether a line reads as a table's caption (表1 …, （单位：件）); beside a table, it is one."""
    return len(text.strip()) <= _CAPTION_MAX and "。" not in text and _CAPTION.match(text) is not None


#: A line naming the table right below it without 表N (2024年主要预期目标, 主要指标完成情况): this
#: short at most, with no sentence end nor a colon leading into the table (…目标如下：is prose).
_NAME_MAX = 30
_NOT_A_NAME = lazy_re.compile(r"[。；;！？!?，,：:]")


def _names_table_below(index: int, paragraphs: tuple[Paragraph, ...], part_headings: frozenset[int]) -> bool:
    """True for a short line just above a table (or above its unit line) that names it: no
    sentence, no heading's marker or style, no heading of a part (``part_headings``)."""
    paragraph = paragraphs[index]
    text = paragraph.text.strip()
    if paragraph.table is not None or paragraph.heading_level is not None or paragraph.note or not text \
            or len(text) > _NAME_MAX or _NOT_A_NAME.search(text) or is_marker_line(text) or index in part_headings:
        return False
    below = paragraphs[index + 1:index + 3]
    if below and below[0].table is None and _UNIT.match(below[0].text):
        below = below[1:]  # -- 2024年主要指标 / （单位：亿元） / the table --
    return bool(below) and below[0].table is not None


def _ends_on_colon(text: str) -> bool:
    """Whether ``text`` in NFKC ends on a colon, read from its last character alone: a colon
    composes with nothing, so only a last character that folds to one (: ： ﹕) gives it; the
    whole paragraph is normalised only for such a line."""
    return unicodedata.normalize("NFKC", text[-1:]).endswith(":")


def _leads_into_table(index: int, paragraphs: tuple[Paragraph, ...], part_headings: frozenset[int]) -> bool:
    """True for a line ending in a colon just above a table (or its unit line): it introduces the
    table and is part of it, no measure of its own; a line ending in a colon elsewhere is prose."""
    paragraph = paragraphs[index]
    text = paragraph.text.strip()
    if paragraph.table is not None or paragraph.heading_level is not None or paragraph.note \
            or not _ends_on_colon(text) or not LEAD_IN.match(unicodedata.normalize("NFKC", text)) \
            or is_marker_line(text) or index in part_headings:
        return False
    if index and not _ends_a_line_of_its_own(paragraphs[index - 1]):
        return False  # -- the wrapped tail of a longer sentence (…主要预期目标 / 安排如下：) --
    below = paragraphs[index + 1:index + 3]
    if below and below[0].table is None and _UNIT.match(below[0].text):
        below = below[1:]
    return bool(below) and below[0].table is not None


def _ends_a_line_of_its_own(paragraph: Paragraph) -> bool:
    """Whether the line after ``paragraph`` starts a paragraph: it ends a sentence, or heads."""
    text = paragraph.text.strip()
    return (paragraph.table is not None or paragraph.heading_level is not None or not text
            or unicodedata.normalize("NFKC", text[-1]) in "。;:!?）)" or is_marker_line(text))


def captions(paragraphs: tuple[Paragraph, ...]) -> tuple[Paragraph, ...]:
    """The paragraphs that caption a table (just above or below it, 表1 …, or a short line naming
    the table right below it): a table's name, not a measure, so kept in the outline beside its
    table and out of the measures and plans."""
    found = []
    headings = _unnumbered_part_headings(paragraphs)
    for index, paragraph in enumerate(paragraphs):
        near = paragraphs[max(index - 2, 0):index] + paragraphs[index + 1:index + 3]
        if paragraph.table is None and ((is_caption(paragraph.text) and any(p.table is not None for p in near))
                                        or _names_table_below(index, paragraphs, headings)
                                        or _leads_into_table(index, paragraphs, headings)):
            found.append(paragraph)
    return tuple(found)


def _unnumbered_part_headings(paragraphs: tuple[Paragraph, ...]) -> frozenset[int]:
    """Where a report numbers no part, the indexes of the lines that head its parts though a table
    stands right below them (2024年工作回顾 over the table of the year's figures): each line naming
    a part's role that opens the parts or turns to another role than the heading before it. A line
    naming the role of the part it stands in (2024年主要指标完成情况 under 2024年工作回顾) names
    its table, as any short line above one does."""
    layout = levels(tuple(p for p in paragraphs if p.table is None))
    found, role = [], None
    for index, paragraph in enumerate(paragraphs):
        if paragraph.table is None and names_the_part(paragraph.text, layout):
            named = detect_role(paragraph.text)
            if named is not role:
                found.append(index)
            role = named
    return frozenset(found)


def captioned_tables(paragraphs: tuple[Paragraph, ...], found: tuple[Paragraph, ...]) -> dict[int, int]:
    """The table each caption of ``found`` names, as caption line → table line: the nearest table
    within two paragraphs, the one below first (a caption stands above its table, a unit line
    between them)."""
    tables: dict[int, int] = {}
    for caption in found:
        at = paragraphs.index(caption)
        near = (at + 1, at - 1, at + 2, at - 2)
        table = next((paragraphs[i] for i in near if 0 <= i < len(paragraphs) and paragraphs[i].table is not None), None)
        if table is not None:
            tables[caption.line] = table.line
    return tables


def caption_of(table: Paragraph, paragraphs: tuple[Paragraph, ...], found: tuple[Paragraph, ...]) -> str:
    """The caption of a table among the ``found`` ones: the nearest that names it (表1 …, not a
    （单位：件） line), above before below."""
    at = paragraphs.index(table)
    near = [paragraphs[i] for i in (at - 1, at - 2, at + 1, at + 2) if 0 <= i < len(paragraphs)]
    return next((p.text.strip() for p in near if p in found and not _UNIT.match(p.text)), "")


def with_furniture(blocks: list[Block], furniture: tuple[Paragraph, ...],
                   tables: dict[int, str] | None = None) -> tuple[Block, ...]:
    """Put the furniture back into the outline at its line, as ``other``: nothing may vanish.

    ``tables`` gives a caption's line the id of the table it names (``Block.table``)."""
    if not furniture:
        return tuple(blocks)
    merged = list(blocks)
    for paragraph in furniture:
        at = next((i for i, block in enumerate(merged) if block.line > paragraph.line), len(merged))
        merged.insert(at, Block(BlockKind.OTHER, "", paragraph.text, paragraph.line,
                                (tables or {}).get(paragraph.line, "")))
    return tuple(merged)


#: The 落款 under a report: the issuing body (青石镇人民政府, 云溪县农业农村局, 中共某县委 某县人民政府)…
_BODY = lazy_re.compile(r"^(?:[^\W\d_]{2,30}?(?:人民政府|政府|委员会|委|办公室|办公厅|办事处|局|厅|院|所|中心|办|署|部|组|会|处|科|室|支队|大队))+$")
#: …and its date (2026年1月16日, 二〇二六年一月十六日), on the width-folded key without spaces.
_DATE = lazy_re.compile(r"(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月"
                        r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)?$")
#: A signature is a few lines at most.
_SIGNATURE_LINES = 3


def _signature_line(text: str) -> bool:
    """A body's name alone, a date alone, or both on one line (a text file may join them)."""
    key = norm_key(nfkc(text))  # -- Simplified, without spaces: 委員會 is 委员会 --
    date = _DATE.search(key)
    name = key[:date.start()] if date else key
    return bool(key) and len(key) <= 40 and (not name or _BODY.match(name) is not None)


#: A note under the date (附注: （此件公开发布）, （联系人：…，电话：…）): a bracketed line of its own…
_ANNOTATION = lazy_re.compile(r"^[(（][^()（）]{2,38}[)）]$")
#: …of which a closing has this many at most.
_ANNOTATION_LINES = 2


def split_signature(paragraphs: tuple[Paragraph, ...]) -> tuple[tuple[Paragraph, ...], tuple[Paragraph, ...]]:
    """Split the signature block (落款: the issuing body and the date, and the notes under it) off
    the report's end. It is no measure of the last part: no plan, figure or expression; the
    outline keeps it."""
    end = len(paragraphs)
    while len(paragraphs) - end < _ANNOTATION_LINES and end > 1 and _ANNOTATION.match(nfkc(paragraphs[end - 1].text).strip()):
        end -= 1
    count = 0
    while count < min(_SIGNATURE_LINES, end - 1) and _signature_line(paragraphs[end - 1 - count].text):
        count += 1
    # -- a bracketed line with no signature above it is the body's own --
    return (paragraphs[:end - count], paragraphs[end - count:]) if count else (paragraphs, ())


#: The heading of matter appended after the report's body: 附件, 附件1：…, 附表, 附：名词解释, 名词解释.
_APPENDIX = lazy_re.compile(r"^(?:附件|附录|附表|附)(?:\d{1,2}|[一二三四五六七八九十])?(?::[^。;]{0,30})?$|^(?:附:)?名词解释:?$")
_GLOSSARY = lazy_re.compile(r"名词(?:解释|注释|释义)|注释|释义")
#: …which stands in the report's second half (a line of its own in the body's first half is no appendix).
_APPENDIX_FROM = 1 / 2


def split_appendix(paragraphs: tuple[Paragraph, ...]) -> tuple[tuple[Paragraph, ...], tuple[Paragraph, ...]]:
    """Split what is appended after the report (附件 / 名词解释 and its entries, an attached list)
    off its end: the glossary of a county's report explains its words and is no measure, plan or
    expression of its last part; the outline keeps it."""
    start = int(len(paragraphs) * _APPENDIX_FROM)
    for index in range(max(start, 1), len(paragraphs)):
        if _APPENDIX.match(norm_key(nfkc(paragraphs[index].text)).strip()):
            # -- a glossary only: an appended task list (附件 / 重点任务清单 / 1.…) is the plans' own --
            heading = "".join(norm_key(p.text) for p in paragraphs[index:index + 2])
            if _GLOSSARY.search(heading):
                return paragraphs[:index], paragraphs[index:]
            return paragraphs, ()
    return paragraphs, ()


#: A title is done when it names a document (…报告, …总结); what follows is the occasion or speaker.
_DOCUMENT_NOUN = lazy_re.compile(r"(?:报告|報告|报告书|報告書|总结|總結|计划|計劃|情况|情況|要点|要點|方案)(?:[(（][^)）]*[)）])?$")
#: Header lines after the title: "——2025年3月5日在…会议上", "（2025年1月10日）", a bare date, and
#: the occasion printed without its dash (2025年2月11日在嘉興市第九屆人民代表大會第五次會議上).
_SUBTITLE = lazy_re.compile(r"^[—\-–]{1,2}|^[(（]\s*\d{4}\s*年|^\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$"
                            r"|^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在.{2,40}(?:会议|會議|大会|大會)上?$")
#: What may follow a title that names its document and still be the title: its tail cut off
#: (…建设情况 / 的报告) or a bracketed note (（测试用样本）, （征求意见稿）).
_TITLE_TAIL = ("的", "之", "(", "（")
#: A title's second line joined on: 及2025年工作计划 after …工作总结 (a particle, then a document).
_JOINED_TITLE = lazy_re.compile(r"^(?:及|和|暨|与|與|以及|并)")
_HEADER_MAX = 60
#: After the title: a speaker or office line (国务院总理 李克强, 县长 张明) is this short.
_NAME_LINE_MAX = 12


def _indented_sentence(text: str, widths: list[tuple[Callable[[str], float], float]]) -> bool:
    """A line holding a clause (2024年，…) within two characters of the wrap width: a paragraph's
    first line printed with a two-character indent (pdftotext drops it), not a title's."""
    return ("，" in text or "," in text) and any(
        measure is display_len and measure(text) >= least - 2 for measure, least in widths)


def split_header(paragraphs: tuple[Paragraph, ...],
                 widths: list[tuple[Callable[[str], float], float]]) -> tuple[tuple[Paragraph, ...],
                                                                            tuple[Paragraph, ...]]:
    """Return (header, rest): the short unpunctuated lines before the report's first sentence.

    A header holds the title, perhaps wrapped or after the body's name (北京市海淀区人民政府 /
    关于2024年…的报告), and the occasion and speaker of a 政府工作报告 (——2025年3月5日在…
    会议上 / 国务院总理 李克强). It ends at the first line that is a sentence (the preamble's
    各位代表： or 2024年，…。), a marked line, or a line as long as a hard wrap. Once the
    title names its document (…的报告), only the occasion and short name lines follow: a
    longer line is the preamble's first, printed with an indent and so shorter than a wrap.
    """
    count = 0
    title = ""
    for paragraph in paragraphs:
        text = paragraph.text.strip()
        if paragraph.heading_level == 0:
            count += 1
            continue
        if (count >= 6 or not text or len(text) > _HEADER_MAX or is_marker_line(text) or paragraph.heading_level
                or line_at_width(text, widths) or _indented_sentence(text, widths)
                or unicodedata.normalize("NFKC", text[-1]) in "。:;!?,"):
            break
        if title and norm_key(text) == norm_key(title):
            # -- a web page's title printed again over its article (the page's, then the article's,
            #    a date line or its info line between): the header's, once --
            count += 1
            continue
        if _DOCUMENT_NOUN.search(title) and not _SUBTITLE.match(unicodedata.normalize("NFKC", text)) and (
                len(text) > _NAME_LINE_MAX and not text.startswith(_TITLE_TAIL)
                or detect_role(text) is not Role.OTHER and not _joins_title(text)):
            # -- …or a heading that names a part (2024年工作回顾) in a report that numbers none --
            break
        title += text.replace("\n", "")
        count += 1
    return paragraphs[:count], paragraphs[count:]


def _joins_title(text: str) -> bool:
    """A line that joins the title on: a particle, then a document (及2025年工作计划), not a
    heading that opens on the same characters (和谐社区建设主要工作成效)."""
    return bool(_JOINED_TITLE.match(text) and _DOCUMENT_NOUN.search(text.strip()))


def title_of_header(lines: list[str]) -> str:
    """Return the title inside the header lines: the lines before the occasion, joined."""
    return header_title(lines)[1]


def header_title(lines: list[str]) -> tuple[int, str]:
    """Return where the title starts among the header lines and the title: the lines before it
    are a page's or an article's heading over the report's own title (权威发布丨…（全文））."""
    title, start = "", 0
    for index, line in enumerate(lines):
        text = line.replace("\n", "").strip()
        if title and not _SUBTITLE.match(unicodedata.normalize("NFKC", text)) and _own_title(title, text, lines[index + 1:]):
            # -- a site's heading over the article's own title (东澜省2025年政府工作报告 / 政府工作报告):
            #    the report's title is the one it has in print, in every form --
            title, start = text, index
            continue
        if title and (_SUBTITLE.match(unicodedata.normalize("NFKC", text)) or (
                _DOCUMENT_NOUN.search(title) and not text.startswith(_TITLE_TAIL) and not _joins_title(text))):
            break
        title += text
    return start, title


_HEADING_YEAR = lazy_re.compile(r"((?:19|20)\d{2})\s*年度?")


#: An article headline's column tag (权威发布丨, 重磅｜) and its note that the whole text follows
#: (（全文）, 【全文】): the account's words around the report's name.
_HEADLINE_TAG = lazy_re.compile(r"^[^丨｜|，,。]{1,8}[丨｜|]\s*")
_HEADLINE_WHOLE = lazy_re.compile(r"\s*[（(【\[]?全文[）)】\]]?$")


def _own_title(heading: str, text: str, after: list[str]) -> bool:
    """Whether ``text`` is the report's own title under a page's ``heading`` that only puts the
    body and year before it, both said again by the header lines ``after`` it (the occasion:
    ——2025年1月20日在东澜省…会议上). A body the article names nowhere else stays in the heading."""
    heading = _HEADLINE_TAG.sub("", _HEADLINE_WHOLE.sub("", heading.strip()))
    if not _DOCUMENT_NOUN.search(text) or len(heading) <= len(text) or norm_key(heading)[-len(norm_key(text)):] != norm_key(text):
        return False
    prefix = norm_key(heading)[:-len(norm_key(text))]
    said = norm_key("".join(after))
    year = _HEADING_YEAR.search(prefix)
    place = _HEADING_YEAR.sub("", prefix)
    return (year is None or year.group(1) in said) and (not place or place in said)


#: A point or item written as its lead sentence alone, with its body on the next line.
_LEAD_MAX = 50


def join_lead_lines(paragraphs: tuple[Paragraph, ...], items: tuple[re.Pattern[str], ...] = ()) -> tuple[Paragraph, ...]:
    """Join a lead line (一是保持宏观政策连续性。 / 3.提升行政决策水平。) with the unmarked
    paragraph that follows it: the two are one measure, its title and its body. ``items`` are
    more item markers (（一） where a report's levels start one up, at 第一部分).

    A list of short items (1.地区生产总值增长5%左右。2.…) has no bodies: after a lead line
    that stood alone, the paragraph following the next one (实现上述目标，要…) is no body.
    """
    result: list[Paragraph] = []
    in_list = False
    for paragraph in paragraphs:
        if result and _is_lead_line(result[-1], items) and not in_list and _is_body_of(paragraph, result[-1]):
            lead = result.pop()
            paragraph = Paragraph(lead.text + paragraph.text, lead.line, lead.heading_level)
        elif result:
            in_list = _is_lead_line(result[-1], items) and _is_lead_line(paragraph, items)
        result.append(paragraph)
    return tuple(result)


def _is_body_of(paragraph: Paragraph, lead: Paragraph) -> bool:
    """A body is an unmarked paragraph, much longer than a lead that is only a title: a short
    sentence after a short item (1、完成机构改革。/ 2.5亿元资金到位。) is a paragraph of its own."""
    text = paragraph.text.strip()
    return (paragraph.heading_level is None and not is_marker_line(text) and not is_heading_line(text)
            and len(text) >= max(_BODY_MIN, 2 * len(lead.text.strip())))


#: A lead line's body runs to several sentences.
_BODY_MIN = 40


def _is_lead_line(paragraph: Paragraph, items: tuple[re.Pattern[str], ...] = ()) -> bool:
    text = paragraph.text.strip()
    if paragraph.heading_level is not None or len(text) > _LEAD_MAX:
        return False
    if not (re.match(rf"^[{NUMERALS}]是", text) or marker_prefix(ITEM_RE, text) or marker_prefix(PAREN_ITEM_RE, text)
            or any(marker_prefix(regex, text) for regex in items)):
        return False
    body = text.rstrip("。")
    return not any(unicodedata.normalize("NFKC", ch) in SENTENCE_END for ch in body)


__all__ = ["caption_of", "captioned_tables", "captions", "is_caption", "is_furniture", "join_lead_lines", "split_appendix", "split_header",
           "split_signature",
           "header_title", "title_of_header", "with_furniture", "without_furniture"]
