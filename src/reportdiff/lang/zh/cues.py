"""Chinese cue words for indicators: what a figure measures, and whether it is a target.

Everything here is data; :mod:`reportdiff.extract.indicators` applies it.  The
lists are short on purpose: each entry is a word these reports use around
figures, and each is exercised by the golden cases in ``tests/cases/indicators``.
"""

from __future__ import annotations

import re

from ..profile import IndicatorRules
from .figures import FIGURE, QUALIFIERS_BEFORE, display, in_words, read, written_scale, written_unit
from .indicator_names import NAME_VARIANTS, SYNONYMS
from .layout import HAN
from .promises import acts
from .thresholds import AGE_BOUND, COUNTED_THINGS, THRESHOLD_MEASURE, THRESHOLD_THING

# A change word at the end of the text before a figure, with its sign.  Modifiers in
# front of it (同比, 比上年, 分别) are dropped; 年均 stays in the name, since an annual
# average is another indicator than the year's change.
# A degree word fused with the verb (微降, 略增) is the verb: CPI微降0.1% is a fall of 0.1 %.
_RISE = (
    "增长", "增加", "提高", "上涨", "上升", "扩大", "提升", "递增", "回升", "增高",
    "微增", "微涨", "略增", "略涨",
)  # fmt: skip
_FALL = (
    "下降", "减少", "降低", "压减", "压缩", "回落", "缩小", "缩减", "削减", "下调", "递减", "下跌", "下滑",
    "微降", "略降", "微跌", "再降",
)  # fmt: skip
_CHANGE_MODIFIERS = (
    "同比", "同口径", "比上年", "较上年", "比去年", "比上年同期", "环比", "分别", "均", "平均", "实际",
    "大幅", "明显", "稳步", "较快", "快速", "持续", "继续", "小幅", "略有", "有所",
)  # fmt: skip
ANNUAL = ("年均", "平均每年", "每年平均")
"""Words for an average over several years (年均增长6.5%, 平均每年增长8.3%): no one year's figure."""
CHANGE = re.compile(
    rf"(?P<annual>{'|'.join(ANNUAL)})?(?:{'|'.join(_CHANGE_MODIFIERS)})*"
    rf"(?:(?P<rise>{'|'.join(_RISE)})|(?P<fall>{'|'.join(_FALL)}))(?:了|分别)?$"
)
"""A change verb ending the text before a figure (``同比增长``, ``分别下降``, ``年均增长``)."""

_LAST_YEAR_BASE = r"(?:比|较)(?:上年|去年|上一年|前一年)(?:同期|年初|年末|底)?(?:预算|决算)?(?:数|水平)?"
LAST_YEAR_BASE = re.compile(rf"{_LAST_YEAR_BASE}$")
"""The year before as a comparison's base ending a name (赤字规模比上年预算减少…): not the name."""
COMPARED = re.compile(rf"{_LAST_YEAR_BASE}(?:(?P<rise>高|多)|(?P<fall>低|少))了?$")
"""Higher or lower than the year before (比去年预算低0.4个百分点): a change, signed by the word."""
BASIS = re.compile(r"^(?:按)?(?:同口径|可比口径)(?:计算)?")
"""An aside opening with another basis of the measure before it (增长1.7%（同口径增长2.5%以上）):
its figure is that measure's on this basis (地方一般公共预算收入（同口径）), not a second figure of
the measure.  In running text (同口径增长5.5%) the report gives its figure on that basis: the same
measure."""

_PER = "每人每年|每人每月|每人|每年|每月|每日|每天|人均|月均|日均|月销售额|年销售额"
"""The basis a level is stated per, between the word before it and the figure (从每月70元提高到
每月88元, 从人均40元, 起征点从月销售额10万元): not the name."""
REACHED = re.compile(
    rf"(?:{'|'.join(_RISE + _FALL)}|降|增|升)(?:到|至)"
    rf"(?:(?:19|20)[0-9]{{2}}年(?:末|底)?的?|{_PER})?$"
)
"""``回落到2.6%``, ``提高到60%``, ``降至5%``, ``提升到2025年的57.7%``, ``提高到每人每年240元``:
where it ended, a level."""

