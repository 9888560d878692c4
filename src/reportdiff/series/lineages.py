"""Commitment lineages: one promise followed through a series of reports.

Each year's commitments are matched as in a comparison (``pairwise.content.match_content``,
on objects with figures masked) first against the lineages present the year before; what is left is matched
against lineages last seen earlier — those are *reinstated* after a gap —, and the rest
start lineages of their own.  A lineage follows one promise: two about different numbered
plans, congresses or plenums (``CommitmentRules.named_periods``) are never joined.
"""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

from ..lang import Profile
from ..model import Commitment
from ..pairwise.content import Counts, match_content
from ..results import Lineage
from ..settings import Settings


def build_lineages(
    series: Sequence[tuple[int, Sequence[Commitment]]], profile: Profile, settings: Settings
) -> tuple[Lineage, ...]:
    """Lineages of a series of (year, commitments), oldest year first: commitments matched by
    the similarity a comparison uses (``Settings.commitment_threshold``), except that how
    distinctive a piece is comes from every year's commitment objects (the series' own
    vocabulary, counted once) rather than from two reports' sentences; a lineage last seen
    more than ``Settings.reinstate_within`` years before is not looked for again.

    >>> from reportdiff.model import Span
    >>> def c(key, id="s.c1"):
    ...     return Commitment(id, "s", None, key, "推进", "推进", 2, key, key, (), False, Span(0, 0))
    >>> series = [(2019, [c("城市更新")]), (2020, []), (2021, [c("城市更新"), c("生态保护")])]
    >>> from reportdiff.lang import profile
    >>> from reportdiff.settings import Settings
    >>> found = build_lineages(series, profile("zh"), Settings())
    >>> [(x.object, x.years, x.reinstated, x.gaps) for x in found]
    [('城市更新', (2019, 2021), True, (2020,)), ('生态保护', (2021,), False, ())]
    """
    # a lineage's last object is matched again each year: each key is read into pieces once,
    # and looked up in C (a dict's own look-up: thousands of keys each year)
    keys = [c.key for _, items in series for c in items]
    pieces = {key: profile.content_pieces(key) for key in dict.fromkeys(keys)}.__getitem__
    # how distinctive a piece of an object is, read once over every year's objects
    counts = Counts.of(keys, pieces)
    rules = profile.commitments
    apart = _apart(rules.named_periods if rules is not None else None)
    # a promise made every year in the same words but a particle holds only pieces the series has
    # made common, which the similarity's index passes over: equal without particles, it pairs
    particles = rules.particles if rules is not None else None
    bare = functools.cache(lambda key: particles.sub("", key)) if particles is not None else None
    members: list[list[tuple[int, Commitment]]] = []
    # each lineage's last year and last object's key, and the lineages by the year they were
    # last seen in: each year reads those it may match, not every lineage of the series
    last: list[int] = []
    last_keys: list[str] = []
    ending: dict[int, set[int]] = {}
    previous_year: int | None = None
    for year, mentions in sorted(series, key=lambda entry: entry[0]):
        # a promise made twice in one report (the same object) is one lineage's, not two: the
        # first mention is matched, the others follow it (73 such twins in national 2010–2025
        # made lineages of their own, "reinstated" when they met the object again years later)
        items: list[Commitment] = []
        firsts: dict[str, int] = {}
        twins: list[tuple[int, Commitment]] = []  # (its first mention's index in items, itself)
        for item in mentions:
            if item.key in firsts:
                twins.append((firsts[item.key], item))
            else:
                firsts[item.key] = len(items)
                items.append(item)
        lineage_of: dict[int, int] = {}
        taken: set[int] = set()
        recent = sorted(ending.get(previous_year, ())) if previous_year is not None else []
        # the most recently seen first: a promise worded again as two lineages last were
        # continues the one that said it last (equal keys pair in order, ties break on order)
        older = [
            k
            for seen in sorted(ending, reverse=True)
            if seen != previous_year and year - seen <= settings.reinstate_within
            for k in sorted(ending[seen])
        ]
        for lines in (recent, older):
            free = [j for j in range(len(items)) if j not in taken]
            links = match_content(
                [last_keys[k] for k in lines],
                [items[j].key for j in free],
                pieces,
                settings,
                counts,
                bare,
                rules.other_items if rules is not None else None,
            )
            for i, j, _ in links:
                k, item = lines[i], items[free[j]]
                if apart(members[k][-1][1].object, item.object):
                    continue  # “十三五”规划重大工程, “十四五”规划重大工程: different documents
                members[k].append((year, item))
                ending[last[k]].discard(k)
                ending.setdefault(year, set()).add(k)
                last[k], last_keys[k] = year, item.key
                taken.add(free[j])
                lineage_of[free[j]] = k
        for j, item in enumerate(items):
            if j not in taken:
                lineage_of[j] = len(members)
                ending.setdefault(year, set()).add(len(members))
                members.append([(year, item)])
                last.append(year)
                last_keys.append(item.key)
        for first, twin in twins:
            members[lineage_of[first]].append((year, twin))
        previous_year = year
    all_years = sorted({year for year, _ in series})
    return tuple(_lineage(f"L{n}", m, all_years) for n, m in enumerate(members, start=1))


def _apart(named: Callable[[str], frozenset[str]] | None) -> Callable[[str, str], bool]:
    """Whether two commitments' objects name numbered plans, congresses or plenums and share
    none (``CommitmentRules.named_periods``): promises about different documents, never one
    lineage.  Each object is read once."""
    if named is None:
        return lambda a, b: False
    names = functools.cache(named)
    return lambda a, b: bool(names(a)) and bool(names(b)) and names(a).isdisjoint(names(b))


def _lineage(lineage_id: str, members: list[tuple[int, Commitment]], all_years: list[int]) -> Lineage:
    years = tuple(dict.fromkeys(year for year, _ in members))  # a promise made twice: one year
    present = set(years)
    span = all_years[bisect_left(all_years, years[0]) : bisect_right(all_years, years[-1])]
    gaps = tuple(y for y in span if y not in present)
    streak = best = 0
    for y in span:
        streak = streak + 1 if y in present else 0
        best = max(best, streak)
    first, last = members[0][1], members[-1][1]
    return Lineage(
        lineage_id,
        last.object,
        first.object,
        last.action,
        years,
        best,
        bool(gaps),
        gaps,
        tuple(f"{year}:{item.id}" for year, item in members),
    )
