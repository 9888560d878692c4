"""Last year's commitments looked up in this year's review: reported or not mentioned."""

from __future__ import annotations

from collections.abc import Sequence

from ..extract.commitments import commitment_key
from ..fuzzy import find_in
from ..lang import Profile
from ..model import Commitment, Report, Sentence
from ..results import FollowUp
from ..settings import Settings


def followups(
    promises: Sequence[Commitment],
    later: Report,
    profile: Profile,
    settings: Settings,
    hits: Sequence[tuple[int, float] | None] | None = None,
) -> tuple[FollowUp, ...]:
    """Each commitment looked up in the review part of the later report; ``hits``: what
    :func:`followup_hits` found, if it already ran (in another process)."""
    if profile.commitments is None:
        return ()  # a language without commitment cues has no commitments
    sentences = _review(later, profile)
    found = followup_hits(promises, later, profile, settings) if hits is None else hits
    result = []
    for promise, hit in zip(promises, found, strict=True):
        if hit is None:
            result.append(FollowUp(promise, "not mentioned", None, "", 0.0))
        else:
            sentence = sentences[hit[0]]
            result.append(FollowUp(promise, "reported", sentence.id, sentence.text, round(hit[1], 1)))
    return tuple(result)


def followup_hits(
    promises: Sequence[Commitment], later: Report, profile: Profile, settings: Settings
) -> list[tuple[int, float] | None]:
    """For each commitment, the review sentence of ``later`` (its place among them) that
    names its object and how fully, or ``None``: the search behind :func:`followups`."""
    if profile.commitments is None:
        return [None] * len(promises)
    drop = profile.commitments.key_drop
    texts = [commitment_key(s.text, profile.figure, drop) for s in _review(later, profile)]
    # the object without its figures: 4家老年人日间服务中心 is reported as 老年人日间服务中心5家
    keys = [commitment_key(profile.figure.sub("", c.object), profile.figure, drop) for c in promises]
    return find_in(keys, texts, settings.followup_threshold, settings.followup_least_chars)


def _review(report: Report, profile: Profile) -> list[Sentence]:
    """The review's sentences but those admitting shortcomings (``CommitmentRules.shortcomings``)
    and the rest of a paragraph from one that does: its sentences list the problems it admits
    (``我们也清醒看到…问题和挑战。民营和小微企业融资难融资贵问题尚未有效缓解…``), no work done."""
    own = profile.commitments.shortcomings if profile.commitments is not None else None
    kept: list[Sentence] = []
    admitting = None  # the paragraph whose shortcomings are being listed
    for s in report.sentences:
        if s.kind != "review":
            continue
        if own is not None and own.search(s.text):
            admitting = s.paragraph_id
        if s.paragraph_id != admitting:
            kept.append(s)
    return kept
