"""A repeated promise's figures changed only as one measure's, and a changed promise listed with
both objects where their words differ (the twelfth new user's findings 1 and 2: ``高新技术产业增加值
增长8%`` paired with ``数字经济核心产业增加值增长10%`` read "8% → 10%", the new object alone shown)."""

from __future__ import annotations

import reportdiff
from reportdiff.lang import profile
from reportdiff.model import Commitment, Span
from reportdiff.pairwise.figure_change import figure_change
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
        assert figure_change(_promise(a, fa), _promise(b, fb), False, ZH) is None, (a, b)


def test_a_count_with_another_classifier_is_no_change() -> None:
    """4座 → 4个 (the nineteenth new user's finding 5): the same count, only its classifier differs."""
    pairs = [
        (("抽水蓄能电站4座", ("4座",)), ("抽水蓄能电站4个", ("4个",))),
        (("省级实验室20家", ("20家",)), ("省级实验室20个", ("20个",))),
    ]
    for (a, fa), (b, fb) in pairs:
        assert figure_change(_promise(a, fa), _promise(b, fb), False, ZH) is None, (a, b)
    four, five = _promise("抽水蓄能电站4座", ("4座",)), _promise("抽水蓄能电站5个", ("5个",))
    assert figure_change(four, five, False, ZH) == (("4座",), ("5个",))


def test_figures_of_one_measure_changed() -> None:
    pairs = [
        (("交通投资900亿元以上", ("900亿元以上",)), ("交通投资800亿元", ("800亿元",))),
        (("高标准农田80万亩", ("80万亩",)), ("提升高标准农田70万亩", ("70万亩",))),
        (("投资2000亿元以上", ("2000亿元以上",)), ("完成投资2440亿元以上", ("2440亿元以上",))),
        (("生产性服务业占服务业比重", ()), ("生产性服务业占服务业比重达44%左右", ("44%左右",))),
    ]
    for (a, fa), (b, fb) in pairs:
        assert figure_change(_promise(a, fa), _promise(b, fb), False, ZH) is not None, (a, b)


def test_a_list_of_measures_is_compared_item_by_item() -> None:
    """An object listing measures, each with its figures, changes only where an item both make
    does (a blind reader judged 4 of 40 sampled "figures changed" wrong for mixing a list's
    items: ``/work/notes/blind-figch``); an item one side lacks is no figure changed."""
    cases = [
        # one item of the old list made again with another figure: only that item's figures
        (("湿地修复300公顷、植树造林80万亩", ("300公顷", "80万亩")), ("植树造林60万亩", ("60万亩",)),
         (("80万亩",), ("60万亩",))),
        # an item added beside one whose figure stayed: nothing changed
        (("社区食堂40个", ("40个",)), ("口袋公园120处、社区食堂40个", ("120处", "40个")), None),
        (("科技型企业900家、瞪羚企业300家左右", ("900家", "300家左右")),
         ("瞪羚企业300家左右", ("300家左右",)), None),
        # a promise with no figure, then one item of a list with its own
        (("一批托育服务中心", ()), ("托育服务中心60个、养老驿站90个", ("60个", "90个")), ((), ("60个",))),
        # both lists: each item with its partner, the most alike first
        (("十亿企业12家、省级专精特新企业700家、链主企业30家以上", ("12家", "700家", "30家以上")),
         ("规上工业企业500家、省级专精特新中小企业900家、链主企业50家以上", ("500家", "900家", "50家以上")),
         (("700家", "30家以上"), ("900家", "50家以上"))),
        # one measure of two of the other's items (供排水 of 供水…、排水…): not one item's figure
        (("供水管道300公里、排水管道900公里", ("300公里", "900公里")),
         ("供排水管道1000公里", ("1000公里",)), None),
    ]
    for (a, fa), (b, fb), expected in cases:
        assert figure_change(_promise(a, fa), _promise(b, fb), False, ZH) == expected, (a, b)


def test_a_list_without_figures_is_compared_whole_against_one_measure() -> None:
    """Items without figures on one side all gain the other's (``以电代煤、以气代煤`` → … ``300万户``)."""
    old = _promise("以电代煤、以气代煤", ())
    new = _promise("以电代煤、以气代煤200万户以上", ("200万户以上",))
    assert figure_change(old, new, False, ZH) == ((), ("200万户以上",))


@needs_corpora
def test_a_changed_list_item_is_shown_alone() -> None:
    """Beijing 2025→2026 (end to end): the pension beds' figure changed; the rural service
    points of the old list are not shown as if they were the beds'."""
    folder = CORPORA / "cn-prov-beijing"
    comparison = reportdiff.compare(folder / "2025.txt", folder / "2026.txt")
    changed = [c.figure_change for c in comparison.commitments if c.new and "家庭养老床位" in c.new.object]
    assert any(changed) and all("200个" not in figures[0] for figures in changed if figures)
    assert "2000张 → 5000张" in render(comparison, "markdown")


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
