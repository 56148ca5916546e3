"""Bodies of real published orders (tests/data/real_bodies/) and the procedure-list forms they use.

The tune half is checked against its golden (written by reading the text); the held-out half only
for its form (it is run for aggregate figures, benchmarks/eval_real_bodies.py).  The fixtures below
are composed in the forms real orders print: an inline list of needs named by the client's action,
an item an amendment repealed as a legal database prints it in its place.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from benchmarks.eval_real_bodies import CORPUS, _norm
from pipeline.run.process import process_path

SEED_REGIONS = ("Кузбасс", "Курская", "Новосибирская", "Калининградская")


def _stems(half: str) -> list[Path]:
    return sorted((CORPUS / half).glob("*.txt"))


def _items(path: Path) -> tuple[list, list]:
    res = process_path(path)
    return sorted(res.document["kinds"]), [(r["list_kind"], _norm(r["text_raw"]), r["code"])
                                           for r in res.procedure_items]


def test_halves_split_by_region_without_the_seeds_regions():
    regions = {}
    for half in ("tune", "heldout"):
        for txt in _stems(half):
            meta = yaml.safe_load(txt.with_suffix(".source.yaml").read_text(encoding="utf-8"))
            assert meta["url"].startswith("http") and meta["part"]
            assert txt.with_suffix(".golden.yaml").exists()
            regions.setdefault(meta["region"], set()).add(half)
    assert all(len(halves) == 1 for halves in regions.values()), regions
    assert not [r for r in regions if any(s in r for s in SEED_REGIONS)]
    assert len(regions) >= 4


@pytest.mark.parametrize("txt", _stems("tune"), ids=lambda p: p.stem)
def test_tune_half_reads_as_its_golden(txt):
    gold = yaml.safe_load(txt.with_suffix(".golden.yaml").read_text(encoding="utf-8"))
    kinds, items = _items(txt)
    assert kinds == sorted(gold["kinds"])
    assert sorted(items) == sorted((i["kind"], _norm(i["text"]), i["code"]) for i in gold["procedure_items"])


HEAD = "Порядок\nведения перечня точек взаимодействия с клиентом\n1. Общие положения\n"


def _read(tmp_path, body: str) -> list[tuple]:
    path = tmp_path / "order.txt"
    path.write_text(HEAD + body, encoding="utf-8")
    return [(r["list_kind"], r["ordinal"], r["text_raw"], r["code"]) for r in process_path(path).procedure_items]


def test_inline_needs_named_by_the_clients_action(tmp_path):
    got = _read(tmp_path, "2.4. Для каждой точки указываются потребности клиентов: узнать о мерах поддержки, "
                          "проконсультироваться по заполнению заявки, направить заявку, узнать, на каком этапе "
                          "рассмотрение, получить уведомление о решении.\n")
    assert [(k, t) for k, _, t, _ in got] == [
        ("need", "узнать о мерах поддержки"), ("need", "проконсультироваться по заполнению заявки"),
        ("need", "направить заявку"), ("need", "узнать, на каком этапе рассмотрение"),
        ("need", "получить уведомление о решении")]
    assert [c for *_, c in got][:3] == ["information", "consultation", "submission"]


def test_inline_prose_after_a_needs_colon_is_no_list(tmp_path):
    # finite verbs open its clauses: no names, no action the client wants
    assert _read(tmp_path, "2.4. Потребности клиентов: определяются по итогам опросов, уточняются "
                           "ежегодно.\n") == []


def test_repealed_item_keeps_its_place_but_is_no_item(tmp_path):
    got = _read(tmp_path, "2.3. Перечень ведется по следующим направлениям деятельности:\n"
                          "а) предоставление мер социальной поддержки;\n"
                          "б) утратил силу с 1 марта 2025 г. - Приказ Министерства от 14 февраля 2025 г. N 31;\n"
                          "в) рассмотрение обращений граждан;\n"
                          "г) исключен.\n")
    assert [(k, o, c) for k, o, _, c in got] == [("direction", "а", "support_measures"),
                                                 ("direction", "в", "appeals")]


def test_the_information_a_list_holds_is_its_columns(tmp_path):
    got = _read(tmp_path, "2.2. Перечень содержит следующие сведения:\n1) наименование направления деятельности;\n"
                          "2) наименование точки взаимодействия и ее тип (цифровая или офлайн);\n"
                          "3) потребности клиента.\n"
                          "2.3. Основными задачами ведения перечня являются:\n1) выявление потребностей клиентов;\n"
                          "2) повышение качества услуг.\n")
    assert [(k, o) for k, o, _, _ in got] == [("column", "1"), ("column", "2"), ("column", "3")]
