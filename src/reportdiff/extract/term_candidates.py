"""Finding new-term candidates: the word runs and quoted expressions of a report that no
earlier text used, each read on the dictionary's word boundaries and checked against the
reports' own evidence (see :mod:`reportdiff.extract.terms` for the rules as a whole).

One direction's search (:class:`_Search`) works out once what every clause asks: the pieces
new to the report, and each word's class (closed, a verb, part of a one-character run).  A
clause is segmented only when it holds a piece that can make a candidate, and the same
clause is read once however often the report repeats it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from operator import add

from ..lang import TermRules
from ..normalize import fold
from .term_occurrences import Occurrence, occurrences
from .term_shapes import BOUND, FIRM, Shape, Window, generic_pattern, memo, unit_at
from .term_slogans import slogans
from .term_text import TakenUp, TermText, only_quoted, quoted_in


@dataclass
class Candidate:
    count: int = 0
    """Occurrences in the report; 0 until counted (only for those ranked high enough)."""
    quoted: bool = False
    unknown: bool = False
    known_word: bool = False
    abbreviation: bool = False
    planned: bool = False
    heading: bool = False
    novel: bool = False
    words: tuple[str, ...] = ()
    """Its words (an unquoted one)."""
    """Whether it holds a word no earlier report used (``银发`` in ``银发经济``)."""
    soft: tuple[bool, bool] = (False, False)
    """Whether the left and right edges need the reports' evidence (:func:`_edges_hold`)."""
    clause: int = -1
    """The first clause it was found in (an unquoted one)."""
    span: tuple[int, int] = (0, 0)
    """Which of that clause's words it is (first, last + 1)."""
    slogan: bool = False
    """Whether it is an item of a slogan (``TermRules.slogan_verbs``): its edges are the
    clause's ends or the next item's verb."""
    neighbours: bool = False
    """Whether its known words are new only as neighbours (``健康/中国``) and taken up by the
    following reports (:func:`candidates`): ranked as one known word."""


def candidates(
    before: TermText, after: TermText, rules: TermRules, taken_up: TakenUp = None
) -> dict[str, Candidate]:
    """Candidates of ``after`` against ``before`` (module docstring).  With ``taken_up`` (whether
    the reports that follow in a series, up to three, all use a string), a run of known words
    new only as neighbours — its new piece lies across two of them (``健康/中国``,
    ``数字/经济``) — is one too, if the following reports take it up: the series has adopted it."""
    search = _Search(before, after, rules, taken_up)
    found: dict[str, Candidate] = {}
    seen: set[str] = set()
    read: set[str] = set()
    for n, clause in enumerate(after.clauses):
        if clause in read:
            continue  # a repeated clause has the same windows, all seen
        read.add(clause)
        for term, window, soft_left, soft_right, span in search.windows(clause):
            if term in seen:
                continue
            seen.add(term)
            item = search.judge(term, window)
            if item is not None:
                item.neighbours = bool(search.neighbourly) and (term, span) in search.neighbourly
                item.soft = (soft_left, soft_right)
                item.span = span
                item.clause = n
                found[term] = item
    for n, term, words, span, parts in slogans(before, after, rules, search.memo):  # 去杠杆, 保交楼
        if term not in found:
            novel = any(_unheard(w, before) for w in parts if len(w) > 1)
            unknown = any(len(w) > 1 and rules.rarity(w) == 1.0 for w in parts)
            found[term] = Candidate(
                0, False, unknown, novel=novel, words=words, clause=n, span=span, slogan=True
            )
    quoted = quoted_in(after.folded, rules, search.generic_pattern)
    for term, _ in quoted:
        key = fold(term)
        if (key in found and found[key].quoted) or rules.quantity.fullmatch(key):
            continue  # “15分钟”就业服务圈: a quantity measures the name after it
        # a run of term characters ``before`` lacks (a piece its clauses never have): not in it
        certainly_new = any(before.lacks(run) for run in rules.run.findall(key))
        if not certainly_new and before.has(key) and not _only_longer(key, before.folded, rules):
            continue
        pieces = rules.words(key)
        known = len(pieces) == 1 and rules.rarity(key) < 1.0
        if known and not rules.abbreviation.search(key):
            continue  # “名片”, “高地”: a known word in quotes is a figure of speech, not a new
            # term; a numbered one (“两重”) is an abbreviation the dictionary happens to hold
        item = found.get(key) or Candidate()
        item.known_word = item.known_word or known
        item.quoted = True
        item.count = max(item.count, after.folded.count(key))
        # a coinage: not one dictionary word (三去一降一补), or holding a word it lacks
        item.unknown = item.unknown or rules.rarity(key) == 1.0
        item.abbreviation = item.abbreviation or bool(rules.abbreviation.search(key))
        found[key] = item
    spans = sorted(span for _, span in quoted)
    # only a string of the quotes' insides can be one: most are ruled out by searching the insides
    insides = "\n".join(after.folded[a:b] for a, b in spans)
    for term in [
        t
        for t, item in found.items()
        if (not item.quoted and t in insides and only_quoted(t, after.folded, spans))
        or any(before.has(name) for name in rules.later_names(t))
    ]:  # 一方水土难养 of “一方水土难养一方人”: a piece of a quoted expression; 十三五 after 十四五
        del found[term]
    for term, item in found.items():
        item.planned = _holds(after.plan_text, after.plan_pieces, term)
        item.heading = term in after.heading_text
    return found


