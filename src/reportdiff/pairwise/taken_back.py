"""Promises taken back (``不再坚持…``, ``停止实施…``) kept apart from the promises they take back."""

from __future__ import annotations

from collections.abc import Sequence

from ..extract.commitments import withdrawn
from ..lang import CommitmentRules
from ..model import Commitment


def unlink_withdrawals(
    old: Sequence[Commitment],
    new: Sequence[Commitment],
    links: dict[int, tuple[int, float]],
    restated: dict[int, list[int]],
    rules: CommitmentRules,
) -> None:
    """A promise taken back (``不再坚持``…) is not the promise it takes back (``坚持``…) made again:
    such pairings are undone, so the one is new and the other dropped."""
    for j, (i, _) in list(links.items()):
        if withdrawn(old[i], rules) != withdrawn(new[j], rules):
            del links[j]
            restated.pop(j, None)  # its other partners are dropped with the first
    for j, others in restated.items():
        others[:] = [i for i in others if withdrawn(old[i], rules) == withdrawn(new[j], rules)]
