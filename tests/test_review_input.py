"""The analyst's frictions: review text and CSV with labels, labels typed for codes,
near misses answered with a suggestion, DuckDB's hints kept, `label -t` singular or plural."""
from __future__ import annotations

import pandas as pd
import pytest
import yaml

from pipeline.analyst.labels import labels_rows
from pipeline.analyst.code_input import CodeInputError, resolve
from pipeline.analyst.query import QueryError, connect, run
from pipeline.run import overrides as ovr
from tests.storeutil import corpus, invoke

ODD = "Дымовые сигналы и световые знаки с высокой башни, которые подаются по утрам в праздничные дни"


@pytest.fixture(autouse=True)
def _no_overrides_leak():
    yield
    ovr.apply({})


@pytest.mark.parametrize("typed, code", [("website", "website"), ("Официальный сайт", "website"),
                                         ("  официальный   САЙТ ", "website"), ("MFC", "mfc")])
def test_a_code_or_its_label_is_accepted(typed, code):
    assert resolve("channel", typed) == code


def test_a_near_miss_is_refused_with_the_closest_suggested():
    with pytest.raises(CodeInputError, match=r"did you mean information \(Получение информации\)"):
        resolve("needs", "informaton")
    with pytest.raises(CodeInputError, match="label -t channel"):
        resolve("channel", "12345")


@pytest.fixture
def odd_dataset(tmp_path):
    raw, out = corpus(tmp_path / "raw", seeds=(), tiny={"odd.txt": ODD}), tmp_path / "out"
    assert invoke("rebuild", "--raw", raw, "--out", out, "-q", "--no-cache").exit_code == 0
    return raw, out


def test_review_text_has_a_header_and_the_whole_phrase(odd_dataset):
    raw, out = odd_dataset
    res = invoke("review", "--out", out, "--raw", raw)
    lines = res.output.splitlines()
    assert lines[0].split()[:3] == ["count", "field", "score"]
    assert f"«{ODD}»" in res.output and len(ODD) > 70


def test_review_csv_with_labels_and_semicolons_then_a_label_applied(odd_dataset, tmp_path):
    raw, out = odd_dataset
    csv = tmp_path / "review.csv"
    assert invoke("review", "--out", out, "--csv", csv, "--sep", ";").exit_code == 0
    data = csv.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data.split(b"\n")[0].count(b";") >= 8
    df = pd.read_csv(csv, sep=";", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert "best_label" in df.columns
    row = df[(df.field == "channel") & (df.text_raw == ODD)]
    labels = {r["code"]: r["label_ru"] for r in labels_rows() if r["taxonomy"] == "channel"}
    assert row.best_label.iloc[0] == labels[row.best_code.iloc[0]]
    df.loc[row.index, "code"] = "письменное взаимодействие, почтовая связь"      # the label, not the code
    df.to_csv(csv, index=False, sep=";", encoding="utf-8-sig")
    res = invoke("review", "--apply", csv, "--raw", raw)
    assert res.exit_code == 0, res.output
    assert yaml.safe_load((raw / "overrides.yaml").read_text(encoding="utf-8")) == {"channel": {ODD: "written_mail"}}


def test_a_misspelt_code_in_the_csv_names_its_line_and_a_suggestion(odd_dataset, tmp_path):
    raw, _ = odd_dataset
    csv = tmp_path / "r.csv"
    pd.DataFrame([{"table": "touchpoints", "field": "channel", "text_raw": ODD, "code": "writen_mail"}]).to_csv(
        csv, index=False)
    res = invoke("review", "--apply", csv, "--raw", raw)
    assert res.exit_code == 2 and "line 2" in res.output and "did you mean written_mail" in res.output
    assert not (raw / "overrides.yaml").exists()


def test_duckdb_hints_are_kept(odd_dataset):
    _, out = odd_dataset
    with pytest.raises(QueryError, match='Did you mean "touchpoints"'):
        run(connect(out), "select * from touchpoint")
    with pytest.raises(QueryError, match='Candidate bindings: "channel"'):
        run(connect(out), "select chanel from touchpoints")


def test_label_taxonomy_singular_or_plural():
    assert invoke("label", "-t", "need").output == invoke("label", "-t", "needs").output
    assert invoke("label", "-t", "channels").output == invoke("label", "-t", "channel").output
    assert invoke("label", "-t", "colours").exit_code == 2
