"""The layout bed's structural mutations (`--mutate`, benchmarks/layoutbed/mutate.py): each keeps
every gold text its set's documents hold, in converted text and in Word, and changes the shape it
names — and nothing without `--mutate`.

Fast: converted text and Word only, a few documents, no LibreOffice and no pipeline run."""
from __future__ import annotations

import re

import pytest

from benchmarks.layoutbed import generate, mutate, mutate_cells, pools, render_docx, render_txt
from benchmarks.layoutbed.__main__ import parse_args
from tests.test_layoutbed import _docx_text, _gold_texts, _squash

SETS = ("base", "heldout6", "heldout7")


@pytest.fixture(scope="module")
def originals():
    return {s: generate.documents(pools.load("tune"), seed=3, n_docs=4, layouts=s) for s in SETS}


def _heads(doc) -> list[list[list[str]]]:
    """Each list table's header rows as texts, a list per table."""
    return [[[" ".join(c.paras) for c in row] for row in g[0].rows[:g[0].header_rows]] for g in mutate.list_tables(doc)]


def _bodies(doc) -> list[list[str]]:
    return [sorted(" ".join(c.paras) for t in g for row in t.rows[t.header_rows:] for c in row)
            for g in mutate.list_tables(doc)]


@pytest.mark.parametrize("name", mutate.TABLE_MUTATIONS)
def test_every_mutation_keeps_the_gold_in_both_files(name, originals, tmp_path):
    changed = 0
    for docs in originals.values():
        for doc, new in zip(docs, mutate.apply(docs, (name,), seed=1)):
            assert new.gold == doc.gold and new.axes == doc.axes and new.name == doc.name
            before, txt = _squash(render_txt.render(doc)), _squash(render_txt.render(new))
            docx = _docx_text(render_docx.write(new, tmp_path / "m.docx"))
            for text in _gold_texts(doc):
                core = _squash(text)[1:].rstrip(".;")
                # one item a row: a gold phrase of «; »-parts (one need text in some sets) is each part
                parts = [_squash(p)[1:].rstrip(".;") for p in re.split(r";\s+", text)] if name == "row_per_need" else [core]
                if core in before:           # what the set's own file holds, the mutated one holds too
                    assert all(p in txt and p in docx for p in parts), (name, doc.name, text)
            changed += render_txt.render(new) != render_txt.render(doc)
    # most lists' tables are mutated (procedures as paragraphs are not; group_rows and numbered_rows need
    # a column of runs or of row numbers, which roadmaps seldom have; the plan mutations touch roadmaps alone)
    # kind_tables needs a column of two or three short values (a kind), footnotes and fused_cells a list of text
    # columns, row_per_need cells of several items
    # ditto needs a column of runs, needs_apart a list's needs column and numbers of one row each, records a
    # table naming the gold's points (touchpoint lists alone; a list on its side is no list table); kinds=reworded
    # a kind column or kind rows (a list may state no kind)
    least = {"group_rows": 8, "numbered_rows": 8, "merge_cells": 8, "kind_tables": 3, "row_per_need": 4, "ditto": 10,
             "needs_apart": 10, "records": 8, "kinds=reworded": 6}
    assert changed >= (2 if name in mutate.PLAN_MUTATIONS else least.get(name, 12)), name


def test_neutral_headers_keep_no_heading_of_their_own(originals):
    for doc in (d for docs in originals.values() for d in docs):
        new = mutate.apply([doc], ("headers=neutral",), seed=1)[0]
        for old, got in zip(_heads(doc), _heads(new)):
            words = {t for row in old for t in row if t and not t.isdigit() and len(t) > 12}
            assert not words & {t for row in got for t in row}, doc.name
        assert _bodies(new) == _bodies(doc), doc.name


def test_extra_columns_widen_every_row_alike(originals):
    grew = 0
    for doc in (d for docs in originals.values() for d in docs):
        new = mutate.apply([doc], ("extra_columns",), seed=1)[0]
        for old, g in zip(mutate.list_tables(doc), mutate.list_tables(new)):
            added = mutate.width(g[0]) - mutate.width(old[0])
            assert added in (1, 2), doc.name
            assert all(sum(c.span for c in r) == mutate.width(g[0]) for t in g for r in t.rows), doc.name
            head = " ".join(" ".join(c.paras) for r in g[0].rows[:g[0].header_rows] for c in r)
            assert sum(label in head for label in mutate.COLUMNS[doc.kind]) >= added - ("Примечание" in head), doc.name
            grew += 1
    assert grew >= 12


