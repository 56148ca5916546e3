"""A two-digit year that alone says nothing for sure («31.12.20»: a cut «31.12.20__» as often as
2020, textcore/data/dates.yaml) is read by the year of the order the plan belongs to: within
`two_digit_year_act_window` of it.  Plans of 2019–2021 print terms so («до 31.12.20 г.»).
Composed for these tests; goldens written by reading the terms."""
from __future__ import annotations

from datetime import date

from normalizers.deadlines import parse_deadline
from pipeline.run.process import process_path


def test_an_ambiguous_year_near_the_acts_year():
    assert parse_deadline("до 31.12.20 г.").date is None                  # no act: not sure
    assert parse_deadline("до 31.12.20 г.", 2019).date == date(2020, 12, 31)
    assert parse_deadline("до 01.07.19", 2019).date == date(2019, 7, 1)
    assert parse_deadline("до 31.12.20 г.", 2025).date is None            # years after it: a cut year
    # a year that is not ambiguous stays as it was, the day and month never swapped
    assert parse_deadline("до 01.07.25", 2019).date == date(2025, 7, 1)
    assert parse_deadline("12.03.24", 2024).date == date(2024, 3, 12)


def test_the_orders_date_reads_its_plans_terms(tmp_path):
    text = ("МИНИСТЕРСТВО ЭКОНОМИЧЕСКОГО РАЗВИТИЯ ТВЕРСКОЙ ОБЛАСТИ\nПРИКАЗ\nот 12.11.2019 № 245\n"
            "Об утверждении плана мероприятий («дорожной карты») по внедрению клиентоцентричности\n"
            "План мероприятий («дорожная карта») по внедрению клиентоцентричности\n"
            "№ п/п\tНаименование мероприятия\tСрок исполнения\tОтветственный исполнитель\n"
            "1.\tУтверждение перечня точек взаимодействия\tдо 31.12.20 г.\tИванов И.И.\n"
            "2.\tПроведение опроса клиентов\t01.07.20\tПетров П.П.\n")
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    res = process_path(path)
    assert res.document["order_date"] == date(2019, 11, 12)
    assert [r["deadline"] for r in res.roadmap] == [date(2020, 12, 31), date(2020, 7, 1)]
