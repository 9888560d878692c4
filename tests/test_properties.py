"""Invariants as hypothesis properties: normalization is idempotent; no text is lost or doubled;
the JSON writer writes what the standard library does."""

from __future__ import annotations

import itertools
import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

import reportdiff
from reportdiff.lang import profile
from reportdiff.normalize import Mapped, run
from reportdiff.render.json_text import dumps

from .test_json_text import finite

ZH = profile("zh")

# Pieces real reports are made of, including the mess extraction leaves behind.
pieces = st.sampled_from(
    [
        "推进",
        "城市更新",
        "新增",
        "18",
        " 18 ",
        "家",
        "６７７００",
        "亿元",
        "增长6.5%",
        "，",
        "、",
        "；",
        "。",
        "！",
        "？",
        "：",
        "“",
        "”",
        "（",
        "）",
        "**",
        "\n",
        "\n\n",
        "  ",
        "\u3000",
        "\u200b",
        "\r\n",
        "一、",
        "（二）",
        "各位代表",
        "## ",
        "---",
        "5G",
        "and",
    ]
)
texts = st.lists(pieces, min_size=1, max_size=60).map("".join)


@given(texts)
@settings(max_examples=1000, deadline=None)
def test_every_step_is_idempotent(text: str) -> None:
    for step in ZH.steps:
        once = step(text)
        assert step(once) == once, step.name


@given(texts)
@settings(max_examples=1000, deadline=None)
def test_normalization_is_idempotent(text: str) -> None:
    """Normalizing normalized text changes nothing.

    Line joining is left out of the second pass on purpose: it reads layout and markup
    (a ``#`` heading line is never joined) that the first pass has already consumed, so
    on normalized text every remaining line break is a decided paragraph break.
    """
    once = run(Mapped.of(text), ZH.steps).text
    second_pass = [step for step in ZH.steps if step.name != "join_broken_lines"]
    assert run(Mapped.of(once), second_pass).text == once


@given(texts)
@settings(max_examples=1000, deadline=None)
def test_offset_map_points_inside_the_raw_text(text: str) -> None:
    mapped = run(Mapped.of(text), ZH.steps)
    assert len(mapped.starts) == len(mapped.text) == len(mapped.ends)
    for i, ch in enumerate(mapped.text):
        start, end = mapped.starts[i], mapped.ends[i]
        assert 0 <= start < end <= len(text)
        if ch not in " \n":
            assert ch in text[start:end] or ch.isdigit() or ch == "\xa0"


@given(texts)
@settings(max_examples=1000, deadline=None)
def test_no_text_lost_or_duplicated_between_body_and_sentences(text: str) -> None:
    source = "各位代表：\n" + text + "\n谢谢。"
    try:
        report = reportdiff.parse(source)
    except reportdiff.NoReportTextError:
        return
    first = report.sentences[0].span.start
    body = run(Mapped.of(source[first:]), ZH.steps).text
    # the sentences and what was kept out (a repeated paragraph, furniture), in the order they stand
    pieces = [(s.span.start, s.text) for s in report.sentences]
    pieces += [(e.span.start, e.text) for e in report.excluded if e.span.start >= first]
    joined = "".join(text for _, text in sorted(pieces))
    assert re.sub(r"\s", "", joined) == re.sub(r"\s", "", body)
    spans = [s.span for s in report.sentences]
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
    assert len({s.id for s in report.sentences}) == len(report.sentences)


@given(st.text(min_size=1, max_size=300))
@settings(max_examples=500, deadline=None)
def test_any_text_gives_a_report_or_a_clear_error(text: str) -> None:
    try:
        report = reportdiff.parse(text)
    except reportdiff.ReportdiffError:
        return
    assert report.sentences
    comparison = reportdiff.compare(report, report)
    assert not comparison.has_changes


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: (
        st.lists(children, max_size=4)
        | st.lists(children, max_size=3).map(tuple)
        | st.dictionaries(st.text(max_size=5), children, max_size=4)
        | st.dictionaries(st.integers() | st.floats(allow_nan=False) | st.none(), children, max_size=3)
    ),
    max_leaves=30,
)


@given(json_values)
@settings(max_examples=500, deadline=None)
def test_the_json_writer_writes_what_json_dumps_writes(value: object) -> None:
    """The same text, but for NaN and the infinities, which are ``null`` (JSON has no number
    for them)."""
    try:
        expected = json.dumps(finite(value), ensure_ascii=False, indent=2, sort_keys=True)
    except (TypeError, ValueError) as exc:  # keys that do not sort, say: the same refusal
        try:
            dumps(value)
        except type(exc):
            return
        raise AssertionError(f"dumps accepted what json.dumps refused ({exc})") from None
    assert dumps(value) == expected
