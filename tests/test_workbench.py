"""The workbench without a browser (Flask's test client): guards, uploads, corrections
into the overrides file and their undo, two corrections at once, the review queue."""
from __future__ import annotations

import re
import shutil
import threading
from pathlib import Path

import pandas as pd
import pytest
import yaml

from tests.storeutil import ingested

ROOT = Path(__file__).resolve().parent.parent
HOST = "http://127.0.0.1:5000"


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    """Seeds 000 (touchpoints) and 001 (roadmap) ingested once; tests copy it."""
    base = tmp_path_factory.mktemp("wb-dataset")
    ingested(base)
    return base


@pytest.fixture
def ws(dataset, tmp_path):
    from pipeline.analyst.workbench.edits import Workspace

    shutil.copytree(dataset, tmp_path / "d", symlinks=True)
    return Workspace(raw=tmp_path / "d" / "raw", out=tmp_path / "d" / "out", overrides=tmp_path / "d" / "raw" / "overrides.yaml")


@pytest.fixture
def client(ws):
    from pipeline.analyst.workbench.app import create_app

    c = create_app(ws).test_client()
    page = c.get("/", base_url=HOST)
    c.csrf = re.search(r'data-csrf="([^"]+)"', page.get_data(as_text=True)).group(1)
    c.ids = re.findall(r"/doc/([0-9a-f]{64})", page.get_data(as_text=True))
    return c


def _post(c, url, data, origin=HOST, csrf=True, **kw):
    data = dict(data, csrf=c.csrf) if csrf else data
    return c.post(url, data=data, base_url=HOST, headers={"Origin": origin} if origin else {}, **kw)


def _doc_of(ws, prefix):
    docs = pd.read_parquet(ws.out / "documents")
    return docs[docs.source_path.str.startswith(prefix)].iloc[0]


def test_pages_answer_and_guards_refuse(client):
    assert len(client.ids) == 2
    for d in client.ids:
        r = client.get(f"/doc/{d}", base_url=HOST)
        assert r.status_code == 200 and "Content-Security-Policy" in r.headers
    assert client.get("/review", base_url=HOST).status_code == 200
    d = client.ids[0]
    assert _post(client, f"/doc/{d}/fields", {"order_number": "1"}, csrf=False).status_code == 403
    assert _post(client, f"/doc/{d}/fields", {"order_number": "1"}, origin="http://evil.example").status_code == 403
    assert _post(client, f"/doc/{d}/fields", {"order_number": "1"}, origin=None).status_code == 403
    assert client.get("/", base_url="http://evil.example").status_code == 400       # DNS rebinding
    assert client.get("/doc/../../etc/passwd", base_url=HOST).status_code == 404
    assert client.get(f"/doc/{'0' * 64}", base_url=HOST).status_code == 404
    r = client.get(f"/doc/{d}/page/1.png", base_url=HOST)          # a text document has no page images
    assert r.status_code == 404 and b"Traceback" not in r.data


def test_token_is_needed_off_loopback(ws):
    from pipeline.analyst.workbench.app import create_app

    c = create_app(ws, token="s3cret", loopback_only=False).test_client()
    assert c.get("/", base_url="http://10.0.0.5:8765").status_code == 403
    r = c.get("/?token=s3cret", base_url="http://10.0.0.5:8765")
    assert r.status_code == 302 and "token" not in r.headers["Location"]
    assert c.get("/", base_url="http://10.0.0.5:8765").status_code == 200       # the session remembers


def test_serve_refuses_host_without_token(tmp_path):
    from click.testing import CliRunner

    from pipeline.cli import cli

    r = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "--raw", str(tmp_path / "r"),
                                 "--out", str(tmp_path / "o")])
    assert r.exit_code == 2 and "--token" in r.output


def test_a_bug_is_one_line_not_a_traceback(client, monkeypatch):
    from pipeline.analyst.workbench import data

    monkeypatch.setattr(data, "documents", lambda out: 1 / 0)
    r = client.get("/", base_url=HOST)
    assert r.status_code == 500
    assert b"ZeroDivisionError" in r.data and b"Traceback" not in r.data and b"data.py" not in r.data


def test_upload_refuses_what_is_not_a_document(client, ws):
    import io

    r = _post(client, "/upload", {"file": (io.BytesIO(b"\x00\x01\x02binary" * 50), "x.pdf")},
              content_type="multipart/form-data", follow_redirects=True)
    assert "refused" in r.get_data(as_text=True) and "not a text file" in r.get_data(as_text=True)
    assert not (ws.raw / "x.pdf").exists()


def test_upload_lands_in_raw_with_its_own_name(client, ws):
    pdf = ROOT / "tests" / "data" / "pdf" / "narrow_columns.pdf"
    with open(pdf, "rb") as f:
        r = _post(client, "/upload", {"file": (f, "../../Приказ 5.pdf")}, content_type="multipart/form-data")
    assert r.status_code == 302 and "/doc/" in r.headers["Location"]
    assert (ws.raw / "Приказ 5.pdf").read_bytes() == pdf.read_bytes()
    doc_id = r.headers["Location"].rsplit("/", 1)[1]
    page = client.get(f"/doc/{doc_id}/page/1.png", base_url=HOST)
    assert page.status_code == 200 and page.data.startswith(b"\x89PNG")
    assert (ws.out / ".workbench" / "pages" / doc_id / "1.png").is_file()     # rendered once, kept


