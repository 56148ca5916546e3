"""The layout bed's roadmap mutations (benchmarks/layoutbed/mutate_plans.py, plan_terms.py): each keeps
the gold — every term rewritten states the gold's value by the contract's semantics, every responsible
name stays in the document — and changes the shape it names; other kinds' documents are left alone.

Fast: the generator and converted text only, no pipeline run."""
from __future__ import annotations

import random
import re
from datetime import date

import pytest

from benchmarks.layoutbed import generate, mutate, pools, render_txt
from benchmarks.layoutbed.mutate_plans import PLAN_MUTATIONS
from benchmarks.layoutbed.plan_terms import reword, term_like, wordings

SETS = ("base", "extra2", "heldout", "heldout10")


@pytest.fixture(scope="module")
def plans():
    return {s: generate.documents(pools.load("tune"), seed=5, n_docs=6, kinds=("roadmap",), layouts=s) for s in SETS}


def _all(plans):
    return [d for docs in plans.values() for d in docs]


def _squash(text: str) -> str:
    return " ".join(text.replace("\n", " ").split())


def test_wordings_state_only_the_periods_a_date_ends():
    rng = random.Random(0)
    mid = " | ".join(wordings(date(2025, 7, 1), rng))           # a day alone: no month, quarter or year words
    assert "01.07.2025" in mid and "1 июля 2025" in mid
    assert not re.search(r"кварт|кв\.|полугод|\bиюль|июле|до конца|течение|год\b", mid)
    june = wordings(date(2025, 6, 30), rng)                     # June's, the second quarter's, the first half's end
    joined = " | ".join(june)
    assert "II кв. 2025" in joined and "полугоди" in joined and "июнь" in joined.lower()
    assert not re.search(r"\b2025 год\b|до конца 2025 года", joined)  # not the year's end
    may = " | ".join(wordings(date(2025, 5, 31), rng))          # a month's end inside a quarter
    assert "май 2025" in may.lower() and "кв" not in may and "полугод" not in may
    dec = " | ".join(wordings(date(2024, 12, 31), rng))
    assert "до конца 2024 года" in dec and "IV кв. 2024" in dec and "II полугодие" in dec
    assert all("2024" in w for w in wordings(date(2024, 12, 31), rng))


def test_a_term_is_reworded_only_when_the_cell_is_a_term_with_its_year():
    rng = random.Random(1)
    assert reword("до 01.07.2025", "2025-07-01", rng) not in (None, "до 01.07.2025")
    assert reword("IV квартал", "2025-12-31", rng) is None                   # its year from a heading
    assert reword("до 01.07.2025, Иванова Т.П.", "2025-07-01", rng) is None  # a name beside the term
    assert reword("в течение 10 дней после утверждения", None, rng) is None   # words no term list holds
    assert reword("ежегодно", None, rng) in {"постоянно", "ежеквартально", "по мере необходимости",
                                             "в течение года, ежеквартально", "ежемесячно", "на постоянной основе"}
    assert term_like("не позднее II квартала 2025 г.") and not term_like("Приказ министерства")


def _term_cells(doc) -> dict[str, str]:
    """Each gold activity -> the converted text's line (its row) holding it."""
    lines = render_txt.render(doc).splitlines()
    return {g["activity"]: next((x for x in lines if g["activity"] in x), "") for g in doc.gold}


@pytest.mark.parametrize("name", list(PLAN_MUTATIONS))
def test_every_plan_mutation_keeps_the_gold_and_changes_roadmaps(name, plans):
    changed = 0
    for doc in _all(plans):
        new = mutate.apply([doc], (name,), seed=2)[0]
        assert new.gold == doc.gold and new.axes == doc.axes
        before, after = render_txt.render(doc), render_txt.render(new)
        was, flat = _squash(before), _squash(after)
        for g in doc.gold:
            core = _squash(g["activity"])[1:].rstrip(".;")     # a capital may be lowered, an end cut
            assert core not in was or core in flat, (name, doc.name, g["activity"])
            for person in g["names"]:
                assert person.split()[0] not in was or person.split()[0] in flat, (name, doc.name, person)
        changed += before != after
    assert changed >= 6, name


