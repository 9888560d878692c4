"""Normalization as small named pure steps that keep an offset map to the raw text.

A :class:`Step` is usable as a plain ``str -> str`` function (see the doctests), and :func:`run`
applies a list of them to a :class:`Mapped` text, which knows for every character the raw range
it came from.  So a sentence found in normalized text can always be pointed back to where it
stands in the file.

The steps here are language-neutral; each language profile (``reportdiff.lang``) adds its own
(line joining, spaces inside Chinese text) and decides the order."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .model import Span
from .widths import narrow

Edit = tuple[int, int, str]
"""Replace ``text[start:end]`` with the string."""


@dataclass(frozen=True, slots=True)
class Step:
    """One normalization step: a name, and the edits it makes to a text."""

    name: str
    """Short identifier, shown in debugging output."""
    edits: Callable[[str], Iterable[Edit]]
    """Non-overlapping edits in increasing order."""

    def __call__(self, text: str) -> str:
        """Apply the step to plain text."""
        return run(Mapped.of(text), (self,)).text


def regex_step(name: str, pattern: str, repl: str | Callable[[re.Match[str]], str], flags: int = 0) -> Step:
    """A step that replaces every match of ``pattern`` (``repl`` as in ``re.sub``)."""
    compiled = re.compile(pattern, flags)
    make = _replacement(repl)

    def edits(text: str) -> Iterable[Edit]:
        for match in compiled.finditer(text):
            new = make(match)
            if new != match.group(0):
                yield match.start(), match.end(), new

    return Step(name, edits)


def _replacement(repl: str | Callable[[re.Match[str]], str]) -> Callable[[re.Match[str]], str]:
    """What replaces a match.  A template without a backslash refers to no group: it is used
    as it is, not parsed again for each match (as ``match.expand`` does)."""
    if callable(repl):
        return repl
    template = repl
    if "\\" not in template:
        return lambda match: template
    return lambda match: match.expand(template)


def line_join_step(name: str, should_join: Callable[[str, str], bool], joiner: str) -> Step:
    """A step that removes a line break (blank lines included) where ``should_join`` says so.

    ``should_join(line, next_line)`` sees the line as already joined so far, so a
    decision never depends on where the source happened to break it.  A joined line longer
    than ``2 × LINE_VIEW`` characters is shown to it as its start and its end (what the
    languages' rules read: how it opens, how it stops), so that a text broken every few
    characters and never ending a sentence is joined in linear time."""
    breaks = re.compile(r"[ ]*\n(?:[ ]*\n)*[ ]*")

    def edits(text: str) -> Iterable[Edit]:
        line_start = 0
        logical = _LineView()
        for match in breaks.finditer(text):
            logical.add(text[line_start : match.start()])
            next_end = text.find("\n", match.end())
            next_line = text[match.end() : next_end if next_end >= 0 else len(text)]
            if logical.length and next_line and should_join(logical.text(), next_line):
                yield match.start(), match.end(), joiner
                logical.add(joiner)
            else:
                logical = _LineView()
            line_start = match.end()

    return Step(name, edits)


LINE_VIEW = 1000
"""Characters of a joined line's start, and of its end, that line joining decisions read."""


class _LineView:
    """A line being joined: all of it while short, else its first and last ``LINE_VIEW``
    characters (mutable, local to one run of a line-joining step)."""

    __slots__ = ("head", "length", "tail")

    def __init__(self) -> None:
        self.head = ""
        self.tail = ""
        self.length = 0

    def add(self, piece: str) -> None:
        if len(self.head) < LINE_VIEW:
            self.head += piece[: LINE_VIEW - len(self.head)]
        self.tail = (self.tail + piece[-LINE_VIEW:])[-LINE_VIEW:]
        self.length += len(piece)

    def text(self) -> str:
        """The line, or its start and end when it is longer than both together.

        >>> view = _LineView()
        >>> view.add("ab" * LINE_VIEW + "c")
        >>> (view.length, len(view.text()), view.text()[-3:])
        (2001, 2000, 'abc')
        """
        if self.length <= 2 * LINE_VIEW:
            middle = self.length - len(self.head)
            return self.head + (self.tail[-middle:] if middle > 0 else "")
        return self.head + self.tail


@dataclass(frozen=True, slots=True)
class Mapped:
    """Text with, for each character, the raw range ``[starts[i], ends[i])`` it stands for."""

    text: str
    """The current text."""
    starts: tuple[int, ...]
    """Raw start offset of each character."""
    ends: tuple[int, ...]
    """Raw end offset of each character."""
    raw_length: int
    """Length of the raw text, for spans that end at the end."""

    @classmethod
    def of(cls, raw: str) -> Mapped:
        """The identity mapping of a raw text."""
        return cls(raw, tuple(range(len(raw))), tuple(range(1, len(raw) + 1)), len(raw))

    def span(self, start: int, end: int) -> Span:
        """Raw span of the normalized range ``[start, end)``."""
        if end <= start:
            at = self.starts[start] if start < len(self.starts) else self.raw_length
            return Span(at, at)
        return Span(self.starts[start], self.ends[end - 1])


def run(mapped: Mapped, steps: Sequence[Step]) -> Mapped:
    """Apply ``steps`` in order, carrying the offset map along."""
    for step in steps:
        mapped = _apply(mapped, step)
    return mapped


def _common_prefix(a: str, b: str) -> int:
    """How many leading characters ``a`` and ``b`` share.

    >>> _common_prefix("**一、**推进", "**一、**\\n推进")
    6
    """
    return next((n for n, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


def _apply(mapped: Mapped, step: Step) -> Mapped:
    text, starts, ends = mapped.text, mapped.starts, mapped.ends
    pieces: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    pos = 0
    changed = False
    for start, end, new in step.edits(text):
        changed = True
        pieces.append(text[pos:start])
        new_starts.extend(starts[pos:start])
        new_ends.extend(ends[pos:start])
        pieces.append(new)
        if len(new) == end - start:
            new_starts.extend(starts[start:end])
            new_ends.extend(ends[start:end])
        else:
            # what the replacement keeps of the match at either end maps character by character, only
            # the part that changed stands for what it replaced (a break after a bold heading: not in it)
            old = text[start:end]
            head = _common_prefix(old, new)
            tail = _common_prefix(old[head:][::-1], new[head:][::-1])
            new_starts.extend(starts[start : start + head])
            new_ends.extend(ends[start : start + head])
            lo, hi = start + head, end - tail
            if hi > lo:
                first, last = starts[lo], ends[hi - 1]
            elif end > start:  # a pure insertion inside the match: it stands for its neighbour
                k = lo - 1 if lo > start else lo
                first, last = starts[k], ends[k]
            else:
                first = last = starts[start] if start < len(starts) else mapped.raw_length
            middle = len(new) - head - tail
            new_starts.extend([first] * middle)
            new_ends.extend([last] * middle)
            new_starts.extend(starts[end - tail : end])
            new_ends.extend(ends[end - tail : end])
        pos = end
    if not changed:
        return mapped
    pieces.append(text[pos:])
    new_starts.extend(starts[pos:])
    new_ends.extend(ends[pos:])
    return Mapped("".join(pieces), tuple(new_starts), tuple(new_ends), mapped.raw_length)


# --- language-neutral steps -------------------------------------------------
# (A pattern opening with one character or class, what is before it read behind it, is searched
# for that character in C; one whose alternatives open otherwise is tried at every character.)

REPLACEMENT = "\ufffd"
"""What stands in for a character that cannot be one (an escape past U+10FFFF, a lone
surrogate): visible, and encodable in every output."""


def _names_character(code: int) -> bool:
    return code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF


def _escaped(match: re.Match[str]) -> str:
    code = int(match.group(1), 16)
    return chr(code) if _names_character(code) else REPLACEMENT


_ESCAPE = r"<U\+([0-9A-Fa-f]{4,6})>"
_SURROGATE = "[\ud800-\udfff]"

decode_escapes = regex_step("decode_escapes", _ESCAPE, _escaped)
"""Literal ``<U+00A0>`` escapes (written by some scrapers) become the character; an escape
that names no character (past U+10FFFF, or a lone surrogate) becomes U+FFFD, which
:func:`invalid_characters` counts for a warning.

>>> decode_escapes("a<U+00A0>b<U+110000><U+D800>")
'a\\xa0b\\ufffd\\ufffd'
"""

replace_surrogates = regex_step("replace_surrogates", _SURROGATE, REPLACEMENT)
"""A lone surrogate (text handed over by a caller, never decoded bytes) becomes U+FFFD: no
output encoding could write it.

>>> replace_surrogates("a\\ud800b")
'a\\ufffdb'
"""


def invalid_characters(text: str) -> int:
    """How many escapes or surrogates in raw ``text`` name no character (each read as U+FFFD).

    >>> invalid_characters("<U+0041><U+110000><U+D800><U+00D800>\\udc00")
    4
    """
    escapes = sum(1 for m in re.finditer(_ESCAPE, text) if not _names_character(int(m.group(1), 16)))
    return escapes + len(re.findall(_SURROGATE, text))


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␀ … ␟ (ESC is ␛)
    if code == 0x7F:
        return "\u2421"  # ␡
    return REPLACEMENT  # C1 controls (CSI, OSC …) have no picture of their own


CONTROLS = "[\x00-\x08\x0b-\x1f\x7f-\x9f]"
"""Control characters a terminal would act on (tab and line feed excepted)."""

show_controls = regex_step("show_controls", CONTROLS, _visible)
"""Control characters become visible pictures (ESC → ``␛``, BEL → ``␇``), so text from a
report can never clear a screen, set a window title or open a hyperlink in a terminal.
Runs after :data:`unify_newlines`, which turns CR, VT, FF and NEL into line breaks.

>>> show_controls("a\\x1b[2Jb\\x07\\x9b")
'a␛[2Jb␇\\ufffd'
"""


def visible(text: str) -> str:
    """``text`` with control characters (line breaks and tabs too) shown as pictures and
    surrogates as U+FFFD: safe to print anywhere (file names, error messages).

    >>> visible("bad\\x1b]0;x\\x07\\nname\\ud800")
    'bad␛]0;x␇␊name\\ufffd'
    """
    text = re.sub("[\x00-\x1f\x7f-\x9f]", _visible, text)
    return re.sub(_SURROGATE, REPLACEMENT, text)


COMMENT_MOST = 2000
"""Longest HTML comment removed, in characters.  Comments a scraper leaves are short (a
template marker, a page number); a stray ``<!--`` whose ``-->`` stands pages later would
otherwise take the whole report with it.  A longer one stays as text, where a reader sees it.
(A constant, not a :class:`~reportdiff.settings.Settings` field: normalization steps are
built once per language, before any settings exist.)"""

_COMMENT = rf"<!--.{{0,{COMMENT_MOST}}}?-->"

drop_html = regex_step(
    "drop_html",
    _COMMENT + r"|</?(?:p|br|div|span|font|b|strong|em|i|u|table|tr|td|th|tbody|center)\b[^<>]*>",
    "",
    re.DOTALL | re.IGNORECASE,
)
"""HTML comments (up to :data:`COMMENT_MOST` characters) and formatting tags left by a scraper
are removed; other ``<…>`` text stays.

>>> drop_html("a<!-- x -->b<br/>c<script>")
'abc<script>'
"""


def html_comments(text: str) -> list[tuple[int, int]]:
    """The ranges of ``text`` that :data:`drop_html` removes as comments, to be recorded.

    >>> html_comments("a<!-- x -->b<!-- never closed")
    [(1, 11)]
    """
    return [m.span() for m in re.finditer(_COMMENT, text, re.DOTALL)]


unify_newlines = regex_step("unify_newlines", r"[\r\u2028\u2029\x0b\x0c\x85](?:(?<=\r)\n)?", "\n")
"""CRLF, CR, and Unicode line/page separators become ``\\n``.

>>> unify_newlines("a\\r\\nb\\rc\\x0cd")
'a\\nb\\nc\\nd'
"""

drop_invisible = regex_step("drop_invisible", "[\u200b-\u200f\u2060\ufeff\u00ad\u202a-\u202e]", "")
"""Zero-width characters, direction marks, soft hyphens and stray BOMs are removed.

>>> drop_invisible("新\u200b质\ufeff")
'新质'
"""

unify_spaces = regex_step("unify_spaces", "[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]", " ")
"""Tabs, no-break, ideographic and other odd spaces become a plain space.

>>> unify_spaces("a\u3000b\u00a0c")
'a b c'
"""

trim_lines = regex_step("trim_lines", r" (?:(?<=^ ) *| *$)", "", re.MULTILINE)
"""Indentation and trailing spaces (markdown hard breaks included) are removed.

>>> trim_lines("  a  \\n b")
'a\\nb'
"""

strip_markdown = regex_step(
    "strip_markdown",
    r"^(?:#{1,6}[ ]*|>[ ]?|:[ ]+|\*\*[ ]*)*[-*_]{3,}(?:[ ]*\*\*)*[ ]*$"  # a rule, bold marks around it too
    r"|^(?:#{1,6}[ ]*|>[ ]?|:[ ]+|\*\*[ ]*)+|\*\*",
    "",
    re.MULTILINE,
)
"""Markdown residue (heading hashes, bold marks, rules, quote and definition marks) is removed.

>>> strip_markdown("## **一、回顾**\\n---\\n: text")
'一、回顾\\n\\ntext'
"""

collapse_spaces = regex_step("collapse_spaces", r" {2,}", " ")
"""Runs of spaces become one.

>>> collapse_spaces("a   b")
'a b'
"""

collapse_blank_lines = regex_step("collapse_blank_lines", r"\n(?:\n+|(?<=^\n)\n*|\n*$)", "\n")
"""Blank lines go: after line joining, each line of the text is one paragraph.

>>> collapse_blank_lines("a\\n\\n\\nb")
'a\\nb'
"""

COMMON_STEPS: tuple[Step, ...] = (
    decode_escapes,
    replace_surrogates,
    drop_html,
    unify_newlines,
    show_controls,
    drop_invisible,
    unify_spaces,
    trim_lines,
)
"""Steps every profile runs first, before its own line joining."""


def locate(raw: str, span: Span, shown: str, start: int, end: int) -> Span:
    """Raw span of ``shown[start:end]``, where ``shown`` is the display text of ``raw[span]``.

    Display text only drops characters (line breaks, markup, stray spaces), so the
    characters of ``shown`` are found in order in the raw passage.

    >>> raw = "新增 18 家 母婴设施点"
    >>> locate(raw, Span(0, len(raw)), "新增18家母婴设施点", 2, 5)
    Span(start=3, end=7)
    """
    end = min(end, len(shown))
    if end <= start:
        return Span(span.start, span.start)
    found = _positions(raw, span.start, span.end, shown)
    if end > len(found):
        return span  # a rewritten character: the whole passage is the best answer
    return Span(found[start], found[end - 1] + 1)


@lru_cache(maxsize=4)  # it holds the raw texts of the last few reports read
def _positions(raw: str, start: int, end: int, shown: str) -> tuple[int, ...]:
    """Raw offset of each character of ``shown``, found in order in ``raw[start:end]``, up
    to the first one that is not there.  Computed once per passage (a sentence may hold
    thousands of figures, each located in it); ``raw`` hashes once, as every ``str``."""
    pos = start
    found = []
    for char in shown:
        at = raw.find(char, pos, end)
        if at < 0:
            break
        found.append(at)
        pos = at + 1
    return tuple(found)


def fold(text: str) -> str:
    """Fold for matching: full-width digits, letters and punctuation to ASCII (NFKC), lowercase.
    Display text keeps the original (figures aside: :func:`narrow`); only comparisons use this.

    >>> fold("ＧＤＰ增长６．５％，"), narrow("ＧＤＰ增长６．５％，")
    ('gdp增长6.5%,', 'GDP增长6.5%,')
    """
    if not unicodedata.is_normalized("NFKC", text):  # a quick check in C
        text = narrow(text)  # NFKC rewrites a whole text for one full-width mark: those first
        if not unicodedata.is_normalized("NFKC", text):
            text = unicodedata.normalize("NFKC", text)
    return text.lower()
