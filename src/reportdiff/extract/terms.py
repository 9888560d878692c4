"""New terms (新提法): expressions a report uses that no earlier report did.

"Earlier" is the report before (``reportdiff diff OLD NEW``), or every earlier report of
the series (``--history DIR``, ``reportdiff timeline``).  Each report is prepared once
(:class:`TermText`): its clauses (runs of term characters between punctuation) and the
two- and three-character pieces they hold.  A candidate is

* a quoted expression absent before (``“互联网+”``; a known everyday word in quotes,
  ``“名片”``, is a figure of speech and is left out), or
* a run of one to four words of a clause, on the dictionary's word boundaries, that holds
  a piece never used before — so it is new as a string — and either holds a two-character
  piece never used before (a new word: ``新质``, ``碳达``; also across a one-character word
  and the word after it, ``物/联网``, where the dictionary splits a new word) or occurs at least twice
  (``新发展格局``: known words, new together), or is one known but uncommon word
  (``人工智能``: established vocabulary, first used in this series).

Nothing starts or ends inside a word: where the dictionary splits a stretch into
one-character words (``碳/达/峰``) the report itself must show the edge — the expression
recurs with different neighbours on that side (accessor variety, across both texts) — and
an expression always met with the same neighbour (``圈同城化`` in ``都市圈同城化``) is
part of a longer one.  Only occurrences on their clause's word edges count (``理政`` in
``治理/政务`` is no occurrence of the ``理政`` of ``治国理政``); an open edge needs a firm
neighbour (a verb, a closed word, a clause's end) among its different ones, and the right
edge one at least once, a name's head coming last (``亲清新型政商`` always before ``关系``).
Words that open a promise (verbs), adverbs, particles and figures stay outside (a count of two
or more and its measure word open a numbered name: ``三大攻坚战``), an expression
made only of generic words is no term, and one made only of everyday words must recur, and
not be made of the earlier report's stock vocabulary (``国际合作``).  A run met once is no
term when a generic word ends it (``以工代赈规模``) or when it holds a verb right after its
subject (``社会``/力量兴办托育), nor is one always met after ``等`` (the kind a list's items
are: ``…建材等``/行业节能降碳).

Candidates are ranked by notability: occurrences (up to 3; an unquoted known word counts
once, however often it recurs: its rarity makes it notable, not its use), × 3 for a word the
dictionary lacks, × 2 quoted, × 2 an abbreviation (``三去一降一补``, ``两个维护``, ``人工智能+``),
× 2 in a commitment's object, × 1.5 in a heading, × 0.7 beyond six characters, × 0.5 one
known word, or known words new only as neighbours (a series: ``健康/中国``, taken up by
the following reports).  One inside or around a better-ranked one is dropped; at most
``TermRules.limit`` come out.
"""

from __future__ import annotations

import dataclasses
import heapq
from collections.abc import Mapping, Sequence

from ..lang import Profile, TermRules
from ..model import Commitment, Report, TermChange, TermStatus
from .term_candidates import Candidate, candidates, confirmed
from .term_text import TakenUp, TermText, as_printed, prepare

__all__ = [
    "TermHistory",
    "TermText",
    "merge",
    "new_terms",
    "prepare",
    "printed",
    "ranked_terms",
    "term_changes",
    "term_text",
]


class TermHistory:
    """Several reports as one "before": what any of them said is not new.  Grows report by
    report (a series adds each year once), without copying what it holds."""

    def __init__(self) -> None:
        self._folded: list[str] = []
        self._pairs: set[str] = set()
        self._triples: dict[str, int] = {}
        self._counts: list[dict[str, int]] = []

    def add(self, text: TermText) -> None:
        self._folded.append(text.folded)
        self._pairs.update(text.pairs)
        # which pieces the history has, merged in C; how often is read from each report's own
        # counts when asked (:meth:`TermText.most`), which a history, always the "before" of a
        # search, never is: summing them piece by piece was 0.08 s of a 29-report timeline
        self._triples.update(text.triples)
        self._counts.extend(text.counts or (text.triples,))

    def text(self) -> TermText:
        """All reports added so far, as one (valid until the next :meth:`add`)."""
        folded = "\n".join(self._folded)
        parts = tuple(self._folded)
        return TermText(
            folded, (), (), self._pairs, self._triples, "", "", reports=len(parts), parts=parts,
            counts=tuple(self._counts),
        )  # fmt: skip


