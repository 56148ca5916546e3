"""The layout bed's eleventh held-out set (`--layouts heldout11`): the generator's Word files say what its gold says,
for every axis value, and the set stays out of every other.

Checks of the generator only (no figures of the program): a few documents, no LibreOffice and no pipeline run."""
import calendar
import re

import pytest

from tests.test_layoutbed import _docx_text, _gold_texts, _squash, every_axis_value_used, own_set, rendered
from tests.test_layoutbed_heldout3 import _blocks
from tests.test_layoutbed_heldout4 import _gold_lists, _of

ROMAN = ("I", "II", "III", "IV")


@pytest.fixture(scope="module")
def heldout11(tmp_path_factory):
    return rendered("heldout11", tmp_path_factory.mktemp("layoutbed-heldout11"))


def test_heldout11_is_its_own_set():
    own_set("heldout11", "o")


def test_every_axis_value_is_used(heldout11):
    from benchmarks.layoutbed import h11_procedure, h11_roadmap, h11_touch
    every_axis_value_used(heldout11, {"touchpoint_list": h11_touch, "roadmap": h11_roadmap,
                                      "procedure": h11_procedure})


def test_every_pool_phrase_is_in_both_files(heldout11):
    for doc, txt, docx in heldout11:
        word, text = _docx_text(docx), _squash(txt.read_text(encoding="utf-8"))
        for phrase in _gold_texts(doc):
            core = _squash(phrase)[1:].rstrip(".;")  # a list item may be lower-cased at its start
            assert core in word and core in text, (doc.name, phrase)


def _tables_titled(docx) -> list[tuple[str, list[list[str]]]]:
    """Each table with the paragraph just above it."""
    out, last = [], ""
    for k, b in _blocks(docx):
        if k == "p":
            last = b
        else:
            out.append((last, [[c.text for c in r.cells] for r in b.rows]))
    return out


# --- touchpoint lists -----------------------------------------------------------------------------------

def _needs(texts: list[str]) -> str:
    return "; ".join(t.rstrip(".;") for t in texts)


def _dash_split(text: str) -> tuple[str, str]:
    """A «channel – needs» cell cut at its first dash outside «…» (a channel's name may hold «Вопрос – ответ»)."""
    depth = 0
    for k, ch in enumerate(text):
        depth += (ch == "«") - (ch == "»")
        if depth == 0 and text.startswith(" – ", k):
            return text[:k], text[k + 3:]
    raise AssertionError(text)


def _touch_records(docx, ax) -> list[dict]:
    """Per touchpoint, what the document states: channel, needs, kind, direction heading and process, from the
    columns, the channel cell, the process row's lines or the appendix title, whichever the layout uses."""
    from benchmarks.layoutbed.h11_common import TYPE_WORDS
    from benchmarks.layoutbed.h11_touch import KIND_TITLES, LABELS
    lab = {k: v[ax["header_words"] == "regional"] for k, v in LABELS.items()}
    words = TYPE_WORDS[ax["type_words"]]
    out = []
    for title, rows in _tables_titled(docx):
        by_title = [w for w, t in zip(words, KIND_TITLES[ax["type_words"]]) if title.startswith(t)]
        assert len(by_title) == (ax["split"] == "appendix_per_kind"), title
        for no, r in enumerate(rows[1:], 1):
            cells = dict(zip(rows[0], r))
            assert cells[lab["no"]] == f"{no}.", r  # numbered afresh in each table
            if ax["direction_as"] == "column":
                heading, process = cells[lab["direction"]], cells[lab["process"]]
            else:
                heading, process = cells[lab["dir_process"]].split("\n")
            common = {"heading": heading, "process": process}
            if ax["point_cell"] == "process_lines":
                lines = cells[lab["lines"]].split("\n")
                for k, line in enumerate(lines, 1):
                    m = re.fullmatch(rf"{k}\) (.+) \(({'|'.join(words)})\) – (.+)[.;]", line)
                    assert m and line.endswith("." if k == len(lines) else ";"), line
                    out.append({**common, "channel": m[1], "kind": m[2], "needs": m[3], "title": by_title})
                continue
            if ax["point_cell"] == "needs_in_channel":
                assert lab["needs"] not in cells, r
                channel, needs = _dash_split(cells[lab["channel_needs"]])
            else:
                channel, needs = cells[lab["channel"]], _squash(cells[lab["needs"]].replace("\n", "; "))
            kind = cells.get(lab["kind"])
            assert (kind is None) == (ax["split"] == "appendix_per_kind"), r  # the kind in the title instead
            out.append({**common, "channel": channel, "kind": kind, "needs": needs, "title": by_title})
    return out


