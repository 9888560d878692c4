"""The README's Python blocks run as printed, from the repository's root."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .conftest import needs_corpora

ROOT = Path(__file__).parent.parent
BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)


@needs_corpora
@pytest.mark.parametrize("code", BLOCKS, ids=[f"block{k + 1}" for k in range(len(BLOCKS))])
def test_readme_python_block_runs_verbatim(code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the README's paths are relative to the repository's root
    exec(compile(code, "README.md", "exec"), {})


def test_readme_has_python_blocks() -> None:
    assert len(BLOCKS) >= 3
