"""Scoring commitments and new terms against the labels in ``tests/cases/commitments/sample.json``
and ``tests/cases/terms/first_mentions.json``.

Shared by ``tests/test_commitments.py`` (thresholds, known misses) and
``benchmarks/promise_accuracy.py`` (the README's figures).

A labelled commitment is a clause of a real report.  It is looked up among what
``reportdiff.compare`` lists for its pair: the commitment on the same side whose clause
is the labelled clause, or holds it, or is held by it.  A labelled non-commitment that
is still listed is a false one; a labelled commitment counts as *right* when it is
listed with the labelled verb and object (punctuation and quotes aside), and its
status is right when the listed status is the labelled one.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import reportdiff
from reportdiff.results import CommitmentChange

CASES = Path(__file__).parent / "cases"
CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
_MARKS = re.compile(r"[\s、，,；;：:。！？!?“”‘’\"'（）()]")


PROVINCIAL_TERM_LABELS = (
    "judged_provinces_2026.json", "judged_provinces_fresh_2026.json", "judged_provinces_blind_2026.json",
)  # fmt: skip
"""The held-out provincial new-term lists' judgements in ``cases/terms`` (docs/new-terms.md)."""


def commitment_labels() -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = json.loads(
        (CASES / "commitments" / "sample.json").read_text(encoding="utf-8")
    )["items"]
    return items


def term_labels() -> list[dict[str, Any]]:
    terms: list[dict[str, Any]] = json.loads(
        (CASES / "terms" / "first_mentions.json").read_text(encoding="utf-8")
    )["terms"]
    return terms


@cache
def pair_commitments(series: str, old: int, new: int) -> tuple[CommitmentChange, ...]:
    """What ``reportdiff.compare`` lists as commitments for one corpus pair (computed once)."""
    comparison = reportdiff.compare(CORPORA / series / f"{old}.txt", CORPORA / series / f"{new}.txt")
    return comparison.commitments


def _bare(text: str) -> str:
    return _MARKS.sub("", text)


def listed_for(label: dict[str, Any]) -> CommitmentChange | None:
    """The listed commitment of the labelled clause, if any (module docstring)."""
    clause = _bare(label["clause"])
    for change in pair_commitments(label["series"], label["old"], label["new"]):
        item = change.new if label["side"] == "new" else change.old
        if item is None:
            continue
        text = _bare(item.text)
        if text and (text == clause or clause in text or text in clause):
            return change
    return None


def review_items(name: str) -> list[dict[str, Any]]:
    """The items of a blind review of changed output (``tests/cases/commitments/<name>``)."""
    path = CASES / "commitments" / name
    items: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["items"]
    return items


def listed_in_review(item: dict[str, Any]) -> CommitmentChange | None:
    """The commitment now listed for a reviewed clause, as :func:`listed_for` finds a label's."""
    (old_series, old_year), (_, new_year) = (part.split("/") for part in item["pair"])
    side = "new" if item["side"] == "new_side" else "old"
    label = {"series": old_series, "old": int(old_year), "new": int(new_year), "side": side,
             "clause": item["clause"]}  # fmt: skip
    return listed_for(label)


def review_reading_holds(item: dict[str, Any]) -> bool:
    """Whether the reviewed clause is read as the reader judged: not listed if no commitment;
    the same action and object if judged right; another (or none) if judged wrong."""
    judged = item["judged"]
    change = listed_in_review(item)
    listed = None if change is None else (change.new if item["side"] == "new_side" else change.old)
    if not judged["commitment"]:
        return listed is None
    reading = None if listed is None else (listed.action, listed.object)
    if judged["reading_right"]:
        return reading == (item["action"], item["object"])
    return reading != (item["action"], item["object"])


def review_status_holds(item: dict[str, Any]) -> bool | None:
    """Whether a reviewed commitment still listed has the status the reader's judgement gives
    (repeated when the other report makes the same promise); ``None`` if not comparable."""
    judged = item["judged"]
    change = listed_in_review(item)
    if change is None or not judged["commitment"]:
        return None
    alone = "new" if item["side"] == "new_side" else "dropped"
    return bool(change.status == ("repeated" if judged["same_promise_in_other"] else alone))


def judge(label: dict[str, Any]) -> str:
    """One of ``right``, ``wrong action``, ``wrong object``, ``false`` (listed, not a
    commitment), ``left out`` (a commitment not listed) or ``not listed`` (rightly)."""
    change = listed_for(label)
    if change is None:
        return "left out" if label["commitment"] else "not listed"
    if not label["commitment"]:
        return "false"
    item = change.new if label["side"] == "new" else change.old
    assert item is not None
    if item.verb != label["verb"] and not item.action.endswith(label["verb"]):
        return "wrong action"
    if _bare(item.object) != _bare(label["object"]):
        return "wrong object"
    return "right"


def status_right(label: dict[str, Any]) -> bool | None:
    """Whether a listed commitment has its labelled status; ``None`` if not comparable."""
    change = listed_for(label)
    if change is None or not label["commitment"]:
        return None
    return bool(change.status == label["status"])


@dataclass
class CommitmentScore:
    """Judgements of one part (tune or check) of the commitment sample."""

    judged: dict[str, int] = field(default_factory=dict)
    status: list[bool] = field(default_factory=list)

    @property
    def listed(self) -> int:
        return sum(n for kind, n in self.judged.items() if kind not in ("left out", "not listed"))

    @property
    def precision(self) -> float:
        """Share of listed labelled clauses that are commitments with the right action and object."""
        return self.judged.get("right", 0) / self.listed if self.listed else 0.0

    @property
    def status_rate(self) -> float:
        return sum(self.status) / len(self.status) if self.status else 0.0

    @property
    def recall(self) -> float:
        """Share of labelled commitments still listed."""
        real = sum(n for kind, n in self.judged.items() if kind not in ("false", "not listed"))
        return (real - self.judged.get("left out", 0)) / real if real else 0.0


def score_commitments(split: str, drawn: str = "before") -> CommitmentScore:
    """Judgements of one part: ``split`` tune or check, ``drawn`` from the output before the
    issue-13 rules or after them."""
    result = CommitmentScore()
    for label in commitment_labels():
        if label["split"] != split or label.get("drawn", "before") != drawn:
            continue
        kind = judge(label)
        result.judged[kind] = result.judged.get(kind, 0) + 1
        right = status_right(label)
        if right is not None:
            result.status.append(right)
    return result


def listed_term(label: str, terms: list[str]) -> bool:
    """Whether a labelled expression is in a list: itself, or a listed term holding it, or one
    that is the label less one character (``互联网`` for ``互联网+``)."""
    return any(t == label or label in t or (t in label and len(t) >= len(label) - 1) for t in terms)


def reworded_labels() -> list[dict[str, Any]]:
    """The blind labels of promises listed new or dropped whose object the other plan holds after
    another verb (``cases/commitments/reworded_blind.json``; docs/commitments.md)."""
    items: list[dict[str, Any]] = json.loads(
        (CASES / "commitments" / "reworded_blind.json").read_text(encoding="utf-8")
    )["items"]
    return items


def still_listed(label: dict[str, Any]) -> bool:
    """Whether the labelled commitment is still listed new (or dropped) for its pair: no change
    pairs it with a commitment of the other report."""
    side = "old" if label["status"] == "dropped" else "new"
    changes = [
        c for c in pair_commitments(label["series"], label["old"], label["new"])
        if getattr(c, side) is not None and getattr(c, side).id == label["id"]
    ]  # fmt: skip
    return bool(changes) and all(c.status == label["status"] for c in changes)
