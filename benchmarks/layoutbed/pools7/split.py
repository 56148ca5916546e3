"""Split the seventh pool's combined files into tune/ and test/ halves.

Rule fixed before any phrase was written: a data line goes to test/ when
crc32 of its first field (UTF-8) is odd, else to tune/; a `#` comment line
travels with the data line after it. `--check` exits 1 when a half on disk
differs from what the rule gives.

So that every pool is split by the very same lines, this runs the fourth
pool's split.py (itself the second pool's code) pointed at this folder.
"""
import importlib.util
import sys
from pathlib import Path

FOLDER = Path(__file__).resolve().parent

if __name__ == "__main__":
    spec = importlib.util.spec_from_file_location(
        "pools4_split", FOLDER.parent / "pools4" / "split.py")
    pools4 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(pools4)
    pools4.HERE = FOLDER  # its _rule() hands HERE on to the rule's code
    sys.exit(pools4._rule().main(sys.argv[1:]))
