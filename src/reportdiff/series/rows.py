"""Indicators and target checks as flat rows: the DataFrame columns, the JSON items, the CSV lines."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from ..model import Indicator, ReportIndicators, TargetCheck

INDICATOR_FIELDS = (
    "source", "region", "year", "period", "id", "sentence_id", "part", "name", "indicator", "role", "kind",
    "value", "value_hi", "unit", "qualifier", "figure", "evidence", "span",
)  # fmt: skip
"""Fields of one indicator row, in order."""
CHECK_FIELDS = (
    "indicator", "period", "kind", "unit", "target", "target_value", "target_value_hi", "qualifier",
    "actual", "actual_value", "verdict", "purpose", "rule", "target_id", "actual_id",
)  # fmt: skip
"""Fields of one target-against-outcome row, in order."""

# The Timeline's DataFrames, one convention for all of them and the same for an empty frame:
YEAR = "Int64"
"""Years and periods: pandas' nullable integer (a figure without a period is ``<NA>``)."""
NUMBER = "float64"
"""Values: floats, ``NaN`` where there is none (``value_hi`` of a single figure)."""
COUNT = "int64"
"""Counts, never missing."""
TALLY = "Int64"
"""Counts of what a language may not be read for (a year's commitments): missing (``<NA>``) then,
never a zero as if counted."""
TEXT = "text"
"""Text: pandas' own string dtype (``str`` from pandas 3, ``object`` before), missing where
there is none (no unit, no qualifier, no outcome, no rule) — never an empty string."""
FLAG = "bool"
OTHER = "object"
"""Anything else (a span, ``[start, end]``)."""
INDICATOR_TYPES = dict(zip(INDICATOR_FIELDS, (
    TEXT, TEXT, YEAR, YEAR, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, NUMBER, NUMBER, TEXT, TEXT, TEXT,
    TEXT, OTHER,
), strict=True))  # fmt: skip
"""The type of each column of :attr:`Timeline.indicators`."""
CHECK_TYPES = dict(zip(CHECK_FIELDS, (
    TEXT, YEAR, TEXT, TEXT, TEXT, NUMBER, NUMBER, TEXT, TEXT, NUMBER, TEXT, TEXT, TEXT, TEXT, TEXT,
), strict=True))  # fmt: skip
"""The type of each column of :meth:`Timeline.targets`."""
LINEAGE_TYPES = {
    "lineage": TEXT, "object": TEXT, "first_object": TEXT, "action": TEXT, "first_year": YEAR,
    "last_year": YEAR, "years": COUNT, "years_present": TEXT, "longest_streak": COUNT, "reinstated": FLAG,
    "gaps": TEXT,
}  # fmt: skip
"""The columns of :meth:`Timeline.commitment_lineages` and their types."""
FOLLOWUP_TYPES = {"year": YEAR, "commitments": TALLY, "reported": TALLY, "share": NUMBER}
"""The columns of :meth:`Timeline.followup_rates` and their types."""
TERM_TYPES = {
    "year": YEAR, "term": TEXT, "count": COUNT, "quoted": FLAG, "salience": NUMBER, "later_years": COUNT,
}  # fmt: skip
"""The columns of :meth:`Timeline.new_terms` and their types."""


def number(value: float | None) -> int | float | None:
    """A value as JSON/CSV shows it: whole numbers without ``.0``, NaN and the infinities (no
    JSON number spells them) as ``None``, a missing value.

    >>> number(5.0), number(0.25), number(float("nan")), number(float("-inf"))
    (5, 0.25, None, None)
    """
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return None
    return int(value) if float(value).is_integer() else float(value)


def range_text(low: float, high: float) -> str | None:
    """A figure's value as text, a range as one: ``6.5–7``, ``5``; ``None`` for no value.

    >>> range_text(6.5, 7.0), range_text(5.0, math.nan), range_text(math.nan, math.nan)
    ('6.5–7', '5', None)
    """
    if math.isnan(low):
        return None
    return "–".join(str(number(end)) for end in ((low,) if math.isnan(high) else (low, high)))


