"""A timeline view heads its sparklines with the years its series have values in: a year only
other figures name (a base year, a series not shown) does not widen the span (the ninth new
user saw ``2004–2020`` over reports of 2013–2019, and another span at another width)."""

from __future__ import annotations

from click.testing import CliRunner

import reportdiff
from reportdiff.cli import main
from reportdiff.render.summary import Series, series, spanned

from .conftest import CORPORA, needs_corpora


def _series(values: tuple[float | None, ...]) -> Series:
    return Series("x", "level", "亿元", "target", values, sum(v is not None for v in values))


def test_the_span_is_the_years_the_shown_series_have_values_in() -> None:
    periods, shown = spanned((2004, 2012, 2013, 2014, 2020), [_series((None, 1.0, None, 2.0, None))])
    assert periods == (2012, 2013, 2014)
    assert shown[0].values == (1.0, None, 2.0)


def test_nothing_held_leaves_the_periods_as_they_are() -> None:
    assert spanned((2012, 2013), [])[0] == (2012, 2013)


@needs_corpora
def test_the_timeline_header_spans_its_series_at_every_width() -> None:
    paths = [str(CORPORA / "cn-state-council" / f"{year}.txt") for year in range(2013, 2020)]
    periods, _ = series(reportdiff.track(reportdiff.load_many(paths)))
    spans = set()
    for width in (80, 100, 120):
        result = CliRunner().invoke(main, ["timeline", *paths, "--width", str(width), "--no-color"])
        head = next(x for x in result.output.splitlines() if x.replace("┃", " ").split()[:1] == ["indicator"])
        spans |= {word for word in head.replace("┃", " ").split() if "–" in word}
    # one span, whatever the width, narrower than every period a figure names (2004–2020)
    assert len(spans) == 1, spans
    first, last = map(int, spans.pop().split("–"))
    assert (first, last) != (periods[0], periods[-1]) and periods[0] <= first <= last <= periods[-1]
