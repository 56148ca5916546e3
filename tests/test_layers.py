"""The layers depend only downward: textcore <- parsers, textcore <- normalizers, all <- pipeline.

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


def test_the_checker_sees_lazy_and_aliased_imports(tmp_path):
    src = tmp_path / "m.py"
    src.write_text("import os\ndef f():\n    from normalizers import x\n    import parsers.document as d\n"
                   "from . import sibling\n", encoding="utf-8")
    assert project_imports(src) == {"normalizers", "parsers"}


def test_one_shared_morphology_object():
    from normalizers import phrase
    from textcore.lemmas import morph
    assert morph() is morph() and phrase.morph() is morph()
