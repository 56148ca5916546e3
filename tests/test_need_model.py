"""The needs' learned second opinion (normalizers/need_model.py), its hook in the reader
(normalizers/need_model_hook.py) and its fit script (benchmarks/fit_need_model.py)."""
from __future__ import annotations

import math
import os
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from normalizers import need_model, need_model_hook
from normalizers.matcher import REVIEW, Match, taxonomy
from textcore.vocab import VocabularyError

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def hook_on(monkeypatch):
    """The hook as the pipeline runs it (tests/conftest.py turns the scoring steps off)."""
    monkeypatch.setattr(need_model_hook, "ACTIVE", [True])


def test_the_shipped_model_gives_a_distribution_over_the_need_codes():
    m = need_model.model()
    assert m is not None and set(m.codes) == set(taxonomy("needs").codes)
    p = m.probs("Получение информации о порядке предоставления услуги")
    assert math.isclose(sum(p.values()), 1.0, abs_tol=1e-6) and min(p.values()) >= 0
    assert max(p, key=p.get) == "information"


def test_a_clause_of_unknown_words_gives_no_false_certainty():
    m = need_model.model()
    text = "кварбулы зденчик фрумпстова"
    assert not any(b in set(m.keys.tolist()) for b in need_model.hashed(text))   # no bucket of them kept
    p = m.probs(text)
    assert max(p.values()) < 0.6, p
    # a known need is far surer than that
    assert max(m.probs("Подача заявления на получение услуги").values()) > max(p.values())


def test_the_hook_sends_a_contradicted_sure_need_to_review(hook_on):
    text = "Получение информации о порядке предоставления услуги"
    wrong = Match("feedback", 0.95, "grammar:table", text)
    right = Match("information", 0.95, "grammar:table", text)
    assert need_model_hook.prob("feedback", text) < dict(need_model.model().settings)["contradict_below"]
    out = need_model_hook.weigh((text,), [wrong, right])
    assert out[0].score < REVIEW and out[0].method.endswith("+model") and out[0].code == "feedback"
    assert out[1] == right                                           # agreeing: left as it is
    assert need_model_hook.agrees(right) == "1" and need_model_hook.agrees(wrong) == "0"


def test_the_hook_never_raises_a_score_nor_overrules_an_analyst(hook_on):
    text = "Получение информации о порядке предоставления услуги"
    doubted = Match("information", 0.6, "grammar:table+shared", text)       # a doubt rule lowered it
    override = Match("feedback", 1.0, "override", text)
    assert need_model_hook.weigh((text,), [doubted, override]) == [doubted, override]


def test_the_hook_off_leaves_the_reading_alone(monkeypatch):
    monkeypatch.setattr(need_model_hook, "ACTIVE", [False])
    text = "Получение информации о порядке предоставления услуги"
    wrong = Match("feedback", 0.95, "grammar:table", text)
    assert need_model_hook.weigh((text,), [wrong]) == [wrong] and need_model_hook.agrees(wrong) == "-"


POOL = """phrase\tcodes
Получение информации о порядке предоставления услуги\tinformation
Узнать часы работы учреждения\tinformation
Подача заявления на получение пособия\tsubmission
Подать жалобу на действия сотрудника\tfeedback
Получение консультации специалиста\tconsultation
Скачать бланк заявления\tforms
Получение результата предоставления услуги\tresult
Узнать статус рассмотрения заявления\tstatus
"""


def test_the_fit_script_runs_on_a_tiny_pool_and_writes_the_same_bytes_twice(tmp_path):
    (tmp_path / "tiny" / "tune").mkdir(parents=True)
    (tmp_path / "tiny" / "tune" / "needs.tsv").write_text(POOL, encoding="utf-8")
    outs = [tmp_path / "a.npz", tmp_path / "b.npz"]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for out in outs:
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "fit_need_model.py"), "--pools",
                        str(tmp_path / "tiny"), "--no-dev", "--no-lowo", "--iters", "30", "--out", str(out)],
                       check=True, cwd=ROOT, env=env, capture_output=True)
    assert outs[0].read_bytes() == outs[1].read_bytes()
    # nor a day's: the header names no date (the cache key hashes the file's bytes)
    with np.load(outs[0], allow_pickle=False) as f:
        meta = str(f["meta"].item())
    assert "fit_need_model.py" in meta and not re.search(r"\d{4}-\d\d-\d\d", meta)
    m = need_model.load(outs[0])
    assert set(m.codes) == set(taxonomy("needs").codes) and len(m.keys) > 0
    p = m.probs("Подача заявления на получение пособия")
    assert max(p, key=p.get) == "submission"


