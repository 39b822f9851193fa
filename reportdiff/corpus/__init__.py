"""Folders of reports: ``check`` for CI, ``timeline`` over years, ``matrix`` across bodies.

    discover.py   which body and year each file is (``<body>-<year>.<ext>`` or the text)
    config.py     the rules of ``check`` (reportdiff.toml / pyproject.toml, found upwards)
    cache.py      parsed reports in one SQLite file, keyed by content hash and tool version
    check.py      each body's newest report against its predecessor, judged by the rules
    timeline.py   one body over the years: lineage of measures, figures, targets, expressions
    matrix.py     one year across bodies: who has which measure or expression (MinHash/LSH)
"""

from __future__ import annotations
