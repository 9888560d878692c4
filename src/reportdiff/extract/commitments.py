"""Commitments: the promises of a report's plan part, one per clause that opens with an action.

A clause of the plan part is a commitment when, after opening words (``我们要``), it
starts with modifiers and an action verb (``纵深`` + ``推进``); the rest of the clause is
the object.  The verb is one of the language's list, else one its dictionary knows
(``严禁``铺张浪费); the modifiers are listed adverbs and up to two words the dictionary
says may modify a verb (``系统``推进, ``提速``构建, ``改革``完善).  Two listed verbs side
by side share the object (``培育发展``县域经济) unless the second opens a noun's modifier.
A clause that states or judges (``实现这些目标很不容易``) is no commitment, nor one whose
"verb" was its subject (``经济发展``具有…).  A clause that opens with a figure takes the
action of the clause before (``新建4家老年人日间服务中心，10家社区老年人助餐服务点``
is two commitments, both ``新建``).  How firm the action is — the verb's strength plus
its modifiers' — lets a comparison say a repeated promise got stronger or weaker.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from typing import NamedTuple

from ..lang import CommitmentRules, Profile, mask_figures
from ..model import Commitment, Indicator, Report, Sentence, Span
from ..normalize import fold
from .commitment_figures import by_sentence, within
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
    if rules is None or not any(s.kind == "plan" for s in report.sentences):
        return ()
    figures = by_sentence(extract_indicators(report, profile) if indicators is None else indicators)
    quotes = tuple(opening for opening, _ in profile.indicators.quotes) if profile.indicators else ()
    key = partial(commitment_key, figure=profile.figure, drop=rules.key_drop)
    reader = _Reader(rules, key, profile.figure, quotes)
    plan = (s for s in report.sentences if s.kind == "plan")
    return tuple(c for sentence in plan for c in reader.read(sentence, figures.get(sentence.id, [])))


def withdrawn(commitment: Commitment, rules: CommitmentRules) -> bool:
    """Whether a promise undoes its action (``不再``坚持…, ``停止``实施…:
    ``CommitmentRules.withdrawals`` before the verb).

    >>> from reportdiff import lang, parse
    >>> zh = lang.profile("zh")
    >>> report = parse("各位代表：\\n一、2020年主要任务\\n不再新增超采区。坚持区域协调发展机制。", "2020.txt")
    >>> [withdrawn(c, zh.commitments) for c in extract_commitments(report, zh)]
    [True, False]
    """
    before = commitment.action[: commitment.action.rfind(commitment.verb)]
    return any(word in before for word in rules.withdrawals)


def commitment_key(text: str, figure: re.Pattern[str], drop: re.Pattern[str]) -> str:
    """An object folded, the numbers of its figures masked (``figure``, the language's grammar),
    what ``drop`` matches (punctuation, spaces) dropped."""
    return drop.sub("", fold(mask_figures(text, figure)))


class _Action(NamedTuple):
    end: int
    """Where the action ends in the clause (the object follows)."""
    printed: str
    """The action as printed, modifiers included."""
    verb: str
    strength: int
    emphasis: int | None
    """The modifiers' part of the strength; ``None`` with a modifier the lists lack."""
    loose: int
    """0, or 1 when a word the lists lack was read (a modifier, or the verb from the
    dictionary), 2 when a noun was read as a modifier: the object must then open as one (2:
    not with a verb either), as a subject before a verb reads the same way (``经济发展``具有…)."""


class _Reader:
    def __init__(
        self,
        rules: CommitmentRules,
        key: Callable[[str], str],
        figure: re.Pattern[str],
        quotes: Sequence[str],
    ) -> None:
        self.rules, self.key, self.figure = rules, key, figure
        """A figure (``Profile.figure``): an object that is one and no more promises nothing."""
        self.quotes = tuple(quotes)
        """Opening quotes: a quoted numbered name (``“四风”``) is more than a figure."""
        self.verbs = _Words(rules.verbs)
        self.adverbs = _Words(rules.adverbs)
        self.leads = _Words(rules.leads)
        self.framing = tuple(rules.framing)  # str.startswith tries a tuple's words in C
        self.heads = tuple(rules.heads)
        self.determiners = tuple(rules.determiners)
        self.prohibitions = tuple(rules.prohibitions)
        self.noun_joiners = tuple(rules.noun_joiners)
        self.attributes = tuple(rules.attributes)
        self.not_topic = tuple(rules.not_topic_markers)

    def read(self, sentence: Sentence, sentence_figures: list[tuple[str, Span]]) -> list[Commitment]:
        found: list[Commitment] = []
        previous: Commitment | None = None
        first = sentence.clauses[0].text.strip(self.rules.marks) if sentence.clauses else ""
        if sentence.role == "heading" or self.rules.heading_number.match(first):
            return found  # （一）大力提振消费: a heading names a section, it promises nothing itself
        conditional = self.rules.conditional([clause.text for clause in sentence.clauses])
        for k, clause in enumerate(sentence.clauses):
            text = clause.text.strip(self.rules.marks)
            if k in conditional or self._framing(text):  # 只要…就: a condition, promising nothing
                previous = None
                continue  # 聚焦工业母机等领域: frames the promises after it
            action = self._action(text)
            carried = False
            if action is None:
                if previous is None or not text[:1].isdigit():
                    previous = None
                    continue
                # 新建4家…，10家…
                action = _Action(0, previous.action, previous.verb, previous.strength, previous.emphasis, 0)
                carried = True
            obj = text[action.end :].strip(self.rules.marks)
            if (
                len(obj) < self.rules.min_object
                or self._figure_only(obj)
                or (action.loose and not self.rules.opens_object(obj, action.loose > 1))
                or self.rules.statement(action.verb, obj)
            ):
                previous = None
                continue
            previous = Commitment(
                id=clause.id,
                sentence_id=sentence.id,
                section_id=sentence.section_id,
                text=clause.text,
                action=action.printed,
                verb=action.verb,
                strength=action.strength,
                object=obj,
                key=self.key(obj),
                figures=within(sentence_figures, clause.span),
                carried=carried,
                span=clause.span,
                emphasis=action.emphasis,
            )
            found.append(previous)
        return found

    def _figure_only(self, obj: str) -> bool:
        """Whether an object is a figure and no more than a word of what it counts: the clause
        states a figure of what the clause before named (…财政收入达到24.8亿元: ``达到`` |
        ``24.8亿元``; ``增长18.6%``), which promises nothing of its own.  Not a quoted name."""
        first = self.figure.search(obj)
        if first is None or first.start() > 1 or obj.startswith(self.quotes):
            return False
        rest = self.figure.sub("", obj)
        if rest.strip(self.rules.marks) in self.rules.counted_parts:
            return True  # 突出抓好三个方面: a lead-in to what follows
        if len(first[0]) < 2:
            return False  # 统一: a numeral inside a word is no figure opening the object
        return sum(c.isalpha() for c in rest) < 2

    def _framing(self, text: str) -> bool:
        pos = 0
        while lead := self.leads.at(text, pos):
            pos += len(lead)
        return text.startswith(self.framing, pos)

    def _next_verb(self, text: str, end: int) -> tuple[int, str] | None:
        """A second verb on the same object after a joiner (``稳定和扩大``, ``落实、完善``,
        ``防止和纠正``, ``执行并逐步完善``, ``争取并高效用好``): where it ends, and the verb."""
        if text[end : end + 1] not in self.rules.joiners:
            return None
        pos = end + 1
        while adverb := self.adverbs.at(text, pos):
            pos += len(adverb)
        size, noun = self.rules.modifier_at(text[pos:])
        if size and not noun and not self.verbs.at(text, pos) and self.verbs.at(text, pos + size):
            pos += size  # 争取并 + 高效 + 用好: a modifier the lists lack before a listed verb
        more = self.verbs.at(text, pos)
        if more is None and (size := self.rules.verb_at(text[pos:], False)):
            more = text[pos : pos + size]
        return (pos + len(more), more) if more and not self._opens_noun(text, pos + len(more)) else None

    def _second_verb(self, text: str, end: int, first: str) -> str | None:
        """A listed verb right after the first that shares its object (``培育发展``县域经济,
        ``制定实施``实现碳达峰行动方案): a word of its own and not a modifier of what follows
        (``坚持`` + ``统筹``…), before an object of more than ``min_object`` characters.  It
        stays in the object where it opens a clause that modifies a noun (``落实``促进…发展的
        法律法规), names what a generic head is about after a verb that takes one (``实施``降低
        物流成本行动; not ``推进扩大``…试点, nor a second verb that acts on the head itself:
        ``制定实施``…计划), or is a verb
        used as a noun before another verb or a short object (``开展``服务保障…, ``提升``服务
        质效); a verb after it shows it is a verb (``巩固拓展``深入贯彻…成果)."""
        second = self.verbs.at(text, end)
        if second is None or second in self.rules.adverbs or self.rules.longer_word(text[end:], len(second)):
            return None  # 坚持 + 统筹…: a modifier of what follows; 支持 + 服务业: part of a word
        rest = text[end + len(second) :].strip(self.rules.marks)
        if len(rest) <= self.rules.min_object or text.startswith(self.attributes, end):
            return None  # 着力提升 + 发展质量效益: 发展质量 names the object
        if self._opens_noun(text, end + len(second)):
            return None  # 加大 + 改善性住房供应: the second "verb" opens a noun
        verb = self.rules.verb_at(text[end:], False) == len(second)
        opens_verb = self.verbs.at(rest, 0) or self.rules.verb_at(rest, False)
        if verb and (opens_verb or rest.startswith(self.determiners)):
            return second  # 巩固拓展 + 深入贯彻…, 防范打击 + 各种…活动
        if (self.rules.verb_at(rest, True) and self.rules.longer_word(rest, 1)) or (
            self.rules.relative and self.rules.relative in rest
        ):
            return None  # 发展 + 服务消费: verbs used as nouns make one name (not 涉 + 众型…)
        if not verb and not self.rules.longer_word(rest, 1):
            return None  # 完成 + 营造林…: a one-character word after a verb used as a noun
        if not rest.strip(self.rules.closing).endswith(self.heads) or second in self.rules.head_builders:
            return second  # 制定实施 + …计划, 建立完善 + …体系: both act on the head
        return None if first in self.rules.head_takers else second  # 推进扩大 + …试点

    def _action(self, text: str) -> _Action | None:
        """The action of a clause, ``None`` if none.  A short topic before ``要``
        (``精准脱贫要``坚持现行标准) is passed over; not one before a ``要`` of a word that never
        ends a topic (保持``必要``支持力度: the action is 保持)."""
        for marker in self.rules.topic_markers:
            at = text.find(marker, 1, self.rules.topic_chars + 1)
            if at <= 0 or text.endswith(self.not_topic, 0, at + len(marker)):
                continue
            # 各级政府要 + 切实负起…: a marker of its own, not in 主要, 要素, reads what follows freely
            listed = not self._word(text, at, marker)
            if (found := self._action_at(text, at + len(marker), listed)) is not None:
                return found
        return self._action_at(text, 0)

    def _word(self, text: str, at: int, word: str) -> bool:
        """Whether ``word`` at ``at`` is a word of its own, not part of one before or after it."""
        longer = self.rules.longer_word
        return not longer(text[at:], len(word)) and not longer(text[at - 1 :], 1)

    def _action_at(self, text: str, pos: int, listed: bool = False) -> _Action | None:
        """The action from ``pos`` on; ``listed``: only words of the lists (after a ``要`` that
        may be part of a word).

        Modifiers come first (:meth:`_modifiers`).  The verb is a listed one, else the
        dictionary's (``严禁``铺张浪费); where none follows the modifiers, the last one the
        lists lack may be it (``创新``乡村振兴投融资机制), and a listed adverb that is also a
        verb is it before a noun (``加快``数字中国建设)."""
        while lead := self.leads.at(text, pos):
            pos += len(lead)
            # 将 + 健康融入…: a lead that may be a preposition, only listed words after it
            listed = listed or lead in self.rules.prepositional_leads
        start = pos
        read, pos = self._modifiers(text, pos, listed)
        if all(m.adverb for m in read):  # 新 + 培育…企业10家 (not 贯彻 + 新发展理念: a verb read before)
            pos += self._newly(text, pos)
        verb = self.verbs.at(text, pos)
        if verb is not None and self.rules.longer_word(text[pos:], len(verb)):
            derived = not self.rules.longer_word(text[pos:], len(verb) + 1)
            if derived or any(not m.adverb for m in read):
                verb = None  # 服务业, 拓宽 + 保障性住房: the listed word opens a longer one
        dictionary = False
        # 打赢 + 脱贫…, 规划 + 应对…: after a verb or a noun the lists lack, only a listed verb
        open_verb = verb is None and not listed and not (read and (read[-1].verbal or read[-1].noun))
        if open_verb and (size := self.rules.verb_at(text[pos:], self._loose(read))):
            verb, dictionary = text[pos : pos + size], True  # 严禁铺张浪费, 坚决 + 纠治
        if verb is not None and self._opens_noun(text, pos + len(verb)):
            verb = None  # 保护 + 主义加剧, 加大 + 改善 + 性住房供应: the "verb" opens a noun
        while verb is None and read and read[-1].adverb not in self.rules.verbs:
            # 创新 + 乡村振兴…, 防范化解 + 重点领域风险: a word read as a modifier is the verb,
            # or opens the object
            popped = read.pop()
            pos = popped.at
            if popped.adverb or (read and read[-1].noun):
                continue  # 企业 + 退休人员…: a noun before the word is its subject
            size = self.rules.verb_at(text[pos:], self._loose(read))
            if size and not self._opens_noun(text, pos + size):  # not 输入 + 性通货膨胀…
                verb, dictionary = text[pos : pos + size], True
        if verb is not None and verb in self.rules.not_actions:
            return None
        delta = sum(self.rules.adverbs[m.adverb] for m in read if m.adverb)
        unknown = any(not m.adverb for m in read)
        loose = 2 if any(m.noun for m in read) else 1 if unknown or dictionary else 0  # a noun: a subject?
        if verb is None:
            if not read:
                return None
            # 加快 is a modifier before a verb and a verb before a noun (加快数字中国建设)
            verb = read[-1].adverb
            delta -= self.rules.adverbs[verb]
            strength = self.rules.verbs[verb]
            emphasis = None if unknown else delta + min(0, strength - _ORDINARY)
            pos = self._complement(text, pos)  # 统筹 + 好: the verb's complement, not its object
            return _Action(pos, text[start:pos], verb, strength + delta, emphasis, loose)
        end = pos + len(verb)
        strength = self.rules.verbs.get(verb, _ORDINARY)
        if verb in self.rules.verbs and (second := self._second_verb(text, end, verb)):
            end += len(second)  # 培育发展: two verbs, one action
        # 稳定和扩大, 落实、完善: two verbs on one object; 发挥好, 用好: a complement
        while joined := self._next_verb(text, end):
            end, more = joined
            strength = max(strength, self.rules.verbs.get(more, _ORDINARY))
            dictionary = dictionary or more not in self.rules.verbs
        verbal = next((k for k, m in enumerate(read) if m.adverb in self.rules.verbs), None)
        named = text.startswith(self.attributes, end - len(verb))  # 加快 + 发展方式…
        if verbal is not None and (text.startswith(self.noun_joiners, end) or named):
            # 统筹 + 高质量发展和高水平安全: a noun joined after the "verb" shows it was the first
            # of two objects (加快 + 发展方式…: an attribute of it, its name), and the listed verb
            # read as a modifier before it is the action
            verb, end, read = read[verbal].adverb, read[verbal].at + len(read[verbal].adverb), read[:verbal]
            delta = sum(self.rules.adverbs[m.adverb] for m in read if m.adverb)
            unknown = any(not m.adverb for m in read)
            strength = self.rules.verbs[verb]
        end = self._complement(text, end)
        # a modifier the lists lack has no known weight (系统推进): no emphasis to compare; a verb
        # they lack has none either, which the comparison sees in its verb (严禁)
        emphasis = None if unknown else delta + min(0, strength - _ORDINARY)
        return _Action(end, text[start:end], verb, strength + delta, emphasis, loose)

    def _newly(self, text: str, pos: int) -> int:
        """How long a word saying the work is new stands at ``pos`` before a listed verb
        (``CommitmentRules.newly``: ``新``培育), 0 if none, or if it makes a word (新建, 新型)."""
        word = next((w for w in self.rules.newly if text.startswith(w, pos)), "")
        if not word or self.verbs.at(text, pos) is not None or self.rules.longer_word(text[pos:], len(word)):
            return 0
        return len(word) if self.verbs.at(text, pos + len(word)) is not None else 0

    def _opens_noun(self, text: str, end: int) -> bool:
        """Whether a noun suffix of its own follows a verb ending at ``end`` (保护 + ``主义``)."""
        suffix = next((s for s in self.rules.noun_suffixes if text.startswith(s, end)), None)
        return suffix is not None and not self.rules.longer_word(text[end:], len(suffix))

    def _complement(self, text: str, end: int) -> int:
        """Where an action ends with the complement closing its verb, if one (``用好``; ``凝聚起``
        + 磅礴力量, but not 抓紧 + ``起草``…: ``CommitmentRules.word_complements``)."""
        if end + 1 >= len(text):
            return end
        if text[end] in self.rules.complements:
            return end + 1
        if text[end] in self.rules.word_complements and not self.rules.longer_word(text[end:], 1):
            return end + 1
        return end

    def _loose(self, read: list[_Modifier]) -> bool:
        """Whether the dictionary may show a verb loosely after these modifiers: after a listed
        adverb, not after a word that is a verb itself (``加快``学前教育, 打好``污染``防治: a noun
        after a verb is its object) nor after one the lists lack (更好担负起 + ``新``时代)."""
        return bool(read) and read[-1].adverb != "" and read[-1].adverb not in self.rules.verbs

    def _modifiers(self, text: str, pos: int, listed: bool) -> tuple[list[_Modifier], int]:
        """The modifiers from ``pos`` on and where they end: listed adverbs, and up to
        ``unlisted_modifiers`` words the dictionary says may modify a verb (``系统``推进,
        ``提速``构建, ``改革``完善), at most one a noun and none after a verb (``创新`` +
        ``乡村``振兴: the verb's object); a verb the lists lack ends them."""
        read: list[_Modifier] = []
        while True:
            if read and self._adverbial(text, pos):
                pos += len(self.rules.adverbial)  # 坚定不移地: the mark closes the modifier
            if read and self._joined(text, pos):
                pos += len(self.rules.list_mark)  # 完整、准确、全面贯彻: modifiers listed for one verb
            if adverb := self.adverbs.at(text, pos):
                read.append(_Modifier(pos, adverb, False))
                size, noun = self.rules.modifier_at(text[pos:])
                rest = text[pos + len(adverb) : pos + size]
                verb = rest in self.rules.verbs or self.rules.verb_at(rest, False) == len(rest)
                whole = size > len(adverb) and not noun and not verb  # 全力以赴, not 全面落实
                pos += size if whole else len(adverb)
                continue
            unlisted = [m for m in read if not m.adverb]
            if listed or self.verbs.at(text, pos) or len(unlisted) >= self.rules.unlisted_modifiers:
                return read, pos
            if text.startswith(self.prohibitions, pos):
                return read, pos  # 严禁 + 新建…: it forbids what follows, the verb included
            if read and read[-1].adverb in self.rules.verbs:
                return read, pos  # 加快 + 学前教育, 统筹 + 安排: after a verb, its object or a verb
            size, noun = self.rules.modifier_at(text[pos:])
            if not size or (noun and unlisted) or text[pos : pos + size] in self.rules.not_actions:
                return read, pos  # 创新 + 乡村振兴: a noun after a verb is its object
            verbal = self.rules.verb_at(text[pos:], False) == size
            read.append(_Modifier(pos, "", noun, verbal))
            pos += size
            if verbal:
                return read, pos  # 融入 + 高质量共建…: a verb modifies only the verb right after it

    def _joined(self, text: str, pos: int) -> bool:
        """Whether the mark listing modifiers stands at ``pos`` before one: a listed adverb, or a
        short word that may modify a verb and is no noun, no verb (not ``抢抓`` of 坚定信心、抢抓机遇)."""
        joint, at = self.rules.list_mark, pos + len(self.rules.list_mark)
        if not joint or not text.startswith(joint, pos):
            return False
        size, noun = self.rules.modifier_at(text[at:])
        verbal = self.verbs.at(text, at) or self.rules.verb_at(text[at:], False) == size
        return bool(self.adverbs.at(text, at)) or (0 < size <= 3 and not noun and not verbal)

    def _adverbial(self, text: str, pos: int) -> bool:
        """Whether the adverbial mark stands at ``pos`` as a word of its own (not ``地方``)."""
        mark = self.rules.adverbial
        return bool(mark) and text.startswith(mark, pos) and not self.rules.longer_word(text[pos:], len(mark))


class _Modifier(NamedTuple):
    at: int
    """Where it starts in the clause."""
    adverb: str
    """The listed adverb it is, or ``""`` for a word the lists lack."""
    noun: bool
    """Whether the dictionary takes it for a noun (it may be the subject instead)."""
    verbal: bool = False
    """Whether the dictionary takes it for a verb (``提速``构建, ``打好``…)."""


_ORDINARY = 2
"""The strength of a verb the list lacks."""


class _Words:
    """A word list looked up at a position, longest word first."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = set(words)
        self.lengths = sorted({len(w) for w in self.words}, reverse=True)
        self.firsts = frozenset(w[:1] for w in self.words)
        """Their first characters (most positions open no listed word: one look-up says so)."""

    def at(self, text: str, pos: int) -> str | None:
        """The longest listed word starting at ``pos``."""
        if text[pos : pos + 1] not in self.firsts:
            return None
        for length in self.lengths:
            if text[pos : pos + length] in self.words:
                return text[pos : pos + length]
        return None
