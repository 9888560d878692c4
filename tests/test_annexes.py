"""What is appended to the address (附件, 名词解释) is its own part, and no figure, target or
commitment of it reaches an indicator table or a timeline; autonomous regions' names;
a fall beaten is met."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import reportdiff
from reportdiff import lang
from reportdiff.cli import main
from reportdiff.extract.commitments import extract_commitments

from .conftest import CORPORA, needs_corpora

ANNEXED = (
    "政府工作报告\n各位代表：\n一、2024年工作回顾\n地区生产总值增长5.1%。\n二、2025年工作安排\n"
    "地区生产总值增长5%左右。新建学校10所。\n各位代表！让我们团结奋斗。\n"
    "附件\n《政府工作报告》有关内容名词注释\n1.“两重”：农户占30%以上的项目。\n"
    "2.“三率”：开工率达到90%。\n名词解释\n（一）一降三减：火灾起数下降5%。\n"
)


def test_an_annex_is_its_own_part() -> None:
    report = reportdiff.parse(ANNEXED, "2025.txt")
    kinds = [(p.part, p.title) for p in report.parts]
    assert ("annex", "附件 《政府工作报告》有关内容名词注释") in kinds
    assert ("annex", "名词解释") in kinds
    assert [k for k, _ in kinds if k == "plan"] == ["plan"]  # 1. 2. （一） open no parts


def test_every_format_shows_a_report_with_an_annex(tmp_path: Path) -> None:
    """``reportdiff show`` of a report with an annex had failed with a traceback in the terminal
    view (no style for the part): both formats show its parts, the annex among them."""
    path = tmp_path / "2025.txt"
    path.write_text(ANNEXED, encoding="utf-8")
    for fmt in ("terminal", "json"):
        result = CliRunner().invoke(main, ["show", str(path), "--format", fmt])
        assert result.exit_code == 0, (fmt, result.output)
        assert "annex" in result.output, fmt


def test_no_figure_or_commitment_of_an_annex() -> None:
    report = reportdiff.parse(ANNEXED, "2025.txt")
    profile = lang.profile("zh")
    annexed = {s.id for s in report.sentences if s.part_id.startswith("annex")}
    assert annexed
    figures = reportdiff.indicators(report)
    assert [f.figure for f in figures] == ["5.1%", "5%左右", "10所"]
    assert not [c for c in extract_commitments(report, profile) if c.sentence_id in annexed]


@needs_corpora
@pytest.mark.corpus
@pytest.mark.parametrize("path", [
    "cn-prov-jiangxi/2025.txt", "cn-prov-jiangxi/2026.txt", "cn-prov-neimenggu/2026.txt",
])
def test_corpus_annexes(path: str) -> None:
    report = reportdiff.load(CORPORA / path)
    annexes = {p.id for p in report.parts if p.part == "annex"}
    assert len(annexes) == 1
    inside = {s.id for s in report.sentences if s.part_id in annexes}
    assert len(inside) >= 10  # the glossary or the list of 民生实事, all of it
    assert not [f for f in reportdiff.indicators(report) if f.sentence_id in inside]


@needs_corpora
@pytest.mark.corpus
def test_no_annex_figure_in_a_timeline() -> None:
    paths = [CORPORA / "cn-prov-jiangxi" / f"{year}.txt" for year in (2025, 2026)]
    timeline = reportdiff.track(paths)
    frame = timeline.indicators
    assert not frame[frame["sentence_id"].str.startswith("annex")].shape[0]


@needs_corpora
@pytest.mark.corpus
@pytest.mark.parametrize(
    ("series", "region"),
    [
        ("neimenggu", "内蒙古自治区"),
        ("xizang", "西藏自治区"),
        ("ningxia", "宁夏回族自治区"),
        ("guangxi", "广西壮族自治区"),
    ],
)
def test_autonomous_region(series: str, region: str) -> None:
    report = reportdiff.load(CORPORA / f"cn-prov-{series}" / "2026.txt")
    assert report.metadata.region == region
    assert report.metadata.speaker is not None and "主席" in report.metadata.speaker


@needs_corpora
@pytest.mark.corpus
def test_a_fall_beaten_is_met() -> None:
    """2015's 能耗强度下降3.1%以上 against 2016's 下降5.6%."""
    paths = [CORPORA / "cn-state-council" / f"{year}.txt" for year in (2015, 2016)]
    checks = reportdiff.track(paths).targets()
    row = checks[checks["indicator"] == "单位国内生产总值能耗"].iloc[0]
    assert (row["target_value"], row["actual_value"], row["verdict"]) == (-3.1, -5.6, "met")


def test_an_unnumbered_part_title_between_numbered_parts() -> None:
    """加强政府自身建设 after 二、…: a part of its own, its sections numbered from （一） again."""
    text = (
        "各位代表：\n一、2024年工作回顾\n地区生产总值增长5%。\n二、2025年工作安排\n（一）扩大内需。\n"
        "（二）稳定就业。\n加强政府自身建设\n（一）坚持依法行政。\n（二）恪守廉洁。\n一、物资消耗高的企业；\n"
    )
    report = reportdiff.parse(text, "2025.txt")
    assert [(p.title, p.part) for p in report.parts][1:] == [
        ("2024年工作回顾", "review"), ("2025年工作安排", "plan"), ("加强政府自身建设", "plan")
    ]
    own = [s.title for s in report.sections if s.parent == "p3"]
    assert own == ["坚持依法行政", "恪守廉洁"]
