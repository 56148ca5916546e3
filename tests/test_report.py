"""`touchpoints report`: its numbers, its file, and the page as a person sees it in Chromium."""
from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess

import numpy as np
import pandas as pd
import pytest

from pipeline.analyst.report import ReportError, build_report, data
from tests.conftest_analyst import COPY_OF_TP, SEED_TP
from tests.storeutil import SEEDS, run_cli

SEED_RM = "001_01ccadab589354b1.txt"
AS_OF = dt.date(2024, 6, 1)


@pytest.fixture(scope="module")
def frames(seeds_dataset):
    return data.load(seeds_dataset)


@pytest.fixture(scope="module")
def report_file(seeds_dataset, tmp_path_factory):
    dest = tmp_path_factory.mktemp("report") / "report.html"
    build_report(seeds_dataset, dest, as_of=AS_OF)
    return dest


# -- the numbers -----------------------------------------------------------------

def test_the_same_order_in_two_files_counts_once_and_is_listed(frames):
    rep = data.repeated_orders(frames)
    assert len(rep) == 1
    assert (rep.iloc[0].counted_file, rep.iloc[0].folded_files) == (SEED_TP, COPY_OF_TP)
    assert (rep.iloc[0].region_code, rep.iloc[0].order_number) == ("RU-KEM", "694")
    docs = frames.documents.set_index("source_path")
    assert docs.loc[SEED_TP, "counted"] and not docs.loc[COPY_OF_TP, "counted"]
    # channel mix sums to the touchpoints of the one counted file, not twice as many
    assert int(data.channel_mix(frames).to_numpy().sum()) == int(docs.loc[SEED_TP, "n_touchpoints"])


