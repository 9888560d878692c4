"""A repeated promise's figures changed only as one measure's, and a changed promise listed with
both objects where their words differ (the twelfth new user's findings 1 and 2: ``高新技术产业增加值
增长8%`` paired with ``数字经济核心产业增加值增长10%`` read "8% → 10%", the new object alone shown)."""

from __future__ import annotations

import reportdiff
from reportdiff.lang import profile
from reportdiff.model import Commitment, Span
from reportdiff.pairwise.figure_change import figures_changed
from reportdiff.render import render

from .conftest import CORPORA, needs_corpora

ZH = profile("zh")


def _promise(obj: str, figures: tuple[str, ...]) -> Commitment:
    return Commitment("p1.1.c1", "p1.1", None, obj, "推进", "推进", 2, obj, obj, figures, False, Span(0, 0))


def test_figures_of_two_measures_are_no_change() -> None:
    pairs = [
        (("高新技术产业增加值增长8%", ("8%",)), ("数字经济核心产业增加值增长10%", ("10%",))),
        (("净增耕地20万亩", ("20万亩",)), ("治理沙化土地88.5万亩", ("88.5万亩",))),
        (("国内外游客1亿人次以上", ("1亿人次以上",)), ("国内外游客增长8%", ("8%",))),
    ]
    for (a, fa), (b, fb) in pairs:
        assert not figures_changed(_promise(a, fa), _promise(b, fb), False, ZH), (a, b)


def test_figures_of_one_measure_changed() -> None:
    pairs = [
        (("交通投资900亿元以上", ("900亿元以上",)), ("交通投资800亿元", ("800亿元",))),
        (("高标准农田80万亩", ("80万亩",)), ("提升高标准农田70万亩", ("70万亩",))),
        (("投资2000亿元以上", ("2000亿元以上",)), ("完成投资2440亿元以上", ("2440亿元以上",))),
        (("生产性服务业占服务业比重", ()), ("生产性服务业占服务业比重达44%左右", ("44%左右",))),
    ]
    for (a, fa), (b, fb) in pairs:
        assert figures_changed(_promise(a, fa), _promise(b, fb), False, ZH), (a, b)


@needs_corpora
def test_a_changed_promise_of_other_words_shows_both_objects() -> None:
    """Hunan 2025→2026: the pairing of two growth targets is listed with both objects and
    without a figure change; one promise whose figures changed keeps its one object."""
    folder = CORPORA / "cn-prov-hunan"
    comparison = reportdiff.compare(folder / "2025.txt", folder / "2026.txt")
    shown = render(comparison, "markdown")
    target = "高新技术产业增加值增长8%"
    paired = [c for c in comparison.commitments if c.old and c.new and c.old.object == target]
    assert paired and not paired[0].figures_changed
    assert "8% → 10%" not in shown
    assert "- 总投资2万亿元的389个省重点项目: 1\\.78万亿元、289个 → 2万亿元、389个" in shown