SETTINGS = {"swap_top": 0.5, "swap_below": 0.05, "swap_sure": 0.0, "contradict_below": 0.3, "fill": 0.0}
DIST = {"information": 0.9, "feedback": 0.01, "status": 0.04, "result": 0.05}


def test_a_guess_the_model_strongly_contradicts_takes_its_code_and_stays_in_review():
    guess = Match("feedback", 0.6, "fuzzy", "p")
    [got] = need_model_hook.say(("p",), [guess], lambda t: DIST, SETTINGS)
    assert (got.code, got.method, got.alternatives) == ("information", "fuzzy+model:swap", ("feedback",))
    assert got.score <= guess.score < REVIEW


def test_a_sure_need_is_swapped_only_where_the_fit_chose_so_else_sent_to_review():
    sure = Match("feedback", 0.95, "grammar:table", "p")
    [kept] = need_model_hook.say(("p",), [sure], lambda t: DIST, SETTINGS)
    assert (kept.code, kept.score, kept.method) == ("feedback", need_model_hook.CONTRADICTED, "grammar:table+model")
    [swapped] = need_model_hook.say(("p",), [sure], lambda t: DIST, dict(SETTINGS, swap_sure=1.0))
    assert swapped.code == "information" and swapped.score < REVIEW


def test_no_swap_to_a_code_the_cell_already_has_and_none_where_the_model_is_unsure():
    cell = [Match("information", 0.95, "grammar:table", "a"), Match("feedback", 0.6, "fuzzy", "p")]
    assert [m.code for m in need_model_hook.say(("a", "p"), cell, lambda t: DIST, SETTINGS)] == ["information", "feedback"]
    flat = {"information": 0.4, "feedback": 0.01, "result": 0.59}
    guess = Match("feedback", 0.6, "fuzzy", "p")
    assert need_model_hook.say(("p",), [guess], lambda t: dict(flat, result=0.3, status=0.29), SETTINGS) == [guess]


