"""`--mutate leadins=reworded` (benchmarks/layoutbed/mutate_leadins.py): every procedure list's lead-in built anew from
a grammar per list kind, the items and the gold unchanged, every branch of the grammar reached.

Fast: converted text and Word only, a few documents, no LibreOffice and no pipeline run."""
from __future__ import annotations

import random
import re

import pytest

from benchmarks.layoutbed import generate, mutate, mutate_leadins as ml, pools, render_docx, render_txt
from benchmarks.layoutbed.__main__ import parse_args
from benchmarks.layoutbed.mutate_procedure import find_lists
from tests.test_layoutbed import _docx_text, _squash

SETS = ("base", "extra2", "heldout9", "heldout11")
KINDS = ("need", "direction", "channel_digital", "channel_offline")


@pytest.fixture(scope="module")
def pairs():
    out = []
    for s in SETS:
        docs = generate.documents(pools.load("tune"), seed=3, n_docs=4, kinds=("procedure",), layouts=s)
        out += list(zip(docs, mutate.apply(docs, ("leadins=reworded",), seed=1)))
    return out


def test_the_gold_stays_in_both_files(pairs, tmp_path):
    for doc, new in pairs:
        assert new.gold == doc.gold and new.axes == doc.axes and new.name == doc.name
        txt = _squash(render_txt.render(new)).lower()
        docx = _docx_text(render_docx.write(new, tmp_path / "m.docx")).lower()
        for g in doc.gold:
            core = _squash(g["text"]).lower()
            assert core in txt and core in docx, (doc.name, g["text"])


def test_every_list_of_every_kind_gets_a_new_lead_in(pairs):
    lists = changed = 0
    kinds = set()
    for doc, new in pairs:
        for pl in find_lists(doc):
            lists += 1
            old_lead, new_lead = doc.blocks[pl.start], new.blocks[pl.start]
            if new_lead.text != old_lead.text:
                changed += 1
                kinds.add(pl.kind)
                if not pl.inline:        # the items stay as they were written, only the lead-in is new
                    olds = [b.text for b in doc.blocks[pl.start + 1:pl.end]]
                    news = [b.text for b in new.blocks[pl.start + 1:pl.end]]
                    assert all(n == o or n.startswith(o.rstrip(" ;.")) for o, n in zip(olds, news)), doc.name
    assert lists >= 50 and changed * 10 >= lists * 9 and kinds == set(KINDS)


def test_each_form_is_written_into_the_documents(pairs):
    leads = [new.blocks[pl.start].text for doc, new in pairs for pl in find_lists(doc)]
    texts = "\n".join(render_txt.render(new) for _, new in pairs)
    assert re.search(r"\S \(далее – [^)]+\)\.", texts)                  # named after its items
    assert any(not t.rstrip().endswith(":") and t.count(":") == 0 for t in leads)   # a lead-in with no colon
    implied = [f.split("{")[0] or f.split("}")[1] for k in KINDS for f in ml.IMPLIED[k]]
    assert any(any(p.strip() and p.strip() in t for p in implied) for t in leads)   # a verb implying the list
    assert any(t.rstrip().endswith(":") and not any(p.strip() and p.strip() in t for p in implied) for t in leads)


def _pattern(frame: str) -> re.Pattern:
    parts = re.split(r"\{\w+\}", frame)
    return re.compile(r"(?i)^" + r".+".join(map(re.escape, parts)) + r"$")


def test_every_branch_of_the_grammar_is_reached():
    rng = random.Random(5)
    for kind in KINDS:
        made = {form: [ml.lead_in(kind, form, rng, inline=k % 2 == 1) for k in range(600)]
                for form in ("named", "no_colon", "after", "implied")}
        named = [w for w, _, _ in made["named"]]
        for frame in ml.NAMED:
            assert any(_pattern(frame).match(w) for w in named), (kind, frame)
        no_colon = [w + p for w, p, _ in made["no_colon"]]
        for frame in ml.NO_COLON + ml.NO_COLON_INLINE:
            assert any(_pattern(frame).match(w) for w in no_colon), (kind, frame)
        for frame in ml.IMPLIED[kind]:
            assert any(_pattern(frame).match(w) for w, _, _ in made["implied"]), (kind, frame)
        assert all(c == "" for *_, c in made["implied"]) and all(c.startswith("(далее – ") for *_, c in made["after"])
        assert all(p == ":" for _, p, _ in made["named"] + made["after"] + made["implied"])
        assert all(p in ("", ".") for _, p, _ in made["no_colon"])
        phrases = [ml.phrase(kind, rng)[0] for _ in range(800)]
        base = "channel" if kind.startswith("channel") else kind
        for noun in ml.NOUNS[base]:
            assert any(re.search(rf"(^|[\s-]){noun[0]}\b", p) for p in phrases), (kind, noun[0])
        for qual in ml.QUALIFIERS[kind]:
            assert any(p.startswith(qual) for p in phrases), (kind, qual)
        if base == "need":
            assert {c[1] for c in ml.CLIENTS} == {c[1] for c in ml.CLIENTS if any(p.endswith(c[1]) for p in phrases)}
        if base == "channel":           # a channel list named by a noun always says its kind
            words = [q for q in ml.QUALIFIERS[kind] if q] + list(ml.KIND_AFTER[kind])
            assert all(any(w in p for w in words) for p in phrases)


def test_the_noun_phrase_is_declined():
    assert [ml._adj("наиболее частые", c) for c in range(4)] == \
        ["наиболее частые", "наиболее частых", "наиболее частым", "наиболее частыми"]
    assert [ml._adj("традиционные", c) for c in range(4)] == ["традиционные", "традиционных", "традиционным",
                                                              "традиционными"]
    assert ml._adj("онлайн-", 2) == "онлайн-" and ml._adj("", 1) == ""
    for k in range(40):
        nom, gen, dat, ins = ml.phrase("need", random.Random(k))
        assert gen.split()[-1] == nom.split()[-1]       # whose stays in the genitive in every case
        assert ins != nom and dat != nom and gen != nom


def test_registered_seeded_and_other_kinds_left_alone():
    assert "leadins=reworded" in mutate.MUTATIONS and "leadins=reworded" not in mutate.TABLE_MUTATIONS
    assert parse_args(["--mutate", "leadins=reworded"]).mutate == ("leadins=reworded",)
    docs = generate.documents(pools.load("tune"), seed=3, n_docs=2, layouts="base")
    once, twice = (mutate.apply(docs, ("leadins=reworded",), seed=1) for _ in range(2))
    assert [render_txt.render(d) for d in once] == [render_txt.render(d) for d in twice]
    other = mutate.apply(docs, ("leadins=reworded",), seed=2)
    assert [render_txt.render(d) for d in once] != [render_txt.render(d) for d in other]
    for old, new in zip(docs, once):
        if old.kind != "procedure":
            assert render_txt.render(old) == render_txt.render(new)
