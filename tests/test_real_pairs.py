"""Links on real report pairs, checked by hand (tests/cases/real_pairs)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import drawn_links, needs_corpora

CASES = sorted((Path(__file__).parent / "cases" / "real_pairs").glob("*.json"))


def _params() -> list[object]:
    params: list[object] = []
    for case in CASES:
        data = json.loads(case.read_text(encoding="utf-8"))
        for k, link in enumerate(data["links"]):
            marks = []
            if "known_miss" in link:
                marks.append(pytest.mark.xfail(reason=link["known_miss"], strict=True))
            params.append(pytest.param(data["old"], data["new"], link, marks=marks, id=f"{case.stem}-{k}"))
    return params


@needs_corpora
@pytest.mark.parametrize(("old", "new", "link"), _params())
def test_hand_checked_link(old: str, new: str, link: dict[str, list[str] | str]) -> None:
    drawn = drawn_links(old, new)
    linked = all(set(link["new"]) <= drawn.get(sentence, set()) for sentence in link["old"])
    # right: the same item (reworded, re-figured, moved, split, merged) — linked;
    # wrong: two different items; follow-up: the same item in the other kind of part
    assert linked if link["verdict"] == "right" else not linked
