"""The relation rules are layered: each module of loaders/relations/ imports only
from the modules listed above it in the package docstring's table, so a rule
family never reaches into another family defined after it (no import cycles,
one obvious home for each shared helper)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import artistgraph.loaders.relations as relations

PACKAGE = Path(relations.__file__).parent


def _layers() -> list[str]:
    """Module names in the order of the docstring's table."""
    return re.findall(r"^``(\w+)``\s", relations.__doc__ or "", re.M)


def _imported_relation_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    prefix = "artistgraph.loaders.relations."
    return {node.module[len(prefix):] for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(prefix)}


def test_the_table_lists_every_module_once() -> None:
    layers = _layers()
    modules = sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__")
    assert sorted(layers) == modules
    assert len(set(layers)) == len(layers)


def test_each_module_imports_only_layers_above_it() -> None:
    layers = _layers()
    for name in layers:
        for imported in _imported_relation_modules(PACKAGE / f"{name}.py"):
            assert imported in layers, f"{name} imports unknown module {imported}"
            assert layers.index(imported) < layers.index(name), f"{name} imports {imported}, listed below it"


def test_every_rule_family_runs() -> None:
    """Each family module contributes at least one rule to CANDIDATE_RULES."""
    families = {"members", "releases", "collaborations", "features", "directors", "release_dates", "enlistment"}
    running = {rule.__module__.rsplit(".", 1)[1] for rule in relations.CANDIDATE_RULES}
    assert families <= running
