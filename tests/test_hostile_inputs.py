"""Issue 21 (continued): overrides, races, our own folders, what lands and what the
store leaves.  The real CLI in a subprocess where the case is about the CLI; faults
from the test side (monkeypatching, fake tools on PATH), never hooks in the code."""
from __future__ import annotations

import os

import pandas as pd
import pytest

from tests.test_hostile_surfaces import tiny, tp


# -- overrides: small, no aliases, never a link out of raw/, one-line errors ----

BOMB = "a: &a ['x','x','x','x','x','x','x','x','x']\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},"
    f"*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)}]\n" for i in range(8))


@pytest.mark.parametrize("content, why", [
    (BOMB.encode(), "not valid YAML"),
    (("channel:\n  " + "x" * 200 + ": &big [1]\n  y: *big\n").encode(), "not valid YAML"),
    ("channel:\n  Голубиная почта: written_mail\n".encode("cp1251"), "not UTF-8"),
    (b"channel:\n  ~: website\n", "not a phrase"),
    (b"channel:\n  ? " + b"long phrase " * 5000 + b"\n  : no_such_code\n", "unknown code"),
])
def test_bad_overrides_are_one_short_line(tmp_path, content, why):
    raw = tmp_path / "raw"
    tiny(raw, "a.txt")
    (raw / "overrides.yaml").write_bytes(content)
    r = tp(tmp_path, "rebuild", "--raw", raw, "--out", tmp_path / "out", "-q", timeout=60)
    assert r.returncode == 2 and why in r.stderr
    said = [line for line in r.stderr.splitlines() if line.startswith("Error")]
    assert len(said) == 1 and len(said[0]) < 300


def test_overrides_link_out_of_raw_is_not_read(tmp_path):
    raw = tmp_path / "raw"
    tiny(raw, "a.txt")
    secret = tmp_path / "secret.txt"
    secret.write_text("password: hunter2\n")
    (raw / "overrides.yaml").symlink_to(secret)
    r = tp(tmp_path, "rebuild", "--raw", raw, "--out", tmp_path / "out", "-q", timeout=60)
    assert r.returncode == 2 and "link" in r.stderr and "hunter2" not in r.stdout + r.stderr


