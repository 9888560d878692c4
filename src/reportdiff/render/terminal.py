"""Terminal (rich): an outline for a report, a marked-up diff for a comparison."""

from __future__ import annotations

from ..model import Comparison
from . import RenderOptions, Result


def render(result: Result, options: RenderOptions) -> str:
    """Text for a terminal, with ANSI colour when ``options.color``."""
    if isinstance(result, Comparison):
        from ._diff import render_comparison

        return render_comparison(result, options)
    from ._outline import render_report

    return render_report(result, options)
