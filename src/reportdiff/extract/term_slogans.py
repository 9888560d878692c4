"""The items of a report's slogans (``去产能、去库存、去杠杆``, ``保居民就业…保市场主体``,
``保交楼稳民生``): a one-character verb of the slogans' kind (``TermRules.slogan_verbs``) and
its short object.  A term does not open with a verb, so the word runs of
:mod:`reportdiff.extract.term_candidates` never find them; this reads them as items instead.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection

from ..lang import TermRules
from .term_shapes import Memo
from .term_text import TermText

Item = tuple[int, str, tuple[str, ...], tuple[int, int], tuple[str, ...]]
"""A slogan's item: its clause (an index of ``TermText.clauses``), its text, its words, which
of the clause's words it is (first, last + 1), and its object's words with runs of
one-character words joined (``交``+``楼``)."""


def slogans(before: TermText, after: TermText, rules: TermRules, shapes: Memo) -> list[Item]:
    """The items of ``after``'s slogans that ``before`` never has: a one-character verb opening
    a clause or after a closed word or a verb, and its object up to the clause's end or the
    next such verb (``保交楼``/稳民生); an item stands alone between punctuation or before the
    next one.  Its object is short (``_LENGTH``), holds no closed word or verb of two
    characters (a one-character one joins its neighbours: ``交``/楼) and does not end with a
    generic word (稳物价``工作``: what is done to the item).  The clause's ends and the next
    item's verb are its edges, so they need no evidence."""
    verbs, closed, opening, generic = (
        rules.slogan_verbs,
        rules.edge_words,
        rules.opening_words,
        shapes.generic,
    )
    if not verbs:
        return []
    found: list[Item] = []
    seen: set[str] = set()
    pattern = _pattern(frozenset(verbs))  # once: a set made and hashed per clause costs more than a search
    for n, clause in enumerate(after.clauses):
        if clause in seen or not any(
            _may_open(clause, m.start(), closed, opening) for m in pattern.finditer(clause)
        ):
            continue  # read into words only a clause where an item may start
        seen.add(clause)
        words = shapes.shape(clause).words
        for i, verb in enumerate(words):
            if verb not in verbs or (i and words[i - 1] not in closed and words[i - 1] not in opening):
                continue
            j = i + 1
            while j < len(words) and words[j] not in verbs:
                j += 1
            if j < len(words):  # a chain of items (降碳减污/扩绿增长): each item is a verb and its object
                j = next((k for k in range(i + 2, j) if _parallel(words, k, rules)), j)
            item = words[i:j]
            term = "".join(item)
            if (
                len(item) > 1
                and rules.min_length <= len(term) <= _LENGTH
                and ((i == 0 and j == len(words)) or j < len(words))
                and not any(w in closed or (w in opening and len(w) > 1) for w in item[1:])
                and not any(term.endswith(g) for g in generic)
                and not shapes.closes_badly(item[-1])
                and not rules.not_term.search(term)
                and (before.lacks(term) or not before.contains(term))
            ):
                found.append((n, term, item, (i, j), _joined(item[1:])))
    return found


def _parallel(words: tuple[str, ...], k: int, rules: TermRules) -> bool:
    """Whether ``words[k]``, inside an item's object but not its first word, is the verb of an
    item of its own: a one-character verb after a one-character object word (``降``/碳/``减``/污
    of ``降碳减污扩绿增长``, a chain of four items; not ``保``/交/楼, where it opens the object)."""
    return len(words[k]) == 1 and len(words[k - 1]) == 1 and rules.verb(words[k])


def _may_open(clause: str, i: int, closed: Collection[str], opening: Collection[str]) -> bool:
    """Whether an item may start at ``clause[i]`` (a verb of the slogans' kind): at the
    clause's start or right after a string that is a closed word or a verb (the words it may
    follow)."""
    return i == 0 or any(
        clause[i - k : i] in closed or clause[i - k : i] in opening for k in range(1, min(i, 4) + 1)
    )


@functools.cache
def _pattern(verbs: frozenset[str]) -> re.Pattern[str]:
    return re.compile("[" + re.escape("".join(sorted(verbs))) + "]")


def _joined(words: tuple[str, ...]) -> tuple[str, ...]:
    """Words, runs of one-character words joined (``交``+``楼``)."""
    parts: list[str] = []
    for k, word in enumerate(words):
        if len(word) == 1 and k and len(words[k - 1]) == 1:
            parts[-1] += word
        else:
            parts.append(word)
    return tuple(parts)


_LENGTH = 5
"""Most characters of an item: a verb and an object of up to four (``保市场主体``); a longer one
is a clause (``稳就业任务艰巨``, ``扩种大豆油料``)."""