class _Search:
    """The candidates of ``after`` against ``before``: what every clause asks, worked out once."""

    def __init__(self, before: TermText, after: TermText, rules: TermRules, taken_up: TakenUp = None) -> None:
        self.before, self.rules, self.taken_up = before, rules, taken_up
        self.neighbourly: set[tuple[str, tuple[int, int]]] = set()
        """The runs (text, which words) new only as neighbours, taken up by the following reports."""
        self.new_pairs = frozenset(after.pairs).difference(before.pairs)
        """Two-character pieces ``before`` never has."""
        self.word_pairs = frozenset(p for p in self.new_pairs if rules.word_piece.fullmatch(p))
        """Those that show a new word (not digits or letters)."""
        self.new_triples = frozenset(t for t, n in after.triples.items() if n > 1 and t not in before.triples)
        """Three-character pieces ``before`` never has and ``after`` repeats."""
        self.marks = self.new_pairs | {t[:2] for t in self.new_triples}
        """The two-character pieces where a clause may be new (most clauses hold none)."""
        self.memo = memo(rules)
        self.generic_pattern = generic_pattern(tuple(rules.generic))

    def seeds(self, clause: str) -> tuple[list[int], list[tuple[int, int]]]:
        """Where a clause is new: the starts of two-character pieces never used before that
        show a new word, and the spans of three-character ones never used before that the
        new text repeats (where the two-character piece there is not new)."""
        fresh_pairs, word_pairs, fresh_triples = self.new_pairs, self.word_pairs, self.new_triples
        marks = self.marks
        pairs: list[int] = []
        triples: list[tuple[int, int]] = []
        for i, pair in enumerate(map(add, clause, clause[1:])):  # each pair joined in C
            if pair not in marks:
                continue
            if pair in fresh_pairs:
                if pair in word_pairs:
                    pairs.append(i)
            elif clause[i : i + 3] in fresh_triples:
                triples.append((i, i + 3))
        return pairs, triples

    def windows(self, clause: str) -> list[Window]:
        """Word runs of a clause that hold a piece never used before, on firm word edges: a
        word (or run of one-character words) holding a new two-character piece — a new word,
        where a new piece across two known words is only a new neighbourhood — or a new
        three-character piece repeated."""
        pairs, triples = self.seeds(clause)
        if not pairs and not triples:
            return []
        memo = self.memo
        shape = memo.shape(clause)
        units = [unit_at(shape, a, memo) for a in pairs]
        held = {unit for unit in units if unit is not None}
        taken_up = self.taken_up
        across = []  # new only as neighbours: taken up only where the following reports use the new piece
        if taken_up is not None:
            starts = set(shape.edges)  # a new piece across two words of two characters or more
            across = [
                (a, a + 2)
                for a, unit in zip(pairs, units, strict=True)
                if unit is None and a not in starts and a + 2 not in starts and taken_up(clause[a : a + 2])
            ]
        seeds = sorted([*held, *triples])
        if not across or taken_up is None:
            return self._runs(clause, shape, seeds)  # what a comparison without a series reads
        # 健康/中国: new only as neighbours, if taken up; read in one pass with the other seeds
        edges = shape.edges
        found: list[Window] = []
        extra: list[Window] = []
        for w in self._runs(clause, shape, sorted(seeds + across)):
            left, right = edges[w[4][0]], edges[w[4][1]]
            if any(left <= a and b <= right for a, b in seeds):
                found.append(w)
            elif taken_up(w[0]):
                extra.append(w)
                self.neighbourly.add((w[0], w[4]))
        return found + extra

    def _runs(self, clause: str, shape: Shape, seeds: list[tuple[int, int]]) -> list[Window]:
        """The word runs of a clause on firm word edges that hold one of ``seeds`` (spans)."""
        if not seeds:
            return []
        # a window holds a seed once it reaches the nearest seed end among those starting in it:
        # need[i], the least end of seeds[i:]
        need = [b for _, b in seeds]
        for i in range(len(need) - 2, -1, -1):
            need[i] = min(need[i], need[i + 1])
        # no run starting before need[0] - max_length reaches a seed, nor one after the last seed
        runs = self.memo.runs_of(clause, shape, need[0] - self.rules.max_length, seeds[-1][0])
        words, soft = shape.words, runs.soft
        found = []
        i = 0
        for left, start, soft_left, ends in runs.starts:
            while i < len(seeds) and seeds[i][0] < left:
                i += 1
            if i == len(seeds):
                break
            for right, end in ends:
                if right >= need[i]:
                    found.append((clause[left:right], words[start:end], soft_left, soft[end], (start, end)))
        return found

    def judge(self, term: str, window: tuple[str, ...]) -> Candidate | None:
        """The candidate a word run makes, or ``None`` when it is no term (module docstring of
        :mod:`reportdiff.extract.terms`); what needs a search of the texts is left to
        :func:`confirmed`."""
        verdict = self.memo.verdict(term, window)
        if verdict is None:
            return None
        unknown, known_word, abbreviation, opener, pair = verdict
        if opener and not _unheard(opener, self.before):
            return None  # 用出实效: a verb, unless it opens a new word (具身)
        if pair and not self._used(pair):
            return None  # 文明乡风建设: 文明乡风 is the expression, 建设 what is done to it (not 结构性改革)
        novel = False
        for w in window:  # a loop: any() over a generator costs more for so few
            if len(w) > 1 and _unheard(w, self.before):
                novel = True
                break
        return Candidate(0, False, unknown, known_word, abbreviation, novel=novel, words=window)

    def _used(self, words: str) -> bool:
        """Whether ``before`` holds a string of a clause's words."""
        return not self.before.lacks(words) and self.before.contains(words)


