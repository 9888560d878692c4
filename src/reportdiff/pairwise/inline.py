"""Inline diffs with diff-match-patch (the only module that imports it), on whole tokens.

diff-match-patch diffs characters; to keep a figure with its unit and qualifier
(``5.5%左右``) whole, each distinct token is first mapped to one private-use
character — the same trick as its own ``diff_linesToChars`` — then diffed and
mapped back.  ``Diff_Timeout = 0``: a diff never depends on the clock, so the same input
always gives the same output.  Its cost (pure Python, about tokens × edits) is bounded
instead by size: past ``most`` token pairs in the changed middle, the middle is shown as
one deletion and one insertion (:func:`_coarse`).
"""

from __future__ import annotations

import re

from diff_match_patch import diff_match_patch

from ..results import DiffOp
from ..settings import DEFAULT

_OPS = {0: "equal", 1: "insert", -1: "delete"}
_PRIVATE_USE = 0xF0000  # plane 15: never in report text


def token_diff(
    old: str, new: str, token: re.Pattern[str], most: int = DEFAULT.inline_diff_most
) -> tuple[DiffOp, ...]:
    """Diff ``old`` → ``new`` on the tokens of ``token`` (figures whole); changed middles of
    more than ``most`` token pairs are diffed coarsely.

    >>> from reportdiff import lang
    >>> [(d.op, d.text) for d in token_diff("增长5.5%左右。", "增长5%左右。", lang.profile("zh").token)]
    [('equal', '增长'), ('delete', '5.5%左右'), ('insert', '5%左右'), ('equal', '。')]
    """
    vocabulary: dict[str, str] = {}
    words: list[str] = []

    def encode(text: str) -> str:
        chars = []
        for piece in (m.group(0) for m in token.finditer(text)):  # group 0: a grammar has groups
            if piece not in vocabulary:
                vocabulary[piece] = chr(_PRIVATE_USE + len(words))
                words.append(piece)
            chars.append(vocabulary[piece])
        return "".join(chars)

    a, b = encode(old), encode(new)
    if _middle_pairs(a, b) > most:
        diffs = _coarse(a, b)
    else:
        engine = diff_match_patch()
        engine.Diff_Timeout = 0
        diffs = engine.diff_main(a, b, False)
        engine.diff_cleanupSemantic(diffs)
    ops: list[DiffOp] = []
    for op, chars in diffs:
        text = "".join(words[ord(ch) - _PRIVATE_USE] for ch in chars)
        if ops and ops[-1].op == _OPS[op]:
            ops[-1] = DiffOp(ops[-1].op, ops[-1].text + text)
        elif text:
            ops.append(DiffOp(_OPS[op], text))  # type: ignore[arg-type]
    return tuple(ops)


def _affixes(a: str, b: str) -> tuple[int, int]:
    """Lengths of the common start and the common end (not overlapping) of ``a`` and ``b``."""
    head = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    return head, tail


def _middle_pairs(a: str, b: str) -> int:
    """Token pairs of the changed middles: what diff-match-patch's cost grows with."""
    head, tail = _affixes(a, b)
    return (len(a) - head - tail) * (len(b) - head - tail)


def _coarse(a: str, b: str) -> list[tuple[int, str]]:
    """The common start and end kept, the middle deleted and inserted whole.

    >>> _coarse("abcxyz", "abQz")
    [(0, 'ab'), (-1, 'cxy'), (1, 'Q'), (0, 'z')]
    """
    head, tail = _affixes(a, b)
    pieces = [
        (0, a[:head]),
        (-1, a[head : len(a) - tail]),
        (1, b[head : len(b) - tail]),
        (0, a[len(a) - tail :]),
    ]
    return [(op, text) for op, text in pieces if text]