def test_corrections_land_in_overrides_and_dataset_and_undo(client, ws):
    doc = _doc_of(ws, "000_")
    tp = pd.read_parquet(ws.out / "touchpoints")
    row = tp[tp.doc_id == doc.doc_id].sort_values("row_id").iloc[0]
    old_channel = row.channel
    new = "mfc" if old_channel != "mfc" else "email"
    r = _post(client, f"/doc/{doc.doc_id}/code", {"field": "channel", "phrase": row.touchpoint_raw, "code": new})
    assert r.status_code == 302
    saved = yaml.safe_load(ws.overrides.read_text(encoding="utf-8"))
    entry = saved["channel"][row.touchpoint_raw]
    assert entry["code"] == new and re.match(r"\d{4}-\d\d-\d\dT", entry["at"])
    tp = pd.read_parquet(ws.out / "touchpoints")
    assert set(tp[(tp.doc_id == doc.doc_id) & (tp.touchpoint_raw == row.touchpoint_raw)].channel) == {new}

    _post(client, f"/doc/{doc.doc_id}/fields", {"order_number": "694-ИСПР", "region": doc.region,
                                                "authority": doc.authority or "", "kind_touchpoint_list": "on"})
    assert _doc_of(ws, "000_").order_number == "694-ИСПР"
    _post(client, f"/doc/{doc.doc_id}/exclude", {"table": "touchpoints", "row": "2", "text": ""})
    assert _doc_of(ws, "000_").n_touchpoints == doc.n_touchpoints - 1

    # undo each: the program's own reading comes back
    _post(client, "/undo", {"kind": "channel", "key": row.touchpoint_raw, "doc": doc.doc_id})
    _post(client, "/undo", {"kind": "documents", "key": doc.doc_id, "name": "order_number", "doc": doc.doc_id})
    _post(client, "/undo", {"kind": "exclude", "key": doc.doc_id, "name": "touchpoints", "row": "2",
                            "doc": doc.doc_id})
    back = _doc_of(ws, "000_")
    assert back.order_number == doc.order_number and back.n_touchpoints == doc.n_touchpoints
    tp = pd.read_parquet(ws.out / "touchpoints")
    assert tp[(tp.doc_id == doc.doc_id) & (tp.row_id == row.row_id)].channel.iloc[0] == old_channel


def test_a_wrong_code_is_refused_not_written(client, ws):
    d = client.ids[0]
    r = _post(client, f"/doc/{d}/code", {"field": "channel", "phrase": "Сайт", "code": "no_such_code"},
              follow_redirects=True)
    assert "not saved" in r.get_data(as_text=True)
    assert not ws.overrides.exists() or "no_such_code" not in ws.overrides.read_text(encoding="utf-8")


def test_two_tabs_correcting_at_once_lose_nothing(ws):
    from pipeline.analyst.workbench import edits

    doc = _doc_of(ws, "001_")
    rm = pd.read_parquet(ws.out / "roadmap")
    activities = rm[(rm.doc_id == doc.doc_id) & ~rm.is_section].activity.tolist()[:2]
    errors = []

    def one(i):
        try:
            if i == 0:
                edits.set_code(ws, "milestone", [activities[0]], "journey_maps")
            elif i == 1:
                edits.set_document(ws, doc.doc_id, {"order_number": "696-А"})
            else:
                edits.set_code(ws, "point_type", ["Цифровая точка"], "offline")
        except Exception as e:  # noqa: BLE001
            errors.append(e)
    threads = [threading.Thread(target=one, args=(i,)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    saved = yaml.safe_load(ws.overrides.read_text(encoding="utf-8"))
    assert saved["milestone"][activities[0]]["code"] == "journey_maps"
    assert saved["documents"][doc.doc_id]["order_number"]["value"] == "696-А"
    assert saved["point_type"]["Цифровая точка"]["code"] == "offline"
    rm = pd.read_parquet(ws.out / "roadmap")
    assert "journey_maps" in set(rm[(rm.doc_id == doc.doc_id) & (rm.activity == activities[0])].milestone)
    assert _doc_of(ws, "001_").order_number == "696-А"


def test_fingerprint_clusters_near_identical_phrases():
    from pipeline.analyst.workbench.queue import fingerprint

    assert fingerprint("Телефон горячей линии") == fingerprint("горячей  линии, телефон!")
    assert fingerprint("Ёлка") == fingerprint("елка")
    assert fingerprint("Телефон") != fingerprint("Телефакс")


def test_review_decision_changes_every_phrase_of_the_cluster(client, ws):
    from pipeline.analyst.workbench.queue import clusters

    groups = clusters(ws.out)
    if not groups:
        pytest.skip("the seeds left nothing to review")
    g = groups[0]
    code = next(c for c in ("other", "information", "website") if c != g["best_code"])
    _post(client, "/review/decide", {"field": g["field"], "phrase": [p["text"] for p in g["phrases"]],
                                     "code": code})
    saved = yaml.safe_load(ws.overrides.read_text(encoding="utf-8"))
    assert all(saved[g["field"]][p["text"]]["code"] == code for p in g["phrases"])
