"""Writing a panel's two tables to files: CSV (always), JSON, Parquet (the ``panel`` extra).

A panel is two tables, so its output is more than one string and does not go through the
renderer registry:

- ``csv``: ``panel.csv`` holds the figures, ``panel.reports.csv`` beside it the reports;
- ``parquet``: the same two files with ``.parquet`` (pyarrow, ``pip install 'reportdiff[panel]'``);
- ``json``: one file, ``{"schema_version", "figures": [...], "reports": [...]}``, written as
  every command's JSON is (:mod:`reportdiff.render.json_text`: two-space indent, keys sorted,
  UTF-8 unescaped), a missing value ``null``; ``-o -`` writes it to standard output.

CSV and JSON are byte-identical for the same input: rows come in a fixed order and numbers
are written the same way whatever the platform (whole numbers without ``.0``).
"""

from __future__ import annotations

import csv
import importlib.util
import io
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import MissingExtraError, OutputError
from .json_text import dumps
from .safe import csv_cell

if TYPE_CHECKING:
    from ..series.panel import Panel

PANEL_FORMATS: tuple[str, ...] = ("csv", "json", "parquet")
"""Formats a panel is written in (``reportdiff panel --format``)."""
SCHEMA_VERSION = 1
"""Bumped whenever a column is renamed or removed (adding one keeps it)."""
TABLES = ("figures", "reports")
STDOUT = Path("-")
"""``-o -``: standard output (JSON only: the other formats are two files)."""


def format_for(output: Path, fmt: str | None) -> str:
    """The format asked for, else the one the output's suffix names, else (no suffix) CSV; a
    suffix naming another format (``p.xlsx``) is refused rather than written as CSV beside it.

    >>> format_for(Path("p.parquet"), None), format_for(Path("p"), None), format_for(Path("p"), "json")
    ('parquet', 'csv', 'json')
    >>> format_for(STDOUT, None)
    'json'
    >>> try:
    ...     format_for(Path("p.xlsx"), None)
    ... except OutputError as exc:
    ...     print(exc)
    -o p.xlsx: .xlsx is no panel format; name the file .csv, .json or .parquet, or give --format
    """
    if fmt is not None:
        return fmt
    if output == STDOUT:
        return "json"
    suffix = output.suffix.lstrip(".").lower()
    if suffix and suffix not in PANEL_FORMATS:
        hint = "name the file .csv, .json or .parquet, or give --format"
        raise OutputError(f"-o {output}", f".{suffix} is no panel format", hint)
    return suffix or "csv"


def check_format(fmt: str, output: Path | None = None) -> None:
    """Raise :class:`MissingExtraError` when ``fmt`` needs a package that is not installed, and
    :class:`OutputError` when it is not JSON and ``output`` is standard output (checked before
    the corpus is read, not after).

    >>> try:
    ...     check_format("csv", STDOUT)
    ... except OutputError as exc:
    ...     print(exc)
    -o -: standard output takes one file, and csv writes two; give --format json, or a file name
    """
    if fmt != "json" and output == STDOUT:
        problem = f"standard output takes one file, and {fmt} writes two"
        raise OutputError("-o -", problem, "give --format json, or a file name")
    if fmt == "parquet" and importlib.util.find_spec("pyarrow") is None:
        raise MissingExtraError("--format parquet", "pyarrow", "panel")


def output_paths(output: Path, fmt: str) -> tuple[Path, ...]:
    """The files a panel is written to: one for JSON, figures and reports side by side otherwise.

    >>> [str(p) for p in output_paths(Path("out/panel.csv"), "csv")]
    ['out/panel.csv', 'out/panel.reports.csv']
    """
    if fmt == "json":
        return (output,)
    suffix = f".{fmt}"
    stem = output.name[: -len(suffix)] if output.name.endswith(suffix) else output.name
    return output.with_name(stem + suffix), output.with_name(f"{stem}.reports{suffix}")


def write_panel(panel: Panel, output: Path, fmt: str) -> tuple[Path, ...]:
    """Write the panel; returns the files written."""
    check_format(fmt)
    paths = output_paths(output, fmt)
    if fmt == "json":
        _write_bytes(paths[0], panel_json(panel).encode("utf-8"))
    elif fmt == "csv":
        for path, table in zip(paths, TABLES, strict=True):
            _write_bytes(path, csv_text(panel.records(table), list(getattr(panel, table).columns)).encode())
    else:
        for path, table in zip(paths, TABLES, strict=True):
            try:
                getattr(panel, table).to_parquet(path, index=False)
            except BrokenPipeError:
                raise
            except OSError as exc:
                raise OutputError.writing(str(path), exc) from exc
    return paths


def panel_json(panel: Panel) -> str:
    """The panel as JSON text with a final newline: both tables, each row an object; a missing
    value (and a value no JSON number spells, NaN or infinite) is ``null``."""
    data = {"schema_version": SCHEMA_VERSION, **{t: panel.records(t) for t in TABLES}}
    return dumps(data) + "\n"


def csv_text(rows: list[dict[str, Any]], columns: list[str]) -> str:
    """Rows as CSV (``\\n`` line ends, empty cells for missing values).

    >>> csv_text([{"a": 5.0, "b": None}, {"a": 0.25, "b": "x,y"}], ["a", "b"])
    'a,b\\n5,\\n0.25,"x,y"\\n'
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([_cell(row[c]) for c in columns] for row in rows)
    return out.getvalue()


def _cell(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return "" if value is None else csv_cell(value)


def _write_bytes(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except BrokenPipeError:
        raise  # a named pipe (or /dev/stdout) whose reader went away: the command line exits quietly
    except OSError as exc:
        raise OutputError.writing(str(path), exc) from exc
