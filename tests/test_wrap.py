"""Wrapping for a terminal: a figure never split, no line opening with closing punctuation,
widths in terminal columns (a Chinese character takes two)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import reportdiff
from reportdiff.cli import main
from reportdiff.lang import profile
from reportdiff.render.wrap import display_width, line_breaks

from .conftest import SEED

ZH = profile("zh")


@pytest.mark.parametrize("width", [12, 20, 33, 50, 76])
def test_every_seed_sentence_wraps_between_figures_and_before_no_closing_mark(
    seed: reportdiff.Report, width: int
) -> None:
    for sentence in seed.sentences:
        text = sentence.text
        cuts = line_breaks(text, width, ZH.token, ZH.no_line_start, ZH.no_line_end)
        lines = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
        assert "".join(lines) == text
        for line in lines[1:]:
            assert line[0] not in ZH.no_line_start, (width, lines)
        for line in lines[:-1]:
            assert line[-1] not in ZH.no_line_end, (width, lines)
        for figure in ZH.figure.finditer(text):
            inside = [c for c in cuts if figure.start() < c < figure.end()]
            assert not inside, (figure.group(0), lines)
        for line in lines:
            # a line is wider than asked only when it cannot be broken any further
            rules = (ZH.token, ZH.no_line_start, ZH.no_line_end)
            assert display_width(line) <= width or line_breaks(line, width, *rules) == [], (width, line)


def test_a_narrow_terminal_view_keeps_figures_and_diff_marks_whole(tmp_path: object) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    text = SEED.read_text(encoding="utf-8")
    new = folder / "2020.txt"
    new.write_text(
        text.replace("131.62亿元", "141.28亿元").replace("新增就业岗位", "新增各类就业岗位"), encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["diff", str(SEED), str(new), "--width", "44"])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert any("[-131.62亿元-]{+141.28亿元+}" in line for line in lines), result.output
    for line in lines:
        body = line.strip()
        assert not body or body[0] not in ZH.no_line_start, line
        assert display_width(line) <= 44 or "…" not in line
