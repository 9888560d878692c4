"""Generic fuzzy key matching with rapidfuzz: names, objects, keys in texts.

Indicator names grouped across years, commitment objects looked up in review sentences;
report alignment and commitment pairing use :mod:`reportdiff.pairwise.content`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from difflib import SequenceMatcher
from operator import add

from rapidfuzz import fuzz, process


def group_names(
    names: Sequence[str],
    threshold: float,
    fixed: frozenset[str] = frozenset(),
    keep_apart: Sequence[str] = (),
    apart: Callable[[str, str], bool] | None = None,
) -> dict[str, str]:
    """Map each name to the earlier name it resembles most (rapidfuzz ``ratio`` ≥ ``threshold``;
    of equal scores, the earliest).

    Names in ``fixed`` (a synonym table's canonical names) are never merged with others:
    ``城镇登记失业率`` and ``城镇调查失业率`` score 86 yet are two indicators.  Nor are names
    that differ in one of the ``keep_apart`` words (a population: ``农村居民人均可支配收入`` is
    not ``居民人均可支配收入``), nor two that ``apart(name, earlier)`` says are different
    (the next best earlier name is tried instead).

    >>> group_names(["居民人均可支配收入", "农村居民人均可支配收入"], 88, keep_apart=("农村",))
    {'居民人均可支配收入': '居民人均可支配收入', '农村居民人均可支配收入': '农村居民人均可支配收入'}

    >>> groups = group_names(["启动精品小区建设", "新启动精品小区建设", "经济楼宇开工", "经济楼宇竣工"], 88)
    >>> sorted(set(groups.values()))
    ['启动精品小区建设', '经济楼宇开工', '经济楼宇竣工']
    >>> group_names(["赤字率比去年低", "赤字率比去年高"], 80, apart=lambda a, b: a[-1] != b[-1])
    {'赤字率比去年低': '赤字率比去年低', '赤字率比去年高': '赤字率比去年高'}
    """
    groups: dict[str, str] = {}
    # the heads a name may join: not fixed, with the same keep-apart words (its signature)
    heads: dict[frozenset[str], list[str]] = {}
    letters: dict[str, list[str]] = {}  # the heads by their characters, for a word moved
    for name in names:
        if name in groups:
            continue
        signature = frozenset(w for w in keep_apart if w in name)
        candidates = heads.setdefault(signature, [])
        best = None
        if name not in fixed and candidates:
            found = process.extract(name, candidates, scorer=fuzz.ratio, score_cutoff=threshold, limit=None)
            for match in sorted(found, key=lambda m: (-m[1], m[2])):
                if apart is None or not apart(name, match[0]):
                    best = match[0]
                    break
            if best is None:  # 启动城镇老旧小区改造, 启动改造城镇老旧小区: one word moved
                key = "".join(sorted(name))
                best = next((h for h in letters.get(key, ()) if h in candidates and moved(name, h)
                             and (apart is None or not apart(name, h))), None)  # fmt: skip
        groups[name] = best or name
        if not best and name not in fixed:
            candidates.append(name)
            letters.setdefault("".join(sorted(name)), []).append(name)
    return groups


def moved(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one run of two or more characters moved elsewhere (a verb
    after its object or before it: ``启动城镇老旧小区改造``, ``启动改造城镇老旧小区``): the same
    words in another order.

    >>> moved("启动城镇老旧小区改造", "启动改造城镇老旧小区"), moved("老旧小区改造", "老旧小区建设")
    (True, False)
    >>> sorted(set(group_names(["启动城镇老旧小区改造", "启动改造城镇老旧小区"], 88).values()))
    ['启动城镇老旧小区改造']
    """
    if a == b or len(a) != len(b) or sorted(a) != sorted(b):
        return False
    ops = [op for op in SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if op[0] != "equal"]
    if len(ops) != 2 or {op[0] for op in ops} != {"insert", "delete"}:
        return False
    runs = [a[i1:i2] if tag == "delete" else b[j1:j2] for tag, i1, i2, j1, j2 in ops]
    return runs[0] == runs[1] and len(runs[0]) >= 2


def closest(name: str, names: Sequence[str], threshold: float) -> str | None:
    """The one of ``names`` most like ``name`` (rapidfuzz ``WRatio``, which also scores a name
    inside a longer one) when it reaches ``threshold``; of equal scores, the first.

    >>> closest("赤字率", ["国内生产总值", "赤字率安排"], 70), closest("粮食", ["国内生产总值"], 70)
    ('赤字率安排', None)
    """
    found = process.extractOne(name, names, scorer=fuzz.WRatio, score_cutoff=threshold) if names else None
    return found[0] if found else None


def find_in(
    keys: Sequence[str], texts: Sequence[str], threshold: float, least: int
) -> list[tuple[int, float] | None]:
    """For each key, the text that holds it most fully (rapidfuzz ``partial_ratio`` ≥ ``threshold``).

    Keys shorter than ``least`` characters are not looked up.  Only texts that hold one of
    the key's pieces exactly are scored: a score of ``threshold`` allows ``e`` edits, so
    one of ``e + 1`` pieces must be untouched (the pigeonhole principle), and no match is
    lost by skipping the others.

    >>> find_in(["老年人日间服务中心", "有效"], ["新增养老床位311张", "新增老年人日间服务中心5家"], 90, 4)
    [(1, 100.0), None]
    """
    found: list[tuple[int, float] | None] = [None] * len(keys)
    holders = _Holders(texts)
    for k, key in enumerate(keys):
        if len(key) < least:
            continue
        edits = int(2 * len(key) * (100 - threshold) / 100)
        size = max(1, len(key) // (edits + 1))
        candidates: set[int] = set()
        for piece in {key[i : i + size] for i in range(0, len(key) - size + 1, size)}:
            candidates.update(holders.of(piece))
        best: tuple[int, float] | None = None
        for t in sorted(candidates):
            score = fuzz.partial_ratio(key, texts[t], score_cutoff=threshold)
            if score and (best is None or score > best[1]):
                best = (t, float(score))
        found[k] = best
    return found


class _Holders:
    """Which texts hold a piece, found through an index of the texts' two-character grams
    (a piece is only looked for in the texts holding its rarest gram), so that looking up
    each of many keys does not scan all the texts."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        self.grams: dict[str, list[int]] = {}
        for t, text in enumerate(texts):
            for gram in set(map(add, text, text[1:])):  # the grams joined in C, not sliced one by one
                self.grams.setdefault(gram, []).append(t)

    def of(self, piece: str) -> list[int]:
        """The texts holding ``piece``, in order.

        >>> _Holders(["新增床位", "床位数", "新增"]).of("床位")
        [0, 1]
        """
        if len(piece) < 2:
            return [t for t, text in enumerate(self.texts) if piece in text]
        rarest: list[int] | None = None  # the first of the fewest texts, as min() takes it
        for found in map(self.grams.get, map(add, piece, piece[1:])):
            if found is None:
                return []  # a gram no text holds
            if rarest is None or len(found) < len(rarest):
                rarest = found
        texts = self.texts
        return [t for t in rarest or () if piece in texts[t]]
