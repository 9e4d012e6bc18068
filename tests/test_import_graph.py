"""The import graph of wavllm_agent: no import circles, and no layer imports one above it.

Every import counts, at module level or inside a function (a lazy import is still a dependency);
only ``if TYPE_CHECKING:`` blocks are left out, as they never run.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "wavllm_agent"

LAYERS: list[set[str]] = [
    {"errors", "lazy", "jsonable", "languages", "progress", "budget", "streaming", "hookspecs", "results", "audio",
     ""},
    {"assets"},
    {"modeling"},
    {"engines", "tasks"},
    {"plugins"},
    {"registry"},
    {"planning", "grounding"},
    {"api"},
    {"data"},
    {"evaluation", "langchain", "display"},
    {"training"},
    {"repl", "serve"},
    {"cli", "__main__"},
]
"""Areas of the package (its top-level modules and subpackages), lowest first. An area may import
its own layer's areas and those below; "" is the package's ``__init__``."""

KNOWN_CIRCLES: list[set[str]] = []
"""Circles accepted for now (none): an entry here must name a reason, and goes once it is fixed."""


def modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(n) for stmt in node.body for n in ast.walk(stmt))
    return skipped


def imports_of(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The wavllm_agent modules ``name`` imports (submodules resolved, ``TYPE_CHECKING`` left out)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = _type_checking_nodes(tree)
    targets: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
                base = base[: len(base) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            for alias in node.names:
                sub = f"{module}.{alias.name}"
                targets.add(sub if sub in known else module)
    resolved = set()
    for target in targets:
        while target and target not in known:
            target = target.rpartition(".")[0]
        if target and target != name:
            resolved.add(target)
    return resolved


def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: imports_of(name, path, known) for name, path in known.items()}


def circles(edges: dict[str, set[str]]) -> list[set[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.add(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(component)

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def area(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def rank(name: str) -> int:
    for level, names in enumerate(LAYERS):
        if name in names:
            return level
    raise AssertionError(f"area {name!r} is in no layer: add it to LAYERS in {__file__}")


def test_the_checker_finds_a_circle_and_resolves_submodules() -> None:
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [{"a", "b", "c"}]
    known = modules()
    edges = imports_of("wavllm_agent.cli.commands.info", known["wavllm_agent.cli.commands.info"], known)
    assert "wavllm_agent.registry" in edges and "wavllm_agent.cli.output" in edges


def test_no_import_circles() -> None:
    found = [c for c in circles(graph()) if c not in KNOWN_CIRCLES]
    assert found == [], f"import circles: {[sorted(c) for c in found]}"


def test_no_upward_imports() -> None:
    upward = sorted(
        f"{module} -> {target}"
        for module, targets in graph().items()
        for target in targets
        if rank(area(target)) > rank(area(module))
    )
    assert upward == [], "imports of a higher layer:\n" + "\n".join(upward)


def test_known_circles_are_still_there() -> None:
    """Once a known circle is broken, its entry must go (so that it cannot come back unnoticed)."""
    found = circles(graph())
    assert all(known in found for known in KNOWN_CIRCLES), "a known circle is fixed: remove it from KNOWN_CIRCLES"
