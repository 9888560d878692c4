"""A promise the other report says where it read none (a heading, a closing) is repeated, not
new or dropped (``pairwise/restated.py``; README, Commitments)."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest

import reportdiff

from .conftest import CORPORA, needs_corpora
from .promise_golden import reworded_labels, still_listed

CASES = Path(__file__).parent / "cases" / "commitments"
OLD = "各位代表：\n一、2024年工作回顾\n我们推进数字政府建设。\n二、2025年主要任务\n{plan}\n"
NEW = "各位代表：\n一、2025年工作回顾\n我们完成了任务。\n二、2026年主要任务\n{plan}\n"


def _changes(old_plan: str, new_plan: str, reverse: bool = False) -> set[tuple[str, str | None, str | None]]:
    old = reportdiff.parse(OLD.format(plan=old_plan), source="2025.txt")
    new = reportdiff.parse(NEW.format(plan=new_plan), source="2026.txt")
    if reverse:
        old, new = new, old
    return {
        (c.status, c.old and c.old.action + c.old.object, c.new and c.new.action + c.new.object)
        for c in reportdiff.compare(old, new).commitments
    }


def test_a_heading_of_the_old_plan_makes_the_promise_repeated() -> None:
    changes = _changes("（一）因地制宜发展新质生产力，加快建设现代化产业体系。", "要因地制宜发展新质生产力。")
    assert ("repeated", "因地制宜发展新质生产力", "因地制宜发展新质生产力") in changes
    old = reportdiff.parse(OLD.format(plan="（一）因地制宜发展新质生产力。"), source="2025.txt")
    new = reportdiff.parse(NEW.format(plan="要因地制宜发展新质生产力。"), source="2026.txt")
    assert [c.via for c in reportdiff.compare(old, new).commitments] == ["said again"]
    assert not any(status == "new" for status, _, _ in changes)


def test_the_pairing_the_other_way_round_is_the_same_mirrored() -> None:
    plans = ("（一）因地制宜发展新质生产力，加快建设现代化产业体系。", "要因地制宜发展新质生产力，推进改革。")
    forward = _changes(*plans)
    backward = _changes(*plans, reverse=True)
    mirrored = {({"new": "dropped", "dropped": "new"}.get(s, s), n, o) for s, o, n in forward}
    assert backward == mirrored


def test_words_ending_inside_a_longer_word_are_not_the_promise() -> None:
    # 推进改革 stands in 推进改革开放, but ends inside its word
    assert ("new", None, "推进改革") in _changes("要推进改革开放。", "要推进改革。")


def test_a_short_promise_must_open_a_clause_there() -> None:
    # 优化机制 ends 调整优化机制, a longer name
    assert ("new", None, "优化机制") in _changes("要构建学科设置调整优化机制。", "要优化机制。")


def test_a_short_promise_may_follow_an_adverb_of_promise_there() -> None:
    # the old plan's heading says 着力扩大国内需求: 着力 is how hard, not part of a longer name
    assert ("repeated", "扩大国内需求", "扩大国内需求") in _changes(
        "（三）着力扩大国内需求，推动经济良性循环。", "要扩大国内需求。"
    )


def test_long_words_said_inside_a_longer_sentence_end_where_a_word_ends() -> None:
    """Eight characters or more said again inside a sentence of the other plan are the promise
    where the dictionary ends a word after them (连续性/稳定性), not before a relative clause's
    的 (they name something there) nor inside a word."""
    heading = "（一）保持宏观政策连续性稳定性可持续性，促进经济运行在合理区间。"
    said = "保持宏观政策连续性"
    assert ("repeated", said, said) in _changes(heading, "要保持宏观政策连续性。")
    named = "这是构建社会主义和谐社会的重要举措。"
    assert ("new", None, "构建社会主义和谐社会") in _changes(named, "要构建社会主义和谐社会。")
    assert ("new", None, "推进改革") in _changes("要推进改革开放和现代化建设。", "要推进改革。")  # short


def test_a_purpose_whose_groundwork_is_promised_is_not_the_promise() -> None:
    # 2025's closing promises the groundwork for a good start; 2026 promises the start itself
    old = "确保全面完成“十四五”规划目标任务，为实现“十五五”良好开局打牢基础。"
    assert ("new", None, "实现“十五五”良好开局") in _changes(old, "要实现“十五五”良好开局。")
    # the purpose a list, its groundwork after the last item (Hainan 2025)
    listed = "为实现“十五五”良好开局、努力把自由贸易港建设推向深入打牢基础。"
    assert ("new", None, "实现“十五五”良好开局") in _changes(listed, "要实现“十五五”良好开局。")
    # striving for it is promising it
    old = "我们要为推动构建人类命运共同体不懈努力。"
    promise = "推动构建人类命运共同体"
    assert ("repeated", promise, promise) in _changes(old, "要推动构建人类命运共同体。")


def test_an_object_said_again_after_another_verb_is_the_promise_repeated() -> None:
    """The object alone, after another verb of promise and ending a clause there: the promise
    made with another verb (a heading the plan reads no promise in, here), reworded."""
    changes = _changes("要启动医疗卫生强基工程。", "（三）深化医疗卫生强基工程。")
    assert ("repeated", "启动医疗卫生强基工程", "深化医疗卫生强基工程") in changes
    old = reportdiff.parse(OLD.format(plan="要启动医疗卫生强基工程。"), source="2025.txt")
    new = reportdiff.parse(NEW.format(plan="（三）深化医疗卫生强基工程。"), source="2026.txt")
    (change,) = reportdiff.compare(old, new).commitments
    assert (change.via, change.action) == ("said again", "reworded")
    # the other way round, mirrored
    assert ("repeated", "深化医疗卫生强基工程", "启动医疗卫生强基工程") in _changes(
        "（三）深化医疗卫生强基工程。", "要启动医疗卫生强基工程。"
    )


def test_an_object_going_on_or_heading_a_list_there_is_not_the_promise() -> None:
    """In headings of the old plan (no promise read there): 包银高铁 goes on (银川至巴彦浩特支线: a
    longer name), 人才培养 heads a list of 机制, and 空间布局 follows no verb of promise: none is
    said again there, the new promise is new."""
    for old_plan, new_plan in [
        ("（一）建成包银高铁银川至巴彦浩特支线。", "要建成包银高铁。"),
        ("（一）完善人才培养、任用、评价机制。", "要加强人才培养。"),
        ("（一）统筹产业布局和空间布局。", "要优化空间布局。"),
    ]:
        old = reportdiff.parse(OLD.format(plan=old_plan), source="2025.txt")
        new = reportdiff.parse(NEW.format(plan=new_plan), source="2026.txt")
        assert [c.status for c in reportdiff.compare(old, new).commitments] == ["new"]


def test_a_goal_a_means_or_a_service_serves_is_not_the_promise_said_again() -> None:
    """以高水平安全保障高质量发展 promises security, for development's sake; 更好服务转型发展 promises a
    service: neither says again a promise to push development or transformation (blind labels 10,
    21, 30 and a fresh sample's two)."""
    old = "（八）坚持多手并用防风险，以高水平安全保障高质量发展。"
    assert [s for s, _, _ in _changes(old, "要扎实推动高质量发展。")] == ["new"]
    served = _changes("（二）加快转型发展。", "金融企业要更好服务转型发展。")
    assert ("new", None, "更好服务转型发展") in served


def test_the_review_is_not_searched() -> None:
    # the old review reported 推进数字政府建设 done: as a promise it is new
    assert ("new", None, "推进数字政府建设") in _changes("要扩大内需。", "要推进数字政府建设。")


REVIEW = json.loads((CASES / "review_restated_ab.json").read_text(encoding="utf-8"))["items"]
NOT_LINKED = {10}
"""Judged the same promise by the blind reader, no longer linked since a short promise (under
eight characters) pairs with another reading only when equal: 狠抓投资 against 狠抓投资、融资和项目
建设 (10).  坚持以人为本 in 坚持以人为本、执政为民 (41) and 反对霸权主义 (70) are linked again as
items of the other clause's list (``pairwise/listed.py``).  The two judged different (16, 71: a
short promise inside another's longer object) are no longer linked."""


@functools.cache
def _partners(pair: tuple[str, str]) -> dict[str, list[tuple[str, str]]]:
    """Each repeated old commitment's partners: their ids and clauses as printed."""
    old, new = (reportdiff.load(CORPORA / f"{name}.txt") for name in pair)
    found: dict[str, list[tuple[str, str]]] = {}
    for c in reportdiff.compare(old, new).commitments:
        if c.old and c.new:
            found.setdefault(c.old.id, []).append((c.new.id, c.new.text))
    return found


def _pairs(pair: tuple[str, str]) -> frozenset[tuple[str, str]]:
    return frozenset((old, new) for old, partners in _partners(pair).items() for new, _ in partners)


WORD_ENDS = json.loads((CASES / "review_word_ends_ab.json").read_text(encoding="utf-8"))["items"]
WORD_ENDS_WRONG = {43, 61}
"""Pairings the blind reader judged otherwise: 加快改善生态环境 linked to a sentence where it is the
subject of 是人民群众的迫切愿望 (43, different); 实行以备案制为主 no longer linked to
实行以备案制为主的对外投资管理方式 (61, same), which stands before 的."""
LISTED = json.loads((CASES / "review_listed_ab.json").read_text(encoding="utf-8"))["items"]
LISTED_WRONG = {13, 31}
"""Controls (pairings older than the list items) the blind reader judged different: 优化高质量创新
空间布局 / 优化高质量发展空间布局 (13), 采取市场化运作方式 / 打造市场化运作平台 (31).  All 23 pairings of
a promise with an item of the other report's list were judged the same."""
STILL_MISSED = {6, 33, 41, 56}
"""Lone commitments shown as controls beside the other plan's most similar sentence that the
reader judged the same promise: reworded (稳定现行生育政策和低生育水平 / 稳定低生育水平), still new."""


def _reviewed(items: list[dict[str, Any]], name: str, wrong: set[int], reason: str) -> list[Any]:
    """The pairings of a blind review judged the same or different (not partly), as test cases;
    those in ``wrong`` strict xfails."""
    return [
        pytest.param(t, id=f"{name}-{t['id']}-{t['promise'][:10]}",
                     marks=[pytest.mark.xfail(reason=reason, strict=True)] if t["id"] in wrong else [])
        for t in items
        if t.get("kind", "pairing") == "pairing" and t["judged"]["judgement"] != "partly"
    ]  # fmt: skip


@needs_corpora
@pytest.mark.corpus
@pytest.mark.parametrize(
    "item",
    _reviewed(REVIEW, "restated", NOT_LINKED, "judged the same, not linked")
    + _reviewed(WORD_ENDS, "word-ends", WORD_ENDS_WRONG, "judged otherwise by the blind reader")
    + _reviewed(LISTED, "listed", LISTED_WRONG, "judged otherwise by the blind reader"),
)
def test_blind_review_of_promises_said_again(item: dict[str, Any]) -> None:
    """Judged the same promise in both years: repeated; judged different: not paired."""
    pair = tuple(item["pair"])
    linked = (item["old_id"], item["new_id"]) in _pairs(pair)
    if item["judged"]["judgement"] == "same" and not linked:
        # repeated with another clause stating the promise word for word (national 2021's plan
        # of the five years says 深化供给侧结构性改革 before its plan of the year does)
        linked = any(item["promise"] in text for _, text in _partners(pair).get(item["old_id"], []))
    assert linked is (item["judged"]["judgement"] == "same")


@needs_corpora
@pytest.mark.corpus
@pytest.mark.parametrize(
    "item",
    [
        pytest.param(t, id=f"{t['id']}-{t['promise'][:10]}",
                     marks=[pytest.mark.xfail(reason="reworded: still new", strict=True)])
        for t in WORD_ENDS
        if t["id"] in STILL_MISSED
    ],
)  # fmt: skip
def test_promises_judged_made_again_in_other_words_are_not_new(item: dict[str, Any]) -> None:
    old, new = (reportdiff.load(CORPORA / f"{name}.txt") for name in item["pair"])
    status = {c.new.id: c.status for c in reportdiff.compare(old, new).commitments if c.new}
    assert status[item["new_id"]] != "new"


_SAMPLE_PAIRS = {
    (t["series"], t["old"], t["new"])
    for t in json.loads((CASES / "sample.json").read_text(encoding="utf-8"))["items"]
}
REWORDED_WRONG = {1, 7, 9, 32, 39, 44}
"""Items of the blind labels (``reworded_blind.json``) still read otherwise than judged.  The same
promise still listed: a figure changed with the verb (1: 职业技能培训60万人次 / 开展…30万人次), the
object going on there (9, 32: 落实“两新”政策、优化补贴方式 is a list), before the list mark (39), with
another word (44: 提高/提升消费能力).  A different promise paired: the words of a heading (7:
经济社会发展目标任务).  (A means serving a goal, 10 and 21: 以高水平安全保障高质量发展, and a verb of
serving, 30, no longer pair: ``CommitmentRules.means``, ``supporting``, ``serving``.)  Only the
labels of pairs the commitment sample compares anyway are tests (each other pair would cost a
comparison): the figure over all 60 is ``python benchmarks/promise_accuracy.py``'s."""


@needs_corpora
@pytest.mark.corpus
@pytest.mark.parametrize(
    "label",
    [
        pytest.param(t, id=f"{t['n']}-{t['action']}{t['object'][:8]}",
                     marks=[pytest.mark.xfail(reason="judged otherwise", strict=True)]
                     if t["n"] in REWORDED_WRONG else [])
        for t in reworded_labels()
        if t["label"] != "partial" and (t["series"], t["old"], t["new"]) in _SAMPLE_PAIRS
    ],
)  # fmt: skip
def test_blind_labels_of_objects_said_after_another_verb(label: dict[str, Any]) -> None:
    """Judged the same promise: no longer listed new or dropped; judged different: still listed."""
    assert still_listed(label) is (label["label"] == "different")