FROM_TO = re.compile(rf"(?:由|从|(?<!实)现行)[^由从，；。]*?(?:{'|'.join(_RISE + _FALL)}|降|增|升)(?:到|至)")
"""From a base to a new level (赤字率从去年的2.1%提高到2.3%, 现行16%的税率降至13%): the base's cues
(去年) are not the new level's."""
SUBJECT_ENDS = re.compile(
    r"从|自|由|(?:比|较)(?=上年|去年|同期|上一年)|同比|大幅度|大幅|持续|继续|稳步|明显|逐步|开始"
    r"|(?<![于但就别还总可只凡正即要])是(?!否)"
)
"""Words after a clause's subject (外贸出口从7月份开始大幅度回升, 覆盖面逐步扩大, 经济增速是综合性指标):
where the subject ends.  No verb but 是 (not of 但是, 特别是, 还是, 是否): a clause opening with one
(适当提高…标准) names no subject."""

VERB_FIRST = re.compile(
    r"^(?:[也还]?要)?再?(?:(?P<rise>增加|提高|扩大|提升)|(?P<fall>减少|降低|压减|压缩|缩减|削减|下调))"
    rf"(?![到至])(?=[{HAN}]{{3}})"
)
"""A verb that changes what follows it, opening a name (``再减少``农村贫困人口, ``要再压减``钢铁产能,
``削减``财政赤字): only verbs that take an object (not 增长, 下降: 增长速度 is a noun), after
``要`` and ``再`` that the leads leave, before three characters or more of what they change (not
提升``到``…: a new level; not 提升发展: two characters say too little)."""

# A noun ending a name that makes the figure a change of the rest (``居民消费价格涨幅``).
CHANGE_NOUNS = {
    "涨幅": 1, "增幅": 1, "增速": 1, "增长率": 1, "增长速度": 1, "增长幅度": 1, "上涨幅度": 1,
    "降幅": -1, "下降幅度": -1, "压减幅度": -1, "减幅": -1,
}  # fmt: skip

