"""The term of a measure with no term cell: its activity's own words (`normalizers/activity_term.py`), its
group row's period (`roadmap_codes.heading_term`), and the plan title's year for a term with no year
(`roadmap_codes.title_year`).  Expectations read from the wording: a period after a term's word, or set
apart closing the cell, is the term; a period the activity is about, or an act's date, is none."""
from __future__ import annotations

import pytest

from normalizers.activity_term import activity_term
from normalizers.roadmap_codes import heading_term, title_year


@pytest.mark.parametrize("activity, term", [
    ("Разместить памятку на сайте до 01.04.2025", "до 01.04.2025"),
    ("Провести опрос в срок до 30 июня 2025 года", "в срок до 30 июня 2025 года"),
    ("Обучить специалистов (III квартал 2025 г.)", "III квартал 2025 г."),
    ("Обновить стенды в холле – декабрь 2025 г.", "декабрь 2025 г."),
    ("Не позднее 1 марта 2026 г. утвердить регламент", "Не позднее 1 марта 2026 г."),
    ("Провести мониторинг с 01.03.2025 по 30.06.2025", "по 30.06.2025"),
    ("Подготовить отчёт о работе с обращениями за 2024 год", None),
    ("Во исполнение приказа от 01.02.2024 № 5 провести опрос", None),
    ("Разработать план мероприятий", None),
    ("Внести изменения в программу на 2025-2027 годы", None),          # a range's dash sets no term apart
    ("Актуализировать программу на 2025 – 2027 годы", None),
    ("Провести обучение (2025-2026 гг.)", "2025-2026 гг."),              # ... a range apart is the term whole
    ("Провести обучение до 01.03.2025 – 30.06.2025", "до 01.03.2025 – 30.06.2025"),
    # a participle's period in its clause is when the things were received or formed, not the term
    ("Обобщить жалобы заявителей, направленные в министерство в 2025 году", None),
    ("Изучить предложения, собранные во II квартале 2025 г., и доработать памятку", None),
    ("Свести отзывы, полученные в 2025 году (IV квартал 2025 г.)", "IV квартал 2025 г."),
    ("Опросить заявителей, получивших услугу, в 2025 году", "в 2025 году"),      # the clause closed: the term
    ("Обобщить отзывы в 2025 году", "в 2025 году"),
    # ... a participle before its noun opens no such clause: the period is the item's term
    ("Провести обучение вновь принятых сотрудников в 2025 году", "в 2025 году"),
    ("Организовать работу обучающих семинаров во II квартале 2025 г.", "во II квартале 2025 г."),
    ("Внедрить следующие меры в I квартале 2026 г.", "в I квартале 2026 г."),
    ("Провести анализ обращений, ранее поступивших в 2024 году", None),
    # a term labelled inside the activity: the label set apart by a dash or a colon is no part of the term
    ("Утвердить график приёма (срок – II кв. 2026)", "II кв. 2026"),
    ("Утвердить график приёма. Срок исполнения – до 01.07.2026.", "до 01.07.2026"),
    ("Утвердить график приёма (срок исполнения: не позднее III квартала 2026 г.)", "не позднее III квартала 2026 г."),
    ("Утвердить график приёма (срок: в течение второго полугодия 2026 года)", "в течение второго полугодия 2026 года"),
])
def test_activity_term(activity, term):
    assert activity_term(activity) == term


def test_heading_term_is_the_work_period_of_the_innermost_group():
    assert heading_term([["Мероприятия", False], ["I полугодие 2025 года", False]]) == "I полугодие 2025 года"
    assert heading_term([["II квартал 2025 г.", False], ["Кадровый блок", False]]) == "II квартал 2025 г."
    assert heading_term([["Итоги 2024 года", False]]) is None          # a period the group is about
    assert heading_term([["Организационные меры", False]]) is None


def test_title_year():
    assert title_year("План мероприятий («дорожная карта») на 2025 год") == 2025
    assert title_year("План мероприятий по внедрению клиентоцентричности в 2026 году") == 2026
    assert title_year("План мероприятий по итогам анализа обращений за 2024 год") is None
    assert title_year("Приложение к приказу от 14.02.2025 № 77") is None   # an act's date: no plan's year
    assert title_year("План мероприятий на 2025–2026 годы") is None        # two years: none for a term
    assert title_year("План мероприятий по реализации Закона области от 2024 года № 5") is None    # an act's year
    assert title_year("План мероприятий по реализации Стратегии на период до 2030 года") is None   # a horizon
    assert title_year("План мероприятий на 2025 год по реализации Закона от 2024 года") == 2025
    assert title_year(None) is None
