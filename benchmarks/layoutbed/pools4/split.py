"""Split the fourth pool's combined files into tune/ and test/ halves.

The rule was fixed before any phrase was written: a data line goes to
test/ when crc32 of its first field (UTF-8) is odd, else to tune/.
A `#` comment line travels with the data line right after it.
`--check` exits 1 when a half on disk differs from what the rule gives.

The rule's code is the second pool's `split.py`, run here on this folder,
so that every pool is split by the very same lines.
"""
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _rule():
    """Load ../pools2/split.py as a module and point it at this folder."""
    path = HERE.parent / "pools2" / "split.py"
    spec = importlib.util.spec_from_file_location("pools2_split", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.HERE = HERE
    return module


def run_for(folder: Path, argv: list[str]) -> int:
    """The same rule on another pool's folder: the later pools' split.py call this."""
    module = _rule()
    module.HERE = folder
    return module.main(argv)


if __name__ == "__main__":
    sys.exit(_rule().main(sys.argv[1:]))
