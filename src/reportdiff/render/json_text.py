"""JSON text exactly as ``json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)``
writes it, in about half the time.

With ``indent``, the standard library encodes in pure Python through nested generators,
yielding every bracket, key and separator as a chunk of its own (a 29-report timeline, 5.8 MB,
is about 800,000 chunks).  Here each container is one join, each string goes through the same
C function the standard encoder uses, and each key's ``"key": `` is made once, so the text is
the same byte for byte (``tests/test_json_text.py`` and ``tests/test_properties.py`` check it
against ``json.dumps`` on generated values).  What this does not spell itself (dict keys other
than strings, values of other types) goes to ``json.dumps``, which converts or refuses it
(``TypeError``) as it always does.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring
from typing import Any


def dumps(value: Any, level: int = 0) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)``, the same text in
    about half the time; ``level``: the depth it stands at in a larger text (its inner lines
    indented accordingly).

    >>> value = {"b": [1, 2.5, None, True], "a": {"é": "x\\n"}, "c": [], "d": {}}
    >>> dumps(value) == json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)
    True
    >>> print(dumps({"n": {2: float("nan"), 1: None}}))
    {
      "n": {
        "1": null,
        "2": NaN
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
        if t is float and o - o == 0:  # finite (NaN and the infinities as json spells them)
            return float.__repr__(o)
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
    itself), indented to stand where ``nl`` starts a line."""
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True).replace("\n", nl)