def test_shuffle_moves_columns_with_their_headings(originals):
    moved = 0
    for doc in (d for docs in originals.values() for d in docs):
        new = mutate.apply([doc], ("shuffle",), seed=1)[0]
        assert _bodies(new) == _bodies(doc), doc.name
        for old, got in zip(_heads(doc), _heads(new)):
            assert sorted(map(sorted, old)) == sorted(map(sorted, got)), doc.name
            moved += old != got
    assert moved >= 10


def test_split_header_puts_each_heading_s_words_over_two_rows(originals):
    split = 0
    for doc in (d for docs in originals.values() for d in docs):
        new = mutate.apply([doc], ("split_header",), seed=1)[0]
        for old, g in zip(mutate.list_tables(doc), mutate.list_tables(new)):
            if g[0].header_rows == old[0].header_rows:
                continue
            split += 1
            top, low = g[0].rows[:2] if not mutate._numbers_row(g[0].rows[0]) else g[0].rows[1:3]
            words = " ".join(" ".join(c.paras) for r in old[0].rows[:old[0].header_rows]
                             if not mutate._numbers_row(r) for c in r).split()
            assert sorted(words) == sorted(" ".join(" ".join(c.paras) for r in (top, low) for c in r).split())
            # a one-word heading merged down, equal tops one group cell: never more cells above than below
            assert any(c.paras for c in low) and len(top) <= len(low), doc.name
            assert all(c.vmerge == "continue" for c, t in zip(low, top) if not c.paras and t.vmerge), doc.name
    assert split >= 10


def test_mutations_are_seeded_and_absent_without_the_option(originals):
    docs = originals["heldout7"]
    names = ("shuffle", "extra_columns")
    assert [render_txt.render(d) for d in mutate.apply(docs, names, 5)] == \
        [render_txt.render(d) for d in mutate.apply(docs, names, 5)]
    assert [render_txt.render(d) for d in mutate.apply(docs, (), 5)] == [render_txt.render(d) for d in docs]
    assert parse_args([]).mutate == ()
    assert parse_args(["--mutate", "shuffle,split_header"]).mutate == ("shuffle", "split_header")
    with pytest.raises(SystemExit):
        parse_args(["--mutate", "rotate"])
    with pytest.raises(ValueError):
        mutate.apply(docs, ("rotate",), 1)


def _tables(doc):
    return [b for b in doc.blocks if isinstance(b, mutate.Table)]


def test_group_rows_moves_a_run_column_into_full_width_rows(originals):
    grouped = 0
    for doc in (d for docs in originals.values() for d in docs):
        new = mutate.apply([doc], ("group_rows",), seed=1)[0]
        for old, g in zip(mutate.list_tables(doc), mutate.list_tables(new)):
            if mutate.width(g[0]) == mutate.width(old[0]):
                continue
            assert mutate.width(g[0]) == mutate.width(old[0]) - 1, doc.name
            n = mutate.width(old[0])
            old_cols = [{" ".join(r[c].paras) for t in old for r in t.rows[t.header_rows:] if len(r) == n}
                        for c in range(n)]
            wide = [" ".join(r[0].paras) for t in g for r in t.rows[t.header_rows:] if len(r) == 1]
            # every new full-width row names a value of one removed column (after its number, if any)
            values = [v for v in old_cols if all(any(w.endswith(x) for x in v if x) for w in wide
                                                 if w not in {" ".join(r[0].paras) for t in old for r in t.rows})]
            assert values, doc.name
            grouped += 1
    assert grouped >= 6


def test_split_table_cuts_a_list_at_row_boundaries(originals):
    split = 0
    for doc in (d for docs in originals.values() for d in docs):
        new = mutate.apply([doc], ("split_table",), seed=1)[0]
        # the same body cells, only over more tables
        assert sorted(sum(_bodies(new), [])) == sorted(sum(_bodies(doc), [])), doc.name
        if len(_tables(new)) > len(_tables(doc)):
            split += 1
            assert len(_tables(new)) - len(_tables(doc)) <= 2 * len(mutate.list_tables(doc)), doc.name
    assert split >= 10


