"""One renderer per output format, same signature, chosen from a registry.

A renderer module exposes ``render(result, options) -> str``.  Modules are
imported only when their format is asked for, so ``--format json`` never pays
for rich.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol, Union

from ..model import Report, ReportIndicators
from ..results import Comparison

if TYPE_CHECKING:
    from ..series.timeline import Timeline

Result = Union[Report, Comparison, tuple[ReportIndicators, ...], "Timeline"]
"""What a renderer takes: a report, a comparison, the indicators of reports, or a timeline."""


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """What every renderer may be told."""

    width: int | None = 100
    """Columns to wrap at; ``None``: never wrap (piped output: every line whole, nothing cropped)."""
    color: bool = False
    """Whether to emit colour (terminal only)."""
    only: tuple[str, ...] = ()
    """Show only entries with these statuses (empty: all)."""
    context: int = 1
    """Unchanged sentences shown around each change; the rest are collapsed."""
    side_by_side: bool = False
    """Old and new in two columns instead of an inline diff (terminal only)."""
    table: str = "indicators"
    """Which table of a timeline CSV holds (one of :data:`CSV_TABLES`): ``indicators`` (tidy
    rows), ``targets``, ``pivot``, ``lineages``, ``terms`` or ``followups``."""
    min_years: int = 2
    """Timeline terminal view: show indicators found in at least this many years."""
    match: str | None = None
    """Timeline terminal view: show only indicators whose name contains this."""
    stat: bool = False
    """A comparison as counts only: per section and per status, no sentences (``--stat``)."""
    watched: tuple[tuple[str, str], ...] = ()
    """A comparison's ``--watch`` phrases, each with what became of it (``kept``, ``dropped``,
    ``new``, ``in neither plan``: :func:`reportdiff.gating.watch_statuses`); shown in every format."""


class _Renderer(Protocol):
    def __call__(self, result: Result, options: RenderOptions) -> str: ...


ResultKind = Literal["report", "comparison", "indicators", "timeline"]
"""The kinds of :data:`Result`, as the registry names them."""

_PLURALS: dict[ResultKind, str] = {
    "report": "reports",
    "comparison": "comparisons",
    "indicators": "indicators",
    "timeline": "timelines",
}

FORMATS: dict[str, tuple[str, tuple[ResultKind, ...]]] = {
    "terminal": ("terminal", ("report", "comparison", "indicators", "timeline")),
    "json": ("json_", ("report", "comparison", "indicators", "timeline")),
    "csv": ("csv_", ("indicators", "timeline")),
    "markdown": ("markdown", ("comparison", "indicators", "timeline")),
    "html": ("html", ("comparison", "indicators", "timeline")),
}
"""Format name → (module in this package, the kinds of result it renders)."""

VIEW_OPTIONS: dict[str, tuple[str, ...]] = {
    "only": ("terminal", "json", "markdown", "html"),
    "context": ("terminal", "html"),
    "side_by_side": ("terminal", "html"),
    "stat": ("terminal", "markdown"),
    "table": ("csv",),
    "min_years": ("terminal", "html"),
    "match": ("terminal", "html"),
}
"""Each view option of :class:`RenderOptions` → the formats that honour it; the CLI refuses
it with any other format rather than ignore it silently."""

CSV_TABLES: tuple[str, ...] = ("indicators", "targets", "pivot", "lineages", "terms", "followups")
"""The tables of a timeline that CSV writes (:attr:`RenderOptions.table`)."""


def formats_for(kind: ResultKind) -> tuple[str, ...]:
    """The formats that render this kind of result, in :data:`FORMATS` order.

    >>> formats_for("report")
    ('terminal', 'json')
    """
    return tuple(fmt for fmt, (_, kinds) in FORMATS.items() if kind in kinds)


def kind_of(result: Result) -> ResultKind:
    """Which kind of result this is."""
    if isinstance(result, Comparison):
        return "comparison"
    if isinstance(result, Report):
        return "report"
    if isinstance(result, tuple):
        return "indicators"
    return "timeline"


def render(result: Result, fmt: str, options: RenderOptions = RenderOptions()) -> str:
    """Render a result in a format from :data:`FORMATS`."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of: {', '.join(FORMATS)}")
    module_name, accepted = FORMATS[fmt]
    kind = kind_of(result)
    if kind not in accepted:
        raise ValueError(
            f"{fmt} is for {_listed([_PLURALS[k] for k in accepted])}; use {_listed(formats_for(kind), 'or')}"
        )
    module = importlib.import_module(f"{__name__}.{module_name}")
    renderer: _Renderer = module.render
    return renderer(result, options)


def _listed(items: Sequence[str], last: str = "and") -> str:
    """``a, b and c``."""
    return ", ".join(items[:-1]) + f" {last} " + items[-1] if len(items) > 1 else "".join(items)