def test_five_orders_and_five_junk_files_give_the_orders_bodies_only(tmp_path, seeds_dataset):
    """raw/'s five seeds plus five files that are not orders (a note, a spreadsheet
    export, an empty file, random bytes, a web page about something else): the bodies
    are the seeds' bodies, the junk is listed under data quality and nowhere else."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for p in sorted(SEEDS.glob("0*.txt")):
        shutil.copy(p, raw / p.name)
    (raw / "notes.txt").write_text("Купить хлеб и молоко.\nПозвонить в понедельник.\n", encoding="utf-8")
    (raw / "budget.csv").write_text("статья;сумма\nаренда;1000\nсвязь;200\n", encoding="utf-8")
    (raw / "empty.txt").write_bytes(b"")
    (raw / "random.bin").write_bytes(bytes(range(256)) * 8)
    (raw / "weather.html").write_text("<html><body><h1>Погода</h1><p>Завтра дождь.</p></body></html>",
                                      encoding="utf-8")
    res = run_cli("rebuild", "--raw", raw, "--out", tmp_path / "out", "-q", "--workers", "1")
    assert res.returncode == 1, res.stderr          # the junk failed, the orders landed
    f = data.load(tmp_path / "out")
    seeds_only = data.load(seeds_dataset)           # the seeds (+ a copy of one order)
    assert set(f.documents.body[f.documents.counted]) == set(seeds_only.documents.body[seeds_only.documents.counted])
    assert sorted(data.not_orders(f).source_path) == ["budget.csv", "empty.txt", "notes.txt", "random.bin",
                                                      "weather.html"]
    dest = tmp_path / "report.html"
    build_report(tmp_path / "out", dest, as_of=AS_OF)
    html = dest.read_text(encoding="utf-8")
    assert "Файлы, не являющиеся приказами: 5" in html


def test_point_type_conflicts_are_the_phone_lines_the_seed_calls_digital(frames):
    c = data.type_conflicts(frames)
    assert (c.point_type != c.point_type_expected).all()
    phones = c[c.channel == "phone"]
    # seed 000 marks «Телефонная связь» as «Цифровая точка» on 8 rows
    assert len(phones) == 8 and set(phones.point_type) == {"digital"}
    assert set(c.source_path) == {SEED_TP}


def test_the_conflicts_table_reads_only_the_rows_it_shows_of_all_it_counts(frames):
    c = data.type_conflicts(frames)
    first = data.type_conflicts(frames, limit=3)
    assert data.type_conflict_count(frames) == len(c) > 3
    pd.testing.assert_frame_equal(first, c.head(3))


def test_digital_share_adds_up(frames):
    share = data.digital_share(frames, "body")
    tp = frames.touchpoints
    row = share.iloc[0]
    assert row.touchpoints == len(tp)
    assert row.digital_share == pytest.approx(row.digital / (row.digital + row.offline), abs=1e-3)


def test_needs_coverage_lists_the_needs_no_touchpoint_serves(frames):
    matrix, summary = data.needs_coverage(frames)
    served = {n for v in frames.touchpoints.needs for n in v}
    row = summary.iloc[0]
    missing = set(row.missing.split(", ")) - {""}
    assert missing == set(matrix.columns) - served - {"other"}
    assert row.covered == row["of"] - len(missing)


def test_overdue_items_are_those_due_before_as_of(frames):
    late = data.overdue(frames, AS_OF)
    rm = frames.roadmap.set_index("item_no")
    # seed 001: 1.1 due 13.04.2023 (overdue at 2024-06-01); 3.1.7 due 31.12.2024 (not yet); 1.4 is "x"
    assert "1.1" in set(late.item_no) and "3.1.7" not in set(late.item_no) and "1.4" not in set(late.item_no)
    assert (late.deadline < pd.Timestamp(AS_OF)).all()
    assert late.set_index("item_no").loc["1.1", "days_overdue"] == (AS_OF - dt.date(2023, 4, 13)).days
    assert not rm.loc[list(late.item_no), "is_section"].any()


def test_timeline_is_one_point_per_milestone_and_body(frames):
    d, late = data.roadmap_deadlines(frames), data.overdue(frames, AS_OF)
    t = data.timeline(frames, AS_OF)
    assert not t.duplicated(["milestone", "body"]).any()
    assert t["items"].sum() == len(d) and t["overdue"].sum() == len(late) > 0
    for (m, b), part in d.groupby(["milestone", "body"]):
        row = t[(t.milestone == m) & (t.body == b)].iloc[0]
        assert (row.earliest, row.latest) == (part.deadline.min(), part.deadline.max())
    per_body = data.overdue_by_body(frames, AS_OF)
    assert per_body.overdue.sum() == len(late) and (per_body.overdue <= per_body["items"]).all()


def test_long_tables_are_capped_with_the_query_for_the_rest(frames, monkeypatch):
    from pipeline.analyst.report.build import capped

    late = data.overdue(frames, AS_OF)
    assert len(late) > 3
    monkeypatch.setitem(data.config(), "table_rows", 3)
    html = capped(late, "select * from roadmap_wide")
    assert html.count("<tr") == 1 + 3                            # the header and three rows
    assert f"первые 3 из {len(late)} строк" in html and "touchpoints query" in html
    monkeypatch.setitem(data.config(), "table_rows", len(late))
    assert capped(late, "select 1").count("<tr") == 1 + len(late) and "первые" not in capped(late, "x")


def test_the_most_overdue_items_are_fetched_longest_overdue_first_and_capped_by_the_total(frames, monkeypatch):
    from pipeline.analyst.report.build import capped

    late = data.overdue(frames, AS_OF)
    worst = data.overdue(frames, AS_OF, most_overdue=3)
    assert list(worst.days_overdue) == sorted(late.days_overdue, reverse=True)[:3]
    assert list(worst.columns) == list(late.columns)
    monkeypatch.setitem(data.config(), "table_rows", 3)
    html = capped(worst, "select 1", total=len(late))
    assert html.count("<tr") == 1 + 3 and f"первые 3 из {len(late)} строк" in html


def test_the_sections_never_load_a_frame_of_every_row(seeds_dataset):
    """At 100,000 documents a frame of every touchpoint, need or roadmap item is gigabytes:
    the sections read SQL aggregates and only the rows a table shows."""
    from pipeline.analyst.report.build import build_sections

    f = data.load(seeds_dataset)
    sections = build_sections(f, AS_OF)
    assert len(sections) == 7
    assert not {"touchpoints", "needs", "roadmap", "procedure_items"} & set(vars(f))
    assert len(f.touchpoints) and "touchpoints" in vars(f)          # still there when asked for


def test_procedures_side_by_side_counts_each_procedures_list_items(frames):
    m = data.procedures_side_by_side(frames)
    pi = frames.procedure_items
    lists = pi[pi.list_kind.isin(["channel_digital", "channel_offline", "need"]) & pi.code.notna()]
    assert int(m.to_numpy().sum()) == len(lists)
    assert len(m.columns) == lists.body.nunique()              # one column per body, not per document


def test_feedback_evidence_per_body(frames):
    fb = data.feedback_channels(frames).set_index("body")
    kuzbass = [b for b in fb.index if "Кузбасса" in b and "RU-KEM" in b]
    assert len(kuzbass) == 1
    # seed 000 lists touchpoints serving «обратная связь» (need feedback)
    assert "feedback" in fb.loc[kuzbass[0], "touchpoint_needs"] and fb.loc[kuzbass[0], "has_feedback"]


# -- the file ------------------------------------------------------------------

def test_report_is_one_self_contained_file(report_file):
    html = report_file.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and '<meta name="generator" content="touchpoints-report">' in html
    assert not re.search(r"""<(script|img|link|iframe)[^>]+(src|href)\s*=\s*["']?(https?:)?//""", html, re.I)
    assert "Plotly" in html and html.count('class="plotly-graph-div"') >= 7
    assert [p.name for p in report_file.parent.iterdir()] == ["report.html"]      # no temporary left


