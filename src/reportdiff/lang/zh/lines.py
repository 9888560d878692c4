"""Where a line of Chinese text may break (禁则, the rules typesetters follow).

Chinese breaks between any two characters, except that a line never starts with closing
punctuation (a comma, a full stop, a closing bracket or quote) nor ends with opening
punctuation.  A figure with its unit is one token of the number grammar and never breaks.
"""

from __future__ import annotations

NO_LINE_START = "，。、；：？！）》」』】〕〉”’…·%‰,.;:?!)]}"
"""Closing punctuation (full-width and ASCII): never the first character of a line (ASCII
quotes open and close, so they are left out)."""

NO_LINE_END = "（《「『【〔〈“‘([{"
"""Opening punctuation: never the last character of a line."""
