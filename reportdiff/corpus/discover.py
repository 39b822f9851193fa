"""Reports in a folder: which body and year each file is.

A file named ``<body>-<year>.<ext>`` (``haidian-2025.txt``, ``云泽市司法局-2024.docx``) names its
body and year, and the name wins; a body spelt in Latin letters (``qinghe_2024.txt``) is only a
file's name, and the body the newest report names (青禾县) stands for it, as ``compare`` names it;
a file of that body named otherwise joins the series. Any other file is parsed: the year is the report's own
(``Report.year``), the body comes from the title (the title without its year and the name of
the report kind), else from the opening sentences (我代表国务院, 2024年，云泽市司法局…), else
from the file name without its year. Bodies are grouped by their comparison key, so
雲澤市司法局 and 云泽市司法局 are one body.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from glob import escape as glob_escape
from pathlib import Path

from .. import lazy_re
from ..bodies import YEAR, core, named_body
from ..errors import LoadError, ParseError
from ..kinds import series_name
from ..loaders import EXTENSIONS, reader_of
from ..models import Report
from ..labels import LANGUAGES, labels
from ..normalize import key as norm_key
from ..report_warnings import ReportWarning
from ..render._templates import GENERATOR_META

#: Files of a repository that are about the reports, not reports (``index.html``: a site's page).
_NOT_REPORTS = lazy_re.compile(
    r"^(readme|changelog|license|licence|contributing|index|sources|notice|authors|copying)\b", re.IGNORECASE)
#: The folder a browser saves a page's resources in beside it (``page_files``; ``page.files`` in
#: Chinese Windows browsers): its frames and scripts are the page's, not reports.
_SAVED_RESOURCES = lazy_re.compile(r"^(?P<page>.+)[_.]files$", re.IGNORECASE)
#: reportdiff's own pages, written beside the reports they are about.
_OUR_PAGE = GENERATOR_META.encode()
#: What reportdiff's Word documents name as their application (docProps/app.xml).
_OUR_APPLICATION = b"<Application>reportdiff</Application>"
#: The first line of reportdiff's Markdown (compare, plans, check, timeline, matrix: ``# 年度报告比对：…``;
#: an older version wrote ``: `` in Chinese too).
_OUR_MARKDOWN = lazy_re.compile("^# (?:{})(?:: |：)".format("|".join(
    re.escape(labels(lang)[name]) for lang in LANGUAGES
    for name in ("title", "plans_title", "check_title", "timeline_title", "matrix_title"))))
#: The second line of reportdiff's terminal summaries: counts by status only (``新增 3  延续 0  修改 18
#: 移动 0  删除 1  (拆分 2)``; the plans summary's ``延续 22  新增 10  未延续 2``).
_COUNT = "(?:{}) \\d+".format("|".join(sorted({re.escape(labels(lang)[name]) for lang in LANGUAGES for name in (
    "new", "continued", "modified", "moved", "dropped", "split", "merged", "continues", "not_carried")}, key=len, reverse=True)))
_OUR_COUNTS = lazy_re.compile(rf"^{_COUNT}(?:  {_COUNT}){{2,}}(?:  \({_COUNT}(?:  {_COUNT})*\))?$")
#: Documents a report may be published in that no reader takes: a folder command names each in a
#: warning instead of passing over it (OFD, the national fixed-layout format; OpenDocument and
#: UOF text; Word's templates and macro documents; CAJ and XPS).
UNREAD_DOCUMENTS = (".ofd", ".odt", ".uof", ".uot", ".docm", ".dotx", ".dot", ".wpt", ".caj", ".xps", ".pages")
_NAMED = lazy_re.compile(r"^(?P<body>.+?)[-_ ](?P<year>(?:19|20)\d{2})$")


@dataclass(frozen=True, slots=True)
class Entry:
    """One report file of a folder, with the body and year it is of."""

    path: Path
    body: str
    """The body as first written (title, opening or file name)."""
    body_key: str
    """The body's comparison key: files of one body share it, whatever the script."""
    year: int
    named: bool
    """True when the file name gave body and year (``<body>-<year>.<ext>``)."""
    series: str = ""
    """What the report says it is (政府工作报告, 法治政府建设年度报告: ``kinds.series_name``); "" when
    its text says nothing of its kind or was not read (a file named by body and year)."""


