"""Sentences of a plans part that frame the plans instead of promising something (今年是…关键一年,
各位代表！, 重点做好以下几方面工作): parse_plans, promises and expressions leave them untracked.

Moved out of :mod:`reportdiff.kinds`, which re-exports ``is_framing`` and ``is_fact``.
"""

from __future__ import annotations

import re

from . import lazy_re
from .done_jiang import as_ba
from .normalize import key as norm_key
from .parse_markers import is_address
from .review_setting import reports_work

#: Sentences of a plans part that frame the plans instead of promising something: what the
#: year is (今年是…关键一年), what it faces (面临…挑战), the address (各位代表！), an outline
#: (重点做好以下几方面工作), an explanation (这相当于…, 经济增速是综合性指标), a wish (中国愿…).
#: (in two patterns: the alternatives that hold at the start only, asked once with ``match``,
#: and those that hold anywhere, whose first characters let ``search`` skip most positions;
#: one alternation of both tried every alternative at every position)
#: A clause of a closing couplet: a short subject and a state (…已经开启, …催人奋进, …成就未来).
_COUPLET = (r"[^,，。;；]{1,8}(?:(?:已经|已)(?:开启|吹响|绘就|铺开|展开|启航)|催人奋进|正当其时|时不我待|"
            r"成就未来|创造历史|呼唤担当)")
_FRAMING_OPENING = lazy_re.compile(
    r"^(?:今年|明年|本年|新的一年|(?:19|20)\d{2}年)(?:是|将召开|我国发展|经济社会发展任务)|"
    r"^各位代表|^(?:这|这是|这相当于|这将|这些)|"
    r"^(?:中国|我国|我们)(?:愿|将继续同|始终是)|"
    r"^[^,，]{2,16}是(?:[^,，。]*)(?:指标|之年|一年|要害|关键|基础|根本|前提)[^,，]*[。;]?$|"
    r"^(?:我国|全国|我省|我市|我区|我县)有\d|"
    # -- the general requirements: 做好政府工作，要在…领导下，以…为指导，全面贯彻…精神 --
    r"^做好(?:今年|明年|全年|新一年)?(?:的)?(?:政府)?工作[,，](?:要|必须|总的要求是)|"
    # -- …as a heading-like statement: 政府工作的总体要求是：…; 2025年工作的总体思路是：… --
    r"^(?:(?:19|20)\d{2}年|今年|明年|全年)?(?:政府)?(?:工作)?(?:的)?(?:总体要求|总体思路|总的要求|指导思想)(?:是|为)?[:：]|"
    r"^以[^,，。]{2,40}为指导$|^(?:全面|认真|深入)?贯彻[^,，。]{0,40}精神$|"
    # -- the closing call (让我们更加紧密地团结在…周围, 我们要携手行动…) --
    r"^让我们|^我们要携手|"
    # -- …after a couplet's clauses (新征程催人奋进，让我们奋力谱写…新篇章) --
    rf"^(?:{_COUPLET}[,，])+让我们|"
    # -- the assessment before the targets (综合分析国内外形势，…), an exhortation to everyone
    #    (治理雾霾人人有责), a target explained (预期目标，符合经济规律和客观实际) --
    r"^综合(?:分析|研判)[^,，。]{0,10}(?:形势|情况)|^[^,，。]{2,12}人人有责(?:[,，。]|$)|"
    r"^[^,，]{0,16}目标[,，](?:符合|体现|兼顾)|"
    # -- an exhortation (越是困难越要坚定信心) and the standing assessment (经济长期向好的基本面
    #    没有改变) --
    r"^越是[^,，。;]{1,10}[,，]?越要[^,，。;]*$|^[^,，。]{0,16}基本面[^,，。]{0,6}(?:不会|没有|不)改变|"
    # -- a clause that only rates what it follows: 今年高校毕业生795万人，再创历史新高 --
    r"^(?:再|又)?创(?:历史)?新高[,，。;；]?$|"
    # -- a clause that only assesses the task before it: …，是中国特色农业现代化的必由之路 --
    r"^是[^,，。;；]{2,}(?:之路|关键|基础|根本|前提|保障|途径|支撑|动力|方向|举措|重要内容)[,，。;；]?$|"
    # -- the closing couplet, every clause a state of mind: 新征程已经开启，新蓝图催人奋进 --
    rf"^{_COUPLET}(?:[,，]{_COUPLET})*$|"
    # -- a review sentence among the plans (过去一年，国防和军队建设取得显著成效), unless it goes
    #    on to what is to be done --
    r"^(?:过去(?:一|五|几)年|一年来|五年来)[,，](?![^。]*(?:今年|明年|要|将|必须))|"
    # -- an explanation of a target (稳增长主要是为了保就业; 有6.5%的增速就能够实现…) --
    r"^[^,，。]{1,12}(?:主要)?是为了|^有[^,，。]{1,24}(?:就|便)(?:能够|能|可以)|"
    # -- a condition and its reward (只要就业稳、收入增，我们就更有底气) --
    r"^只要[^,，。]{1,24}[,，](?:我们)?就(?:更|能|会|一定|可以)"
)
#: A fact the year brings, stated before the task it calls for (今年高校毕业生将高达765万人，
#: 要…; 毕业生超过1000万人): no task of its own. Alone, a sentence of it frames.
_FACT = lazy_re.compile(
    r"^(?:今年)?[^,，。要]{2,12}将?(?:高达|多达)\d[^,，。]*$|"
    r"^(?:今年)?(?:全国|全省|全市|全区|全县)?(?:高校|应届)?毕业生(?:人数)?将?(?:高达|多达|超过|达到|约|近)?\d[^,，。要]*人$"
)
_FRAMING_ANYWHERE = lazy_re.compile(
    r"以下(?:几|[一二三四五六七八九十])?(?:个|项)?(?:方面)?(?:的)?(?:工作|任务)[:：]?$|以下(?:几|[一二三四五六七八九十])(?:个)?方面|"
    r"必将|作出[^。;]{0,4}贡献|"
    r"(?:面临|面对)[^。;]*?(?:挑战|风险|困难|压力)|(?:挑战|困难)(?:多|增多|明显增多)|"
    r"主要考虑|的(?:要害|关键|核心|根本)(?:在于|是)|"
    # -- the closing call (…紧密地团结在…周围) and what only exhorts or explains: 一定能跑出…,
    #    成就都是干出来的, 上述主要预期目标，考虑了… --
    r"紧密(?:地)?团结在|一定能|(?:干|奋斗|拼)出来的|考虑了|"
    # -- the sentence that only announces the targets listed after it, one a line --
    r"预期目标(?:是|为|如下)?[:：]$|"
    # -- …any list announced so (主要预期目标安排如下。, 今年重点工作安排如下：) --
    r"如下[:：。]?$|"
    # -- the announcement of the sections that follow: 今年要重点做好八个方面工作 --
    r"(?:做好|抓好|推进)[一二三四五六七八九十几]+个?方面(?:的)?(?:重点)?工作[:：]?$|"
    # -- the principles announced for the year (必须牢牢把握以下几点：坚持…) guide, they plan nothing --
    r"(?:把握|注重|做到|处理好|坚持)(?:好)?以下(?:几|[一二三四五六七八九十])点|"
    # -- the call for better results, alone (实际工作中，要努力争取更好结果) --
    r"^(?:在)?实际工作中[,，]?(?:要)?(?:努力)?争取更好(?:的)?结果$"
)


