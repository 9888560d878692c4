"""A web page's text → the report's main text (trafilatura; imported only for a web page).

trafilatura keeps the article and leaves out navigation, breadcrumbs, share buttons,
related-article lists and footers by the shape of the page (link density, position,
class names), so no site's markup or wording is written down here.  Its title (the
page's ``<h1>``, else ``<title>``) is put back on the first line, where the structure
reader looks for the report's title, and the headings it left out of the article (it drops
some pages' ``<h2>`` whatever its options) before the paragraphs they head.  Decoding (the
page's ``charset``) is done before, in ``load.py``.
"""

from __future__ import annotations

from html.parser import HTMLParser

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
    lines = [_squeezed(line) for line in text.split("\n") if line.strip()]
    if not lines or set(lines) <= _links(page):  # 首页 of a page with only a navigation link left
        raise NoReportTextError(
            source,
            "this web page holds no article text (only navigation or scripts)",
            "save the page once its text has loaded, or copy its text into a .txt",
        )
    text = _headings_put_back(page, text)
    title = str(getattr(found, "title", None) or "").strip()
    if title and not text.lstrip().startswith(title):
        text = f"{title}\n{text}"
    return text


def _headings_put_back(page: str, text: str) -> str:
    """``text`` (the article trafilatura kept) with the page's headings (``<h1>``–``<h6>``) it
    left out put back, each on its own line before the paragraph that follows it in the page.

    trafilatura drops some pages' headings whatever its options (adbar/trafilatura#774, #354):
    a report whose parts are ``<h2>一、…</h2>`` then reads as one undivided block, no review
    and no plan.  Only a heading whose next paragraph is in the article is put back, so the
    headings of what trafilatura left out (``<h3>相关文章</h3>`` over a list of links) stay out."""
    lines = text.split("\n")
    starts: dict[str, int] = {}
    for k, line in enumerate(lines):
        starts.setdefault(_squeezed(line)[:_LEAD], k)
    kept = {_squeezed(line) for line in lines}
    before: dict[int, list[str]] = {}
    waiting: list[str] = []
    for kind, content in _blocks(page):
        if kind == "heading":
            if _squeezed(content) not in kept:
                waiting.append(content)
        elif waiting:
            at = starts.get(_squeezed(content)[:_LEAD])
            if at is not None:
                before.setdefault(at, []).extend(waiting)
            waiting = []
    if not before:
        return text
    return "\n".join(
        heading_or_line for k, line in enumerate(lines) for heading_or_line in (*before.get(k, ()), line)
    )


def _blocks(page: str) -> list[tuple[str, str]]:
    """The page's text in order as ``("heading", text)`` and ``("block", text)``: a heading's
    text, and the text between two block tags (a paragraph's, a cell's)."""
    reader = _Blocks()
    try:
        reader.feed(page)
        reader.close()
    except (AssertionError, ValueError):  # a page the parser gives up on: what it read so far
        pass
    reader.flush()
    return reader.found


def _links(page: str) -> set[str]:
    """The texts of the page's links (``<a>``), whitespace removed."""
    reader = _Links()
    try:
        reader.feed(page)
        reader.close()
    except (AssertionError, ValueError):
        pass
    return reader.found


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: set[str] = set()
        self._run: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self._run = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._run is not None:
            self.found.add(_squeezed("".join(self._run)))
            self._run = None

    def handle_data(self, data: str) -> None:
        if self._run is not None:
            self._run.append(data)


class _Blocks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str]] = []
        self._run: list[str] = []
        self._heading = False
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip += 1
        elif tag in _HEADINGS or tag in _BLOCKS:
            self.flush()
            self._heading = tag in _HEADINGS

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip = max(0, self._skip - 1)
        elif tag in _HEADINGS or tag in _BLOCKS:
            self.flush()
            self._heading = False

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._run.append(data)

    def flush(self) -> None:
        content = " ".join("".join(self._run).split())
        self._run = []
        if content:
            self.found.append(("heading" if self._heading else "block", content))


def _squeezed(text: str) -> str:
    return "".join(text.split())


_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_BLOCKS = frozenset(
    ("p", "div", "li", "td", "th", "section", "article", "blockquote", "pre", "br", "ul", "ol")
)
_SKIPPED = frozenset(("script", "style", "noscript", "template"))
_LEAD = 24
"""Characters of a paragraph's start (whitespace removed) that find it in the article."""