def merge(texts: Sequence[TermText]) -> TermText:
    """Several prepared reports as one "before"."""
    history = TermHistory()
    for text in texts:
        history.add(text)
    return history.text()


def new_terms(
    old: Report,
    new: Report,
    profile: Profile,
    promises: tuple[Sequence[Commitment], Sequence[Commitment]] = ((), ()),
    status: TermStatus = "new",
    history: Sequence[Report] = (),
) -> tuple[TermChange, ...]:
    """Expressions of ``new`` absent from ``old`` (and from every report of ``history``), most
    notable first (``status`` labels them); ``promises`` are the two reports' commitments,
    whose objects make a term more notable.

    >>> from reportdiff import lang, parse
    >>> a = parse("各位代表：\\n一、2023年工作回顾\\n推进信息化建设。推进产业体系建设。", "2023.txt")
    >>> b = parse("各位代表：\\n一、2024年工作回顾\\n制定“互联网+”行动计划。加快发展新质生产力。", "2024.txt")
    >>> [(t.term, t.count, t.quoted) for t in new_terms(a, b, lang.profile("zh"))]
    [('互联网+', 1, True), ('新质生产力', 1, False)]
    """
    rules = profile.terms
    if rules is None:
        return ()
    before = prepare(old, rules, promises[0])
    if history:
        before = merge([before, *(prepare(r, rules) for r in history)])
    after = prepare(new, rules, promises[1])
    floor = rules.history_least_salience if history else 0.0
    found = _rank(candidates(before, after, rules), before, after, status, rules, floor=floor)
    return printed(found, {status: new})


def term_text(report: Report, profile: Profile, promises: Sequence[Commitment]) -> TermText | None:
    """A report prepared for :func:`ranked_terms`; ``None`` for a language without term rules.
    ``promises`` are its commitments, if already read.

    The last few are kept, so a series read pair by pair prepares each report once.
    """
    rules = profile.terms
    if rules is None:
        return None
    key = (report.raw.source, report.raw.text)
    if key not in _RECENT:
        _RECENT[key] = prepare(report, rules, promises)
        while len(_RECENT) > 4:
            _RECENT.pop(next(iter(_RECENT)))
    return _RECENT[key]


_RECENT: dict[tuple[str, str], TermText] = {}


def _prepared(report: Report, rules: TermRules, promises: Sequence[Commitment]) -> TermText:
    """:func:`prepare`, kept for the last few reports: a caller comparing one report with
    several others (or again) prepares it once.  The report is held, so its identity names it."""
    objects = tuple(c.object for c in promises)
    kept = _PREPARED.get(id(report))
    if kept is not None and kept[0] is report and kept[1] is rules and kept[2] == objects:
        return kept[3]
    text = prepare(report, rules, promises)
    _PREPARED[id(report)] = (report, rules, objects, text)
    while len(_PREPARED) > 4:
        _PREPARED.pop(next(iter(_PREPARED)))
    return text


_PREPARED: dict[int, tuple[Report, TermRules, tuple[str, ...], TermText]] = {}


def ranked_terms(
    before: TermText,
    after: TermText,
    profile: Profile,
    limit: int | None = None,
    locate: bool = True,
    later_use: bool = False,
    taken_up: TakenUp = None,
    floor: float = 0.0,
) -> tuple[TermChange, ...]:
    """New terms of ``after`` against ``before`` (from :func:`term_text` or :func:`merge`),
    most notable first; ``limit`` overrides the language's list length and ``floor`` leaves out
    unquoted terms scoring under it (``TermRules.history_least_salience``); without ``locate``
    the terms' ``sentence_ids`` are left empty (for callers that keep only a few).  With
    ``later_use`` the caller weighs the terms by how later reports use them, which tells a
    passing combination of everyday words from a new term: such runs then need no extra
    occurrence (``TermRules.everyday``, ``TermRules.generic_head``); ``taken_up`` says whether
    the following reports of a series use a string, which admits runs of known words new only
    together and met once (:func:`~reportdiff.extract.term_candidates.candidates`)."""
    rules = profile.terms
    if rules is None:
        return ()
    if limit is not None:
        rules = dataclasses.replace(rules, limit=limit)
    if later_use:
        rules = dataclasses.replace(rules, everyday=0.0, stock=0, generic_head=1)
    found = candidates(before, after, rules, taken_up)
    return _rank(found, before, after, "new", rules, locate, taken_up, floor)


