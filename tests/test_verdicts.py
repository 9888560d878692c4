"""Verdicts beyond met and missed: ``not set`` where a report says it sets no target, and a
table of official outcomes (``--actuals``) used where the next report is silent."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import reportdiff
from reportdiff.cli import main
from reportdiff.model import OfficialOutcome
from reportdiff.read.actuals import read_actuals
from reportdiff.series import timeline

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


def _table(tmp_path: Path, *rows: str) -> Path:
    table = tmp_path / "actuals.csv"
    table.write_text("region,year,indicator,value\n" + "".join(f"{row}\n" for row in rows), encoding="utf-8")
    return table


@needs_corpora
@pytest.mark.corpus
def test_rows_that_answer_no_target_are_exposed_with_why(tmp_path: Path) -> None:
    table = _table(
        tmp_path,
        "甘肃省,2025,居民消费价格,0.1",  # answers the CPI target
        "甘肃省,2025,地区生产总直,5.8",  # a typo
        "河北省,2025,地区生产总值,5.4",  # another region
        "甘肃省,2024,地区生产总值,5.9",  # a year the pair does not judge
    )
    timeline = reportdiff.track(GANSU, actuals=table)
    assert [row.line for row in timeline.unused_actuals] == [3, 4, 5]
    assert timeline.warnings == (
        f"{table}: line 3 (甘肃省,2025,地区生产总直,5.8) answers no target: "
        "no target of 2025 is tracked as 地区生产总直 (closest: 国内生产总值)",
        f"{table}: line 4 (河北省,2025,地区生产总值,5.4) answers no target: "
        "region 河北省 is not this timeline's (甘肃省)",
        f"{table}: line 5 (甘肃省,2024,地区生产总值,5.9) answers no target: "
        "no target of 2024 is judged here (that needs the 2024 and 2025 reports)",
    )


@needs_corpora
@pytest.mark.corpus
def test_unused_rows_are_warned_once_each_on_standard_error(tmp_path: Path) -> None:
    table = _table(tmp_path, "全国,2022,财政赤字率率,2.8", "全国,2022,国内生产总值,3.0")
    national = [str(CORPORA / "cn-state-council" / f"{y}.txt") for y in (2022, 2023)]
    args = ["timeline", *national, "--actuals", str(table), "--format", "json", "-q"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0
    assert result.stderr == (
        f"reportdiff: warning: {table}: line 2 (全国,2022,财政赤字率率,2.8) answers no target: no target of "
        "2022 is tracked as 财政赤字率率 (closest: 赤字率)\n"
    )


def test_rows_given_in_python_are_named_by_their_cells(tmp_path: Path) -> None:
    reports = []
    for year in (2019, 2020):
        path = tmp_path / f"{year}.txt"
        plan = f"二、{year}年主要任务\n地区生产总值增长6%左右。\n"
        path.write_text(f"各位代表：\n一、{year - 1}年工作回顾\n新增就业3万人。\n{plan}", encoding="utf-8")
        reports.append(path)
    table = [OfficialOutcome("", 2019, "GDP", 6.1), OfficialOutcome("", 2019, "粮食", 1)]
    timeline = reportdiff.track(reports, actuals=table)
    frame = timeline.targets()
    assert frame["verdict"].tolist()[0] == "met"
    assert frame["verdict"].isna().tolist() == [False, True]  # 2020's, no report of 2021 to judge it
    assert timeline.unused_actuals == (OfficialOutcome("", 2019, "粮食", 1),)
    assert timeline.warnings == (",2019,粮食,1 answers no target: no target of 2019 is tracked as 粮食",)


@needs_corpora
@pytest.mark.corpus
def test_a_gap_in_the_series_is_warned_and_not_followed_across() -> None:
    """National 2015, 2016, 2018, 2019: no 2016 follow-up row (its next report, 2017, is missing)."""
    years = (2015, 2016, 2018, 2019)
    timeline = reportdiff.track([CORPORA / "cn-state-council" / f"{y}.txt" for y in years])
    assert timeline.missing_years == (2017,)
    assert timeline.followup_rates()["year"].tolist() == [2015, 2018]
    assert timeline.followups[1] is None
    judged = timeline.targets().dropna(subset=["verdict"])
    assert sorted(set(judged["period"])) == [2015, 2018]
    # 2016's and 2019's targets are there, not judged: the series has no report of the year after
    waiting = timeline.targets()[timeline.targets()["verdict"].isna()]
    assert sorted(set(waiting["period"])) == [2016, 2019]
    assert timeline.warnings == (
        "the series has no report for 2017: targets and commitments of 2016 are not followed up",
    )
    files = [str(CORPORA / "cn-state-council" / f"{y}.txt") for y in years]
    result = CliRunner().invoke(main, ["timeline", *files, "--format", "json"])
    assert result.stderr == f"reportdiff: warning: {timeline.warnings[0]}\n"
    assert [row["year"] for row in json.loads(result.stdout)["followups"]] == [2015, 2018]


def test_one_process_or_two_give_the_same_warnings_and_json(tmp_path: Path) -> None:
    """A series with a gap and an outcome table: byte-identical with --jobs 1 and --jobs 2."""
    for year in (2018, 2019, 2021):
        plan = f"二、{year}年主要任务\n地区生产总值增长6%左右，赤字率拟按3%安排，新增就业3万人。\n"
        review = f"一、{year - 1}年工作回顾\n新增就业3.2万人。\n"
        (tmp_path / f"{year}.txt").write_text(f"各位代表：\n{review}{plan}", encoding="utf-8")
    table = _table(tmp_path, ",2018,地区生产总值,6.5", ",2018,赤字率,2.6", ",2019,地区生产总值,6.0")
    reports = sorted(str(p) for p in tmp_path.glob("20*.txt"))
    loaded = [reportdiff.load(path) for path in reports]
    alone = timeline.track(loaded, reportdiff.Settings(workers=1), read_actuals(table))
    beside = timeline.track(loaded, reportdiff.Settings(workers=2, parallel_from=2), read_actuals(table))
    assert beside.warnings == alone.warnings and beside.unused_actuals == alone.unused_actuals
    assert beside.followups == alone.followups and beside.checks == alone.checks
    assert alone.missing_years == (2020,)
    assert [w.split(" answers no target: ")[-1] for w in alone.warnings] == [
        "the series has no report for 2020: targets and commitments of 2019 are not followed up",
        "no target of 2019 is judged here (that needs the 2019 and 2020 reports)",
    ]
    runs = [CliRunner().invoke(main, ["timeline", *reports, "--actuals", str(table), "--format", "json",
                                      "--jobs", jobs]) for jobs in ("1", "2")]  # fmt: skip
    assert runs[0].stdout == runs[1].stdout and runs[0].stderr == runs[1].stderr
    assert runs[0].stderr.count("reportdiff: warning:") == 2


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


def _pair(plan: str, review: str) -> reportdiff.Timeline:
    """A target set in 2023's plan and the 2024 report's review of it."""
    old = f"各位代表：\n一、2022年工作回顾\n各项工作有序推进。\n二、2023年工作安排\n{plan}\n"
    new = f"各位代表：\n一、2023年工作回顾\n{review}\n二、2024年工作安排\n继续努力。\n"
    return reportdiff.track([reportdiff.parse(old, "2023.txt"), reportdiff.parse(new, "2024.txt")])


@pytest.mark.parametrize(
    ("plan", "review", "verdicts"),
    [
        # within the tolerance by the figures, but the report says it fell short
        ("国内生产总值增长8%。", "国内生产总值增长7.8%，虽然略低于8%的预定目标，但来之不易。", ["missed"]),
        # no figure at all: the report's word decides
        ("进出口总额增长6%左右。", "进出口总额出现下降，预期增长目标未能实现。", ["missed"]),
        # every target the statement names; not GDP, which only stands inside one of their names
        (
            "国内生产总值增长8%左右，单位国内生产总值能耗降低4%左右。",
            "国内生产总值增长10.7%。全国没有实现年初确定的单位国内生产总值能耗降低4%左右的目标。",
            ["met", "missed"],
        ),
        # a price held below its ceiling is no miss, nor a five-year plan's target a year's
        ("居民消费价格涨幅控制在10%左右。", "居民消费价格涨幅6.1%，明显低于预定的调控目标。", ["met"]),
        ("国内生产总值增长8%左右。", "国内生产总值增长10.3%，研发经费占比未完成“十一五”规划目标。", ["met"]),
        # 未达…预期 of every target its clause lists before it, not of a plan period, not of an effect
        (
            "社会消费品零售总额增长5%左右，居民消费价格涨幅2%左右。",
            "社会消费品零售总额增长4.7%。去年社会消费品零售总额增速和CPI涨幅也未达年初预期。",
            ["missed", "missed"],
        ),
        (
            "社会消费品零售总额增长5%左右。",
            "社会消费品零售总额增长4.7%。“十四五”时期，固定资产投资增速没有达到规划预期。",
            ["met"],
        ),
        ("社会消费品零售总额增长5%左右。", "社会消费品零售总额增长4.7%，促消费活动未达到预期效果。", ["met"]),
    ],
)
def test_a_review_saying_a_target_was_missed_decides(plan: str, review: str, verdicts: list[str]) -> None:
    checks = _pair(plan, review).checks
    assert [c.verdict for c in checks] == verdicts
    assert all("report says so" in c.rule for c in checks if c.verdict == "missed")


@pytest.mark.parametrize(
    ("plan", "review", "verdicts"),
    [
        # no figure: the report's word that the target was achieved decides (a new user)
        ("城镇新增就业70万人以上。", "城镇新增就业超额完成全年任务。", ["met"]),
        ("国内生产总值增长7%左右。", "国内生产总值增长率达到预期目标，经济结构有所调整。", ["met"]),
        # a figure judges: the word does not override it; nor a word naming no target in its clause
        ("国内生产总值增长8%左右。", "国内生产总值增长6%，全年主要目标任务全面完成。", ["missed"]),
        ("城镇新增就业70万人以上。", "就业形势稳定。民生实事全面完成年度目标任务。", ["no outcome reported"]),
        # not 没有完成 (no stated miss either: MISSED reads 目标 and 预期, not 任务), nor 基本完成
        ("城镇新增就业70万人以上。", "城镇新增就业没有完成全年任务。", ["no outcome reported"]),
        ("城镇新增就业70万人以上。", "城镇新增就业基本完成全年任务。", ["no outcome reported"]),
    ],
)
def test_a_review_saying_a_target_was_achieved_decides_where_no_figure_does(
    plan: str, review: str, verdicts: list[str]
) -> None:
    checks = _pair(plan, review).checks
    assert [c.verdict for c in checks] == verdicts
    assert all("report says so" in c.rule for c in checks if c.verdict == "met" and c.actual is None)


@needs_corpora
@pytest.mark.corpus
def test_national_misses_the_next_report_states() -> None:
    """1998's 8 % (7.8 %: 略低于8％的预定目标), 2006's energy intensity (全国没有实现…能耗降低4%左右…
    的目标), 2015's trade (预期增长目标未能实现): missed, as the next report says."""
    folder = CORPORA / "cn-state-council"
    for year, indicator in ((1998, "国内生产总值"), (2006, "单位国内生产总值能耗"), (2015, "进出口总额")):
        checks = reportdiff.track([folder / f"{year}.txt", folder / f"{year + 1}.txt"]).checks
        found = [c for c in checks if c.indicator == indicator and c.period == year]
        assert found and found[0].verdict == "missed", (year, found)


