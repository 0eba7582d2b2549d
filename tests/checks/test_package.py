"""The checks package stays standard-library only, so it runs unchanged in Pyodide."""

import ast
import sys
from pathlib import Path

import checks

PACKAGE = Path(checks.__file__).parent


def imported_top_level_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


# Decoding files on the command line may use Pillow; nothing else may.
DECODING_MODULES = {"decode.py", "__main__.py", "cli.py"}


def test_measuring_code_imports_only_the_standard_library():
    offenders = {}
    for path in PACKAGE.rglob("*.py"):
        if path.name in DECODING_MODULES:
            continue
        foreign = imported_top_level_modules(path) - set(sys.stdlib_module_names) - {"checks"}
        if foreign:
            offenders[path.name] = sorted(foreign)
    assert offenders == {}


def test_version_is_a_release_number():
    parts = checks.__version__.split(".")
    assert len(parts) == 3 and all(part.isdigit() for part in parts)
