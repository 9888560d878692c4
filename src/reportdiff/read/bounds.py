"""Where a report's body starts and ends: its paragraphs, the greeting, and the footer or
page furniture after the last heading (a repeated copy of the body: ``removed.py``); paragraphs
said twice in a row, and the report's year."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from pathlib import PurePath
from typing import Literal

from ..lang import Profile
from ..model import Span
from ..normalize import Mapped, fold


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


def year_of(
    found: int | None, source: str, body: list[str], profile: Profile
) -> tuple[int | None, Literal["text", "filename"] | None]:
    """The report's year: from the title block, else from a part title, else from the file name.

    A part title only gives a guess (``1980、1981年国民经济计划`` names two years): when the
    file name names another year, the name, which someone chose on purpose, wins.
    """
    if found:
        return found, "text"
    named = re.search(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)", PurePath(source).name)
    named_year = int(named.group(1)) if named else None
    for text in body[:400]:
        heading = profile.heading(text, False)
        if heading and heading.level == 1:
            match = profile.year.search(fold(text))
            if match:
                year = int(match.group(1))
                kind = profile.part_kind(text[heading.title_start :], None)
                if kind is not None:
                    guess = year + 1 if kind == "review" else year
                    if named_year is not None and named_year != guess:
                        return named_year, "filename"
                    return guess, "text"
    return (named_year, "filename") if named_year is not None else (None, None)


def repeats(paras: list[Para], body: list[int]) -> set[int]:
    """The body's paragraphs that say again, word for word, the paragraph right before them: a
    conversion's artefact (a markdown title written twice, ``## Indonesia`` then ``Indonesia``; a
    caption copied), never a second statement, so kept out as a duplicate."""
    return {b for a, b in itertools.pairwise(body) if paras[b].text.strip() == paras[a].text.strip()}