@dataclass(frozen=True, slots=True)
class Corpus:
    """The reports of a folder grouped by body, each body's reports by year (oldest first)."""

    root: Path
    bodies: dict[str, tuple[Entry, ...]]
    """Body key → that body's reports."""
    warnings: tuple[ReportWarning, ...] = ()

    @property
    def entries(self) -> tuple[Entry, ...]:
        return tuple(entry for series in self.bodies.values() for entry in series)


def report_files(root: Path, unread: list[Path] | None = None) -> list[Path]:
    """Return the report files under ``root`` (recursively, hidden paths skipped), sorted; the
    documents of a format no reader takes (.ofd, .odt…) are added to ``unread``."""
    if root.is_file():
        return [root]
    if not root.is_dir():
        raise LoadError.of(str(root), "no_directory")
    found = []
    for path in root.rglob("*"):
        relative = path.relative_to(root).parts
        if any(part.startswith(".") for part in relative) or not path.is_file():
            continue
        if any(_saved_resources(root.joinpath(*relative[:depth])) for depth in range(1, len(relative))):
            continue
        if path.suffix.lower() in EXTENSIONS and not _NOT_REPORTS.match(path.stem) and not _our_page(path):
            found.append(path)
        elif path.suffix.lower() in UNREAD_DOCUMENTS and unread is not None:
            unread.append(path)
    return sorted(found)


def _saved_resources(folder: Path) -> bool:
    """True when ``folder`` is where a browser saved the resources of a page beside it."""
    match = _SAVED_RESOURCES.match(folder.name)
    return bool(match) and any(reader_of(page) == "html"
                               for page in folder.parent.glob(f"{glob_escape(match['page'])}.*"))


def _our_page(path: Path) -> bool:
    """True when ``path`` is a page, a summary or a Markdown file reportdiff wrote: its head says so
    (the pages' generator tag; the first lines of the text and Markdown renderers)."""
    reader = reader_of(path)
    if reader == "docx":
        return _our_document(path)
    if reader not in ("html", "bytes"):
        return False
    with path.open("rb") as file:
        head = file.read(2048)
    if reader == "html":
        return _OUR_PAGE in head
    lines = [line.strip() for line in head.decode("utf-8", errors="replace").lstrip("\ufeff").splitlines()[:3]]
    return bool(lines) and (_OUR_MARKDOWN.match(lines[0]) is not None or (
        len(lines) > 1 and _OUR_COUNTS.match(lines[1]) is not None))


def _our_document(path: Path) -> bool:
    """True when ``path`` is a Word document reportdiff wrote (a redline, a plans document): its
    extended properties name reportdiff as the application; Word renames it on saving."""
    try:
        with zipfile.ZipFile(path) as package:
            return _OUR_APPLICATION in package.read("docProps/app.xml")[:4096]
    except (KeyError, OSError, zipfile.BadZipFile):
        return False


def named(path: Path) -> tuple[str, int] | None:
    """Return the body and year a ``<body>-<year>.<ext>`` file name gives, else None."""
    match = _NAMED.match(path.stem)
    return (match["body"], int(match["year"])) if match else None


def body_of(report: Report, path: Path) -> str:
    """Return the body a report is of, from its title, its opening, or its file name."""
    body = named_body(report)
    if body:
        # -- named by its place and office: what a title adds (…人民政府关于…工作的报告) is no name --
        return core(body)
    stem = YEAR.sub("", path.stem).strip("-_ ")
    return re.sub(r"[-_ ]{2,}", "-", stem) or path.stem


_HAN = lazy_re.compile(r"[\u3400-\u9fff]")


