"""Golden structure of the bundled seed report (上海市长宁区 2020)."""

from __future__ import annotations

import itertools
import re

import reportdiff
from reportdiff.lang import profile
from reportdiff.normalize import Mapped, run


def test_metadata(seed: reportdiff.Report) -> None:
    meta = seed.metadata
    assert (meta.title, meta.region, meta.year, meta.date, meta.speaker) == (
        "政府工作报告",
        "长宁区",
        2020,
        "2020-01-07",
        "长宁区代区长 王岚",
    )
    assert meta.year_source == "text"


def test_two_parts_with_five_and_seven_sections(seed: reportdiff.Report) -> None:
    numbered = [p for p in seed.parts if p.number]
    assert [(p.id, p.part, p.title) for p in numbered] == [
        ("p1", "review", "2019年工作回顾"),
        ("p2", "plan", "2020年主要任务"),
    ]
    assert [sum(1 for s in seed.sections if s.parent == p.id) for p in numbered] == [5, 7]
    assert [p.id for p in seed.parts] == ["p0", "p1", "p2", "closing"]
    assert seed.section("p2.s6").title == "坚持共享发展,让改革发展成果更好惠及群众"


def test_counts_and_ids(seed: reportdiff.Report) -> None:
    assert len(seed.sentences) == 329
    assert len({s.id for s in seed.sentences}) == len(seed.sentences)
    assert [s.id for s in seed.sentences[:5]] == ["p0.1", "p0.2", "p0.3", "p1.1", "p1.2"]
    first_topic = seed.topics[0]
    assert (first_topic.id, first_topic.title) == ("p1.s1.t1", "改革开放力度不断加大")
    bold = next(t for t in seed.topics if t.title == "人才服务效能持续提升")
    assert bold.bold and bold.section_id == "p1.s1"
    assert seed.sentences[3].role == "heading" and seed.sentences[3].text == "一、2019年工作回顾"


def test_page_broken_sentences_are_rejoined(seed: reportdiff.Report) -> None:
    texts = [s.text for s in seed.sentences]
    assert any("考察长宁工作重要指示要求" in t for t in texts)
    assert any("我区27个项目获得虹桥商务区专项资金支持" in t for t in texts)
    assert "新增18家母婴设施点" in "".join(texts)
    assert not [t for t in texts if re.search(r"[\n*#]", t)]


def test_footer_is_outside_the_plan(seed: reportdiff.Report) -> None:
    assert not [s for s in seed.sentences if "共印" in s.text]
    footer = [e for e in seed.excluded if e.reason == "footer"]
    assert footer and "共印1100份" in footer[-1].text
    assert seed.sentences[-1].part_id == "closing"
    assert seed.sentences[-1].text.startswith("各位代表，新的一年")


def test_every_body_character_is_in_exactly_one_sentence_in_order(seed: reportdiff.Report) -> None:
    body_start = seed.sentences[0].span.start
    body_end = seed.sentences[-1].span.end
    prof = profile("zh")
    body = run(Mapped.of(seed.raw.text[body_start:body_end]), prof.steps).text
    assert "".join(s.text for s in seed.sentences) == body.replace("\n", "")
    spans = [s.span for s in seed.sentences]
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))


def test_spans_point_at_the_original_text(seed: reportdiff.Report) -> None:
    for sentence in seed.sentences:
        raw = sentence.span.slice(seed.raw.text)
        squeezed = re.sub(r"[\s*#]", "", raw)
        assert squeezed == re.sub(r"\s", "", sentence.text), sentence.id


def test_clauses_cover_the_sentence(seed: reportdiff.Report) -> None:
    sentence = next(s for s in seed.sentences if s.text.startswith("新设外资项目196个"))
    assert [c.text for c in sentence.clauses] == [
        "新设外资项目196个",
        "实到外资6.85亿美元",
        "同比增长68.7%。",
    ]
    assert sentence.clauses[1].id == f"{sentence.id}.c2"
    assert sentence.clauses[1].span.slice(seed.raw.text) == "实到外资6.85亿美元"
