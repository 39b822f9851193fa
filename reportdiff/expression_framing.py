"""Framing: what a report says around its formulations, which no reader quotes as one.

Every report frames its content in the same few ways, and a span of such framing is new or
dropped only because the calendar or the wording of the frame moved:

* a transition that turns to the shortcomings or to the next step (但仍存在一些不足,
  对照新形势新要求…);
* the body speaking of itself as subject (我局将继续…, 全县经济社会发展…, 市政协的监督支持下):
  a formulation is the body's policy, not the body;
* an announcement of what follows (重点推进以下重大任务, …的主要目标是);
* a characterisation of the year or the period (2026年是“十五五”开局之年, 承前启后的重要一年,
  极不平凡的五年) or a time adverbial (“十五五”时期，…), and the framing sentences of a plans
  part (kinds.is_framing);
* the tasks named as a whole (推动各项任务落地见效), and the shortcomings announced in general
  (发展中还存在不少困难和问题) rather than named, or answered in general (高度重视，认真加以解决);
* what points back at what was said (上述措施), or a document named by its kind alone (《纲要草案》);
* what a decision is good for (有利于引导各方面集中精力推进改革), and the means of a task
  (通过公开招录、遴选等方式);
* the occasion a body takes (以“十五五”开局为契机) and a body naming itself as the subject of what
  it will do (交通运输部将…);
* how much the year's work matters (做好今年政府工作至关重要), a plan named by where it is
  written (写入规划纲要), and who chairs a leading group (由镇党委书记任组长).

The marks are the kind's own words (:mod:`reportdiff.kinds`, :mod:`reportdiff.expression_words`),
never a report's phrases; spans are read on their comparison key (Simplified, full width).
"""

from __future__ import annotations

from . import lazy_re
from . import expression_words as words
from .kinds import is_framing

# -- the body as subject: 我局, 本镇, 全县 (not 全国, 全面, 全部), 县政府, 市政协 --
_BODIES = "省|市|州|盟|县|区(?!域)|旗|镇|乡|街道|村"
_AGENCIES = "局|委|办|厅|院|部门|单位|中心|系统"
_SELF_STARTS = frozenset("我本全省市州县区镇乡")
_SELF = lazy_re.compile(rf"^(?:[我本](?:{_BODIES}|{_AGENCIES})|全(?:{_BODIES}|局|系统)"
                        r"|(?:省|市|州|县|区|镇|乡)(?:政府|人大|政协|委员会))")
# -- an announcement of what follows (not 省以下, a level of government); a copula or a colon
#    with what it introduces cut off (…的总体要求是, not 实事求是) --
_ANNOUNCING = frozenset("以如下是:：")
_ANNOUNCES = lazy_re.compile(r"(?<![省市州县区乡镇级])以下|如下|下列|(?<![求就])是$|要求是$|[:：]$")
# -- what a year or a period is (…开局之年, …关键一年, …极不平凡的五年, …良好开局, …开好局起好步),
#    or a time adverbial (“十五五”时期，…; 党的十八大以来，…) --
_PERIOD_ENDS = ("之年", "一年", "五年", "时期", "期间", "以来", "开局", "开好局", "起好步", "征程上", "起点上")
# -- the tasks as a whole (推动各项任务落地见效, 法治政府建设各项任务措施), or as a meeting set them
#    (按照|中央经济工作会议部署: what a task follows, not what it says) --
_ALL_TASKS = lazy_re.compile(r"各项(?:任务|工作|措施|举措|部署|决策部署|要求)|会议部署$")
# -- shortcomings announced, not named: a verb of finding with a quantifier, or with no subject
#    but the work itself, before the general words for them (还存在不少困难和问题, 清醒看到存在的
#    困难和问题, 工作还有不足); a named one stays (城乡基础设施还有短板) --
_TROUBLES = "(?:困难|问题|不足|短板|挑战|差距|风险|矛盾|薄弱环节)(?:[和与及](?:困难|问题|不足|短板|挑战|差距|风险|矛盾))?$"
_TROUBLE_ENDS = frozenset("难题足板战距险盾节")
_GENERAL_TROUBLES = lazy_re.compile(
    rf"(?:(?:存在|面临|还有)的?(?:一些|不少|诸多|许多|很多|一定的?|较多|多重)+的?|(?:看到|认识到)[^，。]{{0,4}}){_TROUBLES}"
    rf"|^(?:工作|发展中?)?(?:仍然|仍|还|也)*(?:存在|面临|还有|有)的?{_TROUBLES}")


