from datetime import date

import pytest

from normalizers.deadlines import parse_deadline


@pytest.mark.parametrize("raw, expected", [
    ("31.12.2023", date(2023, 12, 31)),
    ("до 31.12.2023", date(2023, 12, 31)),
    ("до 31.12.2023 г.", date(2023, 12, 31)),
    ("не позднее 01.03.24", date(2024, 3, 1)),
    ("25 декабря 2024 г.", date(2024, 12, 25)),
    ("до 1 мая 2024 года", date(2024, 5, 1)),
    ("декабрь 2024 года", date(2024, 12, 31)),
    ("февраль 2024", date(2024, 2, 29)),               # leap year
    ("в феврале 2023 г.", date(2023, 2, 28)),
    ("I квартал 2024 г.", date(2024, 3, 31)),
    ("IV квартал 2024 года", date(2024, 12, 31)),
    ("2 кв. 2024", date(2024, 6, 30)),
    ("3-й квартал 2025", date(2025, 9, 30)),
    ("2 полугодие 2024 г.", date(2024, 12, 31)),
    ("I полугодие 2025", date(2025, 6, 30)),
    ("первое полугодие 2025 года", date(2025, 6, 30)),
    ("I пол. 2026 г.", date(2026, 6, 30)),              # abbreviated in a narrow column
    ("2024 год", date(2024, 12, 31)),
    ("в течение 2024 года", date(2024, 12, 31)),
    ("2023-2024 годы", date(2024, 12, 31)),             # latest end of a span
    ("с 01.01.2024 по 31.12.2024", date(2024, 12, 31)),
    ("<u>01.04.2024</u>", date(2024, 4, 1)),
])
def test_dated(raw, expected):
    d = parse_deadline(raw)
    assert (d.date, d.not_applicable) == (expected, False)


@pytest.mark.parametrize("raw, kind", [
    ("ежегодно", "open_ended"),
    ("Постоянно", "open_ended"),
    ("по мере необходимости", "open_ended"),
    ("Ежегодно, до 1 марта", "open_ended"),          # no year: no date
    ("", "none"),
    ("31.02.2024", "none"),                           # impossible date is not guessed
    ("V квартал 2024", "year"),                       # not a quarter; the year still bounds it
])
def test_undated_or_loose(raw, kind):
    d = parse_deadline(raw)
    assert d.kind == kind and not d.not_applicable
    if kind != "year":
        assert d.date is None


@pytest.mark.parametrize("raw", ["x", "х", "Х", " x ", "х."])
def test_not_applicable(raw):
    d = parse_deadline(raw)
    assert d.not_applicable and d.date is None


@pytest.mark.parametrize("raw, expected, kind", [
    # a month written as numbers, or with a comma before its year
    ("03.2026", date(2026, 3, 31), "month"),
    ("до 11.2025", date(2025, 11, 30), "month"),
    ("сентябрь, 2026 г.", date(2026, 9, 30), "month"),
    # the year first, then the quarter or half-year; a Roman ordinal glued to its word
    ("2026 год, II квартал", date(2026, 6, 30), "quarter"),
    ("2025 г., 1 полугодие", date(2025, 6, 30), "half_year"),
    ("IIIкв. 2026", date(2026, 9, 30), "quarter"),
    # a range of quarters across years: the latest end
    ("IV квартал 2025 г. – II квартал 2026 г.", date(2026, 6, 30), "quarter"),
    # a ten-day period («декада») of a month: its last day, not the month's
    ("I декада марта 2026 г.", date(2026, 3, 10), "decade"),
    ("во 2-й декаде октября 2025 года", date(2025, 10, 20), "decade"),
    ("в течение третьей декады февраля 2028 г.", date(2028, 2, 29), "decade"),
    ("3-я декада апреля 2026", date(2026, 4, 30), "decade"),
    ("до 1 декады ноября 2026 г.", date(2026, 11, 10), "decade"),
    # a half-year by its plain name; a day written as an ordinal
    ("в первой половине 2026 года", date(2026, 6, 30), "half_year"),
    ("вторая половина 2025 г.", date(2025, 12, 31), "half_year"),
    ("до 20-го ноября 2026 г.", date(2026, 11, 20), "date"),
])
def test_more_period_shapes(raw, expected, kind):
    d = parse_deadline(raw)
    assert (d.date, d.kind) == (expected, kind)


@pytest.mark.parametrize("raw", ["постоянно, начиная с 01.09.2025", "с 1 марта 2026 г. и далее ежегодно",
                                 "бессрочно", "не реже одного раза в квартал", "на весь период реализации",
                                 "с 01.02.2026 по мере обращения заявителей", "2 раза в год", "на регулярной основе",
                                 "I декада каждого месяца", "до 5 числа каждого квартала"])
def test_open_ended_terms_have_no_deadline(raw):
    d = parse_deadline(raw)
    assert (d.date, d.kind) == (None, "open_ended")


def test_a_first_due_date_before_a_recurring_term_stays():
    assert parse_deadline("до 01.07.2026, далее ежегодно").date == date(2026, 7, 1)
