"""The public functions: each composes the stages for one job."""

from __future__ import annotations

from pathlib import Path

from .load import read_bytes, read_path, read_text
from .model import Comparison, Report
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


def compare(
    old: Report | str | Path, new: Report | str | Path, settings: Settings | None = None
) -> Comparison:
    """Compare two reports (or paths): every sentence of both ends up in exactly one entry.

    >>> a = parse("各位代表：\\n一、2019年工作回顾\\n新增养老床位311张。推进城市更新。")
    >>> b = parse("各位代表：\\n一、2020年工作回顾\\n推进城市更新。新增养老床位250张。")
    >>> [(c.status, c.old, c.new) for c in compare(a, b).sentences]  # doctest: +NORMALIZE_WHITESPACE
    [('unchanged', ('p0.1',), ('p0.1',)), ('modified', ('p1.1',), ('p1.1',)),
     ('moved', ('p1.3',), ('p1.2',)), ('modified', ('p1.2',), ('p1.3',))]
    """
    from .classify import compare_reports  # rapidfuzz and diff-match-patch load only here

    settings = settings or DEFAULT
    old_report = old if isinstance(old, Report) else load(old, settings)
    new_report = new if isinstance(new, Report) else load(new, settings)
    return compare_reports(old_report, new_report, settings)