def test_the_terminal_lists_a_miss_stated_in_words(tmp_path: Path) -> None:
    """A miss with no figure (预期增长目标未能实现) is listed under the count like any other, its
    outcome "—" and its rule the report's words (a fifth new user saw "1 missed" and nothing)."""
    old, new = tmp_path / "2015.txt", tmp_path / "2016.txt"
    old.write_text("各位代表：\n一、2014年工作回顾\n我们推进改革。\n二、2015年工作总体部署\n进出口总额增长6%左右。\n",
                   encoding="utf-8")  # fmt: skip
    new.write_text("各位代表：\n一、2015年工作回顾\n进出口总额出现下降，预期增长目标未能实现。\n"
                   "二、2016年工作总体部署\n我们推进改革。\n", encoding="utf-8")  # fmt: skip
    out = CliRunner().invoke(main, ["diff", str(old), str(new), "--no-color", "--width", "200"]).output
    assert "1 missed" in out
    assert "✗ 进出口总额  +6%左右 → —  the 2016 report says so" in out, out


def test_a_head_word_restating_the_unit_is_the_same_measure() -> None:
    """城镇新增就业人口970万人 (人: a count of people) answers 城镇新增就业900万人."""
    checks = _pair("城镇新增就业900万人。", "城镇新增就业人口970万人。").checks
    assert [(c.indicator, c.verdict) for c in checks] == [("城镇新增就业", "met")]


