"""English layout: line joining, sentences and clauses, headings, parts, body boundaries."""

from __future__ import annotations

import re
from itertools import pairwise

from ...model import PartKind
from ...normalize import (
    COMMON_STEPS,
    Step,
    collapse_blank_lines,
    collapse_spaces,
    line_join_step,
    strip_markdown,
    trim_lines,
)
from ..profile import Heading, keyword_kind

SENTENCE_END = ".!?"
CLOSERS = "\"')]”’"
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "no",
        "nos",
        "sen",
        "jr",
        "sr",
        "inc",
        "ltd",
        "co",
        "corp",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "cf",
        "col",
        "cols",
        "vol",
        "p",
        "pp",
        "a.m",
        "p.m",
        "u.s",
        "u.k",
        "govt",
        "dept",
        "approx",
        "fig",
        "figs",
        "art",
        "para",
        "paras",
        "sec",
        "hon",
        "prof",
        "gen",
        "capt",
        "sgt",
        "lt",
    ]
)


def _should_join(line: str, next_line: str) -> bool:
    # Only a break inside a sentence is joined: the next line goes on in lower case.
    if line.startswith("#"):
        return False
    return line.rstrip("*_ ")[-1:] not in SENTENCE_END + ":;" and next_line[:1].islower()


join_broken_lines = line_join_step("join_broken_lines", _should_join, " ")
"""A line broken inside a sentence is joined with a space.

>>> join_broken_lines("for the financial year\\nending in March.\\nNext")
'for the financial year ending in March.\\nNext'
"""

STEPS: tuple[Step, ...] = (
    *COMMON_STEPS,
    join_broken_lines,
    strip_markdown,
    collapse_spaces,
    trim_lines,
    collapse_blank_lines,
)

_SENTENCE_BREAK = re.compile(r"[.!?]+[\"')\]”’]*(?=\s+[\"'(“‘\[]?[A-Z0-9]|\s*$)")


def split_sentences(paragraph: str) -> list[tuple[int, int]]:
    """Sentence ranges; abbreviations (``Mr.``), initials and decimals do not end a sentence.

    >>> p = "Mr. Lee said growth was 2.5%. It rose. Next"
    >>> [p[a:b].strip() for a, b in split_sentences(p)]
    ['Mr. Lee said growth was 2.5%.', 'It rose.', 'Next']
    """
    ranges: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_BREAK.finditer(paragraph):
        word = re.search(r"([A-Za-z.]+)\.$", paragraph[start : match.start() + 1])
        if match.group(0).startswith(".") and word:
            token = word.group(1).lower().rstrip(".")
            if token in _ABBREVIATIONS or len(token) == 1:
                continue
        end = match.end()
        while end < len(paragraph) and paragraph[end] == " ":
            end += 1
        ranges.append((start, end))
        start = end
    if start < len(paragraph):
        ranges.append((start, len(paragraph)))
    return ranges


def split_clauses(sentence: str) -> list[tuple[int, int]]:
    """Clause ranges at ``,`` ``;`` ``:`` followed by a space (marks excluded).

    >>> s = "We will invest $1,000, and we will act; now."
    >>> [s[a:b] for a, b in split_clauses(s)]
    ['We will invest $1,000', ' and we will act', ' now.']
    """
    ranges: list[tuple[int, int]] = []
    start = 0
    for match in re.finditer(r"[,;:](?=\s)", sentence):
        ranges.append((start, match.start()))
        start = match.end()
    ranges.append((start, len(sentence)))
    return [(a, b) for a, b in ranges if b > a] or [(0, len(sentence))]


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
_PART = re.compile(r"^(?:Part\s+)?([IVX]{1,4})[.:]?\s+(?=[A-Z])")


def heading(paragraph: str, markdown: bool) -> Heading | None:
    """Markdown headings (``## Stable Employment``) are sections; ``Part II`` / ``II.`` parts.

    >>> heading("Stable Employment", True).level, heading("II. Budget Outlook", False).number
    (2, 2)
    """
    match = _PART.match(paragraph)
    if match and len(paragraph) < 80:
        return Heading(1, _ROMAN[match.group(1).lower()], match.group(1), match.end())
    if markdown and len(paragraph) < 120 and paragraph[-1:] not in SENTENCE_END:
        return Heading(2, None, "", 0)
    return None


def heading_label(number: str, level: int) -> str:
    """A heading's number as displayed before its title.

    >>> heading_label("II", 1)
    'II. '
    """
    del level  # parts and sections are numbered alike
    return f"{number}. "


YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])")
"""A year as printed in a heading (``Outlook for 2020``), its digits in group 1."""

_REVIEW_WORDS = ("review", "performance", "outturn", "economy in", "last year", "achievements")
_PLAN_WORDS = ("outlook", "budget", "measures", "proposals", "strategy", "plan", "priorities", "ahead")


def part_kind(title: str, report_year: int | None) -> PartKind | None:
    """``review`` or ``plan`` from a part title, earliest keyword first.

    >>> part_kind("Review of the Economy", None), part_kind("Budget Measures", None)
    ('review', 'plan')
    """
    del report_year
    return keyword_kind(title.lower(), _REVIEW_WORDS, _PLAN_WORDS)


