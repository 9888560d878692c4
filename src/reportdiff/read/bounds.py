"""Where a report's body starts and ends: its paragraphs, the greeting, and the footer or
page furniture after the last heading (a repeated copy of the body: ``removed.py``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang import Profile
from ..model import Span
from ..normalize import Mapped


@dataclass(frozen=True, slots=True)
class Para:
    start: int
    end: int
    text: str
    span: Span
    markdown_heading: bool


def paragraphs(raw: str, mapped: Mapped) -> list[Para]:
    paras: list[Para] = []
    for match in re.finditer(r"[^\n]+", mapped.text):
        text = match.group(0)
        if not text.strip():
            continue
        span = mapped.span(match.start(), match.end())
        line_start = raw.rfind("\n", 0, span.start) + 1
        paras.append(Para(match.start(), match.end(), text, span, "#" in raw[line_start : span.start]))
    return paras


def body_start(paras: list[Para], profile: Profile) -> int:
    """The greeting; else the first part heading; else the first paragraph of running text."""
    for i, para in enumerate(paras):
        if profile.is_body_start(para.text):
            return i
    for i, para in enumerate(paras):
        found = profile.heading(para.text, para.markdown_heading)
        if found and found.level == 1 and found.number == 1:
            return i
    for i, para in enumerate(paras):
        if profile.is_prose(para.text) and len(para.text) >= 30 and not profile.is_chrome(para.text):
            return i
    return 0


def body_end(paras: list[Para], start: int, limit: int, profile: Profile) -> int:
    """Cut at the first footer line after the last heading, then trim trailing furniture."""
    end = limit
    last_heading = start
    for i in range(start, limit):
        if profile.heading(paras[i].text, paras[i].markdown_heading):
            last_heading = i
    for i in range(last_heading + 1, limit):
        if profile.is_footer_start(paras[i].text):
            end = i
            break
    while end - 1 > start and (
        not profile.is_prose(paras[end - 1].text) or profile.is_chrome(paras[end - 1].text)
    ):
        end -= 1
    return end
