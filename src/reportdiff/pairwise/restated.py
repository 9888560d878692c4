"""Promises the other report makes again in words it never read as a promise.

A commitment left without a partner is new (or dropped) only if the other report does not say
it: but a section heading of the plan (``（三）因地制宜发展新质生产力，…``) is no commitment
(headings are titles), a closing line neither, and a sentence may be read otherwise there (its
verb unknown, the words inside a longer object).  So the action and object, as printed, are
looked for in the other report's plan, its headings and the closing after it, ending where a
word can end (``推进改革`` is not in ``推进改革开放``) and, if short, opening a clause or after an
adverb of promise (``着力``/扩大国内需求); found, the promise is repeated there (paired with what
was read in that clause, if that holds it).  Not in the review: a plan's promise the next
review reports done is still dropped from the plan, and a promise the old review reported is
new as a promise.  Nor in an opening part before the plan, which speaks of the past.  How long
"short" is: ``Settings.restated_chars``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property

from ..lang import CommitmentRules
from ..model import Clause, Commitment, Report, Sentence


@dataclass(frozen=True, slots=True)
class Restated:
    """Where a commitment's words stand in the other report."""

    sentence: Sentence
    """The sentence holding them."""
    clause: Clause
    """The clause they start in."""
    verb: str = ""
    """Where only the object stands there, after another of the language's verbs
    (:func:`reworded`): that verb; ``""`` where the action and object do."""


@dataclass(frozen=True, slots=True)
class SaidAgain:
    """What :func:`said_again` adds to a pairing of two reports' commitments."""

    links: dict[int, tuple[int, float]] = field(default_factory=dict)
    """A new commitment (by position) with no partner, paired with the old one read in the
    clause that says its words (and its score)."""
    more: dict[int, list[int]] = field(default_factory=dict)
    """An old commitment with no partner, added to the partners of a new one already paired,
    read in the clause that says its words."""
    old_words: dict[int, Commitment] = field(default_factory=dict)
    """A new commitment with no partner and the old report's clause that says its words, where
    no commitment was read."""
    new_words: dict[int, Commitment] = field(default_factory=dict)
    """An old commitment with no partner and the new report's clause that says its words,
    where no commitment was read."""


def said_again(
    old: Sequence[Commitment],
    new: Sequence[Commitment],
    reports: tuple[Report, Report],
    links: Mapping[int, tuple[int, float]],
    more: Mapping[int, Sequence[int]],
    rules: CommitmentRules | None,
    alone: int,
) -> SaidAgain:
    """The commitments ``links`` (new to old) and ``more`` (further old partners) leave alone
    that the other report says again (:func:`restated`, by the language's ``rules``; ``alone``:
    ``Settings.restated_chars``),
    each paired with the commitment read in the clause that says it, or with that clause.  Both
    sides are looked up before either is paired, so that the pairing of the reports the other way
    round is this one mirrored."""
    paired = {i for i, _ in links.values()} | {i for others in more.values() for i in others}
    lone_new = [j for j in range(len(new)) if j not in links]
    lone_old = [i for i in range(len(old)) if i not in paired]
    in_old = _said(new, lone_new, reports[0], rules, alone)
    in_new = _said(old, lone_old, reports[1], rules, alone)
    old_at = {c.id: i for i, c in reversed(list(enumerate(old)))}
    new_at = {c.id: j for j, c in reversed(list(enumerate(new)))}
    found = SaidAgain()
    for n, place in in_old.items():
        j = lone_new[n]
        there = old_at.get(place.clause.id)
        if there is None:
            found.old_words[j] = standing_in(new[j], place, rules)
        elif _holds(old[there], new[j], alone, place.verb):
            found.links[j] = (there, _share(old[there], new[j]))
    for n, place in in_new.items():
        i = lone_old[n]
        here = new_at.get(place.clause.id)
        if here is None:
            found.new_words[i] = standing_in(old[i], place, rules)
            continue
        if not _holds(new[here], old[i], alone, place.verb):
            continue  # read there as another promise, in whose words these stand
        partner = links.get(here) or found.links.get(here)
        if partner is None:
            found.links[here] = (i, _share(old[i], new[here]))
        elif partner[0] != i:
            found.more.setdefault(here, []).append(i)
    return found