def _only_longer(key: str, text: str, rules: TermRules) -> bool:
    """Whether every occurrence of a numbered abbreviation in ``text`` opens a longer one
    (``两新`` of 2020's ``两新一重``): the shorter one is then new."""
    if not rules.continued.match(key):  # a numbered one opens as its continuation does: 两新, 两高
        return False
    at = text.find(key)
    while at >= 0:
        if not rules.continued.match(text, at + len(key)):
            return False
        at = text.find(key, at + 1)
    return True


def _holds(text: str, pieces: frozenset[str], term: str) -> bool:
    """Whether ``text`` holds ``term``, ``pieces`` being its three-character pieces."""
    return (len(term) < 3 or (term[:3] in pieces and term[-3:] in pieces)) and term in text


def _unheard(word: str, before: TermText) -> bool:
    """Whether ``before`` never used a word (read from its pieces: a word of four or more
    characters counts as used when all its three-character pieces were)."""
    if len(word) < 2:
        return False
    if len(word) == 2:
        return word not in before.pairs
    return before.lacks(word)


def confirmed(term: str, item: Candidate, before: TermText, after: TermText, rules: TermRules) -> bool:
    """Count an unquoted candidate and check what needs the texts: a run of known words new
    only together must recur, and its edges must hold (:func:`_edges_hold`).  A run met once
    is no term when it ends with a generic word (``TermRules.generic_head``) or holds a verb
    right after its subject (:func:`_after_subject`), nor is one always met right after the
    end of a list (``TermRules.list_end``).

    An unquoted candidate is a piece of one of ``after``'s clauses, so it occurs there at
    least once; one whose rarest three-character piece occurs once occurs exactly once.
    Elsewhere only the occurrences on the clause's word edges count: ``理政`` in ``治理政务``
    is not the expression of ``治国理政``.
    """
    if item.count:
        return True
    most = None if item.quoted else after.most(term)
    seen = None
    # first the occurrences as a string (at least those on word edges), read only if they may do
    item.count = 1 if most == 1 else after.folded.count(term)
    new_pair = any(term[i : i + 2] not in before.pairs for i in range(len(term) - 1))
    least = 1
    everyday = False
    shapes = memo(rules, tidy=False)
    if not item.known_word:
        if not new_pair and item.count < rules.min_count:
            return False
        # made only of everyday words (TermRules.everyday), new only together
        everyday = not item.unknown and shapes.everyday(item.words)
        least = rules.min_count + everyday if (not new_pair or everyday) else 1
        if item.count < least:
            return False
    if most != 1:
        seen = occurrences(term, after.folded, rules)
        item.count = max(1, sum(1 for o in seen if not o[2]))
        if item.count < least:
            return False
    if everyday and rules.stock and _stock(item.words, before, rules):
        return False
    if len(item.words) > 1 and (
        (item.count < rules.generic_head and item.words[-1] in shapes.generic)
        or (item.count == 1 and _after_subject(item, after, rules))
    ):
        return False
    if rules.list_end and _after_list(item, after, seen, rules):
        return False  # 钢铁、有色…等/行业节能降碳: the category a list ends with, not a new name
    if item.slogan:
        return True  # its edges are a clause's ends or the next item's verb
    if most == 1:
        left, right = shapes.kinds(after.clauses[item.clause], *item.span)
        if not (item.soft[0] or item.soft[1]):
            return right == FIRM and left != BOUND  # its one occurrence's neighbours (_edges_hold)
        return _edges_hold(term, *item.soft, (left, right), before, after, most, seen, rules)
    return _edges_hold(term, *item.soft, (FIRM, FIRM), before, after, most, seen, rules)


