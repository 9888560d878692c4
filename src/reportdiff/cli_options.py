"""Options several commands share, declared once so that each means the same everywhere."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from .settings import DEFAULT

F = TypeVar("F", bound=Callable[..., Any])

actuals_option = click.option(  # timeline and panel: the same table, the same meaning
    "--actuals", metavar="FILE.csv", type=click.Path(path_type=Path),
    help="Official outcomes (columns region, year, indicator, value), used where the next report is silent.",
)  # fmt: skip


def tolerance_options(command: F) -> F:
    """``--about-points`` and ``--about-share`` (``Settings.about_points``, ``about_share``): how
    near an outcome must come to a target of about a figure, or a flat one, to meet it — for
    the commands that judge targets (diff, timeline, panel)."""
    command = click.option(
        "--about-share", type=click.FloatRange(0, 1), default=DEFAULT.about_share, show_default=True,
        help="A target of about a figure (or a flat one) in other units is met within this share of it.",
    )(command)  # fmt: skip
    return click.option(
        "--about-points", type=click.FloatRange(0, 100), default=DEFAULT.about_points, show_default=True,
        help="A target of about a figure (or a flat one) in % or percentage points is met within "
        "± this many points (about 5.5%: 5.0 to 6.0).",
    )(command)


max_terms_option = click.option(  # diff and timeline: how long a list of new terms may be
    "--max-terms", type=click.IntRange(1, 1000), metavar="N",
    help="At most N new terms in a list (diff: and dropped ones; timeline: each year's first "
    "mentions), most notable first (default: the language's, 30).",
)  # fmt: skip


def comma_listed(value: str | None, allowed: Sequence[str], what: str) -> tuple[str, ...]:
    """A comma-separated option value, each item one of ``allowed`` (``--only``, ``--fail-on``)."""
    if not value:
        return ()
    items = tuple(item.strip() for item in value.split(",") if item.strip())
    unknown = [item for item in items if item not in allowed]
    if unknown:
        raise click.BadParameter(f"unknown {what} {unknown[0]!r}; use: {', '.join(allowed)}")
    return items