# Words between a name and its figure that add nothing to either (``收入完成131.62亿元``,
# ``经济增长目标设定为6%左右``).
LINKS = (
    "完成", "达到", "达", "为", "是", "实现", "保持在", "稳定在", "维持在", "稳定保持在", "继续保持", "共计",
    "总计", "合计",
    "共", "约为", "在", "到", "至", "突破", "最高", "之", "将", "平均", "拟按", "按", "拟安排", "新安排",
    "安排", "跃上", "迈上", "站上", "首次", "历史性", "设定为", "确定为", "拟定为", "定为",
    "翻番", "翻一番", "翻两番",  # 高新技术企业数量实现翻番、达1.8万家: the level, said doubled first
)  # fmt: skip
HEDGES = re.compile(
    r"(?:一直|始终|仍然|依然|已经|将要|应当|也都|均已|都已|[都也均还]要|(?<![主重纲需只首])要|(?<![不而])已|仍|又|再"
    r"|预计|预定|力争|确保|争取|努力|继续|稳定(?=保持)"
    r"|(?<![比较从由自至到和、于])(?:19|20|１９|２０)[0-9０-９]{2}年(?:末|底|初)?)$"
)
"""Adverbs, modals, a forecast or goal word and a date between a name and its figure (铁路投资要保持在…,
“三公”经费再压减…,
赤字率一直控制在…, 营业收入预计达到…, 投资预定增长…, 地区生产总值力争增长…, 国内生产总值2000年达…): not the
name; a word ending in 要 or 已 (主要, 需要, 而已) keeps it, and a year that is a comparison's base
(比2002年) stays."""
FRAMES = {
    "按": ("安排", "执行", "计算", "测算"),
    "突破": ("大关",), "超": ("大关",), "超过": ("大关",), "过": ("大关",),
}  # fmt: skip
"""A frame around a figure (赤字率拟按3%安排, 投资突破万亿元大关): the word after the figure closes it,
and is no noun."""
# 超 is no link but a qualifier (超1万个: more than), in QUALIFIERS_BEFORE.
# Qualifiers read from the words before a number; 控制在 makes a figure a ceiling, and 至少
# before a change verb (资费至少降低30%) a floor on its size.
QUALIFIERS = (*QUALIFIERS_BEFORE, "控制在", "至少")
# Words that end a name but only say it is a goal (``经济增长预期目标为8%左右``).
GOAL_WORDS = ("预期目标", "主要目标", "宏观调控目标", "调控目标", "目标", "预期", "指标")
# Words opening a clause that are not part of what is measured (no one-character words
# but 拟 and the object markers 将 and 把 (将研发费用加计扣除比例提高到100%), and 的, which opens
# no noun (把今年的经济增长目标定为…): 对, 在, 再 open too many nouns, 对外贸易, 在建项目, 再生资源).
LEADS = (
    "其中", "全年", "今年", "去年", "我们", "我区", "我市", "我省", "我国", "预计", "力争", "确保",
    "争取", "计划", "努力", "拟", "将", "把",
    "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是",
    *(f"十{digit}是" for digit in "一二三四五六七八九"), "二十是",  # Shanxi's 15 民生实事: 十一是…
    "进一步", "继续", "同时", "此外", "以及", "着力", "全面", "但是", "但", "而且", "并且", "即",
    "按可比价格计算", "按可比价计算", "包括", "去年末", "去年底", "今年末", "今年底", "的", "提出了", "提出",
    "中央提出", "党中央提出", "国务院提出", "正常年景下",
)  # fmt: skip
# Verbs of doing: a name starting with one carries it to the next items of an enumeration
# (``新增公共绿地1.23万平方米、立体绿化3.01万平方米`` → 新增立体绿化).
ACTIONS = (
    "新增", "新建", "新设", "新开", "新开工", "新启动", "新认定", "新引进", "引进", "建成", "建设", "开工",
    "竣工", "改造", "推出", "设立", "打造", "培育", "实施", "启动", "开办", "开展", "举办", "发放",
    "配送", "建立", "拥有", "提供", "新培育", "新改建", "改建", "新改扩建", "改扩建", "创建", "认定",
    "减少", "减税", "减免", "投入", "安排", "发行", "退还", "转移", "帮扶", "脱贫", "搬迁", "造林",
    "修缮", "整治", "治理", "招收", "培训", "资助", "补助", "惠及", "覆盖", "开通", "通车", "开放",
    "形成", "推进", "保持", "新推出", "纳入", "入选", "获得", "获批", "勘探",
)  # fmt: skip
# Verbs dropped from the front of a name (they say "it happened", not what).
DONE = ("全面完成", "完成", "实现", "累计完成", "基本完成", "顺利完成", "安排")
# Adverbs and verbs stripped from a neighbouring clause used as a name's context.
CONTEXT_LEADS = (
    "深入实施", "深入推进", "全面推进", "加快推进", "大力推进", "扎实推进", "持续推进", "积极推进", "推进",
    "实施", "加快", "深化", "加强", "完善", "深入", "全面", "持续", "大力", "积极", "着力", "扎实", "继续",
    "进一步", "统筹", "抓好", "做好", "开展", "推动", "确保", "全力", "用好", "努力", "力争",
)  # fmt: skip
# Cues that make a figure a target even in the review part (before the figure, same clause,
# or in the sentence head ending with a colon).  Not 争取 or 确保: in a review they report
# what was won or kept (积极争取中央资金2083亿元).
TARGET_CUES = ("力争", "预期", "目标", "计划", "拟")
NOT_TARGET_CUES = re.compile(
    r"预期寿命|“[^”]*”|《[^》]*》|完成了?(?:全?年|年度)?(?:计划|预期目标|目标任务|目标)(?:的)?"
    r"|(?:计划|目标)[^，。；：、！？0-9]{0,8}?(?:完成率|执行率|完成度|达成率)|超(?:过)?(?:全?年|年度)?计划(?:目标)?"
    r"|(?:年度)?计划(?:任务|目标)?的(?=[0-9０-９]|$)|(?:优于|好于|高于|低于|超出)[^，。；：！？0-9]{0,6}?目标"
    r"|计划项目"
    # a programme's name (人才计划入选者, 营养改善计划惠及, 比年度计划增加): 计划 plans opening a
    # clause, after a year (计划建成…, 1980年计划…, 全年计划…) or before the figure it plans
    # (…计划比上年增长6%, 总面积计划达到…, 拖拉机站计划增加拖拉机…; not 比年度计划增加了2%)
    r"|(?<=[^，,。；;：:、！？\s年])计划(?![0-9０-９零〇一二三四五六七八九十两比]|达到|增加(?!了)|$)"
)
"""Where a target cue is part of a name, not a plan: 人均预期寿命, “百人计划”, 《…规划》; or tells
how much of the plan a result fulfils (城镇新增就业``完成年计划的``113.4%, ``年度计划投资完成率``
114.2%, 新启动21个改造项目，``是计划任务的``2.1倍) or how far it is from the target (``优于国家考核目标``
19.8个百分点): a result of the review; or the projects of a programme (省级科技``计划项目``)."""
# Cues that make a figure an actual even in the plan part.
ACTUAL_CUES = ("去年", "过去一年", "过去五年", "过去", "已经", "已")

