"""Where a line of English text may break: at spaces, never before closing punctuation nor
after opening punctuation (a word, and a figure with its unit, is one token)."""

from __future__ import annotations

NO_LINE_START = ",.;:?!)]}%’”"
"""Closing punctuation: never the first character of a line (ASCII quotes open and close,
so they are left out)."""

NO_LINE_END = "([{‘“"
"""Opening punctuation: never the last character of a line."""
