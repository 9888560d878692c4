"""A whole corpus into one panel: every issuer, every year, every figure, target and outcome.

The work is split by series (one issuer's years): :func:`reportdiff.series.panel_rows.series_rows`
takes a series' paths and returns flat rows, so worker processes receive a few file names and
send back small dicts, never a parsed report (a pickled report weighs about what parsing it
costs).  Rows come back in series order whatever the number of workers, so the tables are
the same row for row.  Besides :mod:`reportdiff.series.timeline`, the one module that imports
pandas.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Executor, as_completed
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pandas as pd

from .. import lang
from ..extract.official import described
from ..model import OfficialOutcome
from ..settings import DEFAULT, Settings
from .cluster import dask_executor, require_dask
from .panel_rows import FIGURE_FIELDS, REPORT_FIELDS, Row, Unused, find_series, series_rows
from .pool import worker_pool
from .rows import number
from .warnings import spans

Rows = tuple[list[Row], list[Row], Unused, str]
"""A series' figure rows and report rows, the outcome rows it used for no goal, and what its
language is not read for (``""``: all)."""
_INTEGERS = (
    "year", "period", "sentences", "indicators", "targets", "commitments", "new_terms", "start", "end",
)  # fmt: skip
_FLOATS = ("value", "value_hi", "outcome_value")


@dataclass(frozen=True)
class Panel:
    """Every series of a corpus in two tidy tables."""

    figures: pd.DataFrame
    """One row per figure of every report read (columns
    :data:`reportdiff.series.panel_rows.FIGURE_FIELDS`), by issuer, year and document order."""
    reports: pd.DataFrame
    """One row per file (columns :data:`reportdiff.series.panel_rows.REPORT_FIELDS`), by issuer
    and file; ``error`` says why a file gave no figures."""
    unused_actuals: tuple[OfficialOutcome, ...] = ()
    """Rows of the official outcome table (``actuals``) that answered no goal of any series."""
    warnings: tuple[str, ...] = ()
    """One line for each of them, with why (as a timeline's)."""

    @property
    def failed(self) -> pd.DataFrame:
        """The files that could not be used (the rows of :attr:`reports` with an ``error``)."""
        return self.reports[self.reports["error"].notna()]

    def records(self, table: str) -> list[dict[str, Any]]:
        """A table's rows as plain Python values (``None`` for a missing value, whole numbers
        without ``.0``): what the CSV and JSON writers serialize."""
        frame: pd.DataFrame = getattr(self, table)
        clean = frame.astype(object).where(frame.notna(), None)
        names = list(frame.columns)
        return [
            {name: number(v) if isinstance(v, float) else v for name, v in zip(names, row, strict=True)}
            for row in clean.itertuples(index=False)
        ]

    def __repr__(self) -> str:
        return (
            f"<Panel {self.reports['issuer'].nunique()} series, {len(self.reports)} reports "
            f"({len(self.failed)} failed), {len(self.figures)} figures>"
        )


def build_panel(
    paths: Sequence[str | Path],
    settings: Settings = DEFAULT,
    on_series: Callable[[str], None] | None = None,
    on_found: Callable[[int], None] | None = None,
    dask: str | None = None,
    actuals: Sequence[OfficialOutcome] = (),
) -> Panel:
    """Find every series under ``paths`` and analyse each (``Settings.workers`` processes, or on
    the Dask cluster at ``dask``: an address, or ``local``).

    ``on_found`` is called with the number of series once they are found, ``on_series`` with
    each series' issuer once its rows are in (a progress bar).  ``actuals``: official outcomes
    that verdicts use where the next report gives none (each series takes the rows of its region).
    """
    if dask is not None:
        require_dask()  # before reading anything
    series, failed = find_series(paths, settings)
    if on_found is not None:
        on_found(len(series))
    # longest series first, so that a long one started last does not keep the others waiting
    order = sorted(range(len(series)), key=lambda k: (-len(series[k].paths), k))
    done: list[Rows] = [([], [], [], "")] * len(series)
    warm = _warm if settings.panel_terms else None
    table = tuple(actuals)
    with _executor(len(series), settings, warm, dask) as pool:
        if pool is None:
            finished: Iterable[tuple[int, Rows]] = (
                (k, series_rows((series[k], settings, table))) for k in order
            )
        else:
            futures = {pool.submit(series_rows, (series[k], settings, table)): k for k in order}
            # as each finishes, so that the progress bar moves with the work
            finished = ((futures[f], f.result()) for f in as_completed(futures))
        for k, result in finished:
            done[k] = result
            if on_series is not None:
                on_series(series[k].issuer)
    # rows in series order, whatever order the work finished in: the output is the same
    figures = [row for rows, _, _, _ in done for row in rows]
    reports = [*failed, *(row for _, rows, _, _ in done for row in rows)]
    reports.sort(key=lambda row: (row["issuer"], row["source"]))
    unused = _unused(table, [dict(found) for _, _, found, _ in done])
    # what a series' language is not read for, once per series: its counts are missing, not 0
    unread = [f"{s.issuer}: {note}" for s, (_, _, _, note) in zip(series, done, strict=True) if note]
    warnings = (
        *unread,
        *_twice(reports),
        *(f"{described(row)} answers no target: {why}" for row, why in unused),
    )
    frames = _frame(figures, FIGURE_FIELDS), _frame(reports, REPORT_FIELDS)
    return Panel(*frames, tuple(row for row, _ in unused), warnings)


def _twice(reports: Sequence[Row]) -> list[str]:
    """A line for each two series holding reports of one region and year (a corpus with a
    second copy of a series, ``cn-state-council`` and ``cn-state-council-alt``): rows a
    region-year count would take twice."""
    held: dict[tuple[str, int], list[str]] = {}
    for row in reports:
        if row["error"] is None and row["region"] and row["year"] is not None:
            held.setdefault((row["region"], row["year"]), []).append(row["issuer"])
    pairs: dict[tuple[str, ...], list[int]] = {}
    for (region, year), issuers in sorted(held.items()):
        if len(set(issuers)) > 1:
            pairs.setdefault((region, *sorted(set(issuers))), []).append(year)
    return [
        f"{', '.join(issuers)} hold reports of the same region ({region}) for {spans(years)}: "
        "a count by region and year takes them twice"
        for (region, *issuers), years in pairs.items()
    ]


def _unused(
    table: Sequence[OfficialOutcome], per_series: Sequence[dict[int, str]]
) -> list[tuple[OfficialOutcome, str]]:
    """The rows of the table that no series used, each with why: the reason a series of the
    row's region gives, else that no series is of its region (or the first series' reason)."""
    found = []
    for k, row in enumerate(table):
        if not per_series or any(k not in reasons for reasons in per_series):
            continue  # some series answered a goal with it (or there is none to answer)
        why = [reasons[k] for reasons in per_series]
        own = [w for w in why if not w.startswith("region ")]
        if own:
            found.append((row, own[0]))
        elif row.region:
            found.append((row, f"no series of the corpus is of region {row.region}"))
        else:
            found.append((row, why[0]))
    return found


def _executor(
    jobs: int, settings: Settings, warm: Callable[[], None] | None, dask: str | None
) -> AbstractContextManager[Executor | None]:
    """The local worker pool (``None``: work here), or a Dask cluster's executor."""
    if dask is not None:
        return dask_executor(dask, settings.workers or 1)
    # a series is a large task: a pool repays its start-up from two series on
    return worker_pool(jobs, replace(settings, parallel_from=2), warm)


def _frame(rows: list[Row], columns: Sequence[str]) -> pd.DataFrame:
    """Rows as a DataFrame with the Timeline frames' types: nullable integers for years, periods
    and counts (a missing count stays missing instead of turning the column into floats),
    ``float64`` values with NaN, text in pandas' string dtype, missing (never ``""``) where
    there is none."""
    frame = pd.DataFrame(rows, columns=list(columns))
    text = pd.Series(["text"]).dtype  # the string dtype pandas gives text (str from pandas 3)
    for name in columns:
        if name in _INTEGERS:
            frame[name] = frame[name].astype("Int64")
        elif name in _FLOATS:
            frame[name] = frame[name].astype("float64")
        else:  # text: missing where there is none, never "" (an unnamed figure's name, a table's error)
            column = frame[name].astype(object)
            frame[name] = column.where(column.notna() & (column != ""), None).astype(text)
    return frame


def _warm() -> None:
    """Load the word segmenter before workers fork, so they share its dictionary."""
    profile = lang.profile("zh")
    if profile.terms is not None and profile.warm_words:
        profile.terms.words(profile.warm_words)
