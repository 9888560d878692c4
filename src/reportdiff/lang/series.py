"""The :class:`SeriesRules` record: what a language says about figures across a series of
reports — which names of two years are different measures.

Kept apart from :mod:`reportdiff.lang.profile` (which holds a reference to it) so that each
record stays small; the data for Chinese is in :mod:`reportdiff.lang.zh.series`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SeriesRules:
    """The data :mod:`reportdiff.extract.identity` applies."""

    fillers: re.Pattern[str]
    """Text that, inserted inside a name, leaves the measure as it was (``的``, ``总``, ``政府``:
    ``粮食总产量`` is ``粮食产量``); matched whole.  Any other insertion inside a name narrows
    what is counted (``新增智能制造标杆企业`` is not ``新增智能制造企业``)."""
    opposites: Sequence[tuple[str, str]]
    """Words of opposite direction (``高``/``低``, ``增``/``减``): two names that differ by one
    against the other are never one indicator."""
