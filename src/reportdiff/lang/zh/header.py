"""Chinese title block: title, date, region and speaker of a 政府工作报告."""

from __future__ import annotations

import re

from ...normalize import fold
from ..profile import HeaderInfo
from .layout import HAN, NUMERALS, chinese_int, is_chrome
from .parts import YEAR

_TITLE = re.compile(rf"((?:\d{{4}}年)?[{HAN}]{{0,12}}?政府工作报告(?:[（(]摘要[)）])?)")
_PATH = re.compile(r"[>＞»›]")
"""The steps of a web page's breadcrumb (首页>政务公开>…)."""
_DATE = re.compile(rf"([\d{NUMERALS}]{{4}})年([\d{NUMERALS}]{{1,3}})月([\d{NUMERALS}]{{1,3}})日")
_OFFICE = "代?(?:总理|副总理|省长|市长|区长|县长|旗长|州长|盟长|主席)"
_REGION = re.compile(
    rf"我代表(国务院|[{HAN}]{{2,10}}?(?:自治区|省|市|区|县|旗|州|盟))(?:人民)?政府|我代表(国务院)"
)
# The patterns below are needed only when the opening names no region, or the speaker's line
# no issuer: they are compiled on first use (through re's own cache), since compiling a class
# of every Han character costs about a millisecond and most reports never need them.
_REGION_ELSEWHERE = (
    rf"在((?:[{HAN}]{{2,10}}?)(?:自治区|省|市|区|县|旗|州|盟))第?[{NUMERALS}\d]{{1,3}}届",
    rf"\d{{4}}年((?:[{HAN}]{{2,10}}?)(?:自治区|省|市|区|县|旗|州|盟))(?:人民)?政府工作报告",
)
_DELIVERED = re.compile(r"^\s*在[\s\S]{0,30}?(?:会议|大会)")
_SPEAKER = re.compile(
    rf"({_OFFICE})\s{{0,3}}([{HAN}·]{{2,4}}?)(?=同志|[ ]|$|\n|作|各位|[^{HAN}·])", re.MULTILINE
)
_BARE_LEVEL = re.compile(r"^(?:自治区|自治州|自治县|自治旗|特别行政区)$")
"""A level's name alone (自治区主席 嘎玛泽登, 我代表自治区人民政府): no region."""
_REGION_BEFORE = rf"([{HAN}]{{1,8}}?(?:自治区|特别行政区|省|市|区|县|旗|盟|州))$"


def read_header(header: str, opening: str) -> HeaderInfo:
    """Title, date, region and speaker from the title block and the opening paragraphs.

    >>> header = "政府工作报告\\n—2020年1月7日在长宁区第十六届人民代表大会第五次会议上\\n长宁区代区长王岚"
    >>> info = read_header(header, "各位代表：\\n现在，我代表长宁区人民政府，向大会报告工作")
    >>> info.title, info.date, info.region, info.speaker
    ('政府工作报告', '2020-01-07', '长宁区', '长宁区代区长 王岚')
    >>> header = "西藏自治区政府工作报告\\n——2026年1月31日在西藏自治区第十二届人代会上\\n自治区主席 嘎玛泽登"
    >>> info = read_header(header, "各位代表：\\n现在，我代表自治区人民政府，向大会报告政府工作")
    >>> info.region, info.speaker
    ('西藏自治区', '自治区主席 嘎玛泽登')
    """
    folded_header = fold(header)
    # not a web page's breadcrumb (当前位置：首页>政务公开>政府工作报告), which a printed page keeps
    lines = [line for line in header.splitlines() if not (is_chrome(line) or _PATH.search(line))]
    titles = (_TITLE.search(line) for line in lines)
    title_match = next((found for found in titles if found), None)
    title = title_match.group(1) if title_match else None
    date = year = None
    # Only the delivery date counts (``——2020年1月7日在……会议上``), not a web page's date.
    for match in _DATE.finditer(folded_header):
        if not _DELIVERED.search(folded_header[match.end() : match.end() + 40]) and not (
            folded_header[max(0, match.start() - 2) : match.start()].strip().endswith(("—", "-"))
        ):
            continue
        parts = [chinese_int(g) for g in match.groups()]
        if all(p is not None for p in parts):
            y, m, d = (int(p) for p in parts if p is not None)
            if 1949 <= y <= 2100 and 1 <= m <= 12 and 1 <= d <= 31:
                date, year = f"{y:04d}-{m:02d}-{d:02d}", y
                break
    if year is None and title:
        title_year = YEAR.search(fold(title))
        year = int(title_year.group(1)) if title_year else None
    region_match = _REGION.search(opening) or _REGION.search(header)
    region: str | None = None
    if region_match:
        found_region = region_match.group(1) or region_match.group(2)
        region = "全国" if found_region == "国务院" else found_region
        if _BARE_LEVEL.match(region):
            region = None  # 我代表自治区人民政府: the level, not the region; the title names it
    for pattern in _REGION_ELSEWHERE:
        found_elsewhere = re.search(pattern, header) if region is None else None
        if found_elsewhere:
            region = found_elsewhere.group(1)
    speaker = None
    for match in _SPEAKER.finditer(header):
        office, name = match.group(1), match.group(2)
        before = header[: match.start()]
        prefix = ""
        if region and region != "全国" and before.endswith(region):
            prefix = region
        elif before.endswith("国务院"):
            prefix = "国务院"
        else:
            found = re.search(_REGION_BEFORE, before)
            prefix = found.group(1) if found else ""
        speaker = f"{prefix}{office} {name}"
        if region is None and prefix and not _BARE_LEVEL.match(prefix):
            region = "全国" if prefix == "国务院" else prefix
        break
    return HeaderInfo(title, region, year, date, speaker)
