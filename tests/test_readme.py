"""The README's Python blocks run as printed, from the repository's root."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import reportdiff

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


@needs_corpora
def test_the_national_pair_counts_the_docs_print_are_the_code_s() -> None:
    """The national 2024→2025 counts the README and the CI example print (sentences, commitments)
    are what ``compare()`` gives: a doc that drifts from the code fails here."""
    folder = ROOT.parent / "shared" / "corpora" / "cn-state-council"
    comparison = reportdiff.compare(folder / "2024.txt", folder / "2025.txt")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = (ROOT / "examples" / "github-actions" / "README.md").read_text(encoding="utf-8")
    promises = comparison.commitment_summary()
    counted = ("new", "dropped", "repeated", "stronger")
    pattern = r"commitment_summary\(\) # \{" + ", ".join(f"'{k}': (\\d+)" for k in counted)
    printed = re.search(pattern, readme)
    assert printed is not None
    assert tuple(map(int, printed.groups())) == tuple(promises[k] for k in counted)
    assert f"national 2024→2025: {promises['dropped']} commitments have no counterpart" in readme
    assert f"national 2024→2025: {promises['dropped']} dropped" in example
    sentences = re.search(r"comparison\.summary\(\) +# \{'unchanged': (\d+), 'modified': (\d+)", readme)
    assert sentences is not None
    summary = comparison.summary()
    assert tuple(map(int, sentences.groups())) == (summary["unchanged"], summary["modified"])
