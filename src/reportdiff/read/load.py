"""Turn a path, bytes or text into a :class:`RawReport`; the only module that reads files.

What a file is, is read from its first bytes, never from its name: a PDF (``%PDF-``),
a Word file (a ZIP holding ``word/document.xml``) and a web page (``<html``,
``<!DOCTYPE html`` …) go to their reader beside this module (``pdf.py``, ``docx.py``,
``html.py``, each imported only when such a file comes), which returns the text the
rest of the pipeline reads, as for a text file.

Text (and a web page, unless its ``charset`` names an encoding) is decoded as detected,
never guessed silently, in this order:

1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) decides;
2. NUL bytes without a BOM mean binary (an image, an old ``.doc``): refused;
3. strict UTF-8;
4. otherwise charset-normalizer chooses among the legacy Chinese encodings
   (GB18030 — a superset of GBK and GB2312 —, Big5) by measuring the decoded
   text; if none fits, the file is refused with a hint to pass an encoding.

``encoding=`` skips detection (the CLI's ``--encoding``), not the check for binary files.
A file over ``Settings.max_size`` bytes is refused before it is read.
"""

from __future__ import annotations

import codecs
import re
import stat
import sys
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from ..errors import (
    BinaryInputError,
    CorruptInputError,
    DecodingError,
    EmptyInputError,
    InputError,
    MissingInputError,
    TooLargeError,
)
from ..model import RawReport
from ..normalize import visible
from ..settings import DEFAULT

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

_BINARY_HINT = (
    "extract its text first, then give the .txt (PDF, Word .docx and web pages are read as they are)"
)
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the container of old Word .doc files
_HTML_START = re.compile(
    rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head)\b", re.I | re.S
)
_CHARSET = re.compile(rb"<meta[^>]*charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
# A page that says GB2312 or GBK often holds characters only GB18030 (their superset) names.
_CHARSET_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030"}

_ENCODING_HINT = "save it as UTF-8, or name its encoding with --encoding (e.g. gb18030, big5)"


STDIN = "-"
"""The path that means standard input."""


def read_path(path: str | Path, encoding: str | None = None, max_size: int = DEFAULT.max_size) -> RawReport:
    """Read and decode a report file (``-``: standard input, read as bytes).

    A file larger than ``max_size`` bytes is refused before it is read (standard input:
    once that many bytes have come), so a huge file costs nothing.

    Raises :class:`MissingInputError`, :class:`TooLargeError`, :class:`EmptyInputError`,
    :class:`BinaryInputError` or :class:`DecodingError`.
    """
    source = visible(str(path))  # the name as shown everywhere: its control characters as pictures
    if source == STDIN:
        if sys.stdin is None:
            raise MissingInputError("<stdin>", "standard input is closed", "give the report's path")
        try:
            data = sys.stdin.buffer.read(max_size + 1)
            # too long: the rest counted, not kept, so the limit suggested is one it fits in
            size = len(data) + (_rest(sys.stdin.buffer) if len(data) > max_size else 0)
            _check_size(size, max_size, "<stdin>")
        except OSError as exc:
            problem = f"cannot be read ({exc.strerror})"
            raise MissingInputError("<stdin>", problem, "give the report's path") from exc
        return read_bytes(data, source="<stdin>", encoding=encoding)
    file = Path(path)
    try:
        exists, is_file = file.exists(), file.is_file()
    except OSError as exc:  # a name too long, a loop of links
        raise MissingInputError(source, f"cannot be opened ({exc.strerror})", "check the path") from exc
    if not exists:
        raise MissingInputError(source, "no such file", "check the path")
    if not is_file and not _is_stream(file):
        raise MissingInputError(source, "not a file", "give the path of a report's text file")
    try:
        if is_file:  # a pipe (``<(git show HEAD~1:2025.txt)``) has no size until it is read
            _check_size(file.stat().st_size, max_size, source)
        with file.open("rb") as stream:
            data = stream.read(max_size + 1)  # a file still growing is not read past the limit
            _check_size(len(data) + (_rest(stream) if len(data) > max_size else 0), max_size, source)
    except OSError as exc:
        raise MissingInputError(source, f"cannot be read ({exc.strerror})", "check its permissions") from exc
    return read_bytes(data, source=source, encoding=encoding)


def _rest(stream: BinaryIO) -> int:
    """How many bytes are left in ``stream``, read in chunks and not kept."""
    total = 0
    while chunk := stream.read(1 << 20):
        total += len(chunk)
    return total


def _is_stream(file: Path) -> bool:
    """Whether ``file`` is a pipe or a character device, read like standard input: the
    shell's process substitution (``diff <(git show HEAD~1:2025.txt) 2025.txt``) names one."""
    try:
        mode = file.stat().st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)


