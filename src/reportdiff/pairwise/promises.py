"""Commitments of two years paired (new, repeated, dropped) and looked up in the next review."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Mapping, Sequence
from itertools import accumulate
from typing import TypeVar

from ..extract.commitments import commitment_key
from ..extract.periods import multi_year_sentences
from ..lang import Profile
from ..model import Commitment, Report
from ..results import ActionChange, CommitmentChange
from ..settings import Settings
from .align import Link
from .content import Counts, match_content
from .figure_change import figure_change
from .linked import PART, SHORTEST, aligned_pairs
from .listed import listed_items
from .nearest import Nearest, nearest_in_plans
from .restated import said_again
from .taken_back import unlink_withdrawals

_T = TypeVar("_T")


def commitment_changes(
    old: Sequence[Commitment],
    new: Sequence[Commitment],
    reports: tuple[Report, Report],
    profile: Profile,
    settings: Settings,
    sentence_links: Sequence[Link] = (),
) -> tuple[CommitmentChange, ...]:
    """Each new commitment ``repeated`` or ``new`` (in new order), then each old one the new
    report says again where it read no promise (``repeated``, in the new report's order), then
    each old one not carried over.

    Objects are paired by the content similarity sentences are aligned with, how
    distinctive a piece is read from the sentences of both ``reports``; then those left
    whose sentences ``sentence_links`` (the reports' alignment) links, at a lower bar
    (:func:`_aligned`).
    """
    background = background_keys(reports, profile)
    # counted once for both pairings (empty: the keys themselves are the background)
    counts: Sequence[str] | Counts = Counts.of(background, profile.content_pieces) if background else ()
    links = {
        j: (i, score)
        for i, j, score in match_content(
            [c.key for c in old],
            [c.key for c in new],
            profile.content_pieces,
            settings,
            counts,
        )
    }
    heads = tuple(profile.commitments.heads) if profile.commitments is not None else ()
    verbs = profile.commitments.verbs if profile.commitments is not None else {}
    done = profile.commitments.completions if profile.commitments is not None else ()
    mark = profile.commitments.list_mark if profile.commitments is not None else ""
    via = dict.fromkeys(links, "similar")  # how each new one's first partner was found
    links.update(_contained(old, new, links, settings, heads))
    _found(via, links, "contained")
    # 坚持稳中求进工作总基调 made twice in one report: the pairing is one to one, so the other
    # mention is the same promise, repeated, not new (nor dropped, in the old report); found
    # before the looser pairings below, so that those take no twin away from its partner
    new_keys, old_keys = [c.key for c in new], [c.key for c in old]
    links.update(_twins(new_keys, links))
    _found(via, links, "twin")
    twins = set(_twins(old_keys, {i: j for j, (i, _) in links.items()}))
    links.update(_contained(old, new, links, settings, heads, inserted=True, skip=twins))
    _found(via, links, "contained")
    aligned: dict[str, set[str]] = {}
    for link in sentence_links:
        for k in link.old:
            linked = aligned.setdefault(reports[0].sentences[k].id, set())
            linked.update(reports[1].sentences[m].id for m in link.new)
    links.update(aligned_pairs(old, new, links, aligned, counts, profile, settings, twins))
    _found(via, links, "aligned")
    links.update(_twins(new_keys, links))
    _found(via, links, "twin")
    # an old promise made twice is repeated by its twin's partner, both mentions listed, as a
    # new one made twice is: every commitment of both reports is in one change or more
    restated: dict[int, list[int]] = {}
    for i, j in _twins(old_keys, {i: j for j, (i, _) in links.items()}).items():
        restated.setdefault(j, []).append(i)
    listed = listed_items(old, new, links, restated, profile)
    _found(via, links, "listed")
    # what the other report says again where it read no such promise (a heading, a closing)
    again = said_again(old, new, reports, links, restated, profile.commitments, settings.restated_chars)
    links.update(again.links)
    _found(via, links, "said again")
    for j, others in again.more.items():
        restated.setdefault(j, []).extend(others)
    if profile.commitments is not None and profile.commitments.withdrawals:
        unlink_withdrawals(old, new, links, restated, profile.commitments)
    # how an old one other than the first came to a new one's list
    more_via = {(i, j): "said again" for j, others in again.more.items() for i in others}
    more_via.update({pair: "listed" for pair in listed})
    # a promise the other report also makes in the same words is not made stronger or weaker by
    # the words of another mention (构建 and 加快构建新发展格局, both 2021's, and 2022's 加快构建)
    pairs = [(i, j) for j, (first, _) in links.items() for i in (first, *restated.get(j, ()))]
    as_before = {(i, j) for i, j in pairs if _action_change(old[i], new[j], verbs, done, mark) is None}
    same_old = {i for i, _ in as_before} | _said_alike(old, new)
    same_new = {j for _, j in as_before} | _said_alike(new, old)
    # a five-year plan's wording and a year's are not compared for strength (扎实筑牢 → 筑牢): the
    # passages of several years are the figures' (a part for the outline and this year turns)
    plans = [_five_year(report, profile) for report in reports]
    changes: list[CommitmentChange] = []
    for j, item in enumerate(new):
        if j in again.old_words:
            before = again.old_words[j]
            change = _action_change(before, item, verbs, done, mark) if before.verb != item.verb else None
            changes.append(CommitmentChange("repeated", before, item, 100.0, change, False, "said again"))
            continue
        if j not in links:
            changes.append(CommitmentChange("new", None, item, 0.0, None, False))
            continue
        first, score = links[j]
        for i in (first, *restated.get(j, ())):
            before = old[i]
            same = i in same_old or j in same_new
            change = None if same else _action_change(before, item, verbs, done, mark)
            if change in ("stronger", "weaker") and (before.sentence_id in plans[0]) != (
                item.sentence_id in plans[1]
            ):
                change = "reworded"
            figures = figure_change(before, item, (i, j) in listed, profile)
            changes.append(
                CommitmentChange(
                    "repeated",
                    before,
                    item,
                    round(score, 1),
                    change,
                    figures is not None,
                    via[j] if i == first else more_via.get((i, j), "twin"),
                    figures,
                )
            )
    for i, words in sorted(again.new_words.items(), key=lambda pair: (pair[1].span.start, pair[0])):
        change = _action_change(old[i], words, verbs, done, mark) if old[i].verb != words.verb else None
        changes.append(CommitmentChange("repeated", old[i], words, 100.0, change, False, "said again"))
    kept = {i for i, _ in links.values()} | {i for twins in restated.values() for i in twins}
    kept |= again.new_words.keys()
    changes.extend(
        CommitmentChange("dropped", c, None, 0.0, None, False) for i, c in enumerate(old) if i not in kept
    )
    if not isinstance(counts, Counts):
        return tuple(changes)  # no sentence read as a commitment object is (a language without rules)
    # where the other plan says the words of those left unpaired
    dropped = [c.old for c in changes if c.status == "dropped" and c.old is not None]
    left = (dropped, [c.new for c in changes if c.status == "new" and c.new is not None])
    return nearest_in_plans(changes, settings, Nearest(reports, profile, counts, left))


def _five_year(report: Report, profile: Profile) -> frozenset[str]:
    """The sentences of a plan for several years (as figures read them: ``multi_year_sentences``)."""
    rules = profile.indicators
    return multi_year_sentences(report, rules) if rules is not None else frozenset()


def _found(via: dict[int, str], links: Mapping[int, object], how: str) -> None:
    """Note ``how`` the links not noted yet were found."""
    for j in links:
        via.setdefault(j, how)


def _said_alike(these: Sequence[Commitment], others: Sequence[Commitment]) -> set[int]:
    """The positions of ``these`` whose action and key one of ``others`` has too."""
    said = {(c.action, c.key) for c in others}
    return {n for n, c in enumerate(these) if (c.action, c.key) in said}


def _contained(
    old: Sequence[Commitment],
    new: Sequence[Commitment],
    links: dict[int, tuple[int, float]],
    settings: Settings,
    heads: tuple[str, ...] = (),
    inserted: bool = False,
    skip: Collection[int] = (),
) -> dict[int, tuple[int, float]]:
    """Unpaired commitments whose object holds the other's whole (``国民素质`` in
    ``国民素质和社会文明程度``, ``政策协调配合`` in ``财政、货币…等政策协调配合``): the same
    promise, narrowed or widened.  A short object (``Settings.short_key_chars``) says too
    little to be found anywhere: it pairs only as the other's end, the same thing with a
    modifier added (``休假制度`` / ``带薪休假制度``), or with a generic head word added
    (``政务公开`` / ``政务公开制度``).  With ``inserted``, instead, those with no such partner
    whose objects are one another's with a modifier put in before the head (``出口结构`` /
    ``出口商品结构``, ``品种结构`` / ``种植业、畜牧业品种和品质结构``: :func:`_inserted`).
    Old commitments in ``skip`` are left out.  Only pairs that have no other such partner
    on either side are linked, so the links do not depend on which report is old."""
    taken = {i for i, _ in links.values()} | set(skip)
    olds = [i for i in range(len(old)) if i not in taken and len(old[i].key) >= SHORTEST]
    news = [j for j in range(len(new)) if j not in links and len(new[j].key) >= SHORTEST]
    partners_old, partners_new = _partners(old, new, olds, news, settings.short_key_chars, heads)
    if not inserted:
        return _unique(old, new, partners_old, partners_new)
    olds = [i for i in olds if not partners_old[i]]
    news = [j for j in news if not partners_new[j]]
    return _unique(old, new, *_partners(old, new, olds, news, 0, heads, inserted=True))


def _partners(
    old: Sequence[Commitment],
    new: Sequence[Commitment],
    olds: Sequence[int],
    news: Sequence[int],
    least: int,
    heads: tuple[str, ...],
    inserted: bool = False,
) -> tuple[dict[int, list[int]], dict[int, list[int]]]:
    """Each of ``olds`` and ``news`` with those on the other side it pairs with in
    :func:`_contained`: holding it whole (one of ``least`` characters or fewer only as
    :func:`_narrowed` says), or with a modifier put in if ``inserted``."""
    partners_old: dict[int, list[int]] = {i: [] for i in olds}
    partners_new: dict[int, list[int]] = {j: [] for j in news}
    old_keys, new_keys = [old[i].key for i in olds], [new[j].key for j in news]
    found = _inserted_pairs(old_keys, new_keys, heads) if inserted else _containing_pairs(old_keys, new_keys)
    for i, j in found:
        shorter, longer = sorted((old[olds[i]].key, new[news[j]].key), key=len)
        if len(shorter) <= least and not _narrowed(shorter, longer, heads):
            continue
        partners_old[olds[i]].append(news[j])
        partners_new[news[j]].append(olds[i])
    return partners_old, partners_new


def _unique(
    old: Sequence[Commitment],
    new: Sequence[Commitment],
    partners_old: Mapping[int, list[int]],
    partners_new: Mapping[int, list[int]],
) -> dict[int, tuple[int, float]]:
    """The pairs of partners that have no other partner on either side, scored by how much of
    the longer object the shorter is."""
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


def _narrowed(shorter: str, longer: str, heads: tuple[str, ...]) -> bool:
    """Whether ``longer`` is ``shorter`` with a modifier before it (its head kept) or a generic
    head word after it."""
    return longer.endswith(shorter) or (longer.startswith(shorter) and longer[len(shorter) :] in heads)


def _inserted(shorter: str, longer: str, heads: Collection[str] = ()) -> bool:
    """Whether ``longer`` ends with the head of ``shorter`` (two characters or more) and holds
    the rest of it (two or more) before that, not right before it: a modifier put in
    (``农业结构`` / ``农民调整农业产业结构``).  Before a generic head (``heads``: ``建设``,
    ``制度``) two characters say too little of what the thing is (``生态建设`` / ``生态文明
    制度建设``): more must be kept.

    >>> _inserted("出口结构", "出口商品结构"), _inserted("出口结构", "扩大出口结构")
    (True, False)
    >>> _inserted("生态建设", "生态文明制度建设", ("建设",))
    False
    >>> _inserted("师资队伍建设", "师资队伍和师德师风建设", ("建设",))
    True
    """
    for cut in range(PART, len(shorter) - PART + 1):
        modifier, head = shorter[:cut], shorter[cut:]
        if head in heads and len(modifier) <= PART:
            continue
        if longer.endswith(head) and modifier in longer[: len(longer) - len(head) - 1]:
            return True
    return False


def _inserted_pairs(
    left: Sequence[str], right: Sequence[str], heads: Collection[str]
) -> list[tuple[int, int]]:
    """Each pair ``(i, j)`` where one of ``left[i]`` and ``right[j]`` holds the other with a
    modifier put in (:func:`_inserted`); only keys that end alike are tried."""
    ends: dict[str, list[int]] = {}
    for j, key in enumerate(right):
        ends.setdefault(key[-PART:], []).append(j)
    pairs = []
    for i, key in enumerate(left):
        for j in ends.get(key[-PART:], ()) if len(key) >= 2 * PART else ():
            shorter, longer = sorted((key, right[j]), key=len)
            if len(shorter) >= 2 * PART and _inserted(shorter, longer, heads):
                pairs.append((i, j))
    return pairs


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


def _action_change(
    old: Commitment, new: Commitment, verbs: Mapping[str, int], done: Collection[str], mark: str = ""
) -> ActionChange | None:
    """``stronger`` or ``weaker`` when the strength moves and the modifiers' part of it
    (``emphasis``) moves the same way: a verb swapped for a plainer one while the wording
    hedges no more (``严厉打击`` → ``保持``…高压严打态势) is ``reworded``, as is any change
    where a word's weight is unknown: a modifier the lists lack (``加快实施`` → ``加紧实施``),
    or a verb they lack replaced by another (``坚决制止`` → ``严禁``), and a work now said
    finished (``done``: ``加快建设`` → ``建成``), which tells of progress.  The list ``mark`` aside:
    ``完整、准确、全面贯彻`` is ``完整准确全面贯彻`` said again."""
    known = old.verb == new.verb or (old.verb in verbs and new.verb in verbs)
    if new.verb in done and old.verb not in done:
        known = False
    if known and old.emphasis is not None and new.emphasis is not None:
        if new.strength > old.strength and new.emphasis > old.emphasis:
            return "stronger"
        if new.strength < old.strength and new.emphasis < old.emphasis:
            return "weaker"
    return None if old.action.replace(mark, "") == new.action.replace(mark, "") else "reworded"
