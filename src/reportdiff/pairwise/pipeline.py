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
the commitments are read first and the terms and the follow-up search start at once in a
second process (:mod:`reportdiff.pairwise.ahead`), while this one aligns.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

from ..extract.commitments import extract_commitments
from ..extract.indicators import extract_indicators
from ..extract.targets import target_checks, tracked
from ..extract.terms import term_changes
from ..lang import Profile
from ..model import Commitment, Indicator, Report, TargetCheck, TermChange
from ..results import CommitmentChange, Comparison, FollowUp
from ..settings import Settings
from .ahead import Ahead, can_fork
from .align import Link, align_sentences
from .classify import section_links, sentence_changes
from .promises import commitment_changes, followup_hits, followups


def compare_reports(
    old: Report, new: Report, profile: Profile, settings: Settings, history: Sequence[Report] = ()
) -> Comparison:
    """Align two reports and classify every sentence of both; the rest is computed on first read.
    ``history``: the reports before ``old``, against which new terms must be new too."""
    derived = Derived(old, new, profile, settings, tuple(history))
    if settings.term_process:
        # the commitments first (both processes need them, so neither reads them twice),
        # then the new terms in a second process while this one aligns
        derived.ahead()
    links = align_sentences(old, new, profile, settings)
    derived.sentence_links = tuple(links)
    return Comparison(
        old,
        new,
        section_links(old, new, links, settings),
        sentence_changes(old, new, links, profile, settings),
        derived,
    )


class Derived:
    """The parts of a comparison beyond its sentences, each computed on first read.

    One object per comparison; what it has computed it keeps (the results are immutable
    tuples, so sharing them is safe).
    """

    def __init__(
        self, old: Report, new: Report, profile: Profile, settings: Settings, history: tuple[Report, ...] = ()
    ) -> None:
        self.history = history
        self.old = old
        self.new = new
        self.profile = profile
        self.settings = settings
        self.sentence_links: tuple[Link, ...] = ()
        """The reports' sentence alignment, once made: evidence for pairing commitments."""
        self._ahead: Ahead[tuple[tuple[TermChange, ...], list[tuple[int, float] | None]]] | None = None

    def ahead(self) -> None:
        """Start finding the new terms, and the old commitments in the new review, in a forked
        child process (where one can be forked, :mod:`reportdiff.pairwise.ahead`);
        :attr:`terms` and :attr:`followups` then read them from it.  (Of the follow-ups only
        the search runs there: what comes back is a place and a score per commitment.)"""
        if self._ahead is None and not {"terms", "followups"} & self.__dict__.keys() and can_fork():
            self._promises  # noqa: B018 - read here, so that the child inherits them
            self._ahead = Ahead(lambda: (self._find_terms(), self._followup_hits()))

    @cached_property
    def _figures(self) -> tuple[tuple[Indicator, ...], tuple[Indicator, ...]]:
        return extract_indicators(self.old, self.profile), extract_indicators(self.new, self.profile)

    @cached_property
    def _promises(self) -> tuple[tuple[Commitment, ...], tuple[Commitment, ...]]:
        old_figures, new_figures = self._figures
        return (
            extract_commitments(self.old, self.profile, old_figures),
            extract_commitments(self.new, self.profile, new_figures),
        )

    @cached_property
    def commitments(self) -> tuple[CommitmentChange, ...]:
        """New, repeated and dropped commitments."""
        return commitment_changes(
            *self._promises, (self.old, self.new), self.profile, self.settings, self.sentence_links
        )

    @cached_property
    def followups(self) -> tuple[FollowUp, ...]:
        """The old report's commitments looked up in the new report's review."""
        hits = self._ahead.get()[1] if self._ahead is not None else None
        return followups(self._promises[0], self.new, self.profile, self.settings, hits)

    def _followup_hits(self) -> list[tuple[int, float] | None]:
        return followup_hits(self._promises[0], self.new, self.profile, self.settings)

    @cached_property
    def terms(self) -> tuple[TermChange, ...]:
        """New terms (new to the history too, if any), then dropped ones."""
        if self._ahead is not None:
            return self._ahead.get()[0]
        return self._find_terms()

    def _find_terms(self) -> tuple[TermChange, ...]:
        return term_changes(self.old, self.new, self.profile, *self._promises, history=self.history)

    @cached_property
    def targets(self) -> tuple[TargetCheck, ...]:
        """The old report's targets against the new report's results."""
        old_figures, new_figures = self._figures
        sources = tracked([(self.old, old_figures), (self.new, new_figures)], self.profile, self.settings)
        return target_checks(sources, self.profile, self.settings)
