"""Identity across years: which figures of different reports are one indicator, and the name
the indicator is tracked under.

Each figure's ``indicator`` starts as its canonical name (:func:`~reportdiff.extract.names.canonical`:
the synonym table's name, else the name without region words).  Across the reports, names of
one unit and kind are then one indicator when rapidfuzz's ``ratio`` reaches
``Settings.indicator_name_threshold`` (:func:`reportdiff.fuzzy.group_names`), unless they say
different measures (:func:`different_measures`):

- a population or measure word stands in one only (``IndicatorRules.keep_apart``: 城镇, 农村,
  年均…);
- they differ by words of opposite direction (``SeriesRules.opposites``: ``比去年预算高`` is not
  ``比去年预算低``; 增加/减少, 提高/降低 likewise);
- one is the other with a modifier inserted inside it, neither at its start nor at its end
  (``新增智能制造标杆企业`` is not ``新增智能制造企业``: 标杆, 重点, 高新技术, 专精特新 narrow
  what is counted), unless what is inserted is filler (``SeriesRules.fillers``: 的, 总, 政府 —
  ``粮食总产量`` is ``粮食产量``).  A word added at the start or the end (``开工``, ``要``) is
  left to the score, but for a word of increment at the start (``SeriesRules.increments``:
  ``新增…企业`` counts what is added, ``…企业`` the stock).

Names of the same words in another order, one word moved (``启动城镇老旧小区改造``,
``启动改造城镇老旧小区``: a verb after its object or before it), are one indicator whatever the
score (:func:`reportdiff.fuzzy.moved`).

A merged series is tracked under its cleanest name, chosen the same way every time: the name
most of its reports use, ties to the shortest, then the first in code-point order (``铁路投资``,
in two reports, over ``铁路投资要``, in one).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from difflib import SequenceMatcher

from ..fuzzy import group_names, moved
from ..lang import Profile, SeriesRules
from ..model import Indicator
from ..settings import Settings


def different_measures(a: str, b: str, rules: SeriesRules) -> bool:
    """Whether two names, however alike, measure different things (see the module docstring).

    >>> from reportdiff.lang.zh.series import SERIES_RULES as RULES
    >>> different_measures("新增智能制造标杆企业", "新增智能制造企业", RULES)
    True
    >>> different_measures("赤字率安排比去年预算高", "赤字率安排比去年预算低", RULES)
    True
    >>> different_measures("粮食总产量", "粮食产量", RULES)
    False
    >>> different_measures("铁路投资要", "铁路投资", RULES)  # a word at the end: left to the score
    False
    >>> different_measures("新增高新技术企业", "高新技术企业", RULES)  # an increment, a stock
    True
    """
    if moved(a, b):
        return False  # the same words in another order (启动城镇老旧小区改造, 启动改造城镇老旧小区)
    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in ops:
        if tag == "replace" and opposed(a[i1:i2], b[j1:j2], rules.opposites):
            return True
    if any(tag == "replace" for tag, *_ in ops):
        return False  # not one name inside the other: the score decides
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            continue
        # a run of one name missing from the other: a modifier when strictly inside the longer name
        name, start, end = (b, j1, j2) if tag == "insert" else (a, i1, i2)
        if start > 0 and end < len(name) and not rules.fillers.fullmatch(name[start:end]):
            return True
        if start == 0 and name[start:end] in rules.increments:
            return True  # what is added (新增…企业) is not the stock (…企业达220家)
    return False


def opposed(one: str, other: str, opposites: Sequence[tuple[str, str]]) -> bool:
    return any((x in one and y in other) or (y in one and x in other) for x, y in opposites)


def tracked_names(
    found: Sequence[Sequence[Indicator]], profile: Profile, settings: Settings
) -> dict[tuple[str, str], dict[str, str]]:
    """(kind, unit) → each canonical name of the reports' figures (``found``, one sequence per
    report) → the name it is tracked under (see the module docstring); a synonym table's names
    never merge by score."""
    rules = profile.indicators
    fixed = frozenset(rules.synonyms if rules is not None else ())
    keep_apart = rules.keep_apart if rules is not None else ()
    series = profile.series
    apart = (lambda a, b: different_measures(a, b, series)) if series is not None else None
    users = Counter(key for items in found for key in {(i.kind, i.unit, i.indicator) for i in items})
    names: dict[tuple[str, str], dict[str, str]] = {}
    heads = rules.unit_heads if rules is not None else {}
    for kind, unit in sorted({(i.kind, i.unit) for items in found for i in items}):
        listed = [i.indicator for items in found for i in items if (i.kind, i.unit) == (kind, unit)]
        # 城镇新增就业人口 (人) is 城镇新增就业, where that name is read too: grouped as it
        present = set(listed)
        core = {name: short if (short := _without_head(name, heads.get(unit, ()))) in present else name
                for name in listed}  # fmt: skip
        groups = group_names(list(core.values()), settings.indicator_name_threshold, fixed, keep_apart, apart)
        together = {name: groups[short] for name, short in core.items()}
        names[(kind, unit)] = _cleanest(together, {name: users[(kind, unit, name)] for name in together})
    return names


def _without_head(name: str, heads: Sequence[str]) -> str:
    """``name`` without a head word that only says again what its unit counts (``人口`` of a
    count of people), where more than two characters are left (``常住人口`` stays).

    >>> _without_head("城镇新增就业人口", ("人口", "人数")), _without_head("常住人口", ("人口",))
    ('城镇新增就业', '常住人口')
    """
    head = next((h for h in heads if name.endswith(h) and len(name) - len(h) > 2), "")
    return name[: -len(head)] if head else name


def _cleanest(groups: dict[str, str], users: dict[str, int]) -> dict[str, str]:
    """Each name → the name its group is tracked under: the one most reports use, ties to the
    shortest, then the first in code-point order.

    >>> _cleanest({"铁路投资要": "铁路投资要", "铁路投资": "铁路投资要"}, {"铁路投资要": 1, "铁路投资": 2})
    {'铁路投资要': '铁路投资', '铁路投资': '铁路投资'}
    """
    members: dict[str, list[str]] = {}
    for name, head in groups.items():
        members.setdefault(head, []).append(name)
    best = {head: min(names, key=lambda n: (-users[n], len(n), n)) for head, names in members.items()}
    return {name: best[head] for name, head in groups.items()}
