"""The layers depend only downward: textcore <- parsers, textcore <- normalizers, all <- pipeline;
and inside pipeline/ the rooms too: store <- run, store <- analyst, all <- cli.

Read from the source with `ast` (nothing is imported), so a lazy import inside a
function counts as much as one at the top of a module.
"""
import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("textcore", "parsers", "normalizers", "pipeline")
# what each package may import from this project (besides itself)
ALLOWED = {"textcore": set(), "parsers": {"textcore"}, "normalizers": {"textcore"},
           "pipeline": {"textcore", "parsers", "normalizers"}}


def project_imports(path: Path) -> set[str]:
    """Top-level project packages a module imports (relative imports stay in its package)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        found |= {n.split(".")[0] for n in names if n.split(".")[0] in PACKAGES}
    return found


def _modules():
    for pkg in PACKAGES:
        for path in sorted((ROOT / pkg).rglob("*.py")):
            yield pytest.param(pkg, path, id=str(path.relative_to(ROOT)))


@pytest.mark.parametrize("package, path", list(_modules()))
def test_imports_only_downward(package, path):
    bad = project_imports(path) - ALLOWED[package] - {package}
    assert not bad, f"{path.relative_to(ROOT)} imports {sorted(bad)}"


# inside pipeline/: what a room must never import (a room is a subpackage)
FORBIDDEN_ROOMS = {"store": {"run", "analyst", "cli"}, "run": {"analyst", "cli"}, "analyst": {"cli"}}


def dotted_imports(path: Path) -> set[str]:
    """Every module a file imports, as an absolute dotted name (relative imports resolved)."""
    package = list(path.relative_to(ROOT).with_suffix("").parts[:-1])
    if path.name == "__init__.py":
        package = list(path.relative_to(ROOT).parts[:-1])
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            mod = ".".join(base + ([node.module] if node.module else []))
            found.add(mod)
            found |= {f"{mod}.{a.name}" for a in node.names}      # `from pipeline import cli`
    return found


def _rooms():
    for room in FORBIDDEN_ROOMS:
        for path in sorted((ROOT / "pipeline" / room).rglob("*.py")):
            yield pytest.param(room, path, id=str(path.relative_to(ROOT)))


@pytest.mark.parametrize("room, path", list(_rooms()))
def test_rooms_import_only_what_they_may(room, path):
    bad = {m for m in dotted_imports(path) for other in FORBIDDEN_ROOMS[room]
           if m == f"pipeline.{other}" or m.startswith(f"pipeline.{other}.")}
    assert not bad, f"{path.relative_to(ROOT)} imports {sorted(bad)}"


def test_only_the_cli_imports_click():
    cli = ROOT / "pipeline" / "cli"
    users = sorted(str(p.relative_to(ROOT)) for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py")
                   if cli not in p.parents and any(m.split(".")[0] == "click" for m in dotted_imports(p)))
    assert users == []


def test_the_room_checker_resolves_relative_imports(tmp_path, monkeypatch):
    src = ROOT / "pipeline" / "store" / "x.py"
    monkeypatch.setattr(Path, "read_text", lambda self, **kw: "from ..cli import main\nfrom . import lock\n"
                        "def f():\n    from pipeline import analyst\n")
    assert {"pipeline.cli", "pipeline.store", "pipeline.analyst"} <= dotted_imports(src)
    assert "pipeline.store.lock" in dotted_imports(src)


def test_the_checker_sees_lazy_and_aliased_imports(tmp_path):
    src = tmp_path / "m.py"
    src.write_text("import os\ndef f():\n    from normalizers import x\n    import parsers.document as d\n"
                   "from . import sibling\n", encoding="utf-8")
    assert project_imports(src) == {"normalizers", "parsers"}


def test_one_shared_morphology_object():
    from normalizers import phrase
    from textcore.lemmas import morph
    assert morph() is morph() and phrase.morph() is morph()
