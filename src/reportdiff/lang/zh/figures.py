"""Chinese number grammar: figures with qualifier, range, scale and unit, and what they are worth.

This module owns reading a printed figure (``6.85亿美元``, ``6%－6.5%``,
``一千多万人``, ``百分之五``) into numbers, and writing one back (for the
property tests).  The cue words that say what a figure *means* (its name,
whether it is a change or a target) are in :mod:`reportdiff.lang.zh.cues`.
"""

from __future__ import annotations

import re

from ...normalize import fold
from ..profile import Figure

QUALIFIERS_BEFORE = (
    "不低于", "不高于", "不少于", "不超过", "超过", "高于", "低于", "突破", "累计", "约", "近", "逾", "超",
)  # fmt: skip
"""Qualifiers printed before a number (``约57.79亿元``), longest first where one contains another."""
QUALIFIERS_AFTER = ("左右", "以上", "以内", "以下", "出头")
"""Qualifiers printed after a figure (``5.5%左右``)."""
APPROXIMATE = ("多", "余")
"""``1000多万人``, ``50余家``: more than the number; recorded as qualifier ``多``/``余``."""
SCALES = {
    "万亿": 10**12, "千亿": 10**11, "百亿": 10**10, "十亿": 10**9, "亿": 10**8,
    "千万": 10**7, "百万": 10**6, "十万": 10**5, "万": 10**4,
}  # fmt: skip
"""Multipliers written after the number (``3.9万亿``, ``2千亿``); their value is folded into ``value``."""
BARE_LEADS = ("突破", "超过", "超", "逾", "过", "达到", "达", "近", "接近", "将近")
"""Words before a scale word printed without a number (``突破万亿元``, ``近百万``) that make it a
quantity, one of it: bounds and approximations.  Not ``上`` (``上万``, ``上亿``: an order of magnitude,
as vague as ``数千亿``), ``约`` (``签约亿元以上项目``), nor a verb (``新增百亿企业``: a class)."""
PERCENT_UNITS = ("个百分点", "百分点")
"""Units that are percentage points (kept as ``个百分点``)."""
UNITS = (
    "个百分点", "百分点", "美元", "欧元", "元/人", "元/月", "元/年", "元／人", "元／月", "元／年", "元",
    "平方公里", "平方米", "立方米", "公里", "千米", "米", "公顷", "亩",
    "微克/立方米", "微克／立方米", "微克每立方米",
    "吨", "公斤", "千克", "斤", "千瓦时", "千瓦", "标准箱", "标箱",
    "人次", "户", "人", "名", "位", "个", "家", "张", "套", "件", "项", "所", "座", "条", "台套", "台", "辆",
    "架", "艘", "批次", "次", "场", "批", "支", "处", "间", "栋", "幢", "根", "片", "部", "种", "株", "头",
    "倍", "年", "天", "小时", "分钟", "岁", "平方公尺",
)  # fmt: skip
"""Units and measure words after a number (longest first where one starts another)."""
AFTER_DIGITS = ("度", "方(?![面案式向法针位])", "列", "只")
"""Units read only right after digits, a scale or 多/余 (``3000亿度`` of electricity, ``22亿方`` of
gas, ``3.6万列`` trains, ``10只`` funds): after a numeral character they are words (``一度``
once, ``一方面``, ``一列``, ``一只``); ``方`` opening a longer word is none (``7方面``, ``3.0方案``)."""
_UNIT_ALIASES = {
    "百分点": "个百分点", "千米": "公里", "千克": "公斤", "标箱": "标准箱",
    "度": "千瓦时", "方": "立方米", "平方公尺": "平方米",
    "微克／立方米": "微克/立方米", "微克每立方米": "微克/立方米",  # a concentration (PM2.5), however written
    "元／人": "元/人", "元／月": "元/月", "元／年": "元/年",  # a rate: per head, a month, a year
}  # fmt: skip
BASE_UNITS = {
    "斤": ("吨", 0.0005), "公斤": ("吨", 0.001),
    "米": ("公里", 0.001),
    "平方公里": ("平方米", 10**6), "公顷": ("平方米", 10**4), "亩": ("平方米", 2000 / 3),
}  # fmt: skip
"""Units of one kind converted to its base (mass 吨, length 公里, area 平方米), so that grain in
斤 and in 吨 is one series; the printed figure keeps the unit the report used."""
_PERCENT = {"%": "%", "％": "%", "‰": "‰"}

