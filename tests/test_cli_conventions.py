"""The habits of git, less and grep users, each a test: colour, pager, whole lines when piped,
--stat, -q, standard input, view options that apply or are refused, write errors.

Where a terminal matters, the command runs in a fresh interpreter whose standard output is a
pseudo-terminal (``pty``) of a known size.
"""

from __future__ import annotations

import fcntl
import gc
import json
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportdiff.cli import main
from reportdiff.render.wrap import display_width

from .conftest import CORPORA, SEED, needs_corpora

runner = CliRunner()
ESC = "\x1b["
_CLEAN = ("NO_COLOR", "PAGER", "REPORTDIFF_PAGER", "COLUMNS", "LINES", "LESS", "FORCE_COLOR", "TERM")


def on_terminal(args: list[str], env: dict[str, str] | None = None, rows: int = 24) -> tuple[int, str]:
    """Run ``reportdiff ARGS`` with standard output and error on a pseudo-terminal of ``rows``
    lines and 100 columns; its exit code and everything it printed."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, 100, 0, 0))
    clean = {k: v for k, v in os.environ.items() if k not in _CLEAN} | {"TERM": "xterm"}
    process = subprocess.Popen(
        [sys.executable, "-m", "reportdiff", *args],
        stdin=subprocess.DEVNULL, stdout=slave, stderr=slave, env=clean | (env or {}),
    )  # fmt: skip
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the other side is closed
            break
        if not data:
            break
        chunks.append(data)
    code = process.wait()
    os.close(master)
    return code, b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n")


PAGER = "sed s/^/PAGED:/"
"""A pager that shows it was used: it marks every line it is given."""


# --- colour ------------------------------------------------------------------------------


def test_a_terminal_gets_colour() -> None:
    code, out = on_terminal(["show", str(SEED), "--no-pager"])
    assert code == 0 and ESC in out


def test_no_color_in_the_environment_turns_colour_off_on_a_terminal() -> None:
    code, out = on_terminal(["show", str(SEED), "--no-pager"], {"NO_COLOR": "1"})
    assert code == 0 and "Outline" in out and ESC not in out


def test_color_never_on_a_terminal_and_always_through_a_pipe() -> None:
    code, out = on_terminal(["show", str(SEED), "--no-pager", "--color", "never"])
    assert code == 0 and ESC not in out
    piped = runner.invoke(main, ["show", str(SEED), "--color", "always"])
    assert piped.exit_code == 0 and ESC in piped.output
    plain = runner.invoke(main, ["show", str(SEED)])
    assert ESC not in plain.output


# --- pager -------------------------------------------------------------------------------


def test_output_longer_than_the_screen_goes_through_the_pager() -> None:
    code, out = on_terminal(["show", str(SEED)], {"REPORTDIFF_PAGER": PAGER})
    lines = [line for line in out.splitlines() if line.strip()]
    assert code == 0 and len(lines) > 24
    assert all(line.startswith("PAGED:") for line in lines)


def test_pager_falls_back_to_PAGER_and_no_pager_turns_it_off() -> None:
    code, out = on_terminal(["show", str(SEED)], {"PAGER": "sed s/^/P2:/"})
    assert code == 0 and out.startswith("P2:")
    code, out = on_terminal(["show", str(SEED), "--no-pager"], {"REPORTDIFF_PAGER": PAGER})
    assert code == 0 and "PAGED:" not in out and "Outline" in out


def test_output_that_fits_the_screen_is_not_paged(tmp_path: Path) -> None:
    small = tmp_path / "2020.txt"
    small.write_text("各位代表：\n一、2019年工作回顾\n新增就业岗位3万个。\n", encoding="utf-8")
    code, out = on_terminal(["show", str(small)], {"REPORTDIFF_PAGER": PAGER}, rows=60)
    assert code == 0 and "PAGED:" not in out and "Title" in out


def test_piped_output_is_never_paged() -> None:
    env = {k: v for k, v in os.environ.items() if k != "PAGER"} | {"REPORTDIFF_PAGER": PAGER}
    done = subprocess.run(
        [sys.executable, "-m", "reportdiff", "show", str(SEED)], capture_output=True, text=True, env=env
    )
    assert done.returncode == 0 and "PAGED:" not in done.stdout


# --- whole lines when piped ----------------------------------------------------------------


def _edited(tmp_path: Path) -> Path:
    """The seed with one long sentence reworded."""
    text = SEED.read_text(encoding="utf-8")
    edited = tmp_path / "2020.txt"
    edited.write_text(text.replace("新增就业岗位", "新增各类就业岗位"), encoding="utf-8")
    return edited


def test_piped_diff_keeps_each_sentence_on_one_line(tmp_path: Path) -> None:
    result = runner.invoke(main, ["diff", str(SEED), str(_edited(tmp_path))])
    assert result.exit_code == 1
    changed = [line for line in result.output.splitlines() if "{+各类+}" in line]
    assert changed, result.output
    for line in changed:  # the whole sentence, both ends included, on its line
        assert line.strip().endswith("。"), line


@needs_corpora
def test_piped_timeline_crops_nothing() -> None:
    files = [str(CORPORA / "cn-state-council" / f"{year}.txt") for year in (2023, 2024, 2025)]
    result = runner.invoke(main, ["timeline", *files])
    assert result.exit_code == 0, result.output
    assert "…" not in result.output.replace("… ", "")  # "… N more series" is a note, not a cut
    rows = [line for line in result.output.splitlines() if line.startswith("│ 国内生产总值")]
    assert rows and all("(202" in row for row in rows)  # the latest value and its year, whole


# --- --stat and -q -----------------------------------------------------------------------


def test_stat_counts_per_section_add_up_to_the_summary(tmp_path: Path) -> None:
    new = _edited(tmp_path)
    stat = runner.invoke(main, ["diff", str(SEED), str(new), "--stat"])
    assert stat.exit_code == 1
    data = json.loads(runner.invoke(main, ["diff", str(SEED), str(new), "--format", "json"]).output)
    total = next(line for line in stat.output.splitlines() if line.strip().startswith("total"))
    assert total.split()[1:3] == [str(data["summary"]["unchanged"]), str(data["summary"]["modified"])]
    assert "{+" not in stat.output  # counts only, no sentences
    assert "一、2019年工作回顾" in stat.output


def test_quiet_prints_nothing_and_the_exit_code_tells(tmp_path: Path) -> None:
    same = runner.invoke(main, ["diff", str(SEED), str(SEED), "-q"])
    assert (same.exit_code, same.output) == (0, "")
    differs = runner.invoke(main, ["diff", str(SEED), str(_edited(tmp_path)), "--quiet"])
    assert (differs.exit_code, differs.output) == (1, "")
    out = tmp_path / "change.json"
    written = runner.invoke(
        main, ["diff", str(SEED), str(_edited(tmp_path)), "-q", "--format", "json", "-o", str(out)]
    )
    assert written.exit_code == 1 and json.loads(out.read_text(encoding="utf-8"))["summary"]


# --- standard input ----------------------------------------------------------------------


def test_dash_reads_standard_input_for_diff_and_indicators(tmp_path: Path) -> None:
    new = _edited(tmp_path)
    piped = runner.invoke(main, ["diff", "-", str(new), "--format", "json"], input=SEED.read_bytes())
    named = runner.invoke(main, ["diff", str(SEED), str(new), "--format", "json"])
    assert piped.exit_code == named.exit_code == 1
    ours, reference = json.loads(piped.output), json.loads(named.output)
    assert ours["summary"] == reference["summary"] and ours["old"]["source"] == "<stdin>"
    figures = runner.invoke(main, ["indicators", "-", "--format", "csv"], input=SEED.read_bytes())
    assert figures.exit_code == 0 and figures.output.count("\n") > 100


# --- view options apply or are refused ------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "flag"),
    [
        (["diff", str(SEED), str(SEED), "--format", "json", "--context", "3"], "--context"),
        (["diff", str(SEED), str(SEED), "--format", "json", "--side-by-side"], "--side-by-side"),
        (["diff", str(SEED), str(SEED), "--format", "json", "--stat"], "--stat"),
        (["timeline", str(SEED), "--format", "json", "--table", "targets"], "--table"),
        (["timeline", str(SEED), "--format", "csv", "--match", "GDP"], "--match"),
        (["timeline", str(SEED), "--format", "json", "--min-years", "3"], "--min-years"),
    ],
)
def test_a_view_option_the_format_ignores_is_refused(args: list[str], flag: str) -> None:
    result = runner.invoke(main, args)
    assert result.exit_code == 2
    assert f"Error: {flag} does not apply to --format {args[args.index('--format') + 1]}" in result.output


def test_only_narrows_json_and_markdown(tmp_path: Path) -> None:
    new = _edited(tmp_path)
    data = json.loads(
        runner.invoke(main, ["diff", str(SEED), str(new), "--format", "json", "--only", "modified"]).output
    )
    assert data["sentences"] and {s["status"] for s in data["sentences"]} == {"modified"}
    assert data["summary"]["unchanged"] > 0  # the counts still count everything
    markdown = runner.invoke(
        main, ["diff", str(SEED), str(new), "--format", "markdown", "--only", "modified"]
    )
    assert "**modified**" in markdown.output and "**unchanged**" not in markdown.output
    assert "New commitments" not in markdown.output


# --- write errors ------------------------------------------------------------------------


def test_writing_to_a_missing_folder_exits_2_on_one_line(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "x.json"
    result = runner.invoke(main, ["show", str(SEED), "--format", "json", "-o", str(target)])
    assert result.exit_code == 2
    assert result.output == (
        f"Error: {target}: cannot write (No such file or directory); create its folder first, "
        "or give another path\n"
    )


def test_a_missing_output_folder_is_refused_before_the_work(tmp_path: Path) -> None:
    """Refused before any report is read (a timeline took three seconds to say so): here the
    report given is missing too, and the error names the output."""
    target = tmp_path / "missing" / "x.json"
    missing = str(tmp_path / "none.txt")
    result = runner.invoke(main, ["timeline", missing, "--format", "json", "-o", str(target)])
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: {target}: cannot write (No such file or directory)")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_on_standard_output_exits_2() -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "reportdiff", "show", str(SEED), "--format", "json"],
            stdout=full, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.startswith("Error: standard output: cannot write (No space left on device)")
    assert "Traceback" not in done.stderr


def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    command = f"{sys.executable} -m reportdiff show {SEED} --format json | head -1"
    done = subprocess.run(command, shell=True, capture_output=True, text=True)
    assert done.stdout.startswith("{") and done.stderr == ""


# --- issuers -----------------------------------------------------------------------------


def _report(tmp_path: Path, region: str, year: int) -> Path:
    path = tmp_path / region / f"{year}.txt"
    path.parent.mkdir(exist_ok=True)
    path.write_text(
        f"{year}年{region}政府工作报告\n各位代表：\n一、{year - 1}年工作回顾\n地区生产总值增长5%。\n"
        f"二、{year}年主要任务\n地区生产总值增长5%左右。\n",
        encoding="utf-8",
    )
    return path


def test_two_issuers_compared_get_a_warning_on_standard_error(tmp_path: Path) -> None:
    anhui, fujian = _report(tmp_path, "安徽省", 2025), _report(tmp_path, "福建省", 2025)
    result = runner.invoke(main, ["diff", str(anhui), str(fujian), "--format", "json"])
    assert result.exit_code == 0
    assert result.stderr == (
        "reportdiff: warning: the reports come from different issuers (安徽省 and 福建省); "
        "the comparison may mean little\n"
    )
    json.loads(result.stdout)  # standard output holds only the result
    same = runner.invoke(main, ["diff", str(anhui), str(_report(tmp_path, "安徽省", 2026))])
    assert "warning" not in same.stderr


def test_a_timeline_of_two_issuers_is_refused_unless_asked_for(tmp_path: Path) -> None:
    files = [str(_report(tmp_path, "安徽省", 2024)), str(_report(tmp_path, "福建省", 2025))]
    refused = runner.invoke(main, ["timeline", *files, "--format", "json"])
    assert refused.exit_code == 2
    assert refused.output == (
        f"Error: {files[1]}: is a report of 福建省, {files[0]} of 安徽省; give one issuer's reports "
        "(or pass --mixed-issuers to track them together)\n"
    )
    allowed = runner.invoke(main, ["timeline", *files, "--format", "json", "--mixed-issuers"])
    assert allowed.exit_code == 0 and len(json.loads(allowed.output)["reports"]) == 2


def _speech(tmp_path: Path, year: int) -> Path:
    path = tmp_path / "speech" / f"{year}.txt"
    path.parent.mkdir(exist_ok=True)
    path.write_text(
        "# Budget Speech\n\nMr Speaker, Sir, I beg to move. The economy grew by 3 per cent last year.\n",
        encoding="utf-8",
    )
    return path


def test_reports_in_two_languages_are_flagged_in_a_diff_and_refused_in_a_timeline(tmp_path: Path) -> None:
    """An English speech names no region, so no issuer tells it from a Chinese report: the
    languages do."""
    chinese, english = str(_report(tmp_path, "安徽省", 2024)), str(_speech(tmp_path, 2025))
    compared = runner.invoke(main, ["diff", chinese, english, "--format", "json"])
    assert compared.stderr == (
        "reportdiff: warning: the reports are in different languages (zh and en); "
        "the comparison may mean little\n"
    )
    refused = runner.invoke(main, ["timeline", chinese, english, "--format", "json"])
    assert refused.exit_code == 2
    assert refused.output == (
        f"Error: {english}: is in English, {chinese} in Chinese; give one issuer's reports, in one "
        "language (or pass --mixed-issuers to track them together)\n"
    )


def test_a_region_named_with_its_parent_is_the_same_issuer(tmp_path: Path) -> None:
    files = [str(_report(tmp_path, "海拉尔区", 2018)), str(_report(tmp_path, "呼伦贝尔市海拉尔区", 2019))]
    assert runner.invoke(main, ["timeline", *files, "--format", "json"]).exit_code == 0


# --- progress ----------------------------------------------------------------------------


@needs_corpora
def test_a_timeline_on_a_terminal_shows_each_long_phase(tmp_path: Path) -> None:
    files = [str(CORPORA / "cn-state-council" / f"{year}.txt") for year in range(2020, 2026)]
    out = tmp_path / "t.json"
    code, printed = on_terminal(["timeline", *files, "--format", "json", "-o", str(out)])
    assert code == 0 and out.exists()
    assert "Reading" in printed and "Analysing" in printed and "New terms" in printed
    quiet = on_terminal(["timeline", *files, "--format", "json", "-o", str(out), "-q"])[1]
    assert "Reading" not in quiet and "Analysing" not in quiet


@needs_corpora
def test_an_80_column_timeline_crops_nothing_and_writes_values_as_reports_do() -> None:
    files = [str(CORPORA / "cn-state-council" / f"{year}.txt") for year in range(2020, 2026)]
    result = runner.invoke(main, ["timeline", *files, "--width", "80"])
    assert result.exit_code == 0
    assert "…" not in result.output.replace("… ", "")
    assert all(display_width(line) <= 80 for line in result.output.splitlines())
    assert "1256万人 (2024)" in result.output  # not 12,560,000 人


def test_piped_side_by_side_puts_each_side_whole_on_one_line(tmp_path: Path) -> None:
    result = runner.invoke(main, ["diff", str(SEED), str(_edited(tmp_path)), "--side-by-side"])
    rows = [line for line in result.output.splitlines() if "{+各类+}" in line]
    assert rows and all("[-" not in row or "{+" in row for row in rows)
    assert max(len(line) for line in result.output.splitlines()) < 1000  # not padded out to a width


def test_the_programs_own_run_leaves_its_objects_out_of_the_collectors_last_walks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Run as the program (arguments from ``sys.argv``), the objects are frozen at the end,
    since Python exits next; run by a runner with its own arguments, nothing is frozen."""
    gc.unfreeze()  # what an earlier test's program run froze (test_cli runs the module as __main__)
    CliRunner().invoke(main, ["--version"])
    assert gc.get_freeze_count() == 0
    monkeypatch.setattr(sys, "argv", ["reportdiff", "--version"])
    try:
        with pytest.raises(SystemExit):
            main.main(prog_name="reportdiff")
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


