"""A reader that stops early (``reportdiff … | head -1``): every command ends quietly — nothing
on standard error — with exit code 141 (:data:`reportdiff.cli_output.CLOSED_PIPE`), every
time, whatever the timing, the buffering of standard output or a second process; other write
errors stay one ``Error:`` line and exit code 2.

The pipes here are made as small as Linux allows (4 KiB) and every output is far longer, so
the command is still writing when ``head`` leaves: each run meets the closed pipe, and the
repetitions catch an exit code that depends on when it does."""

from __future__ import annotations

import fcntl
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportdiff.cli import main
from reportdiff.cli_output import CLOSED_PIPE, write_all

from .conftest import ROOT, SEED

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("head") is None,
    reason="needs Linux pipes (F_SETPIPE_SZ) and head",
)
DONOR = ROOT / "tests" / "cases" / "donor.txt"
PIPE_BYTES = 4096
"""The smallest pipe: an output longer than twice this is still being written when head,
having read its first line, closes the pipe."""


def _environment(unbuffered: bool) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    return env | {"PYTHONUNBUFFERED": "1"} if unbuffered else env


def _reportdiff(*args: str) -> list[str]:
    return [sys.executable, "-m", "reportdiff", *args]


def _forking(mark: Path, *args: str) -> list[str]:
    """``reportdiff ARGS`` with diff's second process forked whatever the load (as on a quiet
    machine), each one forked noted in ``mark``."""
    script = f"""
import os
import reportdiff.pairwise.ahead as ahead
from reportdiff.cli import main
ahead._free_core = lambda: True
fork = os.fork
def noted():
    pid = fork()
    if pid:
        with open({str(mark)!r}, "a") as file:
            file.write(f"{{pid}}\\n")
    return pid
os.fork = noted
main({list(args)!r}, prog_name="reportdiff")
"""
    return [sys.executable, "-c", script]


def _into_head(command: list[str], unbuffered: bool) -> tuple[int, str, bytes]:
    """Run ``COMMAND | head -n 1``: the exit code and standard error of the command, and what
    head printed.  Checks that no process the command started outlives it (a second process
    left running, or ended and not reaped)."""
    read_end, write_end = os.pipe()
    fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    head = subprocess.Popen(["head", "-n", "1"], stdin=read_end, stdout=subprocess.PIPE)
    os.close(read_end)  # head holds the only reading end: when it leaves, the pipe is closed
    writer = subprocess.Popen(
        command, stdout=write_end, stderr=subprocess.PIPE, env=_environment(unbuffered),
        start_new_session=True,  # its own process group, to look for what it leaves behind
    )  # fmt: skip
    os.close(write_end)
    first = head.communicate(timeout=60)[0]
    _, stderr = writer.communicate(timeout=120)
    with pytest.raises(ProcessLookupError):  # nothing left in its process group, not even a zombie
        os.killpg(writer.pid, 0)
    return writer.returncode, stderr.decode("utf-8", "replace"), first


