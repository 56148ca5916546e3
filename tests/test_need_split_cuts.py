"""Where a needs cell is cut (normalizers/need_split.py, the clauses of need_grammar.py with
need_coord.py): two needs joined by «и» after an adverb of order are two; two adjectives of
one noun are one object; a list led in by a colon and dashes is cut at its dashes; a
parenthesis is never a need of its own, but needs listed in it by slashes are needs; and the
`--split` figure of benchmarks/eval_codes.py counts cells over-cut, under-cut and exact."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from normalizers.need_split import split_cell
from normalizers.needs import match_needs, split_needs

ROOT = Path(__file__).resolve().parent.parent


def _codes(cell: str) -> set[str]:
    return {m.code for m in match_needs(cell)}


def test_two_adjectives_of_one_noun_are_one_object():
    # «консультации» alone could be a nominative plural opening a clause; the adjectives share it
    assert _codes("Получение письменной и устной консультации") == {"consultation"}
    assert _codes("Подача заявления в электронной или бумажной форме") == {"submission"}


def test_an_adverb_of_order_after_and_does_not_hide_the_second_need():
    assert _codes("Подача заявления и затем получение результата") == {"submission", "result"}
    assert _codes("Подать заявление, а затем получить результат") == {"submission", "result"}
    assert _codes("Подать заявление и потом узнать, на каком этапе его рассмотрение") == {"submission", "status"}


def test_one_object_with_and_stays_one_need():
    assert _codes("Получение информации о порядке и сроках подачи заявления") == {"information"}
    assert _codes("Получение справок и выписок из реестра") == {"result"}


def test_a_dash_list_led_in_by_a_colon_is_cut_at_its_dashes():
    never = lambda fragment: False     # noqa: E731 — no soft separator cuts: the dashes alone must
    assert split_cell("Порядок: - консультация - подача заявления", never) == \
        ("Порядок:", "консультация", "подача заявления")
    # with no colon leading a list, a dash parts a topic from what is done with it
    assert split_cell("Бланки размещены — скачать", never) == ("Бланки размещены — скачать",)


def test_a_parenthesis_is_never_a_need_of_its_own():
    assert split_needs("Подача заявления; (через МФЦ)") == ("Подача заявления (через МФЦ)",)
    assert _codes("Подача заявления; (через МФЦ)") == {"submission"}


def test_needs_listed_by_a_slash_inside_parentheses_are_needs():
    assert split_needs("Компенсация расходов (подача заявления / получение выплаты)") == \
        ("Компенсация расходов: подача заявления", "получение выплаты")
    assert _codes("Компенсация расходов (подача заявления / получение выплаты)") == {"submission", "result"}
    # a gloss's words parted by a slash, or a channel's, stay with the need before them
    assert split_needs("Консультация (бухгалтерия / право)") == ("Консультация (бухгалтерия / право)",)
    assert split_needs("Подача заявления (лично / через МФЦ)") == ("Подача заявления (лично / через МФЦ)",)


def test_many_slashes_inside_one_parenthesis_still_read():
    cell = "Консультация (" + " / ".join(["право"] * 3_000) + ")"
    assert len(split_needs(cell)) == 1


def test_the_split_figure_counts_over_under_and_exact_cells(tmp_path, capsys):
    spec = importlib.util.spec_from_file_location("eval_codes", ROOT / "benchmarks" / "eval_codes.py")
    ev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ev)
    tsv = tmp_path / "needs.tsv"
    tsv.write_text("phrase\tcodes\n"
                   "Получение консультации и подача заявления\tconsultation,submission\n"   # exact, several
                   "Получение консультации\tconsultation,submission\n"                      # under-cut
                   "Получение консультации и подача заявления\tconsultation\n",             # over-cut
                   encoding="utf-8")
    counts = ev.split_figures("t", tsv, misses=False)
    assert counts[("several", "exact")] == 1 and counts[("several", "under")] == 1
    assert counts[("one", "over")] == 1 and counts[("one", "exact")] == 0
    assert counts[("several", "fn")] == 1 and counts[("one", "fp")] == 1
    assert "[t] split:" in capsys.readouterr().out


def test_a_long_clause_read_once_still_cuts_where_a_need_starts():
    # the clause's words are read once as it grows (need_split.any_new): a need after a long
    # list of words that name none still opens a clause of its own
    cell = "(" + ", ".join(["прав"] * 200) + ") консультация и подача заявления"
    assert {"consultation", "submission"} <= _codes(cell)
    assert _codes("Консультация (" + ", ".join(["право"] * 2_000) + ")") == {"consultation"}


def test_any_new_tests_each_item_once_and_picked_reads_on_demand():
    from normalizers.need_split import Picked, any_new
    tested: list[int] = []
    seen: dict = {}
    idx: list[int] = []
    for k in range(10):
        idx.append(k)
        assert any_new(seen, idx, lambda j: tested.append(j) or j == 7) is (k >= 7)
    assert tested == list(range(8))          # each once, none after the answer was found
    words = Picked("абвгд", [1, 3, 4])
    assert list(words) == ["б", "г", "д"] and words[:2] == ["б", "г"] and len(words) == 3


def test_a_parenthesis_that_holds_a_need_of_its_own_stays_a_need():
    assert split_needs("Подача заявления;\n(при необходимости — консультация)") == \
        ("Подача заявления", "(при необходимости — консультация)")
    assert _codes("Подача заявления;\n(при необходимости — консультация)") == {"submission", "consultation"}
    assert len(split_needs("Подача заявления; (в т.ч. получение справки)")) == 2
    # a gloss joins: a channel, a department, an abbreviation spelt out (even one that reads as a need)
    assert split_needs("Подача заявления;\n(лично / через МФЦ)") == ("Подача заявления (лично / через МФЦ)",)
    assert len(split_needs("Консультация;\n(бухгалтерия)")) == 1
    assert len(split_needs("Подача заявления в МФЦ;\n(Многофункциональный центр предоставления государственных и муниципальных услуг)")) == 1


def test_paired_adjectives_after_and_still_head_a_need_of_their_own():
    # the second «и» joins two adjectives of one noun; the first still opens a clause headed by it
    assert _codes("Запись на прием и личная и выездная консультация") >= {"consultation"}
