"""Commitments: the promises of a report's plan part, one per clause that opens with an action.

A clause of the plan part is a commitment when, after opening words (``我们要``), it
starts with modifiers and an action verb from the language's list (``纵深`` + ``推进``);
the rest of the clause is the object.  A clause that opens with a figure takes the
action of the clause before (``新建4家老年人日间服务中心，10家社区老年人助餐服务点``
is two commitments, both ``新建``).  How firm the action is — the verb's strength plus
its modifiers' — lets a comparison say a repeated promise got stronger or weaker.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from ..lang import CommitmentRules, Profile, mask_figures
from ..model import Commitment, Indicator, Report, Sentence
from ..normalize import fold
from .indicators import extract_indicators


def extract_commitments(
    report: Report, profile: Profile, indicators: Sequence[Indicator] | None = None
) -> tuple[Commitment, ...]:
    """The commitments of the plan part(s), in document order; ``()`` for a language without cues.

    ``indicators`` (the report's, if already read) give each commitment its figures.

    >>> from reportdiff import lang, parse
    >>> text = "各位代表：\\n一、2020年主要任务\\n纵深推进全国统一大市场建设。新建4家中心，10家助餐点。"
    >>> found = extract_commitments(parse(text, "2020.txt"), lang.profile("zh"))
    >>> [(c.action, c.object, c.strength, c.carried) for c in found]  # doctest: +NORMALIZE_WHITESPACE
    [('纵深推进', '全国统一大市场建设', 4, False), ('新建', '4家中心', 2, False),
     ('新建', '10家助餐点', 2, True)]
    """
    rules = profile.commitments
    if rules is None:
        return ()
    plan = {part.id for part in report.parts if part.part == "plan"}
    if not plan:
        return ()
    figures: dict[str, list[str]] = {}
    for indicator in extract_indicators(report, profile) if indicators is None else indicators:
        figures.setdefault(indicator.sentence_id, []).append(indicator.figure)
    reader = _Reader(rules, lambda text: commitment_key(text, profile.figure, rules.key_drop))
    found: list[Commitment] = []
    for sentence in report.sentences:
        if sentence.part_id in plan:
            found.extend(reader.read(sentence, figures.get(sentence.id, [])))
    return tuple(found)


def commitment_key(text: str, figure: re.Pattern[str], drop: re.Pattern[str]) -> str:
    """An object folded, the numbers of its figures masked (``figure``, the language's grammar),
    what ``drop`` matches (punctuation, spaces) dropped."""
    return drop.sub("", fold(mask_figures(text, figure)))


class _Reader:
    def __init__(self, rules: CommitmentRules, key: Callable[[str], str]) -> None:
        self.rules = rules
        self.key = key
        self.verbs = _Words(rules.verbs)
        self.adverbs = _Words(rules.adverbs)
        self.leads = _Words(rules.leads)
        self.framing = tuple(rules.framing)  # str.startswith tries a tuple's words in C

    def read(self, sentence: Sentence, sentence_figures: list[str]) -> list[Commitment]:
        found: list[Commitment] = []
        previous: Commitment | None = None
        first = sentence.clauses[0].text.strip(self.rules.marks) if sentence.clauses else ""
        if sentence.role == "heading" or self.rules.heading_number.match(first):
            return found  # （一）大力提振消费: a heading names a section, it promises nothing itself
        for clause in sentence.clauses:
            text = clause.text.strip(self.rules.marks)
            if self._framing(text):
                previous = None
                continue  # 聚焦工业母机等领域: frames the promises after it
            action = self._action(text)
            carried = False
            if action is None:
                if previous is None or not text[:1].isdigit():
                    previous = None
                    continue
                action = (0, previous.action, previous.verb, previous.strength)  # 新建4家…，10家…
                carried = True
            end, printed, verb, strength = action
            obj = text[end:].strip(self.rules.marks)
            if len(obj) < self.rules.min_object:
                previous = None
                continue
            previous = Commitment(
                id=clause.id,
                sentence_id=sentence.id,
                section_id=sentence.section_id,
                text=clause.text,
                action=printed,
                verb=verb,
                strength=strength,
                object=obj,
                key=self.key(obj),
                figures=tuple(f for f in sentence_figures if f in clause.text),
                carried=carried,
                span=clause.span,
            )
            found.append(previous)
        return found

    def _framing(self, text: str) -> bool:
        pos = 0
        while lead := self.leads.at(text, pos):
            pos += len(lead)
        return text.startswith(self.framing, pos)

    def _next_verb(self, text: str, end: int) -> str | None:
        """A second listed verb on the same object, as printed, after a joiner (``稳定和扩大``,
        ``落实、完善``); two verbs side by side are left apart (``落实促进``…政策 is one verb on
        a longer object)."""
        if text[end : end + 1] in self.rules.joiners and (more := self.verbs.at(text, end + 1)):
            return text[end] + more
        return None

    def _action(self, text: str) -> tuple[int, str, str, int] | None:
        """Where the action ends, the action as printed, its verb and strength; ``None`` if none.
        A short topic before ``要`` (``精准脱贫要``坚持现行标准) is passed over."""
        for marker in self.rules.topic_markers:
            at = text.find(marker, 1, self.rules.topic_chars + 1)
            if at > 0 and (found := self._action_at(text, at + len(marker), listed=True)) is not None:
                return found
        return self._action_at(text, 0)

    def _action_at(self, text: str, pos: int, listed: bool = False) -> tuple[int, str, str, int] | None:
        """The action from ``pos`` on; ``listed``: only a verb of the list (after a topic)."""
        while lead := self.leads.at(text, pos):
            pos += len(lead)
        start = pos
        delta = 0
        last_adverb = None
        while adverb := self.adverbs.at(text, pos):
            delta += self.rules.adverbs[adverb]
            pos += len(adverb)
            last_adverb = adverb
        verb = self.verbs.at(text, pos)
        if (
            verb is None
            and last_adverb is not None
            and not listed
            and (size := self.rules.verb_at(text[pos:]))
        ):
            verb = text[pos : pos + size]  # 坚决 + 打好: a verb the list lacks, after modifiers
        if verb is not None:
            end = pos + len(verb)
            strength = self.rules.verbs.get(verb, _ORDINARY)
            # 稳定和扩大, 落实、完善: two verbs on one object; 发挥好, 用好: a complement
            while more := self._next_verb(text, end):
                end += len(more)
                strength = max(strength, self.rules.verbs[more.lstrip("".join(self.rules.joiners))])
            if text[end : end + 1] in self.rules.complements and end + 1 < len(text):
                end += 1
            return end, text[start:end], verb, strength + delta
        if last_adverb is not None and last_adverb in self.rules.verbs:
            # 加快 is a modifier before a verb and a verb before a noun (加快数字中国建设)
            strength = self.rules.verbs[last_adverb] + delta - self.rules.adverbs[last_adverb]
            return pos, text[start:pos], last_adverb, strength
        return None


_ORDINARY = 2
"""The strength of a verb the list lacks."""


class _Words:
    """A word list looked up at a position, longest word first."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = set(words)
        self.lengths = sorted({len(w) for w in self.words}, reverse=True)

    def at(self, text: str, pos: int) -> str | None:
        """The longest listed word starting at ``pos``."""
        for length in self.lengths:
            if text[pos : pos + length] in self.words:
                return text[pos : pos + length]
        return None
