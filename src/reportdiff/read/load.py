"""Turn a path, bytes or text into a :class:`RawReport`; the only module that reads files.

Decoding is detected, never guessed silently, in this order:

1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) decides;
2. NUL bytes without a BOM mean binary (a PDF, an image, a Word file): refused;
3. strict UTF-8;
4. otherwise charset-normalizer chooses among the legacy Chinese encodings
   (GB18030 — a superset of GBK and GB2312 —, Big5) by measuring the decoded
   text; if none fits, the file is refused with a hint to pass an encoding.

``encoding=`` skips detection (the CLI's ``--encoding``).
"""

from __future__ import annotations

import codecs
from collections.abc import Sequence
from pathlib import Path

from ..errors import BinaryInputError, DecodingError, EmptyInputError, MissingInputError
from ..model import RawReport

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Candidates for files that are not UTF: the encodings Chinese government
# files actually come in.  GB18030 decodes every GBK/GB2312 file.
LEGACY_ENCODINGS = ("gb18030", "big5")

_ENCODING_HINT = "save it as UTF-8, or name its encoding with --encoding (e.g. gb18030, big5)"


def read_path(path: str | Path, encoding: str | None = None) -> RawReport:
    """Read and decode a report file.

    Raises :class:`MissingInputError`, :class:`EmptyInputError`,
    :class:`BinaryInputError` or :class:`DecodingError`.
    """
    source = str(path)
    file = Path(path)
    if not file.exists():
        raise MissingInputError(source, "no such file", "check the path")
    if not file.is_file():
        raise MissingInputError(source, "not a file", "give the path of a report's text file")
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise MissingInputError(source, f"cannot be read ({exc.strerror})", "check its permissions") from exc
    return read_bytes(data, source=source, encoding=encoding)


def read_bytes(data: bytes, source: str = "<bytes>", encoding: str | None = None) -> RawReport:
    """Decode report bytes, detecting the encoding unless one is given."""
    if not data.strip():
        raise EmptyInputError(source, "the file is empty", "give a report with text in it")
    if encoding is not None:
        return RawReport(source, _decode_as(data, encoding, source), encoding)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = _decode_as(data, codec, source)
            return _checked(RawReport(source, text, codec))
    if b"\x00" in data:
        raise BinaryInputError(
            source,
            "this is a binary file, not text",
            "extract its text first (for a PDF: pdftotext), then give the .txt",
        )
    try:
        return _checked(RawReport(source, data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError:
        pass
    legacy = _detect_legacy(data)
    if legacy is None:
        raise DecodingError(source, "not UTF-8, GB18030 or Big5 text", _ENCODING_HINT)
    return _checked(RawReport(source, data.decode(legacy), legacy))


def read_text(text: str, source: str = "<text>") -> RawReport:
    """Wrap text that is already decoded."""
    if not text.strip():
        raise EmptyInputError(source, "the text is empty", "give a report with text in it")
    return _checked(RawReport(source, text.removeprefix("\ufeff"), "str"))


def _decode_as(data: bytes, codec: str, source: str) -> str:
    try:
        return data.decode(codec)
    except LookupError as exc:
        raise DecodingError(
            source, f"unknown encoding {codec!r}", "use a Python codec name such as gb18030"
        ) from exc
    except UnicodeDecodeError as exc:
        raise DecodingError(
            source,
            f"not valid {codec} (byte {exc.start})",
            _ENCODING_HINT,
        ) from exc


def _detect_legacy(data: bytes) -> str | None:
    """The legacy encoding whose decoding reads most like text, or ``None``."""
    from charset_normalizer import from_bytes  # only files that are not UTF need it

    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is None:
        return None
    name = str(best.encoding).replace("_", "").lower()
    # charset-normalizer reports GB18030-family files under several names.
    if name in {"gb18030", "gbk", "gb2312", "cp936", "hz"}:
        return "gb18030"
    if name in {"big5", "big5hkscs", "cp950"}:
        return "big5"
    return None


def _checked(raw: RawReport) -> RawReport:
    """Refuse decoded text that is mostly control characters (binary in disguise)."""
    text = raw.text.removeprefix("\ufeff")
    if not text.strip():
        raise EmptyInputError(raw.source, "the file holds only white space", "give a report")
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\r\n\t\f\v")
    if controls > max(8, len(sample) // 100):
        raise BinaryInputError(
            raw.source,
            "this looks like a binary file, not text",
            "extract its text first (for a PDF: pdftotext), then give the .txt",
        )
    return RawReport(raw.source, text, raw.encoding)


def report_paths(paths: Sequence[str | Path]) -> list[Path]:
    """Files as given, folders expanded to their ``*.txt`` files in name order.

    Raises :class:`MissingInputError` for a path that does not exist or a folder
    without reports.
    """
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files = sorted(p for p in path.glob("*.txt") if p.is_file())
            if not files:
                raise MissingInputError(
                    str(path), "holds no .txt reports", "give report files or a folder of them"
                )
            found.extend(files)
        elif path.exists():
            found.append(path)
        else:
            raise MissingInputError(str(path), "no such file or folder", "check the path")
    return found