# -- a call to a state of mind (我们要坚定信心，攻坚克难，…; 全市上下要振奋精神、迎难而上) frames
#    the year's line, unless the sentence goes on to a task that names its object or a figure --
_MIND = "坚定信心|振奋精神|迎难而上|攻坚克难|砥砺前行|勇毅前行|奋发有为|奋发图强|锐意进取|埋头苦干|真抓实干|担当作为"
_EXHORTATION = lazy_re.compile(
    rf"^(?:我们|全(?:省|市|州|县|区|旗|镇|乡)上下|各级政府|各地各部门)?(?:要|必须|更要|务必)?(?:{_MIND})[、,，]")
# -- what may follow the call and keep it a call: more states of mind (实干苦干), and goals in
#    general (巩固恢复性增长基础, 确保完成全年目标任务, 推动高质量发展取得新成效); a clause that names an
#    object of its own (加快青石中学迁建, 推动文旅融合发展) is a task --
_GENERAL_CLAUSE = lazy_re.compile(
    rf"^(?:{_MIND}|实干苦干|苦干实干|真抓实干|[^,，、;；]{{0,10}}(?:持续健康发展|高质量发展|平稳健康发展|"
    r"经济社会发展|目标任务|增长基础|发展基础|新成效|新成就|新局面|新篇章|新进展|新突破|新业绩|发展业绩|新胜利))$")
_CALL_CLAUSES = lazy_re.compile(r"[、,，;；]")