_ARABIC = r"[0-9０-９]+(?:[,，][0-9０-９]{3}(?![0-9０-９]))*(?:[.．·][0-9０-９]+)?"
_HAN_DIGITS = "零〇一二两三四五六七八九"
_HAN_CHARS = f"{_HAN_DIGITS}十百千万亿"
# A numeral character that opens a unit is the unit's, not the number's: 五千克 is 五 千克.
_HAN_CHAR = rf"(?!{'|'.join(u for u in UNITS if u[0] in _HAN_CHARS)})[{_HAN_CHARS}]"
_HAN = rf"(?:{_HAN_CHAR})+(?:点[{_HAN_DIGITS}]+)?"
_NUMBER = rf"(?:{_ARABIC}|{_HAN})"
_SCALE = "|".join(SCALES)
# A scale word alone after a lead word: a number of its own, read as one of it (突破万亿元: 1万亿元).
_BARE = "|".join(f"(?<={lead})" for lead in BARE_LEADS)
NOT_UNITS = {"台": "阶", "家": "庭"}
"""Measure words that open a longer word, which is no unit: ``迈上1200亿台阶`` (a step, not
machines), ``惠及3万多家庭`` (households: the count has no unit)."""
_UNIT = "|".join(f"{u}(?!{NOT_UNITS[u]})" if u in NOT_UNITS else u for u in UNITS) + (
    rf"|(?<=[0-9０-９万亿多余])(?:{'|'.join(AFTER_DIGITS)})"
)
# Every figure opens with a digit or a numeral (百分之 with 百), or with a qualifier before it (WHOLE).
# Said first as a lookahead of one class, it lets the regex engine pass over every other position
# at once instead of trying the whole grammar there: masking a report's figures about 2.8× faster.
_OPENS = f"0-9０-９{_HAN_CHARS}"

FIGURE = re.compile(
    rf"(?=[{_OPENS}])(?P<bare>{_BARE})?(?P<pct_word>百分之)?(?P<num>{_NUMBER})(?P<pct>[%％‰])?"
    rf"(?:\s?(?P<dash>[-－~～—–至到])\s?(?P<pct_word2>百分之)?(?P<num2>{_NUMBER})(?P<pct2>[%％‰])?)?"
    rf"(?(pct)|(?(pct2)|(?P<approx>[多余])?\s?(?P<scale>{_SCALE})?(?P<approx2>[多余])?(?P<scale2>亿)?\s?(?P<unit>{_UNIT})?))"
    rf"(?P<post>{'|'.join(QUALIFIERS_AFTER)})?"
)
"""A figure: number or range, percent sign, scale, unit and trailing qualifier, in named groups.

>>> [m.group(0) for m in FIGURE.finditer("增长6%－6.5%，新增1000多万人以上，实到外资6.85 亿美元")]
['6%－6.5%', '1000多万人以上', '6.85 亿美元']
"""

WHOLE = re.compile(
    rf"(?=[{_OPENS}{''.join(sorted({q[0] for q in QUALIFIERS_BEFORE}))}])"
    rf"(?:{'|'.join(QUALIFIERS_BEFORE)})?(?:{FIGURE.pattern})"
)
"""A :data:`FIGURE` with the qualifier printed before it, as one match: what matching masks.

>>> [m.group(0) for m in WHOLE.finditer("约57.79亿元，不低于一千多万人，3千克")]
['约57.79亿元', '不低于一千多万人', '3千克']
"""

TOKEN = re.compile(rf"{WHOLE.pattern}|[A-Za-z]+|\s+|.", re.DOTALL)
"""Inline-diff tokens: a figure stays whole, a Latin word stays whole, else one character.

>>> [m.group(0) for m in TOKEN.finditer("超过50公斤以上 ok")]
['超过50公斤以上', ' ', 'ok']
"""


