"""The seams between data layer, gateway and console (issue 14, item 1): every table in one
schema module, hand-off state in one module, and no import cycle between packages."""
import ast
from pathlib import Path
import subprocess
import sys

BOT = Path(__file__).resolve().parents[2] / "bot"


def _imports(path: Path):
    tree = ast.parse(path.read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def _package_imports(package: str):
    return {name for path in (BOT / package).rglob("*.py") for name in _imports(path)}


def test_the_console_does_not_import_the_gateway():
    assert not {n for n in _package_imports("console") if n.startswith("bot.gateway")}


def test_the_data_layer_imports_neither_gateway_nor_console():
    used = _package_imports("data") | set(_imports(BOT / "store.py"))
    assert not {n for n in used if n.startswith(("bot.gateway", "bot.console"))}


def test_tables_are_defined_only_in_the_schema_module():
    defining = sorted(str(p.relative_to(BOT)) for p in BOT.rglob("*.py")
                      if "sa.Table(" in p.read_text() and "directory" not in p.parts)
    assert defining == ["data/schema.py"]


def test_the_schema_knows_every_table_without_importing_anything_else():
    code = ("import bot.data.schema as s; print(sorted(t.name for t in s.personal_tables()))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=BOT.parent, check=True).stdout
    for name in ("handoffs", "takeovers", "outbox", "audit_log", "conversation_keys",
                 "records", "documents", "resume_codes"):
        assert f"'{name}'" in out
