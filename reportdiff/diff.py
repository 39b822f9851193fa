"""Word-level redlines of two texts: diff-match-patch over jieba tokens.

The only module that imports diff_match_patch (or its C++ build, fast_diff_match_patch,
where that is installed). As in dmp's line mode (``diff_linesToChars``), every distinct
token is encoded as one character, the character diff runs on those strings, and the
result is decoded back to tokens, so an edit is always a whole word or figure, never single characters. A semantic cleanup
(dmp's equality elimination, with equalities weighed by their characters) then merges
edits separated by trivial equalities into readable replacements.

Tokens are compared by their normalised key (script, width and spacing do not
count) but shown in the original text of each side, so that

    "".join(r.text for r in redlines if r.op is not Op.DELETE) == new_text
    "".join(r.old_text or r.text for r in redlines if r.op is not Op.INSERT) == old_text
"""

from __future__ import annotations

import os
from itertools import accumulate

from diff_match_patch import diff_match_patch

from . import lazy_re
from .models import Op, Redline
from .normalize import normalize
from .parse_markers import NUMERAL_VALUES, chinese_numeral
from .segment import FIGURE_RE, PURE_PYTHON_ENV, tokenize

_OPS = {0: Op.EQUAL, -1: Op.DELETE, 1: Op.INSERT}
# -- Code points for the token encoding: supplementary private use area A, far from
#    anything dmp's semantic cleanup treats as whitespace or punctuation. --
_FIRST_CODE = 0xF0000
#: Weight of a figure token in the semantic cleanup (a word weighs its characters).
FIGURE_WIDTH = 2
#: Largest product of the two token counts diffed word by word in one go (about 400 × 400
#: tokens, ~0.2 s); longer texts are aligned sentence by sentence first.
DIFF_BUDGET = 160_000
_SENTENCE_ENDS = frozenset("。;!?")


def _engine() -> diff_match_patch:
    engine = diff_match_patch()
    # -- 0 = no time limit: the default 1 s cut-off makes results depend on machine load;
    #    inputs are single measures, so the full diff is cheap. --
    engine.Diff_Timeout = 0
    return engine


_ENGINE = _engine()
_NATIVE_OPS = {"=": 0, "-": -1, "+": 1}


def _native_diff_main():
    """Return dmp's own C++ ``diff_main`` (fast_diff_match_patch), or None where it is absent.

    It is the same algorithm as the Python port: common prefix and suffix, then Myers'
    bisection; with no time limit and no line mode it returns the same diff (tests compare
    the two on the seed, the samples and real reports). There are no wheels for every
    platform, so the Python port stays the fallback, silently.
    """
    if os.environ.get(PURE_PYTHON_ENV):
        return None
    try:
        from fast_diff_match_patch import diff as native
    except ImportError:
        return None

    def diff_main(old: str, new: str) -> list[tuple[int, str]]:
        return [(_NATIVE_OPS[op], chars) for op, chars in
                native(old, new, timelimit=0, checklines=False, cleanup="No", counts_only=False)]

    # -- token codes lie beyond the BMP and share their UTF-16 high surrogate: a build whose
    #    strings are UTF-16 (wchar_t on Windows) would split them, so check before use --
    first, second, third = (chr(_FIRST_CODE + n) for n in range(3))
    try:
        works = diff_main(first + second, first + third) == [(0, first), (-1, second), (1, third)]
    except Exception:  # noqa: BLE001 -- any failure of the optional library means: do not use it
        works = False
    return diff_main if works else None


def _python_diff_main(old: str, new: str) -> list[tuple[int, str]]:
    return _ENGINE.diff_main(old, new, False)


diff_main = _native_diff_main() or _python_diff_main


