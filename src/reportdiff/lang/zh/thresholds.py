"""Chinese words of thresholds: figures that say which things a sentence counts or names (``总投资
10亿元以上项目102个``, ``3岁以下婴幼儿``), read by :mod:`reportdiff.extract.thresholds`."""

from __future__ import annotations

import re

THRESHOLD_MEASURE = re.compile(
    r"(?:投资|收入|营收|产值|销售额|营业额|交易额|税收|利润|规模|产量|销量|总额|总量|市值|资产|能耗|海拔)"
    r"(?P<bound>超过|超|过|逾)?$"
)
"""A measure of one thing ending the words before a figure, with a bound (``年销售收入超``):
with :data:`THRESHOLD_THING` after the figure, the figure is a threshold, part of the name of what
is counted, no figure of its own."""
THRESHOLD_THING = re.compile(
    r"^(?:标准煤)?(?P<bound>及?以[上下])?的?[\u4e00-\u9fff]{0,8}?"
    r"(?:企业|项目|增长点|集群|园区|基地|工程|平台|主体|商户|工厂|品牌|景区|商圈|县|城市|村|乡镇|单位|机组)"
)
"""A bound (``以上``, if the figure does not end with it; after a unit's rest, ``吨标准煤及以上``) and
``的`` if any, then what the figure is a threshold of (``总投资10亿元以上项目102个``,
``预增产值过10亿元的重大增长点``, ``年销售收入超10亿元农业产业化龙头企业达到100家``)."""
COUNTED_THINGS = (
    # the things counted, then what is measured of each: no bound of the count's own, nor a next item
    re.compile(
        r"[0-9０-９]+(?:个|家|所|项|条|座)(?P<things>(?:(?!以[上下]|[和及与])[\u4e00-\u9fff]){0,8}?)"
        r"(?P<bound>超过|超|过|逾)?$"
    ),
    re.compile(r"[0-9０-９]"),
)
"""A count of the things a figure bounds (``2334个过2000万元的工业新增长点``, ``实施500万元以上技改项目
1.2万个``): see :attr:`~reportdiff.lang.IndicatorRules.counted_things`."""
AGE_BOUND = re.compile(
    r"[0-9.\-—–零〇一二两三四五六七八九十]{1,6}周?岁(?:及以[上下]|以[上下])?的?"
    r"(?:婴幼儿|儿童|幼儿|少年|青少年|老年人|老人|人群|人口|居民|妇女|学生)"
)
"""A figure of age, from its start, with a population after it (``3岁以下婴幼儿``, ``65岁以上老年人``)."""
