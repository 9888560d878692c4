"""The :class:`SeriesRules` record: what a language says about figures across a series of
reports — which names of two years are different measures, and which targets are goals that
an outcome can meet (the rest are decisions carried out by the budget or the calendar).

Kept apart from :mod:`reportdiff.lang.profile` (which holds a reference to it) so that each
record stays small; the data for Chinese is in :mod:`reportdiff.lang.zh.series`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SeriesRules:
    """The data :mod:`reportdiff.extract.identity` and :mod:`reportdiff.extract.targets` apply."""

    fillers: re.Pattern[str]
    """Text that, inserted inside a name, leaves the measure as it was (``的``, ``总``, ``政府``:
    ``粮食总产量`` is ``粮食产量``); matched whole.  Any other insertion inside a name narrows
    what is counted (``新增智能制造标杆企业`` is not ``新增智能制造企业``)."""
    opposites: Sequence[tuple[str, str]]
    """Words of opposite direction (``高``/``低``, ``增``/``减``): two names that differ by one
    against the other are never one indicator."""
    allocation: re.Pattern[str]
    """Words of a budget allocation in a target's name or in its clause before the figure
    (``安排``, ``发行``, ``赤字``, ``补助…标准``): a sum the budget arranges, not an outcome."""
    allocation_units: Sequence[str]
    """Units an allocation is stated in (currencies, and % for a deficit ratio); a count never is."""
    not_allocation: re.Pattern[str]
    """Names that are goals whatever allocation words they hold (a share of GDP, revenue)."""
    duration_units: Sequence[str]
    """Units of time and age (``年``, ``小时``, ``岁``): a target in them says how long a policy
    runs or whom it covers (``再延长30年``, ``3岁以下``), not how much is achieved…"""
    time_measures: re.Pattern[str]
    """…unless its name measures time (``空气质量优良天数``, ``人均预期寿命``): then it is a goal."""
    forecast: re.Pattern[str]
    """Words in a target's clause before the figure that say it is expected, not aimed at
    (``预计今年高校毕业生超过1170万人``): a forecast of what will happen, which no policy is
    judged by; a goal's words (``预期目标``) are not these."""
    arrivals: re.Pattern[str] = re.compile(r"(?!)")
    """Names of a count that arrives rather than is achieved (``高校毕业生``: the year's
    graduates, which the plan names to say how many need jobs): a forecast however it is
    worded, as ``预计今年高校毕业生超过1170万人`` is."""
    increments: Collection[str] = ()
    """Words that make a count of what is added (``新增``, ``新建``): a name opening with one is
    not the stock the same name counts (``新增46家高新技术企业`` does not answer
    ``高新技术企业达220家``)."""
    scoped: re.Pattern[str] = re.compile(r"(?!)")
    """A target's clause before its count (its ``names`` group the things named, ``open`` the word
    ending an open list) when the count totals the things ongoing work goes on in, named before
    it: examples closed by an open list's word (``推进华为云全球智算中心等``|75个项目建设) or as
    many names as the count (``加快建设哇让、同德、南山口、德令哈``|4座抽水蓄能电站).  A flat count
    of ``measure_words`` so said is the work's scope, not a quantity to reach; ``names`` split on
    ``list_mark``."""
    roles: re.Pattern[str] = re.compile(r"(?!)")
    """What closes the clause of a count whose ``scoped`` words use the counted things (its ``use``
    group: ``发挥好``|9个国家区域医疗中心服务功能): their role, not a quantity to reach."""
    list_mark: str = ""
    measure_words: Collection[str] = ()
    """Measure words that count things (``个``, ``家``, ``所``, ``项``): one count whichever a report
    uses (``国家区域医疗中心7个`` / ``7家国家区域医疗中心``), where a target and its outcome are
    matched by what they count; not units of people, money or size."""