def _check_size(size: int, max_size: int, source: str) -> None:
    if size > max_size:
        raise TooLargeError(
            source,
            f"larger than the limit of {max_size:,} bytes",
            f"if it really is one report, raise the limit with --max-size {size // 1_000_000 + 1} (MB)",
        )


def read_bytes(data: bytes, source: str = "<bytes>", encoding: str | None = None) -> RawReport:
    """Decode report bytes (text, PDF, Word or a web page), detecting the encoding unless
    one is given."""
    if not data.strip():
        raise EmptyInputError(source, "the file is empty", "give a report with text in it")
    if b"%PDF-" in data[:1024]:  # the header may follow a few bytes of junk
        from .pdf import read_pdf

        return _checked(read_pdf(data, source))
    if data.startswith(_ZIP):
        return _checked(_read_zip(data, source))
    if data.startswith(_OLE):
        raise BinaryInputError(source, "this is an old Word .doc file", "save it as .docx or as text")
    if _HTML_START.match(data[:4096].removeprefix(codecs.BOM_UTF8)):
        return _checked(_read_html(data, source, encoding))
    if encoding is not None:  # the binary check still applies, on the decoded text
        return _checked(RawReport(source, _decode_as(data, encoding, source), encoding))
    for bom, codec in _BOMS:
        if data.startswith(bom):
            if codec == "utf-16" and _bytes_not_units(data[len(bom) :]):
                raise DecodingError(
                    source, "not UTF-16 text behind its UTF-16 byte-order mark", _ENCODING_HINT
                )
            text = _decode_as(data, codec, source)
            return _checked(RawReport(source, text, codec))
    if b"\x00" in data:
        raise BinaryInputError(source, "this is a binary file, not text", _BINARY_HINT)
    return _checked(_decoded(data, source))


