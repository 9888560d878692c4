"""``reportdiff panel`` and ``reportdiff.panel``: a small corpus built from real reports, with
bad files in it, end to end."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pandas as pd
import pytest
from click.testing import CliRunner

import reportdiff
from reportdiff import lang
from reportdiff.cli import main
from reportdiff.series.panel_rows import FIGURE_FIELDS, REPORT_FIELDS

from .conftest import CORPORA, needs_corpora
from .test_panel_output import SCHEMA

pytestmark = [needs_corpora, pytest.mark.corpus]
runner = CliRunner()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two provinces × 2025/2026, an empty file, a binary file, and a folder of two issuers'
    files (named otherwise than ``<year>.txt``) holding one report twice."""
    root = tmp_path_factory.mktemp("corpus")
    for province in ("anhui", "beijing"):
        folder = root / province
        folder.mkdir()
        for year in (2025, 2026):
            shutil.copy(CORPORA / f"cn-prov-{province}" / f"{year}.txt", folder / f"{year}.txt")
    (root / "anhui" / "2024.txt").write_bytes(b"")
    (root / "beijing" / "2024.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    mixed = root / "mixed"
    mixed.mkdir()
    shutil.copy(CORPORA / "cn-prov-tianjin" / "2025.txt", mixed / "tianjin-2025.txt")
    shutil.copy(CORPORA / "cn-prov-tianjin" / "2025.txt", mixed / "tianjin-2025-copy.txt")
    shutil.copy(CORPORA / "cn-prov-tianjin" / "2026.txt", mixed / "tianjin-2026.txt")
    return root


def _run(corpus: Path, out: Path, *extra: str) -> tuple[int, str]:
    result = runner.invoke(main, ["panel", str(corpus), "-o", str(out), *extra])
    return result.exit_code, result.stderr


def test_cli_finishes_and_reports_bad_files(corpus: Path, tmp_path: Path) -> None:
    code, stderr = _run(corpus, tmp_path / "panel.csv", "--no-terms")
    assert code == 1, stderr
    mixed = corpus / "mixed"
    assert stderr.splitlines() == [
        f"reportdiff: {corpus / 'anhui' / '2024.txt'}: the file is empty; give a report with text in it",
        f"reportdiff: {corpus / 'beijing' / '2024.txt'}: this is a binary file, not text; "
        "extract its text first, then give the .txt (PDF, Word .docx and web pages are read as they are)",
        f"reportdiff: {mixed / 'tianjin-2025.txt'}: is a second report for 2025 "
        f"(after {mixed / 'tianjin-2025-copy.txt'}); give one report per year",
        f"reportdiff: 3 series, 9 files (3 failed), {_lines(tmp_path / 'panel.csv') - 1} figures -> "
        f"{tmp_path / 'panel.csv'}, {tmp_path / 'panel.reports.csv'}",
    ]
    # -q (a CI step quieted like the others): no summary line, the files it could not use still told
    quiet = _run(corpus, tmp_path / "quiet.csv", "--no-terms", "-q")
    assert quiet == (1, "\n".join(stderr.splitlines()[:3]) + "\n")
    reports = pd.read_csv(tmp_path / "panel.reports.csv")
    assert list(reports.columns) == list(REPORT_FIELDS)
    assert reports["issuer"].tolist() == ["anhui"] * 3 + ["beijing"] * 3 + ["天津市"] * 3
    assert reports["error"].notna().sum() == 3
    good = reports[reports["error"].isna()]
    assert (good["sentences"] > 100).all() and good["level"].eq("province").all()
    figures = pd.read_csv(tmp_path / "panel.csv")
    assert list(figures.columns) == list(FIGURE_FIELDS)
    gdp = figures[(figures["issuer"] == "anhui") & (figures["year"] == 2025) & (figures["role"] == "target")
                  & (figures["name"] == "全省地区生产总值")].iloc[0]  # fmt: skip
    assert (gdp["value"], gdp["qualifier"], gdp["qualifier_class"]) == (5.5, "以上", "hard")
    assert gdp["verdict"] == "met"
    assert (gdp["outcome_value"], gdp["rule"]) == (5.5, "5.5 ≥ 5.5 (以上)")
    assert gdp["source"] == str(corpus / "anhui" / "2025.txt")


def test_exit_0_when_every_file_reads(tmp_path: Path) -> None:
    folder = tmp_path / "tianjin"
    folder.mkdir()
    shutil.copy(CORPORA / "cn-prov-tianjin" / "2026.txt", folder / "2026.txt")
    code, stderr = _run(tmp_path, tmp_path / "out.json", "--no-terms")
    assert code == 0, stderr
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert set(data) == {"schema_version", "figures", "reports"}
    assert data["reports"][0]["issuer"] == "tianjin" and data["reports"][0]["error"] is None
    assert set(data["figures"][0]) == set(FIGURE_FIELDS)
    values = [row["value"] for row in data["figures"]]
    assert all(isinstance(v, int) for v in values if float(v).is_integer())  # 30000, never 30000.0
    jsonschema.Draft202012Validator(SCHEMA).validate(data)  # its entry of the shipped schema


def test_linked_series_folders_are_followed_once(tmp_path: Path) -> None:
    """A corpus assembled from links to its series is read; a link back to an ancestor is no loop."""
    seed = Path(__file__).parents[1] / "corpora" / "sh-changning"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "changning").symlink_to(seed, target_is_directory=True)
    (corpus / "loop").symlink_to(tmp_path, target_is_directory=True)
    code, stderr = _run(corpus, tmp_path / "out.json", "--no-terms")
    assert code == 0, stderr
    reports = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["reports"]
    assert [(r["issuer"], r["year"]) for r in reports] == [("changning", 2020)]