def test_never_replaces_a_file_that_is_not_our_report(seeds_dataset, tmp_path):
    foreign = tmp_path / "report.html"
    foreign.write_text("<html>the user's own page</html>", encoding="utf-8")
    with pytest.raises(ReportError, match="not a report"):
        build_report(seeds_dataset, foreign, as_of=AS_OF)
    assert foreign.read_text(encoding="utf-8") == "<html>the user's own page</html>"
    res = run_cli("report", "--out", seeds_dataset, "-o", foreign)
    assert res.returncode == 2 and len(res.stderr.strip().splitlines()) == 1
    assert foreign.read_text(encoding="utf-8") == "<html>the user's own page</html>"


def test_cli_default_path_and_replacing_its_own_report(seeds_dataset, tmp_path):
    out = tmp_path / "output"
    shutil.copytree(seeds_dataset, out)
    for _ in range(2):
        res = run_cli("report", "--out", out, "--as-of", "2024-06-01")
        assert res.returncode == 0, res.stderr
    report = tmp_path / "reports" / "output-report.html"        # beside the dataset, not inside it
    assert report.stat().st_size > 1_000_000 and not (out / "report.html").exists()
    assert run_cli("report", "--out", out, "--as-of", "June").returncode == 2
    # a rebuild replaces the dataset's folder: the report stays
    assert run_cli("rebuild", "--raw", SEEDS, "--out", out, "-q").returncode == 0
    assert report.stat().st_size > 1_000_000


def test_report_of_an_empty_dataset(tmp_path):
    from tests.conftest_analyst import build_dataset

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(data.Path(__file__).resolve().parent.parent / "raw" / "003_fd56c50c22ebb581.txt", raw)
    build_dataset(raw, tmp_path / "output")
    info = build_report(tmp_path / "output", tmp_path / "r.html", as_of=AS_OF)
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "в наборе нет перечней точек взаимодействия" in html
    assert "нет пунктов дорожных карт" in html
    assert info["sections"][0] == "overview"


# -- as a person sees it ---------------------------------------------------------