@pytest.fixture(scope="module")
def series(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("series")
    shutil.copy(DONOR, folder / "2019.txt")
    shutil.copy(SEED, folder / "2020.txt")
    return folder


@pytest.fixture(scope="module")
def eight(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Eight years: enough for ``timeline --jobs 2`` to fork its second process."""
    folder = tmp_path_factory.mktemp("eight")
    for year in range(2013, 2020):
        shutil.copy(DONOR, folder / f"{year}.txt")
    shutil.copy(SEED, folder / "2020.txt")
    return folder


@pytest.mark.parametrize("jobs", ["default", "1", "2 forced"])
def test_diff_into_head_exits_141_quietly_every_time(jobs: str, tmp_path: Path) -> None:
    """20 runs each, terminal and JSON, with and without a buffer on standard output; the
    default forks a second process for the new terms where a core is free, "2 forced" always."""
    mark = tmp_path / "forked"
    for run in range(20):
        fmt = "json" if run // 2 % 2 else "terminal"
        args = ["diff", str(DONOR), str(SEED), "--format", fmt]
        command = (
            _reportdiff(*args) if jobs == "default" else _reportdiff(*args, "--jobs", "1")
            if jobs == "1" else _forking(mark, *args)
        )  # fmt: skip
        code, stderr, first = _into_head(command, unbuffered=run % 2 == 0)
        assert (code, stderr) == (CLOSED_PIPE, ""), (run, code, stderr)
        assert first.startswith(b"{" if fmt == "json" else b"old ")
    if jobs == "2 forced":
        assert len(mark.read_text().split()) == 20  # a second process each time, gone with the first


@pytest.mark.parametrize(
    "args",
    [
        ["show", "{seed}", "--format", "json"],
        ["indicators", "{seed}"],
        ["timeline", "{series}", "--format", "json"],
        ["timeline", "{series}", "--format", "json", "--jobs", "1"],
        ["timeline", "{eight}", "--format", "json", "--jobs", "2"],
        ["panel", "{series}", "-o", "-", "--no-terms"],
        ["panel", "{series}", "-o", "-", "--jobs", "1"],
        ["show", "{seed}", "--format", "json", "-o", "/dev/stdout"],
    ],
    ids=["show", "indicators", "timeline", "timeline jobs 1", "timeline of 8 jobs 2", "panel", "panel jobs 1",
         "show -o /dev/stdout"],
)  # fmt: skip
def test_every_command_into_head_exits_141_quietly(args: list[str], series: Path, eight: Path) -> None:
    filled = [a.format(seed=SEED, series=series, eight=eight) for a in args]
    for run in range(4):
        code, stderr, first = _into_head(_reportdiff(*filled), unbuffered=run % 2 == 1)
        assert (code, stderr) == (CLOSED_PIPE, ""), (run, code, stderr)
        assert first


def _closed_from_the_start(command: list[str], stdout: bool = True) -> subprocess.CompletedProcess[str]:
    """Run ``command`` with standard output (or standard error) a pipe nobody reads any more."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    streams = {"stdout": write_end, "stderr": subprocess.PIPE} if stdout else {
        "stdout": subprocess.PIPE, "stderr": write_end}  # fmt: skip
    try:
        return subprocess.run(command, text=True, env=_environment(False), timeout=120, **streams)  # type: ignore[call-overload,no-any-return]
    finally:
        os.close(write_end)


@pytest.mark.parametrize(
    "args",
    [["--help"], ["--version"], ["diff", "--help"], ["show", str(SEED)], ["diff", str(DONOR), str(SEED)]],
    ids=["help", "version", "diff help", "show", "diff"],
)
def test_a_pipe_closed_before_anything_is_written(args: list[str]) -> None:
    done = _closed_from_the_start(_reportdiff(*args))
    assert (done.returncode, done.stderr) == (CLOSED_PIPE, "")


def test_a_closed_pipe_found_only_when_flushing_at_exit_is_quiet_too() -> None:
    # a caller's text still in standard output's buffer, and a command that writes nothing:
    # Python would flush it at exit, print "Exception ignored … BrokenPipeError" and exit 120
    script = (
        "import sys; from reportdiff.cli import main; print('left in the buffer', end=''); "
        f"main(['diff', '-q', {str(DONOR)!r}, {str(DONOR)!r}], prog_name='reportdiff')"
    )
    done = _closed_from_the_start([sys.executable, "-c", script])
    assert (done.returncode, done.stderr) == (CLOSED_PIPE, "")


def test_a_closed_standard_error_ends_the_run_the_same_way(series: Path, tmp_path: Path) -> None:
    # `reportdiff panel … 2>&1 | head`: the summary line goes to standard error
    command = _reportdiff("panel", str(series), "-o", str(tmp_path / "p.csv"), "--no-terms")
    done = _closed_from_the_start(command, stdout=False)
    assert (done.returncode, done.stdout) == (CLOSED_PIPE, "")
    assert (tmp_path / "p.csv").exists()


def test_an_error_with_standard_error_closed_still_exits_2(tmp_path: Path) -> None:
    done = _closed_from_the_start(_reportdiff("show", str(tmp_path / "nope.txt")), stdout=False)
    assert (done.returncode, done.stdout) == (2, "")


# --- the writer ----------------------------------------------------------------------------


class _Stingy(io.RawIOBase):
    """A raw stream (standard output under PYTHONUNBUFFERED) that takes 5 bytes a write, as a
    pipe takes what fits."""

    def __init__(self) -> None:
        self.taken = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self.taken += bytes(data[:5])
        return min(5, len(data))


def test_a_partly_taken_write_is_written_on_until_all_is_taken() -> None:
    raw = _Stingy()
    stream = io.TextIOWrapper(raw, encoding="utf-8", write_through=True)  # type: ignore[arg-type]
    write_all(stream, "国务院政府工作报告\n" * 3)  # stream.write would keep the first 5 bytes only
    assert raw.taken.decode("utf-8") == "国务院政府工作报告\n" * 3


def test_other_write_errors_stay_one_error_line_and_exit_2(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "diff.json"
    result = CliRunner().invoke(main, ["diff", str(DONOR), str(SEED), "--format", "json", "-o", str(target)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {target}: cannot write (No such file or directory); create its folder first, "
        "or give another path\n"
    )
