"""Inline diffs keep a figure whole: one grammar (lang/zh/figures.py) makes the tokens."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from reportdiff.lang import mask_figures, profile
from reportdiff.lang.zh import figures
from reportdiff.pairwise.inline import token_diff

ZH = profile("zh")
EN = profile("en")

befores = st.sampled_from(("", *figures.QUALIFIERS_BEFORE))
afters = st.sampled_from(("", *figures.QUALIFIERS_AFTER))
approximates = st.sampled_from(("", *figures.APPROXIMATE))
# whole numbers of units, 万 or 亿, so that ``han`` really writes Chinese numerals
values = st.builds(lambda n, scale: n * scale, st.integers(1, 9999), st.sampled_from((1, 10**4, 10**8)))


def _figure(before: str, value: int, han: bool, approx: str, unit: str, after: str) -> str:
    number = figures.write(value, "", han=han)  # with its scale: 3万, 三万, 1.5亿
    return f"{before}{number}{approx}{unit}{after}"


@pytest.mark.parametrize("unit", figures.UNITS)
@given(before=befores, after=afters, approx=approximates, old=values, new=values, han=st.booleans())
@settings(max_examples=25, deadline=None)
def test_a_changed_number_never_cuts_its_figure(
    unit: str, before: str, after: str, approx: str, old: int, new: int, han: bool
) -> None:
    old_figure = _figure(before, old, han, approx, unit, after)
    new_figure = _figure(before, new, han, approx, unit, after)
    assume(old_figure != new_figure)
    ops = token_diff(f"全年新增{old_figure}，比上年提高。", f"全年新增{new_figure}，比上年提高。", ZH.token)
    deleted = [op.text for op in ops if op.op == "delete"]
    inserted = [op.text for op in ops if op.op == "insert"]
    assert len(deleted) == 1 and old_figure in deleted[0], ops
    assert len(inserted) == 1 and new_figure in inserted[0], ops


@pytest.mark.parametrize(
    ("old", "new", "deleted", "inserted"),
    [
        ("人均50公斤以上。", "人均60公斤以上。", "50公斤以上", "60公斤以上"),
        ("重3千克。", "重4千克。", "3千克", "4千克"),
        ("存栏120头。", "存栏150头。", "120头", "150头"),
        ("惠及一千多万人。", "惠及两千多万人。", "一千多万人", "两千多万人"),
        ("增长约5.5%左右。", "增长约6%左右。", "约5.5%左右", "约6%左右"),
    ],
)
def test_figures_the_old_tokens_cut(old: str, new: str, deleted: str, inserted: str) -> None:
    ops = [(op.op, op.text) for op in token_diff(old, new, ZH.token)]
    assert ("delete", deleted) in ops and ("insert", inserted) in ops, ops


@pytest.mark.parametrize("unit", figures.UNITS)
@pytest.mark.parametrize("number", ["3", "35,783", "6.85", "1000多", "三", "一千二百万", "三点五"])
def test_every_unit_is_matched_whole(unit: str, number: str) -> None:
    for before in ("", *figures.QUALIFIERS_BEFORE):
        text = f"{before}{number}{unit}"
        assert ZH.figure.fullmatch(text), text
        assert [m.group(0) for m in ZH.token.finditer(f"新增{text}。")] == ["新", "增", text, "。"]


def test_masking_keeps_qualifiers_and_units() -> None:
    assert mask_figures("新增养老床位三百张，约57.79亿元", ZH.figure) == "新增养老床位#张，约#亿元"
    assert mask_figures("growth of about 2.5% and $1.2 billion", EN.figure) == (
        "growth of about #% and $# billion"
    )
