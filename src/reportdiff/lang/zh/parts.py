"""Chinese part titles: which parts review the past year (or five), which plan the next, and
where a part that does both turns from one to the other."""

from __future__ import annotations

import re

from ...model import PartKind
from ...normalize import fold
from ..profile import keyword_kind

_REVIEW_WORDS = (
    "回顾",
    "过去五年",
    "过去一年",
    "过去的一年",
    "工作总结",
    "主要成就",
    "发展成就",
    "取得的成绩",
    "基本情况",
)
_PLAN_WORDS = (
    "任务",
    "总体要求",
    "预期目标",
    "主要目标",
    "政策取向",
    "总体部署",
    "工作部署",
    "工作安排",
    "工作建议",
    "的建议",
    "目标和",
    "重点工作",
    "规划",
    "计划",
    "打算",
    "展望",
    "努力方向",
    "政府自身建设",
)
YEAR = re.compile(r"(\d{4})\s*年")
"""A year as printed in a heading (``2019年``), its digits in group 1."""


def mixed_kind(title: str) -> PartKind | None:
    """The kind a title naming both a review and a plan turns to: the one it names last (a
    report reviews, then plans).

    >>> mixed_kind("“十四五”时期发展成就和“十五五”时期主要目标任务"), mixed_kind("2025年工作回顾")
    ('plan', None)
    """
    folded = fold(title)
    review = [folded.find(w) for w in _REVIEW_WORDS if w in folded]
    plan = [folded.find(w) for w in _PLAN_WORDS if w in folded]
    if not review or not plan:
        return None
    return "plan" if min(plan) > min(review) else "review"


def part_kind(title: str, report_year: int | None) -> PartKind | None:
    """``review`` or ``plan`` from a part title; ``None`` when the title does not tell.

    A year in the title decides first (the year before the report's is its
    review, the report's own year its plan), then keywords, earliest first.

    >>> part_kind("2019年工作回顾", 2020), part_kind("2020年主要任务", 2020)
    ('review', 'plan')
    >>> part_kind("加强政府自身建设", 2020)  # what the government will do about itself: plan
    'plan'
    >>> part_kind("各位代表", 2020) is None
    True
    """
    folded = fold(title)
    year_match = YEAR.search(folded)
    if year_match and report_year:
        year = int(year_match.group(1))
        if year == report_year - 1 and not any(w in folded for w in _PLAN_WORDS):
            return "review"
        if year == report_year:
            return "plan"
    return keyword_kind(folded, _REVIEW_WORDS, _PLAN_WORDS)


_JOINED = re.compile("[和及与、]")
"""What joins a title's review half to its plan half (``…发展成就和“十四五”时期主要目标任务``)."""


def plan_opening(title: str) -> re.Pattern[str] | None:
    """For a part title whose review half comes first, what a paragraph of the part that
    begins the plan opens with, folded: the words the plan half names before its plan words
    (``“十四五”时期是开启…的第一个五年``), or the plan's source (``根据《…第十五个五年规划的建议》``,
    Guangxi 2026); ``None`` for a title of one kind or with nothing between the two halves.

    >>> opening = plan_opening("“十三五”时期发展成就和“十四五”时期主要目标任务")
    >>> bool(opening.match("“十四五”时期是开启…")), bool(opening.match("过去五年，我国…"))
    (True, False)
    >>> bool(opening.match("根据《中共中央关于制定国民经济和社会发展第十四个五年规划…的建议》"))
    True
    >>> bool(plan_opening("“十四五”时期发展成就和“十五五”时期的主要目标任务").match("“十五五”时期"))
    True
    >>> plan_opening("2025年工作回顾"), plan_opening("“十五五”时期主要目标任务") is None
    (None, True)
    """
    if mixed_kind(title) != "plan":
        return None
    folded = fold(title)
    review_end = max(folded.find(w) + len(w) for w in _REVIEW_WORDS if w in folded)
    plan_start = min(folded.find(w) for w in _PLAN_WORDS if w in folded)
    between = folded[review_end:plan_start]
    if not _JOINED.match(between):
        return None
    subject = between[1:].removesuffix("的")
    return re.compile(f"{re.escape(subject)}|{_SOURCE}") if len(subject) >= 2 else None


_SOURCE = "根据《[^》]*(?:规划|纲要)"
"""A paragraph naming the plan's source document (``根据《…五年规划的建议》``)."""