def test_other_kinds_are_left_alone():
    docs = generate.documents(pools.load("tune"), seed=5, n_docs=3, kinds=("touchpoint_list", "procedure"))
    for name in PLAN_MUTATIONS:
        for doc, new in zip(docs, mutate.apply(docs, (name,), seed=2)):
            assert render_txt.render(new) == render_txt.render(doc), (name, doc.name)


def test_term_words_rewrites_dated_terms_in_the_golds_year(plans):
    moved = 0
    for doc in _all(plans):
        new = mutate.apply([doc], ("term_words",), seed=2)[0]
        old_lines, new_lines = _term_cells(doc), _term_cells(new)
        for g in doc.gold:
            if g["deadline"] and old_lines[g["activity"]] != new_lines[g["activity"]]:
                moved += 1
                assert g["deadline"][:4] in new_lines[g["activity"]], (doc.name, new_lines[g["activity"]])
    assert moved >= 20


def _headings(doc) -> str:
    return " | ".join(" ".join(c.paras) for g in mutate.list_tables(doc) for row in g[0].rows[:g[0].header_rows]
                      for c in row).lower()


def test_resp_moved_takes_the_column_out_or_codes_it(plans):
    gone = coded = 0
    for doc in _all(plans):
        new = mutate.apply([doc], ("resp_moved",), seed=2)[0]
        if render_txt.render(new) == render_txt.render(doc):
            continue
        narrower = [mutate.width(g[0]) for g in mutate.list_tables(new)] < [mutate.width(g[0]) for g in mutate.list_tables(doc)]
        legend = "обозначения" in render_txt.render(new) or re.search(r"\n1 – ", render_txt.render(new))
        assert narrower or legend, doc.name
        gone += narrower
        coded += bool(legend) and not narrower
    assert gone >= 4


def test_term_resp_one_joins_the_headings(plans):
    joined = 0
    for doc in _all(plans):
        new = mutate.apply([doc], ("term_resp_one",), seed=2)[0]
        if render_txt.render(new) != render_txt.render(doc):
            heads = _headings(new)
            assert re.search(r"срок[^|]*ответствен", heads), (doc.name, heads)
            assert mutate.width(mutate.list_tables(new)[0][0]) == mutate.width(mutate.list_tables(doc)[0][0]) - 1
            joined += 1
    assert joined >= 6


def test_stage_column_merges_a_stage_down_its_items(plans):
    staged = 0
    for doc in _all(plans):
        new = mutate.apply([doc], ("stage_column",), seed=2)[0]
        if render_txt.render(new) == render_txt.render(doc):
            continue
        t = mutate.list_tables(new)[0][0]
        body = t.rows[t.header_rows:]
        assert all(len(r) > 1 for r in body), doc.name                      # no full-width stage row left
        firsts = [r[0] for r in body]
        assert sum(c.vmerge == "restart" for c in firsts) >= 2 and any(c.vmerge == "continue" for c in firsts)
        staged += 1
    assert staged >= 4


def test_term_yearless_puts_each_yearless_term_under_its_years_heading(plans):
    grouped = 0
    for doc in _all(plans):
        new = mutate.apply([doc], ("term_yearless",), seed=2)[0]
        if render_txt.render(new) == render_txt.render(doc):
            continue
        grouped += 1
        lines, year = render_txt.render(new).splitlines(), None
        for line in lines:
            bare = line.strip("*|+-─│ ")
            m = re.fullmatch(r"(?:На |В )?(\d{4}) (?:год|г\.|году)", bare)
            if m:
                year = m.group(1)
            for g in doc.gold:
                if g["deadline"] and g["activity"] in line:
                    assert year == g["deadline"][:4], (doc.name, line)        # the innermost year heading
                    was = next(x for x in render_txt.render(doc).splitlines() if g["activity"] in x)
                    changed = set(re.split(r"\t|\|", line)) - set(re.split(r"\t|\|", was))
                    assert not re.search(r"\b20\d\d\b", " ".join(changed)), (doc.name, line)   # the term, no year
    assert grouped >= 6
