"""``reportdiff panel``'s output and its official outcomes, on small reports written here (no
corpus needed): JSON as every command writes it (valid for any JSON reader, in the schema,
the same bytes every run and on standard output), and ``--actuals`` as ``timeline`` takes it."""

from __future__ import annotations

import csv
import io
import json
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pandas as pd
import pytest
from click.testing import CliRunner

import reportdiff
from reportdiff.cli import main
from reportdiff.render.json_text import dumps
from reportdiff.render.tables import panel_json
from reportdiff.series.panel import Panel
from reportdiff.series.panel_rows import FIGURE_FIELDS, REPORT_FIELDS

runner = CliRunner()
SCHEMA = json.loads(
    (resources.files("reportdiff") / "schema" / "reportdiff.schema.json").read_text(encoding="utf-8")
)
REPORTS = {
    2024: "2024年甘肃省政府工作报告\n各位代表：\n一、2023年工作回顾\n地区生产总值增长6.4%。\n"
    "二、2024年主要任务\n地区生产总值增长6%左右，居民消费价格涨幅3%左右。\n",
    # says how the economy grew in 2024, nothing of prices: the CPI target has no outcome here
    2025: "2025年甘肃省政府工作报告\n各位代表：\n一、2024年工作回顾\n地区生产总值增长5.9%。\n"
    "二、2025年主要任务\n地区生产总值增长5.5%左右。\n",
}


@pytest.fixture
def series(tmp_path: Path) -> Path:
    folder = tmp_path / "gansu"
    folder.mkdir()
    for year, text in REPORTS.items():
        (folder / f"{year}.txt").write_text(text, encoding="utf-8")
    return folder


