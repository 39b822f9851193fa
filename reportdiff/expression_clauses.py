"""The clauses of a unit, as :mod:`reportdiff.expressions` looks for expressions in them.

A clause lies between ，。；： and the like; 、 does not end one (需求收缩、供给冲击、预期转弱 is
one expression), nor does a mark inside a quotation that closes in the unit
(“科技创新2030—重大项目”), nor a short bracketed aside inside a phrase (乡镇（街道）全覆盖).
"""

from __future__ import annotations

# -- a clause ends at these; 、 does not end one (需求收缩、供给冲击、预期转弱 is one expression) --
CLAUSE_PUNCT = frozenset("，。；：！？,;:!?（）()[]【】—…")
_CUTS_AND_QUOTES = CLAUSE_PUNCT | {"“", "”"}
# -- a bracketed aside this short (characters) stays in its phrase: 乡镇（街道）, 区（县） --
_ASIDE_MAX = 4
OPENING_BRACKETS, CLOSING_BRACKETS = frozenset("（("), frozenset("）)")


def _asides(tokens: tuple[str, ...]) -> set[int]:
    """The brackets of short asides inside a phrase (乡镇（街道）全覆盖): no cut of a clause."""
    kept: set[int] = set()
    for i, token in enumerate(tokens):
        # -- inside a phrase, after a word: （四） opening a heading is its marker --
        if token in OPENING_BRACKETS and i and tokens[i - 1] not in CLAUSE_PUNCT:
            for j in range(i + 1, min(i + 4, len(tokens))):
                if tokens[j] in CLOSING_BRACKETS:
                    if j > i + 1 and sum(map(len, tokens[i + 1:j])) <= _ASIDE_MAX:
                        kept.update((i, j))
                    break
                if tokens[j] in CLAUSE_PUNCT:
                    break
    return kept


def clauses(tokens: tuple[str, ...]) -> list[tuple[int, int]]:
    """Return the token ranges of a unit's clauses (between ，。；： and the like)."""
    asides = _asides(tokens) if "（" in tokens or "(" in tokens else ()
    if "“" not in tokens:
        # -- no quotation to run on over a mark: the clauses lie between the marks --
        cuts = [i for i, token in enumerate(tokens) if token in CLAUSE_PUNCT and i not in asides]
        cuts.append(len(tokens))
        clauses = []
        start = 0
        for cut in cuts:
            if cut > start:
                clauses.append((start, cut))
            start = cut + 1
        return clauses
    clauses = []
    start = 0
    quoted = False
    # -- only marks and quotation marks change anything: the other tokens are passed over in C --
    marks = [i for i, token in enumerate(tokens) if token in _CUTS_AND_QUOTES]
    marks.append(len(tokens))
    for i in marks:
        if i < len(tokens):
            token = tokens[i]
            if token == "“":
                # -- a quotation runs on over a dash or a comma when it closes in the unit
                #    (“科技创新2030—重大项目”) --
                quoted = "”" in tokens[i + 1:i + 16]
            elif token == "”":
                quoted = False
            if quoted or token not in CLAUSE_PUNCT or i in asides:
                continue
        if i > start:
            clauses.append((start, i))
        start = i + 1
    return clauses


__all__ = ["CLAUSE_PUNCT", "CLOSING_BRACKETS", "OPENING_BRACKETS", "clauses"]
