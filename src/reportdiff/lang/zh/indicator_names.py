"""How an indicator is named: the same measure under other names (``SYNONYMS``) and other ways of
writing one (``NAME_VARIANTS``), rewritten before names of different years are compared."""

from __future__ import annotations

import re

# The same indicator under other names.  Keys are the canonical names; matching is on
# the whole name after its leading region words (全区, 全市, 全省, 全国) are removed.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "国内生产总值": (
        "GDP", "gdp", "地区生产总值", "生产总值", "经济", "经济增长", "经济增速", "经济增长速度", "国民经济",
        "经济总量", "国内生产总值增长",
    ),
    "居民消费价格": (
        "CPI", "cpi", "居民消费价格总水平", "消费价格", "居民消费价格指数", "消费物价", "物价", "物价总水平",
        "价格总水平",
    ),
    "城镇新增就业": ("新增就业", "新增就业岗位", "城镇新增就业人数", "新增城镇就业", "城镇新增就业岗位"),
    "失业人员再就业": ("再就业",),  # re-employment is the unemployed's (实现再就业2529人)
    "城镇登记失业率": ("登记失业率",),
    "城镇调查失业率": ("调查失业率",),
    "一般公共预算收入": (  # 公共财政预算收入 until the 2015 budget law renamed it
        "公共预算收入", "地方一般公共预算收入", "公共财政预算收入", "一般公共财政预算收入",
        "地方公共财政预算收入",
    ),
    "进出口总额": (
        "进出口", "货物进出口总额", "进出口贸易总额", "外贸进出口", "货物进出口", "外贸进出口总额",
    ),
    "社会消费品零售总额": ("社会消费品零售额",),
    "全社会固定资产投资": ("固定资产投资",),
    "赤字率": ("财政赤字率",),
    "财政赤字": ("赤字规模", "财政赤字规模", "全国财政赤字", "全国财政赤字规模"),
    "单位国内生产总值能耗": ("单位GDP能耗", "单位国内生产总值能源消耗", "能耗强度"),
    "粮食产量": ("粮食总产量", "粮食总产"),
    "研发经费投入强度": (  # R&D spending as a share of GDP, as each report names it
        "研发投入强度", "研究与试验发展经费投入强度", "R&D经费支出占GDP比重",
        "研发经费支出占国内生产总值比重", "研究与试验发展经费支出占国内生产总值比重",
        "研究与试验发展经费支出占国内生产总值的比重", "研发支出占国内生产总值比重",
        "研究与试验发展经费支出与国内生产总值之比", "研发经费支出与国内生产总值之比",
    ),
    "广义货币M2": ("广义货币", "M2", "货币供应量M2", "广义货币供应量", "广义货币供应量M2"),
}  # fmt: skip
NAME_VARIANTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"规上|规模(?=工业)"), "规模以上"),
    (re.compile(r"(?<!第)一产(?!业)"), "第一产业"),
    (re.compile(r"(?<!第)二产(?!业)"), "第二产业"),
    (re.compile(r"(?<!第)三产(?!业)"), "第三产业"),
    (re.compile(r"进出口总值$"), "进出口总额"),
    # one measure in every region: a region's output is its GDP (单位地区生产总值能耗), and the
    # household survey's residents are its permanent ones (城镇常住居民 is 城镇居民)
    (re.compile(r"^单位(?:地区)?生产总值(?=能耗|能源消耗|二氧化碳排放|用水量|建设用地)"), "单位国内生产总值"),
    # Inner Mongolia's countryside is 农村牧区 (农村牧区常住居民 is 农村居民); a survey's income per
    # head is its residents' (城镇人均可支配收入 is 城镇居民人均可支配收入)
    (re.compile(r"(?<=农村)牧区"), ""),
    (re.compile(r"(?<=城镇|农村)(?=人均(?:可支配|纯)收入)"), "居民"),
    (re.compile(r"(?<=城镇|农村|城乡)常住(?=居民)"), ""),
    (re.compile(r"(?<=工业)企业(?=增加值$)"), ""),
    (re.compile(r"(?<=失业率)(?:均值|平均值|平均)$"), ""),
    (re.compile(r"居民消费价格指数$|居民消费价格涨幅$"), "居民消费价格"),
    (re.compile(r"(?:平均每年|每年平均)$"), "年均"),
    (re.compile(r"(?<=生产总值)总量$"), ""),
    # fixed-asset investment is society's whole (区本级全社会固定资产投资额 is 区本级固定资产投资)
    (re.compile(r"全社会(?=固定资产投资|研发|研究与试验发展)"), ""),
    # the unemployed re-employed, however their kinds are listed (城镇失业人员实现再就业,
    # 下岗失业人员和困难人员再就业): re-employment is theirs (SYNONYMS: 再就业)
    (re.compile(r"^(?:(?:城镇)?(?:下岗)?失业人员(?:和(?:就业)?困难人员)?)?(?:实现)?(?=再就业$)"), ""),
    (re.compile(r"(?<=投资)额$"), ""),
    # a growth 按可比口径 is the year's growth as reported (…收入完成17亿元，按可比口径增长13%)
    (re.compile(r"(?<=.)按(?:可比|同)口径(?:计算)?$"), ""),
    (re.compile(r"(?<=企业|机构|项目|单位|主体)(?:数量|总量|总数)$"), ""),  # 高新技术企业总量 = 高新技术企业
    (re.compile(r"^国家(?=高新技术企业$)"), ""),  # the certification is national: one count
    # a route's length is the route: 高速公路通车里程 = 高速公路 (公里 either way)
    (re.compile(r"(?:(?<=公路)|(?<=铁路)|(?<=高铁)|(?<=航道)|(?<=管网)|(?<=管道)|(?<=线路))"
                r"(?:通车|营业|运营|通航)?总?里程$"), ""),
)
"""Ways of writing one measure (规上工业增加值 = 规模以上工业增加值, 一产 = 第一产业), rewritten
before names are compared.  Never a population word: 城镇, 农村, 城乡 and 全体 stay apart."""
