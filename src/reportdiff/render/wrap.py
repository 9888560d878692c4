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


_MARKS = re.compile(r"\[-|\{\+|-\]|\+\}")
"""The diff marks of a view without colour: ``[-`` and ``{+`` open, ``-]`` and ``+}`` close."""


def line_breaks(
    text: str, width: int, token: re.Pattern[str], no_start: str, no_end: str, first: int | None = None
) -> list[int]:
    """Offsets where ``text`` breaks into lines at most ``width`` columns wide (``first``, if
    given, for the first line; a line is wider only when one unbreakable run is), the white
    space a line ends with not counted (it is not shown).

    A line breaks only between the language's tokens — so a figure with its unit and
    qualifier (``134.9万亿元``, ``30%左右``) stays whole — never before ``no_start``
    (closing punctuation) nor after ``no_end`` (opening punctuation), never before white
    space, and never inside or just inside a diff mark (``[-…-]``, ``{+…+}``).

    >>> import re
    >>> token = re.compile(r"[0-9.]+%?|.")
    >>> text = "国内生产总值增长5.2%，全年经济社会发展主要目标任务圆满完成。"
    >>> cuts = line_breaks(text, 20, token, "，。", "")
    >>> [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)])]
    ['国内生产总值增长', '5.2%，全年经济社会发', '展主要目标任务圆满完', '成。']
    """
    columns = [0]
    for char in text:
        columns.append(columns[-1] + char_width(char))
    shown = [0] * (len(text) + 1)  # each offset, less the white space just before it
    for k in range(1, len(text) + 1):
        shown[k] = shown[k - 1] if text[k - 1].isspace() else k
    breaks: list[int] = []
    start = last = 0  # the line's start; the furthest break that still fits on it

    def fits(end: int) -> bool:
        limit = first if first is not None and start == 0 else width
        return columns[max(shown[end], start)] - columns[start] <= limit

    for offset in [*_allowed(text, token, no_start, no_end), len(text)]:
        if fits(offset):
            last = offset
            continue
        if last > start:
            breaks.append(last)
            start = last
        if not fits(offset) and offset < len(text):
            breaks.append(offset)  # one run wider than a line: it overflows on its own
            start = offset
        last = offset
    return breaks


def _allowed(text: str, token: re.Pattern[str], no_start: str, no_end: str) -> list[int]:
    """Offsets between tokens where a line may break, in order."""
    glued: set[int] = set()
    for mark in _MARKS.finditer(text):
        glued.update(range(mark.start() + 1, mark.end()))  # inside the mark
        glued.add(mark.end() if mark.group(0) in ("[-", "{+") else mark.start())  # to its content
    found = []
    for match in token.finditer(text):
        offset = match.end()
        if offset >= len(text) or offset in glued:
            continue
        if text[offset] in no_start or text[offset - 1] in no_end or text[offset].isspace():
            continue
        found.append(offset)
    return found
