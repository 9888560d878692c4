"""Bad PDFs, Word files and web pages: one line naming the file, the problem and what to
do, exit code 2 (built here with pypdf and python-docx, never shipped)."""

from __future__ import annotations

import io
import zlib
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from pypdf import PdfWriter

from reportdiff.cli import main

runner = CliRunner()

OCR = "run OCR on it first (e.g. ocrmypdf -l chi_sim in.pdf out.pdf) and give the result"
PDF_DAMAGED = (
    "this PDF is damaged or truncated; download it again, or save it again from the program that made it"
)
WORD_DAMAGED = (
    "this Word file is damaged or truncated; download it again, or open it in Word and save it again"
)


def _pdf(pages: int = 1, password: str | None = None, algorithm: str = "RC4-128") -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(595, 842)
    if password:
        writer.encrypt(user_password=password, algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _scanned_pdf() -> bytes:
    """A page that holds one image and no text, as a scanner writes it."""
    pixels = zlib.compress(bytes(range(256)) * 64)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /XObject << /Im0 5 0 R >> >> >>",
        b"<< /Length 35 >>\nstream\nq 595 0 0 842 0 0 cm /Im0 Do Q\nendstream",
        b"<< /Type /XObject /Subtype /Image /Width 128 /Height 128 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % len(pixels)
        + pixels
        + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _docx(text: str = "各位代表：") -> bytes:
    document = docx.Document()
    if text:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


CASES = {
    "scanned.pdf": (_scanned_pdf(), f"this PDF has no text layer (images only, a scan: 1 page); {OCR}"),
    "blank.pdf": (_pdf(3), f"this PDF has no text layer (images only, a scan: 3 pages); {OCR}"),
    "locked.pdf": (
        _pdf(password="secret"),
        "this PDF is encrypted with a password; remove the password "
        "(e.g. qpdf --decrypt --password=PASSWORD in.pdf out.pdf) and give the decrypted file",
    ),
    "locked-aes.pdf": (
        _pdf(password="secret", algorithm="AES-256"),
        "this PDF is encrypted with a password; remove the password "
        "(e.g. qpdf --decrypt --password=PASSWORD in.pdf out.pdf) and give the decrypted file",
    ),
    "truncated.pdf": (_pdf()[:300], PDF_DAMAGED),
    "header-only.pdf": (b"%PDF-1.7\n", PDF_DAMAGED),
    "empty.pdf": (b"", "the file is empty; give a report with text in it"),
    "truncated.docx": (_docx()[:2000], WORD_DAMAGED),
    "no-text.docx": (_docx(""), "this Word file holds no text; give a report with text in it"),
    "empty.docx": (b"", "the file is empty; give a report with text in it"),
    "other.zip": (
        b"PK\x05\x06" + bytes(18),  # an empty ZIP archive starts with its end record instead
        "this is a binary file, not text; extract its text first, then give the .txt "
        "(PDF, Word .docx and web pages are read as they are)",
    ),
    "old.doc": (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500),
        "this is an old Word .doc file; save it as .docx or as text",
    ),
    "images-only.html": (
        b'<!DOCTYPE html><html><head><meta charset="gbk"></head><body><img src="report.png">'
        b"<script>var page = 1;</script></body></html>",
        "this web page holds no article text (only navigation or scripts); "
        "save the page once its text has loaded, or copy its text into a .txt",
    ),
    # the twenty-second new user: a page left with one navigation link was a one-sentence report
    "nav-only.html": (
        '<html><head><meta charset="utf-8"></head><body><nav><a href="/">首页</a></nav>'
        "<script>var x=1;</script></body></html>".encode(),
        "this web page holds no article text (only navigation or scripts); "
        "save the page once its text has loaded, or copy its text into a .txt",
    ),
    "empty.html": (b"   \n", "the file is empty; give a report with text in it"),
    # the sixteenth new user's finding 9: read as a report in English
    "punctuation.txt": (
        "，。、！？……——《》\n2019\n".encode(),
        "the file holds no words (only punctuation, digits or symbols); give a report",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_file_gives_one_line_and_exit_2(tmp_path: Path, name: str) -> None:
    data, message = CASES[name]
    path = tmp_path / name
    path.write_bytes(data)
    result = runner.invoke(main, ["show", str(path)])
    assert result.exit_code == 2, result.output
    assert result.output == f"Error: {path}: {message}\n"


def test_bad_input_on_standard_input_is_named_so() -> None:
    result = runner.invoke(main, ["show", "-"], input=_pdf(password="secret"))
    assert result.exit_code == 2
    assert result.output.startswith("Error: <stdin>: this PDF is encrypted with a password; ")


def test_timeline_refuses_standard_input() -> None:
    result = runner.invoke(main, ["timeline", "-"], input=b"")
    assert result.exit_code == 2
    assert result.output == (
        "Error: -: standard input cannot be tracked (a timeline needs each report's year and file); "
        "give the report files or a folder of <year>.txt files\n"
    )


def test_panel_refuses_standard_input(tmp_path: Path) -> None:
    """``panel -`` said "no such file or folder" (the eleventh new user's finding 12)."""
    result = runner.invoke(main, ["panel", "-", "-o", str(tmp_path / "x.csv")], input=b"")
    assert result.exit_code == 2
    assert result.output == (
        "Error: -: standard input cannot be pooled (a panel reads each series' files and years); "
        "give the corpus folders\n"
    )


def test_diff_reads_standard_input_once() -> None:
    result = runner.invoke(main, ["diff", "-", "-"], input=b"")
    assert result.exit_code == 2
    assert result.output == (
        "Error: -: standard input can be read only once; give one of the two reports as a file\n"
    )