_ABOUT = (
    "各位代表：\n一、2023年工作回顾\n去年国内生产总值增长5.2%。\n二、2024年工作安排\n"
    "今年发展主要预期目标是：国内生产总值增长6%左右。\n",
    "各位代表：\n一、2024年工作回顾\n去年国内生产总值增长5.6%。\n二、2025年工作安排\n"
    "今年发展主要预期目标是：国内生产总值增长5%左右。\n",
)


@pytest.mark.parametrize(
    ("plan", "review", "verdict"),
    [
        ("新增专精特新企业1000家左右。", "新增专精特新企业1565家。", "met"),  # a count: at least
        ("新增专精特新企业1000家。", "新增专精特新企业1565家。", "met"),
        ("新增专精特新企业1000家左右。", "新增专精特新企业900家。", "missed"),
        ("广义货币M2增长13%左右。", "广义货币M2增长14.5%。", "missed"),  # a rate: either side
    ],
)
def test_a_count_about_a_figure_is_read_as_a_flat_one(plan: str, review: str, verdict: str) -> None:
    (check,) = _pair(plan, review).checks
    assert check.verdict == verdict, check.rule


@pytest.mark.parametrize("command", ["diff", "timeline", "panel"])
def test_the_tolerance_of_an_about_target_is_an_option(tmp_path: Path, command: str) -> None:
    """6%左右 against 5.6 %: met within the default ± 0.5 points, missed within ± 0.2, in every
    command that judges targets."""
    folder = tmp_path / "cn-example"
    folder.mkdir()
    files = []
    for year, text in zip((2024, 2025), _ABOUT, strict=True):
        files.append(folder / f"{year}.txt")
        files[-1].write_text(text, encoding="utf-8")
    verdicts = []
    for points in ("0.5", "0.2"):
        out = tmp_path / f"{points}.csv"
        args = {
            "diff": ["diff", *map(str, files), "--format", "json", "-o", str(out)],
            "timeline": ["timeline", *map(str, files), "--format", "csv", "--table", "targets",
                         "-o", str(out)],
            "panel": ["panel", str(tmp_path), "-o", str(out)],
        }[command]
        result = CliRunner().invoke(main, [*args, "--about-points", points])
        assert result.exit_code in (0, 1), result.output
        text = out.read_text(encoding="utf-8")
        if command == "diff":
            targets = json.loads(text)["targets"]
            verdicts.append([t["verdict"] for t in targets if t["indicator"] == "国内生产总值"])
        else:
            rows = csv.DictReader(io.StringIO(text))
            verdicts.append([r["verdict"] for r in rows if r["indicator"] == "国内生产总值" and r["verdict"]])
    assert verdicts == [["met"], ["missed"]]