def token_spans(text: str) -> list[tuple[str, str]]:
    """Return ``(key, original)`` for every token of ``text``; originals join to ``text``."""
    normalized = normalize(text)
    tokens = tokenize(normalized.key)
    # -- each token's original text: origin maps key offsets to text offsets (Normalized.span,
    #    without a method call per token) --
    origin, original = normalized.origin, normalized.original
    bounds = [origin[end] for end in accumulate(map(len, tokens), initial=0)]
    spans = list(zip(tokens, map(original.__getitem__, map(slice, bounds, bounds[1:]))))
    if not spans and text:
        spans.append(("", text))  # -- whitespace-only text still has to be shown --
    return spans


def redline(old_text: str, new_text: str, years: dict[str, str] | None = None) -> tuple[Redline, ...]:
    """Return the word-level redline that turns ``old_text`` into ``new_text``.

    ``years`` maps a year of the old report to the same year of the new one (its own year,
    the year it reviews or plans: ``{"2024": "2025"}``): where the old text names it
    (2024年) and the new text names its counterpart (2025年), the words are the same.

    >>> [(r.op.value, r.text) for r in redline("受理案件170.81万件", "受理案件182.4万件")]
    [('equal', '受理案件'), ('delete', '170.81万件'), ('insert', '182.4万件')]
    """
    if not old_text or not new_text:
        return whole(Op.INSERT, new_text) if new_text else whole(Op.DELETE, old_text)
    if normalize(old_text).key == normalize(new_text).key:
        # -- the same after normalisation (script, width, spacing): one equal run, no diff --
        return (Redline(Op.EQUAL, new_text, old_text if old_text != new_text else None),)
    old_spans = token_spans(old_text)
    new_spans = token_spans(new_text)
    if years:
        old_spans = _relative_years(old_spans, years)
    old_chars, new_chars, codes = _encode([key for key, _ in old_spans], [key for key, _ in new_spans])
    ends = {code for token, code in codes.items() if token in _SENTENCE_ENDS}
    diffs = _bounded_diff(old_chars, new_chars, ends)
    # -- a word weighs its characters; a figure weighs like a short word, so that the label
    #    between two changed figures (，月均受理) survives as context --
    width = {code: FIGURE_WIDTH if FIGURE_RE.fullmatch(token) else max(len(token), 1) for token, code in codes.items()}
    weights: dict[str, int] = {}

    def weigh(chars: str) -> int:
        # -- the cleanup re-weighs the same runs each time it steps back: weigh each once --
        weight = weights.get(chars)
        if weight is None:
            weight = weights[chars] = sum(map(width.__getitem__, chars))
        return weight

    cleanup_semantic(diffs, weigh)

    runs: list[Redline] = []
    old_at = new_at = 0
    for code, chars in diffs:
        op = _OPS[code]
        count = len(chars)
        if op is Op.EQUAL:
            text = "".join(original for _, original in new_spans[new_at : new_at + count])
            old = "".join(original for _, original in old_spans[old_at : old_at + count])
            run = Redline(op, text, old if old != text else None)
            old_at += count
            new_at += count
        elif op is Op.DELETE:
            run = Redline(op, "".join(original for _, original in old_spans[old_at : old_at + count]))
            old_at += count
        else:
            run = Redline(op, "".join(original for _, original in new_spans[new_at : new_at + count]))
            new_at += count
        _append(runs, run)
    return tuple(runs)


class RedlineMemo:
    """``redline`` remembered per (old text, new text, years): the same result, computed once.

    A report repeats paragraphs (boilerplate, a body bound twice), so one comparison asks for
    the redline of the same pair many times. Redlines are tuples of frozen runs, safe to share.
    One memo serves one comparison; it holds every redline asked of it.
    """

    __slots__ = ("_known",)

    def __init__(self) -> None:
        self._known: dict[tuple[str, str, tuple[tuple[str, str], ...]], tuple[Redline, ...]] = {}

    def __call__(self, old_text: str, new_text: str, years: dict[str, str] | None = None) -> tuple[Redline, ...]:
        memo_key = (old_text, new_text, tuple(years.items()) if years else ())
        runs = self._known.get(memo_key)
        if runs is None:
            runs = self._known[memo_key] = redline(old_text, new_text, years)
        return runs


