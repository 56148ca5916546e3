"""The project's size rules, kept true: no production module over 400 lines, no
function (or method) over 60 — in textcore, parsers, normalizers and pipeline.

Read with `ast` (nothing imported).  A function's size is its lines from the `def`
(decorators excluded) to its last statement, nested functions included; a long
one is split by what it does, not by moving lines into a helper of the same job.
"""
import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("textcore", "parsers", "normalizers", "pipeline")
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60


def _modules() -> list[Path]:
    return sorted(p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py"))


def long_functions(source: str, limit: int = MAX_FUNCTION_LINES) -> list[tuple[str, int]]:
    """(name, lines) of every function longer than `limit` lines."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            lines = node.end_lineno - node.lineno + 1
            if lines > limit:
                found.append((node.name, lines))
    return found


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_module_and_function_sizes(path):
    source = path.read_text(encoding="utf-8")
    lines = len(source.splitlines())
    assert lines <= MAX_MODULE_LINES, f"{path.relative_to(ROOT)}: {lines} lines (at most {MAX_MODULE_LINES})"
    assert not long_functions(source), f"{path.relative_to(ROOT)}: functions over {MAX_FUNCTION_LINES} lines: " \
        f"{long_functions(source)}"


def test_the_rule_reads_sizes_right():
    """A 61-line function is caught, a 60-line one (decorator not counted) is not."""
    body = "".join(f"    x{i} = {i}\n" for i in range(59))
    assert long_functions("@dec\ndef ok():\n" + body) == []
    assert long_functions("def too_long():\n" + body + "    return 0\n") == [("too_long", 61)]
    assert long_functions("class C:\n    def m(self):\n" + "    " + body.replace("\n", "\n    ").rstrip() + "\n"
                          "        return 0\n") == [("m", 61)]
    assert len(_modules()) > 100
