"""A corpus as rows: which files make up which series, and one series' figures and reports as
flat rows (no pandas here: this runs in worker processes and only the rows travel back).

A folder whose ``.txt`` files are all named ``<year>.txt`` is one issuer, named after the
folder.  Any other folder may hold several issuers: its reports are read once here to group
them by the region each one names (:attr:`reportdiff.model.Metadata.region`).  A file that
cannot be read, has no year, or repeats a year of its series becomes a report row with an
``error`` and no figures; it never stops the run.
"""

from __future__ import annotations

import os
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

from .. import lang
from ..errors import InputError, MissingInputError, ReportdiffError
from ..extract.commitments import extract_commitments
from ..extract.indicators import extract_indicators
from ..extract.official import same_region
from ..extract.targets import judge_targets, tracked
from ..extract.terms import ranked_terms, term_text
from ..lang import IssuerRules, Profile
from ..model import Commitment, Indicator, OfficialOutcome, Report, TargetCheck
from ..read.load import STDIN, folder_reports, read_path
from ..read.structure import build
from ..settings import Settings
from ..widths import narrow
from .rows import number

FIGURE_FIELDS = (
    "issuer", "region", "level", "year", "period", "indicator", "name", "figure", "role", "kind",
    "value", "value_hi", "unit", "qualifier", "qualifier_class", "verdict", "purpose", "rule",
    "outcome_value",
    "outcome_sentence_id", "sentence_id", "evidence", "source", "figure_id", "start", "end",
)  # fmt: skip
"""Columns of the panel's figures table, in order."""
REPORT_FIELDS = (
    "issuer", "region", "level", "year", "source", "sentences", "parts", "indicators", "targets",
    "commitments", "new_terms", "warnings", "error",
)  # fmt: skip
"""Columns of the panel's per-report table, in order."""

_YEAR_FILE = re.compile(r"\d{4}")

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Series:
    """One issuer's reports: the unit of work a worker takes."""

    issuer: str
    """The folder's name, or the region its reports name when a folder holds several issuers."""
    paths: tuple[str, ...]
    """Its report files, in name order."""


def _text_files(folder: Path) -> list[Path]:
    """The report files under ``folder`` (:func:`~reportdiff.read.load.folder_reports`), following
    linked folders (a corpus assembled from links to its series) but entering each real folder
    once, so a link to an ancestor is no loop."""
    found: list[Path] = []
    seen: set[str] = set()
    for root, dirs, names in os.walk(folder, followlinks=True):
        real = os.path.realpath(root)
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        dirs.sort()
        found.extend(folder_reports(Path(root, n) for n in names if Path(root, n).is_file()))
    return found


def find_series(paths: Sequence[str | Path], settings: Settings) -> tuple[tuple[Series, ...], list[Row]]:
    """Every series under ``paths`` (folders searched recursively; files grouped with their
    folder), by issuer; and the rows of files that failed while a mixed folder was grouped.

    Raises :class:`MissingInputError` for a path that does not exist or holds no report file,
    :class:`InputError` for ``-`` (standard input).
    """
    folders: dict[Path, set[Path]] = {}
    for path in map(Path, paths):
        if str(path) == STDIN and not path.exists():
            raise InputError(
                STDIN, "standard input cannot be pooled (a panel reads each series' files and years)",
                "give the corpus folders",
            )  # fmt: skip
        if path.is_dir():
            files = _text_files(path)
            if not files:
                raise MissingInputError(
                    str(path), "holds no reports (.txt, .md, .html, .docx or .pdf files)",
                    "give folders of <year>.txt files",
                )  # fmt: skip
        elif path.is_file():
            files = [path]
        else:
            raise MissingInputError(str(path), "no such file or folder", "check the path")
        for file in files:
            folders.setdefault(file.parent, set()).add(file)
    names = Counter(folder.name for folder in folders)
    found: dict[str, list[str]] = {}
    failed: list[Row] = []
    for folder in sorted(folders):
        files = sorted(folders[folder])
        # the folder's own name, unless another folder of the corpus has it too
        name = folder.name if names[folder.name] == 1 else str(folder)
        if all(_YEAR_FILE.fullmatch(f.stem) for f in files):
            found.setdefault(name, []).extend(map(str, files))
            continue
        for file in files:  # several issuers: group by the region each report names
            try:
                report = build(read_path(file, settings.encoding, settings.max_size), settings)
            except Exception as exc:  # as in series_rows
                failed.append(_report_row(name, None, None, str(file), error=_problem(exc)))
                continue
            found.setdefault(report.metadata.region or name, []).append(str(file))
    series = tuple(Series(issuer, tuple(sorted(files))) for issuer, files in sorted(found.items()))
    return series, failed


