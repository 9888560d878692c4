"""PDF bytes → the report's text, page furniture removed (pypdf; imported only for a PDF).

Text is extracted page by page, in the order pypdf reads it.  What a printer or a
browser adds to every page is left out: a line (digits masked, spaces ignored) that
comes back on at least half of the pages — running headers and footers, ``- 3 -``,
``3/17``, print dates, the page's address — and, on any page, a line that is only a
page number or only a URL.  Deciding by repetition keeps this module free of any
language's words: a ``page 3`` in any script repeats as ``page #``.

Pages are joined with a single line break, so a sentence broken by a page break is one
broken line like any other, and the language's normalization joins it as it joins the
lines a layout breaks.  One break it cannot tell from a heading's end is joined here: a
line that fills the measure and stops short of a sentence's end (a long heading wrapped,
a clause ending at the margin), unless the next line is a heading: which characters end
a sentence and what a heading looks like are the language profile's to say.  The spaces
pypdf puts between text runs are closed next to wide characters, and ligatures spelt out.

``RawReport.pages`` records where each page's text starts.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Callable

from .. import lang
from ..errors import CorruptInputError, EncryptedInputError, NoTextLayerError
from ..model import RawReport

# A page with fewer visible characters than this holds no real text layer (a scan may
# still carry a stray page number or a scanner's stamp).
_MIN_CHARS_PER_PAGE = 20
# Only lines this short can be furniture: a body line repeating is a duplicated passage,
# which the structure reader reports itself.
_FURNITURE_MAX_CHARS = 120
# Furniture sits at the edges of a page's text; pypdf reads a browser's header and footer
# after the body, so both ends are looked at.
_EDGE_LINES = 3

_PAGE_NUMBER = re.compile(r"[\s\-‐‒–—―]*\d{1,4}(?:\s*/\s*\d{1,4})?[\s\-‐‒–—―]*")
_URL = re.compile(r"\s*(?:https?|file)://\S+(?:\s+\d{1,4}\s*/\s*\d{1,4})?\s*", re.IGNORECASE)

# pypdf logs what it repairs ("EOF marker not found"); with no handler configured Python
# would print that beside our one-line error.  A program that configures logging still
# sees it through its own handlers.
logging.getLogger("pypdf").addHandler(logging.NullHandler())

_DAMAGED = "download it again, or save it again from the program that made it"
_OCR_HINT = "run OCR on it first (e.g. ocrmypdf -l chi_sim in.pdf out.pdf) and give the result"


def read_pdf(data: bytes, source: str) -> RawReport:
    """The text of a PDF, furniture removed; :class:`CorruptInputError`,
    :class:`EncryptedInputError` or :class:`NoTextLayerError` when it has none to give."""
    pages = _page_texts(data, source)
    visible = sum(len("".join(page.split())) for page in pages)
    if visible < _MIN_CHARS_PER_PAGE * len(pages):
        raise NoTextLayerError(
            source,
            f"this PDF has no text layer (images only, a scan: {len(pages)} page{'s' * (len(pages) > 1)})",
            _OCR_HINT,
        )
    kept = strip_furniture(pages)
    lines = [close_wide_spaces(unligature(line)) for page in kept for line in page]
    rules = lang.profile(lang.detect("\n".join(lines[:200])))
    joins = _joins(lines, rules.sentence_end, lambda line: bool(rules.heading(line, False)))
    parts: list[str] = []
    starts: list[int] = []
    at = 0
    for i, line in enumerate(lines):
        if i:
            parts.append(_joint(lines[i - 1], line) if joins[i] else "\n")
            at += len(parts[-1])
        starts.append(at)
        parts.append(line)
        at += len(line)
    firsts = [sum(map(len, kept[:n])) for n in range(len(kept)) if kept[n]]
    return RawReport(source, "".join(parts), "pdf", tuple(starts[i] for i in firsts))


def _page_texts(data: bytes, source: str) -> list[str]:
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError

    pages: list[str] | None
    try:
        reader = PdfReader(io.BytesIO(data))
        locked = reader.is_encrypted and not _opens_without_password(reader)
        pages = None if locked else [page.extract_text() or "" for page in reader.pages]
    except FileNotDecryptedError:
        pages = None
    except Exception as exc:
        # pypdf reports a truncated or damaged file through many exception types
        # (PdfReadError, PdfStreamError, ValueError, KeyError, …): one thing to the reader
        raise CorruptInputError(source, "this PDF is damaged or truncated", _DAMAGED) from exc
    if pages is None:
        raise EncryptedInputError(
            source,
            "this PDF is encrypted with a password",
            "remove the password (e.g. qpdf --decrypt --password=PASSWORD in.pdf out.pdf) "
            "and give the decrypted file",
        )
    if not pages:
        raise CorruptInputError(source, "this PDF has no pages", _DAMAGED)
    return pages


def _opens_without_password(reader: object) -> bool:
    """Whether an encrypted PDF opens with the empty password (a printing or copying lock)."""
    try:
        return bool(reader.decrypt(""))  # type: ignore[attr-defined]
    except Exception:  # pypdf raises for unsupported algorithms: treated as locked
        return False


def _key(line: str) -> str:
    """What stays the same of a furniture line from page to page.

    >>> _key("- 12 -"), _key("11/28/26, 9:17 AM")
    ('-#-', '#/#/#,#:#AM')
    """
    folded = unicodedata.normalize("NFKC", line)
    return re.sub(r"\d+", "#", "".join(folded.split()))


def is_lone_furniture(line: str) -> bool:
    """A line that is only a page number or only an address, whatever the language.

    >>> [is_lone_furniture(x) for x in ["- 3 -", "3/17", "https://www.gov.cn/a.htm", "2024"]]
    [True, True, True, True]
    >>> is_lone_furniture("增长5%")
    False
    """
    folded = unicodedata.normalize("NFKC", line)
    return bool(_PAGE_NUMBER.fullmatch(folded) or _URL.fullmatch(folded))


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF"


_LIGATURES = re.compile("[\ufb00-\ufb06]")


def unligature(line: str) -> str:
    """Typographic ligatures (one character for ``fl``, ``ffi`` …) spelt out again.

    >>> unligature("In\ufb02ation, di\ufb03cult")
    'Inflation, difficult'
    """
    return _LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), line)


def close_wide_spaces(line: str) -> str:
    """Spaces beside a wide (CJK) character go: pypdf puts one between every text run, so
    ``+`` or ``/`` set in another font come out spaced; Latin text keeps its spaces.

    >>> close_wide_spaces("a + b"), close_wide_spaces("\u4f4e\u7a7a +")
    ('a + b', '\u4f4e\u7a7a+')
    """
    out: list[str] = []
    for i, ch in enumerate(line):
        if ch in " \u00a0" and 0 < i < len(line) - 1:
            before = line[:i].rstrip(" \u00a0")
            after = line[i + 1 :].lstrip(" \u00a0")
            if (before and _wide(before[-1])) or (after and _wide(after[0])):
                continue
        out.append(ch)
    return "".join(out)


# A line this close to the longest lines of the document fills its measure.
_FULL_SHARE = 0.85
_FULL_SHARE_NARROW = 0.75


def _width(line: str) -> int:
    return sum(2 if _wide(ch) else 1 for ch in line)


_TAIL = 8
"""Most characters of a wrapped heading's tail before its sentence's end, on a line the body
then fills (``牵引作用。``, ``险底线。``): a body's first sentence under a heading is longer."""


