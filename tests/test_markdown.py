"""Markdown output: a golden snapshot, escaping, the comment size limit, determinism."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt

import reportdiff
from reportdiff.cli import main
from reportdiff.render import RenderOptions, markdown, render

from .conftest import CORPORA, needs_corpora

CASES = Path(__file__).parent / "cases"
OLD, NEW = CASES / "gating" / "2019.txt", CASES / "gating" / "2020.txt"


def test_report_text_cannot_inject_html_or_markdown(tmp_path: Path) -> None:
    old = tmp_path / "2019.txt"
    new = tmp_path / "2020.txt"
    old.write_text("各位代表：\n一、2019年主要任务\n推进城市更新。\n", encoding="utf-8")
    new.write_text(
        "各位代表：\n一、2020年主要任务\n推进<script>alert(1)</script>更新。加强**治理**|建设。\n",
        encoding="utf-8",
    )
    out = render(reportdiff.compare(old, new), "markdown")
    assert "<script>" not in out and "&lt;script&gt;" in out
    html = MarkdownIt("commonmark").enable("table").render(out)
    assert "<script>" not in html and "<strong>治理</strong>" not in html


def test_long_sections_are_cut_with_a_note(monkeypatch: pytest.MonkeyPatch) -> None:
    comparison = reportdiff.compare(OLD, NEW)
    limit = len(render(comparison, "markdown")) - 60  # the whole does not fit: some entries must go
    monkeypatch.setattr(markdown, "LIMIT", limit)
    out = render(comparison, "markdown")
    assert len(out) <= limit
    assert (
        "entries left out to stay within a comment's size; the full report has them all: `--format html"
        in out
    )


@needs_corpora
def test_national_pair_markdown_is_stable_parses_and_fits_a_comment() -> None:
    old, new = CORPORA / "cn-state-council" / "2024.txt", CORPORA / "cn-state-council" / "2025.txt"
    runner = CliRunner()
    first = runner.invoke(main, ["diff", str(old), str(new), "--format", "markdown"]).output
    second = runner.invoke(main, ["diff", str(old), str(new), "--format", "markdown"]).output
    assert first == second
    assert len(first) < 65_536
    tokens = MarkdownIt("commonmark").enable("table").parse(first)
    assert any(t.type == "table_open" for t in tokens)


def test_timeline_and_indicators_markdown(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["timeline", str(OLD), str(NEW), "--format", "markdown"])
    assert result.exit_code == 0
    assert result.output.startswith("## reportdiff: timeline 2019–2020 (2 reports)")
    assert "<details><summary>Targets judged (1)</summary>" in result.output
    result = runner.invoke(main, ["indicators", str(OLD), "--format", "markdown"])
    assert result.exit_code == 0 and "| `p2.2` | 国内生产总值 | 6%左右 | change | target |" in result.output


def test_markdown_is_refused_for_a_single_report() -> None:
    with pytest.raises(ValueError, match="markdown is for comparisons"):
        render(reportdiff.load(OLD), "markdown")


@needs_corpora
def test_the_commitments_named_in_the_next_review_are_listed_not_only_counted() -> None:
    """A deputy sees which promises the next review names (the JSON had them; the views only a count)."""
    national = CORPORA / "cn-state-council"
    comparison = reportdiff.compare(national / "2024.txt", national / "2025.txt")
    reported = [f for f in comparison.followups if f.status == "reported"]
    for fmt in ("markdown", "html"):  # Markdown may cut a long list to fit a comment; HTML lists all
        text = render(comparison, fmt)
        assert f"Commitments of 2024 named in the 2025 review ({len(reported)})" in text
    page = render(comparison, "html")
    for f in reported:
        sid = f.commitment.sentence_id
        assert f"{f.commitment.text} <a class='id' href='#o-{sid}'>{sid}</a>" in page


def test_the_targets_with_no_outcome_are_listed() -> None:
    """A new user: the Markdown (a CI summary) counted the targets with no outcome reported but
    named only the judged ones; the HTML lists them all.  Each is named, with its figure and where."""
    comparison = reportdiff.compare(OLD, NEW)
    unreported = [c for c in comparison.targets if c.verdict == "no outcome reported" and c.purpose == "goal"]
    out = render(comparison, "markdown")
    assert unreported and f"<summary>Targets with no outcome reported ({len(unreported)})</summary>" in out
    for check in unreported:
        assert f"`{check.target.sentence_id}`" in out.split("Targets with no outcome reported")[1]


@needs_corpora
def test_a_target_with_no_outcome_is_listed_with_its_clause() -> None:
    """The clause each was set in is quoted, so the list reads without the report at hand (the
    thirteenth new user: sentence ids only)."""
    folder = CORPORA / "cn-prov-shanghai"
    out = render(reportdiff.compare(folder / "2025.txt", folder / "2026.txt"), "markdown")
    listed = out.split("Targets with no outcome reported")[1]
    assert "- 启动城中村改造项目: 25个 — 启动25个城中村改造项目 `p2.s4.9`" in listed


@needs_corpora
def test_the_terminal_lists_the_targets_met_as_well_as_missed() -> None:
    """A deputy checking last year's targets sees what was met, with its rule, beside what was
    missed and what has no outcome (the thirteenth new user: the terminal listed misses only)."""
    national = CORPORA / "cn-state-council"
    comparison = reportdiff.compare(national / "2024.txt", national / "2025.txt")
    shown = render(comparison, "terminal", RenderOptions(width=120))
    met = [c for c in comparison.targets if c.verdict == "met"]
    assert met and all(f"✓ {c.indicator}" in shown for c in met)
    assert "✓ 国内生产总值  +5%左右 → +5%  5 is within 4.5 to 5.5" in shown