def _bytes_not_units(data: bytes) -> bool:
    """Whether bytes after a UTF-16 byte-order mark are single-byte text, not UTF-16: most
    two-byte units are two printable ASCII bytes (``ga``, ``rb``…), which decode to CJK
    characters (``牡慢``) no UTF-16 text holds in such numbers — an ASCII letter, digit or
    newline is a unit with a zero byte, a Chinese character's other byte is printable ASCII
    about one time in three, and full-width punctuation never.  The first 4,096 units tell."""
    pairs = min(len(data) // 2, 4096)
    printable = sum(
        1 for k in range(0, 2 * pairs, 2) if 0x20 <= data[k] < 0x7F and 0x20 <= data[k + 1] < 0x7F
    )
    return pairs > 0 and printable >= 0.6 * pairs


def _decoded(data: bytes, source: str) -> RawReport:
    """Text without a BOM: UTF-8, else the legacy encoding that reads best."""
    try:
        return RawReport(source, data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and len(data) - exc.start < 4:
            try:  # UTF-8 cut off inside its last character (a download or a `head -c`)
                text = data[: exc.start].decode("utf-8")
            except UnicodeDecodeError:
                pass
            else:
                warnings.warn(f"{source}: its last character is cut off and left out", stacklevel=2)
                return RawReport(source, text, "utf-8")
    legacy = _detect_legacy(data)
    if legacy is None:
        raise DecodingError(source, "not UTF-8, GB18030 or Big5 text", _ENCODING_HINT)
    other = _other_cjk(data)
    if other is not None:  # EUC-JP bytes decode "successfully" as GB18030 or Big5 garbage
        raise DecodingError(source, f"this looks like {other} text, not Chinese", _ENCODING_HINT)
    return RawReport(source, data.decode(legacy), legacy)


def _read_zip(data: bytes, source: str) -> RawReport:
    """A Word file goes to its reader; any other ZIP archive is refused."""
    import io
    import zipfile

    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except zipfile.BadZipFile as exc:
        if b"word/" not in data:
            raise BinaryInputError(source, "this is a damaged ZIP archive, not text", _BINARY_HINT) from exc
        from .docx import DAMAGED

        raise CorruptInputError(source, "this Word file is damaged or truncated", DAMAGED) from exc
    if "word/document.xml" not in names:
        raise BinaryInputError(source, "this is a ZIP archive, not a Word file or text", _BINARY_HINT)
    from .docx import read_docx

    return read_docx(data, source)


def _read_html(data: bytes, source: str, encoding: str | None) -> RawReport:
    """A web page decoded by ``encoding``, else its own ``charset`` (or UTF-8, where the page's
    bytes are not what its charset says but are UTF-8), else as detected."""
    from .html import main_text

    declared = _CHARSET.search(data[:4096])
    codec = encoding
    if codec is None and declared is not None:
        name = declared.group(1).decode("ascii").lower()
        codec = _CHARSET_ALIASES.get(name, name)
    if codec is not None:
        try:
            codecs.lookup(codec)
        except LookupError:
            codec = None  # a misspelt charset: detect instead
    if codec is not None and encoding is None and codec != "utf-8":
        try:
            page, used = _decode_as(data, codec, source), codec
        except DecodingError:
            try:  # a page labelled wrongly (charset=gb2312 over UTF-8 bytes, common on official sites)
                page, used = data.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                raise DecodingError(
                    source, f"not valid {codec}, as its charset says, nor UTF-8", _ENCODING_HINT
                ) from None
    elif codec is not None:
        page, used = _decode_as(data, codec, source), codec
    else:
        decoded = _decoded(data, source)
        page, used = decoded.text, decoded.encoding
    return RawReport(source, main_text(page, source), f"html/{used}")


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
    except UnicodeError as exc:  # a codec that decodes nothing (``undefined``)
        raise DecodingError(
            source, f"{codec!r} cannot decode text", "use a Python codec name such as gb18030"
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


_OTHER_CJK = {
    "euc_jp": "Japanese", "euc_jis_2004": "Japanese", "euc_jisx0213": "Japanese", "shift_jis": "Japanese",
    "cp932": "Japanese", "shift_jis_2004": "Japanese", "iso2022_jp": "Japanese",
    "euc_kr": "Korean", "cp949": "Korean", "johab": "Korean", "iso2022_kr": "Korean",
}  # fmt: skip
_SNIFF = 65536
"""Bytes measured when checking that a legacy file is not Japanese or Korean."""


def _other_cjk(data: bytes) -> str | None:
    """``Japanese`` or ``Korean`` when charset-normalizer, free to choose any encoding, reads
    the start of ``data`` as one of theirs; else ``None``."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:_SNIFF]).best()
    if best is None or best.language not in ("Japanese", "Korean"):
        return None
    return _OTHER_CJK.get(str(best.encoding).lower())


_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f]")
"""Control characters other than white space (``\\t \\n \\v \\f \\r``, 9–13)."""


def _checked(raw: RawReport) -> RawReport:
    """Refuse decoded text that is only white space, holds no letter of any script (only
    punctuation, digits or symbols), or is mostly control characters (binary in disguise)."""
    text = raw.text.removeprefix("\ufeff")
    if not text.strip():
        raise EmptyInputError(raw.source, "the file holds only white space", "give a report")
    sample = text[:20000]
    if not _LETTER.search(text):
        raise EmptyInputError(
            raw.source, "the file holds no words (only punctuation, digits or symbols)", "give a report"
        )
    controls = len(_CONTROLS.findall(sample))
    if controls > max(8, len(sample) // 100):
        raise BinaryInputError(
            raw.source,
            "this looks like a binary file, not text",
            "extract its text first (for a PDF: pdftotext), then give the .txt",
        )
    return replace(raw, text=text)


_LETTER = re.compile(r"[^\W\d_]")
"""A letter of any script (a Han character is one): a file without one holds no words."""


def folder_reports(files: Iterable[Path]) -> list[Path]:
    """The report files among a folder's ``files``, in name order: those of a kind reports come
    in (:data:`REPORT_SUFFIXES`; a Markdown file only with a year in its name), one per name —
    where a report stands in two forms (``2026.txt`` and ``2026.docx``), the first kind of the
    list is read and a warning names the other, so no year is read twice."""
    by_stem: dict[tuple[Path, str], list[Path]] = {}
    for file in files:
        kind = file.suffix.lower()
        # a Markdown file without a year is the folder's own documentation (README.md, SOURCE.md)
        if kind in REPORT_SUFFIXES and (kind != ".md" or _YEAR_NAME.search(file.stem)):
            by_stem.setdefault((file.parent, file.stem), []).append(file)
    kept = []
    for forms in by_stem.values():
        first, *others = sorted(forms, key=lambda f: (REPORT_SUFFIXES.index(f.suffix.lower()), f.name))
        kept.append(first)
        if others:
            names = ", ".join(f.name for f in others)
            message = f"{first.parent}: {names} skipped, {first.name} is read for that report"
            warnings.warn(message, stacklevel=3)
    return sorted(kept)


REPORT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")
"""The kinds of file a folder's reports come in, the one read first where a report stands in
several (its text as given first; a PDF, whose lines are rebuilt, last)."""

_YEAR_NAME = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
"""A year in a file's name: what makes a file of a folder one of its reports."""


def name_year(path: Path) -> int | None:
    """The year a file's name holds (``2019.txt``, ``2019年政府工作报告.docx``), if one."""
    found = _YEAR_NAME.search(path.stem)
    return int(found.group(0)) if found else None


def report_paths(paths: Sequence[str | Path], stdin: bool = True) -> list[Path]:
    """Files as given (``-``, standard input, if ``stdin``), folders expanded to their report
    files (:func:`folder_reports`: text, Markdown, web pages, Word and PDF files) in name order:
    those whose name holds a year (``2019.txt``, ``2019年政府工作报告.docx``) where some do, a
    warning naming the others (``notes.txt``).

    Raises :class:`MissingInputError` for a path that does not exist or a folder
    without reports, :class:`InputError` for ``-`` when ``stdin`` is false.
    """
    found: list[Path] = []
    for path in map(Path, paths):
        if str(path) == STDIN:
            if not stdin:
                raise InputError(
                    STDIN,
                    "standard input cannot be tracked (a timeline needs each report's year and file)",
                    "give the report files or a folder of <year>.txt files",
                )
            found.append(path)
        elif path.is_dir():
            files = folder_reports(p for p in path.iterdir() if p.is_file())
            if not files:
                raise MissingInputError(
                    str(path), "holds no reports (.txt, .md, .html, .docx or .pdf files)",
                    "give report files or a folder of them",
                )  # fmt: skip
            dated = [p for p in files if _YEAR_NAME.search(p.stem)]
            if dated and len(dated) < len(files):
                names = ", ".join(p.name for p in files if p not in dated)
                message = f"{path}: {names} skipped, no year in the name (name a report <year>.txt)"
                warnings.warn(message, stacklevel=2)
            found.extend(dated or files)
        elif path.exists():
            found.append(path)
        else:
            raise MissingInputError(str(path), "no such file or folder", "check the path")
    return found
