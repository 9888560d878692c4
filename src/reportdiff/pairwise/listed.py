"""Promises a clause lists in one object (新增社区嵌入式养老服务机构110个、农村幸福院750个), each
repeated by the other report's commitment that makes it on its own."""

from __future__ import annotations

from collections.abc import Sequence

from ..extract.commitments import commitment_key
from ..lang import Profile
from ..model import Commitment


def listed_items(
    old: Sequence[Commitment],
    new: Sequence[Commitment],
    links: dict[int, tuple[int, float]],
    restated: dict[int, list[int]],
    profile: Profile,
) -> set[tuple[int, int]]:
    """A clause listing several promises in one object (新增社区嵌入式养老服务机构110个、农村幸福院
    750个) repeats each one the other report makes on its own (建设农村幸福院750个): an unpaired
    commitment whose key is an item of a paired one's list is repeated with it, either way.
    The (old, new) pairs made so."""
    made: set[tuple[int, int]] = set()
    if profile.commitments is None or not profile.list_separator:
        return made
    drop, sep = profile.commitments.key_drop, profile.list_separator

    def items(c: Commitment) -> list[str]:
        parts = c.object.split(sep) if sep in c.object else []
        return [key for p in parts if len(key := commitment_key(p, profile.figure, drop)) >= _LIST_ITEM]

    kept = {i for i, _ in links.values()} | {i for more in restated.values() for i in more}
    news = {key: j for j, _ in sorted(links.items(), reverse=True) for key in items(new[j])}
    for i, c in enumerate(old):
        if i not in kept and (holder := news.get(c.key)) is not None:
            restated.setdefault(holder, []).append(i)
            made.add((i, holder))
    olds = {key: i for i, _ in sorted(links.values(), reverse=True) for key in items(old[i])}
    for j, c in enumerate(new):
        if j not in links and (partner := olds.get(c.key)) is not None:
            links[j] = (partner, 100.0)
            made.add((partner, j))
    return made


_LIST_ITEM = 4
"""The fewest characters of a list item's key that name a promise on their own."""