# Figures that are not indicators, by what stands right before or after them.
NOT_BEFORE = re.compile(r"(?:第|前|[A-Za-z+＋·.－-]|[A-Za-z]\s)$")
"""Ordinals (第十六届), ranks (前20强), product codes (V2, AI+50)."""
NOT_AFTER = re.compile(
    r"^(?:[A-Za-z+＋]|\s[A-Za-z]|号|届|版|强|周年|月|日|期|级|型|线|路|弄|类|代|方面|维度|(?:主要)?指标|任务举措"
    r"|内(?![容部地需外陆蒙河涵在资循控核网用销生])|中?全会"
    r"|(?:[民口]|(?:中国|香港|澳门|台湾)?(?:人|同胞)|各族人民|人民|人口)(?:以上|以下)?的"
    r"|[\u4e00-\u9fff]{1,3}(?:人民|儿女|同胞)的|[\u4e00-\u9fff]{1,3}(?:儿女|人民(?![币共政群代银]))(?!的))"
)
"""Names and dates: 5G, 长宁路250号, 第34届, 3.0版, 20强, 15号线, 十一次全会; 抓好9个方面, 6个维度,
29项主要指标, 5项指标, 13项任务举措: a plan's outline, its own items counted;
a bound (公交与轨道50米内换乘比例), not a word opening with 内 (2个内陆港); a population that
describes what follows it (13亿中国人的饭碗, 近14亿人口的发展中大国, 600多万香港人的共同努力,
20万人口以上的县, 8500万江苏人民的奋进力量; 人 of 人民 and 人口 may be read as the figure's unit), and so
a region's people doing or feeling (7100万江淮儿女倍感温暖, 4200万辽宁人民拼出了血性), not a count of people
(惠及1.77亿农民, 10.62万群众远离了危险)."""
YEARS_COUNTED = re.compile(r"(?:连续|近|这|过去)$")
"""Before a number of years that counts how long something lasted (连续4年, 近6年最高): a span."""
YEARS_COUNTED_AFTER = re.compile(r"^(?:来|以来|最|间|之久|位居|居|保持|稳居|获|排)")
"""After a number of years that is a span or a ranking's run (3年来, 8年全国第一 after 连续)."""
QUOTES = (("“", "”"), ("‘", "’"), ("《", "》"), ("「", "」"), ('"', '"'))
"""Figures inside these are part of a name (``“6天+365天”``, ``“15分钟社区生活圈”``)."""