def test_the_terminal_says_how_many_targets_its_table_leaves_out(tmp_path: Path) -> None:
    """The targets table shows the indicators of the series above it (found in --min-years
    years); the tally counts all targets, and says how many it does not show and where they are."""
    folder = tmp_path / "cn-example"
    folder.mkdir()
    plan = _ABOUT[0].replace("国内生产总值增长6%左右。", "国内生产总值增长6%左右，建成幸福院300个。")
    for year, text in zip((2024, 2025), (plan, _ABOUT[1]), strict=True):
        (folder / f"{year}.txt").write_text(text, encoding="utf-8")
    args = ["timeline", str(folder), "--no-color", "--width", "300"]
    hidden = CliRunner().invoke(main, args).output
    assert "All targets: 1 met, 0 missed, 1 no outcome reported (1 not shown," in hidden
    shown = CliRunner().invoke(main, [*args, "--min-years", "1"]).output
    waiting = "; 1 target of 2025 not judged yet (no report of the year after)"  # the last year's own
    assert f"All targets: 1 met, 0 missed, 1 no outcome reported{waiting}\n" in shown and "幸福院" in shown


def test_a_bare_measure_is_no_outcome_of_a_bare_measure() -> None:
    """A new user: Hailar's ``投资`` targets were judged against other projects' ``投资`` (a
    vegetable project's 1.6亿元 met by a district's 15.9亿元).  A target printed under a bare
    measure takes no outcome printed so; a named one still does."""
    bare = _pair("全面加快现代农牧业发展。全年投资1.6亿元。", "东山组团建设加快。全年投资15.9亿元。").checks
    assert [(c.verdict, c.actual) for c in bare] == [("no outcome reported", None)]
    named = _pair("全社会固定资产投资增长6%。", "全社会固定资产投资增长7%。").checks
    assert [c.verdict for c in named] == ["met"]


