"""``reportdiff diff --fail-on``: exit 1 only for the listed kinds of change."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import reportdiff
from reportdiff.cli import main
from reportdiff.gating import FAIL_KINDS, failures

CASES = Path(__file__).parent / "cases" / "gating"
OLD, NEW = CASES / "2019.txt", CASES / "2020.txt"
"""A pair with every kind of change in it (a reworded, a moved, a split sentence; new,
dropped, stronger, weaker commitments and a changed figure; new and dropped terms; a missed
and an unreported target)."""


def test_the_cli_lists_every_kind() -> None:
    refused = CliRunner().invoke(main, ["diff", str(OLD), str(NEW), "--fail-on", "no-such-kind"])
    assert refused.exit_code == 2 and ", ".join(FAIL_KINDS) in " ".join(refused.output.split())


def test_the_pair_has_every_kind_of_change() -> None:
    found = failures(reportdiff.compare(OLD, NEW), list(FAIL_KINDS))
    assert set(found) == set(FAIL_KINDS), found


@pytest.mark.parametrize("kind", sorted(FAIL_KINDS))
def test_each_kind_fails_when_present_and_passes_when_absent(kind: str) -> None:
    runner = CliRunner()
    changed = runner.invoke(main, ["diff", str(OLD), str(NEW), "--fail-on", kind])
    assert changed.exit_code == 1
    assert f"reportdiff: --fail-on {kind}: " in changed.output
    same = runner.invoke(main, ["diff", str(OLD), str(OLD), "--fail-on", kind])
    assert same.exit_code == 0


def test_rewording_alone_passes_a_gate_on_commitments(tmp_path: Path) -> None:
    old = tmp_path / "2019.txt"
    new = tmp_path / "2020.txt"
    old.write_text("各位代表：\n一、2019年主要任务\n推进城市更新，提升城市品质。\n", encoding="utf-8")
    new.write_text("各位代表：\n一、2020年主要任务\n推进城市更新，全面提升城市品质。\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["diff", str(old), str(new)]).exit_code == 1
    result = runner.invoke(
        main, ["diff", str(old), str(new), "--fail-on", "dropped-commitments,new-commitments"]
    )
    assert result.exit_code == 0, result.output


def test_unknown_kind_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["diff", str(OLD), str(NEW), "--fail-on", "dropped"])
    assert result.exit_code == 2
    assert "unknown kind 'dropped'; use: changes, new-sentences" in result.output


def test_targets_of_the_old_year_are_judged_in_a_diff() -> None:
    comparison = reportdiff.compare(OLD, NEW)
    verdicts = {(c.indicator, c.verdict) for c in comparison.targets}
    assert verdicts == {
        ("国内生产总值", "missed"),
        ("城镇新增就业", "no outcome reported"),
        ("新增养老床位", "no outcome reported"),
    }
