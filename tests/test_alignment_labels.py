"""Links a reader draws on real year-to-year pairs (tests/cases/alignment), labelled from the texts.

Every labelled link must be drawn, and no labelled look-alike (two sentences sharing only
formulaic wording) may be.  What the aligner still gets wrong is listed in
``known_misses.json`` and kept as strict xfails: when a miss is fixed the xfail fails,
and the entry must go.  Recall and precision over the whole set are in the README
(``benchmarks/alignment_accuracy.py``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import reportdiff

from .conftest import CORPORA, drawn_links, needs_corpora

CASES = Path(__file__).parent / "cases" / "alignment"
KNOWN = json.loads((CASES / "known_misses.json").read_text(encoding="utf-8"))


def _drawn(name: str) -> dict[str, set[str]]:
    case = json.loads((CASES / f"{name}.json").read_text(encoding="utf-8"))
    return drawn_links(case["old"], case["new"])


def _params() -> list[object]:
    params: list[object] = []
    for path in sorted(CASES.glob("*-*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        for item in case["sample"]:
            for kind, key in (("link", "links"), ("look-alike", "non_links")):
                for other in item[key]:
                    pair = f"{path.stem}:{item['old_id']}→{other['new_id']}"
                    marks = []
                    if pair in KNOWN:
                        marks.append(pytest.mark.xfail(reason=KNOWN[pair], strict=True))
                    params.append(
                        pytest.param(path.stem, item["old_id"], other["new_id"], kind, marks=marks, id=pair)
                    )
    return params


@needs_corpora
@pytest.mark.parametrize(("name", "old", "new", "kind"), _params())
def test_labelled_pair(name: str, old: str, new: str, kind: str) -> None:
    drawn = new in _drawn(name).get(old, set())
    assert drawn if kind == "link" else not drawn


def test_labels_name_real_sentences() -> None:
    """Every labelled id names a sentence with the labelled text (labels survive re-reading)."""
    if not CORPORA.exists():
        pytest.skip("no corpora")
    for path in sorted(CASES.glob("*-*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        old = {s.id: s.text for s in reportdiff.load(CORPORA / case["old"]).sentences}
        new = {s.id: s.text for s in reportdiff.load(CORPORA / case["new"]).sentences}
        for item in case["sample"]:
            assert old[item["old_id"]] == item["old_text"], (path.name, item["old_id"])
            for other in item["links"] + item["non_links"]:
                assert new[other["new_id"]] == other["new_text"], (path.name, other["new_id"])


@needs_corpora
@pytest.mark.parametrize("name", sorted(p.stem for p in CASES.glob("*-*.json")))
def test_new_one_way_is_dropped_the_other_on_real_pairs(name: str) -> None:
    """The aligner draws the same links whichever report is old (splits one way are merges the
    other), on real pairs with sections, parts of both kinds, moves and gaps."""
    case = json.loads((CASES / f"{name}.json").read_text(encoding="utf-8"))
    old, new = reportdiff.load(CORPORA / case["old"]), reportdiff.load(CORPORA / case["new"])
    forward = {(c.old, c.new) for c in reportdiff.compare(old, new).sentences}
    backward = {(c.new, c.old) for c in reportdiff.compare(new, old).sentences}
    assert forward == backward