def indicator_row(source: ReportIndicators, item: Indicator) -> dict[str, Any]:
    """One indicator with where it came from."""
    return {
        "source": source.source,
        "region": source.metadata.region,
        "year": source.metadata.year,
        "period": item.period,
        "id": item.id,
        "sentence_id": item.sentence_id,
        "part": item.part,
        "name": item.name,
        "indicator": item.indicator,
        "role": item.role,
        "kind": item.kind,
        "value": number(item.value),
        "value_hi": number(item.value_hi),
        "unit": item.unit,
        "qualifier": item.qualifier,
        "figure": item.figure,
        "evidence": item.evidence,
        "span": [item.span.start, item.span.end],
    }


def _printed(item: Indicator) -> str:
    return item.figure


def signed_figure(item: Indicator) -> str:
    """A figure as printed, a change signed (``-3.3%`` for ``下降3.3%``, whose verb the figure
    leaves out; ``+1800亿元`` for an increment, not to be read as a level).  A fall's qualifier
    is on its size, so the sign stands outside it: ``-(3.1%以上)`` for ``下降3.1%以上``, a fall of
    3.1 % or more (``-3.1%以上`` would read as -3.1 % or above).  A qualifier printed before the
    figure comes with it (``超7000万吨``, ``不低于70%``, ``-(至少30%)``): without it the bound
    reads as the figure itself; a rise's likewise stands inside its sign: ``+(控制在3.3%)``."""
    figure = item.figure
    if math.isnan(item.value):
        return figure
    signed = figure[:1] in ("+", "-", "−", "±")
    if item.qualifier and item.qualifier not in figure:
        figure = item.qualifier + figure
    if item.kind != "change" or signed:
        return figure
    if not any(character.isnumeric() for character in figure):
        return figure  # a change in words (持平) says its own direction
    if item.value < 0:
        return f"-({figure})" if item.qualifier and item.qualifier in figure else "-" + figure
    # a rise's qualifier printed before it (控制在3.3%) is on its size too: +(控制在3.3%)
    return f"+({figure})" if item.qualifier and figure.startswith(item.qualifier) else "+" + figure


def check_row(check: TargetCheck, signed: bool = False) -> dict[str, Any]:
    """One target against its outcome; ``signed``: its figures written as every view shows
    them, a change signed (the printed ``3.3%`` of ``下降3.3%`` alone reads as a rise), else as
    printed (CSV: a spreadsheet reads a cell opening with a sign as a formula, so the guard
    against one would mark it; the row's ``kind`` and signed values say the direction)."""
    figure = signed_figure if signed else _printed
    return {
        "indicator": check.indicator,
        "period": check.period,
        "kind": check.target.kind,
        "unit": check.target.unit,
        "target": figure(check.target),
        "target_value": number(check.target.value),
        "target_value_hi": number(check.target.value_hi),
        "qualifier": check.target.qualifier,
        "actual": figure(check.actual) if check.actual else None,
        "actual_value": number(check.actual.value) if check.actual else None,
        "verdict": check.verdict,
        "purpose": check.purpose,
        "rule": check.rule,
        "target_id": check.target.id,
        "actual_id": check.actual.id if check.actual else None,
    }


def awaiting_row(target: Indicator, purpose: str, signed: bool = False) -> dict[str, Any]:
    """A target whose year's outcome no report of the series gives yet (its next year's report is
    not there): a row as :func:`check_row`'s, with no outcome and no verdict."""
    figure = signed_figure if signed else _printed
    return {
        "indicator": target.indicator, "period": target.period, "kind": target.kind, "unit": target.unit,
        "target": figure(target), "target_value": number(target.value),
        "target_value_hi": number(target.value_hi), "qualifier": target.qualifier, "actual": None,
        "actual_value": None, "verdict": None, "purpose": purpose,
        "rule": "not judged yet: the series has no report of the next year", "target_id": target.id,
        "actual_id": None,
    }  # fmt: skip


def indicator_rows(sources: Iterable[ReportIndicators]) -> list[dict[str, Any]]:
    """Every indicator of these reports with where it came from, in report and document order."""
    return [indicator_row(source, item) for source in sources for item in source.indicators]
