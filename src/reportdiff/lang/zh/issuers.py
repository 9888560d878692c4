"""Who issues a report and how firmly a target is set: levels of government, qualifier classes.

The level is read off the end of the issuer's name, the way a reader tells 安徽省 from
合肥市 from 长宁区.  Names that do not end in a level word (a region the header did not
name) get no level rather than a guess.
"""

from __future__ import annotations

from ..profile import IssuerRules

NATIONAL = ("国务院", "全国", "中国", "中华人民共和国")
"""Names of the national government as reports print them (``我代表国务院``)."""
MUNICIPALITIES = ("北京市", "上海市", "天津市", "重庆市")
"""直辖市: named 市 but provincial in level."""
SUFFIXES: tuple[tuple[str, str], ...] = (
    # longest first: 自治区 is a province, 自治州 a prefecture, 自治县 a county
    ("特别行政区", "province"),
    ("自治区", "province"),
    ("自治州", "prefecture"),
    ("自治县", "county"),
    ("自治旗", "county"),
    ("省", "province"),
    ("地区", "prefecture"),
    ("盟", "prefecture"),
    ("州", "prefecture"),
    ("市", "prefecture"),
    ("区", "district"),
    ("县", "county"),
    ("旗", "county"),
)
"""Name ending → level.  A 市 is read as a prefecture-level city: county-level cities share
the suffix and cannot be told from the name alone."""

HARD = (
    "以上", "不低于", "不少于", "超过", "超", "确保", "突破", "至少",
    "以内", "以下", "不超过", "不高于", "控制在", "低于",
)  # fmt: skip
"""Qualifiers and cues of a binding target: a floor or a ceiling to hold."""
SOFT = ("左右", "约", "力争", "预期", "预计", "争取", "努力")
"""Qualifiers and cues of an expected or aspired-to figure."""


def level(name: str) -> str | None:
    """The administrative level a name tells.

    >>> [level(n) for n in ("国务院", "北京市", "广西壮族自治区", "自治区", "合肥市", "长宁区",
    ...                     "呼伦贝尔市海拉尔区", "鄂温克族自治旗", "某某")]
    ['national', 'province', 'province', 'province', 'prefecture', 'district', 'district', 'county', None]
    """
    name = name.strip()
    if name in NATIONAL:
        return "national"
    if name in MUNICIPALITIES:
        return "province"
    for suffix, found in SUFFIXES:
        if name.endswith(suffix):
            return found
    return None


def issuer(name: str) -> str | None:
    """The issuer a region's name names: the national government's names as one, ``None``
    for a bare level word (the header named only ``自治区``).

    >>> issuer("国务院"), issuer("全国"), issuer("自治区"), issuer(" 安徽省 ")
    ('全国', '全国', None, '安徽省')
    """
    name = name.strip()
    if name in NATIONAL:
        return NATIONAL[1]
    if not name or any(name == suffix for suffix, _ in SUFFIXES):
        return None
    return name


def same_issuer(first: str, second: str) -> bool:
    """One issuer: equal names, or one name the other's with its parent region before it.

    >>> same_issuer("呼伦贝尔市海拉尔区", "海拉尔区"), same_issuer("安徽省", "福建省")
    (True, False)
    """
    return first == second or first.endswith(second) or second.endswith(first)


ISSUER_RULES = IssuerRules(level=level, hard=HARD, soft=SOFT, issuer=issuer, same_issuer=same_issuer)
