"""House rules: only gui/ may import Qt (the CLI and workers run without it), the window reads typed models
and not the ORM, the layers import downwards only, the core is split by responsibility, and modules stay small."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "telvalid_desktop"
WINDOW_SIDE = ("gui", "app")  # the window and its entry point: the only modules that may load Qt


def _modules(*, window_side: bool) -> list[str]:
    """Dotted names of the package's modules on one side of the line."""
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        if parts[-1] in ("__init__", "__main__"):
            continue
        if (parts[0] in WINDOW_SIDE) == window_side:
            names.append(".".join(("telvalid_desktop", *parts)))
    return names


def test_headless_modules_never_load_qt() -> None:
    """Every module outside gui/ (the CLI, the workers, the core, the database), not a sample."""
    modules = _modules(window_side=False)
    code = f"import sys, importlib\nfor m in {modules!r}: importlib.import_module(m)\nprint('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def _imported_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_the_window_uses_read_models_not_the_orm() -> None:
    """The window gets typed values (read_models/, services of core/), never peewee or its rows."""
    offending = {
        path.relative_to(PACKAGE).as_posix(): sorted(
            name for name in _imported_names(path) if name.split(".")[0] in ("peewee", "playhouse")
            or name == "telvalid_desktop.db.models"
        )
        for path in (PACKAGE / "gui").rglob("*.py")
    }
    assert {module: names for module, names in offending.items() if names} == {}


def _imports_under(folder: str, forbidden: tuple[str, ...]) -> dict[str, list[str]]:
    """Per module of ``folder``, the imported names that start with one of ``forbidden``."""
    found = {
        path.relative_to(PACKAGE).as_posix(): sorted(
            name for name in _imported_names(path) if any(name == f or name.startswith(f + ".") for f in forbidden)
        )
        for path in (PACKAGE / folder).rglob("*.py")
    }
    return {module: names for module, names in found.items() if names}


def test_the_database_layer_imports_nothing_above_it() -> None:
    """db/ serves the core, the intake and the window: it may use domain.py and read_models/, never them."""
    above = ("telvalid_desktop.core", "telvalid_desktop.gui", "telvalid_desktop.intake")
    assert _imports_under("db", above) == {}


def test_read_models_are_plain_values() -> None:
    """A screen or a command holds read models without a connection, the ORM, the services or Qt."""
    forbidden = ("peewee", "playhouse", "PySide6")
    forbidden += ("telvalid_desktop.db", "telvalid_desktop.core", "telvalid_desktop.gui")
    assert _imports_under("read_models", forbidden) == {}


# What every part of the core speaks (the team's policy included: validation, filing, reminders and
# retention read it); any other module belongs in the subpackage of its kind of work
# (lifecycle, filing, correspondence, supervision, maintenance, administration).
SHARED_VOCABULARY = {"errors", "changes", "change_feed", "iban", "roles", "audit", "workspace", "team_policy"}


def test_the_core_is_split_by_responsibility() -> None:
    top_level = {path.stem for path in (PACKAGE / "core").glob("*.py")} - {"__init__"}
    assert sorted(top_level - SHARED_VOCABULARY) == []


MAX_MODULE_LINES = 500


def test_no_module_passes_500_lines() -> None:
    """Small modules with one job each: a module that grows past this is split by responsibility."""
    sizes = {path.relative_to(PACKAGE).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
             for path in PACKAGE.rglob("*.py")}
    assert {name: lines for name, lines in sizes.items() if lines > MAX_MODULE_LINES} == {}
