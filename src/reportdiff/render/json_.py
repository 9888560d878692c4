"""JSON: the result serialized, sorted and deterministic, with a ``schema_version``."""

from __future__ import annotations

from collections.abc import Iterator
from json.encoder import encode_basestring as _string  # the C escaper where there is one
from typing import TYPE_CHECKING, Any

from ..lang import unread
from ..model import Commitment, Report, ReportIndicators, Span, TermChange
from ..results import CommitmentChange, Comparison
from ..series.rows import check_row, indicator_rows
from . import RenderOptions, Result
from .json_text import dumps
from .safe import excerpt
from .summary import summarize_sentences, summarize_timeline

if TYPE_CHECKING:
    from ..series.timeline import Timeline

SCHEMA_VERSION = 1
"""Bumped whenever a field is renamed or removed (adding a field keeps it)."""


def _span(span: Span) -> list[int]:
    return [span.start, span.end]


def report_to_dict(report: Report) -> dict[str, Any]:
    """The structure of a report as plain JSON-able data."""
    meta = report.metadata
    return {
        "schema_version": SCHEMA_VERSION,
        "report": {
            "title": meta.title,
            "region": meta.region,
            "year": meta.year,
            "year_source": meta.year_source,
            "date": meta.date,
            "speaker": meta.speaker,
            "language": meta.language,
            "source": report.raw.source,
            "encoding": report.raw.encoding,
        },
        "sections": [
            {
                "id": s.id,
                "title": s.title,
                "number": s.number,
                "part": s.part,
                "level": s.level,
                "parent": s.parent,
                "span": _span(s.span),
            }
            for s in report.sections
        ],
        "topics": [
            {
                "id": t.id,
                "title": t.title,
                "part_id": t.part_id,
                "section_id": t.section_id,
                "bold": t.bold,
                "sentence_ids": list(t.sentence_ids),
                "span": _span(t.span),
            }
            for t in report.topics
        ],
        "paragraphs": [
            {"id": p.id, "sentence_ids": list(p.sentence_ids), "span": _span(p.span)}
            for p in report.paragraphs
        ],
        "sentences": [
            {
                "id": s.id,
                "text": s.text,
                "role": s.role,
                "part": s.kind,
                "part_id": s.part_id,
                "section_id": s.section_id,
                "topic_id": s.topic_id,
                "paragraph_id": s.paragraph_id,
                "span": _span(s.span),
                "clauses": [{"id": c.id, "text": c.text, "span": _span(c.span)} for c in s.clauses],
            }
            for s in report.sentences
        ],
        "excluded": [{"reason": e.reason, "text": e.text, "span": _span(e.span)} for e in report.excluded],
        "warnings": list(report.warnings),
    }


def _metadata(report: Report) -> dict[str, Any]:
    meta = report.metadata
    return {
        "title": meta.title,
        "region": meta.region,
        "year": meta.year,
        "date": meta.date,
        "speaker": meta.speaker,
        "source": report.raw.source,
        "sentences": len(report.sentences),
    }


def comparison_to_dict(comparison: Comparison, only: tuple[str, ...] = ()) -> dict[str, Any]:
    """A comparison as plain JSON-able data; ``only``: list the sentence entries of these
    statuses only (``summary`` still counts them all)."""
    return {**_comparison_but_later(comparison, only), **dict(_later(comparison))}


def _comparison_but_later(comparison: Comparison, only: tuple[str, ...]) -> dict[str, Any]:
    changes = comparison.commitments
    return {
        "schema_version": SCHEMA_VERSION,
        "old": _metadata(comparison.old),
        "new": _metadata(comparison.new),
        "summary": dict(summarize_sentences(comparison).statuses),
        "sections": [
            {
                "status": link.status,
                "level": link.level,
                "old": link.old,
                "new": link.new,
                "old_title": link.old_title,
                "new_title": link.new_title,
                "score": link.score,
            }
            for link in comparison.sections
        ],
        "sentences": [
            {
                "status": change.status,
                "old": list(change.old),
                "new": list(change.new),
                "old_text": change.old_text,
                "new_text": change.new_text,
                "score": change.score,
                "text_changed": change.text_changed,
                "moved_from": change.moved_from,
                "diff": [[op.op, op.text] for op in change.diff],
                "clauses": [
                    {"status": c.status, "old": c.old, "new": c.new, "score": c.score} for c in change.clauses
                ],
            }
            for change in comparison.sentences
            if not only or change.status in only
        ],
        "commitments": {
            status: [_commitment_change(c) for c in changes if c.status == status]
            for status in ("new", "dropped", "repeated")
        },
        "commitment_summary": comparison.commitment_summary(),
        "not_read": list(comparison.not_read),
        "targets": [check_row(c, signed=True) for c in comparison.targets],
    }


def _later(comparison: Comparison) -> Iterator[tuple[str, Any]]:
    """The parts a second process may still be finding (:mod:`reportdiff.pairwise.ahead`), one
    by one: the follow-ups (looked up in this process meanwhile), then the terms."""
    yield "followups", [
        {
            "commitment": _commitment(f.commitment),
            "status": f.status,
            "sentence_id": f.sentence_id,
            "text": excerpt(f.text),
            "score": f.score,
        }
        for f in comparison.followups
    ]
    terms = comparison.terms
    yield "terms", {status: [_term(t) for t in terms if t.status == status] for status in ("new", "dropped")}


def _commitment(c: Commitment) -> dict[str, Any]:
    return {
        "id": c.id,
        "sentence_id": c.sentence_id,
        "section_id": c.section_id,
        "text": c.text,
        "action": c.action,
        "verb": c.verb,
        "strength": c.strength,
        "object": c.object,
        "figures": list(c.figures),
        "carried": c.carried,
        "span": _span(c.span),
    }


