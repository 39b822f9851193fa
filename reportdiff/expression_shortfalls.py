"""Shortcomings as :mod:`reportdiff.expressions` reads them: a plain judgement is no 提法.

Every report's shortcomings paragraph (我们也清醒看到…, 二、存在的不足) judges its own work in
the same few ways: a part of the field falls short (一些地方…, 部分企业…, 个别单位…), or a
thing is not enough, not yet, still to be done (…力度不够, …能力不强, …仍需加强, …有待提高,
…还有差距, …较为突出). Such a sentence is new or dropped every year because its subject
changed, and no reader quotes it as a formulation. A diagnosis is one when it is named: it
calls something the main contradiction (需求不足仍是突出矛盾), runs coined items in parallel
(不担当、不作为、乱作为), or quotes (“谁执法谁普法”责任落实不够平衡 is the slogan). Only the
form is read, on the comparison key (Simplified, full width), never a report's phrases.
"""

from __future__ import annotations

from . import lazy_re

# -- a part of the field as subject: 一些地方, 部分企业, 少数干部, 个别单位, 有的… --
_PARTIAL = lazy_re.compile(r"^(?:一些|有些|有的|部分|一部分|少数|个别|某些)")
# -- a judgement of insufficiency closing the sentence: not enough (不够…, 不足, 不强), behind
#    (滞后, 较慢), weak (薄弱, 短板), still to be done (仍需加强, 有待提高, 尚需巩固), a gap
#    (还有差距), pressing (较为突出, 任重道远) --
_SHORT_OF = lazy_re.compile(
    r"(?:不够[\u4e00-\u9fff]{0,3}|不(?:足|强|高|快|优|实|严|细|深|稳|畅|紧|到位|平衡|充分|均衡|协调|及时"
    r"|完善|健全|规范|明显|适应)|较弱|偏弱|薄弱|滞后|较低|偏低|较少|偏少|较慢|偏慢|较大|较多|偏多|突出|困难"
    r"|差距|短板|弱项|任重道远|(?:仍|还|尚|亟)?(?:需|须|待|有待|亟待|需要)[\u4e00-\u9fff]{1,4})$")
# -- what makes a diagnosis a named one: a quotation, or three or more short items in parallel --
_QUOTED = lazy_re.compile("[“”《》]")


def plain(text: str) -> bool:
    """True when a span of a shortcomings paragraph (its comparison key) is a plain judgement
    of the report's own work rather than a named diagnosis."""
    if _QUOTED.search(text) is not None or _parallel(text):
        return False
    return _SHORT_OF.search(text) is not None or _PARTIAL.search(text) is not None


def _parallel(text: str) -> bool:
    """Three or more items in a run, all but the first (which may carry the subject) short:
    不担当、不作为、乱作为."""
    items = text.split("、")
    return len(items) >= 3 and all(len(item) <= 4 for item in items[1:])


__all__ = ["plain"]