def term_changes(
    old: Report,
    new: Report,
    profile: Profile,
    old_promises: Sequence[Commitment],
    new_promises: Sequence[Commitment],
    history: Sequence[Report] = (),
    limit: int | None = None,
) -> tuple[TermChange, ...]:
    """New terms of ``new`` then dropped terms of ``old``, each most notable first.  With a
    ``history`` (the reports before ``old``), new means new to all of them and ``old``;
    ``limit`` overrides the language's list length."""
    rules = profile.terms
    if rules is None:
        return ()
    if limit is not None:
        rules = dataclasses.replace(rules, limit=limit)
    before, after = _prepared(old, rules, old_promises), _prepared(new, rules, new_promises)
    earlier = merge([before, *(_prepared(r, rules, ()) for r in history)]) if history else before
    floor = rules.history_least_salience if history else 0.0
    found = _rank(candidates(earlier, after, rules), earlier, after, "new", rules, floor=floor) + _rank(
        candidates(after, before, rules), after, before, "dropped", rules
    )
    return printed(found, {"new": new, "dropped": old})


def printed(changes: Sequence[TermChange], reports: Mapping[TermStatus, Report]) -> tuple[TermChange, ...]:
    """Each term as the report that has it (``reports``, by status) prints it in the first
    sentence holding it (:func:`~reportdiff.normalize.as_printed`): the finder reads folded text,
    where ``“A超”联赛`` says ``a超``."""
    texts: dict[TermStatus, dict[str, str]] = {}
    shown = []
    for change in changes:
        report = reports[change.status]
        if change.status not in texts:
            texts[change.status] = {s.id: s.text for s in report.sentences}
        by_id = texts[change.status]
        term = as_printed(change.term, (by_id[i] for i in change.sentence_ids if i in by_id))
        shown.append(change if term == change.term else dataclasses.replace(change, term=term))
    return tuple(shown)


def _rank(
    found: dict[str, Candidate],
    before: TermText,
    after: TermText,
    status: TermStatus,
    rules: TermRules,
    locate: bool = True,
    taken_up: TakenUp = None,
    floor: float = 0.0,
) -> tuple[TermChange, ...]:
    """The most notable candidates, at most ``rules.limit``, the unquoted ones scoring
    ``floor`` or more.  Candidates are taken in order of
    the most they could score (five occurrences); each waits until no unchecked one could
    outrank it.

    A candidate taken is checked (:func:`confirmed`: counted, its edges read) only when it could
    come out next: until then it waits, unchecked, under the most it can score with as many
    occurrences as its rarest three-character piece has (most occur once), so of the
    two thousand candidates of a national report about two hundred are read.  Which come out,
    and in which order, is as if each were checked when taken (:class:`_Checks`)."""
    weights = {term: _weight(term, item) for term, item in found.items()}
    bound = sorted((-_salience(weights[term], _MOST), term, item) for term, item in found.items())
    by_clause: dict[int, list[str]] = {}
    for term, item in found.items():
        by_clause.setdefault(item.clause, []).append(term)
    checks = _Checks(found, before, after, rules)
    unread: list[tuple[float, str]] = []
    """Taken, not checked yet: (minus the most it can score, term)."""
    waiting: list[tuple[float, str]] = []
    """Taken and confirmed: (minus its score, term)."""
    chosen: list[TermChange] = []
    k = 0
    while len(chosen) < rules.limit and (k < len(bound) or waiting or unread):
        ceiling = -bound[k][0] if k < len(bound) else -1.0
        # check the unread that could come before the best waiting one, if it can come out now
        while unread and (not waiting or unread[0] < waiting[0]) and -unread[0][0] >= ceiling:
            _, term = heapq.heappop(unread)
            if checks.taken(term):
                heapq.heappush(waiting, (-_salience(weights[term], found[term].count), term))
        if waiting and -waiting[0][0] >= ceiling:
            score, term = heapq.heappop(waiting)
            if any(term in other.term or other.term in term for other in chosen):
                continue
            item = found[term]
            if not item.quoted and -score < floor:
                continue  # too little sign of note (TermRules.history_least_salience)
            if not item.quoted and _inside(term, item, by_clause, found, checks, taken_up):
                continue
            where = after.where(term) if locate else ()
            chosen.append(TermChange(status, term, item.count, item.quoted, round(-score, 2), where))
            continue
        if k == len(bound):
            break
        _, term, item = bound[k]
        k += 1
        checks.order[term] = k
        if term in checks.touched:
            heapq.heappush(waiting, (-_salience(weights[term], item.count), term))  # counted when touched
        else:
            heapq.heappush(unread, (-_salience(weights[term], _ceiling(term, item, after)), term))
    return tuple(chosen)


