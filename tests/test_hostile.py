"""Hostile input: report text is data in every output, every failure is one ``Error:`` line.

The payloads are data (``cases/hostile/payloads.json``): each is inserted into a small report
and run through every command and output format; what each class of payload must not do is
checked on the output.  The end of the file covers the operating system's failures and
what reading may leave out of a body.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import reportdiff
from reportdiff.cli import main

from .conftest import ROOT, SEED

HOSTILE = ROOT / "tests" / "cases" / "hostile"
DONOR = ROOT / "tests" / "cases" / "donor.txt"
PAYLOADS = json.loads((HOSTILE / "payloads.json").read_text(encoding="utf-8"))["cases"]
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
COMMANDS = {
    "show": ("terminal", "json"),
    "indicators": ("terminal", "json", "csv", "markdown", "html"),
    "diff": ("terminal", "json", "markdown", "html"),
}
runner = CliRunner()


def with_payload(text: str) -> str:
    """The donor report with ``text`` as a paragraph of each part (review and plan)."""
    lines = DONOR.read_text(encoding="utf-8").splitlines()
    plan = next(i for i, line in enumerate(lines) if line.startswith("二、"))
    return "\n".join([*lines[:2], text, *lines[2 : plan + 1], text, *lines[plan + 1 :]]) + "\n"


@cache
def outputs(name: str, tmp: str) -> dict[tuple[str, str], Result]:
    """Every command in every format on the donor report holding payload ``name``."""
    payload = next(c for c in PAYLOADS if c["name"] == name)
    new = Path(tmp) / "2021.txt"
    new.write_text(with_payload(payload["text"]), encoding="utf-8")
    found = {}
    for command, formats in COMMANDS.items():
        files = [str(DONOR), str(new)] if command == "diff" else [str(new)]
        for fmt in formats:
            found[command, fmt] = runner.invoke(main, [command, *files, "--format", fmt, "--no-color"])
    return found


@pytest.fixture(scope="module")
def tmp(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(tmp_path_factory.mktemp("hostile"))


@pytest.mark.parametrize("payload", PAYLOADS, ids=lambda c: c["name"])
def test_every_command_and_format_reads_it(payload: dict[str, str], tmp: str) -> None:
    for (command, fmt), result in outputs(payload["name"], tmp).items():
        assert result.exception is None or isinstance(result.exception, SystemExit), (command, fmt)
        assert result.exit_code == (1 if command == "diff" else 0), (command, fmt, result.output)
        assert not CONTROL.search(result.stdout), (command, fmt)  # shown as pictures, never sent
        if fmt == "json":
            json.loads(result.stdout)


@pytest.mark.parametrize("name", [c["name"] for c in PAYLOADS if c["class"] == "crash"])
def test_invalid_characters_are_kept_visible_with_a_warning(name: str, tmp: str) -> None:
    report = json.loads(outputs(name, tmp)["show", "json"].stdout)
    if "U+" in name or "surrogate" in name:
        assert any("name no character" in w for w in report["warnings"])
        assert any("\ufffd" in s["text"] for s in report["sentences"])
    else:  # rich markup is printed as it stands
        payload = next(c for c in PAYLOADS if c["name"] == name)["text"]
        markup = re.search(r"\[[^\]]*\]", payload)
        assert markup is not None
        assert markup.group(0) in outputs(name, tmp)["diff", "terminal"].stdout


@pytest.mark.parametrize("name", [c["name"] for c in PAYLOADS if c["class"] == "terminal"])
def test_control_sequences_are_shown_as_pictures(name: str, tmp: str) -> None:
    shown = outputs(name, tmp)["diff", "terminal"].stdout
    assert "␛" in shown or "\ufffd" in shown or "␈" in shown


@pytest.mark.parametrize("name", [c["name"] for c in PAYLOADS if c["class"] == "csv"] + ["mention"])
def test_no_csv_cell_starts_a_formula(name: str, tmp: str) -> None:
    rows = list(csv.reader(io.StringIO(outputs(name, tmp)["indicators", "csv"].stdout)))
    cells = [cell for row in rows for cell in row]
    assert len(rows) > 1
    for cell in cells:
        if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
            float(cell)  # only a plain number may start so


@pytest.mark.parametrize("name", [c["name"] for c in PAYLOADS if c["class"] == "markdown"])
def test_markdown_holds_nothing_live(name: str, tmp: str) -> None:
    for fmt in ("markdown",):
        for command in ("indicators", "diff"):
            text = outputs(name, tmp)[command, fmt].stdout
            assert not re.search(r"@[\w-]", text), command
            assert not re.search(r"(?<!\\)#\d", text), command
            assert "://" not in text and "www." not in text.lower(), command
            assert not re.search(r"<(?!/?(?:details|summary)>)\w", text), command  # only the page's own tags
            assert "](" not in text, command


def test_control_characters_of_a_file_name_are_shown_in_errors(tmp_path: Path) -> None:
    result = runner.invoke(main, ["show", str(tmp_path / "a\x1b]0;pwned\x07.txt")])
    assert result.exit_code == 2
    assert result.stderr == f"Error: {tmp_path}/a␛]0;pwned␇.txt: no such file; check the path\n"


def test_a_file_name_with_control_characters_is_shown_as_pictures(tmp_path: Path) -> None:
    odd = tmp_path / "2021\x1b[2J=cmd.txt"
    odd.write_text(with_payload("新增养老床位250张。"), encoding="utf-8")
    for fmt in ("terminal", "csv", "markdown", "html", "json"):
        result = runner.invoke(main, ["indicators", str(odd), "--format", fmt])
        assert result.exit_code == 0, fmt
        assert "\x1b" not in result.stdout and "␛[2J=cmd" in result.stdout, fmt


# --- the operating system's failures: one line, exit 2 ------------------------------------


def test_a_name_too_long_for_the_system(tmp_path: Path) -> None:
    result = runner.invoke(main, ["show", str(tmp_path / ("a" * 300))])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1
    assert "cannot be opened (File name too long); check the path" in result.stderr


def test_output_into_a_missing_folder(tmp_path: Path) -> None:
    result = runner.invoke(main, ["show", str(SEED), "-o", str(tmp_path / "no" / "x.txt")])
    assert result.exit_code == 2
    assert (
        result.stderr
        == f"Error: {tmp_path}/no/x.txt: cannot write (No such file or directory); "
        "create its folder first, or give another path\n"
    )


def test_an_encoding_that_decodes_nothing() -> None:
    result = runner.invoke(main, ["show", str(SEED), "--encoding", "undefined"])
    assert result.exit_code == 2
    assert (
        result.stderr
        == f"Error: {SEED}: 'undefined' cannot decode text; use a Python codec name such as gb18030\n"
    )


def test_an_encoding_does_not_skip_the_binary_check(tmp_path: Path) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    result = runner.invoke(main, ["show", str(binary), "--encoding", "latin-1"])
    assert result.exit_code == 2
    assert "this looks like a binary file, not text" in result.stderr


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as stream:  # sparse: the test costs no disk and the file is never read
        stream.truncate(reportdiff.Settings().max_size + 1)
    result = runner.invoke(main, ["show", str(big)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {big}: larger than the limit of 10,000,000 bytes; if it really is one report, "
        "raise the limit with --max-size 11 (MB)\n"
    )
    assert runner.invoke(main, ["show", str(SEED), "--max-size", "0.01"]).exit_code == 2
    assert runner.invoke(main, ["show", str(SEED), "--max-size", "1"]).exit_code == 0


def _run(args: list[str], **streams: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    command = [sys.executable, "-m", "reportdiff", *args]
    return subprocess.run(command, text=True, env=env, stderr=subprocess.PIPE, check=False, **streams)  # type: ignore[call-overload, no-any-return]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_standard_output_on_a_full_disk() -> None:
    with open("/dev/full", "w") as full:
        done = _run(["show", str(SEED)], stdout=full)
    assert done.returncode == 2
    assert done.stderr == (
        "Error: standard output: cannot write (No space left on device); check the path and the free space\n"
    )


def test_standard_output_closed() -> None:
    done = subprocess.run(
        f'"{sys.executable}" -m reportdiff show "{SEED}" >&-', shell=True, text=True, stderr=subprocess.PIPE
    )
    assert done.returncode == 2
    assert done.stderr == "Error: standard output: it is closed; give a file with --output\n"


# --- nothing left out of a body without a record --------------------------------------------


def test_a_stray_comment_opening_cannot_swallow_the_report() -> None:
    text = SEED.read_text(encoding="utf-8")
    plain = reportdiff.parse(text, "2020.txt")
    cut = len(text) // 10
    hostile = text[:cut] + "<!--" + text[cut:] + "\n-->\n"
    report = reportdiff.parse(hostile, "2020.txt")
    assert len(report.sentences) >= len(plain.sentences) - 1


def test_a_removed_comment_is_recorded_and_a_long_one_warned_about() -> None:
    text = DONOR.read_text(encoding="utf-8")
    lines = text.splitlines()
    hidden = "<!-- " + "隐藏的文字。" * 100 + " -->"
    report = reportdiff.parse("\n".join([*lines[:3], hidden, *lines[3:]]), "2021.txt")
    comments = [e for e in report.excluded if e.reason == "comment"]
    assert len(comments) == 1 and comments[0].text.startswith("<!-- 隐藏的文字。")
    assert report.warnings == ("1 HTML comment(s) of 609 characters were left out (see excluded)",)


def test_a_paragraph_repeated_inside_the_body_is_not_a_copy() -> None:
    text = DONOR.read_text(encoding="utf-8")
    lines = text.splitlines()
    alone = reportdiff.parse(text, "2021.txt")
    report = reportdiff.parse("\n".join([*lines, lines[3], *lines[-3:]]), "2021.txt")
    assert len(report.sentences) == len(alone.sentences) + 4
    assert not report.warnings and not [e for e in report.excluded if e.reason == "duplicate"]


def test_a_file_of_several_reports_is_not_cut_to_the_first() -> None:
    donor = DONOR.read_text(encoding="utf-8")
    seed = SEED.read_text(encoding="utf-8")
    shared = donor.splitlines()[3]  # one long paragraph both happen to hold
    both = seed + "\n" + donor.replace("二、今年工作安排", "二、今年工作安排\n" + shared)
    report = reportdiff.parse(both, "2020.txt")
    alone = reportdiff.parse(seed, "2020.txt")
    assert len(report.sentences) > len(alone.sentences) + 10
    assert not [e for e in report.excluded if e.reason == "duplicate"]


def test_a_body_held_twice_is_read_once_with_a_warning() -> None:
    text = SEED.read_text(encoding="utf-8")
    alone = reportdiff.parse(text, "2020.txt")
    report = reportdiff.parse(text + "\n" + text, "2020.txt")
    read = [s.text for s in report.sentences]
    # the first copy's footer runs into the second copy's title block: one line more at most
    assert read[: len(alone.sentences)] == [s.text for s in alone.sentences]
    assert len(read) <= len(alone.sentences) + 1
    assert report.warnings == ("the body is repeated 2 times in the file; the first copy is read",)
    assert [e.reason for e in report.excluded].count("duplicate") == 1


@pytest.mark.parametrize(
    ("codec", "text", "language"),
    [
        ("euc_jp", "各位代表の皆様、昨年の経済成長率は三パーセントでした。", "Japanese"),
        ("euc_kr", "각 대표 여러분, 작년 경제 성장률은 삼 퍼센트였습니다.", "Korean"),
    ],
)
def test_japanese_or_korean_bytes_are_not_read_as_chinese(codec: str, text: str, language: str) -> None:
    with pytest.raises(reportdiff.DecodingError) as caught:
        reportdiff.load((text * 20).encode(codec))
    assert f"this looks like {language} text, not Chinese" in str(caught.value)


def test_standard_input_closed() -> None:
    done = subprocess.run(
        f'"{sys.executable}" -m reportdiff show - <&-', shell=True, text=True, stderr=subprocess.PIPE
    )
    assert done.returncode == 2
    assert done.stderr == "Error: <stdin>: standard input is closed; give the report's path\n"


def test_a_large_share_kept_out_of_the_body_is_warned_about() -> None:
    preamble = "\n".join(f"栏目{n}：首页 新闻 公告 下载" for n in range(60))
    report = reportdiff.parse(preamble + "\n" + DONOR.read_text(encoding="utf-8"), "2021.txt")
    assert len(report.sentences) == len(reportdiff.parse(DONOR.read_text(encoding="utf-8")).sentences)
    assert [w for w in report.warnings if "kept out of the body" in w] == [
        "1009 characters (72 % of the file) were kept out of the body as title block, page furniture or "
        "footer (see excluded)"
    ]


def test_running_out_of_memory_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    def exhausted(*args: object, **kwargs: object) -> None:
        raise MemoryError

    monkeypatch.setattr("reportdiff.api.load", exhausted)
    result = runner.invoke(main, ["show", str(SEED)])
    assert result.exit_code == 2
    assert result.stderr == "Error: out of memory; give smaller files (see --max-size)\n"


@pytest.mark.parametrize("digits", [19, 305, 400])
def test_a_number_of_absurd_length_is_no_figure(tmp_path: Path, digits: int) -> None:
    """Hundreds of digits before 亿元 once overflowed the float of its value (a traceback) or
    made it infinite (``null`` where JSON promises a number): no report states such a sum."""
    path = tmp_path / "2024.txt"
    body = f"固定资产投资1{'0' * digits}亿元。地区生产总值增长5%。"
    path.write_text(f"各位代表：\n一、2024年工作回顾\n{body}\n", encoding="utf-8")
    result = runner.invoke(main, ["indicators", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [figure["value"] for figure in json.loads(result.output)["indicators"]] == [5.0]


def test_standard_input_over_the_size_limit_is_told_a_limit_it_fits_in() -> None:
    # the sixteenth new user's finding 10: 12.5 MB on standard input was told --max-size 11
    data = b"\xe5\x90\x84" * 4_200_000  # 12.6 MB
    result = runner.invoke(main, ["show", "-"], input=data)
    assert result.exit_code == 2
    assert result.stderr.endswith("raise the limit with --max-size 13 (MB)\n"), result.stderr
