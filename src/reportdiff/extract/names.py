"""Names of figures: the words a 分别 list distributes, the name an indicator is tracked under,
and the small text helpers the reading of names needs (quotes, enumeration marks)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ..lang import IndicatorRules


def distributed(subject: str, rules: IndicatorRules, joiners: bool = True) -> list[str]:
    """The names a 分别 list distributes, each with the words the items share.

    ``城镇、农村居民人均可支配收入`` → 城镇居民人均可支配收入, 农村居民人均可支配收入 (a short
    first item takes the last item's tail); ``城乡居民人均可支配收入`` → 城镇…, 农村… (a paired
    word); ``一产、二产、三产增加值`` → 一产增加值, 二产增加值, 三产增加值.

    >>> from reportdiff.lang.zh.cues import RULES
    >>> distributed("城镇、农村居民人均可支配收入分别", RULES)
    ['城镇居民人均可支配收入', '农村居民人均可支配收入']
    >>> distributed("城乡低保", RULES), distributed("第一、第三产业增加值", RULES)
    (['城镇低保', '农村低保'], ['第一产业增加值', '第三产业增加值'])
    >>> distributed("城镇调查失业率、居民消费价格涨幅", RULES)
    ['城镇调查失业率', '居民消费价格涨幅']

    Without ``joiners`` only the list mark parts items (``信息传输软件和信息技术服务业、租赁和商务
    服务业``: two items, each a name holding 和).
    """
    text = subject.removesuffix(rules.distributive).strip(rules.marks)
    parts = [text]
    parts = [piece for part in parts for piece in part.split(rules.list_mark)]
    bounds = tuple(b for b in (*rules.at_least, *rules.at_most) if len(b) > 1)  # 以上, not 超 (超大城市)
    for mark in sorted(rules.item_joiners, key=len, reverse=True) if joiners else ():  # 以及 before 及
        parts = [piece for part in parts for piece in _joined(part, mark, bounds)]
    names = [p.strip(rules.marks) for p in parts if p.strip(rules.marks)]
    if not names:
        return []
    if len(names) == 1:
        word = next((w for w in rules.paired if w in names[0]), None)
        return [names[0].replace(word, alone, 1) for alone in rules.paired[word]] if word else names
    last, before = names[-1], names[-2]
    tail = ""
    if max(len(n) for n in names[:-1]) <= 3 and len(last) > len(before) + 1:
        tail = last[len(before) :]  # 城镇、农村居民…: the words after a word as long as 城镇
    else:
        at = last.find(before[-2:])  # 城镇居民、农村居民人均…: the words after the shared 居民
        if 0 <= at <= len(before) and at + 2 < len(last):
            tail = last[at + 2 :]
    return [n if n.endswith(tail) else n + tail for n in names[:-1]] + [last]


def shared(before: str, rules: IndicatorRules) -> str | None:
    """``before`` (the words before a figure) read as a 分别 list where the names of a list share
    the one figure (:attr:`IndicatorRules.shared`: ``游客人次、旅游花费均增长10%以上``), else ``None``.

    >>> from reportdiff.lang.zh.cues import RULES
    >>> shared("力争游客人次、旅游花费均增长", RULES), shared("全体居民人均", RULES)
    ('力争游客人次、旅游花费分别增长', None)
    """
    found = rules.shared.search(before)
    if found is None or len(distributed(before[: found.start()], rules)) < 2:
        return None
    return before[: found.start()] + rules.distributive + before[found.start() + 1 :]


def in_order(earlier: Sequence[tuple[str, int]], clause_start: int) -> list[str]:
    """The names of the figures before a clause of as many changes joined without 分别
    (``城镇居民…15781元，农村居民…4761元，实际增长8.4%和8%``): theirs in order, not all the last
    name's — if those figures (name, where their clause starts) stand in earlier clauses and
    their names are all read and differ; else none."""
    names = [name for name, start in earlier if start < clause_start]
    return names if len(names) == len(earlier) and all(names) and len(set(names)) == len(names) else []


def _joined(text: str, mark: str, bounds: tuple[str, ...] = ()) -> list[str]:
    """``text`` split at a joiner between items, not one inside a word: an item is no single
    character (普及率 holds 及, 和谐 holds 和: 农村卫生厕所普及率 is one item), nor opens with a
    bound (``bounds``: 县级及以上集中式饮用水水源地 is one item)."""
    pieces = text.split(mark)
    items = [pieces[0]]
    for piece in pieces[1:]:
        if len(piece) < 2 or len(items[-1]) < 2 or piece.startswith(bounds):
            items[-1] += mark + piece
        else:
            items.append(piece)
    return items


def canonical(name: str, rules: IndicatorRules) -> str:
    """The name an indicator is tracked under: the synonym table's, else ``name`` without region words.

    >>> from reportdiff.lang.zh.cues import RULES
    >>> canonical("全区GDP", RULES), canonical("区级一般公共预算收入", RULES), canonical("实到外资", RULES)
    ('国内生产总值', '一般公共预算收入', '实到外资')
    >>> canonical("经济增长年均", RULES), canonical("国内生产总值平均每年", RULES), canonical("", RULES)
    ('国内生产总值年均', '国内生产总值年均', '')

    An annual average keeps its word after the canonical name of what is averaged; a name that
    could not be read (``""``) stays empty: it is tracked under no name, so never merged.
    """
    core = name
    for pattern, written in rules.name_variants:
        core = pattern.sub(written, core)  # 规上 = 规模以上, 一产 = 第一产业
    for word in rules.annual:
        if core.endswith(word) and len(core) > len(word):
            return canonical(core[: -len(word)], rules) + word
    for word in rules.region_words:
        if core.startswith(word) and len(core) > len(word):
            core = core[len(word) :]
            break
    for key, aliases in rules.synonyms.items():
        if core == key or core in aliases:
            return key
    return core


def between(text: str, joiners: Sequence[str]) -> tuple[str, str]:
    """Split the words between two figures into the first's noun and the second's name.

    An enumeration mark divides them (``15个健身点、2个球场``: 健身点 | ''; ``开工32公里、竣工``:
    '' | 竣工); without one the words serve both (``563个办理事项100%实现综窗办理``).
    """
    for mark in joiners:
        head, found, tail = text.partition(mark)
        if found:
            return head, tail
    return text, text


def quoted(text: str, pairs: Sequence[tuple[str, str]]) -> list[bool]:
    """For each character, whether it stands inside quotes.

    >>> quoted('a“b”c', [("“", "”")])
    [False, True, True, False, False, False]
    """
    inside: list[bool] = []
    depth = pos = 0
    opens = {a for a, _ in pairs}
    closes = {b for _, b in pairs}
    # only quote marks change the depth: the scan jumps from one to the next (a search in C)
    for found in _marks(tuple(pairs)).finditer(text):
        i = found.start()
        ch = text[i]
        inside.extend([depth > 0] * (i - pos))
        if ch in opens and ch in closes:  # a straight quote: toggles
            depth = 0 if depth else 1
        elif ch in opens:
            depth += 1
        elif depth:
            depth -= 1
        inside.append(depth > 0)
        pos = i + 1
    inside.extend([depth > 0] * (len(text) - pos))
    inside.append(False)
    return inside


@functools.cache
def _marks(pairs: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    """A pattern finding any quote mark of ``pairs`` (marks are single characters; one that is
    not is never met, as in a scan character by character)."""
    marks = sorted({mark for pair in pairs for mark in pair if len(mark) == 1})
    return re.compile("[" + re.escape("".join(marks)) + "]" if marks else "(?!)")
