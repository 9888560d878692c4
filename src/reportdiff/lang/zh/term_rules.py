"""Chinese cue words for new terms (新提法): what a term may not start or end with, the words that
say nothing new alone, and the dictionary look-ups the term finder asks.

Everything here is data; :mod:`reportdiff.extract.terms` applies it.
"""

from __future__ import annotations

import re

from ..profile import TermRules
from .figures import UNITS
from .periods import later_plans
from .promises import ADVERBS, LEADS, VERBS
from .words import (
    EVERYDAY,
    FUNCTION_CHARS,
    KNOWN_RARE,
    NUMBERED,
    PREDICATES,
    SLOGAN_VERBS,
    binds,
    is_nominal,
    is_proper,
    is_term_like,
    is_verb,
    joined,
    may_close,
    may_modify,
    may_open,
    rarity,
    words,
)

GENERIC = (
    "发展", "建设", "推进", "推动", "加快", "加强", "深化", "改革", "完善", "提高", "提升", "促进", "实施",
    "工作", "坚持", "全面", "进一步", "积极", "持续", "支持", "落实", "保障", "服务", "体系", "机制",
    "政策", "经济", "社会", "国家", "全国", "我国", "人民", "群众", "企业", "地区", "城市", "农村", "产业",
    "重点", "重大", "领域", "水平", "能力", "质量", "安全", "环境", "管理", "制度", "问题", "任务", "目标",
    "今年", "去年", "过去", "一年", "五年", "各类", "各项", "各级", "有关", "相关", "主要", "新的", "更加",
    "扩大", "优化", "加大", "力度", "稳定", "增长", "规模", "结构", "建立", "健全", "创新", "开放", "合作",
    "政府", "部门", "单位", "项目", "工程", "行动", "计划", "方案", "措施", "标准", "要求", "方面", "基础",
    "取得", "实现", "形成", "保持", "继续", "注重", "强化", "着力", "大力", "深入", "统筹", "更好", "作用",
    "成效", "成果", "进展", "突破", "明显", "显著", "不断", "一批", "一些", "我们", "代表", "同志", "各位",
    "纲要", "草案",
)  # fmt: skip
"""Words that say nothing new on their own: a term made only of these is no term."""

_FUNCTION = FUNCTION_CHARS
_NAMING = ("全面", "统筹", "协同", "有效", "精准", "高质量", "高标准", "高水平", "重点")
"""Modifiers of an action that also open names (精准扶贫, 高质量发展, 协同发展): not term edges."""
_NUMERALS = "零〇一二两三四五六七八九十百千万亿"
"""Characters a term does not start or end with (particles, prepositions, conjunctions)."""

OPENING = frozenset(VERBS) | frozenset(a + v for a in ADVERBS for v in VERBS)
"""Words that open a promise: its verbs, and the dictionary's words made of an adverb and one
of them, which it tags as nouns (``全面推行``, ``全面实施``, ``大力发展``, 18 such words) though
they are verbs: a term does not open with one, and one before a term shows its edge
(``全面推行``/河长制)."""


def _binds(word: str) -> bool:
    """:func:`binds`, but a word that opens a promise binds nothing after it (:data:`OPENING`)."""
    return word not in OPENING and binds(word)


TERM_RULES = TermRules(
    words=words,
    rarity=rarity,
    term_like=is_term_like,
    opening_words=OPENING,
    nominal=is_nominal,
    binds=_binds,
    may_open=may_open,
    may_close=may_close,
    edge_words=frozenset(
        (
            *(a for a in ADVERBS if a not in _NAMING),
            *LEADS,
            *(w for w in PREDICATES if len(w) > 1),  # one-character ones: may_close
            *"等的得和与及是在了对为把以各更多好",
            "各项",
            "各类",
            "一批",
            "有关",
            "相关",
            "主要",
            "重要",
        )
    ),
    quotes=(("“", "”"), ("「", "」"), ("《", "》"), ('"', '"')),
    generic=GENERIC,
    edge=re.compile(rf"^[{_FUNCTION}{_NUMERALS}]|[{_FUNCTION}{_NUMERALS}]$"),
    quantity=re.compile(rf"[0-9０-９]+(?:[.．][0-9０-９]+)?(?:{'|'.join(UNITS)})?"),
    later_names=later_plans,
    not_term=re.compile(
        r"[0-9０-９]|[零〇一二两三四五六七八九十百千万亿]{2,}|[今去明上]年|[一二两三四五六七八九十]年|年度|[月日]|[，。；：、！？（）()“”《》]"
    ),
    run=re.compile(r"[\u4e00-\u9fffa-z0-9+]+"),
    word_piece=re.compile(r"[\u4e00-\u9fff]{2}"),
    abbreviation=re.compile(
        r"^[一二两三四五六七八九十双]个?[\u4e00-\u9fff]$|[一二两三四五六七八九十]个|[一二两三四五六七八九十][大新]"
        r"|[一二两三四五六七八九十][\u4e00-\u9fff][一二两三四五六七八九十]|\+$"
    ),
    min_length=3,
    max_length=10,
    max_words=4,
    known_rare=KNOWN_RARE,
    min_count=2,
    limit=30,
    history_least_salience=3.0,
    everyday=EVERYDAY,
    stock=9,
    proper=is_proper,
    joined=joined,
    verb=is_verb,
    modifier=may_modify,
    generic_head=2,
    list_end="等",
    slogan_verbs=SLOGAN_VERBS,
    numbered=NUMBERED,
    continued=re.compile(rf"[{_NUMERALS}][\u4e00-\u9fff]"),
)
