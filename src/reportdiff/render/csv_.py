"""CSV: indicators as tidy rows (one per figure), or one of a timeline's tables
(targets, pivot, commitment lineages, new terms, follow-up rates)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

from ..model import Report
from ..results import Comparison
from ..series.rows import CHECK_FIELDS, INDICATOR_FIELDS, indicator_rows, number
from . import RenderOptions, Result
from .safe import csv_cell


def render(result: Result, options: RenderOptions) -> str:
    """RFC 4180 CSV with a header row and ``\\n`` line ends; empty cells for missing values."""
    if isinstance(result, (Report, Comparison)):
        raise ValueError("csv is for indicators and timelines")
    if isinstance(result, tuple):
        return _write(INDICATOR_FIELDS, indicator_rows(result))
    if options.table == "targets":
        return _write(CHECK_FIELDS, result.target_rows())
    if options.table in ("lineages", "terms", "followups"):
        frame = {
            "lineages": result.commitment_lineages,
            "terms": result.new_terms,
            "followups": result.followup_rates,
        }[options.table]()
        return _write(
            list(frame.columns),
            (dict(zip(frame.columns, row, strict=True)) for row in frame.itertuples(index=False)),
        )
    if options.table == "pivot":
        table = result.pivot()
        fields = ("indicator", "kind", "unit", "role", *(str(c) for c in table.columns))
        rows = (
            dict(zip(fields, (*key, *(number(v) for v in values)), strict=True))
            for key, values in zip(table.index, table.to_numpy().tolist(), strict=True)
        )
        return _write(fields, rows)
    return _write(INDICATOR_FIELDS, indicator_rows(result.sources))


def _write(fields: Sequence[str], rows: Iterable[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(fields), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return buffer.getvalue()


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return "-".join(str(v) for v in value)  # a span: start-end
    if value is None or (isinstance(value, float) and value != value) or type(value).__name__ == "NAType":
        return ""  # missing (None, pandas' NaN, or its NA in a nullable column)
    return csv_cell(value)
