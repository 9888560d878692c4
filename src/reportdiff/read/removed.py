"""What reading leaves out of a report's body, recorded: HTML comments that normalization
removed, and a verbatim repeated copy of the body; with the warnings a reader should see.

Both detections are bounded so that they cannot swallow a report: a comment is at most
:data:`reportdiff.normalize.COMMENT_MOST` characters, and a copy must repeat the body
itself (``Settings.copy_share``), not just one paragraph of it.
"""

from __future__ import annotations

from ..model import Excluded, Span
from ..normalize import html_comments, invalid_characters, visible
from ..settings import Settings

_DUPLICATE_PROBE = 40
"""A body paragraph at least this long, found again verbatim, marks a repeated copy of the body."""


def first_copy_end(paras: list[str], body_start: int, least_share: float) -> tuple[int, int]:
    """Where a verbatim repeat of the body begins (``len(paras)`` if none), and the copy count.

    A copy counts only when it really is the body again: at least ``least_share`` of the
    body's paragraphs stand in it, in place.  A paragraph a report repeats, or a file that
    holds several years' reports, is no copy and nothing is cut.
    """
    probe = next((i for i in range(body_start, len(paras)) if len(paras[i]) >= _DUPLICATE_PROBE), None)
    if probe is None:
        return len(paras), 1
    repeats = [i for i in range(probe + 1, len(paras)) if paras[i] == paras[probe]]
    if not repeats:
        return len(paras), 1
    copy_start = repeats[0] - (probe - body_start)
    if copy_start <= probe or paras[copy_start] != paras[body_start]:
        copy_start = repeats[0]
    length = copy_start - body_start
    same = sum(1 for k in range(min(length, len(paras) - copy_start))
               if paras[copy_start + k] == paras[body_start + k])  # fmt: skip
    if same < least_share * length:
        return len(paras), 1
    return copy_start, len(repeats) + 1


def comments_removed(raw: str) -> list[Excluded]:
    """The HTML comments normalization removed, each kept as a record."""
    return [
        Excluded("comment", visible(" ".join(raw[start:end].split())), Span(start, end))
        for start, end in html_comments(raw)
    ]


def removal_warnings(raw: str, records: list[Excluded], settings: Settings) -> list[str]:
    """Warnings for characters that could not be read, for large removed comments, and for
    a large share of the file kept out of the body (title block, furniture, footer)."""
    warnings = []
    invalid = invalid_characters(raw)
    if invalid:
        warnings.append(f"{invalid} escape(s) or surrogate(s) name no character; each is shown as U+FFFD")
    comments = [r for r in records if r.reason == "comment"]
    removed = sum(c.span.end - c.span.start for c in comments)
    if removed > settings.removed_warning_chars:
        warnings.append(
            f"{len(comments)} HTML comment(s) of {removed} characters were left out (see excluded)"
        )
    kept_out = sum(r.span.end - r.span.start for r in records if r.reason in ("header", "chrome", "footer"))
    if raw and kept_out > settings.excluded_warning_share * len(raw):
        warnings.append(
            f"{kept_out} characters ({100 * kept_out // len(raw)} % of the file) were kept out of the "
            "body as title block, page furniture or footer (see excluded)"
        )
    return warnings