def _chromium():
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(_chromium() is None, reason="chromium is not installed (./setup.sh installs Debian's chromium)")
def test_report_renders_in_headless_chromium(report_file, tmp_path):
    from PIL import Image

    common = [_chromium(), "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
              "--enable-logging=stderr", "--v=0", "--proxy-server=http://127.0.0.1:9",   # any fetch would fail
              f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1400,2400",
              "--virtual-time-budget=15000"]
    url = report_file.as_uri()
    dom = subprocess.run(common + ["--dump-dom", url], capture_output=True, text=True, timeout=180)
    assert dom.returncode == 0, dom.stderr[-2000:]
    body = re.search(r"<body([^>]*)>", dom.stdout).group(1)
    plots = int(re.search(r'data-plots="(\d+)"', body).group(1))
    drawn = int(re.search(r'data-plots-drawn="(\d+)"', body).group(1))
    assert plots >= 7 and drawn == plots, body
    assert re.search(r'id="report-errors"[^>]*data-count="0"', dom.stdout)
    assert dom.stdout.count('class="main-svg"') >= plots         # plotly drew its SVG layers
    console = [line for line in dom.stderr.splitlines() if ":CONSOLE" in line]
    assert console == [], console

    shot = tmp_path / "report.png"
    res = subprocess.run(common + [f"--screenshot={shot}", url], capture_output=True, text=True, timeout=180)
    assert res.returncode == 0 and shot.exists(), res.stderr[-2000:]
    pixels = np.asarray(Image.open(shot).convert("L"), dtype=float)
    assert pixels.shape == (2400, 1400)
    assert pixels.std() > 20                                     # not a blank page
    # the heatmaps' dark blue cells are there (a page of text alone has no large saturated areas)
    rgb = np.asarray(Image.open(shot).convert("RGB"), dtype=int)
    blue = (rgb[..., 2] > 120) & (rgb[..., 0] < 80) & (rgb[..., 1] < 110)
    assert blue.sum() > 5_000


# -- what the figures count ---------------------------------------------------------

def test_headline_figures_are_the_per_body_table_summed(frames, report_file):
    per_body = data.overview_by_body(frames, AS_OF)
    d, late = data.roadmap_deadlines(frames), data.overdue(frames, AS_OF)
    assert per_body.touchpoints.sum() == len(frames.touchpoints)
    assert per_body.dated_items.sum() == len(d) and per_body.overdue.sum() == len(late) > 0
    assert per_body.procedure_items.sum() == len(frames.procedure_items)
    assert per_body.orders.sum() == int(frames.documents.counted.sum())
    html = report_file.read_text(encoding="utf-8")
    # the card, the roadmap's heading and the table count the same items
    assert f"<b>{len(d)}</b>пунктов дорожных карт со сроком" in html
    assert f"<b>{len(late)}</b>из них просрочено на 01.06.2024" in html
    assert f"Просрочено на 01.06.2024: {len(late)} из {len(d)} пунктов со сроком" in html


def test_no_feedback_channel_is_judged_only_for_bodies_that_sent_a_touchpoint_list(frames):
    fb = data.feedback_channels(frames)
    docs = frames.documents[frames.documents.counted]
    with_list = set(docs.body[["touchpoint_list" in k for k in docs.kinds]])
    assert set(fb.body) == with_list and len(with_list) < docs.body.nunique()   # the procedure-only bodies are not


def test_channels_orders_type_differently_are_counted_per_order(frames):
    dis = data.type_disagreements(frames).set_index("channel")
    tp = frames.touchpoints
    phone = tp[(tp.channel == "phone") & tp.point_type.notna()]
    # seed 000 calls 8 phone rows «Цифровая точка»; the taxonomy expects a phone line offline
    assert dis.loc["phone", "point_type_expected"] == "offline" and dis.loc["phone", "touchpoints_digital"] == 8
    assert dis.loc["phone", ["touchpoints_digital", "touchpoints_offline"]].sum() == len(phone)
    assert dis.loc["phone", "orders_digital"] == phone[phone.point_type == "digital"].doc_id.nunique() == 1


def test_tables_show_labels_with_the_code_in_the_tooltip_and_russian_headers(report_file):
    from pipeline.analyst.labels import label

    html = report_file.read_text(encoding="utf-8")
    assert f'title="phone">{label("phone", "channel")}</td>' in html
    page_text = html.split("<main>")[1].split("<script")[0]
    assert "<th>Просрочка, дней</th>" in html and "days_overdue" not in page_text
    assert "<th>days_overdue</th>" not in html and ">Apr 2023<" not in html


def test_a_column_without_a_russian_header_fails_loudly():
    from pipeline.analyst.report.html import table

    with pytest.raises(KeyError, match="not_a_column"):
        table(pd.DataFrame({"not_a_column": [1]}))
