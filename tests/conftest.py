"""Shared fixtures: the bundled seed report and the third-party corpora beside the checkout."""

from __future__ import annotations

import os
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

import reportdiff

# CI runs the same examples every time, so a submission cannot pass or fail by luck;
# locally hypothesis keeps exploring new ones.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpora" / "sh-changning" / "2020.txt"
CORPORA = ROOT.parent / "shared" / "corpora"


@pytest.fixture(scope="session")
def seed() -> reportdiff.Report:
    return reportdiff.load(SEED)


def corpus_files() -> list[Path]:
    return sorted(CORPORA.glob("*/*.txt")) if CORPORA.is_dir() else []


needs_corpora = pytest.mark.skipif(not CORPORA.is_dir(), reason="../shared/corpora is not present")


@cache
def drawn_links(old: str, new: str) -> dict[str, set[str]]:
    """Old sentence id → the new sentence ids ``reportdiff.compare`` links it to, for two
    corpus files (paths under ``CORPORA``); computed once per pair."""
    comparison = reportdiff.compare(CORPORA / old, CORPORA / new)
    links: dict[str, set[str]] = {}
    for change in comparison.sentences:
        for sentence in change.old:
            links.setdefault(sentence, set()).update(change.new)
    return links


def second_process_dies(monkeypatch: pytest.MonkeyPatch, after: int | None) -> None:
    """Make a timeline's forked second process end abruptly (``os._exit``, as ``kill -9`` or
    running out of memory would) once it has sent ``after`` parts (or all it had, before its
    end); ``None``: it does not."""
    from reportdiff.series import timeline

    beside = timeline._beside

    def dying(*args: Any) -> Iterator[object]:
        for sent, part in enumerate(beside(*args)):
            if sent == after:
                os._exit(1)
            yield part
        if after is not None:  # all it had is sent: killed before its end
            os._exit(1)

    monkeypatch.setattr(timeline, "_beside", dying)
