"""The figure of a split or merged group as a whole.

Each piece of a merge carries its own similarity to the one paragraph it went into (the section's
framing paragraph against a condensed paragraph: 2%), which says nothing of the group; a comment
on the group gives the paragraph's similarity to its pieces read in order and joined.
"""

from __future__ import annotations

from dataclasses import replace

from .models import Match
from .scoring import Scorer


def with_group_similarity(matches: tuple[Match, ...], scorer: Scorer) -> tuple[Match, ...]:
    """Return ``matches`` with ``group_similarity`` set on every piece of a split or merge."""
    groups: dict[tuple[str, str], list[Match]] = {}
    for match in matches:
        if match.old is None or match.new is None:
            continue
        if match.relation == "merged":
            groups.setdefault(("merged", match.new.id), []).append(match)
        elif match.relation == "split":
            groups.setdefault(("split", match.old.id), []).append(match)
    figures: dict[int, float] = {}
    for (relation, _), members in groups.items():
        if len(members) < 2:
            continue
        if relation == "merged":
            pieces = "".join(m.old.key for m in sorted(members, key=lambda m: m.old.line))
            figure = scorer.similarity(pieces, members[0].new.key)
        else:
            pieces = "".join(m.new.key for m in sorted(members, key=lambda m: m.new.line))
            figure = scorer.similarity(members[0].old.key, pieces)
        figures.update((id(m), round(figure, 4)) for m in members)
    if not figures:
        return matches
    return tuple(replace(m, group_similarity=figures[id(m)]) if id(m) in figures else m for m in matches)


__all__ = ["with_group_similarity"]
