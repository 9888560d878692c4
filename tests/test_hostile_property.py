"""Any text at all: every command, in every output format, ends with exit 0, 1 or 2 and a
one-line error at most, never a traceback (hypothesis over escapes, control characters,
rich markup, formulas, mentions, comments and surrogates mixed into report-like text); the
panel's JSON is valid JSON and the same bytes run after run."""

from __future__ import annotations

import importlib.util
import json
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import reportdiff
from reportdiff.cli import main
from reportdiff.render import FORMATS, formats_for, render
from reportdiff.render.tables import PANEL_FORMATS

from .conftest import ROOT

DONOR = ROOT / "tests" / "cases" / "donor.txt"
runner = CliRunner()

pieces = st.sampled_from(
    [
        "各位代表：",
        "一、2019年工作回顾",
        "二、2020年主要任务",
        "（一）",
        "新增养老床位250张",
        "增长6.5%左右",
        "，",
        "。",
        "\n",
        "\n\n",
        " ",
        "<U+110000>",
        "<U+D800>",
        "<U+001B>",
        "<U+0000>",
        "[/]",
        "[link=https://x.example]",
        "[bold]",
        "\x1b[2J",
        "\x1b]0;t\x07",
        "\x9b",
        "\x00",
        "\r",
        "\ufeff",
        "=SUM(1)",
        "@user",
        "#1",
        "https://x.example",
        "<!--",
        "-->",
        "<script>",
        "**",
        "# ",
        "\ud800",
        "\udfff",
    ]
)
texts = st.one_of(
    st.lists(pieces, max_size=40).map("".join),
    st.lists(st.one_of(pieces, st.text(max_size=8)), max_size=30).map("".join),
)


def _ended_well(args: list[str]) -> str:
    result = runner.invoke(main, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), (args, result.exception)
    assert result.exit_code in (0, 1, 2), args
    if result.exit_code == 2:
        assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1, result.stderr
    return result.stdout


def _panel_ended_well(folder: str) -> None:
    """Every panel format to a file (each file that cannot be used is a row, never a stop);
    JSON to standard output twice: valid for a strict reader, the same bytes both times."""
    formats = [f for f in PANEL_FORMATS if f != "parquet" or importlib.util.find_spec("pyarrow")]
    for fmt in formats:
        _ended_well(["panel", folder, "--no-terms", "--format", fmt, "-o", str(Path(folder) / f"out.{fmt}")])
    texts = [_ended_well(["panel", folder, "--no-terms", "--jobs", "1", "-o", "-"]) for _ in range(2)]
    assert texts[0] == texts[1]
    json.loads(texts[0], parse_constant=lambda name: pytest.fail(f"{name} in the panel's JSON"))


def _in_report(text: str) -> str:
    """The donor report with ``text`` opening its plan part: a body for it to stand in."""
    lines = DONOR.read_text(encoding="utf-8").splitlines()
    return "\n".join([*lines[:8], text + "新增养老床位250张。", *lines[8:]])


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.booleans())
def test_every_command_and_format_ends_well(text: str, alone: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        series = Path(folder)
        file = series / "2021.txt"
        file.write_bytes((text if alone else _in_report(text)).encode("utf-8", "surrogatepass"))
        (series / "2020.txt").write_bytes(DONOR.read_bytes())
        for fmt in formats_for("report"):
            _ended_well(["show", str(file), "--format", fmt])
        for fmt in formats_for("indicators"):
            _ended_well(["indicators", str(file), "--format", fmt])
        for fmt in formats_for("comparison"):
            _ended_well(["diff", str(DONOR), str(file), "--format", fmt])
        for fmt in formats_for("timeline"):
            _ended_well(["timeline", folder, "--format", fmt])
        _panel_ended_well(folder)


@settings(max_examples=12, deadline=None)
@given(texts)
def test_text_handed_over_renders_in_every_format(text: str) -> None:
    """Through the library: a string may hold lone surrogates, which no file can."""
    try:
        report = reportdiff.parse(_in_report(text), "2021.txt")
    except reportdiff.ReportdiffError:
        return
    donor = reportdiff.load(DONOR)
    comparison = reportdiff.compare(donor, report)
    for fmt in FORMATS:
        for result in (report, comparison):
            try:
                out = render(result, fmt)
            except ValueError as exc:  # a format that does not render this kind of result
                assert "is for" in str(exc) or "csv is for" in str(exc)
                continue
            out.encode("utf-8")  # writable: no surrogate left
