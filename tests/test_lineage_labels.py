"""Commitment lineages against blind labels (``cases/lineages/anchors_blind.json``): 64 anchor
commitments drawn at random from the national reports 2010–2025 and the Hailar ones 2012–2019,
each year of the series labelled by readers who saw neither the code nor its lineages: does
that year's plan make the same promise?  A lineage's years are then judged: the labelled years
it holds (recall), the years it claims that are labelled ``no`` (precision), and its gaps
("not matched in") that are labelled ``yes``: years the promise was made, reworded past what
the matching pairs.  Each anchor whose lineage misses a labelled year is a known miss (a strict
xfail); the figures are the README's (Status, "Commitment lineages")."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import reportdiff
from reportdiff.extract.commitments import extract_commitments
from reportdiff.lang import profile
from reportdiff.results import Lineage
from reportdiff.series.lineages import build_lineages
from reportdiff.settings import Settings

from .conftest import CORPORA, needs_corpora

_LABELS = Path(__file__).parent / "cases" / "lineages" / "anchors_blind.json"
ITEMS: list[dict[str, Any]] = [
    item for item in json.loads(_LABELS.read_text(encoding="utf-8"))["items"] if item["promise"]
]
_YEARS = {"cn-state-council": range(2010, 2026), "nm-hailar": range(2012, 2020)}


@functools.cache
def _lineages(series: str) -> dict[str, Lineage]:
    """Each commitment's lineage (``<year>:<clause id>`` → lineage) over the labelled years."""
    zh = profile("zh")
    years = [
        (y, extract_commitments(reportdiff.load(CORPORA / series / f"{y}.txt"), zh)) for y in _YEARS[series]
    ]
    return {
        key: lineage for lineage in build_lineages(years, zh, Settings()) for key in lineage.commitment_ids
    }


@dataclass
class _Judged:
    labelled: set[int]
    """Years labelled ``yes`` besides the anchor's own."""
    found: set[int]
    """Of those, the years the anchor's lineage holds."""
    claimed: set[int]
    """Years the lineage holds, besides the anchor's, labelled ``yes`` or ``no``."""
    wrong: set[int]
    """Of those, the ones labelled ``no``."""
    gaps: set[int]
    false_gaps: set[int]
    """Gaps labelled ``yes``: the promise was made that year."""


def _judged(item: dict[str, Any]) -> _Judged:
    lineage = _lineages(item["series"])[f"{item['year']}:{item['commitment']}"]
    labels = {int(year): cell["label"] for year, cell in item["years"].items()}
    yes = {y for y, label in labels.items() if label == "yes"} - {item["year"]}
    no = {y for y, label in labels.items() if label == "no"}
    held = set(lineage.years) - {item["year"]}
    claimed = held & (yes | no)
    return _Judged(yes, held & yes, claimed, claimed & no, set(lineage.gaps), set(lineage.gaps) & yes)


def _params() -> list[Any]:
    params = []
    for item in ITEMS:
        marks = []
        if item["anchor"] in _KNOWN_MISSES:
            reason = f"{item['core']}: {_KNOWN_MISSES[item['anchor']]}"
            marks = [pytest.mark.xfail(reason=reason, strict=True)]
        params.append(pytest.param(item, id=item["anchor"], marks=marks))
    return params


_KNOWN_MISSES: dict[str, str] = {
    "N01": "not in its lineage: 2010, 2011, 2012, 2016, 2017, 2019, 2021, 2022, 2024, 2025",
    "N02": "not in its lineage: 2014, 2015",
    "N03": "not in its lineage: 2019, 2020",
    "N06": "not in its lineage: 2010, 2012, 2014, 2015, 2021",
    "N07": "not in its lineage: 2016, 2024, 2025",
    "N08": "not in its lineage: 2010, 2011, 2012, 2014, 2025",
    "N09": "not in its lineage: 2010, 2012, 2014, 2015",
    "N10": "not in its lineage: 2011, 2012, 2015, 2020, 2022, 2025",
    "N11": "not in its lineage: 2015",
    "N12": "not in its lineage: 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018",
    "N13": "not in its lineage: 2010, 2011, 2012, 2013, 2014, 2015, 2017, 2020, 2023, 2024, 2025",
    "N14": "not in its lineage: 2014, 2020, 2021",
    "N15": "not in its lineage: 2018, 2019, 2021",
    "N16": "not in its lineage: 2010, 2011, 2012, 2014, 2015, 2016",
    "N17": "not in its lineage: 2010, 2011, 2012, 2015, 2017, 2024",
    "N19": "not in its lineage: 2018, 2024, 2025",
    "N21": "not in its lineage: 2010, 2017, 2022",
    "N23": "not in its lineage: 2011, 2014",
    "N24": "not in its lineage: 2012, 2013, 2015, 2017, 2024, 2025",
    "N25": "not in its lineage: 2022",
    "N26": "not in its lineage: 2013, 2014, 2015, 2021",
    "N27": "not in its lineage: 2010, 2016, 2017, 2019, 2024",
    "N31": "not in its lineage: 2015, 2019, 2020, 2022, 2024, 2025",
    "N33": "not in its lineage: 2015, 2016, 2017, 2019, 2020, 2021",
    "N34": "not in its lineage: 2018, 2019, 2025",
    "N36": "not in its lineage: 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2025",
    "N38": "not in its lineage: 2010, 2011, 2012",
    "N39": "not in its lineage: 2018, 2019, 2020, 2024",
    "N40": "not in its lineage: 2019, 2022",
    "N41": "not in its lineage: 2010, 2011, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2022, 2024, 2025",
    "N42": "not in its lineage: 2010, 2017",
    "N43": "not in its lineage: 2013, 2014, 2015, 2016, 2021, 2025",
    "H01": "not in its lineage: 2019",
    "H04": "not in its lineage: 2012, 2015, 2016, 2017, 2019",
    "H07": "not in its lineage: 2017",
    "H08": "not in its lineage: 2012, 2013, 2014, 2015, 2016, 2018, 2019",
    "H09": "not in its lineage: 2014, 2016",
    "H11": "not in its lineage: 2019",
    "H12": "not in its lineage: 2014, 2015",
    "H13": "not in its lineage: 2012",
    "H15": "not in its lineage: 2014, 2015, 2016, 2017",
    "H18": "not in its lineage: 2018, 2019",
    "H19": "not in its lineage: 2012, 2013, 2014, 2016, 2017, 2018, 2019",
}
"""Anchors whose lineage misses a year the reader labelled ``yes``: the promise said in other
words (``坚守耕地红线`` / ``严守18亿亩耕地红线``), shorter (``服务贸易``, too short to be scored),
inside a list, or through its instrument (``增加一般性转移支付`` for ``增强地方财力``)."""