# Which way is good, for judging targets stated without 以上/以内.
BETTER: dict[str, str] = {
    "国内生产总值": "higher",
    "城镇新增就业": "higher",
    "一般公共预算收入": "higher",
    "粮食产量": "higher",
    "居民消费价格": "lower",
    "城镇登记失业率": "lower",
    "城镇调查失业率": "lower",
    "单位国内生产总值能耗": "lower",
}
BETTER_ENDINGS: dict[str, str] = {
    "人均可支配收入": "higher", "增加值": "higher", "固定资产投资": "higher", "零售总额": "higher",
    "进出口总额": "higher", "城镇化率": "higher", "预算收入": "higher", "能耗": "lower",
    "普及率": "higher", "覆盖率": "higher",
}  # fmt: skip
"""Which way is good for a name ending so, when BETTER does not name it."""
KEEP_APART = ("城镇", "农村", "城乡", "全体", "规模以上", "人均", "年均", "户籍", "同口径")
"""Words that make another population or measure: names differing in one never merge by score.
常住 is not one: it is the population a figure counts when it names none (城镇常住居民人均可支配收入
is 城镇居民人均可支配收入; 户籍人口城镇化率 is another measure than 城镇化率)."""
NO_TARGET = re.compile(
    r"(?:没有|未|不)(?:提出|设定|设置|确定)(?:全年)?(?P<name>[^，。；：、]{2,12}?)的?(?:具体|量化)?(?:预期)?目标"
)
"""没有提出全年经济增速具体目标: the report sets no target for the indicator (verdict ``not set``)."""
MISSED = re.compile(
    r"(?:没有|未能|未)(?:能)?(?:实现|完成|达到|达)[^。；！？]{0,40}?(?<!规划)(?:目标|预期(?=[，。；！？]|$))"
    r"|目标[^。；，]{0,6}?(?:没有|未能|未)(?:能)?(?:实现|完成|达到)"
    r"|(?:(?P<below>低于)|(?P<above>高于))[^。；，]{0,15}?(?:预定|预期|既定)的?(?:调控)?目标"
)
"""A review's word that last year's target was not achieved: 全国没有实现年初确定的…降低4%左右…的目标,
进出口总额出现下降，预期增长目标未能实现, …CPI涨幅也未达年初预期 (not 没有达到规划预期, a plan
period's, nor 未达到预期效果); 增长7.8％，虽然略低于8％的预定目标 (below: a miss of a
measure better higher; 物价涨幅…明显低于预定的调控目标 is a price held under its ceiling, met)."""
KEPT = re.compile(
    r"(?<!没有)(?<!未能)(?<!基本)(?<![未不])(?:超额|全面|圆满|顺利)?(?:完成|实现|达到)了?"
    r"(?:全年|年度|年初确定的|年初预定的|预定的|预期)?(?:目标)?(?:任务|目标)(?=[，。；！？、]|$)"
)
"""A review's word that last year's target was achieved, where no figure says so: 城镇新增就业超额
完成全年任务, 国内生产总值增长率达到预期目标 (not 没有完成…任务, 基本完成)."""
FLAT = re.compile(
    r"(?:与上年|比上年|同比|基本|总体)?(?:保持)?持平"
    r"(?P<pct>(?!))?(?P<unit>(?!))?(?P<post>(?!))?(?P<approx>(?!))?(?P<approx2>(?!))?$"
)
"""A change of nothing, in words, ending a clause (居民消费价格指数持平, 与上年持平): a change of 0 %.
The empty groups are those a figure match has, so the name is read as for a figure."""
ATTRIBUTES = (
    "增加值", "占比", "营业收入", "营收", "利润", "利润总额", "产值", "总产值", "税收", "产量", "销量",
    "总量", "播种面积",
)  # fmt: skip
"""Measures of something: alone after a figure of that thing, they are its (规模以上工业企业达
7.6万家、增加值增长3% → 规模以上工业企业增加值)."""
FLAT_NAMES = re.compile(r"(?:价格|指数|总额|收入|产量|产值|增加值|投资|增速|人数|规模|总量)$")
"""What can be 持平: a measure (居民消费价格), not an activity (工作保持持平)."""
PAIRED = {"城乡": ("城镇", "农村")}
"""A word that stands for two populations in 分别 lists (城乡居民收入分别增长5%和7%)."""
EXCLUDING = re.compile(r"^(?:扣除|剔除|不含|除).+(?:后|外)$")
"""A clause saying the next figure leaves a part out (扣除房地产开发投资后): another measure."""
REGION_WORDS = ("全区", "全市", "全省", "全国", "全县", "全州", "全盟", "全旗", "区级", "市级", "省级")
"""Words opening a name that say whose figure it is, dropped when comparing names across years."""

