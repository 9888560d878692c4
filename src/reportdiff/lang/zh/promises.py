"""Chinese cue words for commitments: action verbs and how strong they are, and what a promise is not.

Everything here is data; :mod:`reportdiff.extract.commitments` applies it (new terms' rules:
:mod:`reportdiff.lang.zh.term_rules`).
"""

from __future__ import annotations

import re
from itertools import permutations

from ..promise_rules import CommitmentRules
from .not_promises import CONDITIONS, JUDGEMENTS, PERSISTING, PREDICATE_OPENERS, SHORTCOMINGS, STATES
from .periods import named_periods
from .words import (
    longer_word,
    modifier_at,
    opens_object,
    tag,
    verb_at,
    word_ends,
    words,
)

# Verbs a promise opens with, by strength: 1 tentative, 2 ordinary, 3 emphatic.
_WEAK = ("探索", "研究", "试点", "鼓励", "引导", "关注", "注重")
_ORDINARY = (
    "扛起", "扛牢", "扛稳", "扛好", "压实",  # a duty shouldered: 扛稳…粮食安全责任, 压实…责任
    "推进", "推动", "支持", "促进", "实施", "开展", "发展", "建设", "完善", "健全", "建立健全", "建立",
    "优化", "提升", "提高", "扩大", "稳定", "巩固", "培育", "落实", "做好", "抓好", "改善", "保障",
    "构建", "形成", "打造", "壮大", "新建", "新增", "改造", "启动", "开工", "完成", "实现", "推出",
    "设立", "举办", "出台", "制定", "修订", "组织", "开通", "建成", "创建", "推广", "规范", "整治",
    "治理", "保护", "降低", "减少", "压减", "增加", "统筹", "用好", "办好", "办成", "扩容", "升级",
    "拓展", "补齐", "增强", "提振", "激发", "释放", "营造", "保持", "守住", "筑牢", "织密", "畅通",
    "引进", "招引", "吸引", "服务", "继续实施", "延续", "加装", "修缮", "实行", "推行", "试行",
    "落细", "发挥", "挖掘", "弘扬", "繁荣", "丰富", "学习运用", "防范", "打击", "化解", "遏制", "处置",
    "培养", "调整", "兜住", "兜牢", "守牢", "改建", "扩建", "改扩建",
    "建强",  # 建强…平台
    # a chain of 做 + what it makes is one verb (做大做强, 做强做优做大国有资本, 做精做优做长…链条)
    *("".join(f"做{x}" for x in chain) for n in (1, 2, 3) for chain in permutations("大强优精长", n)),
)  # fmt: skip
_STRONG = (
    "加快", "加强", "加大", "深化", "强化", "确保", "坚持", "严格", "严守", "严控", "严厉打击", "严把",
    "狠抓", "力争",
)  # fmt: skip
VERBS: dict[str, int] = {w: 1 for w in _WEAK} | {w: 2 for w in _ORDINARY} | {w: 3 for w in _STRONG}
"""Action verb → strength."""

ADVERBS: dict[str, int] = {
    "纵深": 2, "全面": 2, "坚决": 2, "全力": 2, "大力": 1, "着力": 1, "深入": 1, "切实": 1,
    "扎实": 1, "进一步": 1, "加快": 1, "积极": 1, "不断": 1, "更好": 1, "更加": 1, "主动": 1,
    "高质量": 1, "高标准": 1, "高水平": 1,
    "继续": 0, "持续": 0, "接续": 0, "统筹": 0, "协同": 0, "有效": 0, "依法": 0, "精准": 0, "重点": 0,
    "再": 0, "妥善": 0, "敢于": 0, "勇于": 0, "善于": 0,
    "严格": 1, "坚定": 1, "坚定不移": 1, "毫不动摇": 1, "毫不放松": 1, "毫不松懈": 1, "认真": 1, "深度": 0,
    "稳步": -1, "稳妥": -1, "逐步": -1, "有序": -1, "适度": -1, "适当": -1, "探索": -1, "审慎": -1,
    # the dictionary joins some to their verb as one noun (充分发挥, 广泛开展, 严肃查处, 综合治理)
    "充分": 1, "广泛": 1, "严肃": 1, "全方位": 1, "驰而不息": 1, "更大力度": 1, "更高标准": 1, "更高水平": 1,
    "及时": 0, "常态化": 0, "综合": 0, "合理": 0, "一体": 0,
}  # fmt: skip
"""Words before a verb that make it stronger (+) or weaker (-); ``加强`` → ``纵深推进`` is stronger."""

