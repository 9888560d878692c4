"""Full-width characters (U+FF01–U+FF5E: ``８``, ``％``, ``Ｇ``, ``，``) as their ASCII
counterparts, one character for one, so that a position in the text stays valid
(:func:`reportdiff.normalize.fold` does the same first, then NFKC, for matching)."""

from __future__ import annotations

_NARROWED = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
"""Every full-width ASCII character → its ASCII one, as NFKC maps it."""
_FIGURES = {code: to for code, to in _NARROWED.items() if chr(to).isalnum() or chr(to) in "%.+-"}
"""Full-width digits, letters and the marks of a figure (``％``, ``．``, ``＋``, ``－``) only."""


def narrow(text: str, punctuation: bool = True) -> str:
    """Full-width digits, letters and (``punctuation``) marks as ASCII, one for one.  A figure as
    every view shows it (``８％`` → ``8%``); without ``punctuation``, a sentence as figures are read
    from it: ``２００１年国内生产总值增长７．３％，`` reads as ``2001年…7.3%，`` (the clause marks stay
    Chinese, as the rules that split clauses expect them).

    >>> narrow("２５３００亿元，"), narrow("ＧＤＰ增长８．８％，", punctuation=False)
    ('25300亿元,', 'GDP增长8.8%，')
    """
    return text.translate(_NARROWED if punctuation else _FIGURES)
