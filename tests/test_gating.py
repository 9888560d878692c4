"""``reportdiff diff --fail-on``: exit 1 only for the listed kinds of change."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

import reportdiff
from reportdiff.cli import main
from reportdiff.gating import FAIL_KINDS, failures

from .conftest import CORPORA, needs_corpora

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


@needs_corpora
def test_a_full_list_of_terms_says_it_is_capped() -> None:
    """A term list holds only the most notable: a count that fills it says there may be more,
    not that exactly that many were found; a shorter one is the count."""
    national = CORPORA / "cn-state-council"
    args = ["diff", str(national / "2024.txt"), str(national / "2025.txt"), "-q", "--fail-on", "new-terms"]
    full = CliRunner().invoke(main, args)
    assert full.exit_code == 1
    capped = "reportdiff: --fail-on new-terms: 30 (the list's 30 most notable; there may be more)\n"
    assert full.stderr == capped
    short = CliRunner().invoke(main, ["diff", str(OLD), str(NEW), "-q", "--fail-on", "new-terms"])
    assert "more" not in short.stderr and short.exit_code == 1


@needs_corpora
def test_max_terms_sets_the_lists_length_and_keeps_their_head() -> None:
    """--max-terms: a longer list only adds at the end (the most notable come first either way),
    a shorter one is the head of the default; --fail-on's count says which length filled it."""
    national = CORPORA / "cn-state-council"
    pair = ["diff", str(national / "2024.txt"), str(national / "2025.txt"), "--format", "json"]
    lists = {}
    for most in (None, 10, 45):
        result = CliRunner().invoke(main, [*pair, *([] if most is None else ["--max-terms", str(most)])])
        lists[most] = [t["term"] for t in json.loads(result.stdout)["terms"]["new"]]
    assert (len(lists[None]), len(lists[10]), len(lists[45])) == (30, 10, 45)
    assert lists[10] == lists[None][:10] and lists[45][:30] == lists[None]
    gated = CliRunner().invoke(main, [*pair[:3], "-q", "--fail-on", "new-terms", "--max-terms", "10"])
    capped = "reportdiff: --fail-on new-terms: 10 (the list's 10 most notable; there may be more)\n"
    assert gated.stderr == capped
    refused = CliRunner().invoke(main, [*pair, "--max-terms", "0"])
    assert refused.exit_code == 2


def test_watch_without_fail_on_is_refused(tmp_path: Path) -> None:
    """--watch narrows --fail-on; alone it would change nothing, so it is refused, not ignored."""
    watch = tmp_path / "watch.txt"
    watch.write_text("生态保护\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", str(OLD), str(NEW), "--watch", str(watch)])
    assert result.exit_code == 2
    assert "--watch narrows --fail-on's commitment kinds; give --fail-on too" in result.output


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


def test_a_watch_list_narrows_commitment_kinds_to_promises_truly_dropped(tmp_path: Path) -> None:
    old = tmp_path / "2019.txt"
    new = tmp_path / "2020.txt"
    watch = tmp_path / "watch.txt"
    promises = "构建亲清政商关系。推进城市更新。加强生态保护。"
    old.write_text(f"各位代表：\n一、2019年主要任务\n{promises}\n", encoding="utf-8")
    new.write_text("各位代表：\n一、2020年主要任务\n全面推进城市更新行动。加强生态保护。\n", encoding="utf-8")
    runner = CliRunner()

    def exit_code(*phrases: str) -> int:
        watch.write_text("# followed\n" + "\n".join(phrases) + "\n", encoding="utf-8")
        args = ["diff", str(old), str(new), "--fail-on", "dropped-commitments", "--watch", str(watch)]
        return runner.invoke(main, args).exit_code

    assert exit_code("城市更新", "生态保护") == 0  # reworded, still promised
    assert exit_code("城市更新", "亲清政商关系") == 1  # gone from the new plan


