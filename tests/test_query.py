"""`touchpoints query`: DuckDB views over a dataset built from the seeds."""
from __future__ import annotations

import json
import shutil

import pandas as pd
import pytest

from pipeline.analyst.labels import labels_rows
from pipeline.analyst.query import VIEWS, QueryError, connect, run
from tests.conftest_analyst import COPY_OF_TP
from tests.storeutil import run_cli


def q(out, sql):
    return run(connect(out), sql).to_pandas()


def test_table_views_hold_what_pandas_reads(seeds_dataset):
    for t in ("documents", "touchpoints", "roadmap", "procedure_items", "review"):
        assert len(q(seeds_dataset, f"select * from {t}")) == len(pd.read_parquet(seeds_dataset / t))


def test_wide_view_joins_the_documents_fields(seeds_dataset):
    wide = q(seeds_dataset, "select * from touchpoints_wide")
    tp = pd.read_parquet(seeds_dataset / "touchpoints")
    docs = pd.read_parquet(seeds_dataset / "documents").set_index("source_path")
    copy_id = docs.loc[COPY_OF_TP, "doc_id"]
    assert len(wide) == len(tp[tp.doc_id != copy_id]) and copy_id not in set(wide.doc_id)
    seed = wide[wide.source_path == "000_273fd9960037d965.txt"]
    # the seed's header: Министерство культуры и национальной политики Кузбасса, от «11» декабря 2025 г. № 694
    assert set(seed.authority) == {"Министерство культуры и национальной политики Кузбасса"}
    assert set(seed.order_number) == {"694"} and set(seed.region_code) == {"RU-KEM"}
    assert set(seed.order_date.astype(str)) == {"2025-12-11"}
    labels = {r["code"]: r["label_ru"] for r in labels_rows() if r["taxonomy"] == "channel"}
    assert (wide.channel.map(labels) == wide.channel_label).all()


def test_needs_view_has_one_row_per_touchpoint_and_need(seeds_dataset):
    tp = q(seeds_dataset, "select * from touchpoints_wide")       # each order once
    needs = q(seeds_dataset, "select doc_id, row_id, need_no, need, need_label from touchpoint_needs "
                             "order by doc_id, row_id, need_no")
    assert len(needs) == int(tp.needs.map(len).sum())
    one = tp[tp.needs.map(len) > 1].iloc[0]
    got = needs[(needs.doc_id == one.doc_id) & (needs.row_id == one.row_id)].need.tolist()
    assert got == list(one.needs)
    assert needs.need_label.notna().all()


def test_labels_view_falls_back_to_the_taxonomy_files(seeds_dataset, tmp_path):
    copy = tmp_path / "output"
    shutil.copytree(seeds_dataset, copy, ignore=shutil.ignore_patterns("labels"))
    labels = run(connect(copy), "select taxonomy, code, label_ru, point_type_expected from labels").to_pylist()
    assert labels == labels_rows()


def test_bad_sql_is_a_query_error(seeds_dataset):
    with pytest.raises(QueryError, match="nope"):
        run(connect(seeds_dataset), "select nope from touchpoints")


def test_cli_lists_views_with_columns(seeds_dataset):
    res = run_cli("query", "--out", seeds_dataset)
    assert res.returncode == 0, res.stderr
    for v in VIEWS:
        assert f"\n{v} (" in "\n" + res.stdout
    assert "need_label" in res.stdout and "order_date" in res.stdout


