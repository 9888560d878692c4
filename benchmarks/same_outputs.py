"""Every output of this version against another's, byte for byte (standard output, standard
error and exit code of each command).

Run: ``python benchmarks/same_outputs.py --before ../other-worktree/src [--jobs N]``.  Speed work
must change no output: this runs ``diff`` (JSON, Markdown, HTML, with ``--history``, and with
the second process forced and refused) of national, provincial, Singapore (English) and
Changning pairs, the national timeline as JSON, ``indicators`` and ``panel`` of a few files,
``show`` of a report and ``timeline`` of smaller series, each command once with each version,
several at a time (``--jobs``), and names every command whose outputs differ.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
CORPORA = HERE.parent / "shared" / "corpora"
NATIONAL = CORPORA / "cn-state-council"
_FORCED = """
import sys
import reportdiff.pairwise.ahead as ahead
from reportdiff.cli import main
ahead._free_core = lambda: True
main(sys.argv[1:], prog_name="reportdiff")
"""


def _commands() -> list[list[str]]:
    def n(year: int) -> str:
        return str(NATIONAL / f"{year}.txt")

    pairs = [
        (n(2024), n(2025)), (n(2016), n(2017)), (n(2004), n(2005)), (n(1998), n(1999)),
        (str(CORPORA / "cn-prov-beijing/2025.txt"), str(CORPORA / "cn-prov-beijing/2026.txt")),
        (str(CORPORA / "cn-prov-anhui/2025.txt"), str(CORPORA / "cn-prov-anhui/2026.txt")),
        (str(CORPORA / "cn-prov-hunan/2025.txt"), str(CORPORA / "cn-prov-hunan/2026.txt")),
        (str(CORPORA / "nm-hailar/2018.txt"), str(CORPORA / "nm-hailar/2019.txt")),
        (str(CORPORA / "sg-budget/2023.txt"), str(CORPORA / "sg-budget/2024.txt")),
        (str(CORPORA / "sg-budget/1990.txt"), str(CORPORA / "sg-budget/1991.txt")),
        (str(CORPORA / "nm-hailar/2019.txt"), str(HERE / "corpora/sh-changning/2020.txt")),
    ]  # fmt: skip
    commands = []
    for old, new in pairs:
        for fmt in ("json", "markdown", "html"):
            commands.append(["diff", old, new, "--format", fmt])
        commands.append(["diff", old, new, "--format", "json", "--jobs", "1"])
        commands.append(["forced", "diff", old, new, "--format", "json"])
    commands.append(["diff", n(2024), n(2025), "--format", "json", "--history", str(NATIONAL)])
    commands.append(["forced", "diff", n(2024), n(2025), "--format", "markdown", "--history", str(NATIONAL)])
    commands.append(["diff", n(2024), n(2025), "--format", "terminal"])
    commands.append(["timeline", *[n(y) for y in range(1997, 2026)], "--format", "json"])
    commands.append(["timeline", *[n(y) for y in range(1997, 2026)], "--format", "json", "--jobs", "1"])
    commands.append(["timeline", *[n(y) for y in range(2015, 2026)], "--format", "markdown"])
    commands.append(["timeline", str(CORPORA / "nm-hailar"), "--format", "json", "--jobs", "2"])
    commands.append(["timeline", *[str(CORPORA / f"sg-budget/{y}.txt") for y in range(2015, 2025)],
                     "--format", "json"])  # fmt: skip
    commands.append(["indicators", n(2024), n(2025), n(2004), "--format", "json"])
    commands.append(["indicators", str(HERE / "corpora/sh-changning/2020.txt"), "--format", "csv"])
    commands.append(["panel", str(CORPORA / "cn-prov-beijing"), str(CORPORA / "nm-hailar"), "-o", "-"])
    commands.append(["panel", str(CORPORA / "cn-prov-anhui"), "-o", "-", "--jobs", "1"])
    commands.append(["show", n(2025), "--format", "json"])
    commands.append(["show", str(HERE / "corpora/sh-changning/2020.txt"), "--format", "json"])
    return commands


def _run(src: Path, command: list[str], folder: str) -> tuple[int, bytes, bytes]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    if command[0] == "forced":
        args = [sys.executable, "-c", _FORCED, *command[1:]]
    else:
        args = [sys.executable, "-m", "reportdiff", *command]
    done = subprocess.run(args, capture_output=True, env=env, cwd=folder, check=False)
    return done.returncode, done.stdout, done.stderr.replace(str(src).encode(), b"SRC")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", type=Path, required=True, help="src of the version to compare with")
    parser.add_argument("--jobs", type=int, default=2, help="commands run at a time (default 2)")
    options = parser.parse_args()
    after = HERE / "src"
    commands = _commands()
    with tempfile.TemporaryDirectory() as folder, ThreadPoolExecutor(options.jobs) as pool:
        before = list(pool.map(lambda c: _run(options.before.resolve(), c, folder), commands))
        now = list(pool.map(lambda c: _run(after, c, folder), commands))
    differ = [c for c, a, b in zip(commands, before, now, strict=True) if a != b]
    for command in differ:
        print("DIFFERENT:", " ".join(command))
    for command, (code, _, error) in zip(commands, now, strict=True):
        if code not in (0, 1):
            print(f"(exit {code}: {' '.join(command)[:80]} … {error.decode()[-200:]!r})")
    print(f"{len(commands) - len(differ)} of {len(commands)} commands: the same output byte for byte")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
