"""Chinese figures across a series: which names are different measures (see
:class:`reportdiff.lang.series.SeriesRules`)."""

from __future__ import annotations

import re

from ..series import SeriesRules

FILLERS = re.compile(
    r"(?:[“”‘’《》「」\"'、 ]|的|之|和|及|与|将|拟|要|再|又|还|今年|全年|实现|完成|安排|总|政府|基本|家庭)+"
)
"""Inserted inside a name, these keep the measure: quotes and marks (“湘商回归”新注册企业),
particles and joiners (占国内生产总值的比重),
modals and time words (中央财政将投入), the verbs of a figure (规模以上工业企业实现利润,
中央财政安排科技投入), 总 (粮食总产量, 二氧化硫排放总量), and the words fixed phrases carry or
drop (地方政府专项债券, 居民基本医保, 农村居民家庭人均纯收入).  Everything else narrows:
标杆, 重点, 规上, 高新技术, 专精特新, 中小, 扶贫, 补贴, 高速 (新建高速铁路投产里程), 中 (县中医院)."""
OPPOSITES = (
    ("高", "低"), ("增", "减"), ("升", "降"), ("多", "少"), ("涨", "跌"), ("扩", "缩"),
    ("上", "下"), ("进", "出"), ("顺", "逆"), ("盈", "亏"),
)  # fmt: skip
"""Directions: 比去年预算高 / 比去年预算低, 增加 / 减少, 提高 / 降低, 上升 / 下降, 扩大 / 缩小,
线上 / 线下, 进口 / 出口, 顺差 / 逆差."""

SERIES_RULES = SeriesRules(
    fillers=FILLERS,
    opposites=OPPOSITES,
)
