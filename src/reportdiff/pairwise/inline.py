"""Inline diffs with diff-match-patch (the only module that imports it), on whole tokens.

diff-match-patch diffs characters; to keep a figure with its unit and qualifier
(``5.5%左右``) whole, each distinct token is first mapped to one private-use
character — the same trick as its own ``diff_linesToChars`` — then diffed and
mapped back.  ``Diff_Timeout = 0``: a diff is always exact, never cut short.
"""

from __future__ import annotations

import re

from diff_match_patch import diff_match_patch

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
        for piece in (m.group(0) for m in token.finditer(text)):  # group 0: a grammar has groups
            if piece not in vocabulary:
                vocabulary[piece] = chr(_PRIVATE_USE + len(words))
                words.append(piece)
            chars.append(vocabulary[piece])
        return "".join(chars)

    engine = diff_match_patch()
    engine.Diff_Timeout = 0
    diffs = engine.diff_main(encode(old), encode(new), False)
    engine.diff_cleanupSemantic(diffs)
    ops: list[DiffOp] = []
    for op, chars in diffs:
        text = "".join(words[ord(ch) - _PRIVATE_USE] for ch in chars)
        if ops and ops[-1].op == _OPS[op]:
            ops[-1] = DiffOp(ops[-1].op, ops[-1].text + text)
        elif text:
            ops.append(DiffOp(_OPS[op], text))  # type: ignore[arg-type]
    return tuple(ops)
