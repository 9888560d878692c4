"""How the model's records travel between processes: pickled with a dispatch table that sends
a frozen dataclass with slots as its class and its fields' values, rebuilt by calling the
class.  By default such a record is rebuilt field by field in Python (``dataclasses``'
``__setstate__``), which made unpickling a series' commitments (about 20,000) take twice as
long.  Used by every process that sends results back (:mod:`reportdiff.series.pool`,
:mod:`reportdiff.pairwise.ahead`); kept apart so that the one imports no more than it needs.
"""

from __future__ import annotations

import copyreg
import dataclasses
import io
import operator
import pickle
from collections.abc import Callable
from typing import Any


class _Records(dict[type, Callable[[Any], Any]]):
    """copyreg's reductions, and a frozen dataclass with slots (the model's records) sent as
    its class and its fields' values, rebuilt by calling the class."""

    def __missing__(self, kind: type) -> Callable[[Any], Any]:
        names = _init_fields(kind)
        if names is None:
            raise KeyError(kind)  # pickled the usual way

        values = _values(names)

        def reduce(record: object) -> tuple[object, ...]:
            return kind, values(record)

        self[kind] = reduce
        return reduce


def _init_fields(kind: type) -> tuple[str, ...] | None:
    """The fields a record's class takes, in order, if calling it with their values rebuilds
    it: a frozen dataclass with slots, every field set by ``__init__``, nothing done after."""
    params = getattr(kind, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" not in kind.__dict__:
        return None
    if hasattr(kind, "__post_init__") or "__reduce__" in kind.__dict__ or "__reduce_ex__" in kind.__dict__:
        return None
    fields = dataclasses.fields(kind)
    if not all(field.init for field in fields):
        return None
    return tuple(field.name for field in fields)


def _values(names: tuple[str, ...]) -> Callable[[object], tuple[object, ...]]:
    """A record's values of these fields as a tuple, read in C (``attrgetter``) where it gives
    one: about twice as fast as a comprehension over the names (a series' 31,000 follow-ups,
    lineages and figures: 50 → 25 ms).

    >>> from reportdiff.model import Span
    >>> [_values(names)(Span(3, 5)) for names in (("start", "end"), ("end",), ())]
    [(3, 5), (5,), ()]
    """
    if len(names) > 1:
        return operator.attrgetter(*names)
    if names:  # attrgetter of one name gives its value, not a tuple of it
        name = names[0]
        return lambda record: (getattr(record, name),)
    return lambda record: ()


RECORDS = _Records(copyreg.dispatch_table)
"""The dispatch table (``pickle.Pickler.dispatch_table``) that sends records as their fields."""


def dumps(value: object) -> bytes:
    """``value`` pickled (the highest protocol), its records as their fields (:data:`RECORDS`);
    ``pickle.loads`` reads it back."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = RECORDS
    pickler.dump(value)
    return buffer.getvalue()
