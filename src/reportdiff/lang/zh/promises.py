"""Chinese cue words for commitments (action verbs and how strong they are) and for new terms.

Everything here is data; :mod:`reportdiff.extract.commitments` and
:mod:`reportdiff.extract.terms` apply it.
"""

from __future__ import annotations

import re

from ..profile import CommitmentRules, TermRules
from .words import (
    EVERYDAY,
    FUNCTION_CHARS,
    KNOWN_RARE,
    binds,
    is_nominal,
    is_proper,
    is_term_like,
    is_verb,
    may_close,
    may_modify,
    may_open,
    rarity,
    verb_at,
    words,
)

# Verbs a promise opens with, by strength: 1 tentative, 2 ordinary, 3 emphatic.
_WEAK = ("探索", "研究", "试点", "鼓励", "引导", "关注", "注重")
_ORDINARY = (
    "推进", "推动", "支持", "促进", "实施", "开展", "发展", "建设", "完善", "健全", "建立健全", "建立",
    "优化", "提升", "提高", "扩大", "稳定", "巩固", "培育", "落实", "做好", "抓好", "改善", "保障",
    "构建", "形成", "打造", "壮大", "新建", "新增", "改造", "启动", "开工", "完成", "实现", "推出",
    "设立", "举办", "出台", "制定", "修订", "组织", "开通", "建成", "创建", "推广", "规范", "整治",
    "治理", "保护", "降低", "减少", "压减", "增加", "统筹", "用好", "办好", "办成", "扩容", "升级",
    "拓展", "补齐", "增强", "提振", "激发", "释放", "营造", "保持", "守住", "筑牢", "织密", "畅通",
    "引进", "招引", "吸引", "服务", "继续实施", "延续", "加装", "修缮", "实行", "推行", "试行",
    "落细", "发挥", "挖掘", "弘扬", "繁荣", "丰富", "学习运用",
)  # fmt: skip
_STRONG = (
    "加快", "加强", "加大", "深化", "强化", "确保", "坚持", "严格", "严守", "严控", "严厉打击", "坚决",
    "全力", "大力", "着力", "持续", "切实", "严把", "狠抓", "力争",
)  # fmt: skip
VERBS: dict[str, int] = {w: 1 for w in _WEAK} | {w: 2 for w in _ORDINARY} | {w: 3 for w in _STRONG}
"""Action verb → strength."""

ADVERBS: dict[str, int] = {
    "纵深": 2, "全面": 2, "坚决": 2, "全力": 2, "大力": 1, "着力": 1, "深入": 1, "持续": 1, "切实": 1,
    "扎实": 1, "进一步": 1, "加快": 1, "积极": 1, "不断": 1, "更好": 1, "更加": 1, "主动": 1,
    "继续": 0, "接续": 0, "统筹": 0, "协同": 0, "有效": 0, "依法": 0, "精准": 0, "高质量": 0, "重点": 0,
    "再": 0,
    "严格": 1, "坚定": 1, "毫不动摇": 1, "深度": 0,
    "稳步": -1, "稳妥": -1, "逐步": -1, "有序": -1, "适度": -1, "适当": -1, "探索": -1, "审慎": -1,
}  # fmt: skip
"""Words before a verb that make it stronger (+) or weaker (-); ``加强`` → ``纵深推进`` is stronger."""

LEADS = ("我们要", "我们将", "我们", "今年要", "今年", "要", "将", "并", "同时", "还要", "也要", "都要")
"""Words opening a clause before its action."""

COMMITMENT_RULES = CommitmentRules(
    verbs=VERBS,
    adverbs=ADVERBS,
    leads=LEADS,
    min_object=2,
    marks=" \t、，,；;：:。！？!?…—",
    heading_number=re.compile(r"^(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)\s*"),
    key_drop=re.compile(r"[\s、，,；;：:。！？!?“”‘’《》（）()\"'·—…-]"),
    joiners=("和", "、", "并"),  # 稳定和扩大, 落实、完善, 巩固并提升
    complements=("好",),  # 发挥好, 用好
    framing=("聚焦", "围绕", "锚定", "立足", "按照", "对标", "紧扣", "紧盯", "面向"),
    topic_markers=("要",),
    topic_chars=8,
    verb_at=verb_at,
)

# --- new terms -----------------------------------------------------------------------

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
)  # fmt: skip
"""Words that say nothing new on their own: a term made only of these is no term."""

_FUNCTION = FUNCTION_CHARS
_NAMING = ("全面", "统筹", "协同", "有效", "精准", "高质量", "重点")
"""Modifiers of an action that also open names (精准扶贫, 高质量发展, 协同发展): not term edges."""
_NUMERALS = "零〇一二两三四五六七八九十百千万亿"
"""Characters a term does not start or end with (particles, prepositions, conjunctions)."""

TERM_RULES = TermRules(
    words=words,
    rarity=rarity,
    term_like=is_term_like,
    opening_words=frozenset(VERBS),
    nominal=is_nominal,
    binds=binds,
    may_open=may_open,
    may_close=may_close,
    edge_words=frozenset(
        (
            *(a for a in ADVERBS if a not in _NAMING),
            *LEADS,
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
    everyday=EVERYDAY,
    stock=9,
    proper=is_proper,
    verb=is_verb,
    modifier=may_modify,
    generic_head=2,
    list_end="等",
)
