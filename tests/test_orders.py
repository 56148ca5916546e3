"""One order, one count: order_key folding, grouping, and the store recomputing it at commit."""
from __future__ import annotations

import datetime as dt
import shutil

import pandas as pd
import pytest

from pipeline.contract import ABOUT_TOPIC_WARNING
from pipeline.store.orders import fold_number, group, is_order, own_key
from tests.storeutil import SEED_RM, SEED_TP, SEEDS, invoke


@pytest.mark.parametrize("a, b", [
    ("412-о", "412-0"),          # Cyrillic о read as zero
    ("412-О", "412 – 0"),        # case, spaces, en dash
    ("З/12", "3/12"),
    ("1б", "l6"),                # б/6 and Latin l/1
    ("78-НПА", "78-HПA"),        # Latin look-alikes in a scan
    ("05-05/491", "05‑05/491"),  # non-breaking hyphen
])
def test_numbers_ocr_confuses_fold_equal(a, b):
    assert fold_number(a) == fold_number(b)


@pytest.mark.parametrize("a, b", [("412", "413"), ("05-05/491", "05-05/497"), ("78-НПА", "78")])
def test_different_numbers_stay_different(a, b):
    assert fold_number(a) != fold_number(b)


def _doc(doc_id, path, number="412-о", date=dt.date(2024, 3, 1), ocr=False, status="ok", kinds=("roadmap",),
         region="RU-KEM", authority="Министерство культуры Кузбасса", rows=10, warnings=()):
    return {"doc_id": doc_id, "source_path": path, "order_number": number, "order_date": date, "ocr": ocr,
            "status": status, "kinds": list(kinds), "region_code": region, "authority": authority,
            "n_touchpoints": 0, "n_roadmap_items": rows, "n_procedure_items": 0, "warnings": list(warnings)}


def test_text_layer_wins_over_a_scan_with_a_misread_number():
    docs = [_doc("scan", "a_scan.pdf", number="412-0", ocr=True, rows=12),
            _doc("word", "z_order.docx"),
            _doc("other", "other.docx", number="413")]
    g = group(docs, {})
    assert g["word"] == (own_key(docs[1]), None)
    assert g["scan"] == (own_key(docs[1]), "word")
    assert g["other"][1] is None and g["other"][0] != g["word"][0]


def test_ok_over_partial_then_more_rows_then_smallest_path():
    docs = [_doc("p", "a.docx", status="partial", rows=50), _doc("few", "b.docx", rows=3),
            _doc("many", "c.docx", rows=9), _doc("many2", "d.docx", rows=9)]
    g = group(docs, {})
    assert {d: g[d][1] for d in g} == {"p": "many", "few": "many", "many": None, "many2": "many"}


def test_files_that_are_not_orders_get_no_key_and_are_never_grouped():
    failed = _doc("f", "f.pdf", status="failed")
    junk = _doc("j", "j.csv", kinds=())
    about = _doc("t", "t.docx", kinds=(), warnings=[ABOUT_TOPIC_WARNING])
    assert not is_order(failed) and not is_order(junk) and is_order(about)
    g = group([failed, junk, about, _doc("o", "o.docx")], {})
    assert g["f"] == (None, None) and g["j"] == (None, None)
    assert g["t"][0] is not None and g["t"][1] == "o"


def test_same_rows_fold_a_misread_date_but_not_another_region_or_a_second_order():
    a = _doc("a", "a.docx")
    b = _doc("b", "b.pdf", date=dt.date(2024, 8, 1), ocr=True)        # date misread, same number
    c = _doc("c", "c.docx", region="RU-KGD")                          # same list elsewhere
    d = _doc("d", "d.docx", number="500", date=dt.date(2025, 1, 1))   # a later order restating it
    g = group([a, b, c, d], {x: "same" for x in "abcd"})
    assert g["b"] == (g["a"][0], "a")
    assert g["c"][1] is None and g["d"][1] is None


def test_orders_without_number_or_date_still_get_a_distinct_key():
    a, b = _doc("a", "a.txt", number=None, date=None), _doc("b", "b.txt", number=None, date=None)
    g = group([a, b], {})
    assert g["a"][0] and g["b"][0] and g["a"][0] != g["b"][0]
    assert g["a"][1] is None and g["b"][1] is None