Job = tuple[Series, Settings, tuple[OfficialOutcome, ...]]
"""What a worker is sent for one series: its files, the settings, and the official outcomes
(``--actuals``) its targets' verdicts may use where the next report gives none."""


Unused = list[tuple[int, str]]
"""Rows of the official outcome table a series used for no goal: (index in the table, why)."""


def series_rows(job: Job) -> tuple[list[Row], list[Row], Unused, str]:
    """One series' figure rows and report rows, the rows of ``actuals`` it answered no goal
    with, and what its language is not read for (:func:`reportdiff.lang.not_read`, ``""`` where
    all is read; its counts are then missing, not zero) — may run in a worker process: paths
    in, rows out."""
    series, settings, actuals = job
    reports: list[Report] = []
    rows: dict[str, Row] = {}
    for path in series.paths:
        try:
            reports.append(build(read_path(path, settings.encoding, settings.max_size), settings))
        except Exception as exc:  # one odd file of thousands must not stop the run
            rows[path] = _report_row(series.issuer, None, None, path, error=_problem(exc))
    region = _common_region(reports)
    good: dict[int, Report] = {}
    for report in sorted(reports, key=lambda r: r.raw.source):
        year = report.metadata.year
        if year is None:
            error: str | None = "no year found in the text or the file name; name it <year>.txt"
        elif year in good:
            error = f"is a second report for {year} (after {good[year].raw.source}); give one report per year"
        else:
            good[year] = report
            continue
        rows[report.raw.source] = _report_row(series.issuer, report, region, report.raw.source, error=error)
    ordered = [good[year] for year in sorted(good)]
    # one issuer, one language: the latest report's
    profile = lang.profile(ordered[-1].metadata.language) if ordered else lang.profile("zh")
    found = [extract_indicators(report, profile) for report in ordered]
    promises = [extract_commitments(r, profile, items) for r, items in zip(ordered, found, strict=True)]
    terms = _new_terms(ordered, promises, profile) if settings.panel_terms else [None] * len(ordered)
    sources = tracked(list(zip(ordered, found, strict=True)), profile, settings)
    # by identity: a check holds the very target it judged, and ids repeat across a series' years
    judged = judge_targets(sources, profile, settings, actuals)
    checks = {id(c.target): c for c in judged.checks}
    at = {id(row): k for k, row in enumerate(actuals)}  # the table's order, in any process
    unused = [(at[id(row)], why) for row, why in judged.unused]
    # a report's statement that it sets no target (2020: 没有提出全年经济增速具体目标) is a
    # check with no figure: a row of its own, so "not set" is told from "not extracted"
    unset: dict[int, list[TargetCheck]] = {}
    for check in checks.values():
        if check.verdict == "not set":  # its target is the statement, in the report of its year
            unset.setdefault(check.period, []).append(check)
    figures: list[Row] = []
    for report, source, promised, new in zip(ordered, sources, promises, terms, strict=True):
        head = _where(series.issuer, report, region, profile.issuers)
        figures.extend(
            _figure_row(head, item, checks.get(id(item)), profile.issuers, report.raw.source)
            for item in source.indicators
        )  # fmt: skip
        figures.extend(
            _figure_row(head, check.target, check, profile.issuers, report.raw.source)
            for check in unset.get(report.metadata.year or 0, ())
        )  # fmt: skip
        counted = profile.indicators is not None  # what is not read is not counted: missing, not 0
        rows[report.raw.source] = _report_row(
            series.issuer, report, region, report.raw.source,
            indicators=len(source.indicators) if counted else None,
            targets=sum(1 for i in source.indicators if i.role == "target") if counted else None,
            commitments=len(promised) if profile.commitments is not None else None,
            new_terms=new, rules=profile.issuers,
        )  # fmt: skip
    unread = lang.not_read(profile.name) if ordered else ""
    return figures, [rows[path] for path in sorted(rows)], unused, unread


def _new_terms(
    ordered: Sequence[Report], promises: Sequence[Sequence[Commitment]], profile: Profile
) -> list[int | None]:
    """How many new terms each report has against the report before it (the first has none):
    every one, not a list's first 30, that is quoted or scores the floor of a list with a history
    (``TermRules.history_least_salience``), so the count tells a report with much new wording
    from one with little rather than the list's length."""
    if profile.terms is None:
        return [None] * len(ordered)
    texts = [term_text(r, profile, p) for r, p in zip(ordered, promises, strict=True)]
    floor, every = profile.terms.history_least_salience, sys.maxsize
    counts: list[int | None] = [None]
    for before, after in pairwise(texts):
        if not (before and after):
            counts.append(None)
            continue
        counts.append(len(ranked_terms(before, after, profile, every, locate=False, floor=floor)))
    return counts[: len(ordered)]


