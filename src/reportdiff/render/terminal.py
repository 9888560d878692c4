"""Terminal (rich): an outline for a report, a marked-up diff for a comparison, indicator tables."""

from __future__ import annotations

from ..model import Report
from ..results import Comparison
from . import RenderOptions, Result


def render(result: Result, options: RenderOptions) -> str:
    """Text for a terminal, with ANSI colour when ``options.color``."""
    if isinstance(result, Comparison):
        from ._diff import render_comparison

        return render_comparison(result, options)
    if isinstance(result, Report):
        from ._outline import render_report

        return render_report(result, options)
    from ._indicators import render_indicators, render_timeline

    if isinstance(result, tuple):
        return render_indicators(result, options)
    return render_timeline(result, options)
