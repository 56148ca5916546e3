"""The needs' calibration step (normalizers/need_calibration.py), its signatures, its data file
and its fit script (benchmarks/fit_need_calibration.py) on a tiny hand-made set of readings."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from normalizers import match_needs, need_calibration
from normalizers.matcher import REVIEW, Match
from normalizers.need_calibration import CALIBRATED, Calibration, calibrated
from normalizers.need_signature import LEVELS, bucket_keys, path_of, signature, with_model
from textcore.vocab import load_yaml

ROOT = Path(__file__).resolve().parent.parent
SURE = with_model(("same", "information", "table", "0", "1p1c", "1"), "1")
UNSURE = with_model(("other", "result", "default", "2", "1p1c", "0"), "0")
# hand-built rates: every reading right 0.985; those the keyword rules read otherwise 0.8, but a
# finer bucket of them (the learned model agreeing, the code `consultation`) right 0.995; those the
# keyword rules read alike but the model does not 0.9
TABLE = Calibration(0.97, {"": 0.985, "shared=other": 0.8, "shared=other|model=1|code=consultation": 0.995,
                           "shared=same|model=0": 0.9})


@pytest.fixture(autouse=True)
def step_on(monkeypatch):
    """The step on here (tests/conftest.py turns it off for the other tests)."""
    monkeypatch.setattr(need_calibration, "ACTIVE", [True])


@pytest.fixture
def hand_signatures(monkeypatch):
    """calibrated() sees the signatures a test gives, in the order of the matches."""
    given: list[tuple[str, ...]] = []
    monkeypatch.setattr(need_calibration, "signatures", lambda phrases, matches: list(given))
    return given


def test_a_bucket_under_the_bar_lowers_a_sure_need(hand_signatures):
    hand_signatures[:] = [UNSURE]
    got = calibrated(("p",), [Match("result", 0.95, "grammar:default", "p")], TABLE)
    assert [(m.code, m.score, m.method) for m in got] == [("result", CALIBRATED, "grammar:default+calibrated")]
    assert got[0].needs_review


def test_a_sure_bucket_keeps_its_score(hand_signatures):
    hand_signatures[:] = [SURE]
    m = Match("information", 0.95, "grammar:table", "p")
    assert calibrated(("p",), [m], TABLE) == [m]


def test_a_finer_bucket_decides_over_its_coarser_one_and_a_missing_one_falls_back():
    assert TABLE.rate(with_model(("other", "consultation", "table", "0", "1p1c", "1"), "1")) == 0.995
    assert not TABLE.doubts(with_model(("other", "consultation", "table", "0", "1p1c", "1"), "1"))
    # the model's disagreement is a bucket of its own: shared=other alone decides
    assert TABLE.rate(with_model(("other", "consultation", "table", "0", "1p1c", "1"), "0")) == 0.8
    assert TABLE.rate(with_model(("other", "status", "table", "0", "1p1c", "1"), "1")) == 0.8   # no bucket of status
    assert TABLE.rate(with_model(("none", "status", "table", "0", "1p1c", "1"), "1")) == 0.985  # nothing finer: every reading
    # the keyword rules agreeing, the model not: doubted; with no model ("-") every reading's rate
    assert TABLE.doubts(with_model(SURE[:1] + SURE[2:], "0"))
    assert TABLE.rate(with_model(SURE[:1] + SURE[2:], "-")) == 0.985


def test_a_doubted_score_is_never_raised(hand_signatures):
    hand_signatures[:] = [UNSURE, SURE]
    low = [Match("result", 0.6, "grammar:default+bare", "p"), Match("information", 0.84, "grammar:table+asked", "p")]
    assert calibrated(("p",), low, TABLE) == low
    # a cell with one sure need: only that one is judged, the doubted one stays as it was
    hand_signatures[:] = [UNSURE, UNSURE]
    mixed = [Match("result", 0.6, "grammar:default", "p"), Match("status", 0.9, "grammar:table", "p")]
    assert [m.score for m in calibrated(("p",), mixed, TABLE)] == [0.6, CALIBRATED]


def test_an_override_is_never_lowered(hand_signatures):
    # also as a phrase read in context marks it (needs._in_context: "+back"; need_story: its own notes)
    for method in ("override", "override+back"):
        hand_signatures[:] = [UNSURE]
        m = Match("result", 1.0, method, "p")
        assert calibrated(("p",), [m], TABLE) == [m]
    hand_signatures[:] = [UNSURE]
    assert calibrated(("p",), [Match("result", 1.0, "overridden", "p")], TABLE)[0].score == CALIBRATED


def test_the_environment_turns_the_step_off():
    code = "from normalizers import need_calibration as c; print(c.ACTIVE[0])"
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    got = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env | extra).stdout.strip()
           for extra in ({}, {"TOUCHPOINTS_NEED_CALIBRATION": "off"})]
    assert got == ["True", "False"]


def test_the_step_can_be_turned_off_for_the_fit(hand_signatures, monkeypatch):
    hand_signatures[:] = [UNSURE]
    monkeypatch.setattr(need_calibration, "ACTIVE", [False])
    m = Match("result", 0.95, "grammar:default", "p")
    assert calibrated(("p",), [m], TABLE) == [m]


def test_signature_names_how_a_need_was_read_not_its_words():
    assert path_of("grammar:table?+before+bare") == "table?"
    assert path_of("exact") == "exact"
    # "Получение информации о порядке": the information code's own words (its keyword rules read the
    # same code), every word known, the grammar read it with a listed object; in a cell of 2 phrases, 3 codes
    m = Match("information", 0.95, "grammar:table", "Получение информации о порядке")
    assert signature(m, 2, 3) == ("same", "information", "table", "0", "npnc", "1")
    values = with_model(signature(m, 2, 3), "1")           # the learned model gives the code too
    assert signature(m, 1, 1)[4] == "1p1c" and signature(m, 1, 2)[4] == "1pnc"
    assert signature(Match("information", 0.9, "rule", m.text), 1, 1)[5] == "-"       # not the grammar's reading
    assert signature(Match("result", 0.9, "grammar:default", m.text), 1, 1)[0::5] == ("other", "0")
    assert bucket_keys(values) == ["", "shared=same", "shared=same|model=1", "shared=same|model=1|code=information",
                                   "shared=same|model=1|code=information|path=table",
                                   "shared=same|model=1|code=information|path=table|unknown=0",
                                   "shared=same|model=1|code=information|path=table|unknown=0|cell=npnc",
                                   "shared=same|model=1|code=information|path=table|unknown=0|cell=npnc|obj=1"]


@pytest.mark.parametrize("cell", ["Получение информации о ходе рассмотрения заявления",
                                  "сообщить о поломке и предложить изменения",
                                  "Получение информации о порядке подачи заявления; Получение результата"])
def test_the_step_never_changes_codes(cell, monkeypatch):
    """With a table that doubts every reading, the step lowers each sure need of both readers of a
    cell (match_needs, and need_phrase_matches, which the dataset's rows take) and changes no code."""
    from normalizers.needs import need_phrase_matches
    monkeypatch.setattr(need_calibration, "calibration", lambda: Calibration(0.99, {"": 0.5}))
    for read in (match_needs, need_phrase_matches):
        on = read(cell)
        monkeypatch.setattr(need_calibration, "ACTIVE", [False])
        off = read(cell)
        monkeypatch.setattr(need_calibration, "ACTIVE", [True])
        assert [m.code for m in on] == [m.code for m in off]
        assert any(m.score >= REVIEW for m in off), "no sure need: nothing to calibrate"
        for a, b in zip(on, off):
            sure = b.score >= REVIEW and b.method != "override"
            assert (a.score, a.method) == ((CALIBRATED, b.method + "+calibrated") if sure else (b.score, b.method))


def test_the_data_file_loads_and_its_header_names_its_fit():
    path = ROOT / "normalizers" / "data" / "need_calibration.yaml"
    head = path.read_text(encoding="utf-8").split("\nbar:")[0]
    assert "benchmarks/fit_need_calibration.py" in head and "fresh_need_signatures.py" in head
    assert "leave-one-writer-out" in head.lower() and "pools13" in head
    data = load_yaml(path, ("bar", "buckets"))
    table = need_calibration.calibration()
    assert 0.5 < table.bar < 1 and table.rates
    for key, stats in data["buckets"].items():
        assert [part.split("=")[0] for part in key.split("|") if part] == list(LEVELS[:key.count("|") + bool(key)])
        assert stats["right"] <= stats["n"] and 0 <= stats["rate"] <= 1


def _fresh_line(writer: str, score: float, ok: bool, shared: str) -> str:
    return json.dumps({"writer": writer, "commit": "0", "score": score, "ok": ok, "codes": ["result"],
                       "sigs": [[shared, "-", "result", "table", "0", "1p1c", "1"]]})


def test_the_fit_script_runs_on_a_tiny_pool(tmp_path):
    # three writers; readings the keyword rules read otherwise are wrong one time in two, the others right
    lines = [_fresh_line(w, 0.95, i % 2 == 0, "other") for w in ("a", "b", "c") for i in range(12)]
    lines += [_fresh_line(w, 0.95, True, "same") for w in ("a", "b", "c") for _ in range(20)]
    lines += [_fresh_line("a", 0.7, False, "same")]                   # already in review: not counted
    fresh = tmp_path / "fresh.jsonl"
    fresh.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "table.yaml"
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "fit_need_calibration.py"), "--fresh", str(fresh),
                          "--no-today", "--out", str(out)], capture_output=True, text=True, cwd=ROOT,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stderr
    assert "leave-one-writer-out over 3 writers" in run.stdout
    # each writer calibrated by the other two: only its right readings stay sure
    assert "all: before right among >= 0.85 0.812 (78/96), sure 0.990; after right among >= 0.85 1.000 (60/60), sure 0.619" \
        in run.stdout
    data = load_yaml(out, ("bar", "buckets"))
    assert data["buckets"]["shared=other"]["n"] == 36 and data["buckets"]["shared=other"]["right"] == 18
    table = Calibration(data["bar"], {k: v["rate"] for k, v in data["buckets"].items()})
    assert table.doubts(("other", "result", "table", "0", "1p1c", "1"))
    assert not table.doubts(("same", "result", "table", "0", "1p1c", "1"))


def test_fresh_readings_are_read_with_the_calibration_off():
    """A pool landed after the calibration step (pools15 on 32a12d8) would otherwise be read with the old
    table already lowering its doubtful cells: its sure cells would be the table's, not the reading's."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import fresh_need_signatures
    finally:
        sys.path.pop(0)
    env = fresh_need_signatures.worker_env("/tmp/x")
    assert env["TOUCHPOINTS_NEED_CALIBRATION"] == "off" and env["PYTHONPATH"] == "/tmp/x"
