"""`touchpoints export --xlsx`: read back with openpyxl and converted by LibreOffice Calc."""
from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess

import pandas as pd
import pytest

from tests.conftest_analyst import COPY_OF_TP, SEED_TP
from tests.storeutil import invoke

openpyxl = pytest.importorskip("openpyxl")


@pytest.fixture(scope="module")
def workbook(seeds_dataset, tmp_path_factory):
    dest = tmp_path_factory.mktemp("xlsx") / "набор.xlsx"
    res = invoke("export", "--xlsx", dest, "--out", seeds_dataset)
    assert res.exit_code == 0, res.output
    return dest


def _rows(ws) -> list[dict]:
    it = ws.iter_rows(values_only=True)
    head = next(it)
    return [dict(zip(head, r)) for r in it]


def test_sheets_headers_and_dates(workbook, seeds_dataset):
    wb = openpyxl.load_workbook(workbook)
    assert wb.sheetnames == ["Сводка", "Документы", "Точки взаимодействия", "Дорожная карта", "Порядок ведения",
                             "На проверку", "Справочник кодов"]
    docs = {r["Файл"]: r for r in _rows(wb["Документы"])}
    seed = docs[SEED_TP]
    # seed 000's header: от «11» декабря 2025 г. № 694, Министерство культуры и национальной политики Кузбасса
    assert seed["Дата приказа"] == dt.datetime(2025, 12, 11)          # a date cell, not text
    assert wb["Документы"].cell(row=2, column=9).number_format == "dd.mm.yyyy"
    assert seed["Орган власти"] == "Министерство культуры и национальной политики Кузбасса"
    assert docs[COPY_OF_TP]["Учтён как файл"] == SEED_TP and seed["Учтён как файл"] is None
    ws = wb["Точки взаимодействия"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:")
    assert ws.column_dimensions["A"].width > 10


def test_each_order_once_and_labels_beside_codes(workbook, seeds_dataset):
    wb = openpyxl.load_workbook(workbook, read_only=True)
    tp = _rows(wb["Точки взаимодействия"])
    n_seed = int(pd.read_parquet(seeds_dataset / "documents").set_index("source_path")
                 .loc[SEED_TP, "n_touchpoints"])
    assert len(tp) == n_seed and {r["Файл"] for r in tp} == {SEED_TP}     # the copy is folded
    first = tp[0]
    assert first["Канал"] == "website" and first["Канал: название"] == "Официальный сайт"
    multi = next(r for r in tp if r["Потребности"] and "; " in r["Потребности"])
    assert len(multi["Потребности"].split("; ")) == len(multi["Потребности: название"].split("; "))
    summary = [r for r in wb["Сводка"].iter_rows(values_only=True) if r[0]]
    assert summary[0][0].startswith("Органы власти") and summary[1][0] == "Орган власти"


def test_refuses_a_file_it_did_not_write_unless_forced(workbook, seeds_dataset, tmp_path):
    theirs = tmp_path / "чужой.xlsx"
    theirs.write_bytes(b"not ours")
    res = invoke("export", "--xlsx", theirs, "--out", seeds_dataset)
    assert res.exit_code == 2 and theirs.read_bytes() == b"not ours"
    assert invoke("export", "--xlsx", theirs, "--out", seeds_dataset, "--force").exit_code == 0
    assert openpyxl.load_workbook(theirs).sheetnames[0] == "Сводка"
    assert invoke("export", "--xlsx", workbook, "--out", seeds_dataset).exit_code == 0   # our own: replaced
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []            # no temporary left


def test_libreoffice_calc_reads_cyrillic_and_dates(workbook, tmp_path):
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        pytest.skip("LibreOffice is not installed")
    # sheet 2 (Документы) as UTF-8 CSV, cells as shown (token 9), Russian language (1049)
    filt = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1049,false,true,true,false,false,2"
    res = subprocess.run([exe, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                          "--convert-to", filt, "--outdir", str(tmp_path), str(workbook)],
                         capture_output=True, text=True, timeout=180)
    made = sorted(tmp_path.glob("*.csv"))
    if not made and "could not be loaded" in res.stdout + res.stderr:
        pytest.skip("LibreOffice Calc is not installed (libreoffice-calc-nogui)")
    assert made, res.stdout + res.stderr
    rows = list(csv.DictReader(made[0].open(encoding="utf-8")))
    seed = next(r for r in rows if r["Файл"] == SEED_TP)
    assert seed["Дата приказа"] == "11.12.2025"
    assert seed["Регион"] == "Кемеровская область – Кузбасс"


def test_summary_tables_count_each_order_once(seeds_dataset):
    """The summary's tables come from the report's frames: the folded copy of seed 000 is
    named, and the bodies' orders add up to the counted documents, the copy not among them."""
    from pipeline.analyst.export_summary import frames, summary_tables

    f = frames(seeds_dataset)
    tables = dict(summary_tables(f))
    folded = tables["folded"]
    assert folded.counted_file.tolist() == [SEED_TP] and folded.folded_files.tolist() == [COPY_OF_TP]
    counted = f.documents[f.documents.counted]
    assert tables["bodies"].orders.sum() == len(counted)
    assert COPY_OF_TP not in counted.source_path.tolist()


def test_a_failure_midway_leaves_the_old_workbook(seeds_dataset, tmp_path, monkeypatch):
    """A sheet that fails after the first was written into the zip: no half file, no temporary."""
    from pipeline.analyst import export_xlsx

    dest = tmp_path / "книга.xlsx"
    export_xlsx.export_xlsx(seeds_dataset, dest)
    before = dest.read_bytes()

    def broken(table, doc_first=False):
        raise RuntimeError("a sheet failed")
    monkeypatch.setattr(export_xlsx, "sheet_columns", broken)
    with pytest.raises(RuntimeError, match="a sheet failed"):
        export_xlsx.export_xlsx(seeds_dataset, dest)
    assert dest.read_bytes() == before and [p.name for p in tmp_path.iterdir()] == [dest.name]


def test_every_sheet_header_comes_from_the_column_vocabulary(workbook):
    from pipeline.analyst.column_names import headers
    from pipeline.analyst.export_xlsx import config

    cfg = config()
    known = set(headers().values()) | {cfg["duplicate_header"]}
    known |= {h + cfg["label_suffix"] for h in known}
    wb = openpyxl.load_workbook(workbook, read_only=True)
    for name in wb.sheetnames[1:]:                       # «Сводка» holds titles between its tables
        head = next(wb[name].iter_rows(values_only=True))
        assert set(head) <= known, (name, set(head) - known)      # an English name leaking through
