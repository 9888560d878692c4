"""Which changes fail a CI job: ``reportdiff diff OLD NEW --fail-on KIND,...``.

Without ``--fail-on``, ``diff`` exits 1 whenever a sentence changed (like diff(1)).  With
it, ``diff`` exits 1 only when one of the listed kinds of change occurs, so a data team can
gate on what matters to them (a dropped commitment, a missed target) and let rewording pass.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .results import Comparison


def _sentences(*statuses: str) -> Callable[[Comparison], int]:
    return lambda c: sum(1 for change in c.sentences if change.status in statuses)


def _commitments(status: str, action: str | None = None) -> Callable[[Comparison], int]:
    return lambda c: sum(
        1
        for change in c.commitments
        if change.status == status and (action is None or change.action == action)
    )


FAIL_KINDS: dict[str, tuple[str, Callable[[Comparison], int]]] = {
    "changes": (
        "any sentence not unchanged",
        _sentences("modified", "moved", "split", "merged", "new", "dropped"),
    ),
    "new-sentences": ("a sentence with no counterpart in the old report", _sentences("new")),
    "dropped-sentences": ("a sentence of the old report with no counterpart", _sentences("dropped")),
    "modified-sentences": ("a sentence reworded or with changed figures", _sentences("modified")),
    "moved-sentences": ("a sentence moved elsewhere", _sentences("moved")),
    "split-merged-sentences": ("a sentence split in two, or two merged", _sentences("split", "merged")),
    "new-commitments": ("a commitment the old report did not make", _commitments("new")),
    "dropped-commitments": ("a commitment of the old report not made again", _commitments("dropped")),
    "weaker-commitments": ("a repeated commitment with a weaker action", _commitments("repeated", "weaker")),
    "stronger-commitments": (
        "a repeated commitment with a stronger action",
        _commitments("repeated", "stronger"),
    ),
    "changed-figures": (
        "a repeated commitment whose figures changed",
        lambda c: sum(1 for change in c.commitments if change.figures_changed),
    ),
    "new-terms": (
        "a new term (a phrase the old report does not use)",
        lambda c: sum(1 for t in c.terms if t.status == "new"),
    ),
    "dropped-terms": (
        "a term the new report no longer uses",
        lambda c: sum(1 for t in c.terms if t.status == "dropped"),
    ),
    "missed-targets": (
        "a target of the old report that the new report's result misses",
        lambda c: sum(1 for t in c.targets if t.verdict == "missed"),
    ),
    "unreported-targets": (
        "a target of the old report with no result in the new one",
        lambda c: sum(1 for t in c.targets if t.verdict == "no outcome reported"),
    ),
}
"""Kind → (what counts, how many a comparison has)."""


def failures(comparison: Comparison, kinds: Sequence[str]) -> dict[str, int]:
    """How many changes of each listed kind the comparison has (only those with some).

    >>> from reportdiff import compare, parse
    >>> a = parse("各位代表：\\n一、2020年主要任务\\n推进城市更新。加强生态保护。", "2020.txt")
    >>> b = parse("各位代表：\\n一、2021年主要任务\\n加强生态保护。", "2021.txt")
    >>> failures(compare(a, b), ["dropped-commitments", "new-terms"])
    {'dropped-commitments': 1}
    """
    found = {kind: FAIL_KINDS[kind][1](comparison) for kind in kinds}
    return {kind: count for kind, count in found.items() if count}