def test_cli_aligned_csv_json_parquet(seeds_dataset, tmp_path):
    sql = ("select source_path, order_date, kinds from documents "
           "where source_path in ('000_273fd9960037d965.txt', '003_fd56c50c22ebb581.txt') order by 1")
    res = run_cli("query", "--out", seeds_dataset, sql)
    lines = res.stdout.splitlines()
    assert res.returncode == 0 and lines[0].split() == ["source_path", "order_date", "kinds"]
    assert lines[-1] == "(2 rows)" and "2025-12-11" in lines[2] and "[touchpoint_list]" in lines[2]
    rows = json.loads(run_cli("query", "--json", "--out", seeds_dataset, sql).stdout)
    assert rows[0] == {"source_path": "000_273fd9960037d965.txt", "order_date": "2025-12-11",
                       "kinds": ["touchpoint_list"]}
    assert rows[1]["order_date"] is None                  # seed 003's form is blank: no date
    csv_lines = run_cli("query", "--csv", "--out", seeds_dataset, sql).stdout.splitlines()
    assert csv_lines[0] == "\ufeffsource_path,order_date,kinds"          # a BOM: Excel reads UTF-8
    assert csv_lines[1].endswith('"[""touchpoint_list""]"')
    semi = run_cli("query", "--csv", "--sep", ";", "--out", seeds_dataset, sql).stdout.splitlines()
    assert semi[0] == "\ufeffsource_path;order_date;kinds" and semi[1].startswith("000_273fd9960037d965.txt;2025-12-11;")
    target = tmp_path / "result.parquet"
    res = run_cli("query", "--parquet", target, "--out", seeds_dataset, sql)
    assert res.returncode == 0 and pd.read_parquet(target).source_path.tolist() == [r["source_path"] for r in rows]
    assert [p.name for p in tmp_path.iterdir()] == ["result.parquet"]


@pytest.mark.parametrize("args", [("selec 1",), ("select nope from touchpoints",), ("--csv", "--json", "select 1")])
def test_cli_bad_input_is_one_line_exit_2(seeds_dataset, args):
    res = run_cli("query", "--out", seeds_dataset, *args)
    assert res.returncode == 2
    assert len(res.stderr.strip().splitlines()) == 1 and "Traceback" not in res.stderr


def test_cli_refuses_parquet_inside_a_table_folder(seeds_dataset):
    before = sorted(p.name for p in (seeds_dataset / "touchpoints").iterdir())
    res = run_cli("query", "--parquet", seeds_dataset / "touchpoints" / "x.parquet", "--out", seeds_dataset,
                  "select 1 as a")
    assert res.returncode == 2 and sorted(p.name for p in (seeds_dataset / "touchpoints").iterdir()) == before


def test_cli_without_a_dataset_is_exit_2(tmp_path):
    res = run_cli("query", "--out", tmp_path / "none", "select 1")
    assert res.returncode == 2 and "no dataset" in res.stderr


def test_copy_of_an_order_is_its_own_document(seeds_dataset):
    docs = q(seeds_dataset, f"select order_number from documents where source_path = '{COPY_OF_TP}'")
    assert docs.order_number.tolist() == ["694"]


def test_each_order_counted_once_and_folded_files_named(seeds_dataset):
    """The copy of seed 000's order (same region, issuer, number, date) is left out of the
    counted views, kept in the _all views, and named in folded_files."""
    docs = pd.read_parquet(seeds_dataset / "documents").set_index("source_path")
    seed_id = docs.loc["000_273fd9960037d965.txt", "doc_id"]
    assert docs.loc[COPY_OF_TP, "duplicate_of"] == seed_id      # equal rank: the smaller path stands
    n_seed = int((pd.read_parquet(seeds_dataset / "touchpoints").doc_id == seed_id).sum())
    counts = q(seeds_dataset, "select (select count(*) from touchpoints_wide_all) all_rows, "
                              "(select count(*) from touchpoints_wide) counted, "
                              "(select count(distinct order_key) from documents) orders")
    assert counts.all_rows[0] - counts.counted[0] == n_seed > 0
    assert counts.orders[0] == len(docs) - 1
    folded = q(seeds_dataset, "select source_path, counted_as from folded_files")
    assert folded.to_dict("records") == [{"source_path": COPY_OF_TP, "counted_as": "000_273fd9960037d965.txt"}]
