"""One renderer per output format, same signature, chosen from a registry.

A renderer module exposes ``render(result, options) -> str``.  Modules are
imported only when their format is asked for, so ``--format json`` never pays
for rich.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Protocol

from ..model import Comparison, Report

Result = Report | Comparison
"""What a renderer takes."""


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


class _Renderer(Protocol):
    def __call__(self, result: Result, options: RenderOptions) -> str: ...


FORMATS: dict[str, str] = {"terminal": "terminal", "json": "json_"}
"""Format name → module in this package."""


def render(result: Result, fmt: str, options: RenderOptions = RenderOptions()) -> str:
    """Render a result in a format from :data:`FORMATS`."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of: {', '.join(FORMATS)}")
    module = importlib.import_module(f"{__name__}.{FORMATS[fmt]}")
    renderer: _Renderer = module.render
    return renderer(result, options)