def test_jobs_2_gives_byte_identical_csv_and_json(corpus: Path, tmp_path: Path) -> None:
    for jobs in ("1", "2"):
        assert _run(corpus, tmp_path / f"j{jobs}.csv", "--jobs", jobs)[0] == 1
        assert _run(corpus, tmp_path / f"j{jobs}.json", "--jobs", jobs, "--no-terms")[0] == 1
    for name in ("{}.csv", "{}.reports.csv", "{}.json"):
        assert (tmp_path / name.format("j1")).read_bytes() == (tmp_path / name.format("j2")).read_bytes()
    reports = pd.read_csv(tmp_path / "j1.reports.csv")
    assert reports["new_terms"].notna().sum() == 3  # each second year, counted against the first


def test_new_terms_counts_every_notable_term_not_the_lists_length(corpus: Path) -> None:
    """The column tells reports apart: every term new against the report before that is quoted or
    scores a history list's floor, however many (Anhui 2026 has well over a list's 30)."""
    result = reportdiff.panel([corpus / "anhui", corpus / "beijing"])
    rows = result.reports.dropna(subset=["year"])
    counts = {(r.issuer, r.year): r.new_terms for r in rows.itertuples() if r.year == 2026}
    old, new = (reportdiff.load(CORPORA / "cn-prov-anhui" / f"{y}.txt") for y in (2025, 2026))
    listed = [t for t in reportdiff.compare(old, new).terms if t.status == "new"]
    floor = lang.profile("zh").terms.history_least_salience  # type: ignore[union-attr]
    assert len(listed) == 30 and counts[("anhui", 2026)] > 30
    assert len({counts[("anhui", 2026)], counts[("beijing", 2026)]}) == 2
    assert all(t.quoted or t.salience >= floor for t in listed[:10])


def test_python_api_returns_dataframes(corpus: Path) -> None:
    result = reportdiff.panel([corpus / "anhui"], reportdiff.Settings(panel_terms=False))
    assert isinstance(result.figures, pd.DataFrame) and isinstance(result.reports, pd.DataFrame)
    assert list(result.figures.columns) == list(FIGURE_FIELDS)
    assert len(result.reports) == 3 and len(result.failed) == 1
    assert result.figures["year"].dtype == "Int64" and result.figures["value"].dtype == "float64"
    assert repr(result).startswith("<Panel 1 series, 3 reports (1 failed), ")


def test_parquet_needs_the_extra(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None)
    result = runner.invoke(main, ["panel", str(corpus), "-o", str(tmp_path / "p.parquet")])
    assert result.exit_code == 2
    assert result.output == (
        "Error: --format parquet needs pyarrow; install it with: pip install 'reportdiff[panel]'\n"
    )
    assert not (tmp_path / "p.parquet").exists()


