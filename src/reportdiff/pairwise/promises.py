"""Commitments of two years paired (new, repeated, dropped) and looked up in the next review."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from itertools import accumulate
from typing import TypeVar

from ..extract.commitments import commitment_key
from ..fuzzy import find_in
from ..lang import Profile
from ..model import Commitment, Report, Sentence
from ..results import ActionChange, CommitmentChange, FollowUp
from ..settings import Settings
from .content import match_content

_T = TypeVar("_T")


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
    heads = tuple(profile.commitments.heads) if profile.commitments is not None else ()
    verbs = profile.commitments.verbs if profile.commitments is not None else {}
    links.update(_contained(old, new, links, settings, heads))
    # 坚持稳中求进工作总基调 made twice in one report: the pairing is one to one, so the other
    # mention is the same promise, repeated, not new (nor dropped, in the old report)
    links.update(_twins([c.key for c in new], links))
    restated = set(_twins([c.key for c in old], {i: j for j, (i, _) in links.items()}))
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
                _action_change(before, item, verbs),
                before.figures != item.figures,
            )
        )
    kept = {i for i, _ in links.values()} | restated
    changes.extend(
        CommitmentChange("dropped", c, None, 0.0, None, False) for i, c in enumerate(old) if i not in kept
    )
    return tuple(changes)


def _contained(
    old: Sequence[Commitment],
    new: Sequence[Commitment],
    links: dict[int, tuple[int, float]],
    settings: Settings,
    heads: tuple[str, ...] = (),
) -> dict[int, tuple[int, float]]:
    """Unpaired commitments whose object holds the other's whole (``国民素质`` in
    ``国民素质和社会文明程度``, ``政策协调配合`` in ``财政、货币…等政策协调配合``): the same
    promise, narrowed or widened.  A short object (``Settings.short_key_chars``) says too
    little to be found anywhere: it pairs only as the other's end, the same thing with a
    modifier added (``休假制度`` / ``带薪休假制度``), or with a generic head word added
    (``政务公开`` / ``政务公开制度``).  Only pairs that have no other such partner on either
    side are linked, so the links do not depend on which report is old."""
    taken = {i for i, _ in links.values()}
    least = settings.short_key_chars
    olds = [i for i in range(len(old)) if i not in taken and len(old[i].key) >= _SHORTEST]
    news = [j for j in range(len(new)) if j not in links and len(new[j].key) >= _SHORTEST]
    partners_old: dict[int, list[int]] = {i: [] for i in olds}
    partners_new: dict[int, list[int]] = {j: [] for j in news}
    for i, j in _containing_pairs([old[i].key for i in olds], [new[j].key for j in news]):
        shorter, longer = sorted((old[olds[i]].key, new[news[j]].key), key=len)
        if len(shorter) <= least and not _narrowed(shorter, longer, heads):
            continue
        partners_old[olds[i]].append(news[j])
        partners_new[news[j]].append(olds[i])
    found = {}
    for i, js in partners_old.items():
        if len(js) == 1 and partners_new[js[0]] == [i]:
            j = js[0]
            shorter_chars, longer_chars = sorted((len(old[i].key), len(new[j].key)))
            found[j] = (i, 100.0 * shorter_chars / longer_chars)
    return found


def _twins(keys: Sequence[str], paired: Mapping[int, _T]) -> dict[int, _T]:
    """Unpaired items whose key is that of a paired item of the same report, each with that
    item's partner (the first such item's, in order): one promise made twice."""
    partner: dict[str, _T] = {}
    for k in sorted(paired):
        if keys[k]:
            partner.setdefault(keys[k], paired[k])
    return {k: partner[key] for k, key in enumerate(keys) if k not in paired and key in partner}


_SHORTEST = 3
"""Fewest characters of an object that may pair with one holding it (two say nothing)."""


def _narrowed(shorter: str, longer: str, heads: tuple[str, ...]) -> bool:
    """Whether ``longer`` is ``shorter`` with a modifier before it (its head kept) or a generic
    head word after it."""
    return longer.endswith(shorter) or (longer.startswith(shorter) and longer[len(shorter) :] in heads)


def _containing_pairs(left: Sequence[str], right: Sequence[str]) -> list[tuple[int, int]]:
    """Each pair ``(i, j)`` where one of ``left[i]`` and ``right[j]`` holds the other, in
    ``(i, j)`` order.  Each key is looked for once in all the other side's keys joined (a
    search in C), not in each of them: the pairs are many, the containing ones few."""
    pairs = set()
    for i, j in _holders(left, right):
        pairs.add((i, j))
    for j, i in _holders(right, left):
        pairs.add((i, j))
    return sorted(pairs)


def _holders(keys: Sequence[str], texts: Sequence[str]) -> list[tuple[int, int]]:
    """Each ``(k, t)`` where ``texts[t]`` holds ``keys[k]``."""
    joined = "\0".join(texts)
    if any("\0" in key for key in keys) or any("\0" in text for text in texts):
        return [(k, t) for k, key in enumerate(keys) for t, text in enumerate(texts) if key in text]
    starts = list(accumulate((len(text) + 1 for text in texts), initial=0))
    found = []
    for k, key in enumerate(keys):
        at = joined.find(key) if key else -1
        while at >= 0:
            t = bisect_right(starts, at) - 1
            found.append((k, t))
            at = joined.find(key, starts[t + 1]) if t + 1 < len(texts) else -1
    return found


def background_keys(reports: Sequence[Report], profile: Profile) -> list[str]:
    """Every sentence of ``reports`` keyed as commitment objects are: what makes a piece of an
    object distinctive or formulaic."""
    if profile.commitments is None:
        return []
    drop = profile.commitments.key_drop
    return [commitment_key(s.text, profile.figure, drop) for report in reports for s in report.sentences]


def _action_change(old: Commitment, new: Commitment, verbs: Mapping[str, int]) -> ActionChange | None:
    """``stronger`` or ``weaker`` when the strength moves and the modifiers' part of it
    (``emphasis``) moves the same way: a verb swapped for a plainer one while the wording
    hedges no more (``严厉打击`` → ``保持``…高压严打态势) is ``reworded``, as is any change
    where a word's weight is unknown: a modifier the lists lack (``加快实施`` → ``加紧实施``),
    or a verb they lack replaced by another (``坚决制止`` → ``严禁``)."""
    known = old.verb == new.verb or (old.verb in verbs and new.verb in verbs)
    if known and old.emphasis is not None and new.emphasis is not None:
        if new.strength > old.strength and new.emphasis > old.emphasis:
            return "stronger"
        if new.strength < old.strength and new.emphasis < old.emphasis:
            return "weaker"
    return None if old.action == new.action else "reworded"


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
    sentences = _review(later)
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
    texts = [commitment_key(s.text, profile.figure, drop) for s in _review(later)]
    # the object without its figures: 4家老年人日间服务中心 is reported as 老年人日间服务中心5家
    keys = [commitment_key(profile.figure.sub("", c.object), profile.figure, drop) for c in promises]
    return find_in(keys, texts, settings.followup_threshold, settings.followup_least_chars)


def _review(report: Report) -> list[Sentence]:
    review = {part.id for part in report.parts if part.part == "review"}
    return [s for s in report.sentences if s.part_id in review]
