"""What a language is not read for is not counted: the Python API, the JSON and the panel give
missing counts (``None``, ``null``, ``<NA>``) and a warning, never zeros as if counted (the
eleventh new user's finding 3: "0 commitments a year in Singapore" would end up in a regression)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
from click.testing import CliRunner

import reportdiff
from reportdiff.cli import main

UNREAD = ("commitments", "new terms", "figures")
SAID = reportdiff.lang.not_read("en")


def _speeches(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for year, rate in ((2019, 5), (2020, 6), (2021, 7)):
        path = folder / f"{year}.txt"
        path.write_text(
            f"Budget Statement {year}\nMr Speaker, Sir, I beg to move. Revenue rose by {rate} per cent.\n"
            "We will raise the Enhanced Retirement Sum.\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def test_the_warning_names_what_is_not_read() -> None:
    assert SAID.startswith("commitments, new terms and figures are not read in reports in 'en'")
    assert reportdiff.lang.not_read("zh") == ""


def test_a_comparison_counts_nothing_it_does_not_read(tmp_path: Path) -> None:
    old, new, _ = _speeches(tmp_path / "sg")
    comparison = reportdiff.compare(old, new)
    assert comparison.not_read == UNREAD
    assert set(comparison.commitment_summary().values()) == {None}
    result = CliRunner().invoke(main, ["diff", str(old), str(new), "--format", "json"])
    data = json.loads(result.stdout)
    assert data["not_read"] == list(UNREAD)
    assert set(data["commitment_summary"].values()) == {None}


def test_a_chinese_comparison_reads_everything() -> None:
    gating = Path(__file__).parent / "cases" / "gating"
    comparison = reportdiff.compare(gating / "2019.txt", gating / "2020.txt")
    assert comparison.not_read == ()
    assert all(isinstance(n, int) for n in comparison.commitment_summary().values())


def test_a_timeline_warns_and_leaves_its_counts_missing(tmp_path: Path) -> None:
    timeline = reportdiff.track(_speeches(tmp_path / "sg"))
    assert timeline.not_read == UNREAD
    assert timeline.warnings[0] == SAID
    rates = timeline.followup_rates()
    assert len(rates) == 2 and rates["commitments"].isna().all() and rates["reported"].isna().all()
    result = CliRunner().invoke(main, ["timeline", str(tmp_path / "sg"), "--format", "json"])
    data = json.loads(result.stdout)
    assert data["not_read"] == list(UNREAD) and data["warnings"][0] == SAID
    assert all(year["commitments"] is None for year in data["followups"])


def test_a_panel_warns_and_leaves_its_counts_missing(tmp_path: Path) -> None:
    _speeches(tmp_path / "corpus" / "sg")
    panel = reportdiff.panel([tmp_path / "corpus"])
    reports = panel.reports
    assert len(reports) == 3
    for column in ("indicators", "targets", "commitments", "new_terms"):
        assert reports[column].isna().all(), column
    assert reports["sentences"].notna().all()
    assert any(line.endswith(SAID) and line.startswith("sg") for line in panel.warnings)
    assert isinstance(reports, pd.DataFrame)


def test_indicators_and_a_timeline_give_a_null_count_where_figures_are_not_read(tmp_path: Path) -> None:
    """The fifteenth new user's finding 6: ``indicators --format json`` gave ``"indicators": 0``
    and CSV a header-only file with no word, for a language not read for figures."""
    paths = [str(p) for p in _speeches(tmp_path / "sg")]
    result = CliRunner().invoke(main, ["indicators", paths[0], "--format", "json"])
    [row] = json.loads(result.stdout)["reports"]
    assert (row["indicators"], row["not_read"]) == (None, list(UNREAD))
    assert "figures are not read in reports in 'en'" in result.stderr
    table = CliRunner().invoke(main, ["indicators", paths[0], "--format", "csv"])
    assert "their count is null, not 0" in table.stderr
    timeline = json.loads(CliRunner().invoke(main, ["timeline", *paths, "--format", "json"]).stdout)
    assert {row["indicators"] for row in timeline["reports"]} == {None}
    seed = str(Path(__file__).parents[1] / "corpora" / "sh-changning" / "2020.txt")
    chinese = CliRunner().invoke(main, ["indicators", seed, "--format", "json"])
    assert chinese.stderr == "" and json.loads(chinese.stdout)["reports"][0]["indicators"] > 0
