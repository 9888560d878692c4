"""Shared fixtures: the bundled seed report and the third-party corpora beside the checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

import reportdiff

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpora" / "sh-changning" / "2020.txt"
CORPORA = ROOT.parent / "shared" / "corpora"


@pytest.fixture(scope="session")
def seed() -> reportdiff.Report:
    return reportdiff.load(SEED)


def corpus_files() -> list[Path]:
    return sorted(CORPORA.glob("*/*.txt")) if CORPORA.is_dir() else []


needs_corpora = pytest.mark.skipif(not CORPORA.is_dir(), reason="../shared/corpora is not present")