def test_numbered_rows_restyles_or_drops_the_number_column(originals):
    changed = 0
    for doc in (d for docs in originals.values() for d in docs):
        new = mutate.apply([doc], ("numbered_rows",), seed=1)[0]
        for old, g in zip(mutate.list_tables(doc), mutate.list_tables(new)):
            before = [" ".join(r[0].paras) for t in old for r in t.rows[t.header_rows:]]
            after = [" ".join(r[0].paras) for t in g for r in t.rows[t.header_rows:]]
            if before != after:
                changed += 1
                dropped = mutate.width(g[0]) == mutate.width(old[0]) - 1
                assert dropped or any(x.endswith((".", ")")) or "." in x for x in after), doc.name
    assert changed >= 6


def test_merge_cells_puts_a_short_column_beside_its_neighbour_in_one_cell(originals):
    merged = 0
    for doc in (d for docs in originals.values() for d in docs):
        new = mutate.apply([doc], ("merge_cells",), seed=1)[0]
        for old, g in zip(mutate.list_tables(doc), mutate.list_tables(new)):
            if mutate.width(g[0]) == mutate.width(old[0]):
                continue
            assert mutate.width(g[0]) == mutate.width(old[0]) - 1, doc.name
            merged += 1
            heads = [" ".join(c.paras) for r in g[0].rows[:g[0].header_rows] for c in r]
            # one heading holds two: «Канал взаимодействия (Вид точки)»
            assert any(h.endswith(")") and "(" in h for h in heads), (doc.name, heads)
            cells = [" ".join(c.paras) for t in g for r in t.rows[t.header_rows:] for c in r]
            assert doc.kind != "touchpoint_list" or any(x.endswith(")") or " — " in x for x in cells), doc.name
    assert merged >= 6


def _paras(doc) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, mutate_cells.Para)]


def test_row_per_need_gives_each_item_a_row_of_its_own(originals):
    split = 0
    for doc in (d for docs in originals.values() for d in docs):
        new = mutate.apply([doc], ("row_per_need",), seed=1)[0]
        rows = lambda d: sum(len(t.rows) for g in mutate.list_tables(d) for t in g)
        if rows(new) == rows(doc):
            continue
        split += 1
        assert rows(new) > rows(doc), doc.name
        # a new row holds one item and nothing else of its own: its other cells blank or merged down
        for g in mutate.list_tables(new):
            for t in g:
                for r in t.rows[t.header_rows:]:
                    filled = [c for c in r if c.paras and c.vmerge != "continue"]
                    assert filled, doc.name
    assert split >= 4


def test_kind_tables_cut_a_list_by_a_short_column_named_in_captions(originals):
    cut = 0
    for doc in (d for docs in originals.values() for d in docs):
        new = mutate.apply([doc], ("kind_tables",), seed=1)[0]
        if len(_tables(new)) == len(_tables(doc)):
            continue
        cut += 1
        # the list one column narrower, over more tables, each with a caption above it naming one value
        old_w = {mutate.width(g[0]) for g in mutate.list_tables(doc)}
        assert {mutate.width(g[0]) for g in mutate.list_tables(new)} & {w - 1 for w in old_w}, doc.name
        added = [p for p in _paras(new) if p not in _paras(doc)]
        assert len(added) >= 2, doc.name
        assert sorted(sum(_bodies(new), [])) != sorted(sum(_bodies(doc), [])), doc.name
    assert cut >= 3


def test_footnotes_mark_cells_and_explain_them_under_the_list(originals):
    marked = 0
    for doc in (d for docs in originals.values() for d in docs):
        new = mutate.apply([doc], ("footnotes",), seed=1)[0]
        notes = [p for p in _paras(new) if p not in _paras(doc) and not p.startswith("Примечани")]
        if not notes:
            continue
        marked += 1
        body = " ".join(sum(_bodies(new), []))
        for note in notes:                   # each footnote's mark is glued to a cell's word
            mark = note.split(" ", 1)[0]
            assert mark in body, (doc.name, mark)
        assert len(_tables(new)) == len(_tables(doc)), doc.name
    assert marked >= 12


def test_fused_cells_join_two_free_text_columns_in_one(originals):
    fused = 0
    for doc in (d for docs in originals.values() for d in docs):
        new = mutate.apply([doc], ("fused_cells",), seed=1)[0]
        for old, g in zip(mutate.list_tables(doc), mutate.list_tables(new)):
            if mutate.width(g[0]) == mutate.width(old[0]):
                continue
            assert mutate.width(g[0]) == mutate.width(old[0]) - 1, doc.name
            heads = [" ".join(c.paras) for r in g[0].rows[:g[0].header_rows] for c in r]
            assert any(": " in h or " – " in h for h in heads), (doc.name, heads)
            fused += 1
    assert fused >= 8
