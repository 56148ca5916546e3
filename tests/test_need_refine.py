"""need_refine.marks_in_row: a `refine` sequence of marks found in a row among a clause's modifiers, the marks
indexed once a clause (perf17) — the same answer as a scan of every position, whatever the sequence."""
import itertools
import random

from normalizers.need_refine import marks_in_row as _has_in
from normalizers.needs import match_needs


def _scan(mods, seq):
    """The definition: some position where each mark of the sequence is in the modifier at its offset."""
    return any(all(s in mods[i + k] for k, s in enumerate(seq)) for i in range(len(mods) - len(seq) + 1))


def test_sequences_in_a_row():
    mods = [frozenset({"ответ", "ответ@accs"}), frozenset({"заявитель", "заявитель@datv", "#person"}),
            frozenset({"на"}), frozenset({"обращение", "@deed"})]
    has = _has_in(mods)
    assert has(("ответ", "заявитель@datv"))
    assert has(("на", "обращение"))
    assert has(("#person",))
    assert not has(("заявитель", "ответ"))          # the order matters
    assert not has(("обращение", "на"))
    assert not has(("ответ", "на"))                 # in a row, not anywhere after
    assert not has(("на", "обращение", "ответ"))    # runs past the last modifier
    assert has(())                                  # an empty sequence stands anywhere, as the scan says
    assert not _has_in([])(("на",))


def test_same_answer_as_a_scan():
    rng = random.Random(17)
    marks = ["а", "б", "в", "г@datv", "#x"]
    for _ in range(300):
        mods = [frozenset(rng.sample(marks, rng.randint(0, 3))) for _ in range(rng.randint(0, 7))]
        has = _has_in(mods)
        for n in range(4):
            for seq in itertools.product(marks[:4], repeat=n):
                assert has(seq) == _scan(mods, seq), (mods, seq)
                assert has(seq) == _scan(mods, seq)     # asked again: the answer kept is the same


def _listed(n: int) -> str:
    """A needs cell of n objects, each with its place, joined by «и» and commas (five things in turn)."""
    things = ("выписки", "справки", "копии", "анкеты", "брошюры")
    return "Получение " + ", ".join(f"формы заявления в отдел и {things[i % 5]}" for i in range(n))


def test_a_long_coordinated_list_reads_as_its_five_things_once():
    # 160 objects (quadratic, ~3 s; now a tenth of a second: benchmarks/bench_hostile_inputs.py's ratio) say
    # no more than the list naming each thing once: the same codes, each its own score
    long, short = match_needs(_listed(160)), match_needs(_listed(5))
    assert [(m.code, m.score) for m in long] == [(m.code, m.score) for m in short]
    assert {m.code for m in short} >= {"forms"}        # «формы заявления»: a blank form received
