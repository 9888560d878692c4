"""Chinese figures across a series: which names are different measures, which targets are
goals (see :class:`reportdiff.lang.series.SeriesRules`)."""

from __future__ import annotations

import re

from ..series import SeriesRules

FILLERS = re.compile(
    r"(?:[“”‘’《》「」\"'、 ]|的|之|和|及|与|将|拟|要|再|又|还|今年|全年|实现|完成|安排|总|政府|基本"
    r"|家庭|常住)+"
)
"""Inserted inside a name, these keep the measure: quotes and marks (“湘商回归”新注册企业),
particles and joiners (占国内生产总值的比重),
modals and time words (中央财政将投入), the verbs of a figure (规模以上工业企业实现利润,
中央财政安排科技投入), 总 (粮食总产量, 二氧化硫排放总量), and the words fixed phrases carry or
drop (地方政府专项债券, 居民基本医保, 农村居民家庭人均纯收入), and 常住, the population a
figure counts when it names none (城镇常住居民人均可支配收入 is 城镇居民人均可支配收入: the
household survey's residents are its permanent ones; 户籍 is another population).  Everything
else narrows:
标杆, 重点, 规上, 高新技术, 专精特新, 中小, 扶贫, 补贴, 高速 (新建高速铁路投产里程), 中 (县中医院)."""
OPPOSITES = (
    ("高", "低"), ("增", "减"), ("升", "降"), ("多", "少"), ("涨", "跌"), ("扩", "缩"),
    ("上", "下"), ("进", "出"), ("顺", "逆"), ("盈", "亏"),
)  # fmt: skip
"""Directions: 比去年预算高 / 比去年预算低, 增加 / 减少, 提高 / 降低, 上升 / 下降, 扩大 / 缩小,
线上 / 线下, 进口 / 出口, 顺差 / 逆差."""
ALLOCATION = re.compile(
    r"安排|拿出|发行|国债|债券|发债|债务|赤字|预算内|转移支付|补助|补贴|奖补|筹措|筹资|拨付|下达"
    r"|减税|退税|降费|减负|税负|税率|费率|税$|(?:减轻|降低)[^，。；]*负担|起征点|收购价|基金"
    r"|应纳税所得额|扣除|财政|(?<!消费)支出(?!占)|(?:中央|政府)[^，。；]*(?:资金|投入)"
    r"|(?:养老金|低保|救助|抚恤|工资|经费)[^，。；]*标准|每人(?:每[年月])?(?:发放|给予|奖励)|助学金|奖学金"
)
"""What the government decides with its budget: sums arranged or taken out (从失业保险基金结余中
拿出…), bonds and debt issued, deficits,
transfers, subsidies, tax relief and the tax and fee rates it sets (增值税…税率降至13%; a rate named
by its tax, 小排量汽车购置税按7.5%征收), fiscal
spending and its cuts (一般公共预算支出, 中央财政投入, 中央用于…的资金, 支出规模比去年扩大2万亿元以上,
一般性支出压减5%以上: any spending but a share of it, 支出占…, or a household's), funds set up or used
(设立10亿元…补偿基金, 使用1000亿元失业保险基金), tax deductions (加计扣除比例提高到100%),
the per-person standards it pays (居民医保人均财政补助标准, 城乡居民基础养老金月最低标准, 低保标准,
为符合条件的孤儿每人发放助学金1万元)
and the thresholds and prices it sets (增值税起征点, 年应纳税所得额100万元至300万元部分, 小麦最低收购价)."""
NOT_ALLOCATION = re.compile(
    r"占|比重|(?<!扣除)比例|支付水平|强度|收入|消费支出|研发经费|性教育经费|(?:赤字|负债|债务|杠杆)率"
)
"""Goals whatever else they say: a share (财政性教育经费支出占国内生产总值比例; not a deduction's,
加计扣除比例), the share a fund pays (医保基金支付水平), an intensity (研发经费投入强度), all of society's
R&D spending (全社会研发经费支出), revenue and income (一般公共预算收入), household spending (人均消费支出), a
ratio to the economy's size (赤字率, 杠杆率: the year's output decides it as much as the budget,
and the next report states it, 财政赤字率控制在2.8%)."""
DURATION_UNITS = ("年", "个月", "月", "周", "天", "日", "小时", "分钟", "岁")
"""Time and age: 再延长30年, 240小时过境免签, 15分钟生活圈, 3岁以下婴幼儿."""
TIME_MEASURES = re.compile(r"(?:天数|寿命|年限|(?<![用花])时间|时长|周期|工作日)$")
"""Measures in time, which a year can achieve: 空气质量优良天数, 人均预期寿命, 平均受教育年限; not
the time a task is given (``用``3—5年``时间``…: a duration)."""

FORECAST = re.compile(r"预计(?!执行|数)|预测|预估|估计")
"""A forecast (预计今年高校毕业生超过1170万人, 预计全年…): what the report expects, not a goal; a goal
is 预期 (预期目标), which is not these, nor is last year's estimate as a base (比上年预计数增加…)."""

ARRIVALS = re.compile(r"^(?:高校|应届)?毕业生(?:人数|规模)?$")
"""The year's graduates (高校毕业生749万人, 2015): a cohort the plan expects, not a goal — not
graduates placed or kept (高校毕业生就业, 高校毕业生留吉), which are."""

SCOPED = re.compile(
    r"^[，,；;：:\s]*(?:重点|大力|全力|深入|持续|扎实|积极|稳步|充分|更好)?"
    r"(?:(?P<use>发挥好?)|推进|推动|支持|续建|做好|抓好|壮大|深化|建好|用好|提速|加快(?:建设|推进|推动|发展)?)"
    r"(?P<names>[^，,；;：:。0-9０-９]{0,40}?)(?P<open>等)?$"
)
"""Ongoing work on things named before their count (``做好郓城新河等``|6个项目前期工作,
``加快建设哇让、同德、南山口、德令哈``|4座抽水蓄能电站): the work's scope (``SeriesRules.scoped``).
A verb of making or finishing (``新建``, ``建成``, ``开工``) sets a goal however its things are
named, and so does one of improving (``改善宛平城等12个重点区域周边环境面貌``: the next report
counts the areas improved).  ``发挥`` makes use of the counted things' role
(``发挥好``|9个国家区域医疗中心服务功能: ``SeriesRules.roles``), whatever names them."""

SERIES_RULES = SeriesRules(
    fillers=FILLERS,
    opposites=OPPOSITES,
    allocation=ALLOCATION,
    allocation_units=("元", "元/人", "元/月", "元/年", "美元", "%", "个百分点"),
    not_allocation=NOT_ALLOCATION,
    duration_units=DURATION_UNITS,
    time_measures=TIME_MEASURES,
    forecast=FORECAST,
    arrivals=ARRIVALS,
    increments=("新增", "新建", "新设", "新开", "新开工", "新认定", "新引进", "新培育", "新推出", "净增"),
    scoped=SCOPED,
    roles=re.compile(r"(?:作用|功能|效能)$"),
    list_mark="、",
    measure_words=(
        "个", "家", "所", "项", "座", "处", "件", "条", "张", "套", "间", "台", "辆", "艘", "架", "栋", "幢",
        "部", "支", "批", "场",
    ),
)
