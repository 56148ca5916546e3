"""A month is its own word with its case endings («март», «марта», «марте», «мартом»), never a surname opening like
one («Мартынова», «Майорова», «Августинович»): a term and a responsible one in one cell part at the name, and
the name sets no date.  Wordings invented here; values read from the contract (a period's last day)."""
from __future__ import annotations

from datetime import date

from normalizers.deadlines import parse_deadline
from normalizers.term_cell import split_term
from textcore.dates import month_number


def test_a_surname_opening_like_a_month_is_no_month():
    assert split_term("в течение 2025 г., Мартынова Е.А. Головин С.В.", 2025) == \
        ("в течение 2025 г.", "Мартынова Е.А. Головин С.В.")
    assert parse_deadline("в течение 2025 г., Мартынова", 2025).date == date(2025, 12, 31)
    assert parse_deadline("2025 г., Майорова О.В.", 2025).date == date(2025, 12, 31)
    assert month_number("Мартынова") is None and month_number("Августинович") is None


def test_every_case_form_of_a_month_is_still_one():
    for word, n in (("марта", 3), ("марте", 3), ("мартом", 3), ("мая", 5), ("маем", 5), ("январём", 1),
                    ("Августа", 8), ("сент.", 9), ("дек", 12)):
        assert month_number(word) == n, word
    assert parse_deadline("в марте 2025 г.").date == date(2025, 3, 31)
    assert parse_deadline("2025 г., март").date == date(2025, 3, 31)
