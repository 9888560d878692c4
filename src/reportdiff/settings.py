"""One frozen Settings object: every knob reportdiff has, with its default and why."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any


@dataclass(frozen=True, slots=True)
class Settings:
    """How reports are read and compared.  Override by keyword: ``Settings(language="zh")``."""

    language: str | None = None
    """Language profile (``zh``, ``en``); ``None`` detects it from the share of Han characters."""
    encoding: str | None = None
    """Codec of the input files; ``None`` detects it (BOM, UTF-8, then GB18030/Big5)."""

    sentence_threshold: float = 60.0
    """Least similarity (0–100) for two sentences to be one item.  Similarity is rapidfuzz's
    ``ratio`` or, if higher, ``token_sort_ratio`` over clauses (so reordered clauses still
    match), on folded text with the numbers of figures masked (``311张`` ≈ ``250张``).  At 60,
    a hand-checked sample of national 2024→2025 matches is precise (README); lower finds more
    rewrites and more false pairs."""
    short_sentence_chars: int = 10
    """Sentences up to this many characters (both sides) are short: a few shared words already
    give them a high ratio (``推进国家水网建设`` / ``推进教育强国建设`` score 62), so they must
    reach ``short_sentence_threshold`` instead."""
    short_sentence_threshold: float = 75.0
    """Least similarity for two short sentences to be one item."""
    position_weight: float = 10.0
    """Points taken off a candidate pair's rank per full report length between the two
    positions, so among near-equal candidates the one in the same place wins.  Ranking only:
    the threshold applies to the similarity itself."""
    split_threshold: float = 65.0
    """Least similarity of one sentence to two adjacent sentences of the other side, joined,
    for a split or merge."""
    split_margin: float = 10.0
    """A split or merge must beat the one-to-one pairing of the same sentence by this much ..."""
    split_containment: float = 80.0
    """... or beat it at all while the added half stands almost whole in the other side
    (rapidfuzz ``partial_ratio`` at least this): a short half adds little to the score."""
    clause_threshold: float = 60.0
    """Least similarity for two clauses of a matched pair to be one clause."""
    section_threshold: float = 40.0
    """Least section score (0–100): the higher of title similarity and the share of the
    sections' sentences that were matched to each other."""

    commitment_threshold: float = 75.0
    """Least rapidfuzz ``ratio`` between two commitments' objects (folded, figures masked) for
    them to be one promise repeated (short objects: see ``short_key_chars``)."""
    short_key_chars: int = 4
    """Commitment objects of this many characters or fewer pair only when equal: a ratio over
    so few characters says little (``有效投资`` / ``有效需求`` score 75)."""
    followup_threshold: float = 90.0
    """Least rapidfuzz ``partial_ratio`` for a commitment's object to count as reported in a
    review sentence of the next year (objects under four characters are not looked up)."""
    followup_least_chars: int = 4
    """Objects shorter than this are not looked up in the next review: too short to be found
    only where they are meant (``改革`` stands in every review)."""
    indicator_name_threshold: float = 88.0
    """Least rapidfuzz ``ratio`` for two indicator names of different years (same unit and
    kind) to be tracked as one (``启动精品小区建设`` / ``新启动精品小区建设``: 94).  Names
    from the synonym table are never merged by score: ``城镇登记失业率`` and
    ``城镇调查失业率`` score 86."""
    about_points: float = 0.5
    """A ``左右`` target in % or 个百分点 is met within this many points (5.5%左右: 5.0–6.0)."""
    about_share: float = 0.05
    """A ``左右`` target in other units is met within this share of the figure."""

    reinstate_within: int = 30
    """How many years back a commitment missing last year is looked for among older lineages
    before it counts as new (so ``reinstated`` after a gap of up to this many years)."""
    workers: int | None = 1
    """Worker processes for timelines; ``None`` uses one per core, 1 none at all.  On the
    2-core machine this was built on, workers gain nothing (``benchmarks/bench_timeline.py``:
    sending reports to them costs what splitting the work saves), so the default is 1."""
    parallel_from: int = 8
    """Fewest reports for which a timeline starts worker processes (starting them costs ~0.3 s)."""

    def with_(self, **changes: Any) -> Settings:
        """A copy with some fields changed; ``None`` values leave a field as it is."""
        known = {f.name for f in fields(self)}
        unknown = set(changes) - known
        if unknown:
            raise TypeError(f"unknown settings: {', '.join(sorted(unknown))}")
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


DEFAULT = Settings()