def _named_in_text(groups: dict[str, dict[int, Entry]], load: Callable[[Path], Report]) -> None:
    """Name each series its files name in Latin letters (qinghe-2024.txt) by the body its newest
    report names (青禾县), as ``compare`` names it: a file's name in pinyin or English is no body's
    name, and a series of that body named otherwise (a page pasted with its title) is the same
    series when their years do not meet. The files still group by their names; a name in Chinese
    (海淀-2026.txt) stands as written."""
    for key in [key for key in groups if not _HAN.search(key)]:
        series = groups[key]
        newest = series[max(series)]
        if not newest.named:
            continue  # -- a name taken from the file because the report names no body --
        try:
            body = named_body(load(newest.path))
        except (LoadError, ParseError):
            continue  # -- said where a command reads it --
        if not body:
            continue
        body = core(body)
        other = groups.get(_body_key(body))
        if other is not None and other is not series and not set(other) & set(series):
            other.update({year: replace(entry, body=body, body_key=_body_key(body)) for year, entry in series.items()})
            del groups[key]
        else:
            groups[key] = {year: replace(entry, body=body) for year, entry in series.items()}


def _by_kind(kinds: dict[str, list[Entry]], load: Callable[[Path], Report]) -> dict[str, dict[int, Entry]]:
    """Return one body's series, keyed as a folder groups them: one series for all its reports,
    or, where the body's reports are of two kinds (a county's 政府工作报告 and its 法治政府建设
    reports, each kind a report a year), one series a kind, each named by it (青禾县政府工作报告).
    A report that says nothing of its kind, or a file named by body and year, joins the body's one
    kind; beside two, it is read for its kind. Two reports of one year in one series are an error."""
    if len(kinds.keys() - {""}) > 1:
        unsure, kinds = kinds.get("", []), {name: list(entries) for name, entries in kinds.items() if name}
        for entry in unsure:
            try:
                name = series_name(load(entry.path)) if entry.named else ""
            except (LoadError, ParseError):
                name = ""  # -- said where a command reads it --
            kinds.setdefault(name, []).append(replace(entry, series=name))
    elif len(kinds) > 1:
        # -- the body's one kind, and reports that do not say theirs --
        kinds = {"": [entry for entries in kinds.values() for entry in entries]}
    several = len(kinds) > 1
    found: dict[str, dict[int, Entry]] = {}
    for name, entries in kinds.items():
        series: dict[int, Entry] = {}
        for entry in entries:
            if several and name:
                entry = replace(entry, body=entry.body + name)
            if entry.year in series:
                raise LoadError.of(str(entry.path), "second_report", body=entry.body, year=entry.year,
                                   first=str(series[entry.year].path), suffix=entry.path.suffix)
            series[entry.year] = entry
        found[f"{entries[0].body_key}/{name}" if several and name else entries[0].body_key] = series
    return found


def _body_key(body: str) -> str:
    """The key a folder groups a body's reports by: its place and office, as ``compare`` tells one
    body (柳溪镇人民政府 / 柳溪镇人民政府关于…工作的报告 / 柳溪镇 are one series)."""
    return core(norm_key(body))


def _without_copies(paths: list[Path], warnings: list[ReportWarning]) -> list[Path]:
    """Return ``paths`` less the byte-for-byte copies of another (报告 - 副本.txt, report (1).pdf),
    each said in ``warnings``: a copy would be a second body, or a second report of one year."""
    # -- a copy has its original's size: only files that share a size are read and hashed --
    by_size: dict[int, list[Path]] = {}
    for path in paths:
        by_size.setdefault(path.stat().st_size, []).append(path)
    copies: set[Path] = set()
    # -- empty files are alike without being copies: each is said to be empty where it is read --
    for same_size in (group for size, group in by_size.items() if len(group) > 1 and size):
        kept: dict[bytes, Path] = {}
        # -- the shortest name is the original a copy's name was made from --
        for path in sorted(same_size, key=lambda path: (len(path.name), str(path))):
            digest = hashlib.sha256(path.read_bytes()).digest()
            if digest in kept:
                warnings.append(ReportWarning.of("copy", path=str(path), original=str(kept[digest])))
                copies.add(path)
            else:
                kept[digest] = path
    return [path for path in paths if path not in copies]


