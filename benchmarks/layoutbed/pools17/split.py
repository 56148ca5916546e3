"""Split the seventeenth pool's combined files into tune/ and test/ halves (`--check`: only compare)
by the rule fixed before any phrase was written, the second pool's code, via pools4/split.py `run_for`."""
import runpy, sys
from pathlib import Path
if __name__ == "__main__":
    HERE = Path(__file__).resolve().parent
    sys.exit(runpy.run_path(str(HERE.parent / "pools4" / "split.py"))["run_for"](HERE, sys.argv[1:]))