# -- a statement of the situation the plans answer: the world economy (世界经济增长低迷态势仍在
#    延续), the country's strengths (我国物质基础雄厚、人力资源充裕), the stage it is at (我国发展处在
#    爬坡过坎的关键阶段), what it has achieved (经济社会发展已经取得了辉煌的成就), what it has to
#    rely on (特别是我们有中国共产党的坚强领导…) --
_PLACE = r"(?:我国|中国|全国|我省|我市|我区|我县|我州|我旗|全省|全市|全区|全县)"
_SITUATION = lazy_re.compile(
    r"^(?:当前|当今)?(?:世界经济|全球经济|国际经济|国际形势|国际环境|外部环境|世界形势)"
    r"[^。;]*?(?:低迷|乏力|延续|抬头|增多|增加|上升|复杂|严峻|变数|不确定|动荡|放缓)|"
    rf"^{_PLACE}(?:的)?[^,，。;；、]{{0,10}}(?:雄厚|充裕|庞大|齐全)(?:[、,，]|$)|"
    rf"^{_PLACE}?(?:经济社会|经济)?发展(?:已经|已)取得(?:了)?[^,，。;；]{{0,8}}成就|"
    rf"^{_PLACE}?(?:经济社会|经济)?(?:发展)?(?:正|仍)?处(?:在|于)[^,，。;；]{{0,16}}(?:阶段|时期|关口|攻关期)(?:[,，]|$)|"
    rf"^(?:特别是|尤其是|更重要的是|何况)?(?:我们|{_PLACE})(?:有|拥有|具有)(?!\d)"
)
#: A strength or a footing already won, in the completed aspect (创新宏观调控积累了丰富经验; 粮食
#:连续增产，为稳定物价提供了有力保障): the ground the plans stand on, no task of its own.
_COMPLETED = lazy_re.compile(r"(?:积累|提供|奠定|打下|注入|创造|积蓄|赢得|具备|增添|夯实|筑牢)了")
#: The arrangement of a target judged (这样的安排是必要的、可行的，也是安全的; 这一安排是适度的): it
#: explains the target before it, in a sentence setting no figure of its own.
_JUDGED = lazy_re.compile(r"(?:这样|这一|上述)(?:的)?安排(?:是|既|也是)[^。;]{0,6}(?:必要|可行|安全|适度|适当|合适|稳妥)")
_ANY_FIGURE = lazy_re.compile(r"\d")
#: The situation announced as seen from abroad or at home (从国际看，世界经济…; 从国内看，…经济下行压力
#: 加大): what follows states the world economy or closes on a difficulty (review_setting.reports_work).
_SEEN_FROM = lazy_re.compile(r"^从(?:国际|国内)(?:上|来)?看,")
#: …unless a clause of it goes on to what is to be done (外部环境更趋复杂严峻，我们要…).
_ASKS = lazy_re.compile(r"(?:^|[,，;；])(?:我们|各级政府|政府|全省|全市|全区|全县)?(?:要|必须|务必|需要|将|应当|应)")


def is_framing(sentence: str) -> bool:
    """Return True for a sentence of a plans part that frames the plans rather than promising.

    >>> is_framing("2025年是“十四五”规划收官之年。"), is_framing("今年赤字率拟按3%左右安排。")
    (True, False)
    """
    # -- 将 of a deed (过去一年，我们将…纳入…) is 把: it reports, it does not turn to the plans --
    key = as_ba(norm_key(sentence).strip("。;!?"))
    if _FRAMING_OPENING.match(key) is not None or _FRAMING_ANYWHERE.search(key) is not None:
        return True
    if is_fact(key) or is_plans_lead(key):
        return True
    if (_SITUATION.match(key) is not None or _COMPLETED.search(key) is not None) and _ASKS.search(key) is None:
        return True
    if _JUDGED.search(key) is not None and _ANY_FIGURE.search(key) is None:
        return True
    seen = _SEEN_FROM.match(key)
    if seen is not None:
        rest = key[seen.end():]
        if _ASKS.search(rest) is None and (_SITUATION.match(rest) is not None or not reports_work(rest)):
            return True
    call = _EXHORTATION.match(key)
    return call is not None and all(
        _GENERAL_CLAUSE.match(clause) for clause in _CALL_CLAUSES.split(key[call.end():]) if clause)


