"""The command line, through click's CliRunner: output, exit codes, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from reportdiff.cli import main

from . import published
from .conftest import SEED

runner = CliRunner()


def test_show_terminal_outline() -> None:
    result = runner.invoke(main, ["show", str(SEED), "--width", "100"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["Title", "政府工作报告"]
    assert "├── [review] 一、2019年工作回顾  157 sentences" in result.output
    assert "[plan] 二、2020年主要任务" in result.output
    assert "│   │   ├── 人才服务效能持续提升  6" in result.output
    assert "\x1b[" not in result.output  # no colour when not a terminal


def test_show_json_structure() -> None:
    result = runner.invoke(main, ["show", str(SEED), "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["schema_version"] == 1
    assert data["report"] | {"source": None} == {
        "title": "政府工作报告",
        "region": "长宁区",
        "year": 2020,
        "year_source": "text",
        "date": "2020-01-07",
        "speaker": "长宁区代区长 王岚",
        "language": "zh",
        "source": None,
        "encoding": "utf-8",
    }
    section = next(s for s in data["sections"] if s["id"] == "p1.s1")
    assert section["part"] == "review" and section["level"] == 2 and section["parent"] == "p1"
    sentence = data["sentences"][4]
    assert set(sentence) >= {"id", "text", "part", "section_id", "span"}
    assert sentence["part"] == "review"
    starts = [s["span"][0] for s in data["sentences"]]
    assert starts == sorted(starts)


def test_show_json_is_deterministic(tmp_path: Path) -> None:
    first = tmp_path / "a.json"
    second = tmp_path / "b.json"
    for out in (first, second):
        assert runner.invoke(main, ["show", str(SEED), "--format", "json", "-o", str(out)]).exit_code == 0
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty; give a report with text in it"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "this is a binary file, not text; extract its text first"),
    ],
)
def test_bad_files_exit_2_with_one_line(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = runner.invoke(main, ["show", str(path)])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1
    assert result.output.startswith(f"Error: {path}: {message}")
    assert "Traceback" not in result.output


def test_missing_file_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(main, ["show", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2
    assert result.output == f"Error: {tmp_path / 'missing.txt'}: no such file; check the path\n"


def test_gb18030_file_reads_like_utf8(tmp_path: Path) -> None:
    path = tmp_path / "2020.txt"
    path.write_bytes(SEED.read_text(encoding="utf-8").encode("gb18030"))
    ours = json.loads(runner.invoke(main, ["show", str(path), "--format", "json"]).output)
    reference = json.loads(runner.invoke(main, ["show", str(SEED), "--format", "json"]).output)
    assert [s["text"] for s in ours["sentences"]] == [s["text"] for s in reference["sentences"]]
    assert ours["report"]["encoding"] == "gb18030"


def test_every_command_has_help() -> None:
    assert isinstance(main, click.Group)
    for name, command in main.commands.items():
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, name
        assert command.help, f"{name} has no help text"


def test_python_dash_m_entry_point() -> None:
    import runpy
    import sys

    argv = sys.argv
    sys.argv = ["reportdiff", "--version"]
    try:
        with pytest.raises(SystemExit) as done:
            runpy.run_module("reportdiff", run_name="__main__")
    finally:
        sys.argv = argv
    assert done.value.code == 0


_HEAVY = ("pandas", "rapidfuzz", "diff_match_patch", "jieba", "pypdf", "docx", "trafilatura", "lxml")


def _heavy_modules_loaded(args: list[str]) -> list[str]:
    """Run the CLI with ``args`` in a fresh interpreter; the heavy modules it imported."""
    import subprocess
    import sys

    probe = (
        "import sys; from click.testing import CliRunner; from reportdiff.cli import main; "
        f"r = CliRunner().invoke(main, {args!r}); assert r.exit_code == 0, r.output; "
        f"print(','.join(sorted(m for m in {_HEAVY!r} if m in sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return [m for m in out.stdout.strip().split(",") if m]


def test_show_does_not_import_heavy_modules() -> None:
    assert _heavy_modules_loaded(["show", str(SEED)]) == []


def test_a_word_file_imports_its_reader_only(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("各位代表：")
    path = tmp_path / "report.bin"  # told by content, not by name
    document.save(str(path))
    assert _heavy_modules_loaded(["show", str(path)]) == ["docx", "lxml"]


def test_panel_help_imports_no_heavy_module() -> None:
    # the panel's writers and progress bar sit in render/, which the CLI imports at start
    assert _heavy_modules_loaded(["panel", "--help"]) == []


def test_indicators_does_not_import_pandas_or_jieba() -> None:
    loaded = _heavy_modules_loaded(["indicators", str(SEED), "--format", "csv"])
    assert "pandas" not in loaded and "jieba" not in loaded


def test_a_directory_is_refused_on_one_line(tmp_path: Path) -> None:
    result = runner.invoke(main, ["show", str(tmp_path)])
    assert result.exit_code == 2
    assert result.output == f"Error: {tmp_path}: not a file; give the path of a report's text file\n"


def test_format_choices_come_from_the_render_registry() -> None:
    from reportdiff.render import formats_for
    from reportdiff.render.tables import PANEL_FORMATS

    kinds = {"show": "report", "diff": "comparison", "indicators": "indicators", "timeline": "timeline"}
    assert set(kinds) | {"panel"} == set(main.commands)
    for name, kind in kinds.items():
        option = next(p for p in main.commands[name].params if p.name == "fmt")
        assert isinstance(option.type, click.Choice)
        assert tuple(option.type.choices) == formats_for(kind)  # type: ignore[arg-type]
    option = next(p for p in main.commands["panel"].params if p.name == "fmt")
    assert isinstance(option.type, click.Choice) and tuple(option.type.choices) == PANEL_FORMATS


def test_diff_to_json_imports_neither_numpy_pandas_nor_rich() -> None:
    import subprocess
    import sys

    probe = (
        "import sys; from click.testing import CliRunner; from reportdiff.cli import main; "
        f"CliRunner().invoke(main, ['diff', {str(SEED)!r}, {str(SEED)!r}, '--format', 'json']); "
        "print(sorted(m for m in ('numpy', 'pandas', 'rich') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_watch_list_that_is_not_utf8_is_refused_on_one_line_before_the_work(tmp_path: Path) -> None:
    watch = tmp_path / "watch.txt"
    watch.write_bytes("数字经济\n".encode("gbk"))
    args = ["diff", str(SEED), str(SEED), "--fail-on", "dropped-commitments", "--watch", str(watch)]
    result = runner.invoke(main, args)
    assert result.exit_code == 2
    assert result.output == f"Error: {watch}: the --watch list is not UTF-8 text; save it as UTF-8\n"


def test_ctrl_c_exits_130_not_1_which_says_differences_were_found(monkeypatch: pytest.MonkeyPatch) -> None:
    import reportdiff.api

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(reportdiff.api, "compare", interrupted)
    result = runner.invoke(main, ["diff", str(SEED), str(SEED)])
    assert result.exit_code == 130
    assert "Traceback" not in result.output


def test_progress_is_drawn_without_a_thread_so_a_second_process_may_be_forked() -> None:
    import threading

    from reportdiff.cores import may_fork
    from reportdiff.render.progress import Phases

    before = threading.active_count()
    with Phases(3, enabled=True) as progress:
        progress.phase("Analysing", 1, 3)
        assert threading.active_count() == before
        assert may_fork() == (before == 1 and __import__("sys").platform.startswith("linux"))


def test_a_folded_run_sits_under_its_sections_heading(tmp_path: Path) -> None:
    """``⋯ 1 unchanged`` of a section's first sentence comes after that section's heading,
    not before it, where it would belong to nothing."""
    old, new = tmp_path / "2023.txt", tmp_path / "2024.txt"
    old.write_text("各位代表：\n一、2022年工作回顾\n经济运行总体平稳。就业形势保持稳定。\n", encoding="utf-8")
    new.write_text("各位代表：\n一、2023年工作回顾\n经济运行总体平稳。就业形势稳定向好。\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", str(old), str(new), "--color", "never", "--context", "0"])
    lines = result.output.splitlines()
    fold = next(k for k, line in enumerate(lines) if "⋯" in line and "unchanged" in line)
    assert any(line.startswith("── ") for line in lines[:fold]), result.output


def test_a_folder_gives_its_reports_of_every_kind_one_form_per_report(tmp_path: Path) -> None:
    # the sixteenth new user's finding 8: a folder's Word, PDF and web-page reports were skipped
    # without a word; a report standing in two forms (2020.txt, 2020.html) is read once
    import docx

    gating = Path(__file__).parent / "cases" / "gating"
    text = {year: (gating / f"{year}.txt").read_text(encoding="utf-8") for year in (2019, 2020)}
    document = docx.Document()
    for line in text[2019].splitlines():
        document.add_paragraph(line)
    document.save(str(tmp_path / "2019.docx"))
    (tmp_path / "2020.txt").write_text(text[2020], encoding="utf-8")
    (tmp_path / "2020.html").write_bytes(published.web_page(text[2020], "utf-8"))
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    result = CliRunner().invoke(main, ["timeline", str(tmp_path), "--format", "json", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    read = [(r["year"], Path(r["source"]).name) for r in json.loads(result.stdout)["reports"]]
    assert read == [(2019, "2019.docx"), (2020, "2020.txt")]
    assert "2020.html skipped, 2020.txt is read for that report" in result.stderr
    assert "notes.json" not in result.stderr


def test_a_folder_gives_the_reports_named_with_a_year_and_warns_of_the_rest(tmp_path: Path) -> None:
    # the ninth new user: a timeline over a folder read notes.txt (or a binary bin.txt) as a report
    gating = Path(__file__).parent / "cases" / "gating"
    for year in (2019, 2020):
        text = (gating / f"{year}.txt").read_text(encoding="utf-8")
        (tmp_path / f"{year}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("These are my notes, not a report.\n", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 8)
    result = CliRunner().invoke(main, ["timeline", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["reports"][-1]["year"] == 2020
    assert "bin.txt, notes.txt skipped, no year in the name" in result.stderr
    history = CliRunner().invoke(main, ["diff", str(gating / "2019.txt"), str(gating / "2020.txt"),
                                        "--history", str(tmp_path), "--format", "json"])  # fmt: skip
    assert history.exit_code == 1 and "bin.txt, notes.txt skipped" in history.stderr
