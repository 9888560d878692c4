"""Comparing two reports: controlled edits of real reports, invariants, the diff command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import reportdiff
from reportdiff.cli import main

from . import edits
from .conftest import CORPORA, SEED, needs_corpora

runner = CliRunner()


@pytest.fixture(scope="module")
def seed_report() -> reportdiff.Report:
    return reportdiff.load(SEED)


# --- controlled edits -------------------------------------------------------------


def _check_edits(old: reportdiff.Report, donor: reportdiff.Report, seed: int) -> edits.Score:
    truth = edits.edit(old, donor, seed)
    new = edits.parse_edited(truth, old)
    return edits.score(reportdiff.compare(old, new), truth)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_controlled_edits_of_the_seed(seed_report: reportdiff.Report, seed: int) -> None:
    donor = reportdiff.load(Path(__file__).parent / "cases" / "donor.txt")
    result = _check_edits(seed_report, donor, seed)
    assert result.accuracy >= 0.95
    assert result.edited_accuracy >= 0.95
    assert result.moves_found == result.moves_total


@needs_corpora
@pytest.mark.parametrize(
    ("series", "year", "donor_year"),
    [
        ("cn-state-council", "2024", "2019"),
        ("nm-hailar", "2018", "2015"),
        ("cn-prov-beijing", "2025", "2026"),
    ],
)
def test_controlled_edits_of_real_reports(series: str, year: str, donor_year: str) -> None:
    old = reportdiff.load(CORPORA / series / f"{year}.txt")
    donor = reportdiff.load(CORPORA / series / f"{donor_year}.txt")
    for seed in (0, 1):
        result = _check_edits(old, donor, seed)
        assert result.accuracy >= 0.95, (seed, result)
        assert result.edited_accuracy >= 0.95, (seed, result)
        assert result.moves_found == result.moves_total


def test_figure_change_is_the_same_item() -> None:
    a = reportdiff.parse("各位代表：\n一、2020年主要任务\n新增养老床位311张。")
    b = reportdiff.parse("各位代表：\n一、2021年主要任务\n新增养老床位250张。")
    change = reportdiff.compare(a, b).sentences[-1]
    assert (change.status, change.old, change.new) == ("modified", ("p1.2",), ("p1.2",))
    assert [(d.op, d.text) for d in change.diff] == [
        ("equal", "新增养老床位"),
        ("delete", "311张"),
        ("insert", "250张"),
        ("equal", "。"),
    ]


def test_figures_with_units_and_qualifiers_are_atomic() -> None:
    a = reportdiff.parse("各位代表：\n城镇新增就业1200万人以上，经济增长5.5%左右。")
    b = reportdiff.parse("各位代表：\n城镇新增就业1100万人以上，经济增长5%左右。")
    ops = reportdiff.compare(a, b).sentences[-1].diff
    assert ("delete", "1200万人以上") in [(d.op, d.text) for d in ops]
    assert ("insert", "5%左右") in [(d.op, d.text) for d in ops]


def test_reordered_clauses_are_not_a_rewrite() -> None:
    a = reportdiff.parse("各位代表：\n推进城市更新，加强生态保护，提升公共服务水平。")
    b = reportdiff.parse("各位代表：\n提升公共服务水平，推进城市更新，加强生态保护。")
    change = reportdiff.compare(a, b).sentences[-1]
    assert change.status == "modified" and change.score == 100.0
    assert sorted(c.status for c in change.clauses) == ["moved", "unchanged", "unchanged"]
    assert not [d for d in change.diff if d.op == "delete" and "城市更新" in d.text]


def test_split_and_merge() -> None:
    a = reportdiff.parse(
        "各位代表：\n深化国资国企改革，加快推动混合所有制改革和激励约束机制建设。推进城市更新。"
    )
    b = reportdiff.parse(
        "各位代表：\n深化国资国企改革。加快推动混合所有制改革和激励约束机制建设。推进城市更新。"
    )
    forward = reportdiff.compare(a, b)
    assert [(c.status, c.old, c.new) for c in forward.sentences][1] == ("split", ("p0.2",), ("p0.2", "p0.3"))
    backward = reportdiff.compare(b, a)
    assert [(c.status, c.old, c.new) for c in backward.sentences][1] == (
        "merged",
        ("p0.2", "p0.3"),
        ("p0.2",),
    )


# --- invariants ---------------------------------------------------------------------

_POOL = None


def _pool() -> list[str]:
    global _POOL
    if _POOL is None:
        report = reportdiff.load(SEED)
        _POOL = [s.text for s in report.sentences if s.role == "body" and s.text.endswith("。")]
    return _POOL


reports = st.lists(st.integers(min_value=0, max_value=250), min_size=1, max_size=25).map(
    lambda picks: reportdiff.parse("各位代表：\n" + "".join(_pool()[i] for i in picks) + "\n")
)


@given(reports)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_report_compared_with_itself_has_no_change(report: reportdiff.Report) -> None:
    comparison = reportdiff.compare(report, report)
    assert not comparison.has_changes
    assert all(c.status == "unchanged" for c in comparison.sentences)


@given(reports, reports)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_every_sentence_is_accounted_for_once(a: reportdiff.Report, b: reportdiff.Report) -> None:
    comparison = reportdiff.compare(a, b)
    olds = [i for c in comparison.sentences for i in c.old]
    news = [i for c in comparison.sentences for i in c.new]
    assert sorted(olds) == sorted(s.id for s in a.sentences)
    assert sorted(news) == sorted(s.id for s in b.sentences)


@given(reports, reports)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_new_one_way_is_dropped_the_other(a: reportdiff.Report, b: reportdiff.Report) -> None:
    forward = reportdiff.compare(a, b)
    backward = reportdiff.compare(b, a)
    new = sorted(i for c in forward.sentences if c.status == "new" for i in c.new)
    dropped = sorted(i for c in backward.sentences if c.status == "dropped" for i in c.old)
    assert new == dropped


# --- the diff command ----------------------------------------------------------------


def test_diff_of_a_report_with_itself_exits_0() -> None:
    result = runner.invoke(main, ["diff", str(SEED), str(SEED), "--width", "80"])
    assert result.exit_code == 0
    assert "329 unchanged · 0 modified" in result.output


def test_diff_exits_1_and_marks_changes_without_colour(tmp_path: Path) -> None:
    old = tmp_path / "2020.txt"
    new = tmp_path / "2021.txt"
    old.write_text(
        "各位代表：\n一、2019年工作回顾\n新增养老床位311张。推进城市更新。加强生态保护。\n", encoding="utf-8"
    )
    new.write_text(
        "各位代表：\n一、2020年工作回顾\n新增养老床位250张。加强生态保护。新建两所学校。\n", encoding="utf-8"
    )
    result = runner.invoke(main, ["diff", str(old), str(new), "--width", "80", "--context", "0"])
    assert result.exit_code == 1, result.output
    assert "\x1b[" not in result.output
    assert "新增养老床位[-311张-]{+250张+}。" in result.output
    assert "+ p1.4" in result.output and "新建两所学校。" in result.output
    assert "- p1.3" in result.output and "推进城市更新。" in result.output
    only = runner.invoke(main, ["diff", str(old), str(new), "--only", "new", "--width", "80"])
    assert "新建两所学校" in only.output and "推进城市更新" not in only.output
    side = runner.invoke(main, ["diff", str(old), str(new), "--side-by-side", "--width", "80"])
    assert "新增养老床位[-311张-]。" in side.output and "新增养老床位{+250张+}。" in side.output
    assert "…" not in side.output  # long sentences wrap, never cut


def test_diff_json(tmp_path: Path) -> None:
    out = tmp_path / "d.json"
    result = runner.invoke(main, ["diff", str(SEED), str(SEED), "--format", "json", "-o", str(out)])
    assert result.exit_code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema_version"] == 1
    assert data["summary"]["unchanged"] == 329
    assert set(data["sentences"][0]) >= {"status", "old", "new", "old_text", "new_text", "score"}
    assert data["old"]["year"] == 2020 and data["sections"][0]["status"] == "unchanged"


def test_diff_bad_status_and_bad_file(tmp_path: Path) -> None:
    result = runner.invoke(main, ["diff", str(SEED), str(SEED), "--only", "gone"])
    assert result.exit_code == 2 and "unknown status 'gone'" in result.output
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(main, ["diff", str(SEED), str(empty)])
    assert result.exit_code == 2
    assert result.output == f"Error: {empty}: the file is empty; give a report with text in it\n"


@needs_corpora
def test_national_pair_json_is_deterministic(tmp_path: Path) -> None:
    """Byte-identical across processes with different hash seeds (sets of strings iterate in a
    seed's order: nothing may depend on it)."""
    old, new = CORPORA / "cn-state-council" / "2024.txt", CORPORA / "cn-state-council" / "2025.txt"
    outputs = []
    for seed in ("1", "2"):
        target = tmp_path / f"{seed}.json"
        command = [sys.executable, "-m", "reportdiff", "diff", str(old), str(new), "--format", "json"]
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([*command, "-o", str(target)], env=env, capture_output=True, check=False)
        assert done.returncode == 1, done.stderr
        outputs.append(target.read_bytes())
    assert outputs[0] == outputs[1]


def test_renamed_heading_links_through_what_it_heads() -> None:
    """A section renamed by theme is still one section: its material is matched."""
    body = (
        "新建5G基站1200个，建成千兆光网城市。推动人工智能赋能制造业，培育数据要素市场。"
        "实施“智改数转”三年行动，改造工厂300家。"
    )
    a = reportdiff.parse("各位代表：\n一、2025年工作安排\n（一）加快数字经济发展。\n" + body)
    b = reportdiff.parse("各位代表：\n一、2026年工作安排\n（一）培育壮大新动能，建设网络强省。\n" + body)
    changes = {(ch.old, ch.new) for ch in reportdiff.compare(a, b).sentences}
    assert (("p1.s1.1",), ("p1.s1.1",)) in changes
    # with nothing under them matched, the same two headings stay apart
    c = reportdiff.parse(
        "各位代表：\n一、2026年工作安排\n（一）培育壮大新动能，建设网络强省。\n加强生态保护，治理黄河流域。"
    )
    assert all(ch.old != ("p1.s1.1",) or not ch.new for ch in reportdiff.compare(a, c).sentences)