def discover(root: Path, load: Callable[[Path], Report]) -> Corpus:
    """Return the reports under ``root`` grouped by body; ``load`` parses a file when its name
    does not say body and year. A body with two reports of one year is an input error."""
    root = Path(root)
    warnings: list[ReportWarning] = []
    # -- body key → what its reports say they are → its reports --
    kinds: dict[str, dict[str, list[Entry]]] = {}
    unread: list[Path] = []
    paths = report_files(root, unread)
    warnings.extend(ReportWarning.of("unread_format", path=str(path), suffix=path.suffix.lower())
                    for path in sorted(unread))
    for path in _without_copies(paths, warnings):
        given = named(path)
        if given is not None and path.stat().st_size == 0:
            # -- a named file is read only when a command needs it: an empty one is said here, so a
            #    command that does not read it (check reads the last two years) still names it --
            warnings.append(ReportWarning.of("empty_file", path=str(path)))
            continue
        if given is not None:
            body, year = given
            entry = Entry(path, body, _body_key(body), year, True)
        else:
            try:
                report = load(path)
            except (LoadError, ParseError) as exc:
                # -- notes beside the reports (SOURCES.md), pages with no report text (a site's list
                #    page), empty, damaged or locked files: one unreadable file must not stop the rest --
                warnings.append(unreadable(exc))
                continue
            if report.year is None:
                warnings.append(ReportWarning.of("no_year", path=str(path)))
                continue
            body = body_of(report, path)
            entry = Entry(path, body, _body_key(body), report.year, False, series_name(report))
        kinds.setdefault(entry.body_key, {}).setdefault(entry.series, []).append(entry)
    groups = {key: series for body_kinds in kinds.values() for key, series in _by_kind(body_kinds, load).items()}
    _named_in_text(groups, load)
    if not groups:
        raise LoadError.of(str(root), "no_reports_found", extensions=tuple(EXTENSIONS))
    bodies = {key: tuple(series[year] for year in sorted(series)) for key, series in sorted(groups.items())}
    return Corpus(root, bodies, tuple(warnings))


def readable(corpus: Corpus, load: Callable[[Path], Report], entries: Iterable[Entry]) -> Corpus:
    """Return ``corpus`` less those of ``entries`` that ``load`` cannot read, each named in a warning.

    A folder command reads only the files it needs (check: each body's last two years), so it
    asks here for those: a damaged or locked file is skipped, not the command stopped."""
    failed: dict[Path, ReportWarning] = {}
    for entry in entries:
        try:
            load(entry.path)
        except (LoadError, ParseError) as exc:
            failed[entry.path] = unreadable(exc)
    if not failed:
        return corpus
    bodies = {key: kept for key, series in corpus.bodies.items()
              if (kept := tuple(entry for entry in series if entry.path not in failed))}
    if not bodies:
        raise LoadError.of(str(corpus.root), "no_readable", failures=tuple(failed.values()))
    return Corpus(corpus.root, bodies, corpus.warnings + tuple(failed.values()))


def unreadable(exc: LoadError | ParseError) -> ReportWarning:
    """Say that a file a folder holds cannot be read, and why (the error's own words, with its code
    and params: each output says them in its reader's language), so it is skipped."""
    where = exc.where()
    if exc.code in ("empty", "empty_body"):
        # -- an empty file, said as a named one is (the reader's words are for the command line) --
        return ReportWarning.of("empty_file", path=where)
    if exc.code is None:
        return ReportWarning.of("unreadable", source=where, problem=exc.problem)
    return ReportWarning.of("unreadable", source=where, problem=exc.problem, reason=exc.code,
                            reason_params={name: value for name, value in exc.params.items() if value is not None})


__all__ = ["EXTENSIONS", "UNREAD_DOCUMENTS", "Corpus", "Entry", "body_of", "discover", "named", "readable", "report_files"]
