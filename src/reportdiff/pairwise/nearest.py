"""Where the other report's plan says most of a new or dropped commitment's words.

A commitment is listed ``new`` or ``dropped`` when no commitment of the other report has its
object in similar words; in blind samples most such listings were promised there in other
words or in part (docs/commitments.md).  Each is given the plan sentence of the other report
holding the largest share of its object's content — the content pieces objects are paired by
(:mod:`reportdiff.pairwise.content`), weighted by how distinctive each is among the sentences
of both reports — and that share.  Where one sentence holds most of it
(``Settings.elsewhere_share``, ``Settings.elsewhere_pieces``) the promise is nearly always made
there in other words or in part, and the views list it apart (``CommitmentChange.said_elsewhere``);
under that, the share tells little.  It says which words stand there, not that the sentence
makes the promise: the reader's quote was elsewhere for some.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..extract.commitments import commitment_key
from ..lang import Profile
from ..model import Report
from ..results import CommitmentChange
from ..settings import Settings
from .content import Counts


def nearest_in_plans(
    changes: Sequence[CommitmentChange],
    reports: tuple[Report, Report],
    profile: Profile,
    settings: Settings,
    counts: Counts | None = None,
) -> tuple[CommitmentChange, ...]:
    """``changes`` with each ``new`` one's nearest sentence in the old report's plan and each
    ``dropped`` one's in the new report's (module docstring).  ``counts``: the content pieces of
    every sentence of both reports keyed as objects are (``background_keys``), if counted."""
    rules = profile.commitments
    if rules is None or not any(c.status != "repeated" for c in changes):
        return tuple(changes)
    if counts is None or len(counts.held) != sum(len(r.sentences) for r in reports):
        keys = [commitment_key(s.text, profile.figure, rules.key_drop) for r in reports for s in r.sentences]
        counts = Counts.of(keys, profile.content_pieces)
    # each new one looked for in the old report's plan, each dropped one in the new report's
    asked = [
        (change, 0, profile.content_pieces(change.new.key)) if change.new is not None
        else (change, 1, profile.content_pieces(change.old.key)) if change.old is not None
        else (change, 0, frozenset[str]())
        for change in changes
        if change.status != "repeated"
    ]  # fmt: skip
    counts.cover([pieces for *_, pieces in asked])
    wanted: set[str] = set().union(*(pieces for *_, pieces in asked))
    first = len(reports[0].sentences)
    plans = (_Plan(reports[0], counts.held[:first], wanted), _Plan(reports[1], counts.held[first:], wanted))
    placed = {id(change): _placed(change, pieces, plans[k], settings, counts) for change, k, pieces in asked}
    return tuple(placed.get(id(change), change) for change in changes)


class _Plan:
    """A report's plan sentences and which of them hold each content piece asked about."""

    def __init__(self, report: Report, pieces: Sequence[frozenset[str]], wanted: set[str]) -> None:
        """``pieces``: those of each of the report's sentences; ``wanted``: the pieces asked about."""
        parts = {part.id for part in report.parts if part.part == "plan"}
        planned = [
            (s.id, held) for s, held in zip(report.sentences, pieces, strict=True) if s.part_id in parts
        ]
        self.ids = [sentence for sentence, _ in planned]
        self.holders: dict[str, list[int]] = {}
        holding = self.holders.setdefault
        for k, (_, held) in enumerate(planned):
            for piece in held & wanted:
                holding(piece, []).append(k)
        # per sentence, the weight and number of one commitment's pieces it holds (zero between them)
        self.held = [0.0] * len(planned)
        self.shared = [0] * len(planned)


def _placed(
    change: CommitmentChange, pieces: frozenset[str], plan: _Plan, settings: Settings, counts: Counts
) -> CommitmentChange:
    """``change`` with the plan sentence holding the largest share of its object (``pieces``)."""
    mass = counts.masses.get(pieces, 0.0)
    held, shared, touched = plan.held, plan.shared, []
    weights, holders = counts.weights, plan.holders
    for piece in sorted(pieces):  # summed in one order, whatever the set's: the same share every run
        weight = weights[piece]
        for k in holders.get(piece, ()):
            if not shared[k]:
                touched.append(k)
            held[k] += weight
            shared[k] += 1
    best, most, pieces_there = -1, -1.0, 0
    for k in touched:
        if held[k] > most + _EQUAL or (held[k] >= most - _EQUAL and k < best):  # the earliest of equals
            best, most, pieces_there = k, held[k], shared[k]
        held[k], shared[k] = 0.0, 0  # cleared for the next commitment
    if best < 0 or mass <= 0:
        return replace(change, nearest="", nearest_share=0.0, said_elsewhere=False)
    share = 100.0 * most / mass
    elsewhere = share >= settings.elsewhere_share and pieces_there >= settings.elsewhere_pieces
    return replace(change, nearest=plan.ids[best], nearest_share=round(share, 1), said_elsewhere=elsewhere)


_EQUAL = 1e-9
"""Weights this close are equal: sums of different pieces may differ in the last bits."""
