"""The records of reports compared: two reports (sentence and section changes, commitment
changes, follow-ups, the :class:`Comparison`) and a series (commitment lineages).

The records of one report and what is extracted from it live in :mod:`reportdiff.model`;
this module builds on them and nothing there imports this one.  Display — the notebook's
included — is registered from :mod:`reportdiff.render`, never hung on these records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Protocol

from . import lang
from .model import Commitment, Report, TargetCheck, TermChange

# --- a report's commitments against another's ---------------------------------------

CommitmentStatus = Literal["new", "dropped", "repeated"]
ActionChange = Literal["stronger", "weaker", "reworded"]
FollowUpStatus = Literal["reported", "not mentioned"]


@dataclass(frozen=True, slots=True)
class CommitmentChange:
    """A commitment of the new report and what it was in the old one, or an old one dropped."""

    status: CommitmentStatus
    """``new``, ``dropped`` or ``repeated`` (same object)."""
    old: Commitment | None
    """The old report's commitment (``None`` for new); for a promise the old report says in
    words it read no promise in (a plan's heading, a closing line), that clause, holding the
    same action and object."""
    new: Commitment | None
    """The new report's commitment (``None`` for dropped); likewise a clause of the new report."""
    score: float
    """Similarity 0–100 of the two objects, figures masked; 0 for new and dropped."""
    action: ActionChange | None
    """For repeated ones: ``stronger``, ``weaker`` or ``reworded`` action; ``None`` if the same."""
    figures_changed: bool
    """For repeated ones: whether the figures (or their qualifiers) differ as one measure's."""
    via: str = ""
    """For repeated ones, how the two were paired: ``similar`` (their objects' similarity),
    ``contained`` (one object holds the other's, a modifier put in included), ``aligned`` (their
    sentences are linked, at a lower bar), ``twin`` (a promise one report makes twice, with its
    twin's partner), ``listed`` (an item of the other's list), ``said again`` (the other report's
    words where it read no promise: a heading, a closing line); ``""`` for new and dropped."""
    figure_change: tuple[tuple[str, ...], tuple[str, ...]] | None = None
    """For repeated ones whose figures changed: the figures that did, old and new as printed —
    all the clause's, or where an object lists measures, those of the items both make
    (``415万亩`` → ``310万亩`` of ``石漠化综合治理600平方公里、营造林415万亩`` / ``营造林310万亩``)."""
    nearest: str = ""
    """For new and dropped ones: the sentence of the other report's plan holding the largest
    share of the object's content (:mod:`reportdiff.pairwise.nearest`); "" if none holds any."""
    nearest_share: float = 0.0
    """That share, 0–100: which words stand there, not that the sentence makes the promise."""
    said_elsewhere: bool = False
    """For new and dropped ones: whether that sentence holds most of it (``Settings.elsewhere_share``
    and ``Settings.elsewhere_pieces``), so that the promise is probably made there in other words."""


@dataclass(frozen=True, slots=True)
class FollowUp:
    """A commitment of year N looked up in the review part of year N+1."""

    commitment: Commitment
    """The promise, from the earlier report."""
    status: FollowUpStatus
    """``reported`` when a review sentence of the later report contains its object."""
    sentence_id: str | None
    """The review sentence that reports it."""
    text: str
    """That sentence's text ('' when not mentioned)."""
    score: float
    """How fully the object stands in that sentence (rapidfuzz ``partial_ratio``, 0–100)."""


# --- a series of reports ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Lineage:
    """One promise followed through a series of reports: the years it was made in."""

    id: str
    """``L<n>``, numbered in order of first appearance."""
    object: str
    """The object as last worded."""
    first_object: str
    """The object as first worded."""
    action: str
    """The action as last printed."""
    years: tuple[int, ...]
    """Report years it appears in, ascending."""
    longest_streak: int
    """Most consecutive years it appears in."""
    reinstated: bool
    """Whether it came back after at least one year without it (see ``gaps``)."""
    gaps: tuple[int, ...]
    """Years between its first and last appearance no commitment matched its wordings in: not
    necessarily years the promise was dropped (a promise said in other words, shorter, inside a
    list, starts a lineage of its own; on blind labels about a third of gaps are years it was
    made: ``tests/test_lineage_labels.py``)."""
    commitment_ids: tuple[str, ...]
    """``<year>:<clause id>`` of each appearance."""

    @property
    def first_year(self) -> int:
        """The first year it was made."""
        return self.years[0]

    @property
    def last_year(self) -> int:
        """The last year it was made."""
        return self.years[-1]


# --- comparing two reports ----------------------------------------------------------

ChangeStatus = Literal["unchanged", "modified", "moved", "split", "merged", "new", "dropped"]
CHANGE_STATUSES: tuple[ChangeStatus, ...] = (
    "unchanged", "modified", "moved", "split", "merged", "new", "dropped",
)  # fmt: skip
SectionStatus = Literal["unchanged", "renamed", "moved", "new", "dropped"]
ClauseStatus = Literal["unchanged", "modified", "moved", "new", "dropped"]


@dataclass(frozen=True, slots=True)
class DiffOp:
    """One run of an inline diff."""

    op: Literal["equal", "insert", "delete"]
    """What happened to the text."""
    text: str
    """The run's text (a figure is never cut in two)."""


@dataclass(frozen=True, slots=True)
class ClauseLink:
    """How one clause of a compared sentence pair fared."""

    status: ClauseStatus
    """``moved`` means it stands at another place within the sentence."""
    old: str | None
    """Old clause id, ``None`` for a new clause."""
    new: str | None
    """New clause id, ``None`` for a dropped clause."""
    score: float
    """Similarity 0–100 (figures masked)."""


@dataclass(frozen=True, slots=True)
class SentenceChange:
    """One entry of a comparison: sentences of the old report and what they became."""

    status: ChangeStatus
    """``unchanged``, ``modified``, ``moved`` (see ``text_changed``), ``split``, ``merged``,
    ``new`` or ``dropped``."""
    old: tuple[str, ...]
    """Old sentence ids (two for ``merged``, none for ``new``)."""
    new: tuple[str, ...]
    """New sentence ids (two for ``split``, none for ``dropped``)."""
    old_text: str
    """The old sentences' text, joined."""
    new_text: str
    """The new sentences' text, joined."""
    score: float
    """Similarity 0–100 of the two sides, figures masked; 0 for new and dropped."""
    text_changed: bool
    """Whether the wording differs (a ``moved`` sentence may be reworded too)."""
    moved_from: str | None
    """For ``moved``: the old section (or part) id it came from."""
    diff: tuple[DiffOp, ...]
    """Inline diff old → new on whole figures; empty when the text is unchanged."""
    clauses: tuple[ClauseLink, ...]
    """Clause-level links for pairs of single sentences."""


@dataclass(frozen=True, slots=True)
class SectionLink:
    """How a part or section of the old report maps onto the new one."""

    status: SectionStatus
    """``unchanged``, ``renamed``, ``moved``, ``new`` or ``dropped``."""
    level: int
    """1 for parts, 2 for sections."""
    old: str | None
    """Old section id."""
    new: str | None
    """New section id."""
    old_title: str
    """Old title ('' when new)."""
    new_title: str
    """New title ('' when dropped)."""
    score: float
    """0–100: title similarity and shared sentences combined."""


class Derived(Protocol):
    """What a comparison computes beyond its sentences, each part on first read."""

    @property
    def commitments(self) -> tuple[CommitmentChange, ...]: ...
    @property
    def followups(self) -> tuple[FollowUp, ...]: ...
    @property
    def terms(self) -> tuple[TermChange, ...]: ...
    @property
    def targets(self) -> tuple[TargetCheck, ...]: ...
    @property
    def history(self) -> tuple[Report, ...]: ...


@dataclass(frozen=True, slots=True)
class Comparison:
    """Two reports compared: section links and one entry per changed or unchanged item."""

    old: Report
    """The earlier report."""
    new: Report
    """The later report."""
    sections: tuple[SectionLink, ...]
    """Part and section links in new-report order, dropped ones where they stood."""
    sentences: tuple[SentenceChange, ...]
    """Entries in new-report order, dropped ones placed where they stood."""
    derived: Derived | None = field(default=None, repr=False, compare=False)
    """Computes commitments, follow-ups, terms and targets on first read (see
    :mod:`reportdiff.pairwise.pipeline`); ``None`` when there are none to compute."""

    @property
    def commitments(self) -> tuple[CommitmentChange, ...]:
        """The new report's commitments (repeated or new) in its order, then dropped ones in the old order."""
        return self.derived.commitments if self.derived is not None else ()

    @property
    def followups(self) -> tuple[FollowUp, ...]:
        """Each commitment of the old report looked up in the new report's review part."""
        return self.derived.followups if self.derived is not None else ()

    @property
    def terms(self) -> tuple[TermChange, ...]:
        """New terms, most salient first, then dropped ones."""
        return self.derived.terms if self.derived is not None else ()

    @property
    def targets(self) -> tuple[TargetCheck, ...]:
        """The old report's targets judged against the new report's results, when the new
        report is the next year's (empty otherwise)."""
        return self.derived.targets if self.derived is not None else ()

    @property
    def not_read(self) -> tuple[str, ...]:
        """What the new report's language is not read for (some of ``commitments``, ``new terms``,
        ``figures``; :func:`reportdiff.lang.unread`): their lists are empty and their counts
        ``None``, not zeros as if counted."""
        return lang.unread(self.new.metadata.language)

    def commitment_summary(self) -> dict[str, int | None]:
        """Number of commitments per status, and of repeated ones with a changed action or figure;
        every count ``None`` where the language's commitments are not read (:attr:`not_read`)."""
        kinds = ("new", "dropped", "repeated", "stronger", "weaker", "figures changed")
        if "commitments" in self.not_read:
            return dict.fromkeys(kinds, None)
        counts = dict.fromkeys(kinds, 0)
        for change in self.commitments:
            counts[change.status] += 1
            if change.action in ("stronger", "weaker"):
                counts[change.action] += 1
            if change.figures_changed:
                counts["figures changed"] += 1
        return dict(counts)

    def summary(self) -> dict[str, int]:
        """Number of entries per status (every status present, zero included)."""
        counts: dict[str, int] = dict.fromkeys(CHANGE_STATUSES, 0)
        for change in self.sentences:
            counts[change.status] += 1
        return counts

    @property
    def has_changes(self) -> bool:
        """Whether anything other than ``unchanged`` entries was found."""
        return any(change.status != "unchanged" for change in self.sentences)

    def __repr__(self) -> str:
        counts = ", ".join(f"{k}={v}" for k, v in self.summary().items() if v)
        return f"<Comparison {self.old.raw.source} → {self.new.raw.source}: {counts}>"
