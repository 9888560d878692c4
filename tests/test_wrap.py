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


def _rendered(wrapped: object, width: int) -> list[str]:
    from io import StringIO

    from rich.console import Console

    out = StringIO()
    Console(file=out, width=width, color_system=None).print(wrapped)
    return out.getvalue().splitlines()


def test_a_marked_entry_wraps_under_its_text_not_under_its_mark() -> None:
    from rich.text import Text

    from reportdiff.render._style import Wrapped

    entry = "+ 重点用于投资建设、土地收储和收购存量商品房、消化地方政府拖欠企业账款等  p2.18"
    lines = _rendered(Wrapped(Text(entry), ZH, hang=2), 40)
    assert len(lines) > 1 and lines[0].startswith("+ ")
    assert all(line.startswith("  ") and line[2] != " " for line in lines[1:]), lines
    assert "".join(line.strip() for line in lines).replace(" ", "") == entry.replace(" ", "")


def test_a_list_breaks_between_its_items_and_loses_nothing_of_an_item_wider_than_a_line() -> None:
    from rich.text import Text

    from reportdiff.render._style import Wrapped

    items = ["“十五五”", "“投资于人”", "多边贸易体制", "法定退休年龄", "“增品种、提品质、创品牌”", "央地监管"]
    lines = _rendered(Wrapped(Text("  ".join(items)), ZH, indent=2, separator="  "), 30)
    shown = [line.strip() for line in lines]
    for item in items:  # each item on one line
        assert any(item in line for line in shown), (item, lines)
    wide = "启动第二轮土地承包到期后再延长整省试点 30年"  # wider than the line: broken, kept whole
    listed = f"高校毕业生 1170万人 · {wide} · 先发行 1万亿元"
    lines = _rendered(Wrapped(Text(listed), ZH, indent=4, separator=" · "), 24)
    assert "".join(line.strip() for line in lines).replace(" ", "") == listed.replace(" ", "")
    assert all(display_width(line) <= 24 for line in lines), lines
    assert any(line.strip().startswith("先发行") for line in lines), lines


@pytest.mark.parametrize("width", [60, 80, 100])
def test_stat_fits_the_terminal_and_crops_no_count_or_section_name(width: int) -> None:
    from pathlib import Path

    paths = [str(Path(__file__).parent / "cases" / "gating" / f"{y}.txt") for y in (2019, 2020)]
    result = CliRunner().invoke(main, ["diff", *paths, "--stat", "--width", str(width), "--no-color"])
    lines = result.output.splitlines()
    assert all(display_width(line) <= width for line in lines), lines
    assert "…" not in result.output
    text = iter(result.output)
    for name in ("一、2019年工作回顾", "二、2020年主要任务"):  # every character, in order (wrapped)
        assert all(char in text for char in name), result.output
    total = next(line for line in lines if line.startswith("total"))
    assert total.split() == ["total", "1", "5", "2", "2", "0", "2", "4"]


@pytest.mark.parametrize("width", [40, 50, 60, 80])
def test_a_narrow_timeline_keeps_its_names_and_figures(width: int) -> None:
    from pathlib import Path

    paths = [str(Path(__file__).parent / "cases" / "gating" / f"{y}.txt") for y in (2019, 2020)]
    result = CliRunner().invoke(main, ["timeline", *paths, "--width", str(width), "--no-color"])
    lines = result.output.splitlines()
    assert all(display_width(line) <= width for line in lines), [x for x in lines if display_width(x) > width]
    assert "新增养老床位" in result.output and "250张 (2020)" in result.output  # a table's row or two lines
    assert "311张" in result.output and "reported" in result.output and "…" not in result.output


def test_a_stat_bar_keeps_a_sign_of_every_status_it_counts() -> None:
    from reportdiff.render._diff import _bar

    counts = {"modified": 20, "moved": 1, "split": 1, "merged": 1, "new": 1, "dropped": 1}
    bar = _bar(counts, list(counts), 25, 9).plain
    assert len(bar) == 9 and all(sign in bar for sign in "~↷⑂⑃+-"), bar
    assert _bar({"modified": 0, "new": 3}, ["modified", "new"], 30, 30).plain == "+++"


def test_a_list_item_that_fits_once_its_separator_is_left_off_stays_whole() -> None:
    from rich.text import Text

    from reportdiff.render._style import Wrapped

    lines = _rendered(Wrapped(Text("建设城镇 · 旧小区"), ZH, separator=" · "), 10)
    assert lines[0].rstrip() == "建设城镇 ·", lines
    hung = _rendered(Wrapped(Text("+ 建设城镇老旧小区改造"), ZH, hang=2), 12)
    assert hung[0] == "+ 建设城镇老", hung  # the first line uses its whole width


def test_an_id_is_never_split_across_lines() -> None:
    # the tenth new user: `p2.s` / `1.9` in the commitment lists of narrow terminals
    from rich.text import Text

    from reportdiff.render._style import Wrapped

    entry = "+ 推进城镇老旧小区改造和城市更新行动  p2.s11.19"
    for width in range(20, 44):
        lines = _rendered(Wrapped(Text(entry), ZH, hang=2), width)
        assert any("p2.s11.19" in line for line in lines), (width, lines)
