"""English (``en``): budget statements and similar annual speeches, as rules and data.

``layout`` (lines, sentences, headings, parts), ``header`` (title block), ``figures``
(the number grammar).  No indicator, commitment or term cues yet.
"""

from __future__ import annotations

from ..profile import Profile
from .figures import FIGURE, TOKEN
from .header import read_header
from .layout import (
    SENTENCE_END,
    STEPS,
    YEAR,
    content_pieces,
    heading,
    heading_label,
    is_body_start,
    is_chrome,
    is_closing,
    is_footer_start,
    is_prose,
    is_topic_candidate,
    mixed_kind,
    part_kind,
    plan_opening,
    split_clauses,
    split_sentences,
)
from .lines import NO_LINE_END, NO_LINE_START

PROFILE = Profile(
    name="en",
    steps=STEPS,
    split_sentences=split_sentences,
    split_clauses=split_clauses,
    heading=heading,
    heading_label=heading_label,
    part_kind=part_kind,
    mixed_kind=mixed_kind,
    plan_opening=plan_opening,
    is_body_start=is_body_start,
    is_closing=is_closing,
    is_footer_start=is_footer_start,
    is_chrome=is_chrome,
    is_prose=is_prose,
    is_topic_candidate=is_topic_candidate,
    read_header=read_header,
    header_paragraphs=8,
    sentence_end=SENTENCE_END,
    year=YEAR,
    list_separator=", ",
    figure=FIGURE,
    token=TOKEN,
    no_line_start=NO_LINE_START,
    no_line_end=NO_LINE_END,
    content_pieces=content_pieces,
    word_spaces=True,
    sentence_floor=40.0,
)
