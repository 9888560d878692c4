"""A web page's text → the report's main text (trafilatura; imported only for a web page).

trafilatura keeps the article and leaves out navigation, breadcrumbs, share buttons,
related-article lists and footers by the shape of the page (link density, position,
class names), so no site's markup or wording is written down here.  Its title (the
page's ``<h1>``, else ``<title>``) is put back on the first line, where the structure
reader looks for the report's title.  Decoding (the page's ``charset``) is done before,
in ``load.py``.
"""

from __future__ import annotations

from ..errors import CorruptInputError, NoReportTextError


def main_text(page: str, source: str) -> str:
    """The article of an HTML page, one paragraph a line."""
    import trafilatura

    try:
        # favor_precision: on a short page the default falls back to keeping every text
        # block, navigation and related lists included
        found = trafilatura.bare_extraction(
            page,
            output_format="python",
            include_tables=True,
            include_comments=False,
            with_metadata=True,
            favor_precision=True,
        )
    except (ValueError, TypeError) as exc:
        raise CorruptInputError(
            source, "this web page cannot be parsed", "save the page again, or copy its text into a .txt"
        ) from exc
    # a Document (or a dict in older releases' typing): read both the same way
    text = str(getattr(found, "text", None) or "")
    if not text.strip():
        raise NoReportTextError(
            source,
            "this web page holds no article text (only navigation or scripts)",
            "save the page once its text has loaded, or copy its text into a .txt",
        )
    title = str(getattr(found, "title", None) or "").strip()
    if title and not text.lstrip().startswith(title):
        text = f"{title}\n{text}"
    return text