def _common_region(reports: Iterable[Report]) -> str | None:
    """The region most of a series' reports name (ties: the latest report's), for reports whose
    header names none (older national reports open at 各位代表)."""
    regions = Counter(r.metadata.region for r in reports if r.metadata.region)
    if not regions:
        return None
    most = max(regions.values())
    return sorted(name for name, count in regions.items() if count == most)[0]


def _where(issuer: str, report: Report, region: str | None, rules: IssuerRules | None) -> Row:
    """The columns every row of a report starts with: the region as the series most often
    names it, where the report names the same issuer otherwise (``呼伦贝尔市海拉尔区`` and
    ``海拉尔区``: one region, one spelling, so grouping by region does not split a series)."""
    name = report.metadata.region or region
    if name and region and same_region(name, region, rules):
        name = region
    return {
        "issuer": issuer,
        "region": name,
        "level": rules.level(name) if rules is not None and name else None,
        "year": report.metadata.year,
    }


def _figure_row(
    head: Row, item: Indicator, check: TargetCheck | None, rules: IssuerRules | None, source: str
) -> Row:
    actual = check.actual if check is not None else None
    return {
        **head,
        "period": item.period,
        "indicator": item.indicator,
        "name": item.name,
        "figure": item.figure,
        "role": item.role,
        "kind": item.kind,
        "value": number(item.value),
        "value_hi": number(item.value_hi),
        "unit": item.unit or None,
        "qualifier": item.qualifier,
        "qualifier_class": qualifier_class(item, rules),
        "verdict": check.verdict if check is not None else None,
        "purpose": check.purpose if check is not None else None,
        "rule": check.rule or None if check is not None else None,
        "outcome_value": number(actual.value) if actual is not None else None,
        # an outcome from the --actuals table stands in no sentence
        "outcome_sentence_id": actual.sentence_id or None if actual is not None else None,
        "sentence_id": item.sentence_id,
        "evidence": item.evidence,
        "source": source,
        # which figure of its sentence, and where it stands in the file's text (a not-set row,
        # a statement, has neither)
        "figure_id": item.id or None,
        "start": item.span.start if item.figure else None,
        "end": item.span.end if item.figure else None,
    }


def qualifier_class(item: Indicator, rules: IssuerRules | None) -> str | None:
    """``hard`` or ``soft`` from the figure's qualifier; for a target without one, from the
    nearest cue word before the figure in its clause (``确保`` / ``力争``); else ``None``."""
    if rules is None:
        return None
    if item.qualifier in rules.hard:
        return "hard"
    if item.qualifier in rules.soft:
        return "soft"
    if item.role != "target":
        return None
    at = narrow(item.evidence).find(item.figure)
    before = item.evidence[:at] if at >= 0 else item.evidence
    hits = [(before.rfind(w), cls) for cls, words in (("hard", rules.hard), ("soft", rules.soft))
            for w in words if w in before]  # fmt: skip
    return max(hits)[1] if hits else None


def _report_row(
    issuer: str, report: Report | None, region: str | None, source: str, *, error: str | None = None,
    indicators: int | None = None, targets: int | None = None, commitments: int | None = None,
    new_terms: int | None = None, rules: IssuerRules | None = None,
) -> Row:  # fmt: skip
    if report is None:
        head: Row = {"issuer": issuer, "region": None, "level": None, "year": None}
    else:
        head = _where(issuer, report, region, rules or _rules(report))
    return {
        **head,
        "source": source,
        "sentences": len(report.sentences) if report is not None else None,
        "parts": ",".join(p.part for p in report.parts) if report is not None else None,
        "indicators": indicators,
        "targets": targets,
        "commitments": commitments,
        "new_terms": new_terms,
        "warnings": "; ".join(report.warnings) if report is not None and report.warnings else None,
        "error": error,
    }


def _rules(report: Report) -> IssuerRules | None:
    return lang.profile(report.metadata.language).issuers


def _problem(exc: Exception) -> str:
    """An error as the per-report table shows it: the problem and what to try, without the path
    (the row names the file); anything but a :class:`ReportdiffError` is a bug, named as such."""
    if isinstance(exc, InputError):
        return f"{exc.problem}; {exc.hint}"
    if isinstance(exc, ReportdiffError):
        return str(exc)
    return f"internal error {type(exc).__name__}: {exc}; please report it"