def test_touch_rows_hold_the_gold(heldout11):
    from benchmarks.layoutbed.h11_common import TYPE_WORDS
    seen = set()
    for doc, _, docx in _of(heldout11, "touchpoint_list"):
        ax = doc.axes
        words = TYPE_WORDS[ax["type_words"]]
        records = _touch_records(docx, ax)
        assert len(records) == len(doc.gold), doc.name
        for g, r in zip(doc.gold, records):
            word = words[g["point_type"] == "offline"]
            assert r["channel"] == g["touchpoint"] and r["process"] == g["process"], doc.name
            if ax["split"] == "appendix_per_kind":
                assert r["title"] == [word], doc.name
            if r["kind"] is not None or ax["point_cell"] == "process_lines":
                assert r["kind"] == word, doc.name
            want = _needs(g["needs_text"])
            if ax["point_cell"] == "plain":  # a cell of paragraphs or of «; »
                assert _squash(r["needs"]).replace(";", "").split() == _squash(want).replace(";", "").split()
            else:
                assert r["needs"] == want, doc.name
        pairs = {(g["direction"], r["heading"]) for g, r in zip(doc.gold, records)}
        assert len(pairs) == len({g for g, _ in pairs}) == len({t for _, t in pairs}), doc.name
        if ax["split"] == "appendix_per_kind":  # every digital touchpoint in the first appendix
            kinds = [g["point_type"] for g in doc.gold]
            assert kinds == sorted(kinds), doc.name
        if ax["point_cell"] != "plain":  # a need written on a line is no list of its own
            assert not [p for g in doc.gold for p in g["needs_text"] if re.search(r"\n|;|(^|\s)[0-9а-я]\)", p)]
        seen.add((ax["point_cell"], ax["split"]))
    assert {p for p, _ in seen} == {"plain", "needs_in_channel", "process_lines"}


# --- roadmaps ---------------------------------------------------------------------------------------------

def _end(year: int, month: int) -> str:
    return f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


MONTHS = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр")


def _meaning(text: str) -> str:
    """The last day of the period a «не позднее …» / «в течение …» term names."""
    year = int(re.search(r"(20\d\d)", text).group(1))
    period = re.sub(r"^(не позднее|в течение) ", "", text)
    if m := re.match(r"([IV]+) квартала", period):
        return _end(year, 3 * (ROMAN.index(m[1]) + 1))
    if m := re.match(r"(первого|второго) полугодия", period):
        return _end(year, 6 if m[1] == "первого" else 12)
    word = period.split()[0]
    month = max((k + 1 for k, s in enumerate(MONTHS) if word.startswith(s)), key=lambda k: len(MONTHS[k - 1]))
    return _end(year, month)


def test_roadmap_period_reader_agrees_with_hand_worked_examples():
    assert _meaning("не позднее III квартала 2025 г.") == "2025-09-30"
    assert _meaning("в течение IV квартала 2026 года") == "2026-12-31"
    assert _meaning("не позднее первого полугодия 2025 г.") == "2025-06-30"
    assert _meaning("в течение второго полугодия 2024 года") == "2024-12-31"
    assert _meaning("не позднее февраля 2024 г.") == "2024-02-29"
    assert _meaning("в течение мая 2025 года") == "2025-05-31"
    assert _meaning("не позднее марта 2025 г.") == "2025-03-31"


def _note(paras: list[str]) -> dict[str, str]:
    """Item number → the responsible the note under the table gives it («по пунктам 1.1–1.3 – …;»)."""
    out = {}
    for p in paras:
        if m := re.fullmatch(r"по пункт(?:у|ам) (\d+)\.(\d+)(?:–\d+\.(\d+))? – (.+)[.;]", p):
            for k in range(int(m[2]), int(m[3] or m[2]) + 1):
                out[f"{m[1]}.{k}."] = m[4]
    return out