def _documents(out) -> pd.DataFrame:
    return pd.read_parquet(out / "documents").set_index("source_path")


def test_commit_recomputes_duplicates_when_files_come_and_go(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    shutil.copy(SEEDS / SEED_TP, raw / "b_order.txt")
    shutil.copy(SEEDS / SEED_RM, raw / "roadmap.txt")
    text = (SEEDS / SEED_TP).read_text(encoding="utf-8")
    assert "№ 694" in text
    (raw / "a_copy.txt").write_text(text.replace("№ 694", "№ б94"), encoding="utf-8")   # 6 misread as б
    assert invoke("rebuild", "--raw", raw, "--out", out, "-q", "--no-cache", "--workers", "1").exit_code == 0
    d = _documents(out)
    winner = d.loc["a_copy.txt", "doc_id"]                      # equal rank: the smaller path stands
    assert d.loc["b_order.txt", "duplicate_of"] == winner
    assert pd.isna(d.loc["a_copy.txt", "duplicate_of"]) and pd.isna(d.loc["roadmap.txt", "duplicate_of"])
    assert d.loc["a_copy.txt", "order_key"] == d.loc["b_order.txt", "order_key"]
    assert d.loc["roadmap.txt", "order_key"] != d.loc["b_order.txt", "order_key"]
    # the standing file goes: the other one stands for the order at the next commit
    (raw / "a_copy.txt").unlink()
    assert invoke("rebuild", "--raw", raw, "--out", out, "-q", "--no-cache", "--workers", "1").exit_code == 0
    d = _documents(out)
    assert "a_copy.txt" not in d.index and pd.isna(d.loc["b_order.txt", "duplicate_of"])


def test_a_scan_whose_date_was_not_read_joins_the_one_order_it_fits():
    word = _doc("word", "order.docx", number="694", date=dt.date(2025, 12, 11))
    scan = _doc("scan", "order_scan.pdf", number="б94", date=None, ocr=True, rows=2)
    g = group([word, scan], {})
    assert g["scan"] == (g["word"][0], "word") and g["word"][1] is None
    # the same number in two years (numbering restarts): a dateless file cannot tell which
    later = _doc("later", "later.docx", number="694", date=dt.date(2026, 12, 1))
    g = group([word, scan, later], {})
    assert g["scan"][1] is None and g["later"][1] is None and g["word"][1] is None


def test_a_part_missing_on_both_sides_identifies_nothing():
    a = _doc("a", "a.pdf", number="694", date=None)
    b = _doc("b", "b.pdf", number=None, date=dt.date(2025, 12, 11))
    assert group([a, b], {})["a"][1] is None and group([a, b], {})["b"][1] is None


def test_a_word_file_and_its_scan_count_once_in_views_report_and_export(seed_files, tesseract, tmp_path):
    """Seed 000 as .docx and as a scanned PDF (OCR: its date or number may be misread or
    missing): one order in touchpoints_wide, the report and the workbook, the .docx standing."""
    from pipeline.analyst.export_xlsx import export_xlsx
    from pipeline.analyst.query import connect, run
    from pipeline.analyst.report import data

    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    shutil.copy(seed_files["000.docx"], raw / "order.docx")
    shutil.copy(seed_files["scan.pdf"], raw / "order_scan.pdf")
    assert invoke("rebuild", "--raw", raw, "--out", out, "-q", "--workers", "1").exit_code in (0, 1)
    d = _documents(out)
    assert d.loc["order_scan.pdf", "ocr"] and d.loc["order_scan.pdf", "duplicate_of"] == d.loc["order.docx", "doc_id"]
    n_word = int(d.loc["order.docx", "n_touchpoints"])
    assert n_word > 0
    assert run(connect(out), "select count(*) n from touchpoints_wide").to_pylist() == [{"n": n_word}]
    assert len(data.load(out).touchpoints) == n_word
    info = export_xlsx(out, tmp_path / "x.xlsx")
    assert info["sheets"]["touchpoints"] == n_word
