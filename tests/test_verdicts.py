"""Verdicts beyond met and missed: ``not set`` where a report says it sets no target, and a
table of official outcomes (``--actuals``) used where the next report is silent."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

import reportdiff
from reportdiff.cli import main
from reportdiff.model import OfficialOutcome

from .conftest import CORPORA, needs_corpora

GANSU = [CORPORA / "cn-prov-gansu" / f"{year}.txt" for year in (2025, 2026)]


@needs_corpora
@pytest.mark.corpus
def test_not_set() -> None:
    """2020: 我们没有提出全年经济增速具体目标."""
    checks = reportdiff.track([CORPORA / "cn-state-council" / f"{y}.txt" for y in (2020, 2021)]).targets()
    row = checks[checks["indicator"] == "国内生产总值"].iloc[0]
    assert (row["period"], row["verdict"], row["rule"]) == (2020, "not set", "没有提出全年经济增速具体目标")


@needs_corpora
@pytest.mark.corpus
def test_actuals_fill_a_silent_report() -> None:
    """Gansu's 2026 report gives no 2025 CPI; the table does, and the target is judged."""
    silent = reportdiff.track(GANSU).targets()
    assert silent[silent["indicator"] == "居民消费价格"].iloc[0]["verdict"] == "no outcome reported"
    table = [
        OfficialOutcome("甘肃省", 2025, "居民消费价格", 0.1),
        OfficialOutcome("", 2025, "地区生产总值", 1.0),
    ]
    filled = reportdiff.track(GANSU, actuals=table).targets()
    cpi = filled[filled["indicator"] == "居民消费价格"].iloc[0]
    assert (cpi["actual_value"], cpi["verdict"]) == (0.1, "met")
    assert cpi["rule"].endswith("(official outcome table)")
    gdp = filled[filled["indicator"] == "国内生产总值"].iloc[0]
    assert (gdp["actual_value"], gdp["verdict"]) == (5.8, "met")  # the report's own outcome comes first


@needs_corpora
@pytest.mark.corpus
def test_actuals_on_the_command_line(tmp_path: Path) -> None:
    table = tmp_path / "actuals.csv"
    table.write_text("region,year,indicator,value\n甘肃省,2025,城镇调查失业率,5.2\n", encoding="utf-8")
    args = ["timeline", *map(str, GANSU), "--format", "csv", "--table", "targets", "--actuals", str(table)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    row = next(r for r in rows if r["indicator"] == "城镇调查失业率")
    assert (row["actual_value"], row["verdict"]) == ("5.2", "met")


def test_a_bad_actuals_table(tmp_path: Path) -> None:
    table = tmp_path / "actuals.csv"
    table.write_text("region,year,indicator,value\n甘肃省,二〇二五,GDP,5.8\n", encoding="utf-8")
    report = tmp_path / "2025.txt"
    report.write_text("各位代表：\n一、2024年工作回顾\n地区生产总值增长5%。\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["timeline", str(report), "--actuals", str(table)])
    assert result.exit_code == 2
    assert result.output.strip().endswith(
        f"{table}: line 2: year '二〇二五' or value '5.8' is not a number; fix that row"
    )
    assert result.output.count("\n") == 1


def test_an_actuals_table_without_its_columns(tmp_path: Path) -> None:
    table = tmp_path / "actuals.csv"
    table.write_text("province,year,value\n", encoding="utf-8")
    with pytest.raises(reportdiff.InputError, match="has no column region, indicator"):
        reportdiff.track([], actuals=table)


def test_values_as_a_reader_writes_them(tmp_path: Path) -> None:
    """Terminal and HTML show 134.9万亿元, and grain in the 斤 the report printed (1.4万亿斤, not
    its base value 7亿吨); JSON and CSV keep the base value, in 吨."""
    report = tmp_path / "2025.txt"
    report.write_text(
        "各位代表：\n一、2024年工作回顾\n国内生产总值达到134.9万亿元，粮食产量1.4万亿斤。\n", encoding="utf-8"
    )
    shown = CliRunner().invoke(main, ["indicators", str(report), "--no-color", "--width", "160"]).output
    assert "134.9万亿元" in shown and shown.count("1.4万亿斤") == 2  # the figure, and its value
    assert "134,900,000,000,000" not in shown and "7亿吨" not in shown
    page = CliRunner().invoke(main, ["indicators", str(report), "--format", "html"]).output
    assert "134.9万亿元" in page and "7亿吨" not in page
    data = CliRunner().invoke(main, ["indicators", str(report), "--format", "json"]).output
    assert '"value": 134900000000000' in data and '"value": 700000000' in data and '"unit": "吨"' in data


def test_rules_and_latest_values_in_the_printed_unit(tmp_path: Path) -> None:
    """A grain target in 斤 is compared in 吨 (one series with figures printed in 吨) and shown in 斤:
    the rule reads 1.4万亿斤 ≥ 1.3万亿斤, the series' latest value 1.4万亿斤."""
    (tmp_path / "2024.txt").write_text(
        "各位代表：\n一、2023年工作回顾\n粮食产量6.9亿吨。\n二、2024年主要任务\n粮食产量1.3万亿斤以上。\n",
        encoding="utf-8",
    )
    (tmp_path / "2025.txt").write_text(
        "各位代表：\n一、2024年工作回顾\n粮食产量1.4万亿斤。\n", encoding="utf-8"
    )
    timeline = reportdiff.track(sorted(tmp_path.glob("*.txt")))
    (check,) = timeline.checks
    assert (check.indicator, check.verdict, check.rule) == ("粮食产量", "met", "1.4万亿斤 ≥ 1.3万亿斤 (以上)")
    shown = CliRunner().invoke(main, ["timeline", str(tmp_path), "--no-color", "--width", "160"]).output
    assert "1.4万亿斤 (2024)" in shown and "亿吨" not in shown.split("Targets against outcomes")[0]
    rows = list(csv.DictReader(io.StringIO(
        CliRunner().invoke(main, ["timeline", str(tmp_path), "--format", "csv", "--table", "targets"]).output
    )))  # fmt: skip
    assert (rows[0]["target_value"], rows[0]["actual_value"]) == ("650000000", "700000000")