def test_roadmap_terms_and_people_where_the_layout_puts_them(heldout11):
    from benchmarks.layoutbed.h11_roadmap import HEAD, PERIODS
    seen = set()
    for doc, _, docx in _of(heldout11, "roadmap"):
        ax = doc.axes
        head = {k: v[ax["header_words"] == "regional"] for k, v in HEAD.items()}
        ((_, rows),) = _tables_titled(docx)
        items = [dict(zip(rows[0], r)) for r in rows[1:] if len(set(r)) > 1]
        assert [r[head["no"]] for r in items] == [g["item_no"] for g in doc.gold], doc.name
        paras = [t for k, t in _blocks(docx) if k == "p"]
        note = _note(paras)
        assert bool(note) == (ax["resp_at"] == "by_items_note"), doc.name
        for g, r in zip(doc.gold, items):
            if ax["deadline_at"] == "in_activity":  # the term inside the activity's cell, no term column
                assert head["deadline"] not in r and r[head["activity"]].startswith(g["activity"].rstrip(". "))
                assert g["deadline_text"] in r[head["activity"]][len(g["activity"].rstrip(". ")):], doc.name
            else:
                assert r[head["activity"]] == g["activity"] and r[head["deadline"]] == g["deadline_text"]
            if ax["deadline_form"] == "period_phrase":
                assert g["deadline"] == _meaning(g["deadline_text"]), (doc.name, g["deadline_text"])
            if ax["resp_at"] == "by_items_note":
                assert head["responsible"] not in r, doc.name
                assert note[g["item_no"]] == " ".join(g["responsible_text"].split()).rstrip("."), doc.name
            else:
                assert r[head["responsible"]] == g["responsible_text"], doc.name
            assert (r.get(head["periodicity"]) in PERIODS) == (ax["periodicity_col"] == "yes"), doc.name
        seen.add((ax["deadline_at"], ax["resp_at"]))
    assert {a for a, _ in seen} == {"column", "in_activity"} and {b for _, b in seen} == {"column", "by_items_note"}


# --- procedures -------------------------------------------------------------------------------------------

def _unref(item: str) -> str:
    return re.sub(r" \(подпункт \d\.\d\.\d+ Стандарта\)$", "", item)


def test_procedure_lists_where_the_layout_puts_them(heldout11):
    from benchmarks.layoutbed.h11_procedure import EXPLAIN, NAMED, REGIONAL
    seen = set()
    for doc, _, docx in _of(heldout11, "procedure"):
        ax, want = doc.axes, _gold_lists(doc)
        paras = [t for k, t in _blocks(docx) if k == "p"]
        body = paras[paras.index("2. Состав сведений перечня") + 1:]
        points = [p for p in body if re.match(r"2\.\d\. ", p)]
        assert len(points) == 4, doc.name
        refs = 0
        for p, kind in zip(points, want):
            if ax["list_form"] in ("inline_and", "named_after"):  # the items in the point's one sentence
                assert body == points, doc.name
                at = 0
                for item in want[kind]:
                    core = item.rstrip(".;")[1:]
                    at = p.index(core, at) + len(core)
                refs += p.count("Стандарта)")
                if ax["list_form"] == "named_after":
                    before, name = NAMED[kind]
                    assert p.startswith(f"2.{points.index(p) + 1}. {before} ") and p.endswith(f"(далее – {name}).")
                elif ax["leadin_form"] == "regional":
                    assert p.split(" ", 1)[1].startswith(REGIONAL[kind]), doc.name
                continue
            start = body.index(p) + 1
            end = next((k for k in range(start, len(body)) if re.match(r"2\.\d\. ", body[k])), len(body))
            lines = body[start:end]
            marked = [ln for ln in lines if re.match(r"\d+\) ", ln)]
            loose = [ln for ln in lines if ln not in marked]
            items = [_unref(re.sub(r"^\d+\) ", "", ln).rstrip(".;")) for ln in marked]
            refs += sum(_unref(i) != i for i in (re.sub(r"^\d+\) ", "", ln).rstrip(".;") for ln in marked))
            assert [i[1:] for i in items] == [g.rstrip(".;")[1:] for g in want[kind]], (doc.name, kind)
            assert set(loose) <= {EXPLAIN[kind]}, doc.name
            seen.add(("explained", bool(loose)))
            assert not loose or ax["list_form"] == "points_explained", doc.name
            if ax["leadin_form"] == "regional":
                assert p.split(" ", 1)[1] == REGIONAL[kind], doc.name
        assert (refs > 0) == (ax["item_refs"] == "standard"), doc.name
        seen.add(ax["list_form"])
    assert {"points", "points_explained", "inline_and", "named_after", ("explained", True)} <= seen
