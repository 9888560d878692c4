"""The house rules of the code's layout (README, "How the code is laid out"), checked."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "src" / "reportdiff"
MODULES = sorted(PACKAGE.rglob("*.py"))
HAN = re.compile(r"[\u3400-\u9fff。，；：！？、]")
MOST_LINES = 450


def _name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    """Every module of the package that ``path`` imports, deferred imports included."""
    here = _name(path).split(".")
    package = here if path.name == "__init__.py" else here[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("reportdiff"))
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join(base + ([node.module] if node.module else []))
            if not module.startswith("reportdiff"):
                continue
            found.add(module)
            found.update(f"{module}.{a.name}" for a in node.names)  # submodules imported by name
    known = {_name(p) for p in MODULES}
    return {m for m in found if m in known and m != _name(path)}


def test_no_import_cycle() -> None:
    graph = {_name(p): _imports(p) for p in MODULES}
    # a package's __init__ re-exporting its own modules is not a cycle with them
    for name, targets in graph.items():
        graph[name] = {t for t in targets if not name.startswith(t + ".")}
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                cycle = [*path[path.index(target) :], target]
                pytest.fail("import cycle: " + " → ".join(cycle))
            if target not in state:
                visit(target)
        path.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_size(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MOST_LINES, f"{path.name} has {lines} lines: split what does two jobs"


def test_no_language_literal_outside_lang() -> None:
    leaks = []
    for path in MODULES:
        if "lang" in path.relative_to(PACKAGE).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr)}
        leaks += [
            f"{path.relative_to(PACKAGE)}:{n.lineno}: {n.value[:30]!r}"
            for n in ast.walk(tree)
            if isinstance(n, ast.Constant)
            and isinstance(n.value, str)
            and id(n) not in docs
            and HAN.search(n.value)
        ]
    assert not leaks, "language literals outside lang/:\n" + "\n".join(leaks)