@needs_corpora
@pytest.mark.parametrize("item", _params())
def test_a_lineage_holds_every_year_the_reader_found_the_promise_in(item: dict[str, Any]) -> None:
    judged = _judged(item)
    assert judged.found == judged.labelled


@needs_corpora
@pytest.mark.parametrize("split", ["tune", "check", "all"])
def test_the_lineage_figures(split: str) -> None:
    """README (Status): recall of the labelled years, precision of the years claimed, and the
    share of gaps that are years the promise was made (reworded past the matching)."""
    judged = [_judged(item) for item in ITEMS if split in ("all", item["split"])]
    found = sum(len(j.found) for j in judged)
    labelled = sum(len(j.labelled) for j in judged)
    claimed = sum(len(j.claimed) for j in judged)
    wrong = sum(len(j.wrong) for j in judged)
    gaps = sum(len(j.gaps) for j in judged)
    false_gaps = sum(len(j.false_gaps) for j in judged)
    assert (found, labelled, claimed - wrong, claimed, false_gaps, gaps) == _FIGURES[split]


_FIGURES = {
    "tune": (34, 122, 34, 34, 15, 37),
    "check": (60, 158, 60, 61, 11, 34),
    "all": (94, 280, 94, 95, 26, 71),
}
"""(years found, labelled; claimed rightly, claimed; false gaps, gaps): measured on main at
1514cf9, before any change to the lineages, (33, 122, 33, 33, 16, 38) tuned and (62, 158, 62, 63,
10, 33) held out; (34, …) and (62, 158, 62, 63, 11, 34) since more plan clauses are read as
commitments (seventeenth session); held out two years fewer since one frame about two items is scored
on content alone (eighteenth session: N36's 2014 and 2015)."""


def test_a_gap_is_printed_as_a_year_not_matched(tmp_path: Path) -> None:
    """The terminal and HTML name a lineage's gaps as years not matched, and say what that means
    (the fifteenth new user's finding 1: "absent in" read as the promise dropped)."""
    from click.testing import CliRunner

    from reportdiff.cli import main
    from reportdiff.render.notes import GAPS_NOTE

    plans = {2019: "推进城市更新行动。", 2020: "加强生态环境保护。", 2021: "推进城市更新行动。"}
    for year, plan in plans.items():
        text = f"各位代表：\n一、{year - 1}年工作回顾\n经济运行平稳。\n二、{year}年主要任务\n{plan}\n"
        (tmp_path / f"{year}.txt").write_text(text, encoding="utf-8")
    paths = [str(tmp_path / f"{year}.txt") for year in plans]
    shown = CliRunner().invoke(main, ["timeline", *paths, "--jobs", "1"])
    assert shown.exit_code == 0, shown.output
    assert "not matched in" in shown.output and "absent in" not in shown.output
    assert GAPS_NOTE in " ".join(shown.output.split())
    page = CliRunner().invoke(main, ["timeline", *paths, "--jobs", "1", "--format", "html"])
    assert "<th>not matched in</th>" in page.output and "no commitment matched" in page.output


def test_a_lineage_reworded_says_how_it_was_first_worded(tmp_path: Path) -> None:
    """A lineage is named by its last wording; where the first differs every view says it too
    (the twenty-fourth new user: Hailar's 第十五届…展销会 "since 2012" was the eighth fair then)."""
    from click.testing import CliRunner

    from reportdiff.cli import main

    plans = {2019: "保持人民币汇率在合理均衡水平上的基本稳定。", 2020: "保持人民币汇率在合理均衡水平上基本稳定。"}  # noqa: E501
    for year, plan in plans.items():
        text = f"各位代表：\n一、{year - 1}年工作回顾\n经济运行平稳。\n二、{year}年主要任务\n{plan}\n"
        (tmp_path / f"{year}.txt").write_text(text, encoding="utf-8")
    paths = [str(tmp_path / f"{year}.txt") for year in plans]
    first = "first worded 人民币汇率在合理均衡水平上的基本稳定"
    for fmt in ("terminal", "markdown", "html"):
        options = ["--jobs", "1", "--format", fmt, "--width", "200"]
        shown = CliRunner().invoke(main, ["timeline", *paths, *options])
        assert shown.exit_code == 0, shown.output
        assert first in shown.output, fmt
