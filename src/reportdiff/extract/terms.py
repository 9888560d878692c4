"""New terms (新提法): expressions a report uses that the report before it never did.

Both reports are split into words (the language's segmenter).  A candidate is a quoted
expression (``“互联网+”``), or a run of one to three words inside a clause that:

* does not start with a verb, nor start or end with an adverb or particle, so
  ``发展新质生产力`` gives ``新质生产力`` (a verb may end it: ``高质量发展``);
* does not end in a one-character word nor hold two of them (``做强做`` is a word cut);
* holds no number, date or punctuation, and is not made only of generic words;
* is absent from the other report as a string;
* holds a word the other report never used (``新质``, ``碳达峰``, ``具身``), or else
  occurs at least twice (``新发展格局``: known words, new together);
* is not one word the segmenter's dictionary already knows (``财政支出``): a new
  expression is a new word or a new compound (quoted ones too: ``“名片”`` is a figure
  of speech).

Candidates are ranked by salience: occurrences (up to 3), × 3 when they hold a word the
dictionary lacks, × 2 when they hold a word the other report never used, × 2 when
quoted, × 2 when part of a commitment's object, × 0.7 beyond six characters.  One
inside or around a better-ranked one is dropped, so at most ``TermRules.limit`` come
out.  Over a series (:mod:`reportdiff.series.timeline`), each year keeps its first mentions
in the series, those that later reports kept using first.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..lang import Profile, TermRules
from ..model import Commitment, Report, TermChange, TermStatus
from ..normalize import fold

_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z0-9０-９+＋]+")
"""A word a term can be made of; punctuation and spaces are not."""


@dataclass
class _Candidate:
    count: int = 0
    quoted: bool = False
    novel: bool = False
    rarity: float = 0.0
    planned: bool = False


@dataclass(frozen=True, slots=True)
class TermText:
    """A report's body split into words once, for finding its new terms against others."""

    folded: str
    """All sentences, folded, joined by line breaks (no term holds one)."""
    vocabulary: frozenset[str]
    """Every word used."""
    sentences: tuple[tuple[str, str, tuple[str, ...]], ...]
    """(sentence id, text, words) of every body sentence."""
    plan_text: str
    """The objects of the report's commitments, joined by line breaks."""

    def has(self, term: str) -> bool:
        """Whether the report holds ``term`` (folded) anywhere."""
        return fold(term) in self.folded


def _words(report: Report, rules: TermRules, promises: Sequence[Commitment]) -> TermText:
    sentences = tuple((s.id, s.text, tuple(rules.words(s.text))) for s in report.sentences)
    vocabulary = frozenset(w for _, _, ws in sentences for w in ws)
    plan = "\n".join(c.object for c in promises)
    folded = [fold(text) for _, text, _ in sentences]
    return TermText("\n".join(folded), vocabulary, sentences, plan)


def new_terms(
    old: Report,
    new: Report,
    profile: Profile,
    promises: tuple[Sequence[Commitment], Sequence[Commitment]] = ((), ()),
    status: TermStatus = "new",
) -> tuple[TermChange, ...]:
    """Expressions of ``new`` absent from ``old``, most salient first (``status`` labels them);
    ``promises`` are the two reports' commitments, whose objects make a term more salient.

    >>> from reportdiff import lang, parse
    >>> a = parse("各位代表：\\n一、2023年工作回顾\\n推进信息化建设。推进产业体系建设。", "2023.txt")
    >>> b = parse("各位代表：\\n一、2024年工作回顾\\n制定“互联网+”行动计划。加快发展新质生产力。", "2024.txt")
    >>> [(t.term, t.count, t.quoted) for t in new_terms(a, b, lang.profile("zh"))]
    [('新质生产力', 1, False), ('互联网+', 1, True)]
    """
    rules = profile.terms
    if rules is None:
        return ()
    after = _words(new, rules, promises[1])
    return _rank(_candidates(_words(old, rules, promises[0]), after, rules), after, status, rules)


def term_text(report: Report, profile: Profile, promises: Sequence[Commitment]) -> TermText | None:
    """A report prepared for :func:`ranked_terms`; ``None`` for a language without term rules.
    ``promises`` are its commitments, if already read.

    The last few are kept, so a series read pair by pair splits each report once.
    """
    rules = profile.terms
    if rules is None:
        return None
    key = (report.raw.source, report.raw.text)
    if key not in _RECENT:
        _RECENT[key] = _words(report, rules, promises)
        while len(_RECENT) > 4:
            _RECENT.pop(next(iter(_RECENT)))
    return _RECENT[key]


_RECENT: dict[tuple[str, str], TermText] = {}


def ranked_terms(
    before: TermText, after: TermText, profile: Profile, limit: int | None = None, locate: bool = True
) -> tuple[TermChange, ...]:
    """New terms of ``after`` against ``before`` (both from :func:`term_text`), most salient
    first; ``limit`` overrides the language's list length; without ``locate`` the terms'
    ``sentence_ids`` are left empty (for callers that keep only a few)."""
    rules = profile.terms
    if rules is None:
        return ()
    if limit is not None:
        rules = dataclasses.replace(rules, limit=limit)
    return _rank(_candidates(before, after, rules), after, "new", rules, locate)


