"""Which changes fail a CI job: ``reportdiff diff OLD NEW --fail-on KIND,...``.

Without ``--fail-on``, ``diff`` exits 1 whenever a sentence changed (like diff(1)).  With
it, ``diff`` exits 1 only when one of the listed kinds of change occurs, so a data team can
gate on what matters to them (a dropped commitment, a missed target) and let rewording pass.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal

from .errors import InputError
from .extract.commitments import withdrawn
from .lang import profile
from .model import Commitment, Report
from .normalize import fold
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
        "a repeated commitment whose figures changed (figures elsewhere: see the targets kinds)",
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


def capped(comparison: Comparison, kind: str, count: int, limit: int | None = None) -> int | None:
    """The length of the list ``kind`` counts, where ``count`` fills it: the terms' lists hold
    only the most notable (``limit``, ``Settings.max_terms``; else ``TermRules.limit``), so more
    may have been found than listed.  ``None`` when the count is all there is."""
    if not kind.endswith("-terms"):
        return None
    rules = profile(comparison.new.metadata.language).terms
    most = limit if limit is not None else rules.limit if rules is not None else None
    return most if most is not None and count >= most else None


def missed_names(comparison: Comparison, most: int = 5, verdict: str = "missed") -> str:
    """The indicators of the targets the new report's results miss (or of another ``verdict``:
    ``no outcome reported``), as a CI log names the reason for ``--fail-on missed-targets`` (or
    ``unreported-targets``): the first ``most`` in the report's order, then how many more.

    >>> from reportdiff import compare, parse
    >>> a = parse("各位代表：\\n一、2020年主要任务\\n粮食产量达到1.3万亿斤，新增就业1100万人。", "2020.txt")
    >>> b = parse("各位代表：\\n一、2020年工作回顾\\n粮食产量1.2万亿斤，新增就业1186万人。", "2021.txt")
    >>> missed_names(compare(a, b))
    '粮食产量'
    """
    names = [t.indicator for t in comparison.targets if t.verdict == verdict]
    more = f" and {len(names) - most} more" if len(names) > most else ""
    return ", ".join(names[:most]) + more


def failing_phrases(comparison: Comparison, kind: str, watched: Sequence[str]) -> tuple[str, ...]:
    """The watched phrases that make ``kind`` fail (a commitment kind, see :func:`failures`), in
    the list's order: what a CI log names as the reason.

    >>> from reportdiff import compare, parse
    >>> a = parse("各位代表：\\n一、2020年主要任务\\n推进城市更新。加强生态保护。", "2020.txt")
    >>> b = parse("各位代表：\\n一、2021年主要任务\\n加强生态保护。", "2021.txt")
    >>> failing_phrases(compare(a, b), "dropped-commitments", ["生态保护", "城市更新"])
    ('城市更新',)
    """
    return tuple(w for w in watched if _watched(comparison, kind, [fold(w)]))


def unseen(comparison: Comparison, watched: Sequence[str]) -> tuple[str, ...]:
    """The watched phrases neither report holds (a typo, or a promise not made yet): they can
    never fail a job, which the user should know."""
    texts = ["\n".join(s.key for s in report.sentences) for report in (comparison.old, comparison.new)]
    return tuple(w for w in watched if not any(holds(text, fold(w)) for text in texts))


WatchStatus = Literal["kept", "dropped", "new", "in neither plan"]
"""What became of a watched phrase between the two plans (:func:`watch_statuses`)."""


def watch_statuses(comparison: Comparison, watched: Sequence[str]) -> tuple[tuple[str, WatchStatus], ...]:
    """Each watched phrase (``--watch``) with what became of it, read as the gate reads it
    (:func:`holds` in each plan, what it takes back left out): ``kept`` (both plans say it),
    ``dropped``, ``new`` or ``in neither plan`` — the table a deputy prints, not only the failures.

    >>> from reportdiff import compare, parse
    >>> a = parse("各位代表：\\n一、2020年主要任务\\n推进城市更新。加强生态保护。", "2020.txt")
    >>> b = parse("各位代表：\\n一、2021年主要任务\\n加强生态保护。发展银发经济。", "2021.txt")
    >>> watch_statuses(compare(a, b), ["生态保护", "城市更新", "银发经济", "低空经济"])
    (('生态保护', 'kept'), ('城市更新', 'dropped'), ('银发经济', 'new'), ('低空经济', 'in neither plan'))
    """
    changes = comparison.commitments
    old = _plan_text(comparison.old, [c.old for c in changes if c.old is not None])
    new = _plan_text(comparison.new, [c.new for c in changes if c.new is not None])
    found: list[tuple[str, WatchStatus]] = []
    for phrase in watched:
        said = holds(old, fold(phrase)), holds(new, fold(phrase))
        found.append((phrase, _WATCH_STATUS[said]))
    return tuple(found)


_WATCH_STATUS: dict[tuple[bool, bool], WatchStatus] = {
    (True, True): "kept", (True, False): "dropped", (False, True): "new", (False, False): "in neither plan",
}  # fmt: skip


def failures(comparison: Comparison, kinds: Sequence[str], watched: Sequence[str] = ()) -> dict[str, int]:
    """How many changes of each listed kind the comparison has (only those with some).

    ``watched`` phrases (``--watch FILE``) narrow the commitment kinds to the promises a team
    follows: a watched phrase is *dropped* when the old report's plan says it and the new
    report's plan no longer does (a reworded promise still says it: :func:`holds`), *new* the
    other way round; weaker, stronger and changed figures count repeated commitments that hold one.

    >>> from reportdiff import compare, parse
    >>> a = parse("各位代表：\\n一、2020年主要任务\\n推进城市更新。加强生态保护。", "2020.txt")
    >>> b = parse("各位代表：\\n一、2021年主要任务\\n加强生态保护。", "2021.txt")
    >>> failures(compare(a, b), ["dropped-commitments", "new-terms"])
    {'dropped-commitments': 1}
    >>> failures(compare(a, b), ["dropped-commitments"], watched=["生态保护"])
    {}
    """
    found = {}
    for kind in kinds:
        if watched and kind in WATCHABLE:
            found[kind] = _watched(comparison, kind, [fold(w) for w in watched])
        else:
            found[kind] = FAIL_KINDS[kind][1](comparison)
    return {kind: count for kind, count in found.items() if count}


WATCHABLE = (
    "new-commitments",
    "dropped-commitments",
    "weaker-commitments",
    "stronger-commitments",
    "changed-figures",
)


def _watched(comparison: Comparison, kind: str, watched: list[str]) -> int:
    """How many ``watched`` phrases (folded) make ``kind`` fail.  Dropped and new are read alike
    on both sides: the old plan (its commitments and headings, what it takes back left out)
    says the phrase, as :func:`holds` reads it, and the new plan does not, or the other way
    round — a promise made in a heading (``（一）…加快发展新质生产力``) or worded with marks or a
    word more (``完整、准确、全面贯彻新发展理念``) is one the job follows too."""
    changes = comparison.commitments
    if kind in ("dropped-commitments", "new-commitments"):
        old = _plan_text(comparison.old, [c.old for c in changes if c.old is not None])
        new = _plan_text(comparison.new, [c.new for c in changes if c.new is not None])
        before, after = (old, new) if kind == "dropped-commitments" else (new, old)
        return sum(1 for w in watched if holds(before, w) and not holds(after, w))
    held = [
        c
        for c in changes
        if c.old is not None
        and c.new is not None
        and any(holds(fold(c.old.object), w) or holds(fold(c.new.object), w) for w in watched)
    ]
    if kind == "changed-figures":
        return sum(1 for c in held if c.figures_changed)
    return sum(1 for c in held if c.action == kind.removesuffix("-commitments"))


def holds(text: str, phrase: str) -> bool:
    """Whether ``text`` still says a watched ``phrase`` (folded both), in its words or reworded
    a little: its characters in order with a few more between them (``乡村振兴`` in
    ``乡村全面振兴``), or a phrase of six characters or more with one of them changed or left
    out (``…水平上的基本稳定`` in ``…水平上基本稳定``), as a rewording keeps a promise.

    >>> holds("扎实推进乡村全面振兴", "乡村振兴")
    True
    >>> holds("保持人民币汇率在合理均衡水平上基本稳定", "人民币汇率在合理均衡水平上的基本稳定")
    True
    >>> holds("推进乡村建设，实现共同富裕", "乡村振兴")
    False
    """
    if phrase in text:
        return True
    if not phrase:
        return False
    reach = len(phrase) + max(2, len(phrase) // 4)  # the phrase with a word or two inside it
    at = text.find(phrase[0])
    while at >= 0:  # each place it may start: is it a subsequence of the stretch from there?
        rest = iter(text[at : at + reach])
        if all(ch in rest for ch in phrase):  # each found after the one before (linear)
            return True
        at = text.find(phrase[0], at + 1)
    from rapidfuzz import fuzz  # only a gate with --watch reads this far

    return len(phrase) >= _LOOSE and fuzz.partial_ratio(phrase, text, score_cutoff=_CLOSE) > 0


_LOOSE = 6
"""Fewest characters of a watched phrase for one changed or missing character to keep it."""
_CLOSE = 90.0
"""Least rapidfuzz ``partial_ratio`` of such a phrase against the text (one of 18 characters
left out: 94)."""


def _plan_text(report: Report, promises: Sequence[Commitment]) -> str:
    """The plan part(s) of a report, folded (all of it when no part is a plan): where a
    promise, in a commitment or a heading, would stand; without the clauses of its
    ``promises`` that take one back (``不再坚持…``: ``CommitmentRules.withdrawals``)."""
    planned = any(s.kind == "plan" for s in report.sentences)
    text = "\n".join(s.key for s in report.sentences if not planned or s.kind == "plan")
    rules = profile(report.metadata.language).commitments
    if rules is None or not rules.withdrawals:
        return text
    for clause in {fold(c.text) for c in promises if withdrawn(c, rules)}:
        text = text.replace(clause, "\n")
    return text


def read_watch_file(path: Path) -> tuple[str, ...]:
    """The watched phrases of a ``--watch`` file (UTF-8 text, see :func:`read_watch_list`); a
    list naming none is an error, not a job that watches everything."""
    try:
        phrases = read_watch_list(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise InputError(str(path), "the --watch list is not UTF-8 text", "save it as UTF-8") from None
    if not phrases:
        raise InputError(
            str(path), "the --watch list names no phrase (only blank lines or # comments)",
            "write one promise's phrase a line, or leave out --watch",
        )  # fmt: skip
    return phrases


def read_watch_list(text: str) -> tuple[str, ...]:
    """Watched phrases from a file's text: one per line; blank lines and ``#`` comments skipped."""
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(line for line in lines if line)
