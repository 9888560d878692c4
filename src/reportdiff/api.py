"""The public functions: each composes the stages for one job."""

from __future__ import annotations

from pathlib import Path

from .load import read_bytes, read_path, read_text
from .model import Report
from .settings import DEFAULT, Settings
from .structure import build


def load(source: str | Path | bytes, settings: Settings = DEFAULT, *, text: str | None = None) -> Report:
    """Read a report from a path or from bytes (``text=`` for an already decoded string).

    >>> report = load(b"\\xe5\\x90\\x84\\xe4\\xbd\\x8d\\xe4\\xbb\\xa3\\xe8\\xa1\\xa8\\xef\\xbc\\x9a")
    >>> [s.text for s in report.sentences]
    ['各位代表：']
    """
    if text is not None:
        raw = read_text(text, source=str(source) if not isinstance(source, bytes) else "<text>")
    elif isinstance(source, bytes):
        raw = read_bytes(source, encoding=settings.encoding)
    else:
        raw = read_path(source, encoding=settings.encoding)
    return build(raw, settings)


def parse(text: str, source: str = "<text>", settings: Settings = DEFAULT) -> Report:
    """Read a report from a decoded string; ``source`` may carry a file name (for its year)."""
    return build(read_text(text, source=source), settings)