def _after_list(item: Candidate, after: TermText, seen: list[Occurrence] | None, rules: TermRules) -> bool:
    """Whether every occurrence of a run is right after ``TermRules.list_end`` (``等``):
    ``seen``, its occurrences if read (more than one possible), else its one occurrence."""
    if seen is not None:
        return all(o[0] == rules.list_end for o in seen)
    start = item.span[0]
    words = memo(rules, tidy=False).shape(after.clauses[item.clause]).words
    return start > 0 and words[start - 1] == rules.list_end


def _after_subject(item: Candidate, after: TermText, rules: TermRules) -> bool:
    """Whether a run met once holds a verb (``兴办``, ``带来``) right after a word that may be its
    subject or modifier (``社会``/力量兴办托育, ``全球``/通胀高企带来, ``传统``/动能焕新升级): the
    run is then a piece of a clause whose subject stands outside it, not a name."""
    start = item.span[0]
    if not start or not any(rules.verb(w) for w in item.words):
        return False
    word = memo(rules, tidy=False).shape(after.clauses[item.clause]).words[start - 1]
    return rules.modifier(word) and word not in rules.edge_words and word not in rules.opening_words


def _stock(words: tuple[str, ...], before: TermText, rules: TermRules) -> bool:
    """Whether every word of a run is the earlier reports' stock vocabulary (``TermRules.stock``)."""
    least = rules.stock * before.reports
    parts = [w for w in words if len(w) > 1]
    return len(parts) > 1 and all(before.folded.count(w) >= least for w in parts)


