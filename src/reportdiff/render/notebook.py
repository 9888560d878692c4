"""Notebook display: a :class:`~reportdiff.results.Comparison` or a
:class:`~reportdiff.series.timeline.Timeline` shows as its summary tables in Jupyter.

The records carry no display code (the model never imports rendering); instead this
module registers HTML formatters with IPython's display system.  ``import reportdiff``
calls :func:`register_with_ipython`, which does nothing unless it runs inside an IPython
shell — it never imports IPython itself, and the timeline is registered by name so that
pandas is not imported for it either.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from ..results import Comparison

if TYPE_CHECKING:
    from ..series.timeline import Timeline


class HtmlFormatter(Protocol):
    """What is used of IPython's ``text/html`` formatter (``IPython.core.formatters.HTMLFormatter``)."""

    def for_type(self, typ: type, func: Callable[[Any], str]) -> object: ...
    def for_type_by_name(self, type_module: str, type_name: str, func: Callable[[Any], str]) -> object: ...


def comparison_html(comparison: Comparison) -> str:
    """A comparison's counts: sentences, commitments, targets, new terms."""
    from .html import comparison_summary

    return comparison_summary(comparison)


def timeline_html(timeline: Timeline) -> str:
    """A timeline's years, counts and target verdicts."""
    from .html import timeline_summary

    return timeline_summary(timeline)


def register(formatter: HtmlFormatter) -> None:
    """Show comparisons and timelines through ``formatter`` (IPython's ``text/html`` one)."""
    formatter.for_type(Comparison, comparison_html)
    formatter.for_type_by_name("reportdiff.series.timeline", "Timeline", timeline_html)


def register_with_ipython() -> bool:
    """Register with the running IPython shell, if there is one; whether there was."""
    ipython = sys.modules.get("IPython")  # loaded already in a notebook; never imported here
    shell = getattr(ipython, "get_ipython", lambda: None)()
    if shell is None:
        return False
    register(shell.display_formatter.formatters["text/html"])
    return True
