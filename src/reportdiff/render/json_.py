"""JSON: the result serialized, sorted and deterministic, with a ``schema_version``."""

from __future__ import annotations

import json
from typing import Any

from ..model import Report, Span
from . import RenderOptions

SCHEMA_VERSION = 1
"""Bumped whenever a field is renamed or removed (adding a field keeps it)."""


def _span(span: Span) -> list[int]:
    return [span.start, span.end]


def report_to_dict(report: Report) -> dict[str, Any]:
    """The structure of a report as plain JSON-able data."""
    kinds = {s.id: s.part for s in report.sections}
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
                "part": kinds[s.part_id],
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


def render(result: Report, options: RenderOptions) -> str:
    """Indented, key-sorted UTF-8 JSON with a final newline."""
    del options
    return json.dumps(report_to_dict(result), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
