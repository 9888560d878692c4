"""A saved panel read back (:func:`read_panel`): the files ``reportdiff panel`` writes, as the
same two typed tables :func:`reportdiff.panel` returns.

``pandas.read_csv`` on a saved panel gives ``period`` as float64 (a missing period turns the
column into floats) and text cells a spreadsheet would run with the ``'`` the writer put
before them; this reads each format back to the documented types (nullable ``Int64`` years,
periods and counts, ``float64`` values, pandas' string dtype for text, missing never ``""``).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import InputError, MissingExtraError, MissingInputError
from ..render.safe import _FORMULA_START
from ..render.tables import PANEL_FORMATS, SCHEMA_VERSION, TABLES, format_for, output_paths
from .panel import _FLOATS, _INTEGERS, Panel, _frame
from .panel_rows import FIGURE_FIELDS, REPORT_FIELDS

_COLUMNS = {"figures": FIGURE_FIELDS, "reports": REPORT_FIELDS}
_SAVED = "give a panel saved by `reportdiff panel -o FILE`"
_REQUIRED = ("issuer", "year", "source")
"""Columns every saved panel's tables have (a column added later is read as missing)."""
_FORMULA_MARK = "'"
"""What the CSV writer puts before a cell a spreadsheet would run (``'-3%``: ``render.safe``)."""


def read_panel(path: str | Path) -> Panel:
    """The panel saved at ``path``: ``panel.json``, or ``panel.csv`` / ``panel.parquet`` with its
    ``.reports`` file beside it (as ``reportdiff panel -o`` writes them).  Official outcomes that
    answered no goal and the run's warnings are not saved, so they are empty.

    Raises :class:`MissingInputError` for a missing file and :class:`InputError` for a file
    that is not a saved panel (another table, a newer schema)."""
    path = Path(path)
    fmt = format_for(path, None)
    if path.suffix.lstrip(".").lower() not in PANEL_FORMATS:
        raise InputError(str(path), "not a saved panel's name", "give the .json, .csv or .parquet file")
    paths = output_paths(path, fmt)
    for file in paths:
        if not file.is_file():
            raise MissingInputError(str(file), "no such file", _SAVED)
    if fmt == "json":
        tables = _json_tables(paths[0])
        sources = dict.fromkeys(TABLES, paths[0])
    else:
        read = _csv_rows if fmt == "csv" else _parquet_rows
        tables = {table: read(file) for table, file in zip(TABLES, paths, strict=True)}
        sources = dict(zip(TABLES, paths, strict=True))
    frames = {}
    for table in TABLES:
        rows, columns = tables[table], _COLUMNS[table]
        missing = [c for c in _REQUIRED if rows and c not in rows[0]]
        if missing:  # a column added since the file was saved is missing in each row
            problem = f"no {table} column {missing[0]!r}"
            raise InputError(str(sources[table]), problem, _SAVED)
        try:
            frames[table] = _frame([_typed(row) for row in rows], columns)
        except (TypeError, ValueError) as exc:
            raise InputError(str(sources[table]), f"a cell is not what its column holds ({exc})",
                             _SAVED) from exc  # fmt: skip
    return Panel(frames["figures"], frames["reports"])


def _json_tables(path: Path) -> dict[str, list[dict[str, Any]]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(str(path), f"not readable as JSON ({exc})", _SAVED) from exc
    if not isinstance(data, dict) or not all(isinstance(data.get(t), list) for t in TABLES):
        raise InputError(str(path), "no figures and reports tables", _SAVED)
    version = data.get("schema_version")
    if not isinstance(version, int) or version > SCHEMA_VERSION:
        raise InputError(str(path), f"schema version {version!r}", "read it with the version that wrote it")
    return {table: data[table] for table in TABLES}


def _csv_rows(path: Path) -> list[dict[str, Any]]:
    """A CSV table's rows: an empty cell missing, the writer's ``'`` before a formula-like cell
    taken off, numbers read by :func:`_typed`."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return [
                {name: _cell(value) for name, value in row.items()} for row in csv.DictReader(handle)
            ]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(str(path), f"not readable as CSV ({exc})", _SAVED) from exc


def _cell(value: str | None) -> str | None:
    if not value:
        return None
    if value.startswith(_FORMULA_MARK) and value[1:2] and value[1:].startswith(_FORMULA_START):
        return value[1:]
    return value


def _parquet_rows(path: Path) -> list[dict[str, Any]]:
    try:
        frame = pd.read_parquet(path)
    except ImportError as exc:
        raise MissingExtraError(str(path), "pyarrow", "panel") from exc
    except (OSError, ValueError) as exc:
        raise InputError(str(path), f"not readable as Parquet ({exc})", _SAVED) from exc
    clean = frame.astype(object).where(frame.notna(), None)
    return clean.to_dict(orient="records")  # type: ignore[return-value]


def _typed(row: dict[str, Any]) -> dict[str, Any]:
    """A row's numbers as numbers (a CSV gives text): whole ones for the integer columns."""
    typed = dict(row)
    for name in _INTEGERS:
        if typed.get(name) is not None:
            typed[name] = int(float(typed[name]))
    for name in _FLOATS:
        if typed.get(name) is not None:
            typed[name] = float(typed[name])
    return typed