_PLAN = r"(?:十[一二三四五六七八九]五|(?<=[“\"])[六七八九十]五(?=[”\"]))"
"""A five-year plan's number (十四五; the older 九五, 十五 only in quotes: 十五 alone is fifteen)."""
_SPAN = r"(?:今明两年|(?:今后|未来)(?:[两二三四五几]年|(?:一个|一段)?时期)|[两二三四五2-5]年内)"
"""A span of years from now (今明两年, 今后三年, 未来几年, 三年内, 今后一个时期): a target over it is no one
year's."""
FACTS = re.compile(
    r"^(?:现在|目前|当前)(?!起|开始|到)"
    r"|(?:[两二三四五六七八九十几多]|近)年来|这几年|这些年|先后"
    r"|(?:全国|我国|全省|我省|全市|我市|全区|我区|全县|[还共现约只都])有(?:[^，；。：]*、)?$"
    r"|面向(?:全国|全省|全市|全区|全县)?$"
    r"|我[国省市区县][^，；。：]{0,12}?(?:平均)?每年|我[国省市区县](?:近|约|超过|超)?$"
)
"""A figure of the plan part that states a fact: the present state, opening its sentence
(``现在全国有100多个城市建立了…``; not ``现在起``) or said to exist (``全国有24万多户国有小企业``),
or the past years (``两年来通过财政…发行2100亿元``, ``这几年…先后在58个城市进行了试点``); a
clause saying what there is (``我区有20个对外开放口岸``, ``还有63万失能老人、158万残疾人``, every
item of its list), the people a policy is aimed at (``面向全省两百多万高校师生``), and what the
region itself has or does every year, a figure right after its own word (``我区1100多种…产品``,
``我区近万亿元的…``) or after it and ``每年`` (``我区每年接待游客近3亿人次``)."""
PLANS = re.compile(r"要|将|力争|确保|争取|计划|预期|目标|拟|今年|明年|今后|未来")
"""Words of a plan before a figure (in its sentence's opening or its clause): a fact's cue there
does not make it one (``现在我们要…再使粮食产量增加三千亿斤``; ``目前全国还有5575万贫困人口，今年要再减少
1000万以上``: the first a fact, the second a target)."""
LEADING_DATE = re.compile(
    r"^(?:(?:(?:19|20)[0-9]{2}年度?|[0-9]{1,2}月份?|年内|年底前|年末)(?:底|初|末|中旬|上旬|下旬)?(?:前|后|以前)?[，,]?"
    rf"|{_SPAN}[，,]?"
    rf"|[“\"]?{_PLAN}[”\"]?(?:期间|时期|以来)[，,]?"
    r"|[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]|[①-⑳]|/[月年日天人户亩次])+"
)
"""Dates opening a clause (``2019年末``, ``6月底前``, ``年内``, ``“十五”期间``, ``今明两年``): when, not what;
an item's label (``（一）各项税收``, ``①培训乡村医生``); the rest of the figure before (``796元/月``)."""
# How a target's qualifier says it is met; a range or 左右 is met from either side, and a
# flat figure by the better direction (BETTER), else as "at least".
AT_LEAST = ("以上", "不低于", "不少于", "超过", "超", "多", "余", "逾", "突破", "至少")
AT_MOST = ("以内", "以下", "不超过", "不高于", "控制在", "低于")

