"""The Timeline's DataFrames: one convention for missing values and types in every frame, empty
or full, and a range target visible in the pivot."""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd
import pytest

import reportdiff
from reportdiff.series.rows import (
    CHECK_TYPES,
    FOLLOWUP_TYPES,
    INDICATOR_TYPES,
    LINEAGE_TYPES,
    TERM_TYPES,
    TEXT,
)
from reportdiff.series.timeline import Timeline

from .conftest import CORPORA, needs_corpora

TEXT_DTYPE = pd.Series(["text"]).dtype


def _series(tmp_path: Path) -> Timeline:
    """Two years: a range target, a figure without a unit (农村贫困人口减少1000万), a target with
    no outcome."""
    for year in (2019, 2020):
        review = f"一、{year - 1}年工作回顾\n地区生产总值增长6.1%，新增就业3.2万人。\n"
        plan = f"二、{year}年主要任务\n地区生产总值增长6%－6.5%，新增就业3万人，农村贫困人口减少1000万。\n"
        text = f"各位代表：\n{review}{plan}推进“放管服”改革。\n"
        (tmp_path / f"{year}.txt").write_text(text, encoding="utf-8")
    return reportdiff.track(sorted(tmp_path.glob("20*.txt")))


def _frames(timeline: Timeline) -> dict[str, tuple[pd.DataFrame, dict[str, str]]]:
    return {
        "indicators": (timeline.indicators, INDICATOR_TYPES),
        "targets": (timeline.targets(), CHECK_TYPES),
        "lineages": (timeline.commitment_lineages(), LINEAGE_TYPES),
        "followups": (timeline.followup_rates(), FOLLOWUP_TYPES),
        "terms": (timeline.new_terms(), TERM_TYPES),
    }


def _expected(kind: str) -> object:
    return TEXT_DTYPE if kind == TEXT else pd.api.types.pandas_dtype(kind)


def test_every_frame_has_its_documented_types(tmp_path: Path) -> None:
    for name, (frame, types) in _frames(_series(tmp_path)).items():
        assert list(frame.columns) == list(types), name
        assert {c: frame[c].dtype for c in frame} == {c: _expected(k) for c, k in types.items()}, name


def test_missing_values_are_missing_never_empty_strings(tmp_path: Path) -> None:
    timeline = _series(tmp_path)
    figures = timeline.indicators
    for column, kind in INDICATOR_TYPES.items():
        if kind == TEXT:
            assert not (figures[column] == "").any(), column
    poor = figures[figures["name"] == "农村贫困人口"].iloc[0]
    assert pd.isna(poor["unit"]) and pd.isna(poor["qualifier"]) and pd.isna(poor["value_hi"])
    targets = timeline.targets()
    silent = targets[targets["verdict"] == "no outcome reported"].iloc[0]
    assert pd.isna(silent["rule"]) and pd.isna(silent["actual"]) and pd.isna(silent["actual_value"])
    assert figures["period"].dtype == targets["period"].dtype == "Int64"


def test_an_empty_timeline_has_the_same_types_as_a_full_one(tmp_path: Path) -> None:
    english = tmp_path / "english" / "2021.txt"
    english.parent.mkdir()
    english.write_text("Mr Speaker, Sir, I beg to move that the Bill be read a second time.\n")
    empty, full = _frames(reportdiff.track([english])), _frames(_series(tmp_path))
    for name in full:
        assert empty[name][0].empty
        assert empty[name][0].dtypes.to_dict() == full[name][0].dtypes.to_dict(), name
    assert reportdiff.track([english]).pivot("target").empty


def test_a_range_in_the_pivot(tmp_path: Path) -> None:
    timeline = _series(tmp_path)
    key = ("国内生产总值", "change", "%", "target")
    assert timeline.pivot("target").loc[key, 2019] == 6.0  # numbers as before: the first end
    assert timeline.pivot("target", values="value_hi").loc[key, 2019] == 6.5
    assert timeline.pivot("target", values="range").loc[key, 2019] == "6–6.5"
    jobs = ("城镇新增就业", "level", "人", "target")
    assert timeline.pivot("target", values="value_hi").loc[jobs, 2019] == 30000  # one figure: itself
    assert timeline.pivot("target", values="range").loc[jobs, 2019] == "30000"
    with pytest.raises(ValueError, match="values='mid': give one of value, value_hi, range"):
        timeline.pivot(values="mid")
    # the seventeenth new user: pivot("targets") was an empty table without a word
    with pytest.raises(ValueError, match="role='targets': give one of target, actual, or None for both"):
        timeline.pivot("targets")


