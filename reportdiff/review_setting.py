"""Review sentences that report no work: the setting, the account, the thanks (used by plans.py).

A 政府工作报告's review states what the year faced (…面临多重压力, 不少企业遇到较大困难, 保持经济
平稳运行难度加大), credits its achievements (这些成绩，是…的结果; …的成就，充分显示了…; 经济社会发展取得
新的重大成就) and thanks
(向…表示诚挚感谢！), and draws lessons (实践表明，减税降费是助企纾困直接有效的办法). They share a plan's words — the plan answers the difficulty, or names the
thanked — but report nothing done that the plan could continue.
"""

from __future__ import annotations

from . import lazy_re

#: The last clause closes on a difficulty (…等多重压力, 遇到较大困难, 受到冲击和影响) …
_HARDSHIP = lazy_re.compile(r"(?:困难|挑战|冲击|影响|压力|风险|形势)[^,;。!]{0,2}[。!]?$")
#: …that no deed of the clause acts on (减轻了…压力, 克服困难, 应对…挑战, 处置…风险).
_COPES = lazy_re.compile(r"减轻|克服|化解|处置|应对|防控|管控|防范|战胜|缓解|降低|消除|抵御|守住|排查|整治|帮助|帮扶")
#: What grew harder, whatever the task named before it (保持经济平稳运行的难度明显加大).
_HARDER = lazy_re.compile(r"难度[^,;。!]{0,4}(?:加大|增加|增大)[。!]?$")
#: Whose the achievements are: 成绩 or 成就 as the subject (这些成绩，是…; 过去一年取得的成绩，是…的
#: 结果; …的辉煌成就，充分显示了…; 回顾过去一年，成绩来之不易), not an area's own (国防建设取得…新成就).
_ACCOUNT = lazy_re.compile(r"^(?:回顾[^,;。!]{0,8},)?[^,;。!]{0,16}(?:成绩|成就),?(?:是|充分|集中|再次|实属|来之不易|得来|殊为)")
#: …or the development as a whole as the subject achieving (我国经济社会发展取得举世瞩目的重大成就;
#: 改革开放和现代化建设取得新的重大成就), closing the year's or the term's account: no area's own
#: (国防和军队建设取得…成就; 教育…等领域发展取得新成就).
_WHOLE_ACHIEVES = lazy_re.compile(r"(?:全国|全省|全市|全县|全区|我国|我省|我市|我县|我区|中国)?(?:经济社会)?"
                                  r"(?:发展|改革开放和(?:社会主义)?现代化建设)(?:又|已经|再次)?取得[^,;。!]{0,12}成就[。!]?$")
#: The thanks (向…表示诚挚感谢！; 致以崇高的敬意).
_THANKS = lazy_re.compile(r"表示(?:诚挚|衷心|崇高|亲切)?的?(?:感谢|谢意|敬意)|致以(?:诚挚|崇高|亲切|衷心)?的?(?:问候|敬意|谢意)")
_CLAUSE = lazy_re.compile(r"[^,;]*$")
#: The lesson drawn (实践表明，减税降费是助企纾困直接有效的办法; 事实证明，…): what the work showed,
#: said of it in general, not work done.
_LESSON = lazy_re.compile(r"^(?:[^,;。!]{0,8}的)?(?:实践|事实|历史|经验)(?:充分|再次|一再|反复)?(?:表明|证明|告诉我们)")


#: What the year or the term was, said of it as a whole: 2022年是…极为重要的一年, 过去一年是…具有
#: 里程碑意义的一年, 2015年是“十二五”收官之年.
_CHARACTERISED = lazy_re.compile(
    r"^(?:(?:19|20)\d{2}年|过去(?:的)?一年|去年|这一年)是[^,;。!]{0,30}(?:一年|之年)[。!]?$")
