"""A table of official outcomes (``--actuals FILE.csv``): what verdicts use when the next
report is silent.

The file is CSV with a header naming ``region``, ``year``, ``indicator`` and ``value`` (other
columns are ignored); one row per outcome.  ``region`` as the reports name it (``甘肃省``) or
empty for any region; ``value`` in the target's base unit (a growth rate as its percent
number, ``万`` and ``亿`` multiplied out).
"""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path

from ..errors import InputError
from ..model import OfficialOutcome

COLUMNS = ("region", "year", "indicator", "value")


def read_actuals(path: str | Path) -> tuple[OfficialOutcome, ...]:
    """The rows of a table of official outcomes; :class:`InputError` naming the line that is wrong.

    >>> import tempfile, os
    >>> with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, encoding="utf-8") as f:
    ...     _ = f.write("region,year,indicator,value\\n甘肃省,2025,地区生产总值,5.8\\n")
    >>> read_actuals(f.name)
    (OfficialOutcome(region='甘肃省', year=2025, indicator='地区生产总值', value=5.8),)
    >>> os.unlink(f.name)
    """
    source = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as error:
        raise InputError(source, f"cannot be read ({error.strerror})", "give a readable CSV file") from None
    except UnicodeDecodeError:
        raise InputError(source, "is not UTF-8 text", "save the table as UTF-8 CSV") from None
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in COLUMNS if c not in (reader.fieldnames or ())]
    if missing:
        raise InputError(
            source, f"has no column {', '.join(missing)}", f"give a header row: {','.join(COLUMNS)}"
        )
    rows: list[OfficialOutcome] = []
    for line, row in enumerate(reader, start=2):
        year, value = (row.get("year") or "").strip(), (row.get("value") or "").strip()
        try:
            number = float(value.replace(",", ""))
            if not year.isdigit() or not math.isfinite(number):
                raise ValueError
        except ValueError:
            raise InputError(
                source, f"line {line}: year {year!r} or value {value!r} is not a number", "fix that row"
            ) from None
        indicator = (row.get("indicator") or "").strip()
        if not indicator:
            raise InputError(source, f"line {line}: no indicator", "name what the value measures")
        region = (row.get("region") or "").strip()
        rows.append(OfficialOutcome(region, int(year), indicator, number, source=source, line=line))
    return tuple(rows)
