"""Whether a repeated promise's figures changed as one measure's, and whether its words did.

Two promises paired by their objects' similarity may count different things (a new user found
``高新技术产业增加值增长8%`` paired with ``数字经济核心产业增加值增长10%`` and printed as "8% → 10%",
where the latter's own target had been cut from 15 %): a figure change is one measure's only
where the words around the figures say the same thing, and both are rates or both amounts.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from ..lang import Profile
from ..model import Commitment

SAME_WORDS = 80.0
"""Least similarity (rapidfuzz ``ratio``, 0–100) of two objects without their figures for their
figures to be one measure's: ``高标准农田80万亩`` / ``提升高标准农田70万亩`` (83), ``政府补贴性技能培训``
/ ``补贴性技能培训`` (88); not ``高新技术产业增加值增长`` / ``数字经济核心产业增加值增长`` (62) or
``净增耕地`` / ``治理沙化土地``."""


def figure_free(text: str, profile: Profile) -> str:
    """A promise's object without its figures (numbers, units, qualifiers) and the marks a
    matching key drops (``CommitmentRules.key_drop``): its words."""
    bare = profile.figure.sub("", text)
    return profile.commitments.key_drop.sub("", bare) if profile.commitments is not None else bare


def same_words(old: Commitment, new: Commitment, profile: Profile) -> bool:
    """Whether two paired promises' objects are the same words but their figures."""
    return figure_free(old.object, profile) == figure_free(new.object, profile)


FigureChange = tuple[tuple[str, ...], tuple[str, ...]]
"""The figures that changed, old and new, as printed."""


def figure_change(old: Commitment, new: Commitment, listed: bool, profile: Profile) -> FigureChange | None:
    """How a repeated promise's figures changed as one measure's, or ``None`` where they did not:
    the figures differ, the words around them are alike (:data:`SAME_WORDS`, or one holds the
    other: ``投资`` / ``完成投资``), and where both print figures, both are rates or both amounts
    (``1亿人次以上`` and ``增长8%`` are two measures).

    An object listing measures, each with its figures (``石漠化综合治理600平方公里、营造林415万亩``),
    is read item by item: an item is compared with the other's alike item only, and what
    changed is those items' figures (``415万亩 → 310万亩`` against ``营造林310万亩``); an item the
    other lacks is a measure added or left out, no figure changed (``新增城市金角银边100处、社区
    微花园50个`` against ``社区微花园50个``: unchanged).  A list item paired with the other's
    promise (``listed``: 农村幸福院750个 in 新增…110个、农村幸福院750个) changed only when neither
    side's figures are among the other's."""
    if old.figures == new.figures or _one_count(old.figures, new.figures, profile):
        return None
    if listed:
        if set(old.figures) <= set(new.figures) or set(new.figures) <= set(old.figures):
            return None
        return old.figures, new.figures
    before, after = _items(old, profile), _items(new, profile)
    # a list sharing one figure (认定创新型、专精特新中小企业110家) is a measure of all its items
    sep = profile.list_separator
    shared = any(len(items) == 1 and sep and sep in c.object for items, c in ((before, old), (after, new)))
    pairs = None if shared else _paired(before, after)
    if pairs is None:  # one measure each, or one against several of the other's list
        whole = (figure_free(old.object, profile), old.figures)
        if _one_measure(whole, (figure_free(new.object, profile), new.figures), profile):
            return old.figures, new.figures
        return None
    olds: list[str] = []
    news: list[str] = []
    for i, k in pairs:
        if before[i][1] != after[k][1] and _one_measure(before[i], after[k], profile):
            olds.extend(before[i][1])
            news.extend(after[k][1])
    return (tuple(olds), tuple(news)) if olds or news else None


_Item = tuple[str, tuple[str, ...]]
"""A measure of a promise's object: its words without figures, and its figures as printed."""


def _items(c: Commitment, profile: Profile) -> list[_Item]:
    """The measures an object lists, each with its own figures (where the object prints figures,
    every item holds one; where it prints none, none does), else the whole object as one."""
    whole = [(figure_free(c.object, profile), c.figures)]
    sep = profile.list_separator
    if not sep or sep not in c.object or len(c.figures) == 1:
        return whole
    items = []
    for part in c.object.split(sep):
        figures = tuple(f for f in c.figures if f in part)
        words = figure_free(part, profile)
        if (c.figures and not figures) or len(words) < 2:
            return whole  # 城镇、农村居民收入分别增长5%、6%: one measure's list of figures
        items.append((words, figures))
    return items


def _paired(before: list[_Item], after: list[_Item]) -> list[tuple[int, int]] | None:
    """The items of two lists that are one measure, paired one to one, the most alike first;
    ``None`` where the objects are compared whole: one item each, or one against none or
    several of the other's (``供排水管网`` against ``供水管网…、排水管网…``: a measure of both)."""
    if len(before) == 1 or len(after) == 1:
        one, many = (before[0], after) if len(before) == 1 else (after[0], before)
        alike = [k for k, item in enumerate(many) if _alike(one[0], item[0], _ITEM_HELD)]
        if len(alike) != 1 or len(many) == 1:
            return None
        return [(0, alike[0])] if len(before) == 1 else [(alike[0], 0)]
    scored = sorted(
        ((-fuzz.ratio(words, other), i, k) for i, (words, _) in enumerate(before)
         for k, (other, _) in enumerate(after) if _alike(words, other, _ITEM_HELD)),
    )  # fmt: skip
    pairs, left, right = [], set(), set()
    for _, i, k in scored:
        if i not in left and k not in right:
            left.add(i)
            right.add(k)
            pairs.append((i, k))
    return sorted(pairs)


def _alike(before: str, after: str, held: int = 2) -> bool:
    """Whether two measures' words (figures left out) say the same thing: :data:`SAME_WORDS`,
    or the shorter, of ``held`` characters or more, inside the longer."""
    shorter, longer = sorted((before, after), key=len)
    return fuzz.ratio(before, after) >= SAME_WORDS or (len(shorter) >= held and shorter in longer)


_ITEM_HELD = 3
"""Fewest characters of a list item's words that pair it by being inside another's: not
``企业`` (of ``百亿企业10家``, its number a figure) in ``规模以上工业企业``."""


def _one_measure(before: _Item, after: _Item, profile: Profile) -> bool:
    """Whether two measures are one measure's figures: alike words and, where both print
    figures, both rates or both amounts."""
    if not _alike(before[0], after[0]):
        return False
    if before[1] and after[1]:
        return _rates(before[1], profile) == _rates(after[1], profile)
    return True


def _rates(figures: tuple[str, ...], profile: Profile) -> set[bool]:
    """Whether the printed figures are rates (a percent sign) or amounts."""
    found = set()
    for figure in figures:
        match = profile.figure.search(figure)
        groups = match.groupdict() if match is not None else {}
        found.add(bool(groups.get("pct") or groups.get("pct2")))
    return found


def _one_count(before: tuple[str, ...], after: tuple[str, ...], profile: Profile) -> bool:
    """Whether two promises' figures differ only in their counts' classifiers (``4座`` / ``4个``:
    ``CommitmentRules.counter``)."""
    rules = profile.commitments
    if rules is None or len(before) != len(after):
        return False
    return [rules.counter.sub("", f) for f in before] == [rules.counter.sub("", f) for f in after]
