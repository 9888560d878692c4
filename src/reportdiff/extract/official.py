"""A table of official outcomes (``--actuals``) against a series' targets: which row answers a
target, and why a row answers none.

A row answers a goal of its year when its indicator, read through the synonym table, is the
name the goal is tracked under, and its region is the report's (as the language spells an
issuer: ``呼伦贝尔市海拉尔区`` is ``海拉尔区``) or empty (any region); a row for the region comes
before one for any region, and of two rows for one key the later one.  A row that answers no goal
is reported with the reason, so that a misnamed indicator or a wrong year does not go unnoticed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..lang import IndicatorRules, IssuerRules
from ..model import OfficialOutcome, Purpose
from .names import canonical

Index = Mapping[tuple[int, str], Sequence[tuple[int, OfficialOutcome]]]
"""(year, tracked name) → the rows for it, with their place in the table."""

_CLOSE = 70
"""How alike (rapidfuzz ``WRatio``) a target's name must be to be offered for a row's name."""
_PURPOSES = {"allocation": "a budget allocation", "duration": "a span of time or age"}


def indexed(rows: Sequence[OfficialOutcome], rules: IndicatorRules) -> Index:
    """The rows by year and the name they are tracked under (the synonym table's)."""
    index: dict[tuple[int, str], list[tuple[int, OfficialOutcome]]] = {}
    for k, row in enumerate(rows):
        index.setdefault((row.year, canonical(row.indicator, rules)), []).append((k, row))
    return index


def answer(index: Index, region: str, year: int, indicator: str, issuers: IssuerRules | None) -> int | None:
    """The place of the row that answers a goal of ``region`` for ``year`` tracked as
    ``indicator``, or ``None``."""
    found = index.get((year, indicator), ())
    own = [k for k, row in found if row.region and same_region(row.region, region, issuers)]
    anywhere = [k for k, row in found if not row.region]
    picked = own or anywhere
    return picked[-1] if picked else None


def same_region(one: str, other: str, issuers: IssuerRules | None) -> bool:
    """Whether two region names name one issuer, as the language spells issuers
    (``呼伦贝尔市海拉尔区`` and ``海拉尔区``)."""
    if one == other:
        return True
    if issuers is None or not other:
        return False
    a, b = issuers.issuer(one), issuers.issuer(other)
    return a is not None and b is not None and issuers.same_issuer(a, b)


def unused(
    rows: Sequence[OfficialOutcome],
    answered: set[int],
    targets: Mapping[int, Mapping[str, Purpose]],
    names: Mapping[int, Mapping[str, str]],
    regions: Mapping[int, str],
    rules: IndicatorRules,
    issuers: IssuerRules | None,
) -> tuple[tuple[OfficialOutcome, str], ...]:
    """The rows that answer no goal, each with why: ``targets`` are the judged years' targets
    (tracked name → purpose), ``names`` every name they are printed or tracked under → the
    tracked name (a row is offered the tracked name of the one most like its own), ``regions``
    each report's region."""
    found = []
    for k, row in enumerate(rows):
        if k in answered:
            continue
        name = canonical(row.indicator, rules)
        year = row.year
        if year not in targets:
            why = f"no target of {year} is judged here (that needs the {year} and {year + 1} reports)"
        elif row.region and not same_region(row.region, regions.get(year, ""), issuers):
            why = f"region {row.region} is not this timeline's ({regions.get(year) or 'none named'})"
        elif name in targets[year]:
            why = f"{name} of {year} is {_PURPOSES[targets[year][name]]}, not judged"
        else:
            # rapidfuzz loads only for a row that answers nothing (a timeline's part that ranks
            # new terms, which imports this module for warnings, never needs it)
            from ..fuzzy import closest

            like = closest(name, sorted(names[year]), _CLOSE)
            near = names[year][like] if like else ""
            aim = targets[year].get(near, "goal")
            hint = f" (closest: {near}{'' if aim == 'goal' else ', ' + _PURPOSES[aim]})" if near else ""
            why = f"no target of {year} is tracked as {name}{hint}"
        found.append((row, why))
    return tuple(found)


def described(row: OfficialOutcome) -> str:
    """A row named for a warning: its file and line where known, and its cells.

    >>> described(OfficialOutcome("全国", 2022, "赤字率", 2.8))
    '全国,2022,赤字率,2.8'
    """
    cells = f"{row.region},{row.year},{row.indicator},{row.value:g}"
    if row.line is None:
        return cells
    return f"{row.source or 'outcome table'}: line {row.line} ({cells})"
