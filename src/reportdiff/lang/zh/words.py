"""Chinese words: segmentation, rarity and part of speech from the compact lexicon (:mod:`.lexicon`).

Terms (新提法) are words and short compounds a report had never used; telling where a
word ends needs a dictionary, which reportdiff does not try to rebuild: jieba's, read
through a file built once (no per-process dictionary load).
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Sequence

from .lexicon import lexicon

FUNCTION_CHARS = (
    "的和与及等是在了把对为或而并从向被让使将要也都又就还其既则"
    "之中上下个以各更多好于不很较仍有这那此该最再已均所每"
)
"""Characters that are words of their own (particles, prepositions, conjunctions: 既…又…,
能早则早): a run of one-character words is a name only without them."""

PREDICATES = (
    "拟", "可", "须", "需", "应", "能够", "应当", "应该", "必须", "需要", "得以", "不可", "不能", "不得",
    "进行", "加以", "予以", "给予", "作出", "做出", "取得", "获得", "得到", "受到",
)  # fmt: skip
"""Verbs that only predicate of what stands before them and need what follows: modals (``拟``,
``可``, ``须``), support verbs whose object is the action itself (``进行``/普遍培训, ``予以``), and
verbs of attaining (``取得``/新进展).  They close no name: a run ending with one is a subject and
its predicate cut before the object (中央财政``拟``/安排, 管理人员``进行``/普遍培训).  Those of
two or more characters are closed words (``TermRules.edge_words``), the one-character ones close
nothing (:func:`may_close`)."""

_WINDOW = 6
"""Characters segmented to read the word at a position (a clause's first words are short)."""


@functools.lru_cache(maxsize=8192)
def words(text: str) -> tuple[str, ...]:
    """The words of a stretch of text (no punctuation), the dictionary's most probable route.

    >>> words("加快发展新质生产力")
    ('加快', '发展', '新', '质', '生产力')
    """
    return tuple(lexicon().segment(text))


@functools.cache
def rarity(word: str) -> float:
    """How rare a word is in general Chinese, from the dictionary: 0 common … 1 unseen.

    >>> rarity("新质"), rarity("领导人") < 0.2
    (1.0, True)
    """
    found = lexicon()
    count = found.freq(word)
    if not count:
        return 1.0
    # log-scaled; the most frequent dictionary words score about 0.5 before rescaling
    share = math.log(found.total / (count + 1)) / math.log(found.total)
    return max(0.0, min(1.0, (share - 0.5) / 0.5))


@functools.cache
def tag(word: str) -> str:
    """A word's part of speech (jieba's tag set: ``n`` noun, ``v`` verb…); ``x`` if unknown.  A
    place word (``s``) that names a place (``口岸``, ``郊区``, ``窗口``) is a noun, as a term's head
    and beside one; one made with a position character (``省内``, ``网上``, ``深处``) stays ``s``.

    >>> tag("口岸"), tag("省内"), tag("发展")
    ('n', 's', 'vn')
    """
    found = lexicon().tag(word)
    if found == "s" and word[-1] not in _POSITIONS:
        return "n"
    return found


_POSITIONS = "上下中里内外前后边旁头底侧间处"
"""Characters that make a place word a position (``省内``, ``网上``, ``远处``), not a place's name."""


def tags(parts: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """Words of a short expression with their part of speech, runs of one-character words joined.

    >>> tags(words("银发经济")), tags(words("具身智能"))
    ((('银发', 'n'), ('经济', 'n')), (('具身', 'x'), ('智能', 'n')))
    """
    return tuple((word, tag(word)) for word in _named(parts))


def _named(parts: Sequence[str]) -> list[str]:
    """Words with runs of one-character content words joined (``具``+``身`` → ``具身``): what
    jieba's unknown-word model would make of them.  A conjunction or a preposition is a word of
    its own (``但``/占全社会, ``同``/有关方), as the function characters are."""
    found: list[str] = []
    run = ""
    for word in parts:
        if len(word) == 1 and word not in FUNCTION_CHARS and not tag(word).startswith(_OWN):
            run += word
            continue
        if run:
            found.append(run)
            run = ""
        found.append(word)
    if run:
        found.append(run)
    return found


_OWN = ("c", "p")
"""Tags of a one-character word that joins no neighbour into a word: conjunctions, prepositions."""

_NOUNISH = ("n", "vn", "an", "j", "l", "i", "eng", "x")


def is_nominal(word: str) -> bool:
    """Whether the dictionary tags a word as a noun or a verb used as one (``发展`` vn, not ``新增`` v).

    >>> is_nominal("发展"), is_nominal("新增")
    (True, False)
    """
    return tag(word).startswith(_NOUNISH)


def binds(word: str) -> bool:
    """Whether a word may be the first half of a compound with a one-character word after it,
    one the dictionary lacks: a noun (``社会``/``办``/``医``), not a verb (``发展``/``新``/``质``).

    >>> binds("社会"), binds("发展")
    (True, False)
    """
    return tag(word).startswith("n") or len(word) == 1


def is_proper(word: str) -> bool:
    """Whether the dictionary tags a word as a proper name: a place, a person, an organisation
    or another name (``博鳌``, ``长江``), not a common noun.

    >>> is_proper("长江"), is_proper("企业")
    (True, False)
    """
    return tag(word).startswith(("ns", "nt"))


def joined(left: str, right: str) -> bool:
    """Whether two adjacent words belong to one expression (``TermRules.joined``).

    A word opening with 之 continues the words before it (``强军``/``之路``: the name is
    ``中国特色强军之路``) unless it names a place relative to them (``之外``, ``之间``); words
    sharing their first character, one of them of two or more, are members of a parallel
    series (``霸权``/``霸道``, ``兜住``/``兜``…), not an edge.

    >>> joined("强军", "之路"), joined("单位", "之外"), joined("霸权", "霸道"), joined("发展", "新质")
    (True, False, True, False)
    """
    if right[0] == "之":
        return right[1:2] not in _RELATIVE
    return left[0] == right[0] and max(len(left), len(right)) > 1


_RELATIVE = frozenset("外内间后前中下上际余一")
"""What 之 makes a position or a part of (``之外``, ``之间``, ``之一``): such a word follows a
whole expression."""


def is_verb(word: str) -> bool:
    """Whether the dictionary takes a word for a verb only, not one used as a noun or an
    adverb (``兴办``, ``带来``; not ``发展``).

    >>> is_verb("兴办"), is_verb("发展"), is_verb("新质")
    (True, False, False)
    """
    return tag(word) in ("v", "vg", "vi")


def may_modify(word: str) -> bool:
    """Whether a word may be the subject or a modifier of the words after it: a noun, an
    adjective, a numeral or an abbreviation (``社会``, ``全球``, ``大宗``), not a verb, an
    adverb or a function word.

    >>> may_modify("社会"), may_modify("大宗"), may_modify("推进"), may_modify("的")
    (True, True, False, False)
    """
    return tag(word)[:1] in ("n", "a", "j", "m")


def may_open(char: str) -> bool:
    """Whether a one-character word may open a name: not a verb, adverb, preposition,
    conjunction or particle (``用``出实效, ``建``强).

    >>> may_open("用"), may_open("碳")
    (False, True)
    """
    return not tag(char).startswith(_NOT_FIRST)


def may_close(char: str) -> bool:
    """Whether a one-character word may close a name: not an adverb, preposition, conjunction,
    particle or position word (实效``来``, 灾``后``).

    A modal (``拟``, ``可``: :data:`PREDICATES`) closes none either, though inside a run it may
    stand (``网上可办``).

    >>> may_close("后"), may_close("制"), may_close("拟")
    (False, True, False)
    """
    return not tag(char).startswith(_NOT_LAST) and char not in PREDICATES


def longer_word(text: str, size: int) -> bool:
    """Whether the dictionary's word opening ``text`` is longer than ``size`` characters; a
    few look-ups, and a segmentation only where a longer word is in the dictionary.

    >>> longer_word("发展县域经济", 2), longer_word("服务业发展", 2), longer_word("服务业发展", 3)
    (False, True, False)
    """
    found = lexicon()
    for end in range(size + 1, min(len(text), _WINDOW) + 1):
        piece = text[:end]
        if not found.is_prefix(piece):
            return False
        if found.freq(piece):
            first = words(text[:_WINDOW])[0]
            return len(first) > size
    return False


def word_ends(text: str, at: int) -> bool:
    """Whether a word ends at ``text[at]`` (between ``text[at - 1]`` and it), by the
    dictionary's route through the run of characters around it: a promise's words said again
    inside a longer sentence end there only if no word goes on across.

    A word the dictionary knows that holds the last two characters before it and goes on
    across is one too, where the route splits it (深化改革/开放 of ``深化改革开放``: 改革开放).

    >>> word_ends("加快服务业发展", 4), word_ends("保持宏观政策连续性稳定性", 9), word_ends("发展，", 2)
    (False, True, True)
    >>> word_ends("全面深化改革开放实现新突破", 6)
    False
    """
    if at <= 0 or at >= len(text) or not text[at].isalnum() or not text[at - 1].isalnum():
        return True
    low = at
    while low > max(0, at - _BEFORE) and text[low - 1].isalnum():
        low -= 1
    high = at
    while high < min(len(text), at + _WINDOW) and text[high].isalnum():
        high += 1
    edge = low
    for word in words(text[low:high]):
        edge += len(word)
        if edge >= at:
            return edge == at and not _spanned(text, at)
    return True


def _spanned(text: str, at: int) -> bool:
    """Whether a known word holds ``text[at - 2 : at]`` or ``text[at - 3 : at]`` and goes on
    across ``at`` by one to three characters (改革开放 across 改革/开放)."""
    return any(
        at - before >= 0 and at + after <= len(text) and rarity(text[at - before : at + after]) < 1.0
        for before in (2, 3)
        for after in (1, 2, 3)
    )


_BEFORE = 12
"""Characters before a position segmented with it (:func:`word_ends`): enough for the route to
settle on the words that end there."""


def verb_at(text: str, after_modifier: bool = False) -> int:
    """How long the verb opening ``text`` is, by the dictionary (0 if none): a word of two or
    more characters it tags as a verb, or an idiom that opens with one (``贯彻落实``,
    ``防止出现``).  After a modifier, where nothing else can stand, also a verb
    used as a noun (``坚决`` + ``改革``…), two one-character words the dictionary cannot
    join, one of them a verb: a verb it lacks (``坚决`` + ``纠治``, ``兜牢``), and a
    one-character verb before a longer word (``着力`` + ``稳``就业).

    >>> verb_at("打好污染防治攻坚战"), verb_at("污染防治"), verb_at("污染防治", after_modifier=True)
    (2, 0, 2)
    >>> verb_at("纠治形式主义"), verb_at("纠治形式主义", after_modifier=True)
    (0, 2)
    """
    parts = words(text[:_WINDOW]) if text else ()
    if not parts:
        return 0
    first = parts[0]
    if len(first) > 1:
        kind = _VERB_TAGS.get(first) or tag(first)
        if kind in _VERBAL or (after_modifier and kind == "vn"):
            return len(first)
        if kind == "i" and len(first) == 4 and tag(first[:2]) in _VERBAL:
            return 4  # 贯彻落实, 防止出现: an idiom that opens with a verb acts as one
        if kind == "l" and len(first) == 4 and tag(first[:2]) in _VERBAL and tag(first[2:]) in ("n", "an"):
            return 2  # 惩治腐败: a verb and its object the dictionary keeps together
        return 0
    if not after_modifier or len(parts) < 2 or first in FUNCTION_CHARS:
        return 0
    if len(parts[1]) > 1:
        return 1 if tag(first) in ("v", "a") else 0  # 着力 + 稳就业, 全力 + 促开放
    pair = (first, parts[1])
    if any(char in FUNCTION_CHARS or tag(char).startswith(_NOT_IN_VERB) for char in pair):
        return 0
    return 2 if "v" in (tag(first), tag(parts[1])) else 0


_VERBAL = ("v", "vd", "vi")
_VERB_TAGS = {
    "拓宽": "v", "杜绝": "v", "压实": "v", "谋划": "v", "构筑": "v", "牢记": "v", "普及": "v", "反对": "v",
    "当好": "v",
}  # fmt: skip
"""Verbs the dictionary tags as names, nouns or adverbs (``拓宽`` nr, ``压实`` n, ``反对`` d, ``当好`` d):
read as verbs where a verb may stand.  Only here, where a promise's action is read; the term rules
keep the dictionary's tags."""
_NOT_IN_VERB = ("u", "p", "c", "r", "m", "q", "f", "t", "x")


def modifier_at(text: str) -> tuple[int, bool]:
    """How long the word opening ``text`` is when it may modify a verb after it (0 if not), and
    whether it is a noun: an adverb, an adjective, a set phrase, a verb (``提速``构建) or a noun
    used as a manner (``系统``推进) or a verb used as one (``改革``完善), not a pronoun, a name,
    a time, a number, a preposition or a particle.  A noun may also be the subject
    (``经济``发展具有…), or the object of a verb before it (打好``污染``防治…): the caller
    decides.

    >>> modifier_at("系统推进"), modifier_at("千方百计稳定"), modifier_at("我国发展")
    ((2, True), (4, False), (0, False))
    """
    parts = words(text[:_WINDOW]) if text else ()
    if not parts or len(parts[0]) < 2:
        return 0, False
    first = parts[0]
    kind = _VERB_TAGS.get(first) or tag(first)
    if kind in _ADVERBIAL or kind in _VERBAL:
        return len(first), False
    if (kind in _NOMINAL or kind == "vn") and len(first) <= _MANNER_CHARS:
        return len(first), True
    return 0, False


_MANNER_CHARS = 3
"""Most characters of a noun read as a verb's manner (``系统``, ``多渠道``): a longer one is a
compound, more often the subject of a target (``国际收支``保持基本平衡)."""


_ADVERBIAL = ("d", "ad", "vd", "i", "z", "a")
_NOMINAL = ("n", "nr", "nz", "l", "j", "an")
"""Tags of a noun that may stand before a verb as its manner (``系统``推进, ``梯度``培育; the
dictionary tags some adverbs and verbs as names, ``多渠道`` nr)."""


def opens_object(text: str, after_noun: bool = False) -> bool:
    """Whether ``text`` may open an object: its first word is not a conjunction or a particle
    (``和``经济增长同步); after a noun read as the verb's modifier, or where the dictionary's
    verb opens the clause, not a verb, an adverb or a preposition either unless they open a
    clause that modifies the object's noun (``具有``国际竞争力``的``…): the "verb" was the
    predicate of a subject (``经济发展``/``具有``…, ``粮食产量保持``/``在``…).

    >>> opens_object("县域经济"), opens_object("和经济增长同步"), opens_object("在合理水平")
    (True, False, True)
    >>> opens_object("具有良好支撑条件", after_noun=True), opens_object("在合理水平", after_noun=True)
    (False, False)
    """
    parts = words(text[:_WINDOW]) if text else ()
    if not parts:
        return False
    kind = tag(parts[0])
    if after_noun and (kind in ("v", "vd", "vi", "d") or kind.startswith("p")) and "的" not in text:
        return False  # 具有核心竞争力的…高地: a clause that modifies the object's noun
    return not kind.startswith(("c", "u", "y", "e"))


_NOT_LAST = ("d", "p", "c", "u", "y", "e", "o", "f", "r", "q")

_NOT_FIRST = ("v", "d", "p", "c", "u", "r", "m", "q", "f", "ad", "vd", "y", "e", "o")


def is_term_like(term: Sequence[str]) -> bool:
    """Whether an unquoted expression (its words) reads as a name: one word the dictionary
    lacks, a rare one, or a compound that starts with neither a verb nor a particle and ends
    with a noun (or a verb used as one: ``高质量发展``).

    >>> [is_term_like(words(t)) for t in ("新质生产力", "表示衷心感谢", "领导人", "供给侧结构性改革")]
    [True, False, False, True]
    """
    parts = _named(term)  # only the first and last words' tags are read (:func:`tags`)
    side = len(parts) > 1 and parts[1] in SIDE_NOUNS
    if side:
        parts = [parts[0] + parts[1], *parts[2:]]  # 供给/侧: a noun, not a verb's object
    if len(parts) == 1 and len(term) > 1:
        # one-character words joined: a coinage (雾/霾), unless it opens with a verb (做/大)
        return not tag(term[0]).startswith(_NOT_FIRST)
    if len(parts) == 1:
        return rarity(parts[0]) >= KNOWN_RARE
    first_word, last_word = parts[0], parts[-1]
    if not side and tag(first_word).startswith(_NOT_FIRST) and rarity(first_word) < 1.0:
        return False
    if reciprocal("".join(term)[-3:]):
        return False  # 产学研相结合: the other party (与…, 同…) stands before the run
    last = tag(last_word)
    return last.startswith(_NOUNISH) or last == "v" or rarity(last_word) == 1.0


def reciprocal(text: str) -> bool:
    """Whether ``text`` is a verb of mutual action: ``相`` and a two-character verb (``相结合``,
    ``相适应``, ``相衔接``), which needs two parties, the other one named before it with ``与``, ``同``
    or ``和`` (扶贫同扶志、扶智``相结合``): a run ending with one is cut from its clause.

    >>> reciprocal("相结合"), reciprocal("相适应"), reciprocal("互相"), reciprocal("真相")
    (True, True, False, False)
    """
    return len(text) == 3 and text[0] == "相" and tag(text[1:]).startswith(("v", "a"))


SIDE_NOUNS = frozenset("侧")
"""One-character nouns of a side the dictionary tags as verbs: after a noun or a verb used as
one they make a noun (``供给侧``, 38 times in the national reports 2016–2025, ``需求侧``), so
an expression opening with that verb is a name (``供给侧结构性改革``)."""


KNOWN_RARE = 0.4
"""Rarity from which one known word can be a new term (``人工智能`` 0.45, ``物联网`` 0.5):
established, but not everyday vocabulary; ``领导人`` (0.1) is not."""


EVERYDAY = 0.35
"""Rarity under which a word is everyday vocabulary (``市场`` 0.0, ``活力`` 0.22, ``举措`` 0.26):
a run of such words new only together is more often a generic phrase than a new term."""


NUMBERED = re.compile("[两三四五六七八九十][大个项新]")
"""How a numbered name opens: a count of two or more and its measure word (``三大攻坚战``,
``两个毫不动摇``, ``三项制度改革``, ``四新经济``).  ``一`` is left out: ``一大批``, ``一个``
count things, they do not name a category."""


SLOGAN_VERBS = frozenset("稳保去降补促调惠防扩强")
"""One-character verbs that open the items of a policy slogan, each a verb and its object
(``去产能、去库存、去杠杆``, ``稳就业、稳金融``, ``保居民就业…保市场主体``, ``保交楼稳民生``,
``稳增长促改革调结构``): such an item, standing alone between punctuation or next to the
following item, is a name of its own, though it opens with a verb."""
