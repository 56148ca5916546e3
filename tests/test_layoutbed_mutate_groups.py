"""The bed's re-grouping mutations (`benchmarks/layoutbed/mutate_groups.py`): repeat marks, needs in a
keyed second table, a list as numbered paragraphs.  That each keeps the gold in both files is
`test_layoutbed_mutate.test_every_mutation_keeps_the_gold_in_both_files`; here, that each makes the
shape it names.  Fast: the generator's model only, no files, no pipeline run."""
from __future__ import annotations

import re

import pytest

from benchmarks.layoutbed import generate, mutate, mutate_groups, pools
from benchmarks.layoutbed.doc import Para, Table

SETS = ("base", "heldout7", "heldout9")


@pytest.fixture(scope="module")
def lists():
    return [d for s in SETS for d in generate.documents(pools.load("tune"), seed=3, n_docs=4, layouts=s)
            if d.kind == "touchpoint_list"]


def _text(c) -> str:
    return " ".join(c.paras).strip()


def _cells(doc) -> list[list[str]]:
    """The list tables' body cells column by column of each row, merges read as blanks."""
    return [[("" if c.vmerge == "continue" else _text(c)) for c in row]
            for g in mutate.list_tables(doc) for t in g for row in t.rows[t.header_rows:]]


def test_ditto_writes_a_repeat_mark_where_the_value_ran_on(lists):
    marked = 0
    for doc in lists:
        new = mutate.apply([doc], ("ditto",), seed=1)[0]
        old_rows, new_rows = _cells(doc), _cells(new)
        assert len(old_rows) == len(new_rows), doc.name
        for k, (a, b) in enumerate(zip(old_rows, new_rows)):
            for j, (x, y) in enumerate(zip(a, b)):
                if y in mutate_groups._MARKS and x not in mutate_groups._MARKS:
                    marked += 1
                    # the mark stands for the value above it: blank, merged or the same words
                    above = next(r[j] for r in reversed(old_rows[:k]) if r[j] and len(r) == len(a))
                    assert x in ("", above), (doc.name, x, above)
                else:
                    assert x == y, doc.name
        for g in mutate.list_tables(new):     # one mark a list
            marks = {_text(c) for t in g for r in t.rows[t.header_rows:] for c in r} & set(mutate_groups._MARKS)
            assert len(marks) <= 1, doc.name
    assert marked >= 20


def test_needs_apart_keys_a_second_table_of_needs_by_the_point_numbers(lists):
    apart = 0
    for doc in lists:
        new = mutate.apply([doc], ("needs_apart",), seed=1)[0]
        tables = [b for b in new.blocks if isinstance(b, Table)]
        keyed = [t for t in tables if mutate.width(t) == 2 and
                 any(_text(t.rows[0][0]) == head for head, _ in mutate_groups._KEY_HEADS)]
        if not keyed:
            continue
        apart += 1
        lists_text = " ".join(_text(c) for g in mutate.list_tables(new) if all(g[0] is not k for k in keyed)
                              for t in g for r in t.rows[t.header_rows:] for c in r)
        for key_table in keyed:
            keys = [_text(r[0]) for r in key_table.rows[1:]]
            numbers = {_text(r[0]).rstrip(".") for g in mutate.list_tables(new) if g[0] is not key_table
                       for t in g for r in t.rows[t.header_rows:] if len(r) > 1}
            assert keys and set(keys) <= numbers, doc.name
            # a need the keyed table holds is gone from the list's cells
            needs = " ".join(" ".join(c.paras) for r in key_table.rows[1:] for c in r[1:])
            held = [t for g in doc.gold for t in g["needs_text"] if t[1:] in needs]
            assert held and not any(t[1:] in lists_text for t in held), doc.name
    assert apart >= 6


def test_records_write_the_list_as_numbered_labelled_paragraphs(lists):
    written = 0
    for doc in lists:
        new = mutate.apply([doc], ("records",), seed=1)[0]
        # the list's tables gone, a sign-off sheet beside it kept
        assert not any(mutate_groups.holds_points(new, g) for g in mutate.list_tables(new)), doc.name
        assert len(mutate.list_tables(new)) == sum(not mutate_groups.holds_points(doc, g)
                                                   for g in mutate.list_tables(doc)), doc.name
        paras = [b.text for b in new.blocks if isinstance(b, Para)]
        numbered = [p for p in paras if re.match(r"^\d+(\.\d+)*\. \S", p) and ": " in p]
        if not numbered:
            continue                      # a list on its side is no list table: left as it was
        written += 1
        in_lists = {_text(c) for g in mutate.list_tables(doc) for t in g for r in t.rows for c in r}
        for g in doc.gold:        # every point's channel a list table held after a label, its column's heading
            assert g["touchpoint"] not in in_lists or any(f": {g['touchpoint']}"[:30] in p for p in paras), (doc.name, g["touchpoint"])
    assert written >= 8