def is_body_start(paragraph: str) -> bool:
    """The address to the chair opens the speech."""
    return bool(re.search(r"\b(?:Mr|Madam)\.? Speaker\b", paragraph[:200]))


def is_closing(paragraph: str) -> bool:
    """English speeches have no fixed closing formula."""
    del paragraph
    return False


def is_footer_start(paragraph: str) -> bool:
    """Licence and source lines."""
    return bool(re.match(r"^(?:Public domain|Source:|Retrieved from)", paragraph))


_SPEAKER_LABEL = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Mdm|Madam|Dr|Prof)\.? [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,4}"
    r"|The [A-Z][\w ,'’-]{0,100}\((?:Mr|Mrs|Ms|Mdm|Madam|Dr|Prof)\.? [^()]{1,40}\))$"
)
"""A Hansard speaker's label standing alone (``Mr Speaker``, ``Mr Lawrence Wong``, ``The Prime
Minister and Minister for Finance (Mr Lawrence Wong)``): who speaks next, not what is said."""


def is_chrome(paragraph: str) -> bool:
    """Web page furniture, and a Hansard speaker's label standing alone (:data:`_SPEAKER_LABEL`),
    which a comparison would otherwise list among the speech's sentences.

    >>> [is_chrome(p) for p in ("Print", "Mr Speaker", "Mr Lawrence Wong", "Mr Speaker, I move.")]
    [True, True, True, False]
    """
    return bool(re.match(r"^(?:Print|Share|Back to top|Skip to content)$", paragraph)) or bool(
        _SPEAKER_LABEL.match(paragraph.strip())
    )


def is_prose(paragraph: str) -> bool:
    """Running text: ends like a sentence, or is long."""
    return paragraph.rstrip(CLOSERS)[-1:] in SENTENCE_END + ":;" or len(paragraph) >= 80


def is_topic_candidate(sentence: str) -> bool:
    """English speeches mark no lead sentences."""
    del sentence
    return False


_WORD = re.compile(r"[a-z#]{3,}|[a-z]+[0-9]+[a-z0-9]*")


FUNCTION_WORDS = frozenset((
    "the", "and", "for", "are", "but", "not", "you", "all", "any", "can", "had", "her", "was", "one",
    "our", "out", "has", "have", "his", "how", "its", "may", "new", "now", "see", "two", "who", "did",
    "get", "him", "let", "put", "say", "she", "too", "use", "than", "that", "this", "with", "from",
    "they", "them", "then", "their", "there", "these", "those", "what", "when", "where", "which",
    "while", "whom", "whose", "will", "would", "shall", "should", "could", "been", "being", "into",
    "onto", "over", "under", "upon", "about", "above", "after", "again", "against", "before", "below",
    "between", "both", "during", "each", "few", "more", "most", "other", "some", "such", "only", "own",
    "same", "very", "just", "also", "even", "ever", "still", "yet", "here", "because", "until",
    "unless", "whether", "though", "although", "however", "therefore", "thus", "hence", "indeed",
    "instead", "rather", "why", "nor", "off", "per", "via", "within", "without", "across", "along",
    "among", "around", "through", "toward", "towards", "whereas", "whatever", "whichever", "whoever",
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "finally", "lastly", "next", "currently", "since", "likewise", "similarly", "moreover",
    "furthermore", "meanwhile", "additionally", "besides", "addition", "particular", "example",
    "instance", "today", "already", "well", "much", "many", "must", "might", "need", "needs", "make",
    "makes", "made", "take", "takes", "took", "give", "gives", "given", "going", "come", "comes",
    "done", "does", "doing", "mrs", "madam", "speaker", "sir",
))  # fmt: skip
"""Words a sentence of any subject uses — articles, pronouns, auxiliaries, prepositions,
conjunctions — and the discourse words a speech opens its sentences with (``First,``,
``Second,``, ``Currently,``, ``Since then,``, ``In addition,``, ``Mr Speaker,``): two sentences
sharing only these share no content (``Second, I will raise the ERS`` is not ``Second, I will
provide U-Save rebates``), so they are no pieces.  A rare word among them would otherwise weigh
much: ``second`` opens a few sentences of a speech, no more than a scheme's name."""


def content_pieces(key: str) -> frozenset[str]:
    """Words of a matching key, lower-cased, of three letters or more (``#`` is a masked number),
    but function and discourse words (:data:`FUNCTION_WORDS`), and each two of them that follow
    one another: a statement carried over keeps some of its phrases (``economy grew``,
    ``assurance package``), while two sentences sharing one word (``It will be more
    fragmented`` / ``…a fragmented and troubled world``) share little of their weight.

    >>> sorted(content_pieces("Second, we will raise the GST voucher in 2023"))
    ['gst', 'gst voucher', 'raise', 'raise gst', 'voucher']
    """
    words = [w for w in _WORD.findall(key.lower()) if w not in FUNCTION_WORDS]
    return frozenset(words).union(f"{a} {b}" for a, b in pairwise(words))


def mixed_kind(title: str) -> PartKind | None:
    """English speeches have no part of two kinds: always ``None``.

    >>> mixed_kind("Review and outlook") is None
    True
    """
    return None


def plan_opening(title: str) -> re.Pattern[str] | None:
    """English speeches have no part of two kinds: always ``None``.

    >>> plan_opening("Review and outlook") is None
    True
    """
    return None