def test_the_writers_are_listed_never_globbed_so_a_closed_pool_stays_out(tmp_path, monkeypatch):
    """A pool merged closed for a blind measure (its tune half included) sits in the same folder as the
    writers: the fit reads the listed writers only (fresh_need_signatures.NAMES, one list for both scripts)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import fit_need_model
    from fresh_need_signatures import NAMES
    import fit_need_calibration
    names = [p.name for p in fit_need_model.pool_dirs()]
    assert names == list(NAMES) == list(fit_need_calibration.POOL_NAMES)
    assert all((fit_need_model.BED / n / "tune" / "needs.tsv").is_file() for n in names)
    # a bed holding one listed writer and one closed pool beside it: only the listed one is read
    for n in ("pools", "poolsclosed"):
        (tmp_path / n / "tune").mkdir(parents=True)
        (tmp_path / n / "tune" / "needs.tsv").write_text("phrase\tneeds\n", encoding="utf-8")
    monkeypatch.setattr(fit_need_model, "BED", tmp_path)
    monkeypatch.setattr(fit_need_model, "NAMES", ("pools",))
    assert [p.name for p in fit_need_model.pool_dirs()] == ["pools"]
    # a listed writer whose tune half is missing is a clear stop, never a smaller fit
    monkeypatch.setattr(fit_need_model, "NAMES", ("pools", "pools99"))
    with pytest.raises(SystemExit, match="pools99"):
        fit_need_model.pool_dirs()


@pytest.fixture
def shipped(monkeypatch):
    """need_model.MODEL pointed elsewhere; the once-per-process cache forgotten before and after."""
    need_model.model.cache_clear()
    need_model.clause_probs.cache_clear()
    yield lambda path: monkeypatch.setattr(need_model, "MODEL", path)
    need_model.model.cache_clear()
    need_model.clause_probs.cache_clear()


@pytest.mark.parametrize("spoil", [lambda b: b"not a zip at all", lambda b: b[: len(b) // 2]])
def test_a_corrupt_model_file_is_a_clear_error_naming_it(tmp_path, shipped, spoil):
    bad = tmp_path / "need_model.npz"
    bad.write_bytes(spoil(need_model.MODEL.read_bytes()))
    shipped(bad)
    with pytest.raises(VocabularyError, match="need_model.npz.*fit_need_model"):
        need_model.model()


def test_a_model_of_other_codes_than_the_taxonomys_is_refused(tmp_path, shipped):
    """A code it never learnt it would give 0, and so swap away every reading of it: refit first."""
    m = need_model.load(need_model.MODEL)
    keep = [i for i, c in enumerate(m.codes) if c != "feedback"]
    fewer = replace(m, codes=tuple(m.codes[i] for i in keep), sparse=m.sparse[:, keep], dense=m.dense[:, keep],
                    bias=m.bias[keep])
    need_model.save(tmp_path / "need_model.npz", fewer, "test")
    shipped(tmp_path / "need_model.npz")
    with pytest.raises(VocabularyError, match=r"missing \['feedback'\]"):
        need_model.model()


def test_a_missing_model_file_means_no_opinion(tmp_path, shipped, hook_on):
    shipped(tmp_path / "absent.npz")
    sure = Match("feedback", 0.95, "grammar:table", "Получение информации о порядке предоставления услуги")
    assert need_model.model() is None and need_model_hook.weigh((sure.text,), [sure]) == [sure]
    assert need_model_hook.agrees(sure) == "-"


def test_the_model_file_ships_with_the_package():
    """pyproject's package-data names the .npz beside the YAML files (an installed package finds it by
    need_model.MODEL, a path beside the module)."""
    import tomllib
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = data["tool"]["setuptools"]["package-data"]["normalizers"]
    rel = need_model.MODEL.relative_to(ROOT / "normalizers").as_posix()
    assert any(Path(rel).match(g) for g in globs)


def test_a_sure_reading_of_a_listed_object_is_sent_to_review_never_swapped():
    """«Получение сведений о льготах»: the grammar reads information with an object its vocabulary lists.
    A model that says `result` (as it may of any «получение …») sends it to review, keeping the code; a
    sure reading with no listed object ("p") is still swapped where the fit chose so."""
    text = "Получение сведений о льготах"
    listed = Match("information", 0.95, "grammar:table", text)
    says_result = {"result": 0.9, "information": 0.02, "status": 0.08}
    settings = dict(SETTINGS, swap_sure=1.0)
    [kept] = need_model_hook.say((text,), [listed], lambda t: says_result, settings)
    assert (kept.code, kept.score, kept.method) == ("information", need_model_hook.CONTRADICTED, "grammar:table+model")
    [swapped] = need_model_hook.say(("p",), [replace(listed, text="p")], lambda t: says_result, settings)
    assert swapped.code == "result" and swapped.method == "grammar:table+model:swap"
    # a guess of a listed object is still the model's to swap: it is in review either way
    guess = replace(listed, score=0.6)
    assert need_model_hook.say((text,), [guess], lambda t: says_result, settings)[0].code == "result"


def _lowo_file(folder: Path, writer: str, meta: str) -> None:
    m = need_model.load(need_model.MODEL)
    folder.mkdir(exist_ok=True)
    need_model.save(folder / f"{writer}.npz", m, meta)


def test_a_fresh_reading_takes_its_model_level_only_from_a_model_fitted_without_its_writer(tmp_path):
    """fresh_need_signatures.with_model: the LOWO model's header names the writers it was fitted on; one
    that names the scored writer (or none: an older fit) stops the run — never a flattered `model` level."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import json
    import fresh_need_signatures as fresh
    text = "Получение сведений о льготах"
    line = json.dumps({"writer": "poolsX", "commit": "0", "score": 0.95, "ok": True, "codes": ["information"],
                       "sigs": [["none", "information", "table", "0", "1p1c", "1"]], "gold": ["information"],
                       "scores": [0.95], "methods": ["grammar:table"], "texts": [text], "phrases": [text]})
    for meta in (f"lowo without poolsX\n{fresh.FITTED_ON}pools, poolsX, eval:dev", "lowo without poolsX"):
        fresh._MODELS.clear()
        _lowo_file(tmp_path / "bad", "poolsX", meta)
        with pytest.raises(SystemExit, match="poolsX.npz"):
            fresh.with_model(line, tmp_path / "bad")
    fresh._MODELS.clear()
    _lowo_file(tmp_path / "good", "poolsX", f"lowo without poolsX\n{fresh.FITTED_ON}pools, pools2, eval:dev")
    got = json.loads(fresh.with_model(line, tmp_path / "good"))
    assert got["sigs"][0][1] in ("0", "1") and "texts" not in got
    fresh._MODELS.clear()
