"""The one place that decides what a comparison runs.

Stages, with what flows between them::

    (Report, Report) ─align─▶ sentence links ─classify─▶ SentenceChange entries, SectionLinks
    Report ─extract─▶ indicators ─▶ commitments ─▶ terms          (each report once)
    indicators ─targets─▶ TargetChecks;  commitments ─promises─▶ CommitmentChanges, FollowUps
    (the sentence links are evidence for pairing commitments too: reworded in a linked sentence)

Alignment and classification always run: they are what a comparison is.  Everything
else (indicators, commitments, follow-ups, terms, targets) is computed when first read
from the :class:`~reportdiff.model.Comparison`, once, so a caller that wants only the
sentence diff (``compare()`` in a script, the benchmark) never pays for word segmentation
or term ranking.  With ``Settings.term_process`` (``reportdiff diff``, which reads them all)
a second process (:mod:`reportdiff.pairwise.ahead`) starts at once: it reads the figures and
commitments and sends them, then finds the new terms, while this one aligns and classifies the
sentences, then pairs the commitments it was sent and looks the old ones up in the new review.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from ..extract.commitments import extract_commitments
from ..extract.indicators import extract_indicators
from ..extract.terms import term_changes
from ..lang import Profile
from ..model import Commitment, Indicator, OfficialOutcome, Report, TargetCheck, TermChange
from ..results import CommitmentChange, Comparison, FollowUp
from ..settings import Settings
from .ahead import Ahead, can_fork

if TYPE_CHECKING:
    from .align import Link

# What only this process does — aligning, classifying, pairing commitments, targets (rapidfuzz
# with them) — is imported where it is first needed, after the second process is forked: that
# one, whose part is the longer, does not wait for imports it has no use for.


def compare_reports(
    old: Report, new: Report, profile: Profile, settings: Settings, history: Sequence[Report] = (),
    actuals: Sequence[OfficialOutcome] = (),
) -> Comparison:  # fmt: skip
    """Align two reports and classify every sentence of both; the rest is computed on first read.
    ``history``: the reports before ``old``, against which new terms must be new too;
    ``actuals``: official outcomes, for targets the new report gives none of."""
    derived = Derived(old, new, profile, settings, tuple(history), tuple(actuals))
    if settings.term_process:
        # figures and commitments (sent back), then the new terms, in a second process while
        # this one aligns
        derived.ahead()
    from .align import align_sentences
    from .classify import section_links, sentence_changes

    links = align_sentences(old, new, profile, settings)
    derived.sentence_links = tuple(links)
    return Comparison(
        old,
        new,
        section_links(old, new, links, settings),
        sentence_changes(old, new, links, profile, settings),
        derived,
    )


_Promises = tuple[tuple[Commitment, ...], tuple[Commitment, ...]]
"""Both reports' commitments."""
_Read = tuple[tuple[tuple[Indicator, ...], tuple[Indicator, ...]], _Promises]
"""Both reports' figures, then both reports' commitments."""


class Derived:
    """The parts of a comparison beyond its sentences, each computed on first read.

    One object per comparison; what it has computed it keeps (the results are immutable
    tuples, so sharing them is safe).
    """

    def __init__(
        self, old: Report, new: Report, profile: Profile, settings: Settings,
        history: tuple[Report, ...] = (), actuals: tuple[OfficialOutcome, ...] = (),
    ) -> None:  # fmt: skip
        self.history = history
        self.actuals = actuals
        self.old = old
        self.new = new
        self.profile = profile
        self.settings = settings
        self.sentence_links: tuple[Link, ...] = ()
        """The reports' sentence alignment, once made: evidence for pairing commitments."""
        self._ahead: Ahead[_Read, tuple[TermChange, ...]] | None = None

    def ahead(self) -> None:
        """Start reading the figures and commitments in a forked child process (where one can
        be forked, :mod:`reportdiff.pairwise.ahead`), which then finds the new terms; the
        figures, commitments and :attr:`terms` then read what it sends.  (The follow-ups are
        looked up here, meanwhile: with them there, the child's part was the longer one.)"""
        if self._ahead is None and not {"_read", "terms"} & self.__dict__.keys() and can_fork():
            self._ahead = Ahead(self._read_here, lambda read: self._find_terms(read[1]))

    @cached_property
    def _read(self) -> _Read:
        """Both reports' figures and commitments (from the second process, where there is one)."""
        return self._ahead.get() if self._ahead is not None else self._read_here()

    def _read_here(self) -> _Read:
        figures = extract_indicators(self.old, self.profile), extract_indicators(self.new, self.profile)
        promises = (
            extract_commitments(self.old, self.profile, figures[0]),
            extract_commitments(self.new, self.profile, figures[1]),
        )
        return figures, promises

    @property
    def _figures(self) -> tuple[tuple[Indicator, ...], tuple[Indicator, ...]]:
        return self._read[0]

    @property
    def _promises(self) -> _Promises:
        return self._read[1]

    @cached_property
    def commitments(self) -> tuple[CommitmentChange, ...]:
        """New, repeated and dropped commitments."""
        from .promises import commitment_changes

        return commitment_changes(
            *self._promises, (self.old, self.new), self.profile, self.settings, self.sentence_links
        )

    @cached_property
    def followups(self) -> tuple[FollowUp, ...]:
        """The old report's commitments looked up in the new report's review."""
        from .promises import followups

        return followups(self._promises[0], self.new, self.profile, self.settings)

    @cached_property
    def terms(self) -> tuple[TermChange, ...]:
        """New terms (new to the history too, if any), then dropped ones."""
        if self._ahead is not None:
            return self._ahead.then()
        return self._find_terms(self._promises)

    def _find_terms(self, promises: _Promises) -> tuple[TermChange, ...]:
        return term_changes(
            self.old, self.new, self.profile, *promises, history=self.history, limit=self.settings.max_terms
        )

    @cached_property
    def targets(self) -> tuple[TargetCheck, ...]:
        """The old report's targets against the new report's results."""
        from ..extract.targets import target_checks, tracked

        old_figures, new_figures = self._figures
        sources = tracked([(self.old, old_figures), (self.new, new_figures)], self.profile, self.settings)
        return target_checks(sources, self.profile, self.settings, self.actuals)
