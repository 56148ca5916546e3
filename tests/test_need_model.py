"""The needs' learned second opinion (normalizers/need_model.py), its hook in the reader
(normalizers/need_model_hook.py) and its fit script (benchmarks/fit_need_model.py)."""
from __future__ import annotations

import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from normalizers import need_model, need_model_hook
from normalizers.matcher import REVIEW, Match, taxonomy

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
