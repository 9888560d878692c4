"""``reportdiff.render.json_text.dumps`` writes what ``json.dumps(indent=2, sort_keys=True,
ensure_ascii=False)`` writes, byte for byte."""

from __future__ import annotations

import json
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


def _standard(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)


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
