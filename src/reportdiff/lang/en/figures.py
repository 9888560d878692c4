"""English number grammar: a figure with its qualifier, range and unit, as one match.

English speeches have no indicator cues yet, so the grammar only finds figures (for
masking them in matching and keeping them whole in inline diffs); it does not read them.
"""

from __future__ import annotations

import re

QUALIFIERS_BEFORE = ("about", "around", "over", "nearly", "some", "up to", "at least")
"""Qualifiers printed before a number (``about 2.5%``)."""
UNITS = (
    "%", "per cent", "percentage points", "percentage point", "billion", "million", "thousand", "bn", "m",
)  # fmt: skip
"""Units and scale words after a number (longest first where one starts another)."""

_NUMBER = r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?"
_CURRENCY = r"[$S]?\$?"
# a unit in letters ends at a word's end: 5 more is 5, not 5 m + ore
_UNIT = "|".join(u if not u[0].isalpha() else rf"{u}(?![A-Za-z])" for u in UNITS)

FIGURE = re.compile(
    rf"(?:(?:{'|'.join(QUALIFIERS_BEFORE)}) )?"
    rf"{_CURRENCY}(?P<num>{_NUMBER})"
    rf"(?:\s*(?:to|-|–)\s*{_CURRENCY}(?P<num2>{_NUMBER}))?"
    rf"(?:\s?(?:{_UNIT}))?"
)
"""A figure as one unit: ``about 2.5%``, ``$1.2 billion``, ``1 to 3 per cent``; numbers in
groups ``num`` and ``num2``.

>>> [m.group(0) for m in FIGURE.finditer("growth of about 2.5% and $1.2 billion, 5 more")]
['about 2.5%', '$1.2 billion', '5']
"""

TOKEN = re.compile(rf"{FIGURE.pattern}|\w+|\s+|.", re.DOTALL)
"""Inline-diff tokens: figures and words whole, else one character."""