def _ends_sentence(line: str, sentence_end: str) -> bool:
    core = line.rstrip()
    while core and unicodedata.category(core[-1]) in ("Pe", "Pf"):  # closing brackets, quotes
        core = core[:-1]
    return bool(core) and core[-1] in sentence_end


def join_full_lines(lines: list[str], sentence_end: str, is_heading: Callable[[str], bool]) -> list[str]:
    """A line that fills the measure and does not end a sentence runs on into the next
    (no space is put between wide characters) — unless the next is a heading, or the
    line is a heading and the next fills the measure too (that is the body under a long
    heading; a wrapped heading's tail is short).

    >>> lines = ["A heading that is long", "the body text, as wide", "as a line.", "Short"]
    >>> join_full_lines(lines, ".", lambda line: line.startswith("A heading"))
    ['A heading that is long', 'the body text, as wide as a line.', 'Short']
    """
    out: list[str] = []
    for line, joined in zip(lines, _joins(lines, sentence_end, is_heading), strict=True):
        if joined:
            out[-1] += _joint(out[-1], line) + line
        else:
            out.append(line)
    return out


def _joint(before: str, after: str) -> str:
    # nothing between wide characters, nor after a hyphen (general-/purpose)
    return "" if _wide(before[-1]) or _wide(after[0]) or before[-1] == "-" else " "


def _joins(lines: list[str], sentence_end: str, is_heading: Callable[[str], bool]) -> list[bool]:
    """For each line, whether it continues the line before (see :func:`join_full_lines`)."""
    widths = sorted(_width(line) for line in lines)
    measure = widths[int(len(widths) * 0.9)] if widths else 0

    def full(line: str) -> bool:
        # a proportional font makes the count of narrow characters on a full line vary more
        share = _FULL_SHARE if 2 * sum(map(_wide, line)) >= len(line) else _FULL_SHARE_NARROW
        return _width(line) >= share * measure

    def tail(line: str) -> bool:
        # a wrapped heading's tail, then the body in the same paragraph (…更好发挥经济体制改革 /
        # 牵引作用。扎实推进…): its sentence ends within a few characters of the line's start
        return any(0 < line.find(mark) <= _TAIL for mark in sentence_end)

    joins: list[bool] = []
    carry = heading = False
    for line in lines:
        joined = carry and not is_heading(line) and not (heading and full(line) and not tail(line))
        if not joined:
            heading = is_heading(line)
        joins.append(joined)
        carry = full(line) and not _ends_sentence(line, sentence_end)
    return joins


def strip_furniture(pages: list[str]) -> list[list[str]]:
    """Each page's lines without what repeats across pages at their edges.

    >>> body = ["Growth was 5%.", "We will build", "3 parks."]
    >>> strip_furniture([f"Report 2024\\n{line}\\n- {n} -" for n, line in enumerate(body, 1)])
    [['Growth was 5%.'], ['We will build'], ['3 parks.']]
    """
    split = [[line for line in page.splitlines() if line.strip()] for page in pages]
    seen: Counter[str] = Counter()
    for lines in split:
        edges = lines[:_EDGE_LINES] + lines[-_EDGE_LINES:]
        seen.update({_key(line) for line in edges if len(line.strip()) <= _FURNITURE_MAX_CHARS})
    needed = max(2, (len(pages) + 1) // 2)
    repeated = {key for key, count in seen.items() if count >= needed}
    kept: list[list[str]] = []
    for lines in split:
        edge = set(range(_EDGE_LINES)) | set(range(len(lines) - _EDGE_LINES, len(lines)))
        kept.append(
            [
                line
                for i, line in enumerate(lines)
                if not (i in edge and (_key(line) in repeated or is_lone_furniture(line)))
            ]
        )
    return kept
