"""Links on real report pairs, checked by hand (tests/cases/real_pairs)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

import reportdiff

from .conftest import CORPORA, needs_corpora

CASES = sorted((Path(__file__).parent / "cases" / "real_pairs").glob("*.json"))


@cache
def _links(old: str, new: str) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    comparison = reportdiff.compare(CORPORA / old, CORPORA / new)
    return {(c.old, c.new) for c in comparison.sentences if c.old and c.new}


def _params() -> list[object]:
    params: list[object] = []
    for case in CASES:
        data = json.loads(case.read_text(encoding="utf-8"))
        for k, link in enumerate(data["links"]):
            marks = []
            if link["verdict"] == "wrong":
                marks.append(
                    pytest.mark.xfail(
                        reason=f"known wrong link: {link['old_text']} → {link['new_text']}", strict=True
                    )
                )
            params.append(pytest.param(data["old"], data["new"], link, marks=marks, id=f"{case.stem}-{k}"))
    return params


@needs_corpora
@pytest.mark.parametrize(("old", "new", "link"), _params())
def test_hand_checked_link(old: str, new: str, link: dict[str, object]) -> None:
    pair = (tuple(link["old"]), tuple(link["new"]))  # type: ignore[arg-type]
    if link["verdict"] == "right":
        assert pair in _links(old, new)
    else:
        assert pair not in _links(old, new)
