"""Chinese word segmentation with jieba (the only module that imports it, on first use).

Terms (新提法) are words and short compounds a report had never used; telling where a
word ends needs a segmenter's dictionary, which reportdiff does not try to rebuild.
"""

from __future__ import annotations

import functools
import logging
import math
from typing import Any


@functools.cache
def _tokenizer() -> Any:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


def words(text: str) -> list[str]:
    """The words of ``text``, punctuation as words of its own.

    >>> words("加快发展新质生产力。")
    ['加快', '发展', '新质', '生产力', '。']
    """
    result: list[str] = _tokenizer().lcut(text)
    return result


@functools.cache
def rarity(word: str) -> float:
    """How rare a word is in general Chinese, from the segmenter's dictionary: 0 common … 1 unseen.

    >>> rarity("新质"), rarity("领导人") < 0.2
    (1.0, True)
    """
    tokenizer = _tokenizer()
    count = tokenizer.FREQ.get(word, 0)
    if not count:
        return 1.0
    # log-scaled; the most frequent dictionary words score about 0.5 before rescaling
    share = math.log(tokenizer.total / (count + 1)) / math.log(tokenizer.total)
    return max(0.0, min(1.0, (share - 0.5) / 0.5))


@functools.cache
def tags(term: str) -> tuple[tuple[str, str], ...]:
    """Words of a short expression with their dictionary part of speech (jieba's tag set: ``n``
    noun, ``v`` verb…); a word the dictionary lacks is tagged ``x``.

    >>> tags("银发经济"), tags("具身智能")
    ((('银发', 'n'), ('经济', 'n')), (('具身', 'x'), ('智能', 'n')))
    """
    table = _tagger().word_tag_tab
    return tuple((word, table.get(word, "x")) for word in words(term))


@functools.cache
def _tagger() -> Any:
    from jieba import posseg

    return posseg.POSTokenizer(_tokenizer())


_NOUNISH = ("n", "vn", "an", "j", "l", "i", "eng", "x")


def is_nominal(word: str) -> bool:
    """Whether the dictionary tags a word as a noun or a verb used as one (``发展`` vn, not ``新增`` v).

    >>> is_nominal("发展"), is_nominal("新增")
    (True, False)
    """
    tag: str = _tagger().word_tag_tab.get(word, "x")
    return tag.startswith(_NOUNISH)


_NOT_FIRST = ("v", "d", "p", "c", "u", "r", "m", "q", "f", "ad", "vd", "y", "e", "o")


def is_term_like(term: str) -> bool:
    """Whether an unquoted expression reads as a new name: one word the dictionary lacks,
    or a compound that starts with neither a verb nor a particle and ends with a noun
    (or a verb used as one: ``高质量发展``).

    >>> is_term_like("新质生产力"), is_term_like("表示衷心感谢"), is_term_like("领导人")
    (True, False, False)
    """
    parts = tags(term)
    if len(parts) == 1:
        return rarity(parts[0][0]) == 1.0  # a word the dictionary knows is no new expression
    first_word, first = parts[0]
    last_word, last = parts[-1]
    if first.startswith(_NOT_FIRST) and rarity(first_word) < 1.0:
        return False
    return last.startswith(_NOUNISH) or last == "v" or rarity(last_word) == 1.0
