"""The warm-up parsed before workers fork must exercise what it claims to load."""
from __future__ import annotations

from pipeline.run import preload
from pipeline.run.process import process_path


def test_samples_reach_every_stage(tmp_path):
    kinds = {}
    for i, text in enumerate((preload._TOUCHPOINTS, preload._ROADMAP)):
        path = tmp_path / f"s{i}.txt"
        path.write_text(text, encoding="utf-8")
        r = process_path(path, tmp_path)
        assert r.document["status"] == "ok" and not r.document["warnings"], r.document
        kinds[i] = r
    assert [t["channel"] for t in kinds[0].touchpoints] == ["website", "phone"]      # taxonomies, morphology
    row = kinds[1].roadmap[0]
    assert row["responsible_names"] == ["Иванов И.И."]                                 # names (NER/shapes)
    assert str(row["deadline"]) == "2024-03-01"                                       # deadline grammar


def test_warm_up_runs_once_and_never_raises(monkeypatch):
    calls = []
    monkeypatch.setattr(preload, "_done", False)
    monkeypatch.setattr("pipeline.run.process.process_path", lambda *a: calls.append(a) or 1 / 0)
    preload.warm_up()
    preload.warm_up()
    assert len(calls) == 1                      # the first sample raised: swallowed, not retried


def test_warm_up_collects_no_garbage_while_the_models_load(monkeypatch):
    import gc

    seen = []
    monkeypatch.setattr(preload, "_done", False)
    monkeypatch.setattr("pipeline.run.process.process_path", lambda *a: seen.append(gc.isenabled()))
    assert gc.isenabled()
    preload.warm_up()
    assert seen == [False, False, False] and gc.isenabled()    # paused for the samples, back on after
    monkeypatch.setattr(preload, "_done", False)
    gc.disable()
    try:
        preload.warm_up()
        assert not gc.isenabled()                                # a caller's own pause is left as it was
    finally:
        gc.enable()


def test_warm_up_turns_the_collector_back_on_when_a_sample_fails(monkeypatch):
    import gc

    import pytest

    def fail(*a):
        raise KeyboardInterrupt                 # not swallowed as an Exception is: it passes through
    monkeypatch.setattr(preload, "_done", False)
    monkeypatch.setattr("pipeline.run.process.process_path", fail)
    with pytest.raises(KeyboardInterrupt):
        preload.warm_up()
    assert gc.isenabled()
    monkeypatch.setattr(preload, "_done", False)
    monkeypatch.setattr("pipeline.run.process.process_path", lambda *a: 1 / 0)
    preload.warm_up()                           # swallowed
    assert gc.isenabled()
