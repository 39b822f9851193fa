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


def reports_work(sentence_key: str) -> bool:
    """True unless a review sentence (a normalised key) only states a difficulty, credits the
    achievements, thanks, or draws a lesson: what a plan may continue is work the review reports."""
    if _THANKS.search(sentence_key) or _ACCOUNT.match(sentence_key) or _HARDER.search(sentence_key) \
            or _LESSON.match(sentence_key):
        return False
    last = _CLAUSE.search(sentence_key.rstrip("。!"))
    clause = last.group(0) if last else sentence_key
    if _WHOLE_ACHIEVES.match(clause):
        return False
    return not (_HARDSHIP.search(sentence_key) and not _COPES.search(clause))


def working_sentences(sentences: list[str]) -> list[int]:
    """Return the indexes of a review paragraph's sentences (normalised keys) that report work.
    A paragraph opening on the account (回顾过去一年，成绩来之不易。这些成绩，是在…取得的。…) goes
    on weighing the year (经济规模越大，增长难度随之增加) until it turns to what we did (我们深入贯彻…，
    扎实做好“六稳”、“六保”工作，…主要做了以下工作): only that is work."""
    weighing = bool(sentences) and _ACCOUNT.match(sentences[0]) is not None
    return [index for index, sentence in enumerate(sentences)
            if reports_work(sentence) and (not weighing or sentence.startswith("我们"))]


__all__ = ["reports_work", "working_sentences"]
