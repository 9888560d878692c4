"""A series' first mentions: each year's terms new to every earlier report, ranked with how
many later reports take them up (:class:`FirstMentions`, which a timeline fills year by year).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from operator import add

from ..extract.term_later import TakenUpBy, continued
from ..extract.terms import TermHistory, TermText, printed, ranked_terms
from ..lang import Profile
from ..model import Report, TermChange
from ..normalize import fold


class FirstMentions:
    """Each year's terms new to every earlier report of the series, with how many later
    reports use them, most notable first: notability (:func:`ranked_terms`) times one plus the
    reports right after it that keep using the term without a gap (at most ``KEPT_UP``), so
    a first mention the series takes up outranks a passing one, while a generic compound,
    which later reports use now and then, gains less, and a new coinage of the last years
    (no later report yet) still counts.
    One the later reports always continue the same way is part of a longer expression
    (:func:`~reportdiff.extract.term_later.continued`) and is left out.

    Years are added in order (:meth:`add`), each once its words are prepared: a year needs
    only its own words and the earlier years', and every report's text (read already)."""

    def __init__(self, ordered: Sequence[Report], profile: Profile, limit: int | None = None) -> None:
        self._ordered = ordered
        self._profile = profile
        self._texts = [_Text("\n".join(s.key for s in report.sentences)) for report in ordered]
        self._found: list[tuple[int, TermChange, int]] = []
        self._history = TermHistory()
        self._limit = limit if limit is not None else _term_limit(profile)  # Settings.max_terms
        # the candidates weighed: as many for a shorter list as for the default one, whose head it is
        self._deep = 5 * max(self._limit, _term_limit(profile))
        self._none = False  # a year without words (a language without term rules): no terms

    def add(self, k: int, words: TermText | None) -> None:
        """Year ``k``'s first mentions, from its words (years ``0 … k - 1`` added before)."""
        if self._none or words is None:
            self._none = True
            return
        report, texts, rules, limit = self._ordered[k], self._texts, self._profile.terms, self._limit
        if k:
            following = texts[k + 1 : k + 1 + KEPT_UP]  # a term they all use is taken up
            # the later reports' use stands in for the rules that tell a passing phrase from a term
            # (``ranked_terms``' ``later_use``); the last year has none, so those rules hold for it
            deep = ranked_terms(
                self._history.text(), words, self._profile, limit=self._deep, locate=False,
                later_use=bool(following),
                taken_up=TakenUpBy([(t.text, t.pairs) for t in following]) if following else None,
            )  # fmt: skip
            firsts = []
            for term in deep:
                key = fold(term.term)
                pairs = {key[i : i + 2] for i in range(len(key) - 1)}
                users = [n for n in range(k + 1, len(texts)) if texts[n].holds(key, pairs)]
                later = [texts[n].text for n in users]
                if later and rules is not None and continued(key, [words.folded, *later], rules):
                    continue  # the later reports always continue it: part of a longer expression
                kept = 0  # the reports right after this one that use it, without a gap
                while kept < len(users) and users[kept] == k + 1 + kept:
                    kept += 1
                weight = term.salience * (1 + min(kept, KEPT_UP))
                firsts.append((weight, len(users), term))
            firsts.sort(key=lambda item: (-item[0], item[2].term))
            located = [replace(term, sentence_ids=words.where(term.term)) for _, _, term in firsts[:limit]]
            shown = printed(located, {"new": report})
            for (_, later_use, _), term in zip(firsts[:limit], shown, strict=True):
                self._found.append((report.metadata.year or 0, term, later_use))
        self._history.add(words)

    def found(self) -> tuple[tuple[int, TermChange, int], ...]:
        """(year, term, how many later reports use it) of the years added."""
        return () if self._none else tuple(self._found)


KEPT_UP = 3
"""The most following reports that count for a first mention kept in use: beyond three years
in a row, long use says no more (the series' stock vocabulary is used every year too)."""


class _Text:
    """A report's folded text, with its two-character pieces to rule most terms out at once:
    a term is looked up in every other report of the series, and most are in none of them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pairs = set(map(add, text, text[1:]))  # joined in C, not sliced at each position

    def has(self, key: str) -> bool:
        """Whether ``key`` occurs in the text (most asked are two-character pieces)."""
        if len(key) == 2:
            return key in self.pairs
        return self.holds(key, {key[i : i + 2] for i in range(len(key) - 1)})

    def holds(self, key: str, pairs: set[str]) -> bool:
        """Whether ``key`` occurs in the text; ``pairs``: its two-character pieces."""
        return pairs <= self.pairs and key in self.text


def _term_limit(profile: Profile) -> int:
    return profile.terms.limit if profile.terms is not None else 0
