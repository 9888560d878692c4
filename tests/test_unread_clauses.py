"""Plan clauses no commitment was read from, judged blind (``cases/commitments/unread_blind.json``:
160 of the 5,957 such clauses of the national reports 2015–2025 and the provincial reports 2026 on
main at 563f55d, odd n tune, even n held out).  A clause the reader judged a promise is read as a
commitment, or is a known miss (strict xfail); one judged no promise is not read, or is a known
wrong reading.  The figures are docs/commitments.md's, "Recall"."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import reportdiff
from reportdiff.extract.commitments import extract_commitments
from reportdiff.lang import profile
from reportdiff.model import Commitment

from .conftest import CORPORA, needs_corpora

pytestmark = [needs_corpora, pytest.mark.corpus]

ITEMS: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "cases" / "commitments" / "unread_blind.json").read_text(encoding="utf-8")
)["items"]

READ = {23, 31, 46, 69, 78, 88, 96, 134, 148, 153, 158}
"""The clauses read as a commitment since (seventeenth session): 10 promises and 158, no promise."""

_MARKS = "，。；、：！？ "


@cache
def _by_sentence(path: str) -> dict[str, list[Commitment]]:
    found: dict[str, list[Commitment]] = {}
    for commitment in extract_commitments(reportdiff.load(CORPORA / path), profile("zh")):
        found.setdefault(commitment.sentence_id, []).append(commitment)
    return found


def _read(item: dict[str, Any]) -> bool:
    """Whether a commitment of the clause's sentence is the clause (or holds it, or it holds one)."""
    text = item["text"]
    for commitment in _by_sentence(item["file"]).get(item["sentence_id"], []):
        words = commitment.text.strip(_MARKS)
        if words and (text in commitment.text or words in text):
            return True
    return False


def _params(promise: bool) -> list[Any]:
    params = []
    for item in ITEMS:
        if (item["label"] == "promise") != promise:
            continue
        missed = (item["n"] in READ) != promise
        reason = "a promise not read" if promise else "no promise, read as one"
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if missed else []
        params.append(pytest.param(item, id=f"{item['split']}-{item['n']}", marks=marks))
    return params


@pytest.mark.parametrize("item", _params(True))
def test_a_promise_is_read(item: dict[str, Any]) -> None:
    assert _read(item), (item["text"], item["action"], item["object"])


@pytest.mark.parametrize("item", _params(False))
def test_what_is_no_promise_is_not_read(item: dict[str, Any]) -> None:
    assert not _read(item), (item["text"], item["label"], item["why"])
