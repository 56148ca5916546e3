"""Lists a procedure holds that are no touchpoints, read by their items (parsers/extract/item_lists.py):
a heading that a veto word, a glossary's word or the document's own apparatus opens («Основные
задачи», «Сокращения», «Приложения», «Контактная информация»), legal acts cited by their requisites;
and the cost of reading items by their kinds, bounded per list (normalizers.item_kinds gives up once
too many items read as none) and per document (`by_items_reads`).

Texts composed here as a regional procedure would word them; each expectation read from the text:
none of these lists names a channel, a need or a direction of the ministry's work."""
from __future__ import annotations

import pytest

import normalizers
from normalizers import item_kinds
from parsers.extract.leadin import vocab
from parsers.extract.procedure import extract_procedure
from parsers.formats.text import parse_text
from parsers.tables.content_roles import use_cell_readers
from pipeline.run import content_cells
from pipeline.run.normalize import resolve_open_lists

TITLE = "Порядок ведения перечня точек взаимодействия министерства с клиентами"
ALL = ["direction", "channel_digital", "channel_offline", "need"]


@pytest.fixture(autouse=True)
def _item_reader():
    content_cells.install()
    yield
    content_cells.install()          # a test that swapped the reader gives the pipeline's back


def _text(*lines: str) -> list[tuple[str, str]]:
    doc = parse_text("\n".join((TITLE,) + lines) + "\n")
    return [(r["list_kind"], r["text_raw"]) for r in resolve_open_lists(extract_procedure(doc))]


@pytest.mark.parametrize("heading, items", [
    ("Основные задачи", ["Развитие официального сайта министерства", "Расширение работы в социальных сетях",
                         "Организация личного приёма граждан"]),                          # a veto word
    ("Основные понятия", ["Официальный сайт – сайт министерства в сети Интернет",
                          "Личный приём – встреча с гражданином", "Горячая линия – телефон для обращений"]),
    ("Сокращения", ["ЕПГУ – Единый портал государственных услуг", "МФЦ – многофункциональный центр",
                    "ПОС – платформа обратной связи"]),                                   # a glossary
    ("Приложения", ["Форма перечня точек взаимодействия", "Форма отчёта", "Журнал учёта обращений"]),
    ("Контактная информация", ["Телефон горячей линии: 8-800-100-00-00", "Электронная почта: info@minsoc.ru",
                               "Адрес: г. Тула, ул. Ленина, д. 2"]),
    ("Контактные данные министерства", ["телефон приёмной 8 (4872) 24-00-00;",
                                        "электронная почта minsoc@tularegion.ru;", "официальный сайт minsoc.tularegion.ru."]),
])
def test_a_heading_of_the_procedures_own_apparatus_opens_no_list(heading, items):
    assert _text(heading, *(f"{n}. {t}" for n, t in enumerate(items, 1))) == []


def test_a_heading_naming_ways_of_contact_still_opens_its_list():
    got = _text("Способы связи с министерством", "3.1. Официальный сайт.", "3.2. Электронная почта.", "3.3. Личный приём.")
    assert got == [("channel_digital", "Официальный сайт"), ("channel_digital", "Электронная почта"),
                   ("channel_offline", "Личный приём")]


def test_legal_acts_cited_by_their_requisites_are_no_items():
    # «… «Об организации предоставления государственных и муниципальных услуг»» names the act, no direction
    assert _text("1.2. Порядок разработан в соответствии с:",
                 "- Федеральным законом от 27.07.2010 № 210-ФЗ «Об организации предоставления "
                 "государственных и муниципальных услуг»;",
                 "- Федеральным законом от 02.05.2006 № 59-ФЗ «О порядке рассмотрения обращений граждан»;",
                 "- постановлением Правительства области от 1 февраля 2022 г. N 45.") == []


def test_item_kinds_gives_up_once_too_many_items_read_as_none(monkeypatch):
    calls = []
    real = normalizers._reading
    monkeypatch.setattr(normalizers, "_reading", lambda k, t: calls.append(t) or real(k, t))
    names = [f"Иванов Иван Петрович {n}" for n in range(10)]
    assert item_kinds(names, ALL) == [None] * 10
    # 60 % must read as a kind: after 5 of 10 read as none the list is lost, the other 5 unread
    assert len(set(calls)) == 5


def test_a_document_reads_at_most_its_budget_of_items_by_kind():
    read: list[str] = []
    use_cell_readers({"item_kinds": lambda texts, kinds: read.extend(texts) or [None] * len(texts)})
    lines = [ln for g in range(100) for ln in [f"Список {g}"] + [f"{i}. Иванов Иван {g}-{i}" for i in range(1, 4)]]
    assert extract_procedure(parse_text("\n".join([TITLE] + lines) + "\n")) == []
    assert 0 < len(read) <= vocab()["by_items_reads"] < 300       # 300 items offered, the budget read


def test_a_number_alone_cites_no_act():
    # an office's number is no act's requisite: the points stand
    got = _text("2.2. Граждан принимают здесь:", "- приёмная министра, кабинет № 105;",
                "- приёмная по обращениям граждан, кабинет № 210;", "- личный приём в МФЦ, окно № 3.")
    assert [k for k, _ in got] == ["channel_offline"] * 3
