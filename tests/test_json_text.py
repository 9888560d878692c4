"""``reportdiff.render.json_text.dumps`` writes what ``json.dumps(indent=2, sort_keys=True,
ensure_ascii=False)`` writes, byte for byte, except that a NaN or infinite value is ``null``
(valid JSON), never ``NaN`` or ``Infinity``."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reportdiff.render.json_text import dumps

scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text()
keys = st.text() | st.integers() | st.booleans() | st.none() | st.floats()
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4)
    | st.tuples(inner, inner)
    | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=30,
)


def finite(value: Any) -> Any:
    """``value`` with its NaN and infinite float values (not keys) as ``None``: what
    ``dumps`` writes them as."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [finite(v) for v in value]
    return value


def _standard(value: Any) -> str:
    return json.dumps(finite(value), ensure_ascii=False, indent=2, sort_keys=True)


@given(values)
def test_the_same_text_as_the_standard_encoder(value: Any) -> None:
    assert dumps(value) == _standard(value)


@given(st.dictionaries(keys, scalars, max_size=1))
def test_keys_become_strings_as_the_standard_encoder_makes_them(value: dict[Any, Any]) -> None:
    assert dumps(value) == _standard(value)


def test_what_json_cannot_hold_is_refused() -> None:
    with pytest.raises(TypeError):
        dumps({"when": {1, 2}})
    with pytest.raises(TypeError):
        dumps({(1, 2): "pair"})


def test_nan_and_the_infinities_are_null_so_any_json_reader_takes_the_text() -> None:
    value = {"a": float("nan"), "b": [float("inf"), -float("inf"), 1.5], "c": {2: float("nan")}}
    text = dumps(value)
    assert "NaN" not in text and "Infinity" not in text
    assert json.loads(text, parse_constant=lambda name: pytest.fail(f"{name} in {text}")) == {
        "a": None, "b": [None, None, 1.5], "c": {"2": None},
    }  # fmt: skip
