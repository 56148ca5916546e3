"""benchmarks/bench_ingest_memory.py measures SYNTHETIC datasets (generated, not parsed):
every line it prints with a figure says so, so that a line quoted alone — a step's peak
in a report — is not read as a real dataset's."""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import bench_ingest_memory  # noqa: E402


def test_every_figure_printed_is_labelled_synthetic(capsys):
    mb = 2 ** 20
    marks = [["start", 100 * mb, 90 * mb, 0, 0], ["look-up", 120 * mb, 95 * mb, 3 * mb, 0],
             ["review", 150 * mb, 99 * mb, 16 * mb, 7 * mb]]
    peak = bench_ingest_memory.report("this", 8000, {"marks": marks, "top": ["   12.0 MB review.py:99"]})
    assert peak == 150
    lines = [x for x in capsys.readouterr().out.splitlines() if re.search(r"\d", x)]
    assert len(lines) == 4                      # the header, two steps, the top line
    assert all("SYNTHETIC" in x for x in lines), lines


def test_the_generated_datasets_line_says_synthetic(tmp_path, capsys, monkeypatch):
    """The line bench_ingest_scale._generated prints (times and a peak) before
    bench_ingest_memory's own figures: SYNTHETIC too."""
    from types import SimpleNamespace

    import bench_ingest_scale
    import pipeline.store

    class _Store:                            # the derive over the generated rows: not this test's
        def __init__(self, out):
            pass

        def init(self):
            pass

        def refresh(self):
            pass

    monkeypatch.setattr(bench_ingest_scale, "seeds_dataset", lambda folder: None)
    monkeypatch.setattr(bench_ingest_scale, "generate", lambda *a: None)
    monkeypatch.setattr(pipeline.store, "Store", _Store)
    bench_ingest_scale._generated(SimpleNamespace(docs=400, data=None, group=0, bodies=340), tmp_path,
                                  tmp_path / "first")
    out = capsys.readouterr().out
    assert re.search(r"\d+ MB", out) and "SYNTHETIC" in out, out
