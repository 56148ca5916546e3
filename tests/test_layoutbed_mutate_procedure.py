"""The layout bed's procedure mutations (`--mutate list_style,…`, benchmarks/layoutbed/mutate_procedure.py): each
keeps every gold text its set's procedures hold, in converted text and in Word, changes the form it names, and
leaves other kinds' documents alone.

Fast: converted text and Word only, a few documents, no LibreOffice and no pipeline run."""
from __future__ import annotations

import re

import pytest

from benchmarks.layoutbed import generate, mutate, pools, render_docx, render_txt
from benchmarks.layoutbed.__main__ import parse_args
from benchmarks.layoutbed.doc import Para, Table
from benchmarks.layoutbed.mutate_procedure import MUTATIONS, find_lists
from tests.test_layoutbed import _docx_text, _squash

SETS = ("base", "extra2", "heldout9", "heldout11")


@pytest.fixture(scope="module")
def originals():
    return {s: generate.documents(pools.load("tune"), seed=3, n_docs=4, kinds=("procedure",), layouts=s)
            for s in SETS}


def _all(originals):
    return [d for docs in originals.values() for d in docs]


def _mutated(doc, name):
    return mutate.apply([doc], (name,), seed=1)[0]


@pytest.mark.parametrize("name", MUTATIONS)
def test_every_procedure_mutation_keeps_the_gold_in_both_files(name, originals, tmp_path):
    changed = 0
    for doc in _all(originals):
        new = _mutated(doc, name)
        assert new.gold == doc.gold and new.axes == doc.axes and new.name == doc.name
        txt = _squash(render_txt.render(new)).lower()
        docx = _docx_text(render_docx.write(new, tmp_path / "m.docx")).lower()
        for g in doc.gold:
            core = _squash(g["text"]).lower()
            assert core in txt and core in docx, (name, doc.name, g["text"])
        changed += render_txt.render(new) != render_txt.render(doc)
    assert changed >= 12, name


def test_procedure_mutations_are_registered_seeded_and_leave_other_kinds_alone():
    assert set(MUTATIONS) <= set(mutate.MUTATIONS) and not set(MUTATIONS) & set(mutate.TABLE_MUTATIONS)
    assert parse_args(["--mutate", "list_inline,lead_words"]).mutate == ("list_inline", "lead_words")
    docs = generate.documents(pools.load("tune"), seed=3, n_docs=2, layouts="base")
    once, twice = mutate.apply(docs, ("list_style",), seed=1), mutate.apply(docs, ("list_style",), seed=1)
    assert [render_txt.render(d) for d in once] == [render_txt.render(d) for d in twice]
    for old, new in zip(docs, once):
        if old.kind != "procedure":
            assert render_txt.render(old) == render_txt.render(new)


def test_lists_are_found_as_paragraphs_and_inline(originals):
    base = [pl for d in originals["base"] for pl in find_lists(d)]
    assert len(base) == 16 and {pl.kind for pl in base} == {"direction", "channel_digital", "channel_offline", "need"}
    inline = [pl for d in originals["heldout11"] for pl in find_lists(d) if pl.inline]
    assert inline and all(len(pl.bodies) >= 2 for pl in inline)
    # a closing «(далее – …)» is the list's, not its last item's (some list closes so: else this says nothing)
    assert any(pl.close.startswith("(далее") for pl in inline)
    assert all("далее" not in b for pl in inline for b in pl.bodies)


def test_list_inline_runs_the_items_into_the_lead_in(originals):
    for doc in originals["base"]:
        new = _mutated(doc, "list_inline")
        lists = find_lists(new)
        assert lists and all(pl.inline for pl in lists), doc.name
        for pl in lists:
            para = new.blocks[pl.start].text
            assert re.search(r"(; |, )(и |а также )?\S", para.split(":", 1)[1]), para


def test_list_style_restyles_paragraph_items(originals):
    restyled = 0
    for doc in originals["base"]:
        old = [new.text for new in doc.blocks if isinstance(new, Para)]
        got = [p.text for p in _mutated(doc, "list_style").blocks if isinstance(p, Para)]
        assert len(got) == len(old)
        restyled += sum(a != b for a, b in zip(old, got))
    assert restyled >= 20


def test_lead_words_rewords_the_lead_ins(originals):
    for doc in originals["base"]:
        old = {doc.blocks[pl.start].text for pl in find_lists(doc)}
        new = _mutated(doc, "lead_words")
        leads = [new.blocks[pl.start].text for pl in find_lists(new)]
        assert len(leads) == 4 and len(set(leads) & old) <= 1, doc.name
        # a lead-in that names the list after its items closes the list with «(далее – …)»
    texts = " ".join(render_txt.render(_mutated(d, "lead_words")) for d in _all(originals))
    assert re.search(r"\S \(далее – [^)]+\)\.", texts)


def test_list_table_puts_items_in_a_table(originals):
    for doc in originals["base"]:
        new = _mutated(doc, "list_table")
        tables = [b for b in new.blocks if isinstance(b, Table)]
        assert len(tables) == 4, doc.name
        cells = " ".join(" ".join(c.paras) for t in tables for row in t.rows for c in row).lower()
        assert all(g["text"].lower() in cells for g in doc.gold), doc.name


def test_split_list_puts_a_paragraph_between_items(originals):
    split = 0
    for doc in originals["base"]:
        new = _mutated(doc, "split_list")
        assert len(new.blocks) == len(doc.blocks) + sum(len(pl.bodies) >= 3 for pl in find_lists(doc))
        split += any(p.page_break_before for p in new.blocks if isinstance(p, Para))
    assert split >= 1


def _g(kind, text):
    return {"list_kind": kind, "text": text}


def test_lists_mixing_kinds_or_with_no_colon_above_are_left_alone():
    from benchmarks.layoutbed.doc import Doc
    # digital then offline items under one lead-in: re-rendering the first run would orphan the rest, and a
    # reworded lead-in would name the offline items digital
    mixed = Doc("m", "procedure", [Para("ПОРЯДОК"), Para("2. Каналы взаимодействия:"), Para("– официальный сайт;"),
                                   Para("– электронная почта;"), Para("– общественная приёмная;"),
                                   Para("– личный приём."), Para("3. Заключительные положения")], {},
                [_g("channel_digital", "официальный сайт"), _g("channel_digital", "электронная почта"),
                 _g("channel_offline", "общественная приёмная"), _g("channel_offline", "личный приём")])
    # a sentence above the items is no lead-in: rewording it would drop it, a colon after its full stop garbles it
    prose = Doc("p", "procedure", [Para("ПОРЯДОК"), Para("Министерство обеспечивает работу каналов связи."),
                                   Para("– официальный сайт;"), Para("– электронная почта.")], {},
                [_g("channel_digital", "официальный сайт"), _g("channel_digital", "электронная почта")])
    for doc in (mixed, prose):
        assert find_lists(doc) == []
        for name in MUTATIONS:
            assert render_txt.render(_mutated(doc, name)) == render_txt.render(doc), (doc.name, name)
    # the same items under a lead-in closed by a colon, or under a heading, are a list
    for lead in ("Министерство использует следующие каналы связи:", "2.2. Цифровые каналы взаимодействия"):
        prose.blocks[1] = Para(lead)
        assert [p.bodies for p in find_lists(prose)] == [["официальный сайт", "электронная почта"]]
