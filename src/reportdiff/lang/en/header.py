"""English title block: title, date, financial year and speaker of a budget statement."""

from __future__ import annotations

import re

from ..profile import HeaderInfo

_DATE = re.compile(r"\*\*Date:\*\*\s*(\d{4})-(\d{2})-(\d{2})|Date:\s*(\d{4})-(\d{2})-(\d{2})")
_FY = re.compile(
    # the financial year 1st April, 1975; or the 1960s motion: …for the year 1964
    r"[Ff]inancial [Yy]ear,?\s+(?:1st\s+|1\s+)?(?:April|January),?\s+(\d{4})"
    r"|financial policy of the Government for the (?:financial )?year,?\s+(\d{4})"
)
_TITLE_NAME = r"((?:Mr|Ms|Mrs|Madam|Mdm|Dr)\.? [A-Z][A-Za-z.' -]+?)"
_SPEAKER = re.compile(
    rf"Minister[^()\n]*\({_TITLE_NAME}\)"  # The Minister for Finance (Mr Hon Sui Sen)
    rf"|{_TITLE_NAME} \([^()\n]*Minister for Finance"  # Dr Goh Keng Swee (Minister for Finance)
)
_TITLE = re.compile(r"^#\s*(.+)$|\*\*Title:\*\*\s*(.+)$", re.MULTILINE)


def read_header(header: str, opening: str) -> HeaderInfo:
    """Title, date, financial year and speaker of a budget statement.

    >>> opening = "(Mr Hon Sui Sen): Mr Speaker, Sir, the financial year 1st April, 1975"
    >>> read_header("# Budget Speech\\n**Date:** 1975-03-03", opening).year
    1975

    A speech given late in the year is for the next one, which the motion names:

    >>> motion = "That the Assembly approves the financial policy of the Government for the year 1964."
    >>> read_header("# Budget Speech\\n**Date:** 1963-11-28", motion).year
    1964
    """
    title_match = _TITLE.search(header)
    title = next((g.strip() for g in title_match.groups() if g), None) if title_match else None
    date_match = _DATE.search(header)
    date = None
    if date_match:
        y, m, d = (g for g in date_match.groups() if g)
        date = f"{y}-{m}-{d}"
    fy = _FY.search(header + "\n" + opening)
    year = int(fy.group(1) or fy.group(2)) if fy else (int(date[:4]) if date else None)
    speaker_match = _SPEAKER.search(header + "\n" + opening)
    speaker = next(g for g in speaker_match.groups() if g).strip() if speaker_match else None
    # An English speech does not name its government in a fixed formula.
    return HeaderInfo(title, None, year, date, speaker)
