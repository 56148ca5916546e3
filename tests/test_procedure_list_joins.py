"""Procedure lists of forms the readers once cut short: a numbered list with an unmarked paragraph explaining an
item between two items (the list goes on past it, the paragraph no item); an inline comma list whose last item
follows «и» or «, а также» (set apart); a list named after its items by a closing «(далее – …)» (the name no part
of the last item).  Texts invented here; expectations read from them."""
from __future__ import annotations

import pytest

from parsers.extract.inline_joins import last_joined
from parsers.extract.procedure import extract_procedure
from parsers.formats.text import parse_text
from pipeline.run import content_cells
from pipeline.run.normalize import resolve_open_lists

TITLE = "Порядок ведения перечня точек взаимодействия министерства с клиентами"


@pytest.fixture(autouse=True)
def _item_reader():
    content_cells.install()


def _text(*lines: str) -> list[tuple[str, str]]:
    doc = parse_text("\n\n".join((TITLE,) + lines) + "\n")
    return [(r["list_kind"], r["text_raw"]) for r in resolve_open_lists(extract_procedure(doc))]


def test_an_explaining_paragraph_between_items_does_not_end_the_list():
    got = _text("3.1. Цифровыми каналами взаимодействия являются:",
                "1) официальный сайт министерства;",
                "Сведения на сайте обновляются еженедельно.",
                "2) электронная почта;",
                "3) группа министерства ВКонтакте.",
                "3.2. Офлайн-каналами взаимодействия являются:",
                "1) личный приём граждан.")
    assert got == [("channel_digital", "официальный сайт министерства"), ("channel_digital", "электронная почта"),
                   ("channel_digital", "группа министерства ВКонтакте"), ("channel_offline", "личный приём граждан")]


def test_a_paragraph_after_the_last_item_still_ends_the_list():
    got = _text("3.1. Цифровыми каналами взаимодействия являются:",
                "1) официальный сайт министерства;",
                "2) электронная почта.",
                "Перечень пересматривается ежегодно.",
                "3) группа министерства ВКонтакте.")
    assert got == [("channel_digital", "официальный сайт министерства"), ("channel_digital", "электронная почта")]


def test_last_joined_sets_the_last_item_apart():
    assert last_joined(["сайт", "почта", "телефон и личный приём"]) == ["сайт", "почта", "телефон", "личный приём"]
    assert last_joined(["сайт", "а также личный приём (далее – каналы связи)."]) == ["сайт", "личный приём"]
    # an «и» between two qualifiers of one noun is inside an item; a list of one part is left alone
    assert last_joined(["запись", "сведения о плановых и внеплановых проверках"]) == \
        ["запись", "сведения о плановых и внеплановых проверках"]
    assert last_joined(["приём и выдача документов"]) == ["приём и выдача документов"]
    # ... nor one between objects of one word or preposition, in an oblique case
    assert last_joined(["запись", "работа с обращениями и запросами"]) == ["запись", "работа с обращениями и запросами"]
    assert last_joined(["запись", "подача предложений и замечаний"]) == ["запись", "подача предложений и замечаний"]
    assert last_joined(["сайт", "почта и др."]) == ["сайт", "почта и др."]          # a list left open
    assert last_joined(["лицензирование", "обращения: приём и ответ"]) == ["лицензирование", "обращения: приём и ответ"]


def test_inline_lists_with_and_and_a_name_after_the_items():
    got = _text("2.1. Для дистанционного взаимодействия с клиентами используются: официальный сайт, электронная "
                "почта и мобильное приложение (далее – цифровые каналы).",
                "2.2. Офлайн-каналами являются: личный приём, телефонная связь, а также почтовая связь.")
    assert got == [("channel_digital", "официальный сайт"), ("channel_digital", "электронная почта"),
                   ("channel_digital", "мобильное приложение"), ("channel_offline", "личный приём"),
                   ("channel_offline", "телефонная связь"), ("channel_offline", "почтовая связь")]


def test_a_name_after_the_items_gives_the_kind_a_lead_in_does_not():
    got = _text("2.2. В работе министерство применяет: официальный сайт, электронную почту и чат-бот "
                "(далее – цифровые каналы).")
    assert got == [("channel_digital", "официальный сайт"), ("channel_digital", "электронную почту"),
                   ("channel_digital", "чат-бот")]


def test_an_and_between_two_genitives_of_one_noun_is_inside_the_item():
    # «попечительства», «продовольствия» read also as nominative plurals: still the genitive's pair
    assert last_joined(["официальный сайт", "электронная почта", "страница отдела опеки и попечительства"]) == \
        ["официальный сайт", "электронная почта", "страница отдела опеки и попечительства"]
    assert last_joined(["личный приём", "сайт министерства сельского хозяйства и продовольствия"]) == \
        ["личный приём", "сайт министерства сельского хозяйства и продовольствия"]
    # a bracket closing the item before the «и» ends it, whatever case the word inside it
    assert last_joined(["сайт", "почта (подпункт 3.2 Стандарта) и приложение министерства"]) == \
        ["сайт", "почта (подпункт 3.2 Стандарта)", "приложение министерства"]


def test_a_bare_word_sharing_the_words_after_the_and_is_one_item():
    items = ["рассмотрение обращений граждан", "предоставление государственных услуг"]
    assert last_joined(items + ["приём и регистрация обращений"]) == items + ["приём и регистрация обращений"]
    assert last_joined(items + ["информирование и консультирование по мерам поддержки"]) == \
        items + ["информирование и консультирование по мерам поддержки"]
    # ... but an item of one word where the list has one, a name, or a word unlike the next stands apart
    assert last_joined(["сайт", "почта", "телефон и личный приём граждан"]) == \
        ["сайт", "почта", "телефон", "личный приём граждан"]
    assert last_joined(items + ["МФЦ и выезд на место"]) == items + ["МФЦ", "выезд на место"]
    assert last_joined(["официальный сайт", "электронная почта", "чат-бот и личный кабинет заявителя"]) == \
        ["официальный сайт", "электронная почта", "чат-бот", "личный кабинет заявителя"]


def test_a_heading_numbered_next_after_a_paragraph_is_no_item():
    # «2. Формирование перечня» follows «1.» but is a section's heading (capitalised, unpunctuated): the paragraph
    # before it is no explanation inside the list, the list ended at it
    got = _text("2.1. Цифровыми каналами взаимодействия являются:",
                "1. официальный сайт министерства;",
                "Сведения на сайте обновляются еженедельно.",
                "2. Формирование перечня",
                "Перечень формируется отделом по работе с обращениями.")
    assert got == [("channel_digital", "официальный сайт министерства")]


def test_an_and_inside_a_relative_clause_of_the_last_item_joins_no_two_items():
    # the «и» joins the subjects of the clause «где … предоставляются»: the item is one place, not two
    parts = ["личный приём", "многофункциональные центры, где в режиме одного окна предоставляются услуги и сервисы"]
    assert last_joined(parts) == parts
    assert last_joined(["сайт", "почту, которую ведёт отдел и архив"]) == ["сайт", "почту, которую ведёт отдел и архив"]
    # a list's own last «и» with no clause before it still sets its item apart
    assert last_joined(["сайт", "электронную почту и чат-бот"]) == ["сайт", "электронную почту", "чат-бот"]