def term_changes(
    old: Report,
    new: Report,
    profile: Profile,
    old_promises: Sequence[Commitment],
    new_promises: Sequence[Commitment],
) -> tuple[TermChange, ...]:
    """New terms of ``new`` then dropped terms of ``old``, each most salient first
    (the reports' commitments make a term in their objects more salient)."""
    rules = profile.terms
    if rules is None:
        return ()
    before, after = _words(old, rules, old_promises), _words(new, rules, new_promises)
    return _rank(_candidates(before, after, rules), after, "new", rules) + _rank(
        _candidates(after, before, rules), before, "dropped", rules
    )


def _candidates(before: TermText, after: TermText, rules: TermRules) -> dict[str, _Candidate]:
    """New-term candidates of ``after``: quoted expressions, and word runs that hold a word
    ``before`` never used or occur at least ``min_count`` times, filtered (module docstring)."""
    edge = set(rules.edge_words)
    opening = edge | set(rules.opening_words)
    generic = set(rules.generic)
    counts: Counter[str] = Counter()
    windows: dict[str, tuple[str, ...]] = {}
    quoted: Counter[str] = Counter()
    for _, text, words in after.sentences:
        quoted.update(_quoted(text, rules))
        for run in _runs(words):
            for size in (1, 2, 3):
                for start in range(len(run) - size + 1):
                    window = tuple(run[start : start + size])
                    term = "".join(window)
                    counts[term] += 1
                    if term not in windows:
                        windows[term] = window
    found: dict[str, _Candidate] = {}
    for term, window in windows.items():
        long_words = [w for w in window if len(w) > 1]
        novel = any(w not in before.vocabulary for w in long_words)
        if not novel and counts[term] < rules.min_count:
            continue
        if (
            window[0] in opening
            or window[-1] in edge
            or (window[-1] in opening and not rules.nominal(window[-1]))  # 城镇新增: a verb, not a name
            or (len(window) > 1 and len(window[-1]) == 1)  # 做强做, 师德师: cut through a word
            or sum(len(w) == 1 for w in window) > 1
            or all(w in generic for w in window)
            or not rules.min_length <= len(term) <= rules.max_length
            or rules.not_term.search(term)
            or rules.edge.search(term)
            or before.has(term)
            or _generic_only(term, rules)
        ):
            continue
        rarity = max((rules.rarity(w) for w in long_words), default=0.0)
        found[term] = _Candidate(counts[term], False, novel, rarity)
    for term, times in quoted.items():
        if before.has(term):
            continue
        pieces = rules.words(term)
        if len(pieces) == 1 and rules.rarity(term) < 1.0:
            continue  # “名片”, “高地”: a known word in quotes is a figure of speech, not a new term
        parts = [w for w in pieces if len(w) > 1] or [term]
        item = found.get(term) or _Candidate()
        item.quoted = True
        item.count = max(item.count, times)
        item.novel = item.novel or any(w not in before.vocabulary for w in parts)
        item.rarity = max(item.rarity, *(rules.rarity(w) for w in parts))
        found[term] = item
    for term, item in found.items():
        item.planned = term in after.plan_text
    return found


def _rank(
    found: dict[str, _Candidate], after: TermText, status: TermStatus, rules: TermRules, locate: bool = True
) -> tuple[TermChange, ...]:
    ranked = sorted(found.items(), key=lambda kv: (-_salience(kv[0], kv[1]), kv[0]))
    chosen: list[TermChange] = []
    for term, item in ranked:
        if any(term in other.term or other.term in term for other in chosen):
            continue
        if not item.quoted and not rules.term_like(term):
            continue  # asked only down the ranking, as far as the list needs
        where = tuple(sid for sid, text, _ in after.sentences if term in text) if locate else ()
        chosen.append(
            TermChange(status, term, item.count, item.quoted, round(_salience(term, item), 2), where)
        )
        if len(chosen) == rules.limit:
            break
    return tuple(chosen)


def _salience(term: str, item: _Candidate) -> float:
    score = float(min(item.count, 3)) * (3.0 if item.rarity == 1.0 else 1.0)
    if item.novel:
        score *= 2
    if item.quoted:
        score *= 2
    if item.planned:
        score *= 2
    if len(term) > 6:
        score *= 0.7
    return score


def _runs(words: tuple[str, ...]) -> list[list[str]]:
    """Stretches of words between punctuation."""
    runs: list[list[str]] = [[]]
    for word in words:
        if _WORD.fullmatch(word):
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def _quoted(text: str, rules: TermRules) -> list[str]:
    found = []
    for pattern in _quote_patterns(tuple(rules.quotes)):
        for match in pattern.finditer(text):
            term = match.group(1).strip()
            if term and not term.isdigit() and not _generic_only(term, rules):
                found.append(term)
    return found


@functools.cache
def _quote_patterns(quotes: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(
        re.compile(rf"{re.escape(opening)}([^{re.escape(closing)}\n]{{2,15}}){re.escape(closing)}")
        for opening, closing in quotes
    )


@functools.lru_cache(maxsize=65536)
def _generic_only_cached(term: str, generic: tuple[str, ...]) -> bool:
    rest = term
    for word in generic:
        rest = rest.replace(word, " ")
    return len(rest.replace(" ", "")) < 2


def _generic_only(term: str, rules: TermRules) -> bool:
    return _generic_only_cached(term, _longest_first(tuple(rules.generic)))


@functools.cache
def _longest_first(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(words, key=len, reverse=True))
