"""One frozen Settings object: every knob reportdiff has, with its default and why."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any


@dataclass(frozen=True, slots=True)
class Settings:
    """How reports are read and compared.  Override by keyword: ``Settings(language="zh")``."""

    language: str | None = None
    """Language profile (``zh``, ``en``); ``None`` detects it from the share of Han characters."""
    encoding: str | None = None
    """Codec of the input files; ``None`` detects it (BOM, UTF-8, then GB18030/Big5)."""

    def with_(self, **changes: Any) -> Settings:
        """A copy with some fields changed; ``None`` values leave a field as it is."""
        known = {f.name for f in fields(self)}
        unknown = set(changes) - known
        if unknown:
            raise TypeError(f"unknown settings: {', '.join(sorted(unknown))}")
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


DEFAULT = Settings()