def test_apply_of_a_fifo_or_a_broken_csv_is_exit_2(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    fifo = tmp_path / "review.csv"
    os.mkfifo(fifo)
    r = tp(tmp_path, "review", "--apply", fifo, "--raw", raw, timeout=30)
    assert r.returncode == 2 and "regular" in r.stderr
    broken = tmp_path / "broken.csv"
    broken.write_text('field,text_raw,code\nchannel,"Голубиная почта,written_mail\n', encoding="utf-8")
    r = tp(tmp_path, "review", "--apply", broken, "--raw", raw, timeout=30)
    assert r.returncode == 2 and not (raw / "overrides.yaml").exists()


def test_applies_at_once_all_land(tmp_path):
    import threading
    from pipeline.analyst.overrides import merge
    from pipeline.run.overrides import load

    target = tmp_path / "raw" / "overrides.yaml"
    codes = ["website", "phone", "email", "mfc"]
    for round_ in range(5):
        phrases = [f"канал {round_} {i}" for i in range(len(codes))]
        threads = [threading.Thread(target=merge, args=(target, {"channel": {p: c}})) for p, c in zip(phrases, codes)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert set(phrases) <= set(load(target)["channel"])


def test_review_csv_never_replaces_a_file_it_did_not_write(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    tiny(raw, "a.txt", "Голубиная почта")
    assert tp(tmp_path, "rebuild", "--raw", raw, "--out", out, "-q").returncode == 0
    order = raw / "a.txt"
    before = order.read_bytes()
    r = tp(tmp_path, "review", "--out", out, "--csv", order)
    assert r.returncode == 2 and "--force" in r.stderr and order.read_bytes() == before
    mine = tmp_path / "review.csv"
    for _ in range(2):                           # its own file it replaces
        assert tp(tmp_path, "review", "--out", out, "--csv", mine).returncode == 0


def test_ingesting_a_folder_that_holds_raw_dataset_and_cache_reads_none_of_them(tmp_path):
    """`ingest .` from the project folder: our own dataset, cache and raw/ are no input."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    tiny(raw, "a.txt")
    assert tp(tmp_path, "rebuild", "--raw", raw, "--out", out, "-q").returncode == 0
    tiny(tmp_path / "new", "b.txt", "ЕПГУ")
    r = tp(tmp_path, "ingest", tmp_path, "--raw", raw, "--out", out, "-q")
    assert r.returncode == 0, r.stderr
    assert sorted(pd.read_parquet(out / "documents")["source_path"]) == ["a.txt", f"{tmp_path.name}/new/b.txt"]
    assert not list(raw.glob(f"{tmp_path.name}/raw")) and not list(raw.rglob("*.json"))


def test_out_that_is_a_link_to_a_dataset_stays_a_link_to_the_new_dataset(tmp_path):
    raw, real = tmp_path / "raw", tmp_path / "datasets" / "v1"
    tiny(raw, "a.txt")
    real.parent.mkdir()
    link = tmp_path / "out"
    link.symlink_to(real)
    assert tp(tmp_path, "rebuild", "--raw", raw, "--out", link, "-q").returncode == 0
    tiny(raw, "b.txt", "ЕПГУ")
    assert tp(tmp_path, "rebuild", "--raw", raw, "--out", link, "-q").returncode == 0
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert sorted(pd.read_parquet(real / "documents")["source_path"]) == ["a.txt", "b.txt"]


def test_a_tool_failing_on_a_full_temporary_disk_is_not_cached(tmp_path, monkeypatch):
    import parsers.tools as tools
    from pipeline.run.process import process_path

    bin_ = tmp_path / "bin"
    bin_.mkdir()
    (bin_ / "soffice").write_text("#!/bin/sh\necho 'write error' >&2\nexit 1\n")
    (bin_ / "soffice").chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_}{os.pathsep}{os.environ['PATH']}")
    doc = tmp_path / "a.rtf"
    doc.write_bytes(b"{\\rtf1\\ansi hello}")
    monkeypatch.setattr(tools, "_free_bytes", lambda folder: 0)
    full = process_path(doc)
    assert full.category.retry_next_run and "full" in full.document["error"]
    monkeypatch.setattr(tools, "_free_bytes", lambda folder: 10 ** 12)
    room = process_path(doc)
    assert not room.category.retry_next_run and "could not convert" in room.document["error"]


def test_rebuild_refuses_when_a_raw_subfolder_cannot_be_listed(tmp_path, monkeypatch):
    import errno
    from tests.storeutil import invoke

    raw, out = tmp_path / "raw", tmp_path / "out"
    tiny(raw, "a.txt")
    tiny(raw / "sub", "b.txt", "ЕПГУ")
    assert invoke("rebuild", "--raw", raw, "--out", out, "-q", "--workers", "1").exit_code == 0
    real_scandir = os.scandir

    def deny(path=".", *a):
        if str(path).endswith("sub"):           # root ignores chmod 000: the fault comes from here
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path, *a)

    monkeypatch.setattr(os, "scandir", deny)
    res = invoke("rebuild", "--raw", raw, "--out", out, "-q", "--workers", "1")
    assert res.exit_code == 2 and "cannot list" in res.output
    assert sorted(pd.read_parquet(out / "documents")["source_path"]) == ["a.txt", "sub/b.txt"]


def test_an_announced_kind_that_was_not_read_makes_the_document_partial(tmp_path):
    """A roadmap order whose table was lost (LibreOffice dropped it from a .doc): the
    order approves a roadmap, none was read — `partial`, saying so, never `ok`."""
    from pipeline.contract import Status
    from pipeline.run.process import process_path

    doc = tmp_path / "order.txt"
    doc.write_text("Министерство цифрового развития Кузбасса\n\nПРИКАЗ\n\n"
                   "О внедрении стандартов клиентоцентричности\n\n"
                   "1. Утвердить прилагаемый план мероприятий («дорожную карту») по внедрению "
                   "стандартов клиентоцентричности.\n2. Контроль оставляю за собой.\n\n"
                   "План мероприятий («дорожная карта»)\n", encoding="utf-8")
    r = process_path(doc)
    assert r.document["status"] == Status.PARTIAL and "roadmap" in r.document["error"]
    cited = tmp_path / "cited.txt"             # a cited act's title is no announcement
    cited.write_text(doc.read_text(encoding="utf-8").replace(
        "1. Утвердить прилагаемый план", "1. Во исполнение распоряжения «Об утверждении плана"), encoding="utf-8")
    assert "roadmap" not in (process_path(cited).document["error"] or "")


def test_a_file_name_never_becomes_a_link_in_the_report_plots():
    from pipeline.analyst.report import figures

    evil = '(no authority) <a href="https://evil.example">click</a>.txt'
    matrix = pd.DataFrame({"website": [3]}, index=[evil])
    share = pd.DataFrame({"body": [evil], "digital": [1], "offline": [1], "digital_share": [0.5]})
    procs = pd.DataFrame({evil: [1]}, index=pd.MultiIndex.from_tuples([("channel", "website")]))
    for fig in (figures.heatmap(matrix, "channel", "t", "n"), figures.share_bars(share, "body", "t"),
                figures.procedures_heatmap(procs)):
        text = fig.to_json()
        # escaped (a long name may be wrapped after "&lt;a"), never a tag plotly would follow
        assert "<a href" not in text and "\\u003ca href" not in text and "&lt;a" in text


HUGE_PAGE_PDF = (b"%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n"
                 b"2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n"
                 b"3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 14400 14400]>> endobj\n"
                 b"trailer <</Root 1 0 R>>\n%%EOF\n")        # one blank page of 200 x 200 inches


def test_an_oversize_pdf_scan_page_is_too_large_before_rendering(tmp_path):
    from pipeline.contract import ErrorCategory
    from pipeline.run.process import process_path

    pdf = tmp_path / "huge.pdf"
    pdf.write_bytes(HUGE_PAGE_PDF)
    r = process_path(pdf)
    assert r.category == ErrorCategory.TOO_LARGE and "too large" in r.document["error"]


def test_an_oversize_scan_page_is_too_large_not_a_bug(monkeypatch):
    import io
    from PIL import Image
    from parsers.errors import InputTooLarge
    from parsers.formats import scan, scan_images

    buf = io.BytesIO()
    Image.new("L", (400, 300), 255).save(buf, "PNG")
    monkeypatch.setattr(scan_images, "MAX_PIXELS", 100_000)     # 400 x 300 is over it
    with pytest.raises(InputTooLarge, match="too large"):
        scan.read_pages([buf.getvalue()], 300)


# -- the store: what a crash or a fold leaves, what a failure says ---------------

def test_crash_temporaries_and_the_folds_journal_are_cleaned(tmp_path, monkeypatch):
    import pipeline.store.compaction as compaction
    from tests.storeutil import invoke

    monkeypatch.setattr(compaction, "FANOUT", 2)                # fold after a few ingests
    raw, out = tmp_path / "raw", tmp_path / "out"
    for i, channel in enumerate(["Телефонная связь", "ЕПГУ", "Официальный сайт", "Электронная почта"]):
        doc = tiny(raw, f"d{i}.txt", channel)
        assert invoke("ingest", doc, "--raw", raw, "--out", out, "-q", "--workers", "1").exit_code == 0
        if i == 1:                               # a writer that died before its rename
            for folder in ("review", ".index", "labels"):
                (out / folder / f".x.parquet.{i}.tmp").write_bytes(b"half")
    assert not (out / ".commit").exists(), "the fold left its journal"
    assert not list(out.rglob("*.tmp"))
    assert len(pd.read_parquet(out / "documents")) == 4


def test_a_failure_after_the_documents_landed_says_they_landed(tmp_path, monkeypatch):
    import errno
    import pipeline.store.dataset as dataset
    from tests.storeutil import invoke

    raw, out = tmp_path / "raw", tmp_path / "out"
    doc = tiny(raw, "a.txt")

    def full(out_):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(dataset, "derive", full)
    res = invoke("ingest", doc, "--raw", raw, "--out", out, "-q", "--workers", "1")
    assert res.exit_code == 2 and "landed" in res.output and "intact" not in res.output
    monkeypatch.undo()
    assert list(pd.read_parquet(out / "documents")["source_path"]) == ["a.txt"]


# -- a very long cell of a drawn table: joined in time linear in its lines ----

class _Scanned:
    """A compiled pattern that records how many characters each search was given."""

    def __init__(self, pattern, sizes):
        self.pattern, self.sizes = pattern, sizes

    def search(self, text, pos=0):
        self.sizes.append(len(text) - pos)
        return self.pattern.search(text, pos)

    def __getattr__(self, name):
        return getattr(self.pattern, name)


def test_a_cell_of_thousands_of_wrapped_lines_is_not_rescanned_per_line(monkeypatch):
    import parsers.formats.text_grid as tg
    import parsers.formats.wordjoin as wj
    from parsers.document import Table
    from parsers.formats.text import parse_text
    sizes, looked_back = [], []
    for name in ("_TAIL", "_LATIN_END", "_LATIN_PIECE", "_WHOLE_ADDRESS", "_OPEN_ADDRESS"):
        monkeypatch.setattr(wj, name, _Scanned(getattr(wj, name), sizes))
    real = tg._continues
    monkeypatch.setattr(tg, "_continues", lambda above, ln: looked_back.append(len(above)) or real(above, ln))
    n = 2000
    body = [f"|   | {'услуги заявителю через' if i % 2 else 'многофункциональный центр,'}".ljust(34) + "|"
            for i in range(n)]
    drawing = ["+---+------------------------------+", "| № | Описание                     |",
               "+---+------------------------------+", "| 1 | Описание точки:              |"] + body + \
              ["+---+------------------------------+"]
    (table,) = [b for b in parse_text("\n".join(drawing)).blocks if isinstance(b, Table)]
    assert len(table.rows) == 2 and table.rows[1].texts[1].count("многофункциональный") == n // 2
    assert sizes and max(sizes) <= 200                 # the end of the text, never all of it
    assert looked_back and max(looked_back) <= 2       # the row above's last text per column, not its lines


def test_a_long_narrow_column_is_not_tried_as_one_growing_word(monkeypatch):
    """One word a line, every break unsure: each line may start a broken word, but a word
    has few pieces — the dictionary is asked a bounded number of times per line, never
    about a word longer than a long Russian word (it was asked about the whole column's
    rest from every line: cubic work)."""
    import parsers.formats.wordjoin as wj
    asked = []
    real = wj.is_known
    monkeypatch.setattr(wj, "is_known", lambda w: asked.append(w) or real(w))
    words = ["заявление", "справка", "портал", "приём", "обращение", "жалоба", "услуга", "выписка"]
    n = 400
    lines = [words[i % len(words)] for i in range(n)]
    out = wj.join_lines(lines, [wj.Break.MAYBE_MID] * (n - 1))
    assert out.split() == lines                       # nothing glued: every line is a word of its own
    assert len(asked) <= 40 * n
    assert max(map(len, asked)) <= 60