def _relative_years(spans: list[tuple[str, str]], years: dict[str, str]) -> list[tuple[str, str]]:
    """Compare a year of the old report (2024年) as its counterpart in the new one (2025年), and
    so the session of the congress a report speaks of (县十六届人大二次会议 → 三次会议): held once
    a year, next year's report names the next one."""
    mapped = list(spans)
    shift = _year_shift(years)
    for index, (key, original) in enumerate(spans[:-1]):
        if key in years and spans[index + 1][0] == "年":
            mapped[index] = (years[key], original)
        elif shift and (session := _SESSION.match(key)) and _of_congress(spans, index):
            later = NUMERAL_VALUES.get(session[2], 0) + shift
            if 0 < later < 100:
                mapped[index] = (f"{session[1]}{chinese_numeral(later)}次", original)
    return mapped


#: A session's ordinal (二次, 第三次) before 会议, after a congress's term (十六届人大, 第十七届人民代表大会).
_SESSION = lazy_re.compile(r"^(第?)([一二三四五六七八九十]{1,3})次$")
_CONGRESS = ("人大", "人民代表大会")


def _of_congress(spans: list[tuple[str, str]], index: int) -> bool:
    """Whether the ordinal at ``index`` numbers a congress's session: 会议 follows, the term (…届)
    and perhaps 人大 go before; a standing committee (人大常委会) meets many times a year."""
    if spans[index + 1][0] not in ("会议", "全体会议") or index == 0:
        return False
    before = spans[index - 1][0]
    if before in _CONGRESS:
        return index >= 2 and spans[index - 2][0].endswith("届")
    return before.endswith("届")


def _year_shift(years: dict[str, str]) -> int:
    """How many years the new report is on from the old (0 when its years move unevenly)."""
    shifts = {int(new) - int(old) for old, new in years.items() if old.isdigit() and new.isdigit()}
    return shifts.pop() if len(shifts) == 1 else 0


def year_relative(redlines: tuple[Redline, ...], years: dict[str, str] | None) -> bool:
    """True when an equal run holds a year only because ``years`` maps it (2024年 → 2025年, or
    二〇二四年 → 二〇二五年: compared on the key)."""
    if not years:
        return False
    return any(run.op is Op.EQUAL and run.old_text is not None and any(
        f"{old}年" in normalize(run.old_text).key and f"{new}年" in normalize(run.text).key
        for old, new in years.items()) for run in redlines)


def _encode(old_units: list[str], new_units: list[str]) -> tuple[str, str, dict[str, str]]:
    """Encode each distinct unit (token or sentence) as one character, as dmp's line mode does;
    return both encoded strings and the unit → character map."""
    codes: dict[str, str] = {}

    def encode(units: list[str]) -> str:
        for unit in units:
            if unit not in codes:
                codes[unit] = chr(_FIRST_CODE + len(codes))
        return "".join(map(codes.__getitem__, units))

    return encode(old_units), encode(new_units), codes


def _bounded_diff(old_chars: str, new_chars: str, sentence_ends: set[str]) -> list[tuple[int, str]]:
    """Return dmp's token diff, with the work bounded for very long texts.

    dmp's bisection costs about the product of the two lengths in pure Python: an 8,000-
    character measure against a reshuffled copy took seconds, 100,000 characters never
    finished. Beyond DIFF_BUDGET the texts are first aligned sentence by sentence (each
    sentence encoded as one character, as dmp's line mode does) and only the changed
    sentence blocks small enough are diffed word by word; larger ones are replaced whole.
    The result is still a valid, deterministic diff.
    """
    if len(old_chars) * len(new_chars) <= DIFF_BUDGET:
        return diff_main(old_chars, new_chars)
    old_sentences, new_sentences = cut_after(old_chars, sentence_ends), cut_after(new_chars, sentence_ends)
    if len(old_sentences) * len(new_sentences) > DIFF_BUDGET:
        return [(-1, old_chars), (1, new_chars)]
    old_codes, new_codes, codes = _encode(old_sentences, new_sentences)
    coarse = diff_main(old_codes, new_codes)
    decode = {code: sentence for sentence, code in codes.items()}
    diffs: list[tuple[int, str]] = []
    deleted = inserted = ""
    for op, chars in [*coarse, (0, "")]:
        text = "".join(decode[c] for c in chars)
        if op == -1:
            deleted += text
        elif op == 1:
            inserted += text
        else:
            if deleted or inserted:
                if deleted and inserted and len(deleted) * len(inserted) <= DIFF_BUDGET:
                    diffs.extend(diff_main(deleted, inserted))
                else:
                    diffs.extend(item for item in ((-1, deleted), (1, inserted)) if item[1])
                deleted = inserted = ""
            if text:
                diffs.append((0, text))
    _ENGINE.diff_cleanupMerge(diffs)
    return diffs


