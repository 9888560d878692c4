"""Language registry: which languages there are, and which one a text is in.

Every language-specific rule lives in a package here (``zh/``, ``en/``), assembled
into one :class:`Profile` (see :mod:`reportdiff.lang.profile`).  Stages receive the
profile; they never look a language up themselves.  Adding a language is one new
package with a ``PROFILE`` and a line in ``LANGUAGES``; ``README.md`` here lists what
the package must provide.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Sequence

from .profile import (
    Figure,
    HeaderInfo,
    Heading,
    IndicatorRules,
    IssuerRules,
    Profile,
    TermRules,
    keyword_kind,
    mask_figures,
)
from .promise_rules import CommitmentRules
from .series import SeriesRules

__all__ = [
    "LANGUAGES",
    "CommitmentRules",
    "Figure",
    "HeaderInfo",
    "Heading",
    "IndicatorRules",
    "IssuerRules",
    "Profile",
    "SeriesRules",
    "TermRules",
    "detect",
    "keyword_kind",
    "mask_figures",
    "not_read",
    "profile",
    "unread",
]

LANGUAGES: Sequence[str] = ("zh", "en")
"""Language codes with a package here."""


def detect(text: str) -> str:
    """``zh`` when Han characters make up a real share of the letters, else ``en``.

    >>> detect("政府工作报告 2020"), detect("Budget Statement 2020")
    ('zh', 'en')
    """
    sample = text[:50000]
    latin = len(re.findall(r"[A-Za-z]", sample))
    return "zh" if _han(sample) >= max(1, latin // 4) else "en"


def _han(text: str) -> int:
    """How many characters of ``text`` are Han (U+4E00–U+9FFF).

    Counted in C on the text's UTF-16 code units, whose high byte is 0x4E–0x9F for these and
    for nothing else (a character beyond the first 65,536 is two units of 0xD8–0xDF): a regular
    expression of the class takes ``re`` about 1.5 ms to compile (a Python loop over its 20,992
    code points), which every command reading a file paid.

    >>> _han("政府工作报告 2020"), _han("Budget 𠀀 ä 丶")
    (6, 1)
    """
    high = text.encode("utf-16-be", "surrogatepass")[::2]
    return len(high) - len(high.translate(None, _HAN_HIGH_BYTES))


_HAN_HIGH_BYTES = bytes(range(0x4E, 0xA0))
"""The high bytes of the UTF-16 code units of U+4E00–U+9FFF."""


def profile(name: str) -> Profile:
    """The profile for a language code (its package is imported on first use)."""
    if name not in LANGUAGES:
        raise ValueError(f"no language profile {name!r}; use one of: {', '.join(LANGUAGES)}")
    found: Profile = importlib.import_module(f"{__name__}.{name}").PROFILE
    return found


def unread(language: str) -> tuple[str, ...]:
    """What reports in ``language`` are not read for, for lack of rules: some of ``commitments``,
    ``new terms`` and ``figures`` (none where all are read).  What is not read is not counted:
    a view, a table or a summary says so, never a zero as if counted.

    >>> unread("zh"), unread("en")
    ((), ('commitments', 'new terms', 'figures'))
    """
    rules = profile(language)
    kinds = (("commitments", rules.commitments), ("new terms", rules.terms), ("figures", rules.indicators))
    return tuple(what for what, found in kinds if found is None)


def not_read(language: str) -> str:
    """:func:`unread` as a sentence for a reader (``""`` where all is read)."""
    missing = unread(language)
    if not missing:
        return ""
    listed = ", ".join(missing[:-1]) + (" and " if len(missing) > 1 else "") + missing[-1]
    return f"{listed} are not read in reports in {language!r}: the language has no rules for them yet"