class _Checks:
    """:func:`confirmed` for the candidates of one ranking, each read once, answering as the
    ranking always did: a candidate's first check gives its verdict, and any later one
    ``True`` (it has been counted), whether the first came when the candidate was taken or
    when :func:`_inside` asked about it as a longer expression.  A candidate taken but not
    checked yet is read when first needed, with the verdict its first check would have had."""

    def __init__(
        self, found: dict[str, Candidate], before: TermText, after: TermText, rules: TermRules
    ) -> None:
        self.found, self.before, self.after, self.rules = found, before, after, rules
        self.verdicts: dict[str, bool] = {}
        self.order: dict[str, int] = {}
        """When each candidate was taken (1, 2, …)."""
        self.touched: set[str] = set()
        """Those :func:`_inside` asked about before they were taken."""

    def read(self, term: str) -> bool:
        found = self.verdicts.get(term)
        if found is None:
            item = self.found[term]
            found = self.verdicts[term] = confirmed(term, item, self.before, self.after, self.rules)
        return found

    def taken(self, term: str) -> bool:
        """Whether a taken candidate is confirmed (its first check was when it was taken)."""
        return self.read(term)

    def asked(self, term: str) -> bool:
        """:func:`confirmed` asked of a candidate by :func:`_inside`."""
        if term in self.order or term in self.touched:
            self.read(term)  # counted, as the earlier check did
            return True
        self.touched.add(term)
        return self.read(term)


def _inside(
    term: str,
    item: Candidate,
    by_clause: dict[int, list[str]],
    found: dict[str, Candidate],
    checks: _Checks,
    taken_up: TakenUp = None,
) -> bool:
    """Whether every occurrence of ``term`` is inside one longer candidate (``网联新能源`` in
    ``智能网联新能源汽车``): a piece of that expression, not one of its own.  Such a candidate
    occurs where ``term`` does, so it was first found in the same clause.  In a series
    (``taken_up``: whether the following reports use a string) they may show which is the
    expression: one they take up alone is not a piece of a longer one they drop
    (``科技自立自强``/作为国家, ``碳中和``/各项工作)."""
    for other in by_clause.get(item.clause, ()):
        longer = found[other]
        if len(other) > len(term) and term in other and checks.asked(other):  # noqa: SIM102
            if longer.count == item.count and not (taken_up and taken_up(term) and not taken_up(other)):
                return True
    return False


def _ceiling(term: str, item: Candidate, after: TermText) -> int:
    """The most occurrences a candidate can have: a quoted one's are counted; an unquoted one
    occurs at most as often as its rarest three-character piece."""
    if item.quoted:
        return item.count
    most = after.most(term)
    return _MOST if most is None else min(most, _MOST)


def _weight(term: str, item: Candidate) -> tuple[bool, float, float]:
    """What makes a candidate notable besides its occurrences (module docstring), worked out once
    per ranking: whether those count at all, its marks' factors multiplied, and its length's
    factor.  The marks' factors are halves and three-halves, so their product times the
    occurrences' score is exact: :func:`_salience` equals multiplying them in one by one."""
    # a dictionary word the earlier report did not need is notable for being rare (人工智能),
    # not for recurring: one used again and again is the reports' ordinary vocabulary come
    # back (宏观调控, 市场主体, 差异化)
    once = item.known_word and not item.quoted
    marks = 1.0
    if item.unknown:
        marks *= 2
    if item.novel:
        marks *= 1.5
    if item.quoted:
        marks *= 2
    if item.abbreviation:
        marks *= 1.5
    if item.planned:
        marks *= 1.5
    if item.heading:
        marks *= 1.5
    if item.known_word or item.neighbours:
        marks *= 0.5
    # of two nested equals, the whole expression (产教融合, not 产教)
    length = 0.7 if len(term) > 6 else 1 + len(term) / 20
    return once, marks, length


def _salience(weight: tuple[bool, float, float], count: int) -> float:
    """How notable a candidate is (module docstring): ``weight`` from :func:`_weight`, ``count``
    its occurrences (or as many as it may have)."""
    once, marks, length = weight
    times = 1 if once else min(max(count, 1), _MOST)
    return (float(min(times, 3)) + 0.5 * max(times - 3, 0)) * marks * length  # 1, 2, 3, 3.5, 4


_MOST = 5
"""Occurrences beyond which a term is no more notable."""
