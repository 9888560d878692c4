"""The HTML a reader moves around in: contents with counts, changes by section, dropped and new
sentences side by side, unchanged runs folded, a one-sign status column, next-change links;
the timeline page with region, units and latest values."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import reportdiff
from reportdiff.cli import main
from reportdiff.render import RenderOptions, render
from reportdiff.render.summary import section_tallies

from .conftest import CORPORA, SEED, needs_corpora

CASES = Path(__file__).parent / "cases"
OLD, NEW = CASES / "gating" / "2019.txt", CASES / "gating" / "2020.txt"


def _edited(tmp_path: Path) -> Path:
    text = SEED.read_text(encoding="utf-8")
    path = tmp_path / "2020.txt"
    path.write_text(text.replace("新增就业岗位", "新增各类就业岗位"), encoding="utf-8")
    return path


def test_contents_list_every_section_with_its_counts_and_link() -> None:
    comparison = reportdiff.compare(OLD, NEW)
    page = render(comparison, "html")
    toc = page[page.index('<nav class="toc"') : page.index("</nav>")]
    for tally in section_tallies(comparison):
        assert f'href="#sec-{tally.id}"' in toc and f'id="sec-{tally.id}"' in page
    row = re.search(r'<tr><td><a href="#sec-p2">[^<]*</a></td>(.*?)</tr>', toc)
    assert row is not None
    cells = re.findall(r'<td class="n">(\d*)</td>', row.group(1))
    tally = next(t for t in section_tallies(comparison) if t.id == "p2")
    assert cells[:2] == [str(tally.statuses["modified"]), str(tally.statuses["moved"])]


def test_unchanged_runs_are_folded_and_context_stays_open(tmp_path: Path) -> None:
    comparison = reportdiff.compare(SEED, _edited(tmp_path))
    page = render(comparison, "html", RenderOptions(context=1))
    folds = re.findall(r"<summary>⋯ (\d+) unchanged</summary>", page)
    assert folds and sum(map(int, folds)) > 250
    wider = render(comparison, "html", RenderOptions(context=3))
    assert sum(map(int, re.findall(r"<summary>⋯ (\d+) unchanged</summary>", wider))) < sum(map(int, folds))


def test_status_is_one_sign_that_links_to_the_next_change() -> None:
    page = render(reportdiff.compare(OLD, NEW), "html")
    assert '<col class="st">' in page and ">status<" not in page
    signs = re.findall(r'<td class="st" id="c(\d+)" title="([a-z, ]+)"><a href="#c(\d+)"', page)
    assert signs and all(int(after) > int(here) for here, _, after in signs)
    anchors = set(re.findall(r'id="c(\d+)"', page))
    assert {after for _, _, after in signs} <= anchors  # every link lands on a change


@needs_corpora
def test_dropped_and_new_runs_sit_side_by_side() -> None:
    national = CORPORA / "cn-state-council"
    page = render(reportdiff.compare(national / "2024.txt", national / "2025.txt"), "html")
    replaced = re.findall(r'<tr class="replaced">.*?</tr>', page)
    assert len(replaced) > 50
    assert all('<td class="dropped">' in row and '<td class="new">' in row for row in replaced)


def test_only_narrows_the_html_rows(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["diff", str(OLD), str(NEW), "--format", "html", "--only", "moved"])
    assert result.exit_code == 1
    page = result.output
    outside = re.sub(r"<details><summary>⋯.*?</details>", "", page, flags=re.S)
    rows = re.findall(r'<tr class="(\w+)">', outside)
    assert set(rows) <= {"moved", "unchanged", "fold"} and "moved" in rows
    assert "New commitments" not in page


def test_timeline_page_names_region_units_and_latest_values(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["timeline", str(OLD), str(NEW), "--format", "html"])
    page = result.output
    assert "<title>reportdiff: timeline " in page and "2019–2020</title>" in page
    assert "<th>unit</th>" in page and "<th>latest</th>" in page
    assert re.search(r'<span class="latest">[\d,.]+[^<]*\(20\d\d\)</span>', page)


@needs_corpora
def test_timeline_page_title_has_the_region() -> None:
    national = CORPORA / "cn-state-council"
    files = [str(national / f"{year}.txt") for year in (2023, 2024, 2025)]
    page = (
        CliRunner().invoke(main, ["timeline", *files, "--format", "html", "--match", "国内生产总值"]).output
    )
    assert "<title>reportdiff: timeline 全国 2023–2025</title>" in page
    indicators = re.findall(r"<tr><td>([^<]+)</td><td>(?:level|change)</td>", page)
    assert indicators and all("国内生产总值" in name for name in indicators)


@pytest.mark.parametrize("option", [["--context", "3"], ["--only", "new"]])
def test_html_takes_the_view_options(option: list[str]) -> None:
    result = CliRunner().invoke(main, ["diff", str(OLD), str(NEW), "--format", "html", *option])
    assert result.exit_code == 1, result.output


@needs_corpora
def test_every_listed_commitment_links_to_its_sentence() -> None:
    """The sentence ids after new, dropped and changed commitments and follow-ups jump to their
    rows (the twelfth new user's finding 7: they were plain text); national 2024→2025."""
    folder = CORPORA / "cn-state-council"
    page = render(reportdiff.compare(folder / "2024.txt", folder / "2025.txt"), "html")
    anchors = set(re.findall(r'id="([^"]+)"', page))
    links = re.findall(r"href='#([^']+)'", page)
    assert len(links) > 900 and all(link in anchors for link in links)
    changed = page[page.index("Repeated commitments, changed") :]
    pair = r"<a class='id' href='#o-[^']+'>[^<]+</a> → <a class='id' href='#n-"
    assert re.search(r"<li>[^<]*: [^<]*" + pair, changed)
