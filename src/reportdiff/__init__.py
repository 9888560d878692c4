"""reportdiff: compare annual government work reports across years.

>>> import reportdiff
>>> report = reportdiff.parse("各位代表：\\n一、2019年工作回顾\\n新增就业岗位35783个。", source="2020.txt")
>>> report.metadata.year, [p.part for p in report.parts]
(2020, ['other', 'review'])
"""

from __future__ import annotations

from .api import compare, indicators, load, load_many, panel, parse, read_panel, track
from .errors import (
    BinaryInputError,
    CorruptInputError,
    DecodingError,
    EmptyInputError,
    EncryptedInputError,
    InputError,
    MissingExtraError,
    MissingInputError,
    NoReportTextError,
    NoTextLayerError,
    ReportdiffError,
)
from .model import (
    Clause,
    Excluded,
    Indicator,
    Metadata,
    Paragraph,
    RawReport,
    Report,
    ReportIndicators,
    Section,
    Sentence,
    Span,
    TargetCheck,
    Topic,
)
from .render.notebook import register_with_ipython
from .results import ClauseLink, Comparison, DiffOp, SectionLink, SentenceChange
from .settings import Settings

__version__ = "0.1.0"

register_with_ipython()  # notebook display of comparisons and timelines; nothing outside IPython

__all__ = [
    "BinaryInputError",
    "Clause",
    "ClauseLink",
    "Comparison",
    "CorruptInputError",
    "DecodingError",
    "DiffOp",
    "EmptyInputError",
    "EncryptedInputError",
    "Excluded",
    "Indicator",
    "InputError",
    "Metadata",
    "MissingExtraError",
    "MissingInputError",
    "NoReportTextError",
    "NoTextLayerError",
    "Paragraph",
    "RawReport",
    "Report",
    "ReportIndicators",
    "ReportdiffError",
    "Section",
    "SectionLink",
    "Sentence",
    "SentenceChange",
    "Settings",
    "Span",
    "TargetCheck",
    "Topic",
    "__version__",
    "compare",
    "indicators",
    "load",
    "load_many",
    "panel",
    "parse",
    "read_panel",
    "track",
]