@needs_corpora
@pytest.mark.corpus
def test_national_2016_gdp_range_is_visible() -> None:
    """2016's 6.5%－7% was a bare 6.5 in the pivot."""
    timeline = reportdiff.track([CORPORA / "cn-state-council" / f"{y}.txt" for y in (2016, 2017)])
    key = ("国内生产总值", "change", "%", "target")
    assert timeline.pivot("target").loc[key, 2016] == 6.5
    assert timeline.pivot("target", values="value_hi").loc[key, 2016] == 7
    ranges = timeline.pivot("target", values="range")
    assert (ranges.loc[key, 2016], ranges.loc[key, 2017]) == ("6.5–7", "6.5")


def test_a_pivot_says_when_a_cell_hides_other_values(tmp_path: Path) -> None:
    """A year's figures of one indicator with different values (a threshold and the level): the
    pivot shows the first and warns, where it dropped the others silently (the eleventh new
    user's finding 2); one value per cell gives no warning."""
    texts = {
        2024: "各位代表：\n一、2023年工作回顾\n地方一般公共预算收入突破4000亿元、达到4211亿元。\n",
        2025: "各位代表：\n一、2024年工作回顾\n地方一般公共预算收入达到4400亿元。\n",
    }
    paths = []
    for year, text in texts.items():
        paths.append(tmp_path / f"{year}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    timeline = reportdiff.track(paths)
    with pytest.warns(UserWarning, match="1 indicator-year cells hold figures of different values"):
        table = timeline.pivot("actual")
    assert table.loc[("一般公共预算收入", "level", "元", "actual"), 2023] == 4000e8
    single = reportdiff.track(paths[1:])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        single.pivot("actual")
    # the timeline's own views read the pivot for their trend lines: no warning nobody asked for
    # (the thirteenth new user); the CSV pivot table, asked for, still says it
    from click.testing import CliRunner

    from reportdiff.cli import main

    views = (([], False), (["--format", "html"], False), (["--format", "csv", "--table", "pivot"], True))
    for args, said in views:
        result = CliRunner().invoke(main, ["timeline", *map(str, paths), *args])
        assert result.exit_code == 0 and ("indicator-year cells" in result.stderr) == said, args


def test_a_qualified_change_keeps_its_qualifier_inside_the_sign() -> None:
    """+(控制在3.3%), not +控制在3.3% (the twentieth new user's finding 8), as a fall's is -(3.1%以上)."""
    from reportdiff.model import Indicator, Span
    from reportdiff.series.rows import signed_figure

    def change(figure: str, value: float, qualifier: str | None) -> Indicator:
        return Indicator("x", "居民消费价格", "居民消费价格", value, None, "%", qualifier, "change", "actual",
                         2010, "review", figure, figure, "s", Span(0, 0))  # fmt: skip

    assert signed_figure(change("控制在3.3%", 3.3, "控制在")) == "+(控制在3.3%)"
    assert signed_figure(change("3%左右", 3.0, "左右")) == "+3%左右"
    assert signed_figure(change("3.1%以上", -3.1, "以上")) == "-(3.1%以上)"


@needs_corpora
def test_a_timeline_of_two_reports_lists_the_new_terms_diff_lists() -> None:
    """The last year of a series has no later reports to weigh its terms by, so it is ranked by
    the rules ``diff`` uses: two reports give ``diff``'s list (新质生产力 in, no 领域风险)."""
    national = CORPORA / "cn-state-council"
    old, new = national / "2023.txt", national / "2024.txt"
    listed = list(reportdiff.track([old, new]).new_terms()["term"])
    assert set(listed) == {t.term for t in reportdiff.compare(old, new).terms if t.status == "new"}
    assert "新质生产力" in listed and "领域风险" not in listed