def _figure_change(change: tuple[tuple[str, ...], tuple[str, ...]] | None) -> dict[str, list[str]] | None:
    """The figures that changed, old and new (``null`` where none did)."""
    return None if change is None else {"old": list(change[0]), "new": list(change[1])}


def _commitment_change(change: CommitmentChange) -> dict[str, Any]:
    item: dict[str, Any] = {"score": change.score}
    if change.old is not None and change.new is not None:
        item.update(old=_commitment(change.old), new=_commitment(change.new), action=change.action,
                    figures_changed=change.figures_changed, via=change.via,
                    figure_change=_figure_change(change.figure_change))  # fmt: skip
    else:
        only = change.new or change.old
        assert only is not None  # a change has at least one side
        item.update(_commitment(only), nearest=change.nearest, nearest_share=change.nearest_share,
                    said_elsewhere=change.said_elsewhere)  # fmt: skip
    return item


def _term(term: TermChange) -> dict[str, Any]:
    return {
        "term": term.term,
        "count": term.count,
        "quoted": term.quoted,
        "salience": term.salience,
        "sentence_ids": list(term.sentence_ids),
    }


def _source(source: ReportIndicators) -> dict[str, Any]:
    """A report's row: its figures counted, or ``null`` where its language is not read for them
    (``not_read``): never a zero as if counted."""
    meta = source.metadata
    missing = list(unread(meta.language))
    counted = None if "figures" in missing else len(source.indicators)
    return {"source": source.source, "region": meta.region, "year": meta.year, "title": meta.title,
            "indicators": counted, "not_read": missing}  # fmt: skip


def indicators_to_dict(sources: tuple[ReportIndicators, ...]) -> dict[str, Any]:
    """The indicators of one or more reports: ``reports`` and a flat ``indicators`` list."""
    return {
        "schema_version": SCHEMA_VERSION,
        "reports": [_source(s) for s in sources],
        "indicators": indicator_rows(sources),
    }


def timeline_to_dict(timeline: Timeline) -> dict[str, Any]:
    """A timeline: every figure with its tracked name, every target against its outcome,
    commitment lineages, follow-ups and new terms."""
    summary = summarize_timeline(timeline)
    data = indicators_to_dict(timeline.sources)
    data["targets"] = timeline.target_rows(signed=True)
    data["verdicts"] = {verdict: n for verdict, n in summary.verdicts.items() if n}
    data["warnings"] = list(timeline.warnings)
    data["not_read"] = list(timeline.not_read)
    data["lineages"] = [
        {
            "id": item.id,
            "object": item.object,
            "first_object": item.first_object,
            "action": item.action,
            "years": list(item.years),
            "first_year": item.first_year,
            "last_year": item.last_year,
            "longest_streak": item.longest_streak,
            "reinstated": item.reinstated,
            "gaps": list(item.gaps),
            "commitment_ids": list(item.commitment_ids),
        }
        for item in timeline.lineages
    ]
    data["followups"] = [
        {
            "year": year.year,
            "commitments": year.commitments,
            "reported": [
                {
                    "commitment_id": f.commitment.id,
                    "object": f.commitment.object,
                    "sentence_id": f.sentence_id,
                    "score": f.score,
                }
                for f in year.reported
            ],
        }
        for year in summary.followups
    ]
    data["terms"] = _first_mentions(timeline)
    return data


def _first_mentions(timeline: Timeline) -> list[dict[str, Any]]:
    return [{**_term(term), "year": year, "later_years": later} for year, term, later in timeline.terms]


def written_but_terms(timeline: Timeline) -> dict[str, str]:
    """The JSON of each part of a timeline's document but ``terms``, as it stands in the whole
    (written while a timeline's second process ranks the terms, ``Settings.timeline_json``)."""
    data = timeline_to_dict(timeline)
    del data["terms"]
    return {key: dumps(value, 1) for key, value in data.items()}


def render(result: Result, options: RenderOptions) -> str:
    """Indented, key-sorted UTF-8 JSON with a final newline."""
    data: dict[str, Any]
    if isinstance(result, Comparison):
        # what a second process may still be finding is read last (see _later), the rest
        # written meanwhile; each part is written as it stands in the whole, and put in place
        parts = {key: dumps(value, 1) for key, value in _comparison_but_later(result, options.only).items()}
        parts.update((key, dumps(value, 1)) for key, value in _later(result))
        if options.watched:  # --watch: what became of each phrase (absent without it)
            parts["watched"] = dumps([{"phrase": p, "status": s} for p, s in options.watched], 1)
        return _joined(parts)
    if isinstance(result, Report):
        data = report_to_dict(result)
    elif isinstance(result, tuple):
        data = indicators_to_dict(result)
    else:
        from ..series.timeline import JSON_WRITTEN

        written = vars(result).get(JSON_WRITTEN)
        if written is not None:  # all but the terms, written while the second process ranked them
            return _joined({**written, "terms": dumps(_first_mentions(result), 1)})
        data = timeline_to_dict(result)
    return dumps(data) + "\n"


def _joined(parts: dict[str, str]) -> str:
    """The document of these parts (key → its JSON one level in), keys sorted, as :func:`dumps`
    writes it whole, with a final newline."""
    # one join of every piece: the text (1.4 million characters for a national pair) is
    # copied once, not once per f-string, join and concatenation (7 → 2 ms, after the wait)
    pieces: list[str] = []
    for key in sorted(parts):
        pieces += (",\n  ", _string(key), ": ", parts[key])
    pieces[0] = "{\n  "
    pieces.append("\n}\n")
    return "".join(pieces)
