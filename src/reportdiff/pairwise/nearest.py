"""Where the other report's plan says a new or dropped commitment's words.

A commitment is listed ``new`` or ``dropped`` when no commitment of the other report has its
object in similar words; in blind samples most such listings were promised there in other
words or in part (docs/commitments.md).  Each commitment left unpaired is given the plan
sentence of the other report holding the largest share of its object's content — the content
pieces objects are paired by (:mod:`reportdiff.pairwise.content`), weighted by how distinctive
each is among the sentences of both reports — and that share (:class:`Nearest`).

Where one sentence holds most of it (``Settings.elsewhere_share``, ``Settings.elsewhere_pieces``)
the promise is nearly always made there in other words or in part, and the views list it apart
(``CommitmentChange.said_elsewhere``); under that bar the share tells little.  It says which
words stand there, not that the sentence makes the promise.  (Two commitments each in the
sentence the other's words stand in most were tried as linked sentences, paired at the aligned
bar: of 40 such pairings judged blind, 9 were two different promises; not kept.)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from ..lang import Profile
from ..model import Commitment, Report
from ..results import CommitmentChange
from ..settings import Settings
from .content import Counts

Near = tuple[str, float, int]
"""The plan sentence of the other report holding the most of an object (its id; "" for none),
the share of the object's weight it holds (0–100) and how many of its pieces."""


class Nearest:
    """The plan sentences of two reports, indexed by the content pieces of the commitments that
    will be asked about (``asked``: old ones, new ones), and each one's nearest sentence in the
    other report's plan, worked out once when first asked."""

    def __init__(
        self,
        reports: tuple[Report, Report],
        profile: Profile,
        counts: Counts,
        asked: tuple[Iterable[Commitment], Iterable[Commitment]],
    ) -> None:
        """``counts``: the content pieces of every sentence of both reports, keyed as objects are
        (``promises.background_keys``), in order."""
        self.counts, self.read = counts, profile.content_pieces
        self.keyed: dict[str, frozenset[str]] = {}
        """Each key asked about's pieces."""
        for side in asked:
            for commitment in side:
                if commitment.key not in self.keyed:
                    self.keyed[commitment.key] = self.read(commitment.key)
        wanted: set[str] = set().union(*self.keyed.values())
        first = len(reports[0].sentences)
        old, new = counts.held[:first], counts.held[first:]
        # an old one is looked for in the new report's plan, a new one in the old report's
        self.plans = (_Plan(reports[1], new, wanted), _Plan(reports[0], old, wanted))
        self.found: dict[tuple[int, str], Near] = {}

    def of(self, commitment: Commitment, side: int) -> Near:
        """The nearest sentence of an old (``side`` 0) or new (1) commitment (:data:`Near`); the
        pieces of one not in ``asked`` are indexed when it is asked about."""
        key = (side, commitment.id)
        found = self.found.get(key)
        if found is None:
            pieces = self.keyed.get(commitment.key) or self.read(commitment.key)
            if not pieces <= self.plans[side].wanted:
                self.plans[side].index(pieces)
            found = self.found[key] = self.plans[side].nearest(pieces, self.counts)
        return found


def nearest_in_plans(
    changes: Sequence[CommitmentChange], settings: Settings, nearest: Nearest
) -> tuple[CommitmentChange, ...]:
    """``changes`` with each ``new`` one's nearest sentence in the old report's plan and each
    ``dropped`` one's in the new report's, and whether it is ``said_elsewhere`` (module docstring)."""
    found = []
    for change in changes:
        if change.status == "new" and change.new is not None:
            sentence, share, pieces = nearest.of(change.new, 1)
        elif change.status == "dropped" and change.old is not None:
            sentence, share, pieces = nearest.of(change.old, 0)
        else:
            found.append(change)
            continue
        elsewhere = share >= settings.elsewhere_share and pieces >= settings.elsewhere_pieces
        found.append(replace(change, nearest=sentence, nearest_share=share, said_elsewhere=elsewhere))
    return tuple(found)


class _Plan:
    """A report's plan sentences and which of them hold each content piece asked about."""

    def __init__(self, report: Report, pieces: Sequence[frozenset[str]], wanted: set[str]) -> None:
        """``pieces``: those of each of the report's sentences; ``wanted``: the pieces asked about."""
        # the plan's sentences: those of a passage commitments are read from
        planned = [(s.id, held) for s, held in zip(report.sentences, pieces, strict=True) if s.kind == "plan"]
        self.ids = [sentence for sentence, _ in planned]
        self.pieces = [held for _, held in planned]
        self.holders: dict[str, list[int]] = {}
        self.wanted: set[str] = set()
        self.index(wanted)
        # per sentence, the weight and number of one commitment's pieces it holds (zero between them)
        self.held = [0.0] * len(planned)
        self.shared = [0] * len(planned)

    def index(self, wanted: Iterable[str]) -> None:
        """Note which sentences hold each of the ``wanted`` pieces not noted yet."""
        fresh = set(wanted).difference(self.wanted)
        if not fresh:
            return
        self.wanted |= fresh
        holding = self.holders.setdefault
        for k, held in enumerate(self.pieces):
            for piece in held & fresh:
                holding(piece, []).append(k)

    def nearest(self, pieces: frozenset[str], counts: Counts) -> Near:
        """The sentence holding the largest share of ``pieces``' weight (:data:`Near`)."""
        counts.cover([pieces])
        mass = counts.masses[pieces]
        held, shared, touched = self.held, self.shared, []
        weights, holders = counts.weights, self.holders
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
            return "", 0.0, 0
        return self.ids[best], round(100.0 * most / mass, 1), pieces_there


_EQUAL = 1e-9
"""Weights this close are equal: sums of different pieces may differ in the last bits."""
