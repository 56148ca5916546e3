"""A procedure's list items opened by a register's code («НД-01 – …;», «ЦК-02 – …;», «ОК-01 – …»): the code is the
item's mark, as «1)» is — printed as its ordinal, never part of its words (so «ОК» is no social network's name and the
letters no kind of the item; the lead-in says the kind).  Text invented here; expectations read from it."""
from __future__ import annotations

from parsers.extract.listread import marker
from parsers.extract.procedure import extract_procedure
from parsers.formats.text import parse_text
from textcore.numbering import register_code

TEXT = """Порядок ведения перечня каналов взаимодействия

1. Общие положения
1.1. Каждой записи перечня присваивается код из буквенного обозначения раздела и номера записи.
2. Содержание перечня
2.1. К цифровым каналам взаимодействия с клиентами относятся:
ЦК-01 – официальный сайт министерства;
ЦК-02 – электронная почта.
2.2. К офлайн каналам взаимодействия с клиентами относятся:
ОК-01 – личный прием граждан;
ОК-02 – телефон горячей линии;
ОК-03 – многофункциональный центр.
3. Актуализация перечня
3.1. Коды исключенных записей повторно не присваиваются.
"""


def test_the_code_is_the_mark():
    assert register_code("ЦК-02 – электронная почта;") == ("ЦК-02", "электронная почта;")
    assert register_code("К-1) личный прием") == ("К-1", "личный прием")
    assert register_code("НД-3. Опека") == ("НД-3", "Опека")
    # no code: a hyphenated word, a number glued to a word, a code with no words after it
    assert register_code("Интернет-приемная министерства") is None
    assert register_code("ЦК-02") is None
    assert register_code("СМС-информирование граждан") is None
    assert marker("ОК-01 – личный прием граждан;").style == "code"


def test_coded_items_are_read_without_their_codes():
    got = [(r["list_kind"], r["ordinal"], r["text_raw"]) for r in extract_procedure(parse_text(TEXT))]
    assert got == [("channel_digital", "ЦК-01", "официальный сайт министерства"),
                   ("channel_digital", "ЦК-02", "электронная почта"),
                   ("channel_offline", "ОК-01", "личный прием граждан"),
                   ("channel_offline", "ОК-02", "телефон горячей линии"),
                   ("channel_offline", "ОК-03", "многофункциональный центр")]


class _Line:
    def __init__(self, text, line):
        self.text, self.line, self.row = text, line, None


def _read(*texts):
    from parsers.extract.listread import read_items
    items, _ = read_items([_Line(t, i) for i, t in enumerate(texts)], 0, None)
    return [(it.marker.ordinal, it.marker.rest) for it in items]


def test_a_lone_act_number_opens_no_list():
    # an act's or a law's number opening a sentence («ФЗ-44. …», «ПП-12) …») is no register's first item
    assert _read("ФЗ-44. Закупки ведутся по закону о контрактной системе.", "Иной абзац текста.") == []
    assert _read("ПП-12) утверждает порядок приема.", "Иной абзац текста.") == []
    # a register numbered on across its sections: a run of codes of one section's letters is its list
    assert _read("ОК-03 – личный прием граждан;", "ОК-04 – телефон горячей линии.") == \
        [("ОК-03", "личный прием граждан;"), ("ОК-04", "телефон горячей линии.")]
    assert _read("ЦК-01 – официальный сайт.", "Иной абзац текста.") == [("ЦК-01", "официальный сайт.")]