ORDINALS = (
    *(f"{n}是" for n in ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十")),
    *(f"十{n}是" for n in "一二三四五六七八九"), "二十是",
)  # fmt: skip
"""Which item of a list a clause is (``一是``积极调整出口商品结构): a lead, and not shown with the promise."""

LEADS = (
    "我们要", "我们将", "我们", "今年要", "今年", "全年", "要", "将", "并", "同时", "还要", "也要", "都要",
    "在全国", "在全省", "在全市", "在全区", "在全国范围", "在全国范围内", "在全省范围内", *ORDINALS,
)  # fmt: skip
"""Words opening a clause before its action (全年新增…企业1000家以上: 全年 is when, not what;
``在全国``推行城乡居民大病保险: where; ``一是``积极调整出口商品结构: which item of a list)."""

FRAMING = (
    "聚焦", "围绕", "锚定", "立足", "按照", "对标", "紧扣", "紧盯", "面向", "适应", "顺应", "面对", "着眼",
    "依托", "结合", "瞄准", "越是",
)  # fmt: skip
"""Words opening a clause that frames the promises after it (``聚焦``工业母机等领域, ``适应``…需要,
``越是``困难…)."""

NOT_ACTIONS = (
    "是", "为", "有", "没有", "具有", "拥有", "成为", "作为", "属于", "包括", "涉及", "意味着", "有利于",
    "不利于", "有助于", "符合", "面临", "需要", "考虑", "预计", "认为", "希望", "相信", "提交", "提请",
    "不得", "不能", "不准", "不宜", "不应", "不可", "不要", "当好", "加上", "付出", "通用",
    "分析", "研判", "认识",
)  # fmt: skip
"""Never an action: verbs that state (be, have, include, concern, bear on: ``不利于``社会稳定, need,
expect, believe), hand the report to the congress (``提请``大会审议), say what may not be done
(一律``不得``批准用地: a rule, not an act), take a role (``当好``创造性执行者, 赤峰、通辽要
``当好``领头羊: a role or an attitude, the actions follow it), add to a sum (``加上``调入资金等,
… 支出规模28.5万亿元), ask for effort (必须``付出``艰苦努力), say what is general (``通用``机场),
or reason (综合``分析``…形势, 深刻``认识``…)."""

COPULA = "是"
"""Right after what was read as the action, shows it was the subject (就业``是``民生之本)."""
ASPECT = ("了", "着")
"""Marks right after a verb that say it happened or is under way (``综合考虑了``…): the
clause describes."""
DEGREE = ("很", "十分", "非常", "极为", "极其", "相当", "尤为")
"""Degree adverbs: in an object they make what follows a predicate (这些目标``很``不容易)."""
NEGATED_COPULA = ("并非", "绝非", "决非")
"""``is not``: in an object it judges what comes before (今年预期目标``并非``易事)."""
PROGRESSIVE = ("在", "正在")
"""Before an adverb of ongoing change (``ONGOING``), mark a change under way (内生动力``在``
不断积聚), not a place (保持``在``合理水平, ``在``更高水平上)."""
ONGOING = ("不断", "持续", "逐步", "日益", "日趋", "加快", "加速", "稳步")
"""… and, after a verb the lists lack, with a verb after them, a subject's predicate (``自主`` +
创新…能力``不断``增强): listed verbs make things happen (推动经济``不断``发展)."""
_OF_DEVELOPMENT = (
    "方式", "质量", "动力", "动能", "水平", "效益", "效能", "活力", "潜力", "韧性", "理念", "格局", "模式",
)  # fmt: skip
ATTRIBUTES = (*("发展" + noun for noun in _OF_DEVELOPMENT), "治理模式", "服务模式")
"""A verb that is also a noun and a noun naming an attribute of what it does (``发展方式``,
``发展质量``): see ``CommitmentRules.attributes``."""
STATIVE = ("具有", "拥有", "属于", "意味着", "面临", "符合")
"""Verbs of a state opening the object of a verb that is also a noun, with no relative clause
in it (持续发展``具有``多方面有利条件): what was read as the action was the subject of a
statement; with one, they open a modifier of the object (打造``具有``国际竞争力的…集群), and
after a verb that is only a verb they open its object (支持``具有``自主品牌和高附加值产品出口)."""
ALREADY = ("已", "已经")
"""Before a verb that states, in an object, say what is so (…``已``成为不可阻挡的历史潮流)."""
MODALS = ("要", "需要", "必须", "应", "应当", "须")
"""In an object and before a verb, make the words before them a subject (高质量发展``要``靠改革)."""
DIRECTIONS = ("起来", "下去", "出来", "上来", "下来", "进去", "开来")
"""Directional complements: an "object" that is one is the verb's complement, the thing acted on
having come before it (该立的要积极主动立``起来``): the clause names no object of its own."""
WHAT_FOLLOWS = ("以下", "如下", "下列")
"""An object naming what follows (重点把握``以下``几点): a lead-in to a list, no promise itself."""
WHAT_WENT_BEFORE = ("上述", "前述")
SETTING = ("提出", "确定")
TARGETS_SET = re.compile(r"(?:目标|指标)$|\d\s*[%％]")
"""After a verb of setting (``提出``, ``确定``), an object naming what went before (``提出上述预期目标``,
综合考虑了…) or a target (``提出``国内生产总值增长8%左右, ``提出``6项指标): why the targets are what
they are, no promise; not ``实现``/``实施``上述…, which acts on them, nor ``提出``具体实施方案, a promise
to submit one."""
REQUIREMENTS = ("的要求", "的需要")
"""An object ending so names a requirement (加大稳就业力度``的要求``) …"""
CARRY_OUT = ("落实", "贯彻", "执行", "遵循", "满足", "适应")
"""… unless its verb carries one out (``落实``…统筹发展和安全的要求)."""
NOT_COPULA = ("特别", "尤其", "即", "但", "或", "而", "还", "只", "总", "正", "凡")
"""Words before ``是`` that make it no copula of what came before (``特别是``, ``但是``, ``还是``);
an adverb of the copula leaves it one (``都是``, ``也是``, ``不是``: the clause states)."""
TAKES_CLAUSE = ("坚持", "把握", "牢记", "认识", "认识到", "明确", "坚信", "懂得", "看到", "贯彻", "落实")
"""Verbs whose object may be a statement (``坚持``科技是第一生产力, ``牢牢把握``高质量发展是…要求) or
name a guideline or policy by one (``贯彻``科学技术是第一生产力的指导思想, ``落实``一方是独生子女的
夫妇可生育两个孩子政策)."""




def is_statement(verb: str, obj: str) -> bool:
    """Whether a clause with this verb and object states or judges rather than promises
    (:attr:`CommitmentRules.statement`).

    >>> is_statement("实现", "这些目标很不容易"), is_statement("发展", "内生动力在不断积聚")
    (True, True)
    >>> is_statement("推动", "高质量发展要靠改革"), is_statement("加大", "稳就业力度的要求")
    (True, True)
    >>> is_statement("落实", "统筹发展和安全的要求"), is_statement("推动", "价格保持在合理水平")
    (False, False)
    >>> is_statement("实现", "双循环在更高水平上相互促进"), is_statement("支持", "有条件的地方先行")
    (False, False)
    >>> is_statement("就业", "是民生之本"), is_statement("考虑", "了国内外形势")
    (True, True)
    >>> is_statement("自主", "创新和科技成果转化能力不断增强"), is_statement("推动", "经济不断发展")
    (True, False)
    >>> is_statement("谋求", "和平与发展已成为不可阻挡的历史潮流")
    True
    >>> is_statement("立", "起来"), is_statement("把握", "以下几点"), is_statement("注意", "把握以下几点")
    (True, True, True)
    >>> is_statement("提出", "上述预期目标"), is_statement("实现", "上述目标")
    (True, False)
    >>> is_statement("提出", "国内生产总值增长8%左右"), is_statement("提出", "具体实施方案")
    (True, False)
    >>> is_statement("完善", "3岁以下婴幼儿照护服务"), is_statement("发展", "具有多方面有利条件")
    (False, True)
    >>> is_statement("打造", "具有国际竞争力的数字产业集群")
    False
    >>> is_statement("需求", "不足和优质供给不足并存"), is_statement("解决", "有效需求不足")
    (True, False)
    >>> is_statement("自主", "创新能力不强"), is_statement("增强", "自主创新能力")
    (True, False)
    >>> is_statement("做好", "政府工作事关全局、意义重大"), is_statement("着力解决", "事关全局的重大问题")
    (True, False)
    >>> is_statement("转变", "经济发展方式刻不容缓")  # national 2010 (the twenty-third new user)
    True
    >>> is_statement("就业", "压力仍然很大"), is_statement("推动", "价格上涨的因素较多")
    (True, True)
    >>> is_statement("解决", "群众反映依然强烈的问题"), is_statement("扶持", "人口较少民族发展")
    (False, False)
    >>> is_statement("发展", "就失去底色"), is_statement("使命", "如磐"), is_statement("统筹", "就地消纳")
    (True, True, False)
    """
    if (obj.endswith(REQUIREMENTS) and verb not in CARRY_OUT) or obj.endswith(COPULA):
        return True  # …主要预期目标是: introduces what follows
    if obj.rstrip("。；，！").endswith(JUDGEMENTS):
        return True  # 做好 + 政府工作事关全局、意义重大: a judgement of the work, no promise
    if obj.endswith(STATES) and verb not in VERBS:
        return True  # 有效需求不足和优质供给不足并存: a problem described
    if obj in DIRECTIONS or obj.startswith(WHAT_FOLLOWS):
        return True  # 积极主动立起来, 重点把握以下几点: no object of its own
    if verb in SETTING and (obj.startswith(WHAT_WENT_BEFORE) or TARGETS_SET.search(obj)):
        return True  # 提出上述预期目标, 综合考虑了…; 提出国内生产总值增长8%左右: the targets explained
    if obj[2:].startswith(WHAT_FOLLOWS) and tag(obj[:2]).startswith("v"):
        return True  # 注意 + 把握以下几点: a second verb before what follows
    if obj.startswith(STATIVE) and "的" not in obj and tag(verb) == "vn":
        return True  # 持续发展 + 具有多方面有利条件: the "action" was a subject, the clause states
    if obj[:1] in _OPENING:
        first, *rest = words(obj[:6])
        if first in ASPECT or first == COPULA or tag(first).startswith("u"):
            return True  # 综合考虑了…; 就业是民生之本, 高质量发展的…: the "verb" was a subject
        if first in PREDICATE_OPENERS and rest and not tag(rest[0]).startswith("u"):
            return True  # 发展 + 就失去底色, 使命 + 如磐: a subject and its predicate
    if _CUES.search(obj) is None:
        return False  # most objects: no segmentation
    parts = words(obj[:40])
    for k, word in enumerate(parts):
        after = parts[k + 1] if k + 1 < len(parts) else ""
        if word in DEGREE or word.startswith(NEGATED_COPULA):
            return True
        if k and word in PERSISTING and "的" not in "".join(parts[k + 1 :]):
            return True  # 就业 + 压力仍然很大: a subject and its state (not 解决仍然存在的问题)
        if k and word in PROGRESSIVE and after in ONGOING:
            return True
        if k and word in ALREADY and after in NOT_ACTIONS:
            return True  # …已成为…潮流: the clause states what is so
        if k and word in ONGOING and verb not in VERBS and _predicate(parts, k):
            return True  # 自主 + 创新…能力不断增强: a subject and its predicate
        if k and word in MODALS and after and tag(after) == "v":
            return True
        if k and word == COPULA and _copula(parts, k, verb):
            return True  # 抓好 + 落实是政府工作的永恒主题: the "action" and object were a subject
    return False


def _copula(parts: tuple[str, ...], k: int, verb: str) -> bool:
    """Whether ``是`` (``parts[k]``) joins what comes before it, a subject, to a predicate: not after
    a word that makes it no copula (``特别是``), nor inside quotes, nor in the object of a verb that
    takes a statement (``坚持``科技是第一生产力)."""
    before = "".join(parts[:k])
    quoted = before.count("“") != before.count("”")
    return parts[k - 1] not in NOT_COPULA and verb not in TAKES_CLAUSE and not quoted


def _predicate(parts: tuple[str, ...], k: int) -> bool:
    """Whether the adverb ``parts[k]`` opens a predicate: a noun (its subject) before it, a verb
    after it, and no ``的`` after that (人民群众不断增长``的``需求 names a thing)."""
    after = parts[k + 1] if k + 1 < len(parts) else ""
    return tag(parts[k - 1]).startswith("n") and tag(after) == "v" and "的" not in parts[k + 1 :]


_OPENING = frozenset((*ASPECT, COPULA, *"的地得之所等过", *PREDICATE_OPENERS))
"""First characters of an object that may be a particle, an aspect mark or a copula."""
_CUES = re.compile(
    "|".join(
        map(re.escape, (*DEGREE, *NEGATED_COPULA, *PROGRESSIVE, *MODALS, *ALREADY, *ONGOING, *PERSISTING))
    )
    + f"|{COPULA}"
)
"""Any word of the lists :func:`is_statement` reads an object's words for: one search in C for
all of them (about 1,500 objects a national pair, most holding none)."""


HEADS = (
    "制度", "工作", "建设", "体系", "机制", "体制", "政策", "措施", "行动", "工程", "项目", "计划",
    "方案", "试点", "活动", "能力", "水平", "功能", "举措",
)  # fmt: skip
"""Generic heads of an object: what a promise is about is the words before them."""

HEAD_TAKERS = (
    "实施", "开展", "制定", "出台", "启动", "组织", "完善", "健全", "建立", "建立健全", "落实", "执行",
    "强化", "加强", "深化", "推出", "优化", "用好", "研究", "支持", "提升", "提高", "增强", "探索",
    "实行", "推行", "试行", "设立", "举办",
)  # fmt: skip
"""Verbs that take a programme, system or capability as object, named by what it does
(``实施``降低物流成本行动, ``健全``促进民营经济发展工作机制, ``提升``服务产业发展能力);
not ``推进``, ``推动``, which take the action itself (``推进``扩大职业伤害保障试点)."""
HEAD_BUILDERS = (
    "实施", "开展", "完善", "落实", "执行", "构建", "形成", "开工", "拓展", "升级", "推广", "健全",
    "制定", "建立", "建立健全", "出台",
)  # fmt: skip
"""Verbs that carry out or build a programme or system themselves: second of two verbs, they
share its head with the first (``制定实施``…计划, ``健全完善``…体系, ``推动形成``…新体系)."""

OUTCOMES = ("成效", "成果")
"""Heads naming what earlier work achieved: 巩固提升入河排污口整治``成效`` keeps what 完成…整治 did."""

DETERMINERS = ("各种", "各类", "各项", "一切", "所有", "全部")
"""Words opening a whole noun phrase: a verb before one takes it as its object (打击``各种``…活动)."""

def acts(text: str) -> bool:
    """Whether ``text`` is an action alone: verbs, the adverbs before them and a complement after
    (``加快壮大``, ``再办好``, ``执行好``), no noun of its own.  Before a figure, the figure then
    counts the noun after it (``加快壮大40个省级县域特色产业集群``: the clusters, not ``加快壮大``).

    >>> acts("加快壮大"), acts("再办好"), acts("执行好"), acts("国家高新技术企业"), acts("大力")
    (True, True, True, False, False)
    """
    pos, verb = 0, False
    while pos < len(text):
        rest = text[pos:]
        listed = next((w for w in _LISTED if rest.startswith(w)), "")
        size = len(listed) or verb_at(rest, True)
        if size:
            verb = verb or not listed or listed in VERBS
        elif verb and rest[0] in _COMPLEMENTS:
            size = 1
        else:
            size, noun = modifier_at(rest)
            if not size or noun:
                return False
        pos += size
    return verb


def other_items(a: str, b: str) -> bool:
    """Whether two objects end with one head of two characters or more after qualifiers of two or
    more that share no character (``粮食``/``股票``市场稳定, ``教育``/``经济``结构和布局): a frame
    about two items, the head coming last.

    >>> other_items("粮食市场稳定", "股票市场稳定"), other_items("产业结构优化升级", "结构优化升级")
    (True, False)
    """
    same = 0
    while same < min(len(a), len(b)) and a[-1 - same] == b[-1 - same]:
        same += 1
    front_a, front_b = a[: len(a) - same], b[: len(b) - same]
    return same >= 2 and len(front_a) >= 2 and len(front_b) >= 2 and not set(front_a) & set(front_b)


_LISTED = tuple(sorted({*VERBS, *ADVERBS}, key=len, reverse=True))
_COMPLEMENTS = ("好",)


COMMITMENT_RULES = CommitmentRules(
    verbs=VERBS,
    adverbs=ADVERBS,
    leads=LEADS,
    ordinals=ORDINALS,
    min_object=2,
    marks=" \t、，,；;：:。！？!?…—",
    heading_number=re.compile(r"^(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)\s*"),
    key_drop=re.compile(r"[\s、，,；;：:。！？!?“”‘’《》（）()\"'·—…-]"),
    particles=re.compile(r"[的和与及]"),  # 利用外资的质量 / 利用外资质量, 共同繁荣与进步 / 和进步
    counter=re.compile(r"(?<=[0-9０-９])(?:个|家|所|座|处|项|条|台|艘|部|只|件|种)"),
    joiners=("和", "、", "并"),  # 稳定和扩大, 落实、完善, 巩固并提升
    noun_joiners=("和",),  # 统筹发展和安全 (与, 同 open a phrase: 建立与…相适应的…)
    complements=_COMPLEMENTS,  # 发挥好, 用好
    word_complements=("起",),  # 凝聚起
    noun_suffixes=("主义", "性"),  # 保护主义, 改善性住房
    newly=("新",),  # 新培育…企业10家
    framing=FRAMING,
    topic_markers=("要",),
    topic_chars=8,
    not_topic_markers=("必要", "重要", "首要", "紧要", "纲要", "摘要"),
    counted_parts=("方面", "点", "事", "件事", "工作", "重点工作", "措施", "任务", "举措", "大事"),
    verb_at=verb_at,
    modifier_at=modifier_at,
    unlisted_modifiers=2,
    not_actions=frozenset(NOT_ACTIONS),
    opens_object=opens_object,
    statement=is_statement,
    adverbial="地",
    list_mark="、",
    relative="的",
    purposes=("为了", "为"),
    groundwork=("打牢", "奠定", "打下", "夯实"),
    means=("以",),
    supporting=frozenset(("保障", "支撑", "带动", "引领", "促进")),
    serving=frozenset(("服务",)),
    longer_word=longer_word,
    word_ends=word_ends,
    closing="”’》）)\"'",
    heads=frozenset(HEADS),
    determiners=DETERMINERS,
    named_periods=named_periods,
    other_items=other_items,
    outcomes=OUTCOMES,
    head_takers=frozenset(HEAD_TAKERS),
    head_builders=frozenset(HEAD_BUILDERS),
    completions=frozenset(("建成", "完成", "实现", "办成", "竣工", "建成投运", "投运", "投产", "通车")),
    attributes=ATTRIBUTES,
    prohibitions=("严禁", "禁止", "避免", "防止"),
    withdrawals=("不再", "停止", "暂停", "终止", "中止", "放弃"),
    shortcomings=SHORTCOMINGS,
    prepositional_leads=frozenset(("将",)),
    conditions=CONDITIONS,
)
