"""HTML pages, the JSON Schema, notebook display, and determinism of every format."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import typing
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

import reportdiff
from reportdiff.cli import main
from reportdiff.model import PartKind
from reportdiff.render import notebook, render

from .conftest import CORPORA, SEED, needs_corpora

CASES = Path(__file__).parent / "cases"
OLD, NEW = CASES / "gating" / "2019.txt", CASES / "gating" / "2020.txt"
SCHEMA = json.loads(
    (resources.files("reportdiff") / "schema" / "reportdiff.schema.json").read_text(encoding="utf-8")
)


def _injected(tmp_path: Path) -> tuple[Path, Path]:
    old = tmp_path / "2019.txt"
    new = tmp_path / "2020.txt"
    old.write_text("各位代表：\n一、2019年主要任务\n推进城市更新。加强生态保护。\n", encoding="utf-8")
    new.write_text(
        '各位代表：\n一、2020年主要任务\n推进城市更新<script>document.title="pwned";'
        'document.body.innerHTML="pwned"</script>。加强生态保护。\n',
        encoding="utf-8",
    )
    return old, new


def test_html_page_is_self_contained_and_escaped(tmp_path: Path) -> None:
    old, new = _injected(tmp_path)
    page = render(reportdiff.compare(old, new), "html")
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page
    assert "<script" not in page and "&lt;script&gt;" in page
    assert "http://" not in page and "https://" not in page and "src=" not in page
    assert '<table class="sxs">' in page and ("<del>" in page or "<ins>" in page)


def test_html_links_a_moved_sentence_to_its_section() -> None:
    page = render(reportdiff.compare(OLD, NEW), "html")
    assert '<tr class="moved">' in page
    assert 'from <a href="#sec-p2">p2</a>' in page and 'id="sec-p2"' in page


def test_the_targets_are_listed_misses_first_in_every_view() -> None:
    """The eighteenth new user: the HTML page listed the targets in the report's order, so its
    misses sat among the goals with no outcome; every view now lists the misses, then what was
    met, then the rest (as the terminal did)."""
    old = reportdiff.parse("一、2020年主要任务\n城镇新增就业1100万人，粮食产量达到1.3万亿斤。", "2020.txt")
    new = reportdiff.parse("一、2020年工作回顾\n城镇新增就业1186万人，粮食产量1.2万亿斤。", "2021.txt")
    comparison = reportdiff.compare(old, new)
    assert [t.verdict for t in comparison.targets] == ["met", "missed"]  # the report's order
    for fmt, heading in (("html", "<summary>Targets"), ("markdown", "Targets judged")):
        listed = render(comparison, fmt).split(heading)[1]
        assert listed.index("粮食产量") < listed.index("城镇新增就业"), fmt


def test_the_page_names_its_files_without_the_readers_folders(tmp_path: Path) -> None:
    """The eighteenth new user: a page meant to be printed showed /work/shared/corpora/… in full.
    A path given whole is shown by its folder and name; a relative one as given."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("2019.txt", "2020.txt"):
        (folder / name).write_text((CASES / "gating" / name).read_text(encoding="utf-8"), encoding="utf-8")
    old, new = str(folder / "2019.txt"), str(folder / "2020.txt")
    page = CliRunner().invoke(main, ["diff", old, new, "--format", "html"])
    assert "reports/2019.txt → reports/2020.txt" in page.stdout
    assert str(tmp_path) not in page.stdout


def test_timeline_and_indicators_html() -> None:
    runner = CliRunner()
    page = runner.invoke(main, ["timeline", str(OLD), str(NEW), "--format", "html"]).output
    assert "<h2>Targets against outcomes</h2>" in page and "missed" in page
    page = runner.invoke(main, ["indicators", str(OLD), "--format", "html"]).output
    assert "<td>国内生产总值</td>" in page


_CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(
    not _CHROMIUM and not os.environ.get("CI"), reason="no chromium here (.ci/run installs it)"
)
def test_headless_chromium_shows_the_side_by_side_view_and_runs_no_script(tmp_path: Path) -> None:
    assert _CHROMIUM, "chromium is missing: .ci/run installs Debian's chromium package"
    old, new = _injected(tmp_path)
    page = tmp_path / "page.html"
    page.write_text(render(reportdiff.compare(old, new), "html"), encoding="utf-8")
    dom = subprocess.run(
        [_CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    assert '<table class="sxs">' in dom  # the side-by-side view is in the rendered DOM
    assert "<title>reportdiff: 2019 → 2020</title>" in dom  # the injected script did not retitle it
    assert "<h1>reportdiff: 2019 → 2020</h1>" in dom  # nor replace the body
    assert "&lt;script&gt;" in dom


class _Formatter:
    """Stands in for IPython's ``text/html`` formatter: records what is registered."""

    def __init__(self) -> None:
        self.by_type: dict[type, Callable[[Any], str]] = {}
        self.by_name: dict[tuple[str, str], Callable[[Any], str]] = {}

    def for_type(self, typ: type, func: Callable[[Any], str]) -> None:
        self.by_type[typ] = func

    def for_type_by_name(self, module: str, name: str, func: Callable[[Any], str]) -> None:
        self.by_name[module, name] = func


def test_notebook_display(monkeypatch: pytest.MonkeyPatch) -> None:
    formatter = _Formatter()
    shell = SimpleNamespace(display_formatter=SimpleNamespace(formatters={"text/html": formatter}))
    monkeypatch.setitem(sys.modules, "IPython", SimpleNamespace(get_ipython=lambda: shell))
    assert notebook.register_with_ipython()
    comparison = reportdiff.compare(OLD, NEW)
    page = formatter.by_type[type(comparison)](comparison)
    assert page.startswith("<p>") and "<th>missed</th>" in page
    assert repr(comparison).startswith("<Comparison ") and "\n" not in repr(comparison)
    timeline = reportdiff.track([OLD, NEW])
    cls = type(timeline)
    assert "<th>lineages</th>" in formatter.by_name[cls.__module__, cls.__name__](timeline)
    assert repr(timeline).startswith("<Timeline 2 reports 2019–2020") and "\n" not in repr(timeline)


def test_no_notebook_display_outside_ipython(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "IPython", raising=False)
    assert not notebook.register_with_ipython()
    monkeypatch.setitem(sys.modules, "IPython", SimpleNamespace(get_ipython=lambda: None))
    assert not notebook.register_with_ipython()  # IPython imported, but no shell running


# --- JSON Schema ---------------------------------------------------------------------------


def _validate(document: dict[str, object]) -> None:
    jsonschema.Draft202012Validator(SCHEMA).validate(document)


def test_schema_is_a_valid_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize(
    "args",
    [
        ["show", str(SEED)],
        ["diff", str(OLD), str(NEW)],
        ["indicators", str(SEED), str(OLD)],
        ["timeline", str(OLD), str(NEW)],
    ],
    ids=["show", "diff", "indicators", "timeline"],
)
def test_outputs_match_the_schema(args: list[str]) -> None:
    result = CliRunner().invoke(main, [*args, "--format", "json"])
    _validate(json.loads(result.output))


@needs_corpora
def test_real_outputs_match_the_schema() -> None:
    runner = CliRunner()
    national = CORPORA / "cn-state-council"
    _validate(json.loads(runner.invoke(main, ["diff", str(national / "2024.txt"), str(national / "2025.txt"),
                                              "--format", "json"]).output))  # fmt: skip
    _validate(
        json.loads(runner.invoke(main, ["timeline", str(CORPORA / "nm-hailar"), "--format", "json"]).output)
    )
    # a report with an annex (附件): its sections' part is ``annex`` (the eighteenth new user's finding 4)
    jiangxi = CORPORA / "cn-prov-jiangxi" / "2025.txt"
    annexed = json.loads(runner.invoke(main, ["show", str(jiangxi), "--format", "json"]).output)
    assert "annex" in {section["part"] for section in annexed["sections"]}
    _validate(annexed)


def test_the_schema_names_every_part_kind() -> None:
    defs = SCHEMA["$defs"]
    for part in (defs["indicator"]["properties"]["part"], defs["report"]["properties"]["sections"]["items"]
                 ["properties"]["part"]):  # fmt: skip
        assert set(part["enum"]) == set(typing.get_args(PartKind))


def test_a_broken_document_fails_the_schema() -> None:
    document = json.loads(CliRunner().invoke(main, ["diff", str(OLD), str(NEW), "--format", "json"]).output)
    del document["commitments"]
    with pytest.raises(jsonschema.ValidationError):
        _validate(document)


# --- determinism ----------------------------------------------------------------------------


@needs_corpora
@pytest.mark.parametrize("fmt", ["json", "markdown", "html", "terminal"])
def test_national_pair_is_byte_identical_run_to_run(fmt: str) -> None:
    national = CORPORA / "cn-state-council"
    args = ["diff", str(national / "2024.txt"), str(national / "2025.txt"), "--format", fmt, "--width", "100"]
    runner = CliRunner()
    assert runner.invoke(main, args).output == runner.invoke(main, args).output


# --- golden snapshots of every format ---------------------------------------------------------

ROOT = Path(__file__).resolve().parents[1]
_GOLDEN = [
    (["diff", "--format", "terminal", "--width", "100"], "gating-diff.txt"),
    (["diff", "--format", "json"], "gating-diff.json"),
    (["diff", "--format", "markdown"], "gating-diff.md"),
    (["diff", "--format", "html"], "gating-diff.html"),
    (["timeline", "--format", "csv", "--table", "targets"], "gating-timeline-targets.csv"),
]


@pytest.mark.parametrize(("args", "golden"), _GOLDEN, ids=[g for _, g in _GOLDEN])
def test_golden_snapshot(monkeypatch: pytest.MonkeyPatch, args: list[str], golden: str) -> None:
    monkeypatch.chdir(ROOT)  # the snapshots hold the paths as given, relative to the checkout
    command, *options = args
    paths = ["tests/cases/gating/2019.txt", "tests/cases/gating/2020.txt"]
    result = CliRunner().invoke(main, [command, *paths, *options])
    assert result.output == (CASES / "render" / golden).read_text(encoding="utf-8")
