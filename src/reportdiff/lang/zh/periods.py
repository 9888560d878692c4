"""Numbered plans, congresses and plenums named in Chinese reports (``“十四五”规划``, ``二十大``,
``二十届三中全会``): which documents a promise is about, and which plans are later than another."""

from __future__ import annotations

import re

_ORDINAL = "(?:二十|十[一二三四五六七八九]?|[八九])"
_NAMED = re.compile(
    rf"(?<=[“‘\"]){_ORDINAL}五(?=[”’\"])"  # “十四五”
    rf"|{_ORDINAL}五(?=规划|计划|时期|期间|纲要)"  # 十四五规划, 九五计划
    r"|(?:二十|十[一二三四五六七八九])大(?=精神|和|及|、|以来|报告|部署|确定|作出|提出|决策|$)"  # 二十大
    rf"|(?P<term>{_ORDINAL}届)(?P<plenums>(?:[一二三四五六七八九]中、?)+)全会"  # 十八届二中、三中全会
)
_PLENUM = re.compile("[一二三四五六七八九]中")


def named_periods(text: str) -> frozenset[str]:
    """The numbered plans, congresses and plenums a promise is about (``CommitmentRules.named_periods``),
    each plenum on its own: ``“十三五”规划`` and ``“十四五”规划``, ``十八大`` and ``十九大`` are
    different documents; ``十八届三中、四中全会`` and ``十八届三中、四中、五中全会`` share two plenums.
    A congress is a two-character ordinal before ``大`` (``十大``工程 counts ten projects).

    >>> sorted(named_periods("党的十八大和十八届二中、三中全会精神")), named_periods("实施十大工程")
    (['十八大', '十八届三中', '十八届二中'], frozenset())
    """
    found: set[str] = set()
    for match in _NAMED.finditer(text):
        if match["term"]:
            found.update(match["term"] + plenum for plenum in _PLENUM.findall(match["plenums"]))
        else:
            found.add(match.group())
    return frozenset(found)


_PLAN = re.compile(f"(?P<n>{_ORDINAL})五")
_DIGITS = "一二三四五六七八九"


def later_plans(term: str, ahead: int = 3) -> tuple[str, ...]:
    """The names of the next ``ahead`` five-year plans after the one ``term`` is (``十三五`` →
    ``十四五``, ``十五五``, ``十六五``), or none when it is no plan's name: a report naming a
    later plan has moved on, so a past plan named again (``较“十三五”末``) is no new term.

    >>> later_plans("十三五"), later_plans("九五", 2), later_plans("十五冬")
    (('十四五', '十五五', '十六五'), ('十五', '十一五'), ())
    """
    found = _PLAN.fullmatch(term)
    if found is None:
        return ()
    n = _value(found["n"])
    return tuple(_ordinal(k) + "五" for k in range(n + 1, n + 1 + ahead))


def reviews_years(paragraph: str, year: int | None) -> bool:
    """Whether a paragraph opens by naming a five-year plan's period that ended before ``year``
    (the report's): ``“十四五”时期，…`` (2021–2025) in a report of 2026 reviews those years.  The
    third plan and those after it span 1966–1970 and each next five years.

    >>> reviews_years("“十四五”时期，上海发展历程极不寻常", 2026), reviews_years("“十五五”时期具有…", 2026)
    (True, False)
    >>> reviews_years("“十四五”时期是开启…的第一个五年", 2021), reviews_years("十三五时期，我国经济…", 2021)
    (False, True)
    """
    found = _PERIOD_OPENING.match(paragraph)
    if found is None or year is None:
        return False
    n = _value(found["n"])
    return n >= 3 and 1970 + 5 * (n - 3) < year


def reviews_past_year(sentence: str) -> bool:
    """Whether a sentence opens with the year just past as its time (``一年来``, ``过去一年``,
    ``过去的一年``, ``去年以来``) and names no coming year (``新的一年``, ``今年``): a statement of what
    was done, as a plan part's sections on defence, Taiwan or diplomacy open.

    >>> reviews_past_year("一年来，我们积极开展全方位外交"), reviews_past_year("过去的一年，外交工作取得成就")
    (True, True)
    >>> reviews_past_year("过去一年，驻军…；新的一年，我们要支持国防"), reviews_past_year("今年要扩大内需")
    (False, False)
    """
    return bool(_PAST_YEAR.match(sentence)) and not _COMING_YEAR.search(sentence)


_PAST_YEAR = re.compile(r"一年来|过去的?一年|去年以来")
_COMING_YEAR = re.compile(r"新的一年|今年|明年")

_PERIOD_OPENING = re.compile(rf"[“‘\"]?(?P<n>{_ORDINAL})五[”’\"]?(?:时期|期间)[，,]")
"""A paragraph opening with a plan's period as its subject, then a comma (``“十四五”时期，``)."""


def _value(ordinal: str) -> int:
    """二十 → 20, 十三 → 13, 十 → 10, 九 → 9."""
    if ordinal.startswith("二十"):
        return 20 + (_DIGITS.index(ordinal[2]) + 1 if len(ordinal) > 2 else 0)
    if ordinal.startswith("十"):
        return 10 + (_DIGITS.index(ordinal[1]) + 1 if len(ordinal) > 1 else 0)
    return _DIGITS.index(ordinal) + 1


def _ordinal(n: int) -> str:
    """20 → 二十, 13 → 十三, 10 → 十, 9 → 九."""
    tens, ones = divmod(n, 10)
    head = "" if not tens else "十" if tens == 1 else _DIGITS[tens - 1] + "十"
    return head + (_DIGITS[ones - 1] if ones else "")
