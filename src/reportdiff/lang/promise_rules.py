"""The rule record for commitments: what a language says when it promises.

:mod:`reportdiff.extract.commitments` reads a clause's action and object with it and
:mod:`reportdiff.pairwise.promises` pairs the objects of two reports; the words and the
dictionary look-ups behind each field live in the language's package (``zh/promises.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass


def _no_verb(text: str, after_modifier: bool) -> int:
    return 0


def _no_modifier(text: str) -> tuple[int, bool]:
    return 0, False


def _never(verb: str, obj: str) -> bool:
    return False


def _any_object(obj: str, after_noun: bool) -> bool:
    return True


def _no_longer_word(text: str, size: int) -> bool:
    return False


def _mark_ends(text: str, at: int) -> bool:
    return at == len(text) or not text[at].isalnum()


@dataclass(frozen=True, slots=True)
class CommitmentRules:
    """What a language says when it promises: the data :mod:`reportdiff.extract.commitments` applies."""

    verbs: Mapping[str, int]
    """Action verbs a commitment opens with → strength (1 tentative, 2 ordinary, 3 emphatic)."""
    adverbs: Mapping[str, int]
    """Words before the verb → how much stronger (+) or weaker (-) they make it."""
    leads: Sequence[str]
    """Words opening a clause before its action (``我们要``)."""
    min_object: int
    """Fewest characters an object needs to be one."""
    marks: str
    """Spaces and punctuation stripped from the edges of a clause and an object."""
    heading_number: re.Pattern[str]
    """A heading's number opening a clause (``（一）``), dropped before the action is read."""
    key_drop: re.Pattern[str]
    """Characters dropped from an object's matching key (punctuation, quotes, spaces)."""
    joiners: Sequence[str]
    """Marks joining two verbs on one object (``稳定和扩大``)."""
    complements: Sequence[str]
    """Complements closing a verb (``用好``), kept with the action."""
    word_complements: Sequence[str] = ()
    """Complements that also open words of their own (``起``: 凝聚``起`` + 磅礴力量, but 抓紧 +
    ``起草``…): kept with the action only where the dictionary reads them as a word alone."""
    newly: Sequence[str] = ()
    """Words saying the work is new this year, read before a listed verb whose word they do not
    make (``新``培育科技领军企业10家: 新建, 新增 are verbs of their own, 新型 a word)."""
    noun_suffixes: Sequence[str] = ()
    """Words that make a noun or an attribute of the word before them (``主义``, ``性``): a verb
    they follow opens a noun (保护``主义``加剧, 输入``性``通货膨胀), no action, unless they open a
    longer word themselves (消除 + ``性别``歧视)."""
    particles: re.Pattern[str] = re.compile(r"(?!)")
    """Particles and conjunctions (``的``, ``和``): two keys equal without them are one promise in
    the same words (``人民币汇率在合理均衡水平上的基本稳定`` / ``…水平上基本稳定``), paired in a
    series' lineages whatever the similarity says of pieces the series has made common."""
    framing: Sequence[str] = ()
    """Words opening a clause that frames the promises after it (``聚焦``…领域, ``围绕``…目标):
    such a clause is no commitment."""
    topic_markers: Sequence[str] = ()
    """Words after which a clause's action follows a short topic (``精准脱贫要``坚持现行标准)."""
    topic_chars: int = 0
    """Most characters of such a topic."""
    counted_parts: Sequence[str] = ()
    """What an object that counts the parts of what follows names after its figure (抓好三个
    ``方面``, 三项 ``工作``, 三 ``点``): a lead-in to a list, no promise itself."""
    not_topic_markers: Sequence[str] = ()
    """Words ending in a topic marker that never end a topic (保持``必要``支持力度: the action is
    保持, not 支持)."""
    verb_at: Callable[[str, bool], int] = _no_verb
    """How long a verb the language's dictionary knows opens ``text`` (0 if none): the action
    when it is not in ``verbs`` (``创新`` 乡村振兴投融资机制, ``坚决`` + ``打好``).  The flag says
    a modifier stands before it, so a verb the dictionary lacks may be read there too
    (``坚决`` + ``纠治``)."""
    modifier_at: Callable[[str], tuple[int, bool]] = _no_modifier
    """How long a word opening ``text`` is that may modify a verb though ``adverbs`` lacks it
    (an adverb, a set phrase, a verb before another: ``系统``推进, ``提速``构建, ``改革``完善),
    0 if none; and whether it is a noun, which may be the clause's subject instead."""
    unlisted_modifiers: int = 0
    """Most such words before one verb (``高标准`` + listed ``高质量`` + ``推进`` has one);
    a noun counts as one of them and at most one may be a noun."""
    not_actions: Collection[str] = ()
    """Verbs the dictionary knows that state rather than act (``是``, ``包括``, ``体现``): never
    read as an action, nor as a verb before one (``有利于``引导…)."""
    opens_object: Callable[[str, bool], bool] = _any_object
    """Whether a text may open an object (not an adverb, a preposition or a particle; after a
    noun read as a modifier, not a verb either): asked where the action was read with a word
    the lists lack, as a subject before a verb reads the same way (``经济发展``具有…,
    ``粮食产量保持``在…)."""
    statement: Callable[[str, str], bool] = _never
    """Whether a clause with this verb and this object states or judges rather than promises:
    an aspect mark after the verb (``考虑了``), a predicate inside the object (``很不容易``,
    ``并非易事``, ``在不断积聚``, ``要靠改革``), a requirement named rather than met
    (``加大稳就业力度的要求``)."""
    adverbial: str = ""
    """The mark that may close a modifier (``坚定不移地``走…): read with it."""
    list_mark: str = ""
    """The mark between a list's items: between modifiers of one verb (``完整、准确、全面``贯彻)
    it is read with them, and a promise said again is found with or without it
    (``降碳、减污、扩绿、增长`` / ``降碳减污扩绿增长``: :mod:`reportdiff.pairwise.restated`)."""
    relative: str = ""
    """The mark closing a clause that modifies a noun (``的``): a second verb before it opens
    that clause (``落实促进…发展的法律法规``), it is not part of the action."""
    purposes: Sequence[str] = ()
    """Words right before a promise's words said inside a longer sentence that make them a
    purpose (``为``实现“十五五”良好开局打牢基础) …"""
    groundwork: Sequence[str] = ()
    """… which is not promised when the words after them lay its groundwork (为实现…开局
    ``打牢``基础: what is promised is the groundwork); it is when they strive for it (为推动构建
    人类命运共同体不懈努力, 为…作出新的贡献)."""
    means: Sequence[str] = ()
    """Words opening a means (``以``高水平安全保障高质量发展) …"""
    supporting: Collection[str] = ()
    """… and verbs whose object after a means is the goal it serves (以高水平安全``保障``高质量发展),
    not what the clause promises to do to it (以更大力度``推进``改革开放 is)."""
    serving: Collection[str] = ()
    """Verbs whose object is always a goal served (更好``服务``转型发展), not a work done to it."""
    longer_word: Callable[[str, int], bool] = _no_longer_word
    """Whether the language's dictionary reads a word longer than ``size`` characters at the
    start of ``text``: a listed verb is the verb only where a word ends after it (``服务``业,
    拓宽 + ``保障``性住房)."""
    word_ends: Callable[[str, int], bool] = _mark_ends
    """Whether a word of ``text`` ends at ``at`` (before ``text[at]``): where a promise's words
    said again in the other report may end inside a longer sentence
    (:mod:`reportdiff.pairwise.restated`); without a dictionary, only at a mark or a space."""
    counter: re.Pattern[str] = re.compile(r"(?!)")
    """A classifier after a number that says no more than that it counts (``4座``, ``4个``): two
    promises' figures that differ in it alone are one count, not a figure changed."""
    closing: str = ""
    """Closing quotes and brackets an object may end with before its head word (``“七大行动”``)."""
    heads: Collection[str] = ()
    """Generic head nouns of an object (``制度``, ``工作``, ``建设``): a second verb whose
    object ends with one names that thing (``实施降低物流成本行动``), and two short objects
    one of which is the other with such a head added pair (``政务公开`` / ``政务公开制度``)."""
    ordinals: Sequence[str] = ()
    """Leads that say which item of a list a clause is (``一是``, ``十一是``): left out where a
    commitment is shown (``十一是健全人口服务体系`` lists as ``健全人口服务体系``)."""
    prepositional_leads: Collection[str] = ()
    """Leads that may be a preposition instead (``将``: "will", or "take" before a noun:
    ``将``健康融入所有政策): after one, only listed words are read."""
    prohibitions: Sequence[str] = ()
    """Verbs that forbid (``严禁``): the action wherever they stand, what follows them the
    object, a verb included (``严禁``|新建楼堂馆所), never a modifier of that verb."""
    withdrawals: Sequence[str] = ()
    """Words before a verb that undo it (``不再``坚持, ``停止``实施): such a promise takes the
    other back, so the two are never one promise repeated, and a phrase a team watches
    (``--watch``) said only so is no longer promised."""
    shortcomings: re.Pattern[str] = re.compile(r"(?!)")
    """What makes a review sentence one that admits shortcomings (``政府工作存在不足``,
    ``我们也清醒看到…``, ``…落实不到位``): it names no promise done, so follow-ups do not look
    there (``做好政府工作`` is not reported by ``政府工作存在不足…``)."""
    head_takers: Collection[str] = ()
    """Verbs whose object may be a programme, a system or a capability named by a verb phrase
    before its head (``实施``|降低物流成本专项行动, ``完善``|促进…发展的制度): a second verb
    after one, before an object ending with a head, names that thing."""
    completions: Collection[str] = ()
    """Verbs that say a work is finished (``建成``, ``完成``): a repeated promise whose verb
    becomes one (``加快建设`` → ``建成``) tells of progress, not a weaker promise (``reworded``)."""
    head_builders: Collection[str] = ()
    """Verbs that act on such a head themselves (``实施``, ``完善``, ``开展``): as the second of
    two verbs they share it with the first (``制定实施``…计划, ``建立完善``…体系)."""
    attributes: Sequence[str] = ()
    """A verb that is also a noun with a noun naming an attribute of what it does (``发展方式``,
    ``发展质量``): where one stands after the action, the verb in it names the object (着力提升 +
    ``发展质量效益``, 加快 + ``发展方式绿色转型``), not a second action."""
    noun_joiners: Sequence[str] = ()
    """Words joining two nouns (``和``): one right after what was read as the verb shows
    that word ended the first of two objects (统筹高质量发展``和``高水平安全), the verb being a
    listed one read as a modifier before it."""
    outcomes: Sequence[str] = ()
    """Head nouns naming what earlier work achieved (``成效``, ``成果``): a promise to keep or
    build on those (``巩固``…整治``成效``) is not the work itself promised again (``完成``…整治),
    however alike the words."""
    named_periods: Callable[[str], frozenset[str]] | None = None
    """The numbered plans, congresses and plenums a commitment's object names (“``十四五``”规划,
    党的``二十大``, ``二十届三中``全会): two commitments that both name some and share none are
    promises about different documents (``“十三五”规划重大工程``, ``“十四五”规划重大工程``), which a
    lineage never joins, however alike the words."""
    other_items: Callable[[str, str], bool] | None = None
    """Whether two matching keys are one frame about two different items: the same head after
    qualifiers that share nothing (``粮食市场稳定`` / ``股票市场稳定``, ``消费者合法权益`` /
    ``劳动者合法权益``).  Such a pair is one promise only on its content; character similarity does
    not raise it (``Settings.wording_lead``), as it does not raise a sentence whose frame holds
    different items (``扎实做好"一老一小"工作`` / ``扎实做好"三农"工作``)."""
    determiners: Sequence[str] = ()
    """Words opening a whole noun phrase (``各种``, ``各类``): a second verb before one takes that
    phrase as its own object, so it shares the first verb's (``防范打击``各种…活动), whatever
    head the phrase ends with."""
    conditions: tuple[re.Pattern[str], re.Pattern[str]] | None = None
    """What opens a condition in a sentence and what opens its consequence (``只要``…,
    ``就一定能``…): the clauses from the one opening the condition up to the consequence say what
    must hold for an outcome (只要``认真落实各项政策措施``…就一定能够保证…), so they promise nothing
    themselves, however much they read like promises: 50 such commitments in 31 sentences over
    the corpora, several others' acts (只要美国严格遵守…)."""

    def conditional(self, clauses: Sequence[str]) -> set[int]:
        """Which of a sentence's clauses (their texts, in order) state a condition (:attr:`conditions`)."""
        if self.conditions is None:
            return set()
        opens, follows = self.conditions
        inside: set[int] = set()
        within = False
        for k, text in enumerate(clauses):
            start = 0
            if not within:
                opened = opens.search(text)
                if opened is None:
                    continue
                within, start = True, opened.end()
            if follows.search(text, start):
                within = False  # the consequence: what holds, or is done, if the condition does
                if not start:
                    continue  # a clause after the condition's (…，就一定能…, 我们也要…) is not its
            inside.add(k)
        return inside