def _edges_hold(
    term: str,
    soft_left: bool,
    soft_right: bool,
    kinds: tuple[int, int],
    before: TermText,
    after: TermText,
    most: int | None,
    seen: list[Occurrence] | None,
    rules: TermRules,
) -> bool:
    """Whether the reports show ``term``'s edges.  Only occurrences on their clause's word
    edges are evidence (:func:`occurrences`).

    * A side the dictionary leaves open (between one-character words, or a noun and one) must
      meet at least two different neighbours, one of them firm (a closed word, a verb, a
      clause's end): ``周期调节`` always after ``跨`` or ``逆``, ``长制`` after ``湖`` or ``林``
      are parts of longer names.
    * The right side must be firm at least once: a name's head comes last, so a term always
      followed by a noun (``亲清新型政商``/关系) is the modifier of a longer one.
    * The left side must not be bound every time — a proper name, a member of the same
      parallel series (``霸权``/霸道霸凌行径; ``TermRules.joined``) — nor, over two or more
      occurrences, always the same character that is not firm (``工商户发展`` after ``个体``).
    * The right side must not be bound every time either (``中国特色强军``/之路).
    * A side always met with the same character over three or more occurrences is inside a
      longer expression.

    ``most`` bounds ``term``'s occurrences in ``after`` (a clause's string), if known: with
    one, its neighbours are ``kinds`` (where it was found) and the texts are read only when
    it matters; ``seen``: its occurrences in ``after``, if already read."""
    soft = soft_left or soft_right
    if not soft and most == 1:
        return BOUND not in kinds and kinds[1] == FIRM
    elsewhere = soft and (most is None or not before.lacks(term))
    if soft and most is not None and most < 2 and not elsewhere:
        return False  # one occurrence at most: one neighbour on the open side
    if seen is None:
        seen = occurrences(term, after.folded, rules)
    kept = [o for o in seen if not o[2]]
    if elsewhere:
        kept += [o for o in occurrences(term, before.folded, rules) if not o[2]]
    lefts = Counter(o[0] for o in kept)
    rights = Counter(o[1] for o in kept)
    for side, open_, met in (
        (lefts, soft_left, [o[3] for o in kept]),
        (rights, soft_right, [o[4] for o in kept]),
    ):
        if open_ and len(side) < 2:
            return False
        if FIRM in met:
            continue
        if side is rights or open_ or BOUND in met or (len(kept) >= 2 and len(side) == 1):
            # 亲清新型政商 (always before 关系: a name's head comes last), 周期调节 (跨, 逆),
            # bound every time (a proper name, a series), 工商户发展 (个体, twice)
            return False
    closing = "".join(close for _, close in rules.quotes)
    return not (len(kept) >= 3 and (_stuck(lefts, closing) or _stuck(rights)))


def _stuck(side: Counter[str], closing: str = "") -> bool:
    """Whether a side's one neighbour joins: a word's character, or a closing quote (“十五五”/时期发展)."""
    return len(side) == 1 and ((only := next(iter(side))).isalnum() or only in closing)