@needs_corpora
def test_the_programs_own_timeline_ends_once_written_with_all_its_output(tmp_path: Path) -> None:
    """Run as the program, ``timeline`` ends the process as soon as its output is written
    (``cli_group.done_with``): exit 0, standard output and error complete, the same as a
    runner's run, which returns as usual."""
    files = [str(CORPORA / "cn-state-council" / f"{year}.txt") for year in (2021, 2023, 2024)]
    args = ["timeline", *files, "--format", "json"]
    done = subprocess.run([sys.executable, "-m", "reportdiff", *args], capture_output=True, text=True)
    ran = CliRunner().invoke(main, args)
    assert done.returncode == ran.exit_code == 0
    assert "2022" in done.stderr and done.stderr == ran.stderr  # a year missing: a warning
    assert done.stdout == ran.stdout and done.stdout.endswith("}\n")
    to_file = tmp_path / "out.json"
    assert subprocess.run([sys.executable, "-m", "reportdiff", *args, "-o", str(to_file)]).returncode == 0
    assert to_file.read_text(encoding="utf-8") == ran.stdout


def test_a_history_with_nothing_older_than_old_is_told(tmp_path: Path) -> None:
    """``--history DIR`` whose reports are none older than OLD: the terms are new against OLD
    only, and standard error says so (the view's heading had still advised ``--history``)."""
    old, new = tmp_path / "2025.txt", tmp_path / "2026.txt"
    old.write_text("各位代表：\n一、2025年主要任务\n推进信息化建设。\n", encoding="utf-8")
    new.write_text("各位代表：\n一、2026年主要任务\n加快发展新质生产力。\n", encoding="utf-8")
    folder = tmp_path / "later"
    folder.mkdir()
    (folder / "2027.txt").write_text("各位代表：\n一、2027年主要任务\n推进数字化建设。\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", str(old), str(new), "--history", str(folder), "--stat"])
    assert result.exit_code == 1, result.output  # differences found
    assert f"--history {folder} holds no report older than OLD (2025)" in result.stderr
    (folder / "2024.txt").write_text("各位代表：\n一、2024年主要任务\n推进信息化建设。\n", encoding="utf-8")
    given = CliRunner().invoke(main, ["diff", str(old), str(new), "--history", str(folder), "--stat"])
    assert "holds no report older" not in given.stderr
