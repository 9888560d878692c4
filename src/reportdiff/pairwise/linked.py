"""Commitments of two sentences the alignment linked, paired at a lower bar than their objects
alone need: the link is evidence of its own."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence

from ..lang import Profile
from ..model import Commitment
from ..settings import Settings
from .content import ContentIndex, Counts, wording

SHORTEST = 3
"""Fewest characters of an object that may pair with one holding it (two say nothing)."""


PART = 2
"""Fewest characters of each part of an object (modifier, head) found apart (:func:`apart`,
``promises._inserted``)."""


def aligned_pairs(
    old: Sequence[Commitment],
    new: Sequence[Commitment],
    links: Mapping[int, tuple[int, float]],
    linked: Mapping[str, Collection[str]],
    counts: Sequence[str] | Counts,
    profile: Profile,
    settings: Settings,
    skip: Collection[int] = (),
) -> dict[int, tuple[int, float]]:
    """Unpaired commitments (not old ones in ``skip``) of two sentences the alignment linked
    (``linked``: old sentence id → new ones), whose objects share a distinctive piece and score
    ``Settings.aligned_commitment_threshold`` (the score of
    :func:`~reportdiff.pairwise.content.match_content`), one to one, best first: the sentence
    said again is evidence the pairing of objects alone lacks, so a promise reworded in its
    place (``加强企业领导班子建设`` / ``加强国有重点企业领导班子的管理和建设``) is repeated,
    not dropped and made anew.  Objects too short to say anything (``SHORTEST``) are left out,
    and so are two objects that are one head with other things before it (:func:`apart`), and
    a work paired with its results (the language's ``outcomes``: ``…清理整治`` /
    ``…整治成效``).  Ties break as in ``match_content``, so swapping the reports swaps the
    links."""
    if not linked:
        return {}
    taken = {i for i, _ in links.values()} | set(skip)
    targets = {sentence for sentences in linked.values() for sentence in sentences}
    olds = [i for i, c in enumerate(old) if i not in taken and c.sentence_id in linked]
    olds = [i for i in olds if len(old[i].key) >= SHORTEST]
    news = [j for j, c in enumerate(new) if j not in links and c.sentence_id in targets]
    news = [j for j in news if len(new[j].key) >= SHORTEST]
    if not olds or not news:
        return {}
    pieces = profile.content_pieces
    outcomes = tuple(profile.commitments.outcomes) if profile.commitments is not None else ()
    index = ContentIndex.build([old[i].key for i in olds], [new[j].key for j in news], pieces, counts)
    by_sentence: dict[str, list[int]] = {}
    for b, j in enumerate(news):
        by_sentence.setdefault(new[j].sentence_id, []).append(b)
    ranked = []
    for a, i in enumerate(olds):
        sentences = sorted(linked[old[i].sentence_id])
        for b in [b for sentence in sentences for b in by_sentence.get(sentence, ())]:
            j = news[b]
            if not index.distinctive(a, b, settings.block_df) or apart(old[i].key, new[j].key, pieces):
                continue
            if old[i].key.endswith(outcomes) != new[j].key.endswith(outcomes):
                continue  # the results of a work kept, not the work promised again
            overlap = index.overlap(a, b)
            if max(overlap, overlap + settings.wording_lead) < settings.aligned_commitment_threshold:
                continue  # under the bar whatever the wording: the characters are not compared
            chars = wording(old[i].key, new[j].key, settings.wording_most_chars)
            score = max(overlap, min(chars, overlap + settings.wording_lead))
            if score >= settings.aligned_commitment_threshold:
                x, y = old[i].key, new[j].key
                ranked.append((-score, min(x, y), max(x, y), min(i, j), max(i, j), i, j))
    ranked.sort()
    found: dict[int, tuple[int, float]] = {}
    paired: set[int] = set()
    for negative, *_, i, j in ranked:
        if i not in paired and j not in found:
            found[j] = (i, -negative)
            paired.add(i)
    return found


def apart(a: str, b: str, pieces: Callable[[str], frozenset[str]]) -> bool:
    """Whether ``a`` and ``b`` end alike (two characters or more) after parts that share no
    piece: one head said of two different things (``科技体制改革`` / ``地方金融体制改革``,
    ``耕地保护和质量提升`` / ``标准引领和质量提升``), not one thing said again.

    >>> from reportdiff.lang import profile
    >>> zh = profile("zh").content_pieces
    >>> apart("科技体制改革", "地方金融体制改革", zh), apart("城乡低保等标准", "城乡低保救助等标准", zh)
    (True, False)
    """
    tail = 0
    while tail < min(len(a), len(b)) and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    if tail < PART or tail == len(a) or tail == len(b):
        return False
    return not pieces(a[:-tail]) & pieces(b[:-tail])