#: The period judged as a whole (过去五年极不寻常、极不平凡; 一年来的工作殊为不易), or an account
#: closing on how hard the achievements were won (回顾过去五年，诸多矛盾交织叠加，…成就实属来之不易).
_PERIOD = r"(?:过去(?:的)?(?:一|两|三|四|五|几|十)年|(?:一|两|三|五|几)年来|这(?:一|五)年)"
_JUDGED = lazy_re.compile(
    rf"^(?:回顾)?{_PERIOD}(?:的工作|来)?,?[^,;。!]{{0,6}}(?:极不寻常|很不寻常|不同寻常|极不平凡|很不平凡|殊为不易|来之不易|极为不易|实属不易)")
_HARD_WON = lazy_re.compile(r"(?:来之不易|殊为不易|实属不易|很不容易|极不容易|更为难得|难能可贵)[。!]?$")
#: …or on the praise of them (…再次令世界瞩目，全国各族人民倍感振奋和自豪; 我国发展成就举世瞩目).
_PRAISED = lazy_re.compile(r"(?:令世界瞩目|举世瞩目|倍感振奋(?:和自豪)?|倍感自豪|备受鼓舞)[。!]?$")
#: The lesson as a maxim (做好经济社会发展工作，没有捷径，实干为要; 这再次表明，…) or as what we learnt
#: (我们深刻体会到，…).
_MAXIM = lazy_re.compile(r"^做好[^,;。!]{0,16}工作,(?:没有捷径|关键在|贵在|重在|根本在|必须)|"
                         r"^这(?:再次|充分|进一步)?(?:表明|说明|证明)|"
                         r"^(?:我们)?(?:深刻|深切|深深)(?:地)?(?:体会|认识|感受)到")
#: The setting as what we faced (我们面对的是深刻变化的外部环境): it names what the work answered.
_FACED = lazy_re.compile(r"^(?:我们)?(?:所)?(?:面对|面临)的(?:是|主要是)")
#: Conduct in general, every clause of a sentence so: the lead (在…坚强领导下, 与此同时), the
#: state of mind (迎难而上、砥砺前行), a body's or a meeting's deployments carried out (全面落实中央经济
#: 工作会议部署, 按照…安排; not a policy's: 落实…全面从严治党战略部署 is work) and the
#: development pushed in general (推动经济社会持续健康发展, 统筹推进经济社会各领域工作); a clause
#: naming an object of its own (加大宏观调控力度, 新设综合保税区) is work.
_GENERAL_LEAD = lazy_re.compile(r"^(?:与此同时|同时|此外|在[^,;。!]{2,40}(?:领导|指引|带领|指导)下)$")
_GENERAL_SUBJECT = lazy_re.compile(
    r"^(?:我们|全国各族人民|全党全国各族人民|全国上下|各地区各部门|各级政府|"
    r"全(?:省|市|州|县|区|旗|镇|乡)(?:上下|人民|干部群众))?(?:共同|团结|一道)?")
_GENERAL_CLAUSE = lazy_re.compile(
    r"^(?:迎难而上|砥砺前行|勇毅前行|攻坚克难|奋发有为|锐意进取|埋头苦干|真抓实干|共克时艰|顽强拼搏|"
    r"(?:全面|认真|坚决|深入)?(?:贯彻)?落实(?:[^,;。!]{0,16}会议(?:的)?|(?:党中央|中央|国务院|省委|市委|州委|县委|区委|上级)(?:的)?)"
    r"(?:决策)?(?:部署|精神|要求|安排)(?:要求)?|"
    r"按照[^,;。!]{0,40}(?:部署|安排|要求)|"
    r"(?:统筹)?推进[^,;。!]{0,8}各(?:领域|方面|项)工作|"
    r"(?:推动|促进|保持)?(?:经济社会|经济)?(?:持续健康发展|平稳健康发展|高质量发展))[。!]?$")
_CLAUSES = lazy_re.compile(r"[,;]")
#: A sentence turning to what we did, after a time at most (一年来，我们…): in a paragraph that
#: opens on the account or the characterisation, only such a sentence is work.
_OUR_DEEDS = lazy_re.compile(
    rf"^(?:(?:{_PERIOD}|去年|(?:19|20)\d{{2}}年|今年以来),)?我们(?!面对|面临|所面对|深刻|深切|深深)")


