"""The bed's placement grammar (`--mutate placement=mixed`, `benchmarks/layoutbed/mutate_placement.py`) and the kind
words' grammar (`--mutate kinds=reworded`, `kind_words.py`).  That each keeps the gold in both files is
`test_layoutbed_mutate.test_every_mutation_keeps_the_gold_in_both_files`; here, that every branch of the grammar is
drawn and makes the shape it names.  Fast: the generator's model only, no files, no pipeline run."""
from __future__ import annotations

import random
from collections import Counter

import pytest

from benchmarks.layoutbed import generate, kind_words, mutate, mutate_placement, placement_points, pools, render_txt
from benchmarks.layoutbed.doc import Para, Table

SETS = ("base", "extra2", "heldout9", "heldout12", "heldout13")


@pytest.fixture(scope="module")
def lists():
    return [d for s in SETS for d in generate.documents(pools.load("tune"), seed=3, n_docs=6, layouts=s)
            if d.kind == "touchpoint_list"]


@pytest.fixture(scope="module")
def placed(lists):
    """The lists laid out again: all but those with no headed list table (a card per point, a list in paragraphs)."""
    out = [(d, new) for d, new in zip(lists, mutate.apply(lists, ("placement=mixed",), seed=1)) if "_placed" in new.__dict__]
    assert len(out) * 5 >= len(lists) * 4
    return out


def _text(c) -> str:
    return " ".join(c.paras).strip()


def _tables(doc) -> list[Table]:
    return [b for b in doc.blocks if isinstance(b, Table)]


def test_every_branch_of_the_grammar_is_drawn(placed):
    drawn = Counter((f, v) for _, new in placed for f, v in new.__dict__["_placed"].items())
    for field, values in mutate_placement.GRAMMAR.items():
        for v in values:
            assert drawn[(field, v)] >= 1, (field, v)
    assert len({tuple(sorted(new.__dict__["_placed"].items())) for _, new in placed}) >= 20   # combinations


def test_gold_kept_and_every_point_s_channel_once_in_the_new_list(placed):
    for doc, new in placed:
        assert new.gold == doc.gold and new.axes == doc.axes
        assert render_txt.render(new) != render_txt.render(doc)
        p = new.__dict__["_placed"]
        if p["channel"] == "register":
            continue
        cells = [_text(c) for t in _tables(new) for row in t.rows for c in row]
        for g in doc.gold:
            assert any(g["touchpoint"] in c for c in cells), (doc.name, g["touchpoint"])


def test_each_placement_makes_its_shape(placed):
    for doc, new in placed:
        p, pts = new.__dict__["_placed"], placement_points.points(doc)[0]
        tables, paras = _tables(new), [b.text for b in new.blocks if isinstance(b, Para)]
        cells = [_text(c) for t in tables for row in t.rows for c in row]
        full = [_text(row[0]) for t in tables for row in t.rows[1:] if len(row) == 1]
        if p["direction"] == "caption":
            assert all(any(pt.direction in x for x in paras) for pt in pts), doc.name
        if p["direction"] == "row":
            assert all(any(pt.direction in x for x in full) for pt in pts), doc.name
        if p["direction"] == "runin":
            assert all(any(x.endswith(": " + pt.direction + ". " + pt.process) or x.endswith(": " + pt.direction + " " +
                                  pt.process) for x in cells) for pt in pts), doc.name
        if p["process"] == "row":
            assert all(any(pt.process in x for x in full) for pt in pts), doc.name
        if p["process"] == "merged" and p["channel"] != "row" and p["kind"] not in ("row", "tables"):
            assert any(c.vmerge == "continue" for t in tables for row in t.rows for c in row) or \
                len({(pt.section, pt.process) for pt in pts}) == len(pts), doc.name
        if p["channel"] == "register":
            codes = {_text(row[0]): _text(row[1]) for row in tables[0].rows[1:]}
            assert all(any(v.startswith(pt.channel) for v in codes.values()) for pt in pts), doc.name
            assert all(any(c.split()[0] in codes for c in (_text(x) for x in row) if c) for row in tables[1].rows[1:]
                       if len(row) > 1), doc.name
        if p["channel"] == "row":
            assert all(any(x.endswith(pt.channel) or pt.channel in x for x in full) for pt in pts), doc.name
        if p["needs"] == "keyed":
            keyed = tables[-1]
            assert len(keyed.rows[0]) == 2 and [_text(r[0]) for r in keyed.rows[1:]] == \
                [str(pt.no) for pt in pts if pt.needs], doc.name
        if p["needs"] == "dash":
            assert any(c.paras[1:] and all(x.startswith("– ") for x in c.paras[1:]) for t in tables for row in t.rows
                       for c in row), doc.name
        if p["kind"] == "columns":
            heads = {_text(c) for t in tables for c in t.rows[0]}
            assert len(heads & {w for k in ("digital", "offline") for w in _all_heads(k)}) == 2, doc.name


def _all_heads(kind: str) -> set[str]:
    out = set()
    for seed in range(200):
        out.add(kind_words.draw(random.Random(seed)).head(kind))
    return out


def test_the_direction_s_words_are_the_document_s_own_where_it_states_them(lists):
    own = 0
    for doc in lists:
        pts, found = placement_points.points(doc)
        words = {pt.section: pt.direction for pt in pts}
        assert len(set(words.values())) == len(words) or not found, doc.name
        if found:
            own += 1
            text = render_txt.render(doc)
            assert all(w in text or w.upper() in text.upper() for w in words.values()), doc.name
        else:
            assert set(words.values()) <= set(placement_points.DEFINED.values())
    assert own * 3 >= len(lists) * 2


def test_kind_words_grammar_gives_each_form_and_keeps_kinds_apart():
    forms = Counter()
    for seed in range(60):
        w = kind_words.draw(random.Random(seed))
        forms[w.form] += 1
        for say in (w.value, w.row, w.head):
            assert say("digital") != say("offline")
        assert w.suffix("digital", 0).startswith(" (") and w.suffix("offline", 1).startswith(" – ")
    assert set(forms) == set(kind_words.FORMS)


def test_kinds_reworded_says_the_kind_column_in_the_grammar_s_words(lists):
    changed = 0
    for doc in lists:
        new = mutate.apply([doc], ("kinds=reworded",), seed=2)[0]
        assert new.gold == doc.gold
        for g_old, g_new in zip(mutate.list_tables(doc), mutate.list_tables(new)):
            rows = kind_words.point_rows(doc, g_old)
            col = kind_words.kind_column(g_old, rows)
            if col is None:
                continue
            said = {kind: {_text(g_new[ti].rows[r][col]) for (ti, r), k in rows.items() if k == kind}
                    for kind in ("digital", "offline")}
            # one word per kind, and not the set's own
            assert all(len(v) <= 1 for v in said.values()) and not (said["digital"] & said["offline"]), doc.name
            changed += 1
    assert changed >= 8