def test_json_signs_a_fall_csv_keeps_it_as_printed(tmp_path: Path) -> None:
    """``下降3.3%`` is printed ``3.3%`` with its verb apart: JSON writes ``-3.3%`` (a reader of the
    string alone took a rise), CSV the figure as printed (a cell opening with a sign would be
    marked by the formula guard) beside the signed value."""
    old, new = tmp_path / "2025.txt", tmp_path / "2026.txt"
    old.write_text("各位代表：\n一、2025年主要目标\n全社会固定资产投资增长5%左右。\n", encoding="utf-8")
    new.write_text("各位代表：\n一、2025年工作回顾\n全社会固定资产投资下降3.3%。\n", encoding="utf-8")
    runner = CliRunner()
    data = json.loads(runner.invoke(main, ["diff", str(old), str(new), "--format", "json"]).output)
    [check] = data["targets"]
    assert (check["target"], check["actual"], check["actual_value"]) == ("+5%左右", "-3.3%", -3.3)
    table = runner.invoke(main, ["timeline", str(old), str(new), "--format", "csv", "--table", "targets"])
    [row] = csv.DictReader(io.StringIO(table.output))
    assert (row["target"], row["actual"], row["actual_value"]) == ("5%左右", "3.3%", "-3.3")


@needs_corpora
@pytest.mark.parametrize("year", [2015, 2016, 2018])
def test_a_growth_target_restated_is_one_target(year: int) -> None:
    """``有6.5%－7%的增速就能够实现比较充分的就业`` restates the year's growth target: judged once,
    with the headline, not again as a goal of its own with no outcome (the eleventh new user's
    finding 4)."""
    folder = CORPORA / "cn-state-council"
    checks = reportdiff.compare(folder / f"{year}.txt", folder / f"{year + 1}.txt").targets
    growth = [c for c in checks if c.target.unit == "%" and c.target.value in (6.5, 7.0)]
    assert [(c.indicator, c.verdict) for c in growth] == [("国内生产总值", "met")]


@pytest.mark.parametrize(
    ("plan", "review", "verdicts"),
    [
        # a level set with its growth is the growth worked out: held to ± 0.5 %, as the growth is
        (
            "地区生产总值达到240亿元，同比增长21%。",
            "全年地区生产总值完成235.2亿元，同比增长18.5%。",
            {"240亿元": "missed", "21%": "missed"},
        ),
        (
            "地区生产总值达到240亿元，同比增长21%。",
            "全年地区生产总值完成239.5亿元，同比增长20.8%。",
            {"240亿元": "met", "21%": "met"},
        ),
        # a flat level alone is a round figure: ± 5 %
        ("地区生产总值达到240亿元。", "全年地区生产总值完成235.2亿元。", {"240亿元": "met"}),
    ],
)
def test_a_level_set_with_its_growth_is_held_to_the_growths_tolerance(
    plan: str, review: str, verdicts: dict[str, str]
) -> None:
    """The thirteenth new user's finding 5: Hailar 2012's 240亿元 was met by 235.2亿元 (± 5 %) beside
    its 21 % missed by 18.5 %."""
    assert {c.target.figure: c.verdict for c in _pair(plan, review).checks} == verdicts


def test_an_outcome_given_again_on_another_basis_is_named_in_the_rule() -> None:
    """Hunan 2026: ``增长1.7%（同口径增长2.5%以上）`` against 2.5 %: missed as printed, and the rule
    says what the report claims beside it (the fourteenth new user's finding 7)."""
    review = "地方一般公共预算收入增长1.7%（同口径增长2.5%以上）。"
    [check] = _pair("地方一般公共预算收入增长2.5%。", review).checks
    assert check.verdict == "missed"
    assert check.rule.endswith("; the report adds 地方一般公共预算收入（同口径） 2.5%以上")


def test_a_miss_stated_of_prices_is_the_consumer_price_target_s() -> None:
    """National 2012: ``节能减排、物价调控目标没有完成`` says 2011's consumer price target (4 % or so)
    was missed: 物价 names 居民消费价格 (the fifteenth new user's finding 4)."""
    review = "政府工作仍存在一些缺点和不足，节能减排、物价调控目标没有完成。"
    [check] = _pair("居民消费价格涨幅控制在4%左右。", review).checks
    assert (check.indicator, check.verdict) == ("居民消费价格", "missed")
