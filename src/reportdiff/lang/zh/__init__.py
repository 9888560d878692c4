"""Chinese (``zh``): how 政府工作报告 are written, as rules and data.

``layout`` (lines, sentences, headings, parts), ``header`` (title block), ``figures``
(the number grammar), ``cues`` (what a figure means), ``promises`` (commitments and
terms), ``words`` (segmentation, loaded lazily).
"""

from __future__ import annotations

import re

from ..profile import Profile
from .cues import RULES
from .header import read_header
from .layout import (
    SENTENCE_END,
    STEPS,
    heading,
    is_body_start,
    is_chrome,
    is_closing,
    is_footer_start,
    is_prose,
    is_topic_candidate,
    part_kind,
    split_clauses,
    split_sentences,
)
from .promises import COMMITMENT_RULES, TERM_RULES

QUALIFIERS_BEFORE = ("不低于", "不高于", "不少于", "不超过", "超过", "达到", "累计", "约", "近", "达", "逾")
QUALIFIERS_AFTER = ("左右", "以上", "以内", "以下", "多", "余")
SCALES = ("万亿", "亿", "万", "千", "百")
UNITS = (
    "个百分点",
    "百分点",
    "%",
    "％",
    "‰",
    "美元",
    "欧元",
    "元",
    "平方公里",
    "平方米",
    "立方米",
    "公里",
    "千米",
    "米",
    "公顷",
    "亩",
    "吨",
    "千瓦时",
    "千瓦",
    "瓦",
    "标准箱",
    "人次",
    "户",
    "人",
    "名",
    "位",
    "个",
    "家",
    "张",
    "套",
    "件",
    "项",
    "所",
    "座",
    "条",
    "台",
    "辆",
    "架",
    "艘",
    "次",
    "场",
    "批",
    "支",
    "处",
    "间",
    "栋",
    "幢",
    "根",
    "片",
    "斤",
    "倍",
    "年",
    "天",
    "小时",
    "分钟",
    "岁",
)
_NUM = r"[0-9０-９]+(?:,[0-9]{3})*(?:[.．][0-9０-９]+)?"
FIGURE = re.compile(
    rf"(?:{'|'.join(QUALIFIERS_BEFORE)})?"
    rf"{_NUM}(?:[%％])?(?:\s*[-－~～—至到]\s*{_NUM})?"
    rf"(?:{'|'.join(SCALES)})?(?:{'|'.join(UNITS)})?(?:{'|'.join(QUALIFIERS_AFTER)})?"
)
"""A figure as one unit: qualifier, number or range, scale, unit, trailing qualifier.

>>> FIGURE.findall("力争增长5.5%左右，新增就业1200万人以上，改为6%－6.5%")
['5.5%左右', '1200万人以上', '6%－6.5%']
"""

TOKEN = re.compile(rf"{FIGURE.pattern}|[A-Za-z]+|\s+|.", re.DOTALL)
"""Inline-diff tokens: a figure stays whole, a Latin word stays whole, else one character."""


PROFILE = Profile(
    name="zh",
    steps=STEPS,
    split_sentences=split_sentences,
    split_clauses=split_clauses,
    heading=heading,
    part_kind=part_kind,
    is_body_start=is_body_start,
    is_closing=is_closing,
    is_footer_start=is_footer_start,
    is_chrome=is_chrome,
    is_prose=is_prose,
    is_topic_candidate=is_topic_candidate,
    read_header=read_header,
    sentence_end=SENTENCE_END,
    figure=FIGURE,
    token=TOKEN,
    indicators=RULES,
    commitments=COMMITMENT_RULES,
    terms=TERM_RULES,
    warm_words="经济发展",
)
