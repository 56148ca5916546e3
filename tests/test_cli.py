"""CLI: help texts, and a correction flowing from `review` through the overrides file."""
from __future__ import annotations

import pandas as pd
import pytest
import yaml
from tests.storeutil import corpus, invoke, run_cli

from pipeline.run import overrides as ovr
from pipeline.version import pipeline_version

ODD = "Дымовые сигналы"          # no rule or term covers it: lands in review as `other`


@pytest.fixture(autouse=True)
def _no_overrides_leak():
    """Overrides are process state (taxonomies); leave none behind for other tests."""
    yield
    ovr.apply({})


def _channel_row(out, text):
    tp = pd.read_parquet(out / "touchpoints")
    return tp[tp["touchpoint_raw"] == text].iloc[0]


def test_review_correction_flows_into_dataset(tmp_path):
    raw, out = corpus(tmp_path / "raw", seeds=(), tiny={"odd.txt": ODD}), tmp_path / "out"
    assert invoke("rebuild", "--raw", raw, "--out", out, "-q").exit_code == 0
    row = _channel_row(out, ODD)
    assert row["channel"] == "other" and row["channel_score"] < 0.9
    version_before = pd.read_parquet(out / "documents")["pipeline_version"].iloc[0]

    csv = tmp_path / "review.csv"
    assert invoke("review", "--out", out, "--csv", csv).exit_code == 0
    df = pd.read_csv(csv, dtype=str, keep_default_na=False)
    assert ODD in set(df.loc[df["field"] == "channel", "text_raw"])
    df.loc[(df["field"] == "channel") & (df["text_raw"] == ODD), "code"] = "written_mail"
    df.to_csv(csv, index=False)

    res = invoke("review", "--apply", csv, "--raw", raw)
    assert res.exit_code == 0, res.output
    assert yaml.safe_load((raw / "overrides.yaml").read_text(encoding="utf-8")) == \
        {"channel": {ODD: "written_mail"}}

    # the parse cache is on: the override must still win (it is part of the version)
    assert invoke("rebuild", "--raw", raw, "--out", out, "-q").exit_code == 0
    row = _channel_row(out, ODD)
    assert (row["channel"], row["channel_score"]) == ("written_mail", 1.0)
    assert row["point_type_expected"] == "offline"
    docs = pd.read_parquet(out / "documents")
    assert docs["pipeline_version"].iloc[0] != version_before
    assert ODD not in set(pd.read_parquet(out / "review")["text_raw"])


def test_changed_overrides_reingest_on_next_ingest(tmp_path):
    raw, out = corpus(tmp_path / "raw", seeds=(), tiny={"odd.txt": ODD}), tmp_path / "out"
    assert invoke("ingest", raw, "--raw", raw, "--out", out, "-q").exit_code == 0
    (tmp_path / "ovr.yaml").write_text(f"channel:\n  '{ODD.lower()}.': in_person\n", encoding="utf-8")
    # an explicit --overrides file; keys match after cleaning (case, punctuation)
    res = invoke("ingest", raw, "--raw", raw, "--out", out, "-q", "--overrides", tmp_path / "ovr.yaml")
    assert res.exit_code == 0 and "nothing to do" not in res.output
    assert _channel_row(out, ODD)["channel"] == "in_person"
    assert len(pd.read_parquet(out / "documents")) == 1


def test_overrides_reach_worker_processes(tmp_path):
    """Workers apply the overrides themselves (not only by inheriting the parent's state)."""
    from pipeline.run.batch import process_cached
    from pipeline.store.cache import ParseCache

    raw = corpus(tmp_path / "raw", seeds=(), tiny={"odd.txt": ODD})
    ovr.apply({})
    r = process_cached(raw / "odd.txt", raw, ParseCache(None), {"channel": {ODD: "chatbot"}})
    assert [t["channel"] for t in r.touchpoints][0] == "chatbot"
    assert r.document["pipeline_version"] == pipeline_version() and ".ovr." in pipeline_version()


@pytest.mark.parametrize("text, message", [
    ("channel:\n  Сайт: no_such_code\n", "unknown code"),
    ("colour:\n  Сайт: website\n", "unknown field"),
    ("- just a list\n", "expected a mapping"),
])
def test_bad_overrides_are_bad_usage(tmp_path, text, message):
    raw, out = corpus(tmp_path / "raw", seeds=(), tiny={"odd.txt": ODD}), tmp_path / "out"
    (raw / "overrides.yaml").write_text(text, encoding="utf-8")
    res = run_cli("rebuild", "--raw", raw, "--out", out)
    assert res.returncode == 2 and message in res.stderr
    assert not out.exists()


def test_apply_rejects_unknown_codes(tmp_path):
    csv = tmp_path / "r.csv"
    pd.DataFrame([{"table": "touchpoints", "field": "channel", "text_raw": ODD, "code": "pigeons"}]).to_csv(
        csv, index=False)
    res = run_cli("review", "--apply", csv, "--raw", tmp_path)
    assert res.returncode == 2 and "unknown code" in res.stderr
    assert not (tmp_path / "overrides.yaml").exists()


@pytest.mark.parametrize("command, words", [
    ("ingest", ["--overrides", "--executor", "--scheduler", "--timeout", "--json"]),
    ("rebuild", ["--overrides", "--executor", "--scheduler", "--workers", "--no-cache"]),
    ("review", ["--csv", "--apply", "--overrides"]),
])
def test_help_mentions_options(command, words):
    res = invoke(command, "--help")
    assert res.exit_code == 0
    for w in words:
        assert w in res.output