#: A figure other than a year (190.4亿元, 6.6%): a result measured.
_MEASURED = lazy_re.compile(r"\d(?![\d.]*年)")
#: The government as the subject, after a time at most (县政府坚持稳中求进…; 一年来，市政府…).
_GOVERNMENT = lazy_re.compile(
    rf"^(?:(?:{_PERIOD}|去年|(?:19|20)\d{{2}}年|今年以来),)?(?:[^,;。!]{{0,8}}(?:省|市|县|区|州|旗|镇|乡))?(?:人民)?政府")


def reports_work(sentence_key: str) -> bool:
    """True unless a review sentence (a normalised key) only states a difficulty or the setting,
    credits, judges or praises the achievements or the year, thanks, draws a lesson, or tells
    conduct in general: what a plan may continue is work the review reports."""
    if _THANKS.search(sentence_key) or _ACCOUNT.match(sentence_key) or _HARDER.search(sentence_key) \
            or _LESSON.match(sentence_key) or _frames_review(sentence_key) or _FACED.match(sentence_key) \
            or _general_conduct(sentence_key):
        return False
    last = _CLAUSE.search(sentence_key.rstrip("。!"))
    clause = last.group(0) if last else sentence_key
    if _WHOLE_ACHIEVES.match(clause) or _PRAISED.search(clause):
        return False
    return not (_HARDSHIP.search(sentence_key) and not _COPES.search(clause))


def _frames_review(sentence_key: str) -> bool:
    """True for a sentence that frames the review rather than reporting in it: the year or the
    term characterised or judged as a whole, the achievements hard won, the lesson as a maxim."""
    return bool(_CHARACTERISED.match(sentence_key) or _JUDGED.match(sentence_key)
                or _HARD_WON.search(sentence_key) or _MAXIM.match(sentence_key))


def _general_conduct(sentence_key: str) -> bool:
    """True when every clause of a sentence tells conduct in general (see ``_GENERAL_CLAUSE``)."""
    clauses = [clause for clause in _CLAUSES.split(sentence_key.rstrip("。!")) if clause]
    if clauses and _GENERAL_LEAD.match(clauses[0]):
        clauses = clauses[1:]
    return bool(clauses) and all(_GENERAL_CLAUSE.match(_GENERAL_SUBJECT.sub("", clause, count=1))
                                 for clause in clauses)


def working_sentences(sentences: list[str]) -> list[int]:
    """Return the indexes of a review paragraph's sentences (normalised keys) that report work.
    A paragraph opening on the account (回顾过去一年，成绩来之不易。这些成绩，是在…取得的。…) goes
    on weighing the year (经济规模越大，增长难度随之增加；去年世界经济增速为6年来最低) until it turns to
    what we did (我们深入贯彻…，扎实做好“六稳”、“六保”工作，…主要做了以下工作): only that is work.
    One opening on the year characterised (2022年是…极为重要的一年。党的二十大胜利召开…), on a lesson
    (做好…工作，没有捷径，实干为要。) or on conduct in general (与此同时，我们全面落实…部署…) goes on in
    the same vein, unless it turns to what we did (一年来，我们…) or the government did, or to a
    result it measures (2025年是爬坡过坎的一年。全县地区生产总值完成190.4亿元…)."""
    if not sentences:
        return []
    weighing = _ACCOUNT.match(sentences[0]) is not None
    framed = not weighing and (_frames_review(sentences[0]) or _general_conduct(sentences[0]))
    return [index for index, sentence in enumerate(sentences)
            if reports_work(sentence) and (not (weighing or framed) or _OUR_DEEDS.match(sentence) is not None
                                           or framed and (_MEASURED.search(sentence) is not None
                                                          or _GOVERNMENT.match(sentence) is not None))]


__all__ = ["reports_work", "working_sentences"]
