"""将 as 把: a deed written with 将 (将…纳入…, 将…提高到…) tells what was done, not what will be.

A review writes its deeds with 把 or, as often, with 将 in the same construction: 将12项事项纳入
综合执法, 将补助标准提高到每人每年610元. That 将 takes an object and a verb of result after it;
the future 将 is followed by a verb or an adverb (将加快…, 将进一步…, 将把…纳入…) and still
plans. Reading the key (Simplified), so both scripts are one.
"""

from __future__ import annotations

from . import lazy_re

#: What follows a future 将 at once: an adverb, a verb, a preposition, 把 itself.
_FUTURE_NEXT = (
    "继续|进一步|加快|加大|加强|全面|大力|积极|着力|重点|推动|推进|持续|逐步|力争|深入|不断|切实|认真|研究|探索|"
    "启动|开展|实施|建立|健全|完善|抓好|做好|会|要|于|在|以|是|有|按|根据|通过|适时|陆续|把|为|对|从|向|进行|"
    "组织|坚持|统筹|出台|制定|着手|全力|努力|更加|尽快|稳步|扎实|分批|统一|争取|视|达到|超过|突破|形成|实现|"
    "作为|提高|提升|降低|扩大|增加|减少|调整|延伸|拓展|纳入|列入|写入|上调|下调|延长|缩短|放宽|覆盖|推广")
#: The verbs of result a 把/将 construction ends on (纳入, 提高到…).
_RESULT = (
    "纳入|列入|写入|编入|(?:提高|提升|降低|降|扩大|延伸|拓展|扩展|增加|减少|上调|下调|延长|缩短|放宽|推广)(?:到|至)|"
    "调整(?:为|到|至)|覆盖到")
#: 将 of a deed: not 必将/即将, not the future's verb after it, an object, then a verb of result.
BA_JIANG = lazy_re.compile(rf"(?<![必即])将(?!{_FUTURE_NEXT})(?=[^,，。;；:：将把要]{{1,24}}?(?:{_RESULT}))")


def as_ba(key: str) -> str:
    """``key`` with each 将 of a deed written 把, so that only the future 将 remains."""
    return BA_JIANG.sub("把", key)


__all__ = ["BA_JIANG", "as_ba"]