def cut_after(chars: str, ends: set[str] | frozenset[str]) -> list[str]:
    """Cut ``chars`` after each character of ``ends`` (the last piece may lack one)."""
    sentences, start = [], 0
    for index, char in enumerate(chars):
        if char in ends:
            sentences.append(chars[start : index + 1])
            start = index + 1
    if start < len(chars):
        sentences.append(chars[start:])
    return sentences


#: An equal run this heavy (characters of words) is kept between edits however large they are: a
#: sentence kept within a rewritten paragraph (建成省级和美乡村示范村) shows as kept.
KEPT_EQUAL = 8


def cleanup_semantic(diffs: list[tuple[int, str]], weight) -> None:
    """Remove equalities too small to be worth showing between edits, in place.

    This is the elimination pass of dmp's ``diff_cleanupSemantic`` with one change: an
    equality is measured by the characters of its tokens (``weight``), not by how many
    tokens it holds. Counting tokens, a shared two-word term such as 推动一体化综合监管
    weighed less than four words of punctuation and verbs around it and vanished into one
    big replacement. dmp's lossless and overlap passes are not run: they move edit
    boundaries inside the encoded string, and token boundaries are already word boundaries.
    """
    changed = False
    equalities: list[int] = []
    last_equality: str | None = None
    before = [0, 0]  # -- inserted, deleted weight before the last equality --
    after = [0, 0]  # -- and after it --
    pointer = 0
    while pointer < len(diffs):
        op, chars = diffs[pointer]
        if op == 0:
            equalities.append(pointer)
            before, after = after, [0, 0]
            last_equality = chars
        else:
            after[0 if op == 1 else 1] += weight(chars)
            if last_equality is not None:
                size = weight(last_equality)
                if size <= max(before) and size <= max(after) and size < KEPT_EQUAL:
                    # -- turn the equality into a deletion plus an insertion --
                    at = equalities[-1]
                    diffs.insert(at, (-1, last_equality))
                    diffs[at + 1] = (1, last_equality)
                    equalities.pop()
                    if equalities:
                        equalities.pop()
                    pointer = equalities[-1] if equalities else -1
                    before, after = [0, 0], [0, 0]
                    last_equality = None
                    changed = True
        pointer += 1
    if changed:
        _ENGINE.diff_cleanupMerge(diffs)


def _append(runs: list[Redline], run: Redline) -> None:
    if not run.text and not run.old_text:
        return
    if runs and runs[-1].op is run.op and run.op is not Op.EQUAL:
        runs[-1] = Redline(run.op, runs[-1].text + run.text)
        return
    runs.append(run)


def whole(op: Op, text: str) -> tuple[Redline, ...]:
    """Return the redline of a text inserted or deleted as a whole."""
    return (Redline(op, text),) if text else ()


def is_unchanged(redlines: tuple[Redline, ...]) -> bool:
    """True when a redline has no insertion or deletion."""
    return all(run.op is Op.EQUAL for run in redlines)


__all__ = ["RedlineMemo", "cleanup_semantic", "cut_after", "is_unchanged", "redline", "token_spans", "whole"]
