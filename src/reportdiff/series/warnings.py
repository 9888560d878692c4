"""What a reader of a series should be told besides its tables: the years it lacks (the year
before each has no targets judged and no follow-ups), and the rows of an official outcome table
that answer no target (a misnamed indicator, a year not judged), each named with why; and of a
pair, an order the wrong way round or a year between them (:func:`pair_warnings`)."""

from __future__ import annotations

from collections.abc import Sequence

from ..extract.official import described
from ..model import OfficialOutcome


def missing_years(years: Sequence[int | None]) -> tuple[int, ...]:
    """The years between the first and the last of ``years`` that are not among them.

    >>> missing_years([2015, 2016, 2018, 2019]), missing_years([2019, None])
    ((2017,), ())
    """
    known = {year for year in years if year is not None}
    return tuple(y for y in range(min(known), max(known)) if y not in known) if known else ()


def spans(years: Sequence[int]) -> str:
    """Years as runs: ``1961–1963, 1965, 2017``.

    >>> spans([1961, 1962, 1963, 1965, 2017])
    '1961–1963, 1965, 2017'
    """
    runs: list[list[int]] = []
    for year in sorted(years):
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return ", ".join(f"{run[0]}–{run[-1]}" if len(run) > 1 else str(run[0]) for run in runs)


def series_warnings(
    missing: Sequence[int], unused: Sequence[tuple[OfficialOutcome, str]], unread: str = ""
) -> tuple[str, ...]:
    """One line per thing to know: what the language is not read for (``unread``,
    :func:`reportdiff.lang.not_read`), the gap, then each unused row in table order.

    >>> row = OfficialOutcome("全国", 2022, "赤字率", 2.8)
    >>> for line in series_warnings([2017], [(row, "no target of 2022 is tracked as 赤字率")]):
    ...     print(line)
    the series has no report for 2017: targets and commitments of 2016 are not followed up
    全国,2022,赤字率,2.8 answers no target: no target of 2022 is tracked as 赤字率
    """
    found = [f"{described(row)} answers no target: {why}" for row, why in unused]
    if missing:
        before = sorted({year - 1 for year in missing} - set(missing))
        found.insert(
            0,
            f"the series has no report for {spans(missing)}: targets and commitments of {spans(before)} "
            "are not followed up",
        )
    if unread:
        found.insert(0, unread)
    return tuple(found)


def pair_warnings(
    old: int | None,
    new: int | None,
    empty_history: str | None = None,
    reviewed: bool = True,
    gate: bool = True,
) -> tuple[str, ...]:
    """What a reader of ``diff OLD NEW`` should be told about the two reports' years: an OLD
    later than NEW (its new commitments and terms are really the dropped ones), a NEW that
    is not the year after OLD — the same year, a later one, or a year unknown (no target of OLD is
    judged: ``--fail-on missed-targets`` can only pass) — a NEW of the year after with no part
    reviewing it where no target of OLD was met or missed (``reviewed`` false: a page that is no
    work report, or one the reading could not split, so the gate can only pass too), or a
    ``--history`` folder (``empty_history``) with no report older than OLD (its new terms are new
    against OLD only, whatever the folder promised).  A year unknown or the same is told only
    where a ``gate`` on missed targets is asked for: otherwise a revised draft against the final
    of one year, or two texts with no year, are compared as texts, with nothing to tell.

    >>> pair_warnings(2025, 2026, "reports/")[0][:60]
    '--history reports/ holds no report older than OLD (2025): ne'

    >>> pair_warnings(2026, 2025)[0][:56]
    'OLD is the report of 2026 and NEW of 2025, the later one'
    >>> pair_warnings(2012, 2014), pair_warnings(2024, 2025)
    (("NEW is 2014's report, not the year after OLD's (2012): no target of 2012 is judged",), ())
    >>> pair_warnings(2025, 2025)[0]
    "OLD and NEW are both 2025's report: no target of 2025 is judged"
    >>> pair_warnings(2025, None)[0][:41]
    "NEW's year is unknown (no title or file n"
    >>> pair_warnings(2025, 2026, reviewed=False)[0][:59]
    'NEW (2026) has no part reviewing the year, and no target of'
    """
    found = () if empty_history is None else (
        f"--history {empty_history} holds no report older than OLD ({old or 'its year unknown'}): new terms "
        f"are new against OLD only",
    )  # fmt: skip
    if (old is None or new is None or old == new) and not gate:
        return found  # texts with no year, or no gate on targets: nothing is judged, none expected
    if old is None or new is None:
        which = "OLD" if old is None else "NEW"
        return (
            f"{which}'s year is unknown (no title or file name gives one): no target of OLD is judged "
            f"(name the file by its year, as 2025.txt)",
            *found,
        )
    if old == new:
        return (f"OLD and NEW are both {old}'s report: no target of {old} is judged", *found)
    if old > new:
        return (
            f"OLD is the report of {old} and NEW of {new}, the later one first: what is listed new "
            f"was dropped, and what is listed dropped is new (give {new}'s report first)",
            *found,
        )
    if new != old + 1:
        return (f"NEW is {new}'s report, not the year after OLD's ({old}): no target of {old} is judged",
                *found)  # fmt: skip
    if not reviewed:
        return (
            f"NEW ({new}) has no part reviewing the year, and no target of {old} is met or missed in it: "
            f"is it the work report?",
            *found,
        )
    return found
