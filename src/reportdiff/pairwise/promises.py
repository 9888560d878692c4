"""Commitments of two years paired (new, repeated, dropped) and looked up in the next review."""

from __future__ import annotations

from collections.abc import Sequence

from ..extract.commitments import commitment_key
from ..fuzzy import find_in
from ..lang import Profile
from ..model import Commitment, Report
from ..results import ActionChange, CommitmentChange, FollowUp
from ..settings import Settings
from .content import match_content


def commitment_changes(
    old: Sequence[Commitment],
    new: Sequence[Commitment],
    reports: tuple[Report, Report],
    profile: Profile,
    settings: Settings,
) -> tuple[CommitmentChange, ...]:
    """Each new commitment ``repeated`` or ``new`` (in new order), then each old one not carried over.

    Objects are paired by the content similarity sentences are aligned with, how
    distinctive a piece is read from the sentences of both ``reports``.
    """
    links = {
        j: (i, score)
        for i, j, score in match_content(
            [c.key for c in old],
            [c.key for c in new],
            profile.content_pieces,
            settings,
            background_keys(reports, profile),
        )
    }
    changes: list[CommitmentChange] = []
    for j, item in enumerate(new):
        if j not in links:
            changes.append(CommitmentChange("new", None, item, 0.0, None, False))
            continue
        i, score = links[j]
        before = old[i]
        changes.append(
            CommitmentChange(
                "repeated",
                before,
                item,
                round(score, 1),
                _action_change(before, item),
                before.figures != item.figures,
            )
        )
    kept = {i for i, _ in links.values()}
    changes.extend(
        CommitmentChange("dropped", c, None, 0.0, None, False) for i, c in enumerate(old) if i not in kept
    )
    return tuple(changes)


def background_keys(reports: Sequence[Report], profile: Profile) -> list[str]:
    """Every sentence of ``reports`` keyed as commitment objects are: what makes a piece of an
    object distinctive or formulaic."""
    if profile.commitments is None:
        return []
    drop = profile.commitments.key_drop
    return [commitment_key(s.text, profile.figure, drop) for report in reports for s in report.sentences]


def _action_change(old: Commitment, new: Commitment) -> ActionChange | None:
    if new.strength > old.strength:
        return "stronger"
    if new.strength < old.strength:
        return "weaker"
    return None if old.action == new.action else "reworded"


def followups(
    promises: Sequence[Commitment], later: Report, profile: Profile, settings: Settings
) -> tuple[FollowUp, ...]:
    """Each commitment looked up in the review part of the later report."""
    review = {part.id for part in later.parts if part.part == "review"}
    sentences = [s for s in later.sentences if s.part_id in review]
    if profile.commitments is None:
        return ()  # a language without commitment cues has no commitments
    drop = profile.commitments.key_drop
    texts = [commitment_key(s.text, profile.figure, drop) for s in sentences]
    # the object without its figures: 4家老年人日间服务中心 is reported as 老年人日间服务中心5家
    keys = [commitment_key(profile.figure.sub("", c.object), profile.figure, drop) for c in promises]
    found = find_in(keys, texts, settings.followup_threshold, settings.followup_least_chars)
    result = []
    for promise, hit in zip(promises, found, strict=True):
        if hit is None:
            result.append(FollowUp(promise, "not mentioned", None, "", 0.0))
        else:
            sentence = sentences[hit[0]]
            result.append(FollowUp(promise, "reported", sentence.id, sentence.text, round(hit[1], 1)))
    return tuple(result)
