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


def figures_changed(old: Commitment, new: Commitment, listed: bool, profile: Profile) -> bool:
    """Whether a repeated promise's figures changed as one measure's: the figures differ, the
    words around them are alike (:data:`SAME_WORDS`, or one holds the other: ``投资`` /
    ``完成投资``), and where both print figures, both are rates or both amounts (``1亿人次以上``
    and ``增长8%`` are two measures).  A list item's figures are among its list's (农村幸福院750个
    in 新增…110个、农村幸福院750个: not changed)."""
    if listed:
        return not (set(old.figures) <= set(new.figures) or set(new.figures) <= set(old.figures))
    if old.figures == new.figures:
        return False
    before, after = figure_free(old.object, profile), figure_free(new.object, profile)
    shorter, longer = sorted((before, after), key=len)
    if fuzz.ratio(before, after) < SAME_WORDS and not (len(shorter) > 1 and shorter in longer):
        return False
    if old.figures and new.figures:
        return _rates(old.figures, profile) == _rates(new.figures, profile)
    return True


def _rates(figures: tuple[str, ...], profile: Profile) -> set[bool]:
    """Whether the printed figures are rates (a percent sign) or amounts."""
    found = set()
    for figure in figures:
        match = profile.figure.search(figure)
        groups = match.groupdict() if match is not None else {}
        found.add(bool(groups.get("pct") or groups.get("pct2")))
    return found
