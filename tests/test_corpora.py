"""Every real file under ../shared/corpora parses into a plausible structure."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

import reportdiff

from .conftest import CORPORA, corpus_files, needs_corpora

FILES = corpus_files()
ABSTRACTS = {"cn-state-council/1964.txt"}  # the 1964 report survives only as an abstract


@needs_corpora
@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.name}" for p in FILES])
def test_parses_plausibly(path: Path) -> None:
    report = reportdiff.load(path)
    name = f"{path.parent.name}/{path.name}"
    if name not in ABSTRACTS:
        assert len(report.sentences) >= 50
    assert report.metadata.year is not None
    assert abs(report.metadata.year - int(path.stem)) <= 1  # budget years, late deliveries
    assert all(s.text.strip() == s.text and "\n" not in s.text for s in report.sentences)


@needs_corpora
@pytest.mark.parametrize("year", ["1989", "1990", "1991", "1996", "2014"])
def test_repeated_bodies_are_read_once(year: str) -> None:
    report = reportdiff.load(CORPORA / "cn-state-council-alt" / f"{year}.txt")
    assert report.warnings and "repeated" in report.warnings[0]
    assert [e.reason for e in report.excluded].count("duplicate") == 1
    texts = [s.text for s in report.sentences if len(s.text) > 30]
    assert len(texts) == len(set(texts))


@needs_corpora
def test_wikisource_licence_footer_is_kept_out() -> None:
    report = reportdiff.load(CORPORA / "cn-state-council" / "2024.txt")
    assert not [s for s in report.sentences if "公有领域" in s.text or "Public domain" in s.text]
    assert any("公有领域" in e.text for e in report.excluded if e.reason == "footer")
    assert [(p.part, p.title) for p in report.parts if p.number] == [
        ("review", "2023年工作回顾"),
        ("plan", "2024年经济社会发展总体要求和政策取向"),
        ("plan", "2024年政府工作任务"),
    ]
    meta = report.metadata
    assert (meta.region, meta.year, meta.date, meta.speaker) == (
        "全国",
        2024,
        "2024-03-05",
        "国务院总理 李强",
    )


@needs_corpora
def test_web_page_chrome_is_kept_out() -> None:
    report = reportdiff.load(CORPORA / "cn-prov-beijing" / "2026.txt")
    assert report.sentences[0].text == "各位代表："
    assert not [s for s in report.sentences if "【字号" in s.text or "相关报道" in s.text]
    assert report.metadata.speaker == "北京市市长 殷勇"


@needs_corpora
def test_crlf_district_report() -> None:
    report = reportdiff.load(CORPORA / "nm-hailar" / "2019.txt")
    assert [p.part for p in report.parts if p.number][:2] == ["review", "plan"]
    assert report.metadata.region == "呼伦贝尔市海拉尔区"


SERIES = sorted({p.parent for p in FILES})


@needs_corpora
@pytest.mark.parametrize("series", SERIES, ids=[s.name for s in SERIES])
def test_consecutive_years_compare_with_every_sentence_accounted_for(series: Path) -> None:
    reports = [reportdiff.load(path) for path in sorted(series.glob("*.txt"))]
    for old, new in itertools.pairwise(reports):
        comparison = reportdiff.compare(old, new)
        assert sorted(i for c in comparison.sentences for i in c.old) == sorted(s.id for s in old.sentences)
        assert sorted(i for c in comparison.sentences for i in c.new) == sorted(s.id for s in new.sentences)


@needs_corpora
def test_budget_speeches_take_the_year_they_are_for() -> None:
    """A speech delivered late in the year before (``**Date:** 1963-11-28``) is for the year its
    motion names (``…for the year 1964``), which is the year its file is named after (SOURCE.md)."""
    for path in sorted((CORPORA / "sg-budget").glob("*.txt")):
        assert reportdiff.load(path).metadata.year == int(path.stem), path.name


@needs_corpora
def test_a_title_written_twice_is_one_heading() -> None:
    """Markdown conversions write a title twice (``## Indonesia``, again, then ``Indonesia``): the
    outline lists each section once, and every repeat is kept out as a duplicate, not lost."""
    report = reportdiff.load(CORPORA / "sg-budget" / "1961.txt")
    titles = [s.title for s in report.sections if s.level > 1]
    assert len(titles) == len(set(titles)) > 10
    repeats = [e for e in report.excluded if e.reason == "duplicate"]
    assert {e.text.strip() for e in repeats} >= {"Indonesia", "Federation of Malaya"}
    headings = [s.text for s in report.sentences if s.role == "heading"]
    body = {s.text for s in report.sentences if s.role != "heading"}
    assert not body & set(headings)


def test_a_paragraph_said_twice_in_a_row_is_read_once() -> None:
    """Only the paragraph right after its twin is a repeat: the same words later in the report
    are a statement of their own."""
    text = "2020年政府工作报告\n\n一、过去一年工作回顾\n\n一、过去一年工作回顾\n\n"
    text += "经济运行总体平稳。\n\n经济运行总体平稳。\n\n"
    text += "二、2021年工作安排\n\n扩大内需。\n\n稳定就业。\n\n扩大内需。\n"
    report = reportdiff.parse(text)
    assert [s.text for s in report.sentences].count("扩大内需。") == 2
    assert [s.text for s in report.sentences].count("经济运行总体平稳。") == 1
    assert [e.reason for e in report.excluded].count("duplicate") == 2
