"""JSON text as ``json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)`` writes
it, in about half the time — every command's ``--format json``, the panel's included — except
that a float JSON has no number for (NaN, an infinity) is ``null``, a missing value, where
``json.dumps`` writes ``NaN`` or ``Infinity``, which ``jq`` and ``JSON.parse`` refuse.

With ``indent``, the standard library encodes in pure Python through nested generators,
yielding every bracket, key and separator as a chunk of its own (a 29-report timeline, 5.8 MB,
is about 800,000 chunks).  Here each container is one join, each string goes through the same
C function the standard encoder uses, and each key's ``"key": `` is made once, so the text is
the same byte for byte (``tests/test_json_text.py`` and ``tests/test_properties.py`` check it
against ``json.dumps`` on generated values, their non-finite floats made ``None``).  What this
does not spell itself (dict keys other than strings, values of other types) goes to
``json.dumps``, which converts or refuses it (``TypeError``) as it always does.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring
from typing import Any


def dumps(value: Any, level: int = 0) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)``, the same text in
    about half the time, NaN and the infinities written ``null``; ``level``: the depth it stands
    at in a larger text (its inner lines indented accordingly).

    >>> value = {"b": [1, 2.5, None, True], "a": {"é": "x\\n"}, "c": [], "d": {}}
    >>> dumps(value) == json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)
    True
    >>> print(dumps({"n": {2: float("nan"), 1: None}, "inf": [float("-inf")]}))
    {
      "inf": [
        null
      ],
      "n": {
        "1": null,
        "2": null
      }
    }
    """
    heads: dict[str, str] = {}

    def text(o: Any, nl: str) -> str:
        t = type(o)
        if t is dict:
            if not o:
                return "{}"
            inner = nl + "  "
            parts = []
            try:
                for k in sorted(o):
                    head = heads.get(k) or heads.setdefault(k, encode_basestring(k) + ": ")
                    v = o[k]
                    tv = type(v)
                    if tv is str:
                        parts.append(head + encode_basestring(v))
                    elif tv is int:
                        parts.append(head + int.__repr__(v))
                    elif v is None:
                        parts.append(head + "null")
                    elif tv is float and v - v == 0:  # finite
                        parts.append(head + float.__repr__(v))
                    else:
                        parts.append(head + text(v, inner))
            except TypeError:  # a key that is no string (json converts numbers, refuses others)
                return _standard(o, nl)
            return "{" + inner + ("," + inner).join(parts) + nl + "}"
        if t is list or t is tuple:
            if not o:
                return "[]"
            inner = nl + "  "
            items = []
            for v in o:
                tv = type(v)
                if tv is str:
                    items.append(encode_basestring(v))
                elif tv is int:
                    items.append(int.__repr__(v))
                else:
                    items.append(text(v, inner))
            return "[" + inner + ("," + inner).join(items) + nl + "]"
        if t is str:
            return encode_basestring(o)
        if t is int:
            return int.__repr__(o)
        if isinstance(o, float):  # a subclass too (numpy's float64), as json spells it
            return float.__repr__(o) if o - o == 0 else "null"  # NaN, ±inf: no JSON number
        if o is None:
            return "null"
        if o is True:
            return "true"
        if o is False:
            return "false"
        return _standard(o, nl)

    return text(value, "\n" + "  " * level)


def _standard(value: Any, nl: str) -> str:
    """What the standard library makes of ``value`` (anything :func:`dumps` does not spell
    itself), non-finite floats ``null``, indented to stand where ``nl`` starts a line."""
    return json.dumps(_finite(value), ensure_ascii=False, indent=2, sort_keys=True).replace("\n", nl)


def _finite(value: Any) -> Any:
    """``value`` with every NaN or infinite float in it (not in keys) made ``None``.

    >>> _finite({1.5: [float("nan"), (2.0, float("inf"))]})
    {1.5: [None, [2.0, None]]}
    """
    if isinstance(value, float):
        return value if value - value == 0 else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value
