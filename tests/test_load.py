"""Decoding: every common encoding reads to the same sentences; bad input is refused clearly."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

import reportdiff
from reportdiff.read.load import read_bytes

from .conftest import SEED

TEXT = SEED.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("encode", "codec"),
    [
        (lambda t: t.encode("gb18030"), "gb18030"),
        (lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "utf-8-sig"),
        (lambda t: t.encode("utf-16"), "utf-16"),
        (lambda t: t.encode("utf-16-be").join([codecs.BOM_UTF16_BE, b""]), "utf-16"),
        (lambda t: t.encode("utf-8"), "utf-8"),
    ],
)
def test_same_sentences_in_every_encoding(tmp_path: Path, encode, codec: str) -> None:
    path = tmp_path / "2020.txt"
    path.write_bytes(encode(TEXT))
    report = reportdiff.load(path)
    assert report.raw.encoding == codec
    reference = reportdiff.load(SEED)
    assert [s.text for s in report.sentences] == [s.text for s in reference.sentences]


def test_big5_is_detected() -> None:
    text = "各位代表：\n一、過去一年工作回顧\n我們堅持穩中求進，經濟運行總體平穩，全年生產總值增長百分之五。"
    raw = read_bytes(text.encode("big5"))
    assert raw.encoding == "big5" and raw.text == text


def test_explicit_encoding_wins() -> None:
    raw = read_bytes("各位代表：".encode("gb18030"), encoding="gb18030")
    assert raw.text == "各位代表："


@pytest.mark.parametrize(
    ("data", "error", "message"),
    [
        (b"", reportdiff.EmptyInputError, "r.txt: the file is empty; give a report with text in it"),
        (b" \n\t ", reportdiff.EmptyInputError, "r.txt: the file is empty; give a report with text in it"),
        (
            b"%PDF-1.7\x00\x01\x02binary",
            reportdiff.CorruptInputError,
            "r.txt: this PDF is damaged or truncated; download it again, or save it again from the "
            "program that made it",
        ),
        (
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            reportdiff.BinaryInputError,
            "r.txt: this is a binary file, not text; extract its text first, then give the .txt "
            "(PDF, Word .docx and web pages are read as they are)",
        ),
        (
            b"abc\xff\xfe\xfd\x80\x80\xff" * 3,
            reportdiff.DecodingError,
            "r.txt: not UTF-8, GB18030 or Big5 text; save it as UTF-8, or name its encoding with "
            "--encoding (e.g. gb18030, big5)",
        ),
        (  # single-byte text behind a UTF-16 mark decodes to CJK characters (the thirteenth new user's F8)
            b"\xff\xfe\x00garbage",
            reportdiff.DecodingError,
            "r.txt: not UTF-16 text behind its UTF-16 byte-order mark; save it as UTF-8, or name its "
            "encoding with --encoding (e.g. gb18030, big5)",
        ),
        (
            b"\xfe\xff" + b"some English notes, not a report\n" * 3,
            reportdiff.DecodingError,
            "r.txt: not UTF-16 text behind its UTF-16 byte-order mark; save it as UTF-8, or name its "
            "encoding with --encoding (e.g. gb18030, big5)",
        ),
    ],
)
def test_bad_input_is_refused_with_one_line(data: bytes, error: type[Exception], message: str) -> None:
    with pytest.raises(error) as caught:
        read_bytes(data, source="r.txt")
    assert str(caught.value) == message
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    "text", ["各位代表：\n一、2025年工作回顾\n推进改革。", "当前位置：首页", "Mr Speaker, Sir.\n"]
)
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_text_behind_its_mark_is_read(text: str, codec: str) -> None:
    mark = codecs.BOM_UTF16_LE if codec == "utf-16-le" else codecs.BOM_UTF16_BE
    assert read_bytes(mark + text.encode(codec), source="r.txt").text == text


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(reportdiff.MissingInputError) as caught:
        reportdiff.load(tmp_path / "nope.txt")
    assert str(caught.value) == f"{tmp_path / 'nope.txt'}: no such file; check the path"
    assert isinstance(caught.value, FileNotFoundError)


def test_text_without_a_report() -> None:
    with pytest.raises(reportdiff.NoReportTextError):
        reportdiff.parse("<!-- page -->\n**\n---\n")


def test_a_pipe_is_read_like_standard_input(tmp_path: Path) -> None:
    """``diff <(git show HEAD~1:2025.txt) 2025.txt``: the shell names a pipe, which has no size
    until it is read; it is read (up to the size limit), a folder is still refused."""
    import os
    import threading

    fifo = tmp_path / "report"
    os.mkfifo(fifo)
    text = SEED.read_bytes()
    writer = threading.Thread(target=fifo.write_bytes, args=(text,), daemon=True)  # never holds up exit
    writer.start()
    report = reportdiff.load(fifo)
    writer.join()
    assert report.raw.text == reportdiff.load(SEED).raw.text
    with pytest.raises(reportdiff.InputError, match="not a file"):
        reportdiff.load(tmp_path)


def test_utf8_cut_off_inside_its_last_character_is_read_with_a_warning(tmp_path: Path) -> None:
    # the ninth new user: `head -c 3000 report.txt` was refused as "not UTF-8, GB18030 or Big5"
    data = "各位代表：\n一、2025年工作回顾\n过去一年，经济运行稳中有进。".encode()
    path = tmp_path / "cut.txt"
    path.write_bytes(data[:-2])  # 。 is three bytes: one is left
    with pytest.warns(UserWarning, match="last character is cut off"):
        report = reportdiff.load(path)
    assert report.raw.text.endswith("稳中有进") and report.raw.encoding == "utf-8"
