"""`--mutate headers=reworded` (benchmarks/layoutbed/mutate_headings.py): each known column's heading
said in other words from a grammar per field, the bodies and the gold as they were, columns of no
contract field and sub-headings of values untouched, every word list of the grammar used.

Fast: the bed's own model only, no rendering and no pipeline run (the gold in both files is checked
for every table mutation by tests/test_layoutbed_mutate.py)."""
from __future__ import annotations

import random

import pytest

from benchmarks.layoutbed import generate, mutate, mutate_headings as mh, pools

SETS = ("base", "extra2", "heldout9", "heldout12")


@pytest.fixture(scope="module")
def pairs():
    out = []
    for s in SETS:
        docs = [d for d in generate.documents(pools.load("tune"), seed=3, n_docs=6, layouts=s) if d.kind != "procedure"]
        out += list(zip(docs, mutate.apply(docs, ("headers=reworded",), seed=1)))
    return out


def _heads(doc):
    return [[[" ".join(c.paras) for c in row] for row in g[0].rows[:g[0].header_rows]] for g in mutate.list_tables(doc)]


def _bodies(doc):
    return [[[" ".join(c.paras) for c in row] for t in g for row in t.rows[t.header_rows:]] for g in mutate.list_tables(doc)]


def test_headings_change_bodies_and_gold_stay(pairs):
    tables = reworded = 0
    for old, new in pairs:
        assert new.gold == old.gold and _bodies(new) == _bodies(old), old.name
        for a, b in zip(_heads(old), _heads(new)):
            tables += 1
            changed = sum(x != y for ra, rb in zip(a, b) for x, y in zip(ra, rb))
            reworded += changed >= 2
            assert all(len(ra) == len(rb) for ra, rb in zip(a, b)), old.name   # the header's shape kept
    assert tables >= 30 and reworded * 10 >= tables * 9


def test_columns_of_no_field_and_value_subheadings_keep_their_words(pairs):
    kept = 0
    for old, new in pairs:
        for a, b in zip(_heads(old), _heads(new)):
            for ra, rb in zip(a, b):
                for x, y in zip(ra, rb):
                    if x in ("Примечание", "Статус", "Адрес, контактные данные", "начало", "окончание", "Дата начала",
                             "Отметка об исполнении", "Код точки", "№ п/п", "№") or x.isdigit():
                        assert x == y, (old.name, x, y)
                        kept += 1
    assert kept >= 40


def test_a_start_date_beside_the_term_keeps_the_term_s_words(pairs):
    seen = 0
    for old, new in pairs:
        for a, b in zip(_heads(old), _heads(new)):
            flat = [(x, y) for ra, rb in zip(a, b) for x, y in zip(ra, rb)]
            if any("начал" in x.lower() for x, _ in flat):
                seen += 1
                assert all(x == y for x, y in flat if "срок" in x.lower() or "дата" in x.lower()), old.name
    assert seen >= 1


def test_every_word_list_of_the_grammar_is_used():
    made = {f: [mh.heading(f, random.Random(f"{f}:{k}")).lower() for k in range(400)] for f in mh.HEADS}
    for field, lists in (("heads", mh.HEADS), ("qualifiers", mh.QUALIFIERS), ("clients", mh.CLIENTS),
                         ("parens", mh.PARENS), ("leads", mh.LEADS)):
        for f, words in lists.items():
            for w in words:
                w = (w[0] if isinstance(w, tuple) else w).lower()
                stem = w[:-1] if field in ("heads", "leads") and len(w) > 4 else w   # a head may stand in the genitive
                assert any(stem in h for h in made[f]), (field, f, w)


def test_reworded_headings_vary_in_case_number_abbreviation_colon_and_column_number(pairs):
    texts = [y for _, new in pairs for t in _heads(new) for r in t for y in r]
    assert any(y.isupper() and len(y) > 6 for y in texts)
    assert any(y.endswith(":") for y in texts)
    assert any(y.rstrip(":").endswith(")") and y.rstrip(":")[-2].isdigit() for y in texts)
    assert any("взаимод." in y or "наим." in y.lower() or "Отв." in y or "Потр." in y for y in texts)
    assert any(y.split()[0] in {p.split()[-1] for f in mh.HEADS.values() for _, p in f if p} for y in texts if y)


def test_seeded_and_fields_by_the_gold():
    docs = [d for d in generate.documents(pools.load("tune"), seed=5, n_docs=3, layouts="heldout9") if d.kind != "procedure"]
    one = [_heads(d) for d in mutate.apply(docs, ("headers=reworded",), 7)]
    assert one == [_heads(d) for d in mutate.apply(docs, ("headers=reworded",), 7)]
    assert one != [_heads(d) for d in mutate.apply(docs, ("headers=reworded",), 8)]
    # a column holding the gold's channel names is a channel column whatever its own heading says
    gold = {"channel": {mh._sq("Кол-центр")}, "needs": {mh._sq("узнать срок выплаты")}}
    assert mh._by_content(["Кол-центр", "кол-центр (8-800)", ""], gold) == "channel"
    # a column of two fields (the channel with its needs) keeps its heading, which names both
    assert mh._by_content(["Кол-центр: узнать срок выплаты", "Кол-центр — узнать срок выплаты"], gold) == mh._FUSED
