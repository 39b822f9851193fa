"""A timeline's lineage through compare's merges and splits: a piece carries its measure's row
on only on the evidence a pair needs in compare (a plain pair, or a piece that is a pair on content
alone); a merge of pieces none of which is one ends each piece's row, merged."""

from __future__ import annotations

_all: list[dict] = []


class _Report:
    def __init__(self, *ids: str) -> None:
        from types import SimpleNamespace

        self.measures = [SimpleNamespace(id=identifier, title=f"举措{identifier}") for identifier in ids]


def _rows(*steps_links) -> dict[str, dict[int, str]]:
    """The lineages of a three-year series (2022 holding A and B) as first id → {year: id} (the
    last such lineage; ``_all`` lists every one)."""
    from reportdiff.corpus.timeline import Link, Step, _lineages

    steps = [Step(tuple(Link(old, new, status, f"举措{new or old}", similarity, relation)
                        for old, new, status, similarity, relation in links), (), ()) for links in steps_links]
    lineages = _lineages([_Report("A", "B")], [2022, 2023, 2024], steps)
    _all[:] = [{year: mid for year, (mid, _, _) in lineage.years.items()} | {"merged": lineage.merged_in}
               for lineage in lineages]
    return {f"{lineage.years[lineage.first_year][0]}@{lineage.first_year}":
            {year: mid for year, (mid, _, _) in lineage.years.items()} | {"merged": lineage.merged_in}
            for lineage in lineages}


_FIRST = [("A", "A1", "modified", 0.6, None), ("B", "B1", "modified", 0.5, None)]


def test_a_merge_of_pieces_none_of_which_is_the_measure_ends_each_row() -> None:
    """2023's A1 and B1 merged into M, each piece far from it (a broad section of five): both rows
    end merged in 2024 and M is a row of its own, not the continuation of whichever came first."""
    rows = _rows(_FIRST, [("A1", "M", "modified", 0.12, "merged"), ("B1", "M", "modified", 0.2, "merged")])
    assert rows["A@2022"] == {2022: "A", 2023: "A1", "merged": 2024}
    assert rows["B@2022"] == {2022: "B", 2023: "B1", "merged": 2024}
    assert rows["M@2024"] == {2024: "M", "merged": None}


def test_a_merge_goes_on_in_the_row_of_its_closest_piece_when_that_is_a_pair() -> None:
    rows = _rows(_FIRST, [("A1", "M", "modified", 0.2, "merged"), ("B1", "M", "modified", 0.45, "merged")])
    assert rows["B@2022"] == {2022: "B", 2023: "B1", 2024: "M", "merged": None}
    assert rows["A@2022"]["merged"] == 2024 and "M@2024" not in rows
    # -- a plain pair into the merged measure is its heir, whatever the pieces --
    rows = _rows(_FIRST, [("A1", "M", "modified", 0.25, None), ("B1", "M", "modified", 0.5, "merged")])
    assert rows["A@2022"][2024] == "M" and rows["B@2022"]["merged"] == 2024


def test_a_split_piece_far_from_the_whole_starts_its_own_row() -> None:
    rows = _rows(_FIRST, [("A1", "S1", "modified", 0.5, "split"), ("A1", "S2", "modified", 0.2, "split"),
                          ("B1", "B2", "modified", 0.7, None)])
    assert rows["A@2022"] == {2022: "A", 2023: "A1", 2024: "S1", "merged": None}
    assert rows["S2@2024"] == {2024: "S2", "merged": None}
    # -- two pieces each a pair on its own: both share the history so far --
    _rows(_FIRST, [("A1", "S1", "modified", 0.5, "split"), ("A1", "S2", "modified", 0.4, "split")])
    assert [row for row in _all if row.get(2023) == "A1" and 2024 in row] == [
        {2022: "A", 2023: "A1", 2024: "S1", "merged": None}, {2022: "A", 2023: "A1", 2024: "S2", "merged": None}]