def test_parquet_round_trip(corpus: Path, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    code, _ = _run(corpus / "anhui", tmp_path / "p.parquet", "--no-terms")
    assert code == 1
    figures = pd.read_parquet(tmp_path / "p.parquet")
    assert list(figures.columns) == list(FIGURE_FIELDS) and len(figures) > 100
    assert len(pd.read_parquet(tmp_path / "p.reports.parquet")) == 3


def test_dask_local_gives_byte_identical_csv(corpus: Path, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    assert _run(corpus, tmp_path / "pool.csv", "--jobs", "1", "--no-terms")[0] == 1
    # in a process of its own: distributed keeps a thread for the process's life, and a process
    # with another thread forks no second one (cores.may_fork), so the later tests' two-process
    # paths would run in one
    dask = [sys.executable, "-m", "reportdiff", "panel", str(corpus), "-o", str(tmp_path / "dask.csv")]
    dask += ["--dask", "local", "--jobs", "2", "--no-terms"]
    assert subprocess.run(dask, check=False).returncode == 1
    for name in ("{}.csv", "{}.reports.csv"):
        assert (tmp_path / name.format("pool")).read_bytes() == (tmp_path / name.format("dask")).read_bytes()


def test_dask_needs_the_extra(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None)
    result = runner.invoke(main, ["panel", str(corpus), "-o", str(tmp_path / "p.csv"), "--dask", "local"])
    assert result.exit_code == 2
    assert result.output == (
        "Error: --dask needs dask.distributed; install it with: pip install 'reportdiff[dask]'\n"
    )


def test_a_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(main, ["panel", str(tmp_path / "nope"), "-o", str(tmp_path / "p.csv")])
    assert result.exit_code == 2
    assert result.output == f"Error: {tmp_path / 'nope'}: no such file or folder; check the path\n"


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def test_a_bad_file_in_a_folder_of_several_issuers(tmp_path: Path) -> None:
    mixed = tmp_path / "mixed"
    mixed.mkdir()
    shutil.copy(CORPORA / "cn-prov-tianjin" / "2026.txt", mixed / "tianjin.txt")
    (mixed / "scan.txt").write_bytes(b"%PDF-1.4\x00\x01")
    result = reportdiff.panel([tmp_path], reportdiff.Settings(panel_terms=False), jobs=1)
    rows = result.reports[["issuer", "year", "error"]].astype(object).where(result.reports.notna(), None)
    assert rows.values.tolist() == [
        ["mixed", None, "this PDF is damaged or truncated; download it again, or save it again from the "
         "program that made it"],
        ["天津市", 2026, None],
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("evidence", "figure", "qualifier", "role", "expected"),
    [
        ("地区生产总值增长5%以上", "5%以上", "以上", "target", "hard"),
        ("居民消费价格涨幅3%左右", "3%左右", "左右", "target", "soft"),
        ("确保粮食产量稳定在1.3万亿斤", "1.3万亿斤", None, "target", "hard"),
        ("力争进出口增长5%", "5%", None, "target", "soft"),
        ("一般公共预算收入增长3%", "3%", None, "target", None),
        ("力争进出口增长5%", "5%", None, "actual", None),  # a result has no class without a qualifier
    ],
)
def test_qualifier_class(evidence: str, figure: str, qualifier: str | None, role: str, expected: str) -> None:
    from reportdiff.lang import profile
    from reportdiff.model import Indicator, Span
    from reportdiff.series.panel_rows import qualifier_class

    item = Indicator("x", "n", "n", 5.0, None, "%", qualifier, "change", role,  # type: ignore[arg-type]
                     2025, "plan", figure, evidence, "s", Span(0, 0))  # fmt: skip
    assert qualifier_class(item, profile("zh").issuers) == expected


def test_only_a_reports_own_year_targets_carry_verdicts(tmp_path: Path) -> None:
    # ids repeat across years: national 2016's target for 2020 (p2.16) once took the verdict of
    # 2020's own target with the same id
    folder = tmp_path / "national"
    folder.mkdir()
    for year in (2016, 2020, 2021):
        shutil.copy(CORPORA / "cn-state-council" / f"{year}.txt", folder / f"{year}.txt")
    figures = reportdiff.panel([folder], reportdiff.Settings(panel_terms=False), jobs=1).figures
    judged = figures[figures["verdict"].notna()]
    assert len(judged) > 5
    assert (judged["role"] == "target").all() and (judged["period"] == judged["year"]).all()
    assert set(judged["year"]) == {2020}


@needs_corpora
def test_a_year_that_sets_no_target_is_a_row_of_its_own() -> None:
    """2020's 没有提出全年经济增速具体目标: the timeline's ``not set`` is a panel row too, so a
    year with no target is told from a target not extracted."""
    no_terms = reportdiff.Settings(panel_terms=False)  # the figures alone: terms are tested elsewhere
    figures = reportdiff.panel([CORPORA / "cn-state-council"], no_terms, jobs=1).figures
    unset = figures[figures["verdict"] == "not set"]
    assert list(unset["year"]) == [2020] and list(unset["indicator"]) == ["国内生产总值"]
    assert unset["value"].isna().all() and list(unset["evidence"]) == ["没有提出全年经济增速具体目标"]


@needs_corpora
def test_one_region_is_spelt_one_way_in_a_series() -> None:
    """nm-hailar's headers say 海拉尔区 and 呼伦贝尔市海拉尔区: one issuer, one region value."""
    p = reportdiff.panel([CORPORA / "nm-hailar"], jobs=1)
    assert p.figures["region"].nunique() == 1 and p.reports["region"].nunique() == 1


def test_a_figure_without_a_unit_has_none_not_an_empty_string(tmp_path: Path) -> None:
    folder = tmp_path / "cn-prov-x"
    folder.mkdir()
    for year in (2024, 2025):
        (folder / f"{year}.txt").write_text(
            f"各位代表：\n一、{year - 1}年工作回顾\n新增市场主体6600多万。\n", encoding="utf-8"
        )
    figures = reportdiff.panel([tmp_path], jobs=1).figures
    assert len(figures) and figures["unit"].isna().all()


@needs_corpora
def test_the_national_panel_json_holds_every_verdict_and_purpose_and_meets_the_schema(tmp_path: Path) -> None:
    out = tmp_path / "national.json"
    args = ["panel", str(CORPORA / "cn-state-council"), "-o", str(out), "--no-terms"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code in (0, 1), result.output  # 1: a file of the folder could not be used
    data = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(data, SCHEMA)
    rows = data["figures"]
    assert {r["verdict"] for r in rows} >= {"met", "missed", "no outcome reported", "not set", "not judged"}
    purposes = {r["purpose"] for r in rows if r["verdict"] == "not judged"}
    assert purposes == {"allocation", "duration", "forecast"}
