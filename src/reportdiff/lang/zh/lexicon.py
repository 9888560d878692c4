"""A compact Chinese lexicon: jieba's dictionary built once into a file that opens in milliseconds.

jieba loads its 349,000-word dictionary into Python dicts in every process (about a second
of CPU).  New terms need only a few thousand look-ups per report, so the words, their
frequencies and part-of-speech tags are written once into one binary file — an
open-addressing hash table over the UTF-8 words (CRC-32, linear probing), every prefix of a
word included with frequency 0 so a look-up can stop early — and memory-mapped: opening it
reads nothing, a look-up touches a few pages.

The file is built from jieba's ``dict.txt`` (jieba stays a dependency for this) into the
user cache directory, named after the dictionary's size and date and this format, the
first time a process needs it; ``python -m reportdiff.lang.zh.lexicon`` builds it ahead.
Where the cache cannot be written, the table is built in memory for that process.
"""

from __future__ import annotations

import functools
import json
import math
import mmap
import os
import sys
import zlib
from array import array
from importlib.util import find_spec
from pathlib import Path

FORMAT = 2
"""Bumped when the file layout changes (a new cache file is built)."""
_MAGIC = b"RDLEX"
_HEADER = 2048


class Lexicon:
    """Words with their frequency and part of speech, looked up without a Python dict."""

    def __init__(self, data: bytes | mmap.mmap) -> None:
        self._data = data  # kept open: the views below point into it
        head_end = data.find(b"\n")
        header = json.loads(bytes(data[len(_MAGIC) : head_end]))
        self.total: int = header["total"]
        """Sum of all word frequencies (jieba's ``total``)."""
        self._tags: list[str] = header["tags"]
        view = memoryview(data)
        start = _HEADER
        entries, slots, blob = header["entries"], header["slots"], header["blob"]
        self._offsets = view[start : start + 4 * entries].cast("I")
        start += 4 * entries
        self._freqs = view[start : start + 4 * entries].cast("I")
        start += 4 * entries
        self._table = view[start : start + 4 * slots].cast("I")
        start += 4 * slots
        self._lengths = view[start : start + entries]
        start += entries
        self._tag_ids = view[start : start + entries]
        start += entries
        self._extends = view[start : start + entries]
        """1 where a longer entry starts with the entry's word, else 0."""
        start += entries
        self._blob = view[start : start + blob]
        self._blob_start = start
        self._mask = slots - 1
        self._log_total = math.log(self.total)
        self._unknown = -self._log_total
        """The score of a one-character piece the dictionary lacks (frequency 1)."""
        self._known: dict[str, float] = {}
        """Scores of pieces looked up so far (reports repeat their words): see :meth:`_score`."""

    def _entry(self, word: str) -> int:
        key = word.encode("utf-8")
        size = len(key)
        table, lengths, data = self._table, self._lengths, self._data
        slot = zlib.crc32(key) & self._mask
        while True:
            entry: int = table[slot]
            if entry == 0:
                return -1
            entry -= 1
            if lengths[entry] == size:
                # slicing the file's bytes gives bytes, which compare faster than a memoryview
                offset = self._blob_start + self._offsets[entry]
                if data[offset : offset + size] == key:
                    return entry
            slot = (slot + 1) & self._mask

    def freq(self, word: str) -> int:
        """How often jieba's corpus has ``word`` as a word; 0 for a mere prefix or an unknown string."""
        entry = self._entry(word)
        return int(self._freqs[entry]) if entry >= 0 else 0

    def is_prefix(self, text: str) -> bool:
        """Whether some word starts with ``text`` (or is it)."""
        return self._entry(text) >= 0

    def tag(self, word: str) -> str:
        """The word's part of speech in jieba's tag set (``n``, ``v``, ``vn``…); ``x`` if unknown."""
        entry = self._entry(word)
        if entry < 0 or not self._freqs[entry]:
            return "x"
        return self._tags[self._tag_ids[entry]]

    def segment(self, text: str) -> list[str]:
        """Split a stretch of text into words: the most probable route through the dictionary's
        words (jieba's algorithm without its unknown-word model)."""
        n = len(text)
        known = self._known
        score_of = self._score
        unknown = self._unknown
        # best route from each position on: its score and where its first word ends (two lists,
        # not a list of pairs: fewer objects made per character)
        scores = [0.0] * (n + 1)
        ends = list(range(1, n + 2))
        for start in range(n - 1, -1, -1):
            top = unknown + scores[start + 1]
            end = start + 2
            while end <= n:
                piece = text[start:end]
                score = known.get(piece)
                if score is None:
                    score = known[piece] = score_of(piece)
                if score is _NONE:
                    break
                if score > 0.0:  # a word no longer one starts with, its score negated: the last
                    if -score + scores[end] > top:
                        top = -score + scores[end]
                        ends[start] = end
                    break
                if score + scores[end] > top:  # never for a mere prefix (NaN compares false)
                    top = score + scores[end]
                    ends[start] = end
                end += 1
            scores[start] = top
        found = []
        start = 0
        while start < n:
            end = ends[start]
            found.append(text[start:end])
            start = end
        return found

    def _score(self, piece: str) -> float:
        """A piece's log probability as a word, or a marker: a mere prefix, or nothing.  The
        log probability of a word no longer word starts with is given negated (above zero), so
        that a route stops there instead of looking up one more piece (it comes out the same:
        ``-score`` is the log probability exactly).
        (:meth:`_entry` written out: it runs for every new piece a segmentation meets.)"""
        key = piece.encode("utf-8")
        size = len(key)
        table, lengths, offsets, mask = self._table, self._lengths, self._offsets, self._mask
        data, base = self._data, self._blob_start
        slot = zlib.crc32(key) & mask
        while True:
            entry = table[slot]
            if entry == 0:
                return _NONE
            entry -= 1
            if lengths[entry] == size:
                offset = base + offsets[entry]
                if data[offset : offset + size] == key:
                    count = self._freqs[entry]
                    if not count:
                        return _PREFIX
                    score = math.log(count) - self._log_total
                    return score if self._extends[entry] else -score
            slot = (slot + 1) & mask


