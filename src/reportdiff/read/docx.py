"""Word (.docx) bytes → the report's text (python-docx; imported only for a Word file).

Paragraphs and tables in document order, one line each: a heading keeps its own line
(its style is Word's, the structure reader finds headings by their wording), a table
becomes one line per row, its cells separated by a space, merged cells read once.
"""

from __future__ import annotations

import io

from ..errors import CorruptInputError, EmptyInputError
from ..model import RawReport

DAMAGED = "download it again, or open it in Word and save it again"
"""What to try with a Word file that cannot be opened."""


def read_docx(data: bytes, source: str) -> RawReport:
    """The text of a Word file; :class:`CorruptInputError` when it cannot be opened."""
    from docx import Document
    from docx.table import Table

    try:
        document = Document(io.BytesIO(data))
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                lines.extend(_rows(block))
            else:
                lines.append(block.text)
    except Exception as exc:
        # python-docx reports a truncated or damaged file through zipfile, KeyError for a
        # missing part, its own PackageNotFoundError and lxml's XML errors: all one thing
        # to the reader of the message
        raise CorruptInputError(source, "this Word file is damaged or truncated", DAMAGED) from exc
    text = "\n".join(line for line in lines if line.strip())
    if not text:
        raise EmptyInputError(source, "this Word file holds no text", "give a report with text in it")
    return RawReport(source, text, "docx")


def _rows(table: object) -> list[str]:
    lines = []
    for row in table.rows:  # type: ignore[attr-defined]
        cells: list[str] = []
        for cell in row.cells:
            text = cell.text.strip()
            if text and (not cells or cells[-1] != text):  # a merged cell repeats per column
                cells.append(text)
        lines.append(" ".join(cells))
    return lines