RULES = IndicatorRules(
    figure=FIGURE,
    read=read,
    change=CHANGE,
    reached=REACHED,
    change_nouns=CHANGE_NOUNS,
    growth_rates=("经济增长", ("预期增长目标", "增长目标", "增长速度", "增速", "速度")),
    per="每",
    verb_first=VERB_FIRST,
    links=LINKS,
    qualifiers=QUALIFIERS,
    goal_words=GOAL_WORDS,
    leads=LEADS,
    actions=ACTIONS,
    noun_stops=("支持", "用于", "缓解", "带动"),
    done=DONE,
    context_leads=CONTEXT_LEADS,
    target_cues=TARGET_CUES,
    actual_cues=ACTUAL_CUES,
    last_year_cues=("去年", "过去一年", "过去的一年", "这一年", "一年来", "全年"),
    not_before=NOT_BEFORE,
    not_after=NOT_AFTER,
    threshold=(THRESHOLD_MEASURE, THRESHOLD_THING),
    counted_things=COUNTED_THINGS,
    quotes=QUOTES,
    synonyms=SYNONYMS,
    better=BETTER,
    region_words=REGION_WORDS,
    comparisons=("比", "较", "同比", "高于", "低于"),
    # a plan period's closing year is one year: 2025年是“十四五”收官之年, 实现“十四五”圆满收官
    # a plan period's first year is one year too: 推动“十五五”开好局, 确保“十五五”良好开局
    multi_year=re.compile(
        rf"{_PLAN}(?![”’\"]?(?:规划|计划)?(?:(?:圆满|顺利|胜利)?收官|(?:良好)?开局|开好局|起好步|起步|(?:创造一个)?(?:良好)?开端))"
        rf"|[五十]年|时期|{_SPAN}"
    ),
    marks=" \t、，,；;：:。！？!?",
    numeral=re.compile(r"[0-9０-９零〇一二两三四五六七八九十百千万亿]|持平"),
    # a year named in passing is no period: 创2006年以来新高, 自1950年, 2035年远景目标
    year=re.compile(r"(?<![自从])(?P<year>(?:19|20)[0-9]{2})年(?!以来|来|远景)"),
    year_unit="年",
    leading_date=LEADING_DATE,
    from_base=re.compile(
        rf"(?:由|从)(?:(?:19|20)[0-9]{{2}}年|去年|上年|上一年|上半年|年初|年中|前三季度|[一二三]季度|{_PER})?"
        r"(?:末|底)?的?$"
    ),
    distributive="分别",
    # 均 after a list (not 年均, 人均, 平均): 游客人次、旅游花费均增长10%以上
    shared=re.compile(r"(?<![年人平])均(?:为|达到|达|超过|超|保持在|保持|在|增长|下降|提高|降低)?$"),
    list_mark="、",
    item_joiners=("、", "和", "及", "与", "以及"),
    particles=("的",),
    open_list=("等",),
    modals=("要",),
    in_words=in_words,
    head_mark="：",
    evidence_end="。；;",
    at_least=AT_LEAST,
    at_most=AT_MOST,
    percent_units=("%", "个百分点"),
    not_target_cues=NOT_TARGET_CUES,
    years_counted=YEARS_COUNTED,
    years_counted_after=YEARS_COUNTED_AFTER,
    age_bound=AGE_BOUND,
    name_variants=NAME_VARIANTS,
    better_endings=BETTER_ENDINGS,
    paired=PAIRED,
    shared_populations=("城镇", "农村", "城乡"),
    rate_ending="率",
    excluding=EXCLUDING,
    keep_apart=KEEP_APART,
    unit_heads={"人": ("人口", "人数")},
    no_target=NO_TARGET,
    missed=MISSED,
    kept=KEPT,
    plan_share=re.compile(r"(?<=.)完成(?:全?年|年度)(?:计划|目标任务|目标)的?$"),
    bare_measures=(*ATTRIBUTES, "投资", "总投资", "收入", "资金", "规模", "完成投资"),
    several_years=re.compile(_SPAN),
    clause_marks="，,；;：:。！？!?",
    # a year's 1/2, 去年 过去一年 这一年 一年来 全年, a plan's 十/六…九 and 五年 十年 时期 今明 未来 两…五年内
    period_openers="12去过这一全十六七八九五时今未两二三四2-5",
    facts=FACTS,
    plans=PLANS,
    base_year=re.compile(r"(?:(?P<year>(?:19|20)[0-9]{2})年|(?P<last>去年|上年|上一年))(?:末|底)?的?"),
    cumulative=re.compile(r"累计"),
    compared_with=re.compile(r"(?:与|同|比|较)(?P<year>(?:19|20)[0-9]{2})年(?:相比|比较)?"),
    attained=re.compile(r"(?:达到|达|突破|超过|超|稳定在|保持在|跃居|跃上|迈上|站上)了?$"),
    event_units=("场", "次", "人次", "场次", "批次", "架次", "班次", "期"),
    work_done=re.compile(rf"^(?:{'|'.join(ACTIONS)}|{'|'.join(DONE)})|新增|新建|新开工|净增|累计|五年|年均|平均"),
    one_year=re.compile(r"去年|全年|今年|当年|上年|(?:19|20)[0-9]{2}年"),
    this_year=re.compile(r"今年|本年|(?P<year>(?:19|20)[0-9]{2})年"),
    flat=FLAT,
    flat_names=FLAT_NAMES,
    attributes=ATTRIBUTES,
    display=display,
    hedges=HEDGES,
    frames=FRAMES,
    last_year_base=LAST_YEAR_BASE,
    compared=COMPARED,
    basis=BASIS,
    annual=ANNUAL,
    from_to=FROM_TO,
    spanned=re.compile(r"(?:较|比|相比|同)(?:19|20)[0-9]{2}年|(?:19|20)[0-9]{2}年(?:到|至|—|－|-)(?:19|20)[0-9]{2}年"),
    records=re.compile(r"以?来(?:新高|新低|最高|最低|最好|最快|最多|最少|首次)"),
    frame_pause="，,：:",
    plan_goals=re.compile(rf"{_PLAN}[”\"]?(?:规划|时期|期间)?[^，。；、]{{0,8}}?(?:目标|任务|指标)"),
    brackets=(("（", "）"), ("(", ")")),
    counted_before=re.compile(r"(?:首|第[一二三四五六七八九十0-9０-９]+)批$|(?P<count>[0-9０-９]+[类项件个])$"),
    noun_ends=re.compile(r"、(?=比|较|同比|高于|低于|居|位居|稳居|排名|排在|总数|总量)"),
    subject_ends=SUBJECT_ENDS,
    written_unit=written_unit,
    acts=acts,
    written_scale=written_scale,
)
