"""The public functions: each composes the stages for one job."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import lang
from .errors import InputError
from .model import Indicator, OfficialOutcome, Report
from .read.actuals import read_actuals
from .read.load import STDIN, name_year, read_bytes, read_path, read_text, report_paths
from .read.structure import build
from .results import Comparison
from .settings import DEFAULT, Settings

if TYPE_CHECKING:
    from .series.panel import Panel
    from .series.timeline import Timeline


def load(source: str | Path | bytes, settings: Settings = DEFAULT, *, text: str | None = None) -> Report:
    """Read a report from a path or from bytes (``text=`` for an already decoded string).

    >>> report = load(b"\\xe5\\x90\\x84\\xe4\\xbd\\x8d\\xe4\\xbb\\xa3\\xe8\\xa1\\xa8\\xef\\xbc\\x9a")
    >>> [s.text for s in report.sentences]
    ['各位代表：']
    """
    if text is not None:
        raw = read_text(text, source=str(source) if not isinstance(source, bytes) else "<text>")
    elif isinstance(source, bytes):
        raw = read_bytes(source, encoding=settings.encoding)
    else:
        raw = read_path(source, encoding=settings.encoding, max_size=settings.max_size)
    return build(raw, settings)


def parse(text: str, source: str = "<text>", settings: Settings = DEFAULT) -> Report:
    """Read a report from a decoded string; ``source`` may carry a file name (for its year)."""
    return build(read_text(text, source=source), settings)


def compare(
    old: Report | str | Path,
    new: Report | str | Path,
    settings: Settings | None = None,
    history: Sequence[Report | str | Path] = (),
    actuals: str | Path | Sequence[OfficialOutcome] | None = None,
) -> Comparison:
    """Compare two reports (or paths): every sentence of both ends up in exactly one entry.

    ``history`` (reports, files or folders of the same series) makes a new term mean new to
    every one of them earlier than ``old`` as well, not just to ``old``.  ``actuals``: a table
    of official outcomes (a CSV path, see :mod:`reportdiff.read.actuals`, or its rows) that the
    old report's targets are judged by where the new report gives no outcome.

    >>> a = parse("各位代表：\\n一、2019年工作回顾\\n新增养老床位311张。推进城市更新。")
    >>> b = parse("各位代表：\\n一、2020年工作回顾\\n推进城市更新。新增养老床位250张。")
    >>> [(c.status, c.old, c.new) for c in compare(a, b).sentences]  # doctest: +NORMALIZE_WHITESPACE
    [('unchanged', ('p0.1',), ('p0.1',)), ('modified', ('p1.1',), ('p1.1',)),
     ('moved', ('p1.3',), ('p1.2',)), ('modified', ('p1.2',), ('p1.3',))]
    """
    from .pairwise.pipeline import compare_reports  # rapidfuzz and diff-match-patch load only here

    settings = settings or DEFAULT
    # (a Report is never standard input: str() of one is its whole repr, a costly no)
    if not isinstance(old, Report) and not isinstance(new, Report) and str(old) == str(new) == STDIN:
        raise InputError(
            STDIN, "standard input can be read only once", "give one of the two reports as a file"
        )
    old_report = old if isinstance(old, Report) else load(old, settings)
    new_report = new if isinstance(new, Report) else load(new, settings)
    earlier = _earlier(load_many(_named_older(history, old_report), settings), old_report) if history else ()
    profile = lang.profile(new_report.metadata.language)
    table = read_actuals(actuals) if isinstance(actuals, (str, Path)) else tuple(actuals or ())
    return compare_reports(old_report, new_report, profile, settings, earlier, table)


def _named_older(history: Sequence[Report | str | Path], old: Report) -> list[Report | str | Path]:
    """A history's reports and files, folders given as their files, but for the files whose
    name names a year not before ``old``'s (``2025.txt`` against 2021): no use to it, they are
    not read, so one that cannot be read fails no comparison of earlier years."""
    year = old.metadata.year
    if year is None:
        return list(history)
    kept: list[Report | str | Path] = []
    for source in history:
        if isinstance(source, Report):
            kept.append(source)
            continue
        for path in report_paths([source]):
            named = name_year(path)
            if named is None or named < year:
                kept.append(path)
    return kept


def _earlier(reports: Sequence[Report], old: Report) -> tuple[Report, ...]:
    """The reports of a history older than ``old`` (by year; all but ``old`` itself when a
    year is unknown)."""
    year = old.metadata.year
    return tuple(
        r
        for r in reports
        if r.raw.text != old.raw.text and (year is None or r.metadata.year is None or r.metadata.year < year)
    )


def indicators(source: Report | str | Path, settings: Settings = DEFAULT) -> tuple[Indicator, ...]:
    """Every figure of a report read as an indicator (name, value, unit, qualifier, kind, role).

    >>> report = parse("各位代表：\\n一、2020年主要任务\\n新增就业岗位3万个，城镇登记失业率控制在4%以内。")
    >>> [(i.name, i.value, i.unit, i.qualifier, i.role) for i in indicators(report)]
    [('新增就业岗位', 30000.0, '个', None, 'target'), ('城镇登记失业率', 4.0, '%', '以内', 'target')]
    """
    from .extract.indicators import extract_indicators

    report = source if isinstance(source, Report) else load(source, settings)
    return extract_indicators(report, lang.profile(report.metadata.language))


def load_many(
    sources: Sequence[Report | str | Path],
    settings: Settings = DEFAULT,
    on_read: Callable[[str], None] | None = None,
) -> list[Report]:
    """Reports from paths (folders give their ``*.txt`` files) or already read reports, in order.

    ``on_read`` is called with each path once its report is read.  (Reading runs here, not
    in a pool of worker processes; a series read for a timeline may be read by two, see
    :func:`_load_series`.)
    """
    reports: list[Report] = []
    for source in sources:
        if isinstance(source, Report):
            reports.append(source)
            continue
        for path in report_paths([source]):
            reports.append(load(path, settings))
            if on_read is not None:
                on_read(str(path))
    return reports


def _load_series(
    sources: Sequence[Report | str | Path], settings: Settings, on_read: Callable[[str], None] | None
) -> list[Report]:
    """:func:`load_many` for a timeline: where it will run in two processes
    (:func:`reportdiff.cores.series_in_two`, as the timeline decides it), a process forked
    beside this one reads the later half of the files, sending each report as it is read,
    while this one reads the earlier half.  A report travels back pickled in about a sixth of
    the time reading it takes (its records rebuilt by their constructors,
    :mod:`reportdiff.series.pool`), so reading 29 national reports takes a little over half as
    long where a second core is free."""
    from .cores import series_in_two
    from .series.pool import WorkerLost, forked

    items: list[Report | Path] = []
    for source in sources:
        items.extend([source] if isinstance(source, Report) else report_paths([source]))
    files = [(k, item) for k, item in enumerate(items) if not isinstance(item, Report)]
    later = files[len(files) // 2 :]
    stdin = any(str(path) == STDIN for _, path in files)
    if stdin or not series_in_two(len(files), settings.workers, settings.parallel_from):
        return load_many(items, settings, on_read)

    def read_later() -> Iterator[Report]:
        return (load(path, settings) for _, path in later)

    with forked(read_later) as helper:
        reports: list[Report] = []
        for k, item in enumerate(items):
            if isinstance(item, Report):
                reports.append(item)
                continue
            report = None
            if helper is not None and k >= later[0][0]:
                try:
                    report = next(helper)  # the other process's (its error, if any, raised here)
                except WorkerLost:  # it ended early: the rest read here
                    helper = None
            reports.append(report if report is not None else load(item, settings))
            if on_read is not None:
                on_read(str(item))
    return reports


def issuers(reports: Sequence[Report]) -> tuple[str, ...]:
    """The different issuers (regions) the reports' headers name, in order of first mention;
    reports that name none, or only a level (``自治区``), are left out.

    >>> a = parse("2025年安徽省政府工作报告\\n各位代表：\\n一、工作回顾\\n增长5%。")
    >>> b = parse("2025年福建省政府工作报告\\n各位代表：\\n一、工作回顾\\n增长5%。")
    >>> [r.metadata.region for r in (a, b)], issuers([a, a]), issuers([a, b])
    (['安徽省', '福建省'], ('安徽省',), ('安徽省', '福建省'))
    """
    found: list[str] = []
    for report in reports:
        name = report.metadata.region
        rules = lang.profile(report.metadata.language).issuers
        key = (rules.issuer(name) if rules else name.strip()) if name else None
        same = rules.same_issuer if rules else str.__eq__
        if key and not any(same(key, known) for known in found):
            found.append(key)
    return tuple(found)


def languages(reports: Sequence[Report]) -> tuple[str, ...]:
    """The languages the reports are read in, in order of first use (``zh``, ``en``): reports
    in two languages are no series, whatever their headers name (an English speech names no
    region).

    >>> a = parse("2025年安徽省政府工作报告\\n各位代表：\\n一、工作回顾\\n增长5%。")
    >>> b = parse("Budget Statement\\nMr Speaker, Sir, I beg to move. The economy grew by 3 per cent.")
    >>> languages([a, a]), languages([a, b])
    (('zh',), ('zh', 'en'))
    """
    return tuple(dict.fromkeys(report.metadata.language for report in reports))


_LANGUAGES = {"zh": "Chinese", "en": "English"}
"""Names of the languages for messages."""


def track(
    sources: Sequence[Report | str | Path],
    settings: Settings = DEFAULT,
    on_read: Callable[[str], None] | None = None,
    actuals: str | Path | Sequence[OfficialOutcome] | None = None,
    *,
    on_progress: Callable[[str, int, int], None] | None = None,
    mixed_issuers: bool = False,
) -> Timeline:
    """Read several years of one issuer and track their indicators (a pandas-backed Timeline).

    ``on_read(path)`` is called as each report is read, ``on_progress(phase, done, total)``
    as each later phase advances.  ``actuals``: a table of official outcomes (a CSV path, see
    :mod:`reportdiff.read.actuals`, or its rows) that verdicts use where the next report gives
    no outcome.  Raises :class:`InputError` when a report has no year, two reports share one,
    or the reports come from different issuers (unless ``mixed_issuers``).
    """
    from .series.timeline import track as track_reports  # pandas loads only here

    reports = _load_series(sources, settings, on_read)
    spoken = languages(reports)
    if len(spoken) > 1 and not mixed_issuers:
        stranger = next(r for r in reports if r.metadata.language != reports[0].metadata.language)
        raise InputError(
            stranger.raw.source,
            f"is in {_LANGUAGES.get(spoken[1], spoken[1])}, {reports[0].raw.source} in "
            f"{_LANGUAGES.get(spoken[0], spoken[0])}",
            "give one issuer's reports, in one language (or pass --mixed-issuers to track them together)",
        )
    named = issuers(reports)
    if len(named) > 1 and not mixed_issuers:
        anchor = next(r for r in reports if issuers([r]))
        stranger = next(r for r in reports if len(issuers([anchor, r])) > 1)
        raise InputError(
            stranger.raw.source,
            f"is a report of {issuers([stranger])[0]}, {anchor.raw.source} of {named[0]}",
            "give one issuer's reports (or pass --mixed-issuers to track them together)",
        )
    years: dict[int, str] = {}
    for report in reports:
        year = report.metadata.year
        if year is None:
            raise InputError(
                report.raw.source, "no year found in the text or the file name", "name it <year>.txt"
            )
        if year in years:
            raise InputError(
                report.raw.source,
                f"is a second report for {year} (after {years[year]})",
                "give one report per year",
            )
        years[year] = report.raw.source
    if isinstance(actuals, (str, Path)):
        actuals = read_actuals(actuals)
    if not settings.timeline_json:
        return track_reports(reports, settings, actuals or (), on_progress)
    return track_reports(reports, settings, actuals or (), on_progress, written=_written_but_terms)


def _written_but_terms(timeline: Timeline) -> dict[str, str]:
    """``render.json_.written_but_terms``, imported where it runs: with two processes, after
    the fork, while the other process ranks the terms (about 4 ms less before it)."""
    from .render.json_ import written_but_terms

    return written_but_terms(timeline)


def panel(
    paths: Sequence[str | Path],
    settings: Settings = DEFAULT,
    *,
    jobs: int | None = None,
    on_series: Callable[[str], None] | None = None,
    on_found: Callable[[int], None] | None = None,
    dask: str | None = None,
    actuals: str | Path | Sequence[OfficialOutcome] | None = None,
) -> Panel:
    """Every series under ``paths`` (folders of ``<year>.txt`` per issuer, or folders grouped by the
    region each report names) in two DataFrames: ``figures`` (every figure, target verdicts) and
    ``reports`` (one row per file, with the error of a file that could not be used).

    ``jobs`` worker processes, one series each (default: two where there are two cores — on the
    2-core machine this was built on, two halved the wall time; ``benchmarks/bench_panel.py``).
    A bad file never raises: it is a row of ``reports`` with an ``error``.
    ``dask``: run the series on the Dask cluster at this address, or on a local one
    (``"local"``, ``jobs`` worker processes); needs ``pip install 'reportdiff[dask]'``.
    ``actuals``: a table of official outcomes (a CSV path, see :mod:`reportdiff.read.actuals`, or
    its rows) that verdicts use where the next report gives no outcome, as in :func:`track`;
    read before the corpus, so a bad table stops the run at once.
    Raises :class:`MissingInputError` for a path that does not exist or holds no ``.txt`` file.
    """
    import os

    from .series.panel import build_panel  # pandas loads only here

    if isinstance(actuals, (str, Path)):
        actuals = read_actuals(actuals)
    workers = jobs if jobs is not None else min(2, os.cpu_count() or 1)
    return build_panel(
        paths, settings.with_(workers=workers), on_series=on_series, on_found=on_found, dask=dask,
        actuals=actuals or (),
    )  # fmt: skip


def read_panel(path: str | Path) -> Panel:
    """A panel saved by ``reportdiff panel -o FILE`` (JSON, or CSV / Parquet with the ``.reports``
    file beside it) read back with the types :func:`panel` gives: nullable ``Int64`` years,
    periods and counts, ``float64`` values, text in pandas' string dtype, missing never ``""``
    (``pandas.read_csv`` gives ``period`` float64 and keeps the ``'`` the writer puts before a
    cell a spreadsheet would run).  Raises :class:`MissingInputError` or :class:`InputError`."""
    from .series.panel_files import read_panel as read  # pandas loads only here

    return read(path)