# -- shortcomings answered in general, with no object of its own (我们将高度重视，认真加以解决;
#    not 高度重视粮食安全) --
_ANSWERS = lazy_re.compile(r"加以(?:解决|改进|改善|研究)$|高度重视$")

# -- what points back at what was said (围绕这些目标, 上述措施, 该项工作) or forwards a bill to the
#    congress (提请大会审查, 请予审议): no formulation of its own --
_POINTING = lazy_re.compile(r"这些|这项|这一|上述|前述|提请[^，。]{0,12}(?:审查|审议)|请予审议")


# -- a document named by its kind alone (《纲要草案》, 《报告》, 《实施方案》) points back at the one
#    before the congress or named just before; a named document has a subject of its own --
_DOCUMENT_KINDS = "纲要|草案|规划|报告|决定|决议|意见|方案|实施方案|计划|条例|办法|细则|通知|建议|说明|稿"
_DOCUMENT_BY_KIND = lazy_re.compile(rf"^《(?:{_DOCUMENT_KINDS})+》$")


# -- what a decision is good for (有利于引导各方面集中精力推进改革) explains it; no formulation --
_GOOD_FOR = ("有利于", "有助于")
# -- the means by which something is done (通过公开招录、遴选等方式) is no formulation of its own --
_MEANS = lazy_re.compile(r"^通过[^,，。]*(?:方式|方法|途径|形式|渠道)$")


# -- how much the work matters (做好今年政府工作至关重要, 抓好…意义重大): the weight of a task, no task --
_MATTERS = lazy_re.compile(r"^(?:做好|抓好|办好|干好|完成好)[^，。]*(?:至关重要|意义重大|十分重要|尤为重要|极为重要)$")
# -- a plan named by the document it is written into (写入规划纲要, 纳入规划): where, not what --
_WRITTEN_INTO = lazy_re.compile(rf"^(?:写入|写进|列入|纳入|编入)(?:{_DOCUMENT_KINDS})+$")
# -- the occasion a body takes (以“十五五”开局为契机), or a body named as the subject of what it will
#    do (交通运输部将…, 市生态环境局将…): when and who, no formulation --
_OCCASION = lazy_re.compile(r"^以[^，。]{1,24}为契机$")
_NAMED_SELF = lazy_re.compile(rf"^[^，。、]{{1,12}}(?:{_AGENCIES}|(?<![全内外局各])部|政府)(?:还|也|仍)?将")
# -- who chairs a leading group (由镇党委书记任组长, 镇长任常务副组长): its make-up, no policy --
_CHAIRS = lazy_re.compile(r"(?:任|担任)(?:常务)?(?:副)?组长$")


def frames(text: str) -> bool:
    """True when a span (its comparison key) frames the report's content rather than
    formulating any: see the module's docstring."""
    # -- each pattern is searched only where its first or last character can stand (the
    #    searches cost more than the tests) --
    if text.startswith(words.TRANSITIONS) or text.endswith(_PERIOD_ENDS) or text.startswith(_GOOD_FOR):
        return True
    if text[0] == "通" and _MEANS.match(text):
        return True
    if text[0] in _SELF_STARTS and _SELF.search(text):
        return True
    if not _ANNOUNCING.isdisjoint(text) and _ANNOUNCES.search(text):
        return True
    if ("各项" in text or text.endswith("部署")) and _ALL_TASKS.search(text):
        return True
    if text[-1] in _TROUBLE_ENDS and _GENERAL_TROUBLES.search(text):
        return True
    if _POINTING.search(text):
        return True
    if text[0] == "《" and _DOCUMENT_BY_KIND.match(text):
        return True
    if text[-1] in "决进善究视" and _ANSWERS.search(text):
        return True
    if text[-1] in "要大" and _MATTERS.match(text):
        return True
    if text[0] in "写列纳编" and _WRITTEN_INTO.match(text):
        return True
    if text[-1] == "长" and _CHAIRS.search(text):
        return True
    if text.endswith("契机") and _OCCASION.match(text):
        return True
    if "将" in text and _NAMED_SELF.match(text):
        return True
    return is_framing(text)


__all__ = ["frames"]