_NONE = float("-inf")
_PREFIX = float("nan")
"""Markers of a piece's score: nothing (compared by identity: one object), a mere prefix (NaN,
which no comparison of a sum holds for, so a route never ends a word there)."""


def build(source: Path) -> bytes:
    """The lexicon file's bytes from a jieba ``dict.txt`` (lines ``word frequency tag``)."""
    freqs: dict[str, int] = {}
    tags: dict[str, str] = {}
    with source.open(encoding="utf-8") as lines:
        for line in lines:
            parts = line.split()
            if len(parts) < 2 or not parts[1].isdigit():
                continue
            word = parts[0]
            freqs[word] = int(parts[1])
            tags[word] = parts[2] if len(parts) > 2 else "x"
            for end in range(1, len(word)):
                freqs.setdefault(word[:end], 0)
    words = sorted(freqs)
    tag_names = sorted(set(tags.values()) | {"x"})
    tag_index = {name: k for k, name in enumerate(tag_names)}
    encoded = [w.encode("utf-8") for w in words]
    slots = 1 << max(4, (2 * len(words) - 1).bit_length())
    table = array("I", bytes(4 * slots))
    offsets, lengths = array("I"), bytearray()
    position = 0
    for k, key in enumerate(encoded):
        offsets.append(position)
        lengths.append(min(len(key), 255))
        position += len(key)
        slot = zlib.crc32(key) & (slots - 1)
        while table[slot]:
            slot = (slot + 1) & (slots - 1)
        table[slot] = k + 1
    counts = array("I", (freqs[w] for w in words))
    tag_ids = bytes(tag_index[tags.get(w, "x")] for w in words)
    # every prefix of a word is an entry, so an entry is extended where its last prefix is one
    extended = {w[:-1] for w in words}
    extends = bytes(w in extended for w in words)
    blob = b"".join(encoded)
    header = {
        "total": sum(counts),
        "tags": tag_names,
        "entries": len(words),
        "slots": slots,
        "blob": len(blob),
    }
    head = _MAGIC + json.dumps(header).encode()
    if len(head) >= _HEADER:
        raise ValueError("lexicon header too long")
    # the binary part starts at _HEADER bytes, a 4-byte boundary, after the padded header line
    body = [
        head,
        b" " * (_HEADER - len(head) - 1),
        b"\n",
        offsets.tobytes(),
        counts.tobytes(),
        table.tobytes(),
    ]
    body += [bytes(lengths), tag_ids, extends]
    return b"".join(body) + blob


def _source() -> Path:
    spec = find_spec("jieba")  # locates the package without importing it
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("jieba is needed to build the Chinese lexicon: pip install jieba")
    return Path(spec.origin).parent / "dict.txt"


def cache_dir() -> Path:
    """Where the built lexicon is kept: ``$XDG_CACHE_HOME/reportdiff`` (``~/.cache/reportdiff``;
    ``%LOCALAPPDATA%\\reportdiff`` on Windows)."""
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "reportdiff"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "reportdiff"


def cache_path(source: Path) -> Path:
    """The cache file for one dictionary: named after its size, date and the file format."""
    stat = source.stat()
    stamp = zlib.crc32(f"{source}|{stat.st_size}|{stat.st_mtime_ns}|{FORMAT}".encode())
    return cache_dir() / f"zh-lexicon-{FORMAT}-{stamp:08x}.bin"


def _open(path: Path) -> Lexicon | None:
    try:
        with path.open("rb") as handle:
            data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None
    if data[: len(_MAGIC)] != _MAGIC:
        return None
    return Lexicon(data)


def ensure(source: Path | None = None) -> Path | None:
    """Build the cache file if it is missing; its path, or ``None`` if it cannot be written."""
    source = source or _source()
    path = cache_path(source)
    if path.exists():
        return path
    import tempfile  # only the first run on a machine writes the file: not on every start

    data = build(source)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as handle:
            handle.write(data)
        os.replace(handle.name, path)  # atomic: a concurrent reader sees all or nothing
    except OSError:
        return None
    return path


@functools.cache
def lexicon() -> Lexicon:
    """The lexicon, from the cache (built there on first use) or, failing that, in memory."""
    source = _source()
    path = cache_path(source)
    found = _open(path)
    if found is not None:
        return found
    built = ensure(source)
    found = _open(built) if built is not None else None
    return found if found is not None else Lexicon(build(source))


if __name__ == "__main__":
    print(ensure())
