"""No import cycle between the project's packages (issue 14).

A package here is ``actions``, ``jargon``, each folder under ``bot/`` (``bot.gateway``,
``bot.console``, ``bot.data``, ``bot.channels``, ``bot.safety``...) and each module directly
in ``bot/`` (``bot.store``, ``bot.settings``...). Every import counts, the ones inside
functions too: a cycle hidden behind a lazy import is still a cycle. Inside one package a
lazy import may break a cycle between two of its modules. A program's ``__main__.py`` is a
package of its own, since nothing imports it.
"""
import ast
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Set

ROOT = Path(__file__).resolve().parents[2]
TOP = ("actions", "bot", "jargon")


def package_of_file(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    if parts[-1] == "__main__":
        return ".".join(parts)
    if parts[0] == "bot" and len(parts) >= 2:
        return "bot." + parts[1] if parts[1] != "__init__" else "bot"
    return parts[0]


def package_of_name(name: str) -> Optional[str]:
    parts = name.split(".")
    if parts[0] not in TOP:
        return None
    if parts[0] != "bot":
        return parts[0]
    if len(parts) == 1:
        return None  # "from bot import x": the name after it says which package
    if (ROOT / "bot" / parts[1]).is_dir() or (ROOT / "bot" / f"{parts[1]}.py").is_file():
        return "bot." + parts[1]
    return None


def imported_names(path: Path) -> Iterator[str]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def package_graph() -> Dict[str, Set[str]]:
    graph: Dict[str, Set[str]] = {}
    for top in TOP:
        for path in (ROOT / top).rglob("*.py"):
            source = package_of_file(path)
            targets = {package_of_name(n) for n in imported_names(path)}
            graph.setdefault(source, set()).update(t for t in targets if t and t != source)
    return graph


def cycles(graph: Dict[str, Set[str]]) -> List[List[str]]:
    """The strongly connected groups of more than one package (Tarjan)."""
    index: Dict[str, int] = {}
    low: Dict[str, int] = {}
    stack: List[str] = []
    found: List[List[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(graph.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycle_between_packages():
    graph = package_graph()
    assert {"bot.gateway", "bot.console", "bot.data", "bot.channels", "actions"} <= set(graph)
    found = cycles(graph)
    assert not found, "\n".join(
        " <-> ".join(group) + ": " + "; ".join(
            f"{a} imports {sorted(graph[a] & set(group))}" for a in group) for group in found)


def test_the_cycle_finder_sees_a_cycle_through_three_packages():
    graph = {"bot.a": {"bot.b"}, "bot.b": {"bot.c"}, "bot.c": {"bot.a"}, "bot.d": {"bot.a"}}
    assert cycles(graph) == [["bot.a", "bot.b", "bot.c"]]
    assert cycles({"bot.a": {"bot.b"}, "bot.b": set()}) == []


def test_a_lazy_import_counts_and_bot_modules_are_packages(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from bot.gateway.app import x\n    from bot import store\n")
    names = set(imported_names(module))
    assert "bot.gateway.app" in names and "bot.store" in names
    assert package_of_name("bot.gateway.app.x") == "bot.gateway"
    assert package_of_name("bot.store") == "bot.store"
    assert package_of_name("rasa.core") is None
