"""xlsx_writer.py and the label columns of export_xlsx.py on small hand-made tables,
read back with openpyxl."""
from __future__ import annotations

import datetime as dt
import zipfile

import pyarrow as pa
import pytest

from pipeline.analyst import xlsx_writer
from pipeline.analyst.export_xlsx import sheet_columns

openpyxl = pytest.importorskip("openpyxl")


def _book(tmp_path, columns, strings=True):
    sheet = xlsx_writer.Sheet("Лист", frozen=True, autofilter=True,
                              strings=xlsx_writer.SharedStrings() if strings else None)
    sheet.add_rows(columns)
    dest = tmp_path / "t.xlsx"
    xlsx_writer.write(dest, [sheet], {"touchpoints": "export"})
    return dest


def test_repeating_text_shared_distinct_text_inline(tmp_path):
    codes = pa.array(["website", "phone", "website", "website", None, "phone"])
    phrases = pa.array([f"фраза № {i}" for i in range(6)])
    dest = _book(tmp_path, [codes, phrases])
    with zipfile.ZipFile(dest) as z:
        sst = z.read("xl/sharedStrings.xml").decode()
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert sst.count("website") == 1 and sst.count("phone") == 1 and "фраза" not in sst
    assert 'uniqueCount="2"' in sst and 'count="5"' in sst
    assert xml.count('t="s"') == 5 and xml.count('t="inlineStr"') == 6
    rows = list(openpyxl.load_workbook(dest).active.iter_rows(values_only=True))
    assert rows[0] == ("website", "фраза № 0")
    assert rows[4] == (None, "фраза № 4")                 # a null cell left out, the next in its column


def test_escaping_control_characters_and_types(tmp_path):
    text = pa.array(["a & b < c > d", "bell\x07 here", "plain"])
    shared = pa.array(["x&y", "x&y", "x&y"])
    when = pa.array([dt.date(2025, 12, 11), None, dt.date(1999, 1, 31)])
    lists = pa.array([["a", "b"], [], None], pa.list_(pa.string()))
    flags = pa.array([True, False, None])
    dest = _book(tmp_path, [text, shared, when, lists, flags])
    rows = list(openpyxl.load_workbook(dest).active.iter_rows(values_only=True))
    assert [r[0] for r in rows] == ["a & b < c > d", "bell here", "plain"]
    assert [r[1] for r in rows] == ["x&y"] * 3
    assert rows[0][2] == dt.datetime(2025, 12, 11) and rows[1][2] is None and rows[2][2] == dt.datetime(1999, 1, 31)
    assert [r[3] for r in rows] == ["a; b", "", None]      # an empty list: empty text; a null: no cell
    assert [r[4] for r in rows] == [True, False, None]


def test_inline_only_without_shared_strings(tmp_path):
    dest = _book(tmp_path, [pa.array(["same"] * 4)], strings=False)
    with zipfile.ZipFile(dest) as z:
        assert z.namelist()[0] == "[Content_Types].xml"             # first: what type sniffers read
        assert 'uniqueCount="0"' in z.read("xl/sharedStrings.xml").decode()
        assert 't="s"' not in z.read("xl/worksheets/sheet1.xml").decode()
    assert [r[0] for r in openpyxl.load_workbook(dest).active.iter_rows(values_only=True)] == ["same"] * 4


def test_labels_beside_codes_vectorised():
    table = pa.table({
        "channel": ["website", None, "no_such_code"],
        "needs": pa.array([["information", "no_such_need"], None, []], pa.list_(pa.string())),
        "list_kind": ["need", "no_such_list", None],
        "code": ["information", "website", "website"],
    })
    cols = dict(sheet_columns(table))
    assert cols["Канал: название"].to_pylist() == ["Официальный сайт", None, None]
    # a code with no label stands for itself inside a list
    assert cols["Потребности: название"].to_pylist() == ["Получение информации; no_such_need", None, ""]
    # the taxonomy comes from list_kind: one it does not map gives no label
    assert cols["Код: название"].to_pylist() == ["Получение информации", None, None]
