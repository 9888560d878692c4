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
a second process (:mod:`reportdiff.pairwise.ahead`) starts at once: it reads the old report's
figures and both reports' commitments (without their figures: the new terms read only their
objects) and sends them, then finds the new terms, while this one aligns and classifies the
sentences, reads the new report's figures, gives the commitments it was sent theirs, pairs
them and looks the old ones up in the new review.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from ..extract.commitment_figures import with_figures
from ..extract.commitments import extract_commitments
from ..extract.indicators import extract_indicators
from ..lang import Profile
from ..model import Commitment, Indicator, OfficialOutcome, Report, TargetCheck, TermChange
from ..results import CommitmentChange, Comparison, FollowUp
from ..settings import Settings
from .ahead import Ahead, can_fork

if TYPE_CHECKING:
    from .align import Link

# What only one process does is imported where it is first needed, after the second process is
# forked, so that neither waits for imports it has no use for: aligning, classifying, pairing
# commitments, targets (rapidfuzz with them) here; the term finder there.


def compare_reports(
    old: Report, new: Report, profile: Profile, settings: Settings, history: Sequence[Report] = (),
    actuals: Sequence[OfficialOutcome] = (),
) -> Comparison:  # fmt: skip
    """Align two reports and classify every sentence of both; the rest is computed on first read.
    ``history``: the reports before ``old``, against which new terms must be new too;
    ``actuals``: official outcomes, for targets the new report gives none of."""
    derived = Derived(old, new, profile, settings, tuple(history), tuple(actuals))
    if settings.term_process:
        # the old report's figures and the commitments (sent back), then the new terms, in a
        # second process while this one aligns
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
_Sent = tuple[tuple[Indicator, ...], _Promises]
"""What the second process sends first: the old report's figures, both reports' commitments
without their figures."""


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
        self._ahead: Ahead[_Sent, tuple[TermChange, ...]] | None = None

    def ahead(self) -> None:
        """Start reading the old report's figures and both reports' commitments in a forked
        child process (where one can be forked, :mod:`reportdiff.pairwise.ahead`), which then
        finds the new terms; the figures, commitments and :attr:`terms` then read what it sends.

        The new report's figures are read here meanwhile, and the commitments given theirs
        (:func:`~reportdiff.extract.commitments.with_figures`): the new terms read only the
        commitments' objects, so the figures are off the child's way to them.  Which figures are
        read where keeps the two parts about even (a national pair: about 0.23 s of CPU each
        after the fork); with all of them there the child's part was the longer one, with all here this
        one's (as with the follow-ups there, which need rapidfuzz too: they are looked up here)."""
        read = {"_figures", "_promises", "terms"} & self.__dict__.keys()
        if self._ahead is None and not read and can_fork():
            self._ahead = Ahead(self._sent_here, lambda sent: self._find_terms(sent[1]))

    def _sent_here(self) -> _Sent:
        """What the second process sends first, computed there (or here, without one)."""
        old, new, profile = self.old, self.new, self.profile
        bare = extract_commitments(old, profile, ()), extract_commitments(new, profile, ())
        return extract_indicators(old, profile), bare

    @cached_property
    def _figures(self) -> tuple[tuple[Indicator, ...], tuple[Indicator, ...]]:
        """Both reports' figures (the old report's from the second process, where there is one)."""
        old = self._ahead.get()[0] if self._ahead is not None else extract_indicators(self.old, self.profile)
        return old, extract_indicators(self.new, self.profile)

    @cached_property
    def _promises(self) -> _Promises:
        """Both reports' commitments with their figures (from the second process, where there is
        one, given their figures here)."""
        old_figures, new_figures = self._figures
        if self._ahead is not None:
            old, new = self._ahead.get()[1]
            return with_figures(old, old_figures), with_figures(new, new_figures)
        return (
            extract_commitments(self.old, self.profile, old_figures),
            extract_commitments(self.new, self.profile, new_figures),
        )

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
        from .followups import followups

        return followups(self._promises[0], self.new, self.profile, self.settings)

    @cached_property
    def terms(self) -> tuple[TermChange, ...]:
        """New terms (new to the history too, if any), then dropped ones."""
        if self._ahead is not None:
            return self._ahead.then()
        return self._find_terms(self._promises)

    def _find_terms(self, promises: _Promises) -> tuple[TermChange, ...]:
        from ..extract.terms import term_changes  # the second process's alone, where there is one

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