#: The last sentence of a report's closing paragraph: the call to unite and strive (让我们…,
#: 团结在…周围, …而努力奋斗！, 奋力谱写…新篇章) that ends every 政府工作报告 and many 法治 reports.
_CLOSING = lazy_re.compile(r"让我们|团结在[^。]{0,40}周围|而(?:努力|不懈|团结|接续|共同|继续|不断)?奋斗|"
                           r"谱写[^。]{0,24}篇章|开创[^。]{0,24}新局面")
#: A figure other than a year: a paragraph with one still plans something (培训3期).
_TASK_FIGURE = lazy_re.compile(r"\d(?![\d.]*年)")


def closing_paragraphs(paragraphs: list[tuple[str, str]]) -> set[str]:
    """The ids of a report's closing paragraphs, given its last paragraphs ``(id, text)`` in
    reading order: the last one when its last sentence calls to strive (…而努力奋斗！) and it
    sets no figure, with the address before it (各位代表！). They frame the report, promise nothing."""
    found: set[str] = set()
    for identifier, text in reversed(paragraphs):
        key = norm_key(text)
        if found and is_address(key):
            found.add(identifier)
            break
        last = [piece for piece in re.split(r"(?<=[。!?;])", key.rstrip("。!?;")) if piece][-1:] or [""]
        if _CLOSING.search(last[0]) is None or _TASK_FIGURE.search(key):
            break
        found.add(identifier)
    return found


def is_fact(clause: str) -> bool:
    """Return True for a clause that states a fact the year brings (今年高校毕业生将高达765万人):
    the scene of the task after it, no task of its own."""
    return _FACT.match(norm_key(clause).strip("。;!?,，;；")) is not None


# -- the sentence opening a 法治 report's or a department's plans: who and when (2025年，我局将…),
#    the guiding thought (坚持以习近平法治思想为指导, 深入学习贯彻…思想), and general aims
#    (全面落实…各项任务, 为…提供坚实法治保障, 推动…再上新台阶); any clause naming a task of its own
#    (完成抽检1.35万批次, 修订《…条例》) keeps it a plan --
_LEAD_SUBJECT = lazy_re.compile(
    r"^(?:(?:19|20)\d{2}年|新的一年|下一步|今后|明年|来年)?[,，]?"
    r"(?:我们|我[局厅委办部区县市镇乡旗]|[^,，、]{2,10}?(?:厅|局|委|办|部|政府|区|县|市|镇|乡|街道|中心))?"
    r"(?:将|要)?(?:继续|进一步|始终)?")
_GUIDING = lazy_re.compile(
    r"^(?:坚持|始终坚持)?以[^,，。;；]{2,40}为(?:指导|指引|统领)$|"
    r"^(?:深入|认真|全面|坚决)?(?:学习)?贯彻(?:落实)?[^,，。;；]{2,40}(?:思想|精神)$")
_GENERAL_AIM = lazy_re.compile(
    r"^(?:认真|全面|坚决|扎实)?(?:贯彻)?落实[^,，。;；]{0,30}(?:各项任务|决策部署|部署要求|工作要求|目标任务)$|"
    r"^为[^,，。;；]{2,40}(?:提供|作出|贡献)[^,，。;；]{0,10}(?:保障|贡献|力量)$|"
    r"^(?:奋力|加快|努力)?(?:推进|推动)?[^,，。;；]{0,20}(?:再上新台阶|迈上新台阶|取得新成效|取得新进展|"
    r"率先突破|走在前列|新突破|新成效|新进展)$")
_LEAD_CLAUSES = lazy_re.compile(r"[,，;；]")


def is_plans_lead(key: str) -> bool:
    """True for a key (normalised, end stripped) that only opens the plans: who or when first
    (2025年，我局将…), then the guiding thought and at least one general aim, nothing else. A
    clause alone (坚决贯彻落实党中央八项规定精神, among a 政府工作报告's tasks) is no lead."""
    guided = aimed = opened = False
    named = False
    for clause in _LEAD_CLAUSES.split(key):
        if not opened:
            # -- who and when open the sentence only: 全面落实法治政府… is no subject 法治政府 --
            stripped = _LEAD_SUBJECT.sub("", clause, count=1)
            named = named or len(stripped) < len(clause)
            clause = stripped
        if not clause:
            continue  # -- the year or the subject alone (2024年，) --
        opened = True
        if _GUIDING.match(clause):
            guided = True
        elif _GENERAL_AIM.match(clause):
            aimed = True
        else:
            return False
    return named and guided and aimed

__all__ = ["closing_paragraphs", "is_fact", "is_framing", "is_plans_lead"]