def _panel(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(main, ["panel", *args, "--no-terms"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def _strict(text: str) -> Any:
    """``text`` read as JSON by a reader that refuses NaN and Infinity (as jq and JSON.parse do)."""
    return json.loads(text, parse_constant=lambda name: pytest.fail(f"{name} is not JSON"))


# --- JSON ---------------------------------------------------------------------------------


def test_panel_json_is_written_as_every_commands_json(series: Path, tmp_path: Path) -> None:
    out = tmp_path / "panel.json"
    assert _panel(str(series), "-o", str(out))[0] == 0
    text = out.read_text(encoding="utf-8")
    data = _strict(text)
    # the one JSON writer: two-space indent, keys sorted, UTF-8 unescaped, a final newline
    assert text == dumps(data) + "\n"
    opening = '{\n  "figures": [\n    {\n      "end": 45,\n      "evidence": "地区生产总值增长6.4%",\n'
    assert text.startswith(opening)
    assert text == json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    assert [list(row) for row in data["figures"][:1]] == [sorted(FIGURE_FIELDS)]
    assert sorted(data["reports"][0]) == sorted(REPORT_FIELDS)
    assert data["figures"][0]["value_hi"] is None  # missing: null
    jsonschema.Draft202012Validator(SCHEMA).validate(data)
    # panel's entry, not another command's: one of the schema's choices matches
    panel_schema = {**SCHEMA, "oneOf": [{"$ref": "#/$defs/panel"}]}
    jsonschema.Draft202012Validator(panel_schema).validate(data)


def test_panel_json_is_the_same_bytes_every_run_and_on_standard_output(series: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "1.json", tmp_path / "2.json"
    assert _panel(str(series), "-o", str(first))[0] == 0
    assert _panel(str(series), "-o", str(second), "--jobs", "1")[0] == 0
    assert first.read_bytes() == second.read_bytes()
    code, stdout, stderr = _panel(str(series), "-o", "-")  # -o -: JSON, no --format needed
    assert code == 0
    assert stdout.encode("utf-8") == first.read_bytes()
    assert stderr == "reportdiff: 1 series, 2 files (0 failed), 5 figures -> standard output\n"


def test_a_value_no_json_number_spells_is_null() -> None:
    figures = pd.DataFrame([{name: None for name in FIGURE_FIELDS}] * 3)
    figures["value"] = pd.array([float("inf"), None, 2.5], dtype="Float64")
    figures["outcome_value"] = pd.Series([float("nan"), -float("inf"), 1.0], dtype="float64")
    reports = pd.DataFrame([{name: None for name in REPORT_FIELDS}])
    text = panel_json(Panel(figures, reports))
    assert "NaN" not in text and "Infinity" not in text
    rows = _strict(text)["figures"]
    assert [(r["value"], r["outcome_value"]) for r in rows] == [(None, None), (None, None), (2.5, 1)]


def test_a_number_too_large_for_a_float_is_no_figure_and_no_traceback(tmp_path: Path) -> None:
    """Hundreds of digits are no figure a report states (``lang/zh/figures.py``): no row, valid
    JSON and CSV, exit 0 (the writer's null for non-finite values is tested in test_json_text)."""
    folder = tmp_path / "huge"
    folder.mkdir()
    (folder / "2025.txt").write_text(
        REPORTS[2025].replace("。\n二", f"，完成投资1{'0' * 305}.5亿元。\n二"), encoding="utf-8"
    )
    code, stdout, stderr = _panel(str(folder), "-o", "-")
    assert code == 0, stderr  # no traceback from the writer refusing infinity
    rows = _strict(stdout)["figures"]
    assert [r for r in rows if r["name"] == "投资"] == []
    assert _panel(str(folder), "-o", str(tmp_path / "huge.csv"))[0] == 0
    cells = list(csv.DictReader(io.StringIO((tmp_path / "huge.csv").read_text(encoding="utf-8"))))
    assert [r for r in cells if r["name"] == "投资"] == []


def test_standard_output_takes_json_only(series: Path) -> None:
    code, stdout, stderr = _panel(str(series), "-o", "-", "--format", "csv")
    assert (code, stdout) == (2, "")
    assert stderr == (
        "Error: -o -: standard output takes one file, and csv writes two; "
        "give --format json, or a file name\n"
    )


def test_an_output_that_cannot_be_written_is_one_error_line(series: Path, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "panel.json"
    code, _, stderr = _panel(str(series), "-o", str(target))
    assert code == 2
    assert stderr.splitlines()[-1] == (
        f"Error: {target}: cannot write (No such file or directory); create its folder first, "
        "or give another path"
    )
    assert "Traceback" not in stderr


# --- --actuals ----------------------------------------------------------------------------


def _cpi(rows: list[dict[str, Any]]) -> dict[str, Any]:
    (row,) = [r for r in rows if r["indicator"] == "居民消费价格" and r["role"] == "target"]
    return row


def test_actuals_judge_a_target_the_next_report_is_silent_on(series: Path, tmp_path: Path) -> None:
    table = tmp_path / "actuals.csv"
    table.write_text("region,year,indicator,value\n甘肃省,2024,居民消费价格,0.2\n", encoding="utf-8")
    code, stdout, _ = _panel(str(series), "-o", "-")
    assert code == 0
    before = _cpi(_strict(stdout)["figures"])
    assert (before["verdict"], before["outcome_value"], before["rule"]) == ("no outcome reported", None, None)
    code, stdout, _ = _panel(str(series), "-o", "-", "--actuals", str(table))
    assert code == 0
    rows = _strict(stdout)["figures"]
    after = _cpi(rows)
    assert (after["verdict"], after["outcome_value"], after["outcome_sentence_id"]) == ("met", 0.2, None)
    assert after["rule"] == "0.2 is below 2.5 to 3.5, lower being better (official outcome table)"
    # the report's own outcome still comes first: GDP is judged as before
    gdp = [(r["verdict"], r["outcome_value"], r["outcome_sentence_id"])
           for r in rows if r["indicator"] == "国内生产总值" and r["verdict"]]  # fmt: skip
    assert gdp == [("met", 5.9, "p1.2")]
    # the same table means the same to timeline: the same verdict and rule
    timeline = reportdiff.track(sorted(series.glob("*.txt")), actuals=table).targets()
    expected = timeline[timeline["indicator"] == "居民消费价格"].iloc[0]
    assert (after["verdict"], after["rule"]) == (expected["verdict"], expected["rule"])


def test_actuals_in_csv_and_through_the_python_api(series: Path, tmp_path: Path) -> None:
    table = tmp_path / "actuals.csv"
    table.write_text("region,year,indicator,value\n,2024,居民消费价格,4.1\n", encoding="utf-8")  # any region
    assert _panel(str(series), "-o", str(tmp_path / "p.csv"), "--actuals", str(table))[0] == 0
    rows = list(csv.DictReader(io.StringIO((tmp_path / "p.csv").read_text(encoding="utf-8"))))
    row = _cpi(rows)  # type: ignore[arg-type]
    assert (row["verdict"], row["outcome_value"], row["outcome_sentence_id"]) == ("missed", "4.1", "")
    result = reportdiff.panel([series], reportdiff.Settings(panel_terms=False), jobs=1, actuals=table)
    figures = result.figures
    cpi = figures[(figures["indicator"] == "居民消费价格") & (figures["role"] == "target")].iloc[0]
    assert (cpi["verdict"], cpi["outcome_value"]) == ("missed", 4.1)


def test_a_bad_actuals_table_stops_the_panel_before_any_work(series: Path, tmp_path: Path) -> None:
    table = tmp_path / "actuals.csv"
    table.write_text("region,year,indicator,value\n甘肃省,2024,居民消费价格,零点二\n", encoding="utf-8")
    code, stdout, stderr = _panel(str(series), "-o", str(tmp_path / "p.csv"), "--actuals", str(table))
    assert (code, stdout) == (2, "")
    assert stderr == f"Error: {table}: line 2: year '2024' or value '零点二' is not a number; fix that row\n"
    assert not (tmp_path / "p.csv").exists()


def test_actuals_rows_no_series_used_are_warned_of(series: Path, tmp_path: Path) -> None:
    """A researcher's official figure that answers nothing (a typo, another region) is said, not
    silently dropped; a row some series used is not."""
    table = tmp_path / "actuals.csv"
    table.write_text(
        "region,year,indicator,value\n甘肃省,2024,居民消费价格,0.2\n甘肃省,2024,居民消费价隔,0.2\n"
        "河北省,2024,居民消费价格,0.1\n",
        encoding="utf-8",
    )
    code, _, stderr = _panel(str(series), "-o", "-", "--actuals", str(table))
    assert code == 0
    warnings = [line for line in stderr.splitlines() if line.startswith("reportdiff: warning: ")]
    assert len(warnings) == 2
    assert "line 3 (甘肃省,2024,居民消费价隔,0.2) answers no target" in warnings[0]
    assert warnings[1].endswith("(河北省,2024,居民消费价格,0.1) answers no target: "
                                "no series of the corpus is of region 河北省")  # fmt: skip
    result = reportdiff.panel([series], reportdiff.Settings(panel_terms=False), jobs=1, actuals=table)
    assert [row.indicator for row in result.unused_actuals] == ["居民消费价隔", "居民消费价格"]
    assert len(result.warnings) == 2


def test_a_panel_s_missing_text_is_missing_never_empty(tmp_path: Path) -> None:
    """An unnamed figure's name and indicator are ``<NA>`` in the frames and ``null`` in JSON,
    as in a timeline's frames, so ``isna()`` finds them (the eleventh new user's finding 7:
    ``""`` in 12 rows passed a "named only" filter)."""
    folder = tmp_path / "corpus" / "somewhere"
    folder.mkdir(parents=True)
    for year in (2019, 2020):
        text = f"各位代表：\n一、{year - 1}年工作回顾\n5%。地区生产总值增长6%。\n"
        (folder / f"{year}.txt").write_text(text, encoding="utf-8")
    panel = reportdiff.panel([tmp_path / "corpus"])
    figures, reports = panel.figures, panel.reports
    assert figures["name"].isna().sum() == 2 and figures["indicator"].isna().sum() == 2
    for frame in (figures, reports):
        for column in frame.columns:
            if not pd.api.types.is_numeric_dtype(frame[column]):
                assert not (frame[column] == "").any(), column
                assert pd.api.types.is_string_dtype(frame[column]), column


def test_a_panel_warns_when_two_series_hold_one_region_and_year(tmp_path: Path) -> None:
    """A second copy of a series (``cn-state-council`` and ``cn-state-council-alt``) would be
    counted twice by region and year: said on one line (the eleventh new user's finding 9)."""
    for copy in ("first", "second"):
        folder = tmp_path / "corpus" / copy
        folder.mkdir(parents=True)
        for year in (2019, 2020):
            text = f"{year}年长宁区政府工作报告\n各位代表：\n一、{year - 1}年工作回顾\n地区生产总值增长6%。\n"
            (folder / f"{year}.txt").write_text(text, encoding="utf-8")
    panel = reportdiff.panel([tmp_path / "corpus"])
    said = "first, second hold reports of the same region (长宁区) for 2019–2020"
    assert said in "\n".join(panel.warnings)
    single = reportdiff.panel([tmp_path / "corpus" / "first"])
    assert not any("same region" in line for line in single.warnings)


def test_a_panel_row_points_back_at_its_figure(tmp_path: Path) -> None:
    """``figure_id``, ``start`` and ``end``: two figures of one sentence told apart, and the
    figure found in the file's text (the eleventh new user's finding 12)."""
    folder = tmp_path / "corpus" / "somewhere"
    folder.mkdir(parents=True)
    for year in (2019, 2020):
        text = f"各位代表：\n一、{year - 1}年工作回顾\n新增公园5座、新增绿道5公里。\n"
        (folder / f"{year}.txt").write_text(text, encoding="utf-8")
    figures = reportdiff.panel([tmp_path / "corpus"]).figures
    first = figures[figures["year"] == 2019]
    assert list(first["figure_id"]) == ["p1.2.i1", "p1.2.i2"]
    raw = reportdiff.load(folder / "2019.txt").raw.text
    assert [raw[a:b] for a, b in zip(first["start"], first["end"], strict=True)] == ["5座", "5公里"]


@pytest.mark.parametrize("fmt", ["csv", "json", "parquet"])
def test_a_saved_panel_reads_back_as_the_same_tables(series: Path, tmp_path: Path, fmt: str) -> None:
    """``reportdiff.read_panel`` gives back what ``panel -o`` saved, with the same types (the
    eleventh new user's finding 12: ``read_csv`` made ``period`` float64); a figure text the
    CSV writer marked (``'+地区生产总值``, a spreadsheet's formula) comes back as printed."""
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    marked = REPORTS[2025].replace("\n地区生产总值增长5.5%", "\n+地区生产总值增长5.5%")
    (series / "2025.txt").write_text(marked, encoding="utf-8")
    built = reportdiff.panel([series])
    out = tmp_path / f"panel.{fmt}"
    code, _, _ = _panel(str(series), "-o", str(out))
    assert code == 0
    read = reportdiff.read_panel(out)
    for table in ("figures", "reports"):
        saved, expected = getattr(read, table), getattr(built, table)
        if table == "reports":  # the CLI's run reads the terms' counts too: the Python run does not
            saved, expected = saved.drop(columns=["new_terms"]), expected.drop(columns=["new_terms"])
        pd.testing.assert_frame_equal(saved, expected)
    assert read.figures["period"].dtype == "Int64" and "+地区生产总值" in set(read.figures["name"].dropna())


def test_a_file_that_is_no_saved_panel_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(reportdiff.MissingInputError, match="no such file"):
        reportdiff.read_panel(tmp_path / "panel.csv")
    (tmp_path / "other.json").write_text('{"sentences": []}', encoding="utf-8")
    with pytest.raises(reportdiff.InputError, match="no figures and reports tables"):
        reportdiff.read_panel(tmp_path / "other.json")
    (tmp_path / "t.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (tmp_path / "t.reports.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(reportdiff.InputError, match="no figures column 'issuer'"):
        reportdiff.read_panel(tmp_path / "t.csv")


def test_an_output_suffix_naming_another_format_is_refused(series: Path, tmp_path: Path) -> None:
    # the sixteenth new user's finding 11: -o p.xlsx wrote p.xlsx.csv and p.xlsx.reports.csv
    result = CliRunner().invoke(main, ["panel", str(series), "-o", str(tmp_path / "p.xlsx")])
    assert result.exit_code == 2
    hint = "name the file .csv, .json or .parquet, or give --format"
    assert result.output.endswith(f".xlsx is no panel format; {hint}\n"), result.output
    assert not list(tmp_path.glob("p.xlsx*"))
    out = str(tmp_path / "p.xlsx")
    asked = CliRunner().invoke(main, ["panel", str(series), "-o", out, "--format", "json"])
    assert asked.exit_code == 0 and (tmp_path / "p.xlsx").is_file()
