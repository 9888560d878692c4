"""One renderer per output format, same signature, chosen from a registry.

A renderer module exposes ``render(result, options) -> str``.  Modules are
imported only when their format is asked for, so ``--format json`` never pays
for rich.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, Union

from ..model import Report, ReportIndicators
from ..results import Comparison

if TYPE_CHECKING:
    from ..series.timeline import Timeline

Result = Union[Report, Comparison, tuple[ReportIndicators, ...], "Timeline"]
"""What a renderer takes: a report, a comparison, the indicators of reports, or a timeline."""


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """What every renderer may be told."""

    width: int = 100
    """Terminal width in columns."""
    color: bool = False
    """Whether to emit colour (terminal only)."""
    only: tuple[str, ...] = ()
    """Show only entries with these statuses (empty: all)."""
    context: int = 1
    """Unchanged sentences shown around each change; the rest are collapsed."""
    side_by_side: bool = False
    """Old and new in two columns instead of an inline diff (terminal only)."""
    table: str = "indicators"
    """Which table of a timeline CSV holds: ``indicators`` (tidy rows), ``targets``, ``pivot``,
    ``lineages``, ``terms`` or ``followups``."""
    min_years: int = 2
    """Timeline terminal view: show indicators found in at least this many years."""
    match: str | None = None
    """Timeline terminal view: show only indicators whose name contains this."""


class _Renderer(Protocol):
    def __call__(self, result: Result, options: RenderOptions) -> str: ...


FORMATS: dict[str, str] = {
    "terminal": "terminal",
    "json": "json_",
    "csv": "csv_",
    "markdown": "markdown",
    "html": "html",
}
"""Format name → module in this package."""


def render(result: Result, fmt: str, options: RenderOptions = RenderOptions()) -> str:
    """Render a result in a format from :data:`FORMATS`."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of: {', '.join(FORMATS)}")
    if fmt == "csv" and isinstance(result, (Report, Comparison)):
        raise ValueError("csv is for indicators and timelines; use terminal or json")
    if fmt in ("markdown", "html") and isinstance(result, Report):
        raise ValueError(f"{fmt} is for comparisons, indicators and timelines; use terminal or json")
    module = importlib.import_module(f"{__name__}.{FORMATS[fmt]}")
    renderer: _Renderer = module.render
    return renderer(result, options)
