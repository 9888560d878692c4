"""A commitment's figures: those printed inside its clause, from its report's indicators, so that
commitments read without figures get them afterwards (``reportdiff diff`` reads the two in
different processes)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from ..model import Commitment, Indicator, Span


def with_figures(
    commitments: Sequence[Commitment], indicators: Sequence[Indicator]
) -> tuple[Commitment, ...]:
    """Commitments read without figures (``extract_commitments`` given ``indicators=()``), each
    with the figures of ``indicators`` (their report's) that
    :func:`~reportdiff.extract.commitments.extract_commitments` gives it: so the two can be read in
    different processes (``reportdiff diff``).

    >>> from reportdiff import lang, parse
    >>> from reportdiff.extract.commitments import extract_commitments
    >>> from reportdiff.extract.indicators import extract_indicators
    >>> report = parse("各位代表：\\n一、2020年主要任务\\n新建4家中心，10家助餐点。", "2020.txt")
    >>> zh = lang.profile("zh")
    >>> bare = extract_commitments(report, zh, ())
    >>> [c.figures for c in bare], [c.figures for c in with_figures(bare, extract_indicators(report, zh))]
    ([(), ()], [('4家',), ('10家',)])
    >>> with_figures(bare, extract_indicators(report, zh)) == extract_commitments(report, zh)
    True
    """
    figures = by_sentence(indicators)
    found = []
    for commitment in commitments:
        printed = within(figures.get(commitment.sentence_id, []), commitment.span)
        found.append(replace(commitment, figures=printed) if printed else commitment)
    return tuple(found)


def by_sentence(indicators: Iterable[Indicator]) -> dict[str, list[tuple[str, Span]]]:
    """Each sentence's figures as printed, and where."""
    figures: dict[str, list[tuple[str, Span]]] = {}
    for indicator in indicators:
        figures.setdefault(indicator.sentence_id, []).append((indicator.figure, indicator.span))
    return figures


def within(sentence_figures: list[tuple[str, Span]], clause: Span) -> tuple[str, ...]:
    """The figures printed inside the clause (not one elsewhere in the sentence that reads the
    same, nor 18% for 8%), each once where two readings share one."""
    return tuple(dict.fromkeys(f for f, at in sentence_figures if _inside(at, clause)))


def _inside(span: Span, outer: Span) -> bool:
    return outer.start <= span.start and span.end <= outer.end