def _said(
    items: Sequence[Commitment], lone: Sequence[int], other: Report, rules: CommitmentRules | None, alone: int
) -> dict[int, Restated]:
    """Where ``other`` says again each of ``items`` at positions ``lone`` (by their place in
    ``lone``): its action and object (:func:`restated`), else its object after another verb
    (:func:`reworded`)."""
    lone_items = [items[k] for k in lone]
    found = restated(lone_items, other, rules, alone)
    rest = [n for n in range(len(lone)) if n not in found]
    again = reworded([lone_items[n] for n in rest], other, rules, alone // 2)
    found.update({rest[m]: place for m, place in again.items()})
    return found


def _holds(reading: Commitment, item: Commitment, alone: int, verb: str = "") -> bool:
    """Whether the commitment read in a clause holds ``item``'s words (the same promise, read
    wider or narrower there), not another promise beside them (``增加|对…改善民生…的支出``);
    where only the object was found there, after ``verb``, whether it is read with that verb
    and that object."""
    if verb:
        return reading.verb == verb and reading.object == item.object
    words, read = item.action + item.object, reading.action + reading.object
    if words == read:
        return True
    # a few words inside another reading may be another promise's (改善民生 in 增加…支出)
    return len(words) >= alone and (words in read or reading.object in item.object)


def _share(a: Commitment, b: Commitment) -> float:
    """How much of the longer object the shorter is, 0–100."""
    shorter, longer = sorted((len(a.key), len(b.key)))
    return 100.0 * shorter / longer if longer else 100.0


def restated(
    commitments: Sequence[Commitment], other: Report, rules: CommitmentRules | None, alone: int
) -> dict[int, Restated]:
    """Each of ``commitments`` (by position) whose action and object, as printed and in one
    run (an action carried from the clause before is not), stand in ``other``'s plan or
    closing and end at a mark, or, ``alone`` characters or more, where the language's
    dictionary ends a word (``CommitmentRules.word_ends``: ``保持宏观政策连续性``/稳定性可持续性,
    ``实施稳健的财政政策``/和稳健的货币政策) but not before the mark of a relative clause
    (``CommitmentRules.relative``: ``构建社会主义和谐社会``/的战略思想 names a thought, it does
    not promise), and not as a purpose whose groundwork is what is promised
    (``CommitmentRules.purposes``, ``groundwork``: 为/``实现“十五五”良好开局``/打牢基础): where, at
    their first such place."""
    if rules is None:
        return {}  # a language without commitment cues reads no commitments to look for
    adverbs, word_ends, relative = rules.adverbs.keys(), rules.word_ends, rules.relative
    purposes, groundwork = tuple(rules.purposes), tuple(rules.groundwork)
    # a clause's marks, not those joining a list's items (为实现…开局、努力把…打牢基础)
    stops = frozenset(rules.marks + "\n") - set(rules.joiners)
    plan = _Plan(other, rules.list_mark)
    joined, kept, bare = plan.joined, plan.kept, plan.bare
    found: dict[int, Restated] = {}
    for n, item in enumerate(commitments):
        if item.carried or not item.object:
            continue
        words = item.action + item.object
        words = words.replace(rules.list_mark, "") if rules.list_mark else words
        found_at = bare.find(words)
        while found_at >= 0:
            at, end = kept[found_at], kept[found_at + len(words) - 1] + 1
            long = len(words) >= alone
            ends = end == len(joined) or not joined[end].isalnum()
            ends = ends or (
                long
                and not (relative and joined.startswith(relative, end))
                and word_ends(joined, end)
            )
            # a few words (优化机制) may end a longer name (调整优化机制): then they must open a
            # clause, or follow one of the language's adverbs of promise (着力/扩大国内需求)
            # 为实现…开局(、努力把…)打牢基础: the groundwork of a purpose is promised, not the purpose
            purpose = joined.endswith(purposes, 0, at) and _lays(joined, end, groundwork, stops)
            if ends and not purpose and (long or _opens(joined, at, adverbs)):
                found[n] = plan.at(at)
                break
            found_at = bare.find(words, found_at + 1)
    return found


def reworded(
    commitments: Sequence[Commitment], other: Report, rules: CommitmentRules | None, least: int
) -> dict[int, Restated]:
    """Each of ``commitments`` (by position) whose object alone, ``least`` characters or more,
    stands in ``other``'s plan or closing right after another of the language's verbs
    (``CommitmentRules.verbs``) and ends a clause there: the same promise made with another
    verb (``启动医疗卫生强基工程`` / 三是``深化医疗卫生强基工程``), where, at its first such
    place, with that verb.  The object must end a clause there: one going on past its words
    names something longer (``建成包银高铁``/银川至巴彦浩特支线), and one before the list mark
    heads a list whose name may end later (``加强人才培养`` / ``完善人才培养、任用、评价、激励
    机制``): neither is read."""
    if rules is None or not rules.verbs:
        return {}
    verbs = tuple(sorted(rules.verbs, key=len, reverse=True))
    # the marks ending a clause: not the list mark, nor those joining two verbs or items
    ends = frozenset(rules.marks + "\n") - set(rules.joiners) - {rules.list_mark}
    plan = _Plan(other, rules.list_mark)
    text = plan.joined
    found: dict[int, Restated] = {}
    for n, item in enumerate(commitments):
        words = item.object
        if len(words) < least or _served(item.text, item.text.find(item.verb), item.verb, rules):
            continue  # a goal it serves (更好服务|转型发展): no work of its own to find again
        at = text.find(words)
        while at >= 0:
            end = at + len(words)
            verb = next((v for v in verbs if text.endswith(v, 0, at)), "")
            served = verb and _served(text, at - len(verb), verb, rules)
            if verb and (end == len(text) or text[end] in ends) and not served:
                found[n] = replace(plan.at(at - len(verb)), verb=verb)
                break
            at = text.find(words, at + 1)
    return found


def _served(text: str, at: int, verb: str, rules: CommitmentRules) -> bool:
    """Whether the verb at ``at`` makes its object a goal served, not a work promised: a verb of
    serving (``CommitmentRules.serving``: 更好``服务``转型发展), or one of supporting after a means
    opening its clause (``CommitmentRules.means``, ``supporting``: ``以``高水平安全``保障``高质量发展)."""
    if verb in rules.serving:
        return True
    if verb not in rules.supporting:
        return False
    start = at
    while start > 0 and text[start - 1] not in rules.marks and text[start - 1] != "\n":
        start -= 1
    return any(text.startswith(word, start) for word in rules.means)


class _Plan:
    """The sentences of a report's plan and closing, joined by line breaks, to look words up in
    (an opening part before the plan speaks of the past, a closing does not)."""

    def __init__(self, report: Report, list_mark: str) -> None:
        self.sentences: list[Sentence] = []
        planned = False
        for s in report.sentences:
            planned = planned or s.kind == "plan"
            if s.kind == "plan" or (planned and s.kind == "other"):
                self.sentences.append(s)
        self.joined = "\n".join(s.text for s in self.sentences)
        self.list_mark = list_mark
        self.starts = [0]
        for s in self.sentences[:-1]:
            self.starts.append(self.starts[-1] + len(s.text) + 1)

    @cached_property
    def kept(self) -> list[int]:
        """Where each character of :attr:`bare` is in :attr:`joined`."""
        return [k for k, ch in enumerate(self.joined) if ch != self.list_mark]

    @cached_property
    def bare(self) -> str:
        """:attr:`joined` without the list mark (降碳、减污、扩绿、增长 is looked for in 降碳减污扩绿增长)."""
        return "".join(self.joined[k] for k in self.kept)

    def at(self, offset: int) -> Restated:
        """The sentence and clause at ``offset`` of :attr:`joined`."""
        k = bisect_right(self.starts, offset) - 1
        return Restated(self.sentences[k], _clause_at(self.sentences[k], offset - self.starts[k]))


def _lays(text: str, at: int, groundwork: tuple[str, ...], stops: frozenset[str]) -> bool:
    """Whether a word of ``groundwork`` follows ``at`` before a mark of ``stops`` (为实现…良好开局、
    努力把海南自由贸易港…``打牢``基础: the purpose is a list, its groundwork after the last item)."""
    end = at
    while end < len(text) and text[end] not in stops:
        end += 1
    return any(word in text[at:end] for word in groundwork)


def _opens(text: str, at: int, adverbs: Collection[str]) -> bool:
    """Whether ``text[at:]`` opens a clause or follows an adverb of ``adverbs``."""
    return at == 0 or not text[at - 1].isalnum() or any(text.endswith(a, 0, at) for a in adverbs)


def _clause_at(sentence: Sentence, offset: int) -> Clause:
    """The clause of ``sentence`` its text's ``offset`` falls in (the last one if the
    clauses' texts cannot be placed in the sentence's)."""
    at = 0
    for clause in sentence.clauses:
        where = sentence.text.find(clause.text, at)
        if where < 0:
            break
        if offset < where + len(clause.text):
            return clause
        at = where + len(clause.text)
    return sentence.clauses[-1]


def standing_in(item: Commitment, place: Restated, rules: CommitmentRules | None = None) -> Commitment:
    """``item`` as the clause ``place`` says it again: the same action and object there, or the
    same object after the verb found there (its strength the language's for that verb; its
    modifiers unread, so a change of strength is not told: ``emphasis`` ``None``)."""
    clause, sentence = place.clause, place.sentence
    moved = replace(
        item, id=clause.id, sentence_id=sentence.id, section_id=sentence.section_id, text=clause.text,
        carried=False, span=clause.span,
    )  # fmt: skip
    if not place.verb or rules is None:
        return moved
    strength = rules.verbs.get(place.verb, item.strength)
    return replace(moved, action=place.verb, verb=place.verb, strength=strength, emphasis=None)
