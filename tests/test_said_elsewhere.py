"""New and dropped commitments most of whose words one plan sentence of the other report holds
(``CommitmentChange.said_elsewhere``, :mod:`reportdiff.pairwise.nearest`): listed last in every view
with that sentence, carried in JSON, and judged blind (``cases/commitments/elsewhere_fresh_blind.json``,
drawn for it; ``dropped_blind.json`` and ``new_blind.json``, drawn before, whose tune halves the
rule was chosen on; ``elsewhere_newuser25.json``, every such item of three pairs, judged by a new user)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import reportdiff
from reportdiff import parse
from reportdiff.render import RenderOptions, render
from reportdiff.results import CommitmentChange, Comparison
from reportdiff.settings import Settings

from .conftest import CORPORA, needs_corpora

_OLD = "各位代表：\n一、2020年主要任务\n推进老旧小区改造和城市更新。加强生态保护。建设海洋牧场示范区。"
_NEW = (
    "各位代表：\n一、2021年主要任务\n"
    "加强生态保护。要把老旧小区改造同城市更新结合起来，提升居住品质。发展银发经济。"
)


def _pair(settings: Settings | None = None) -> Comparison:
    return reportdiff.compare(parse(_OLD, "2020.txt"), parse(_NEW, "2021.txt"), settings)


def _by_object(comparison: Comparison) -> dict[str, CommitmentChange]:
    return {(c.old or c.new).object: c for c in comparison.commitments if (c.old or c.new) is not None}  # type: ignore[union-attr]


def test_a_dropped_promise_whose_words_stand_in_a_new_plan_sentence_is_said_elsewhere() -> None:
    changes = _by_object(_pair())
    moved, gone = changes["老旧小区改造和城市更新"], changes["海洋牧场示范区"]
    assert (moved.status, moved.nearest, moved.said_elsewhere) == ("dropped", "p1.3", True)
    assert 40 <= moved.nearest_share <= 100
    # a promise no sentence of the other plan has any piece of: no sentence, no share
    assert (gone.status, gone.nearest, gone.nearest_share, gone.said_elsewhere) == ("dropped", "", 0.0, False)
    # a repeated one is paired, not looked for
    assert changes["生态保护"].status == "repeated" and changes["生态保护"].nearest == ""


def test_the_share_bar_is_a_setting() -> None:
    assert not _by_object(_pair(Settings(elsewhere_share=80.0)))["老旧小区改造和城市更新"].said_elsewhere
    assert not _by_object(_pair(Settings(elsewhere_pieces=30)))["老旧小区改造和城市更新"].said_elsewhere


def test_every_view_lists_those_said_elsewhere_last_with_their_sentence() -> None:
    comparison = _pair()
    text = render(comparison, "terminal", RenderOptions(width=200))
    dropped = text[text.index("Dropped commitments (2)") :]
    assert dropped.index("海洋牧场示范区") < dropped.index("Most of its words in one sentence of 2021's plan")
    assert "推进老旧小区改造和城市更新  p1.2 ≈ 2021 p1.3: 要把老旧小区改造同城市更新结合起来" in dropped
    markdown = render(comparison, "markdown")
    assert "<summary>Dropped commitments (2)</summary>" in markdown  # entries counted, not the title line
    assert "- 推进老旧小区改造和城市更新 `p1.2` ≈ 2021 `p1.3`: 要把老旧小区改造同城市更新结合起来" in markdown
    page = render(comparison, "html")
    assert "<a class='id' href='#o-p1.2'>p1.2</a> ≈ <a class='id' href='#n-p1.3'>p1.3</a> <span" in page
    assert "id=\"n-p1.3\"" in page  # the link lands on the new report's sentence
    document = json.loads(render(comparison, "json"))
    item = next(d for d in document["commitments"]["dropped"] if d["object"] == "老旧小区改造和城市更新")
    assert (item["nearest"], item["said_elsewhere"]) == ("p1.3", True)
    assert isinstance(item["nearest_share"], float)


# --- judged blind ---------------------------------------------------------------------------


def _items(name: str) -> list[dict[str, Any]]:
    path = Path(__file__).parent / "cases" / "commitments" / name
    items: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["items"]
    return items


def _labelled() -> list[tuple[str, str, dict[str, Any]]]:
    """(file, status, item) of every blind label of a listed new or dropped commitment."""
    fresh = "elsewhere_fresh_blind.json"
    found = [(fresh, item["status"], item) for item in _items(fresh)]
    found += [(_USER, item["status"], item) for item in _items(_USER)]
    found += [("dropped_blind.json", "dropped", item) for item in _items("dropped_blind.json")]
    found += [("new_blind.json", "new", item) for item in _items("new_blind.json")]
    return found


@cache
def _changes(old: str, new: str) -> tuple[CommitmentChange, ...]:
    return reportdiff.compare(CORPORA / old, CORPORA / new).commitments


def _listed(status: str, item: dict[str, Any]) -> CommitmentChange | None:
    """The item's change if it is still listed with its status (``None`` once paired or not read):
    by clause id, or (the new user's labels) by sentence and text."""
    for change in _changes(item["old"], item["new"]):
        side = change.old if status == "dropped" else change.new
        if change.status != status or side is None:
            continue
        same_words = side.text.rstrip("。") == item["commitment"].rstrip("。")
        if side.id == item.get("id") or (side.sentence_id == item.get("sentence_id") and same_words):
            return change
    return None


_USER = "elsewhere_newuser25.json"
_WRONG = {
    ("elsewhere_fresh_blind.json", "dropped", 44): "the tenth five-year plan, drafted: 2001 names it",
    ("new_blind.json", "new", 38): "符合条件的家庭受益: the words stand in another promise (qualifying SMEs)",
    (_USER, "dropped", 2): "两个大局: the words of 两个市场两种资源",
    (_USER, "dropped", 7): "支持实体经济发展: the words of 数字技术和实体经济深度融合",
    (_USER, "dropped", 18): "常态化监管 of platforms: the words of 医保基金常态化监管",
    (_USER, "dropped", 36): "国防和军队改革成果: the words of a sentence telling the year past",
    (_USER, "new", 53): "数字基础设施: the words of 高标准农田基础设施",
    (_USER, "new", 61): "标准提升行动: the words of 粮食产能提升行动",
    (_USER, "new", 84): "劳动者合法权益: said in the old review only",
    (_USER, "new", 87): "习近平文化思想: the formula words of 习近平强军思想",
    (_USER, "new", 91): "数字政府建设: said in the old review only",
    (_USER, "dropped", 111): "农业社会化服务体系: the words of a five-year plan's summary",
    (_USER, "dropped", 113): "优化资源配置: the words of an education sentence",
    (_USER, "dropped", 130): "土壤环境质量: the words of the 2030 goals",
    (_USER, "dropped", 131): "助餐全覆盖: the words of 医保刷脸",
    (_USER, "dropped", 136): "服务…高质量发展水平: the words of a five-year plan's summary",
}
"""Really new or dropped commitments listed as said elsewhere (known misses), by (file, status, n)."""


_SHORT = {"elsewhere_fresh_blind.json": "fresh", _USER: "user25"}


def _really(label: str) -> bool:
    return label in ("dropped", "new")


def _params() -> list[Any]:
    params = []
    for name, status, item in _labelled():
        if not _really(item["label"]):
            continue
        why = _WRONG.get((name, status, item["n"]))
        marks = [pytest.mark.xfail(reason=why, strict=True)] if why else []
        key = f"{_SHORT.get(name, 'old')}-{status}-{item['n']}"
        params.append(pytest.param(status, item, id=key, marks=marks))
    return params


@needs_corpora
@pytest.mark.corpus
@pytest.mark.parametrize(("status", "item"), _params())
def test_a_really_new_or_dropped_promise_is_not_said_elsewhere(status: str, item: dict[str, Any]) -> None:
    change = _listed(status, item)
    assert change is None or not change.said_elsewhere, (item["commitment"], change and change.nearest)


@needs_corpora
@pytest.mark.corpus
def test_nearly_all_listed_as_said_elsewhere_were_promised_there_at_least_in_part() -> None:
    """Of the real promises the labels judge that are listed as said elsewhere, at least 90 % were made in
    the other plan in the same or other words or in part (measured: 202 of 218, docs/commitments.md)."""
    judged = []
    for _, status, item in _labelled():
        change = _listed(status, item)
        if change is not None and change.said_elsewhere and item["label"] != "not_a_promise":
            judged.append(not _really(item["label"]))
    assert len(judged) >= 200 and sum(judged) >= 0.9 * len(judged), (sum(judged), len(judged))


def test_a_listed_promise_is_shown_without_the_ordinal_of_its_list() -> None:
    old = parse("各位代表：\n一、2020年主要任务\n加强生态保护。", "2020.txt")
    new = parse("各位代表：\n一、2021年主要任务\n加强生态保护。十一是健全人口服务体系。", "2021.txt")
    text = render(reportdiff.compare(old, new), "terminal", RenderOptions(width=200))
    listed = text.split("New commitments")[1].split("Named in the review")[0]
    assert "+ 健全人口服务体系  p1.3" in listed and "十一是" not in listed


@needs_corpora
@pytest.mark.corpus
def test_the_sentence_explaining_the_targets_is_no_promise_listed_new() -> None:
    """``提出上述预期目标，综合考虑了…`` (national 2024, listed new: the twenty-fifth new user)."""
    listed = [c.new.text for c in _changes("cn-state-council/2023.txt", "cn-state-council/2024.txt") if c.new]
    assert listed and not any("上述预期目标" in text for text in listed)
