"""Display width of text on a terminal (wide CJK characters take two columns)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


@lru_cache(maxsize=4096)
def char_width(char: str) -> int:
    """Columns one character takes: 2 for wide and full-width, 0 for combining marks.

    >>> char_width("国"), char_width("，"), char_width("a"), char_width("\\u0301")
    (2, 2, 1, 0)
    """
    if unicodedata.combining(char) or char in "\u200b\u200c\u200d\ufeff":
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def display_width(text: str) -> int:
    """Columns ``text`` takes on a terminal, colour codes not counted.

    >>> display_width("2.76亿元"), display_width("\\x1b[31mab\\x1b[0m")
    (8, 2)
    """
    return sum(char_width(c) for c in _ANSI.sub("", text))
