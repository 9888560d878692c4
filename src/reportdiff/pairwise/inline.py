"""Inline diffs on whole tokens: rapidfuzz finds them, diff-match-patch makes them readable
(the only module that imports it).

To keep a figure with its unit and qualifier (``5.5%左右``) whole, each distinct token is
first mapped to one private-use character — the same trick as diff-match-patch's own
``diff_linesToChars`` — then diffed and mapped back.  The edit script is a longest common
subsequence from rapidfuzz's ``Indel.opcodes`` (C++: exact, never cut short, about eight
times faster than diff-match-patch's pure-Python bisection, which was most of a
comparison's time); diff-match-patch's ``diff_cleanupSemantic`` then turns it into the runs
a reader would mark, as before.
"""

from __future__ import annotations

import re

from diff_match_patch import diff_match_patch
from rapidfuzz.distance import Indel

from ..results import DiffOp

_OPS = {0: "equal", 1: "insert", -1: "delete"}
_PRIVATE_USE = 0xF0000  # plane 15: never in report text


def token_diff(old: str, new: str, token: re.Pattern[str]) -> tuple[DiffOp, ...]:
    """Diff ``old`` → ``new`` on the tokens of ``token`` (figures whole).

    >>> from reportdiff import lang
    >>> [(d.op, d.text) for d in token_diff("增长5.5%左右。", "增长5%左右。", lang.profile("zh").token)]
    [('equal', '增长'), ('delete', '5.5%左右'), ('insert', '5%左右'), ('equal', '。')]
    """
    vocabulary: dict[str, str] = {}
    words: list[str] = []

    def encode(text: str) -> str:
        chars = []
        for match in token.finditer(text):
            piece = match[0]  # group 0: a grammar has groups
            code = vocabulary.get(piece)
            if code is None:
                code = vocabulary[piece] = chr(_PRIVATE_USE + len(words))
                words.append(piece)
            chars.append(code)
        return "".join(chars)

    before, after = encode(old), encode(new)
    diffs: list[tuple[int, str]] = []
    for step in Indel.opcodes(before, after):
        removed, added = before[step.src_start : step.src_end], after[step.dest_start : step.dest_end]
        if step.tag == "equal":
            diffs.append((0, removed))
        if step.tag in ("delete", "replace"):
            diffs.append((-1, removed))
        if step.tag in ("insert", "replace"):
            diffs.append((1, added))
    engine = diff_match_patch()
    engine.diff_cleanupMerge(diffs)  # as diff_main leaves its result
    engine.diff_cleanupSemantic(diffs)
    ops: list[DiffOp] = []
    for op, chars in diffs:
        text = "".join(words[ord(ch) - _PRIVATE_USE] for ch in chars)
        if ops and ops[-1].op == _OPS[op]:
            ops[-1] = DiffOp(ops[-1].op, ops[-1].text + text)
        elif text:
            ops.append(DiffOp(_OPS[op], text))  # type: ignore[arg-type]
    return tuple(ops)
