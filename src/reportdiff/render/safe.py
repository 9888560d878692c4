"""Report text is data: the escaping every renderer applies before text from a report (or a
file name) reaches a terminal, a spreadsheet, a pull-request comment or a web page.

Normalization already shows a report's control characters as pictures (``␛``,
:data:`reportdiff.normalize.show_controls`); the functions here do the rest for each
medium: :func:`shown` for file names and messages, :func:`csv_cell` against formula
injection, :func:`markdown_text` against markup, mentions and links.  (Terminal views print
with rich markup off, and HTML goes through :func:`html.escape`.)
"""

from __future__ import annotations

import re
from typing import Any

from ..normalize import visible

EXCERPT_MOST = 2000
"""Most characters of a sentence quoted as evidence beside each of many entries (the review
sentence naming a commitment): real sentences are far shorter, but a run-on text of one
sentence quoted once per commitment would make the output grow with the square of the input.
The sentence's id is always given with it."""

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""A spreadsheet reads a cell starting with one of these as a formula (OWASP, CSV Injection)."""

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~])")
_LIVE = re.compile(r"(?<=@)(?=[\w-])|(?<=\#)(?=\d)|(?<=:)(?=//)|(?i:(?<=www)(?=\\?\.))")
"""Where GitHub would turn text into a mention (``@user``), an issue link (``#12``) or a
bare link (``https://``, ``www.``): a zero-width space goes there, which a reader does not
see and GitHub does not link."""


def shown(text: str) -> str:
    """A file name or message safe to print: control characters as pictures.

    >>> shown("a\\x1b]0;pwned\\x07.txt")
    'a␛]0;pwned␇.txt'
    """
    return visible(text)


def excerpt(text: str, most: int = EXCERPT_MOST) -> str:
    """``text``, or its first ``most`` characters and ``…`` with how many were left out.

    >>> excerpt("一二三四五六", 4)
    '一二三四… (2 more characters)'
    """
    if len(text) <= most:
        return text
    return f"{text[:most]}… ({len(text) - most} more characters)"


def csv_cell(value: Any) -> Any:
    """A CSV cell a spreadsheet will not run: text starting like a formula gets a leading
    ``'`` (the OWASP rule); numbers and other values pass as they are.

    >>> csv_cell("=HYPERLINK(1)"), csv_cell("-3%"), csv_cell(-3.0), csv_cell("新增")
    ("'=HYPERLINK(1)", "'-3%", -3.0, '新增')
    """
    if isinstance(value, str):
        value = visible(value)
        if value.startswith(_FORMULA_START):
            return "'" + value
    return value


def markdown_text(value: object) -> str:
    """Report text made inert in GitHub Markdown: control characters shown, HTML escaped,
    Markdown punctuation backslashed, mentions and links broken, one line.

    >>> markdown_text("<b>x</b> @team #12 see https://x.io | 1.5%")
    '&lt;b&gt;x&lt;/b&gt; @\u200bteam \\\\#\u200b12 see https:\u200b//x\\\\.io \\\\| 1\\\\.5%'
    """
    import html  # Markdown's alone: with its entity tables, about 1.5 ms of every start

    escaped = html.escape(visible(str(value).replace("\n", " ")), quote=False)
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", escaped)
    return _LIVE.sub("\u200b", escaped)
