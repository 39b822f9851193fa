"""A WeChat article's furniture around the report it carries, copied with its text or saved with
its page, in either script: the byline (原创 公众号 作者 2026-01-28 17:30 发表于江西, or
2026年01月28日 17:30 as newer versions of the app show the date), the banner and
buttons (点击蓝字 / 关注我们, 预览时标签不可点, 阅读原文, 阅读 1024, 在看, 微信扫一扫关注该公众号),
the credits (来源：… 编辑：…丨审核：…, 微信号：…), - END -, image captions (▲…), the list of
other articles after 往期推荐, and the editor's lead announcing the report (现将全文转发如下：).
Each is page furniture: out of the report, kept in its outline."""

from __future__ import annotations

import re
import unicodedata

from . import lazy_re
from .normalize import to_simplified

#: The byline, its date as the app shows it: 2026-01-28 or 2026年01月28日.
_DATE = r"\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)"
_BYLINE = lazy_re.compile(rf"^(?:原创\s.{{0,40}}|.{{0,40}}{_DATE}(?:\s+\d{{1,2}}:\d{{2}})?\s*发表于\S{{0,8}})$")
_BUTTONS = lazy_re.compile(
    r"^(?:预览时标签不可点|(?:轻触|点击)?阅读原文|(?:阅读|在看|赞|点赞|分享|喜欢此内容的人还喜欢)(?:\s*[\d.]+万?\+?)?|写留言|留言|"
    r"微信扫一扫(?:关注该公众号|可打开此内容.*)?|关注该公众号|(?:继续滑动|向上滑动)看下一个|知道了|"
    r"(?:点击|长按)\S{0,8}(?:蓝字|关注|识别二维码)\S{0,12}|\S{0,4}蓝字\S{0,3}关注\S{0,8}|"
    r"\S{0,4}(?:扫码|识别二维码)关注\S{0,12}|(?:欢迎)?关注我们\S{0,2}|"
    # -- the article's end mark: - END -, —END—, THE END --
    r"[-—–_·•\s]*(?:the\s*)?end[-—–_·•\s]*)$", re.IGNORECASE)
#: Credits, one or several on a line, each word and name apart by ：, | or 丨 (编辑：陈悦丨审核：林海,
#: 文字丨张三 图片丨李四), and the account's card (微信号：…).
_CREDIT = r"(?:来源|编辑|责编|审核|初审|复审|终审|审校|校对|监制|排版|美编|图片|文字|作者|撰稿|供稿|统筹|出品|微信号)"
_CREDITS = lazy_re.compile(rf"^(?:{_CREDIT}\s*[:|丨]\s*[^\s:|丨。,;]{{1,20}}\s*[|丨/]?\s*)+$")
#: The heading of the list of other articles under the report (往期推荐, ▼推荐阅读▼).
_RECOMMEND = lazy_re.compile(r"^[^\w]{0,3}(?:往期推荐|往期回顾|往期精彩|精彩推荐|精彩回顾|推荐阅读|相关阅读|延伸阅读|热文推荐|"
                             r"更多精彩|猜你喜欢)[^\w]{0,3}$")
#: An image's caption pointing at it (▲区行政复议服务中心揭牌运行, △图为…): short, no sentence of its own.
_IMAGE_CAPTION = lazy_re.compile(r"^[▲△↑⬆]\s*\S")
_CAPTION_MAX = 60
#: The editor's lead announcing the report it carries: …，现将全文转发如下： / 全文如下： / 原文刊发如下：.
_LEAD = lazy_re.compile(r"(?:全文|原文|转发|转载|刊发|刊登|推送)[^,，。]{0,8}如下[:：]$")


def _both(folded: str) -> tuple[str, ...]:
    simplified = to_simplified(folded)
    return (folded,) if simplified == folded else (folded, simplified)


def is_wechat_furniture(folded: str) -> bool:
    """A WeChat article's byline, buttons, credits, end mark or list heading (the width-folded
    line, no sentence in it), or an image caption."""
    for line in (*_both(folded), *_both(_undecorated(folded))):
        if (_BUTTONS.match(line) is not None or _CREDITS.match(line) is not None or _RECOMMEND.match(line) is not None
                or (_BYLINE.match(line) is not None
                    and ("发表于" in line or re.search(_DATE, line) is not None))):
            return True
    return is_image_caption(folded)


def _undecorated(folded: str) -> str:
    """The line without the pictographs an editor sets before a button (👇点击阅读原文) and without
    the spaces between its words (点击蓝字 关注我们)."""
    text = folded.strip()
    while text and (unicodedata.category(text[0]) == "So" or text[0] in "\ufe0f\u200d"):
        text = text[1:]
    return re.sub(r"\s+", "", text)


def is_image_caption(text: str) -> bool:
    """▲区行政复议服务中心揭牌运行: a caption under an image, no measure."""
    text = text.strip()
    return len(text) <= _CAPTION_MAX and "。" not in text and _IMAGE_CAPTION.match(text) is not None


def is_recommend_heading(folded: str) -> bool:
    """往期推荐: the titles after it, to the end of the article, are links to other articles."""
    return any(_RECOMMEND.match(line) is not None for line in _both(folded.strip()))


def is_republish_lead(text: str) -> bool:
    """近日，…公布了《…报告》，现将全文转发如下： — the article's words, not the report's."""
    return _LEAD.search(to_simplified(text.strip())) is not None


__all__ = ["is_image_caption", "is_recommend_heading", "is_republish_lead", "is_wechat_furniture"]