_HAN_VALUE = {ch: n for n, ch in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_HAN_SMALL = {"十": 10, "百": 100, "千": 1000}
_HAN_LARGE = {"万": 10**4, "亿": 10**8}


def han_number(text: str) -> float | None:
    """Value of a Chinese numeral, or ``None`` if the characters do not form one.

    >>> han_number("三万"), han_number("一千二百万"), han_number("十五"), han_number("三点五")
    (30000, 12000000, 15, 3.5)
    >>> han_number("十四五") is None, han_number("万亿") is None
    (True, True)
    """
    whole, _, decimals = text.partition("点")
    if decimals and any(ch not in _HAN_VALUE for ch in decimals):
        return None
    total, section, digit = 0, 0, None
    last_small, last_large = 10**5, 10**13
    for ch in whole:
        if ch in "零〇" and (section or total):
            continue  # 一千零五: a zero only marks a gap
        if ch in _HAN_VALUE:
            if digit is not None:
                return None  # two digits in a row (十四五, 一九九八) are not one number
            digit = _HAN_VALUE[ch]
        elif ch in _HAN_SMALL:
            unit = _HAN_SMALL[ch]
            if unit >= last_small:
                return None
            section += (1 if digit is None else digit) * unit
            digit, last_small = None, unit
        else:
            unit = _HAN_LARGE[ch]
            if unit >= last_large or (section == 0 and digit is None):
                return None
            total += (section + (digit or 0)) * unit
            section, digit, last_small, last_large = 0, None, 10**5, unit
    if digit is None and not whole.endswith(tuple(_HAN_SMALL) + tuple(_HAN_LARGE)):
        return None
    value = total + section + (digit or 0)
    if decimals:
        return value + float("0." + "".join(str(_HAN_VALUE[ch]) for ch in decimals))
    return value


def number(text: str) -> float | None:
    """Value of an Arabic (half- or full-width, with thousands commas) or Chinese number.

    >>> number("35,783"), number("６.８５"), number("百"), number("5·16"), number("２７，２０３")
    (35783, 6.85, 100, None, 27203)
    """
    folded = fold(text).replace(",", "")
    if "·" in folded:
        return None  # 5·16: a date written as a name
    if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", folded):
        return float(folded) if "." in folded else int(folded)
    return han_number(text)


def read(match: re.Match[str]) -> Figure | None:
    """The figure of a :data:`FIGURE` match; ``None`` when the numbers do not parse.

    >>> read(FIGURE.search("6.85亿美元"))
    Figure(value=685000000.0, value_hi=None, unit='美元', qualifier=None, scaled=True, han=False)
    >>> read(FIGURE.search("百分之五左右")).value, read(FIGURE.search("6%－6.5%")).value_hi
    (5.0, 6.5)
    >>> [(f.value, f.scaled) for f in (read(FIGURE.search("突破万亿元")), read(FIGURE.search("超2千亿元")))]
    [(1000000000000.0, True), (200000000000.0, True)]
    >>> read(FIGURE.search("万亿元")) is None
    True
    """
    low = number(match["num"])
    bare = match["bare"] is not None and match["num"] in SCALES and not match["num2"]
    if bare:
        low = 1  # 突破万亿元: one 万亿, the scale word read as the figure's scale
    high = number(match["num2"]) if match["num2"] else None
    if low is None or (match["num2"] and high is None):
        return None
    if any(n is not None and abs(n) >= _LARGEST for n in (low, high)):
        return None  # hundreds of digits: no quantity a report states, and no float holds it
    scale_word = match["scale"] or (match["num"] if bare else "")
    scale = SCALES.get(scale_word, 1) * (SCALES["亿"] if match["scale2"] else 1)  # 4万多亿元
    if match["pct"] or match["pct2"] or match["pct_word"] or match["pct_word2"]:
        unit = _PERCENT.get(match["pct"] or match["pct2"] or "%", "%")
    else:
        unit = _UNIT_ALIASES.get(match["unit"] or "", match["unit"] or "")
    approx = match["approx"] or match["approx2"]
    unit, factor = BASE_UNITS.get(unit, (unit, 1))
    return Figure(
        value=_scaled(low, scale, factor),
        value_hi=_scaled(high, scale, factor) if high is not None else None,
        unit=unit,
        qualifier=match["post"] or approx,
        scaled=bool(scale_word),
        han=not any(ch.isdigit() for ch in fold(match["num"])),
    )


BARE_APPROXIMATE = ("近", "接近", "将近")
"""The lead words of :data:`BARE_LEADS` that estimate a count (``近百万群众``, ``近千万家庭``): the scale
word alone may stand before the noun counted, while one after a bound (``超千亿产业链``, ``过千亿新兴产业``)
names a class of things, no quantity."""
BARE_ENDS = re.compile(r"[，。；：！？,;:!?]|大关|$")
"""What may follow a scale word printed alone, without a unit, after a bound: the clause ends
(``技术合同交易额突破百亿。``, ``突破万亿元大关``)."""
_DIGIT_WORDS = "一二两三四五六七八九"


def in_words(match: re.Match[str], unit: str, before: str, after: str) -> bool:
    """Whether a figure written in numerals (``match``, with ``unit``; ``before`` and ``after``
    the words either side) is a quantity: a numeral of two characters or more with a digit
    (``十二亿人口``), a percentage in words, or a scale word alone after one of :data:`BARE_LEADS`
    with a unit, at a clause end, or before what an estimate counts (``突破万亿元``, ``近百万群众``) —
    not a word (``三年行动计划``, ``两个清单``, ``千家万户``), nor a class (``超千亿产业链``).

    >>> in_words(FIGURE.search("三年"), "年", "", ""), in_words(FIGURE.search("突破万亿元"), "元", "突破", "")
    (False, True)
    """
    if match["bare"] is not None and match["num"] in SCALES:
        approximate = before.endswith(BARE_APPROXIMATE) and not after.startswith("、")
        return bool(unit) or approximate or BARE_ENDS.match(after) is not None
    digits = match["num"]
    return bool(match["pct_word"]) or (any(ch in _DIGIT_WORDS for ch in digits) and len(digits) >= 2)


_LARGEST = 10**18
"""A number from which digits are no figure (a report's largest sums are about 10^14 yuan,
written 万亿; 10^18 times a scale word still fits a float exactly enough)."""


def _scaled(value: float, scale: int, factor: float = 1) -> float:
    """``value`` times its scale word and its unit's factor to the base unit.

    >>> _scaled(252, 10**8, 0.0005), _scaled(71.21, 10**4, 2000 / 3), _scaled(2.18, 10**12)
    (12600000.0, 474733333.333, 2180000000000.0)
    """
    if scale == 1 and factor == 1:
        return float(value)
    # round away binary noise: 6.85 * 1e8 is 684999999.9999999 in floating point, 2.18 * 1e12
    # 2180000000000.0002; no printed figure has twelve significant digits
    return float(f"{value * scale * factor:.12g}")


def write(value: float, unit: str, *, han: bool = False) -> str:
    """A figure as a report would print it, choosing the largest scale that keeps it exact.

    >>> write(685000000.0, "美元"), write(30000, "个"), write(6.5, "%"), write(120000, "人", han=True)
    ('6.85亿美元', '3万个', '6.5%', '十二万人')
    """
    if unit in ("%", "‰", "个百分点"):
        return f"{_plain(value)}{unit}"
    for word, scale in sorted(SCALES.items(), key=lambda item: -item[1]):
        if word not in ("万亿", "亿", "万"):
            continue
        scaled = value / scale
        if abs(value) >= scale and round(scaled, 4) == scaled:
            body = han_numeral(int(scaled)) if han and scaled == int(scaled) else _plain(scaled)
            return f"{body}{word}{unit}"
    if han and value == int(value):
        return f"{han_numeral(int(value))}{unit}"
    return f"{_plain(value)}{unit}"


def display(value: float, unit: str, written: str = "", scale: str | None = None, /) -> str:
    """A value as a reader writes it: the largest scale word it reaches, at most four decimals; in
    ``written``, the unit the report printed, when the value's base unit is converted from it;
    with ``scale``, the scale word the report printed (``""`` for none), while the value has at
    most five digits before the point in it.

    >>> display(134.9e12, "元"), display(3.036e10, "元"), display(474733333.333333, "平方米")
    ('134.9万亿元', '303.6亿元', '4.7473亿平方米')
    >>> display(-5.6, "%"), display(6260, "人"), display(12600000, "吨")
    ('-5.6%', '6260人', '1260万吨')
    >>> display(7e8, "吨", "斤"), display(7e8, "吨", "吨"), display(7e8, "吨", "公里")
    ('1.4万亿斤', '7亿吨', '7亿吨')
    >>> display(16720, "元", "元", ""), display(2.352e10, "元", "元", "亿"), display(3e9, "元", "元", "")
    ('16720元', '235.2亿元', '30亿元')
    """
    base, factor = BASE_UNITS.get(written, (unit, 1))
    if base == unit and factor != 1:
        value, unit = round(value / factor, 6), written
    printed = SCALES.get(scale or "", 1)
    if scale is not None and unit not in ("%", "‰", "个百分点") and abs(value) < printed * 10**5:
        return f"{_plain(round(value / printed, 4))}{scale}{unit}"  # 16892元 printed: 16720元, not 1.672万元
    if unit not in ("%", "‰", "个百分点"):
        for word, size in (("万亿", 10**12), ("亿", 10**8), ("万", 10**4)):
            if abs(value) >= size:
                return f"{_plain(round(value / size, 4))}{word}{unit}"
    return f"{_plain(round(value, 4))}{unit}"


def written_scale(figure: str) -> str | None:
    """The scale word a printed figure is written with (``""`` for none; ``None`` when it is no
    figure), so that values compared with it are written alike.

    >>> written_scale("16892元"), written_scale("240亿元"), written_scale("4万多亿元"), written_scale("6%")
    ('', '亿', '万亿', '')
    """
    match = FIGURE.search(figure)
    if match is None:
        return None
    return (match["scale"] or "") + (match["scale2"] or "")


def written_unit(figure: str) -> str:
    """The unit a printed figure is written in, before any conversion to a base unit.

    >>> written_unit("1.4万亿斤"), written_unit("252亿斤以上"), written_unit("6.5%"), written_unit("3千米")
    ('斤', '斤', '%', '公里')
    """
    match = FIGURE.search(figure)
    if match is None:
        return ""
    if match["pct"] or match["pct2"] or match["pct_word"] or match["pct_word2"]:
        return _PERCENT.get(match["pct"] or match["pct2"] or "%", "%")
    return _UNIT_ALIASES.get(match["unit"] or "", match["unit"] or "")


def _plain(value: float) -> str:
    if value == int(value):
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


def han_numeral(value: int) -> str:
    """Chinese numerals for a whole number below 10¹² (the inverse of :func:`han_number`).

    >>> han_numeral(12000000), han_numeral(15), han_numeral(1005), han_numeral(100020000)
    ('一千二百万', '十五', '一千零五', '一亿零二万')
    """
    if value == 0:
        return "零"
    out = ""
    gap = False
    for chunk, word in ((value // 10**8, "亿"), (value // 10**4 % 10**4, "万"), (value % 10**4, "")):
        if chunk == 0:
            gap = gap or bool(out)
            continue
        if out and (gap or chunk < 1000):
            out += "零"
        out += _four(chunk) + word
        gap = False
    return out[1:] if out.startswith("一十") else out


def _four(chunk: int) -> str:
    out, zero = "", False
    for place, word in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = chunk // place % 10
        if digit == 0:
            zero = bool(out)
            continue
        out += ("零" if zero else "") + "零一二三四五六七八九"[digit] + word
        zero = False
    return out