def _watched_pair(tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "2019.txt", tmp_path / "2020.txt"
    old.write_text("各位代表：\n一、2019年主要任务\n构建亲清政商关系。推进城市更新。\n", encoding="utf-8")
    new.write_text("各位代表：\n一、2020年主要任务\n全面推进城市更新行动。\n", encoding="utf-8")
    return old, new


def test_every_format_shows_what_became_of_each_watched_phrase(tmp_path: Path) -> None:
    """The eighteenth new user: --watch reached only standard error; the JSON was the same with
    and without it and no view said which watched promises were kept.  Every format now lists
    each phrase with what became of it; without --watch the JSON has no such key."""
    old, new = _watched_pair(tmp_path)
    watch = tmp_path / "watch.txt"
    watch.write_text("城市更新\n亲清政商关系\n低空经济\n", encoding="utf-8")
    args = ["diff", str(old), str(new), "--fail-on", "dropped-commitments", "--watch", str(watch)]
    runner = CliRunner()
    document = json.loads(runner.invoke(main, [*args, "--format", "json"]).stdout)
    assert document["watched"] == [
        {"phrase": "城市更新", "status": "kept"},
        {"phrase": "亲清政商关系", "status": "dropped"},
        {"phrase": "低空经济", "status": "in neither plan"},
    ]
    schema = Path(reportdiff.__file__).parent / "schema" / "reportdiff.schema.json"
    jsonschema.validate(document, json.loads(schema.read_text("utf-8")))
    plain = json.loads(runner.invoke(main, ["diff", str(old), str(new), "--format", "json"]).stdout)
    assert "watched" not in plain
    markdown = runner.invoke(main, [*args, "--format", "markdown"]).stdout
    assert "Watched promises (3)" in markdown and "- **dropped** 亲清政商关系" in markdown
    page = runner.invoke(main, [*args, "--format", "html"]).stdout
    assert '<span class="dropped">dropped</span> 亲清政商关系' in page
    terminal = runner.invoke(main, [*args, "--color", "never", "--no-pager", "--width", "200"]).stdout
    assert "Watched  城市更新 kept · 亲清政商关系 dropped · 低空经济 in neither plan" in terminal


def test_the_failing_watched_promise_is_named_even_when_quiet(tmp_path: Path) -> None:
    """A CI log says which promise failed the job, with -q too (-q quiets standard output)."""
    old, new = _watched_pair(tmp_path)
    watch = tmp_path / "watch.txt"
    watch.write_text("城市更新\n亲清政商关系\n", encoding="utf-8")
    args = ["diff", str(old), str(new), "--fail-on", "dropped-commitments", "--watch", str(watch)]
    for quiet in ([], ["-q"]):
        result = CliRunner().invoke(main, [*args, *quiet])
        assert result.exit_code == 1
        assert result.stderr == "reportdiff: --fail-on dropped-commitments: 1 (亲清政商关系)\n"


@pytest.mark.parametrize(
    ("kind", "review", "named"),
    [
        ("missed-targets", "粮食产量1.2万亿斤，新增就业1000万人。", "2 (粮食产量, 城镇新增就业)"),
        ("unreported-targets", "新增就业1200万人。", "1 (粮食产量)"),
    ],
)
def test_the_targets_a_gate_counts_are_named_in_the_reason(
    tmp_path: Path, kind: str, review: str, named: str
) -> None:
    """The eighteenth new user: ``--fail-on missed-targets`` gave only a count; a CI log now names
    the indicators (the first five, then how many more), and the twenty-third: so does
    ``unreported-targets``, the targets a deputy would check."""
    old, new = tmp_path / "2020.txt", tmp_path / "2021.txt"
    old.write_text("各位代表：\n一、2020年主要任务\n粮食产量达到1.3万亿斤，新增就业1100万人。\n", "utf-8")
    new.write_text(f"各位代表：\n一、2020年工作回顾\n{review}\n", "utf-8")
    result = CliRunner().invoke(main, ["diff", str(old), str(new), "-q", "--fail-on", kind])
    assert result.exit_code == 1
    assert result.stderr == f"reportdiff: --fail-on {kind}: {named}\n"


@pytest.mark.parametrize("content", ["", "\n\n", "# only a comment\n  # and another\n"])
def test_a_watch_list_naming_no_phrase_is_an_error(tmp_path: Path, content: str) -> None:
    """An empty list would watch nothing, so every dropped commitment would fail the job."""
    old, new = _watched_pair(tmp_path)
    watch = tmp_path / "watch.txt"
    watch.write_text(content, encoding="utf-8")
    args = ["diff", str(old), str(new), "--fail-on", "dropped-commitments", "--watch", str(watch)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert result.output == (
        f"Error: {watch}: the --watch list names no phrase (only blank lines or # comments); "
        "write one promise's phrase a line, or leave out --watch\n"
    )


def test_a_watched_phrase_in_neither_report_is_warned_of(tmp_path: Path) -> None:
    old, new = _watched_pair(tmp_path)
    watch = tmp_path / "watch.txt"
    watch.write_text("城市更新\n不存在的承诺\n", encoding="utf-8")
    args = ["diff", str(old), str(new), "--fail-on", "dropped-commitments", "--watch", str(watch)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0
    assert result.stderr == (
        "reportdiff: warning: --watch: 不存在的承诺 is in neither report; it cannot fail the job\n"
    )


def test_a_wrong_option_is_one_error_line() -> None:
    result = CliRunner().invoke(main, ["diff", str(OLD), str(NEW), "--format", "json", "--context", "3"])
    assert result.exit_code == 2
    assert result.output.startswith(
        "Error: --context does not apply to --format json; it applies to terminal, html (see "
    )
    assert result.output.endswith(" diff --help)\n") and result.output.count("\n") == 1


@needs_corpora
def test_the_ci_example_passes_an_ordinary_year_and_fails_a_true_drop() -> None:
    """examples/github-actions: the national 2024→2025 pair passes; 2023→2024, where
    构建亲清政商关系 (promised 2016–2023) is gone, fails."""
    watch = Path(__file__).parents[1] / "examples" / "github-actions" / "watched-promises.txt"
    national = CORPORA / "cn-state-council"
    runner = CliRunner()

    def run(old: int, new: int) -> int:
        args = ["diff", str(national / f"{old}.txt"), str(national / f"{new}.txt"), "--format", "json"]
        args += ["--fail-on", "dropped-commitments,missed-targets", "--watch", str(watch)]
        return runner.invoke(main, args).exit_code

    assert run(2024, 2025) == 0
    assert run(2023, 2024) == 1


@needs_corpora
def test_max_terms_in_a_timeline_keeps_each_years_head() -> None:
    """timeline --max-terms N: each year's first mentions are at most N, the head of the default list."""
    files = [str(p) for p in sorted((CORPORA / "nm-hailar").glob("*.txt"))]
    table = ["timeline", *files, "--format", "csv", "--table", "terms", "--jobs", "1"]
    lists: dict[int | None, dict[str, list[str]]] = {}
    for most in (None, 5):
        result = CliRunner().invoke(main, [*table, *([] if most is None else ["--max-terms", str(most)])])
        assert result.exit_code == 0, result.output
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        lists[most] = {}
        for row in rows:
            lists[most].setdefault(row["year"], []).append(row["term"])
    assert lists[5] and all(len(terms) == 5 for terms in lists[5].values())
    assert all(terms == lists[None][year][:5] for year, terms in lists[5].items())


def test_a_pair_the_wrong_way_round_or_a_year_apart_is_told(tmp_path: Path) -> None:
    """A new user: ``diff 2026.txt 2025.txt`` said nothing and headed 2025's targets "Targets of
    2026"; ``diff 2012.txt 2014.txt --fail-on missed-targets`` passed with no word that no target
    could be judged.  Both now get a warning on standard error, and the heading is the year the
    targets were set for."""
    runner = CliRunner()
    reversed_ = runner.invoke(main, ["diff", str(NEW), str(OLD), "--color", "never", "--no-pager"])
    assert reversed_.stderr.startswith("reportdiff: warning: OLD is the report of 2020 and NEW of 2019")
    assert "Targets of 2019" in reversed_.stdout and "Targets of 2020" not in reversed_.stdout
    later = tmp_path / "2022.txt"
    later.write_text(NEW.read_text(encoding="utf-8").replace("2020", "2022").replace("2019", "2021"), "utf-8")
    apart = runner.invoke(main, ["diff", str(OLD), str(later), "-q", "--fail-on", "missed-targets"])
    assert apart.exit_code == 0
    assert apart.stderr == (
        "reportdiff: warning: NEW is 2022's report, not the year after OLD's (2019): "
        "no target of 2019 is judged\n"
    )
    assert runner.invoke(main, ["diff", str(OLD), str(NEW), "-q"]).stderr == ""


def test_a_new_file_that_cannot_answer_the_targets_is_told(tmp_path: Path) -> None:
    """The eighteenth new user: ``--fail-on missed-targets`` passed with no word when NEW was
    OLD again, a page with no year, or a saved error page named as the next year's report.
    Each now gets a warning saying no target of OLD is met or missed, so the gate can only pass."""
    runner = CliRunner()

    def warned(new: Path) -> str:
        result = runner.invoke(main, ["diff", str(OLD), str(new), "-q", "--fail-on", "missed-targets"])
        assert result.exit_code == 0
        return result.stderr

    same = "reportdiff: warning: OLD and NEW are both 2019's report: no target of 2019 is judged\n"
    assert warned(OLD) == same
    page = "404 Not Found\n\nThe page you requested could not be found. 您访问的页面不存在，请返回首页。\n"
    nameless = tmp_path / "download.txt"
    nameless.write_text(page, encoding="utf-8")
    assert warned(nameless).startswith("reportdiff: warning: NEW's year is unknown")
    named = tmp_path / "2020.txt"
    named.write_text(page, encoding="utf-8")
    assert warned(named) == (
        "reportdiff: warning: NEW (2020) has no part reviewing the year, and no target of 2019 is met "
        "or missed in it: is it the work report?\n"
    )
    # the twenty-first new user: an English error page got only the two-languages warning (targets
    # are read in NEW's language, which read none of OLD's)
    named.write_text("404 Not Found\n\nnginx\n", encoding="utf-8")
    assert "no target of 2019 is met or missed in it: is it the work report?" in warned(named)


def test_diff_takes_official_outcomes_too(tmp_path: Path) -> None:
    """A new user: ``--actuals`` worked for timeline and panel, not for diff.  A row answers a
    target the new report gives no outcome for; a bad table is told before any work."""
    table = tmp_path / "actuals.csv"
    table.write_text("region,year,indicator,value\n,2019,新增养老床位,320\n", encoding="utf-8")
    pair = ["diff", str(OLD), str(NEW), "--format", "json"]

    def beds(*more: str) -> dict[str, str]:
        result = CliRunner().invoke(main, [*pair, *more])
        return next(t for t in json.loads(result.stdout)["targets"] if t["indicator"] == "新增养老床位")

    judged = beds("--actuals", str(table))
    assert (judged["verdict"], judged["rule"].endswith("(official outcome table)")) == ("met", True)
    assert beds()["verdict"] == "no outcome reported"
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n", encoding="utf-8")
    refused = CliRunner().invoke(main, ["diff", str(OLD), str(NEW), "--actuals", str(bad)])
    assert refused.exit_code == 2 and refused.output.startswith(f"Error: {bad}: has no column")


@needs_corpora
def test_a_watched_promise_said_a_little_otherwise_is_kept() -> None:
    """National 2019→2020 dropped one 的 of the exchange-rate promise and Xizang 2025→2026 said
    乡村全面振兴 for 乡村振兴: the promises are kept, the job passes (the twelfth new user's
    finding 4); a phrase the new plan really lacks still fails (2023→2024)."""
    watch = Path(__file__).parents[1] / "examples" / "github-actions" / "watched-promises.txt"

    def run(folder: str, old: int, new: int, phrases: Path) -> int:
        args = ["diff", str(CORPORA / folder / f"{old}.txt"), str(CORPORA / folder / f"{new}.txt"), "--stat"]
        args += ["--fail-on", "dropped-commitments", "--watch", str(phrases)]
        return CliRunner().invoke(main, args).exit_code

    assert run("cn-state-council", 2019, 2020, watch) == 0
    assert run("cn-prov-xizang", 2025, 2026, watch) == 0
    assert run("cn-state-council", 2023, 2024, watch) == 1


def test_a_watched_promise_taken_back_is_dropped(tmp_path: Path) -> None:
    """A promise said again only to take it back (``不再坚持…``, ``停止实施…``) is not kept: the
    gate fails, and the comparison lists it dropped with a new promise beside it, not repeated
    (the twelfth new user's finding 4: a negation passed the job)."""
    old, new, watch = tmp_path / "2024.txt", tmp_path / "2025.txt", tmp_path / "watch.txt"
    old.write_text("各位代表：\n一、2024年主要任务\n坚持和完善基层群众自治制度，实施东北振兴战略。推进城市更新。\n",
                   encoding="utf-8")  # fmt: skip
    new.write_text("各位代表：\n一、2025年主要任务\n不再坚持基层群众自治制度，停止实施东北振兴战略。推进城市更新。\n",
                   encoding="utf-8")  # fmt: skip
    comparison = reportdiff.compare(old, new)
    status = {(c.status, (c.old or c.new).object) for c in comparison.commitments}  # type: ignore[union-attr]
    taken_back = {("dropped", "基层群众自治制度"), ("new", "基层群众自治制度"), ("dropped", "东北振兴战略")}
    assert taken_back <= status
    assert ("repeated", "城市更新") in status
    for phrase, code in (("基层群众自治制度", 1), ("东北振兴战略", 1), ("城市更新", 0)):
        watch.write_text(phrase + "\n", encoding="utf-8")
        args = ["diff", str(old), str(new), "--fail-on", "dropped-commitments", "--watch", str(watch)]
        assert CliRunner().invoke(main, args).exit_code == code, phrase


@needs_corpora
def test_a_national_promise_taken_back_fails_the_example_gate(tmp_path: Path) -> None:
    """The example's watch list on national 2024→2025, the 2025 report edited to take one
    watched promise back: the job that passes on the real pair fails."""
    watch = Path(__file__).parents[1] / "examples" / "github-actions" / "watched-promises.txt"
    text = (CORPORA / "cn-state-council" / "2025.txt").read_text(encoding="utf-8")
    assert text.count("坚持和完善民族区域自治制度") == 1
    edited = tmp_path / "2025.txt"
    taken_back = text.replace("坚持和完善民族区域自治制度", "不再坚持民族区域自治制度")
    edited.write_text(taken_back, encoding="utf-8")
    old = CORPORA / "cn-state-council" / "2024.txt"
    for new, code in ((CORPORA / "cn-state-council" / "2025.txt", 0), (edited, 1)):
        args = ["diff", str(old), str(new), "--fail-on", "dropped-commitments", "--watch", str(watch)]
        assert CliRunner().invoke(main, args).exit_code == code, new


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        ("（一）大力推进现代化产业体系建设，加快发展新质生产力。", "新质生产力"),  # a heading
        ("完整、准确、全面贯彻新发展理念。", "新发展理念"),  # marks inside: no commitment read
        ("构建亲清新型政商关系，健全政企沟通机制。", "亲清政商关系"),  # a word more
    ],
)
def test_a_watched_promise_the_old_plan_says_otherwise_than_a_commitment_fails_when_gone(
    tmp_path: Path, said: str, phrase: str
) -> None:
    """The fourteenth new user's finding 1: the old side needed a commitment holding the phrase
    word for word, so a promise made in a heading, with marks inside or a word more could never
    fail the job — and the last was said to be "in neither report"."""
    old, new, watch = tmp_path / "2024.txt", tmp_path / "2025.txt", tmp_path / "watch.txt"
    old.write_text(f"各位代表：\n一、2024年主要任务\n{said}\n推进城市更新。\n", encoding="utf-8")
    new.write_text("各位代表：\n一、2025年主要任务\n推进城市更新。\n", encoding="utf-8")
    watch.write_text(f"{phrase}\n城市更新\n", encoding="utf-8")
    args = ["diff", str(old), str(new), "--fail-on", "dropped-commitments", "--watch", str(watch)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    assert result.stderr == f"reportdiff: --fail-on dropped-commitments: 1 ({phrase})\n"
    kept = CliRunner().invoke(main, ["diff", str(old), str(old), *args[3:]])
    assert (kept.exit_code, kept.stderr) == (0, "")  # the same year, but OLD sets no target


def _workflow_step() -> str:
    """The CI example's comparing step, the shell script GitHub runs."""
    workflow = Path(__file__).parents[1] / "examples" / "github-actions" / "report-change-summary.yml"
    lines = workflow.read_text(encoding="utf-8").splitlines()
    start = next(k for k, line in enumerate(lines) if line.strip() == "run: |" and "Compare" in lines[k - 2])
    indent = len(lines[start + 1]) - len(lines[start + 1].lstrip())
    body = []
    for line in lines[start + 1 :]:
        if line.strip() and len(line) - len(line.lstrip()) < indent:
            break
        body.append(line[indent:])
    return "\n".join(body) + "\n"


def test_the_ci_example_fails_and_says_why_when_an_added_year_cannot_be_read(tmp_path: Path) -> None:
    """The twenty-first new user: a pull request adding a year whose file cannot be read made the
    example's step exit 0 with an empty summary (its size sum met a Markdown file never written),
    and an unreadable later year in the folder failed every pair through ``--history``. Each pair
    is compared or said not to be, and the job fails with the file named."""
    import shutil
    import subprocess
    import sys

    repo = tmp_path / "repo"
    folder = repo / "corpora" / "gating"
    folder.mkdir(parents=True)
    shutil.copy(OLD, folder / "2019.txt")
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"  # where reportdiff is
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@t", "PATH": path}  # fmt: skip

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    git("add", ".")
    git("commit", "-qm", "base")
    git("update-ref", "refs/remotes/origin/main", "HEAD")
    shutil.copy(NEW, folder / "2020.txt")
    (folder / "2021.txt").write_bytes(b"")  # added too, and unreadable
    git("add", ".")
    git("commit", "-qm", "two years")
    (repo / ".github").mkdir()
    (repo / ".github" / "watched-promises.txt").write_text("智慧城市建设\n", encoding="utf-8")
    summary = tmp_path / "summary.md"
    summary.write_text("", encoding="utf-8")
    env.update(GITHUB_BASE_REF="main", GITHUB_STEP_SUMMARY=str(summary), WATCH=".github/watched-promises.txt",
               FAIL_ON="dropped-commitments,missed-targets")  # fmt: skip
    step = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", _workflow_step()],
                          cwd=repo, env=env, capture_output=True, text=True)  # fmt: skip
    written = summary.read_text(encoding="utf-8")
    assert step.returncode == 2, step.stderr
    assert "corpora/gating/2020.txt → corpora/gating/2021.txt could not be compared" in written
    assert "2021.txt" in written and "empty" in written
    assert (repo / "diffs" / "gating-2020.md").exists()  # 2019 → 2020 compared, 2021 in the folder or not
    assert "## " in written.split("could not be compared")[0]
