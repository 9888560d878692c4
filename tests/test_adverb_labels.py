"""Commitments read through the adverbs of promise and leads the eleventh session added
(``认真``, ``毫不放松``, ``在全国``…), against a blind reader
(``cases/commitments/judged_adverbs_blind.json``): 60 drawn at random from the 242 they added
over the corpora.  Each one the reader calls a commitment is read with the reader's verb and
object, and each one the reader says is none is none, or a known miss (a strict xfail)."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest

import reportdiff
from reportdiff.extract.commitments import extract_commitments
from reportdiff.lang import profile
from reportdiff.model import Commitment

from .conftest import CORPORA, needs_corpora

_JUDGED = Path(__file__).parent / "cases" / "commitments" / "judged_adverbs_blind.json"
ITEMS: list[dict[str, Any]] = json.loads(_JUDGED.read_text(encoding="utf-8"))["items"]


@functools.cache
def _commitments(report: str) -> dict[str, Commitment]:
    return {c.id: c for c in extract_commitments(reportdiff.load(CORPORA / report), profile("zh"))}


def _params() -> list[Any]:
    params = []
    for item in ITEMS:
        marks = []
        if item["n"] in _KNOWN_MISSES:
            marks = [pytest.mark.xfail(reason=_KNOWN_MISSES[item["n"]], strict=True)]
        params.append(pytest.param(item, id=str(item["n"]), marks=marks))
    return params


_KNOWN_MISSES = {
    11: "the topic of a judgement (…，这是…里程碑): the reader reads no commitment there",
    22: "a plan-part sentence telling what was done (省政府认真学习…，编制了…): no commitment",
    58: "others' duty (都要督促企事业和所有单位，认真落实安全措施): the government only urges",
}
"""The items the reader calls no commitment that the code still reads as one (item 37, a
condition, 只要…认真落实各项政策措施，…就一定能够…, is none since ``CommitmentRules.conditions``)."""


def _bare(text: str) -> str:
    return text.strip("。，；、 ")


@needs_corpora
@pytest.mark.parametrize("item", _params())
def test_a_commitment_is_read_as_the_blind_reader_reads_it(item: dict[str, Any]) -> None:
    found = _commitments(item["report"]).get(item["commitment"])
    if not item["reader_commitment"]:
        assert found is None
        return
    assert found is not None
    assert found.verb in item["verb"].split("/") or item["verb"] in found.action
    assert _bare(found.object) == _bare(item["object"])
