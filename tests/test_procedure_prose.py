"""An order's own prose after a lead-in naming channels or needs is no comma list of them
(parsers/extract/inline.py, parsers/extract/item_words.py): an item opening with a preposition of
time, condition or rule («в течение рабочего дня», «в случае необходимости», «по согласованию с …»),
an adverb that says when, not how («ежеквартально»), a predicate of the order's own sentence («должны
быть учтены …», «вправе дополнять …»).  The client's ways and words stay items («лично», «через
МФЦ», «в письменной форме», «нужна консультация»).  Texts composed here."""
from __future__ import annotations

import pytest

from parsers.extract.procedure import extract_procedure
from parsers.formats.text import parse_text

HEAD = ["ПОРЯДОК", "ведения перечня точек взаимодействия министерства с клиентами",
        "1. Общие положения", "1.1. Настоящий Порядок определяет правила ведения перечня.",
        "2. Содержание перечня"]
END = ["3. Заключительные положения", "3.1. Перечень актуализируется не реже одного раза в год."]
DIGITAL = "2.1. Точки взаимодействия подразделяются на: цифровые точки: официальный сайт, электронная почта; "
NEEDS = "2.3. Для каждой точки взаимодействия указываются потребности клиента: "


def _rows(line: str) -> list[tuple[str, str]]:
    doc = parse_text("\n".join(HEAD + [line] + END) + "\n")
    return sorted((r["list_kind"], r["text_raw"]) for r in extract_procedure(doc))


@pytest.mark.parametrize("prose", [
    "в течение рабочего дня, в соответствии с регламентом",
    "при наличии технической возможности, в случае необходимости, по согласованию с руководителем",
    "ежеквартально, своевременно, в установленный срок",
    "лично, в том числе в выходные дни",
])
def test_when_and_by_what_rule_are_no_offline_channels(prose):
    got = _rows(DIGITAL + "оффлайн-точки: " + prose + ".")
    assert not [r for r in got if r[0] == "channel_offline"]


def test_how_the_client_comes_is_still_an_offline_channel():
    offline = ["лично", "через МФЦ", "в письменной форме", "по почте", "на личном приёме"]
    got = _rows(DIGITAL + "оффлайн-точки: " + ", ".join(offline) + ".")
    assert [t for k, t in got if k == "channel_offline"] == sorted(offline)


@pytest.mark.parametrize("prose", [
    "должны быть учтены при актуализации, обязательны для рассмотрения",
    "вправе дополнять перечень, готовы к изменениям",
])
def test_the_orders_own_predicates_are_no_needs(prose):
    assert not [r for r in _rows(NEEDS + prose + ".") if r[0] == "need"]


def test_a_need_in_the_clients_words_with_a_predicate_first():
    needs = ["нужна консультация юриста", "необходимо получить справку", "подать заявление"]
    assert _rows(NEEDS + ", ".join(needs) + ".") == sorted(("need", n) for n in needs)


@pytest.mark.parametrize("lead", ["Зачем нужен перечень точек взаимодействия:",
                                  "Зачем проводится актуализация перечня:"])
def test_asking_the_procedures_own_aims_lists_no_needs(lead):
    # «зачем» asks the client's purpose only with the client or the client's coming in it
    got = _rows("2.3. " + lead + " повышение качества обслуживания, сокращение сроков рассмотрения.")
    assert not [r for r in got if r[0] == "need"]


@pytest.mark.parametrize("lead", ["Зачем обращается заявитель:", "Зачем приходят в министерство:"])
def test_asking_why_the_client_comes_lists_needs(lead):
    needs = ["получение консультации", "подача заявления"]
    assert _rows("2.3. " + lead + " " + ", ".join(needs) + ".") == sorted(("need", n) for n in needs)


def test_directions_opening_with_a_preposition_stay_names():
    # «в», «с», «по» the dictionary also reads as letters' names: «в сфере …» names a direction
    directions = ["в сфере образования", "в сфере культуры", "предоставление субсидий"]
    line = "2.2. Перечень ведётся по следующим направлениям деятельности: " + ", ".join(directions) + "."
    assert _rows(line) == sorted(("direction", d) for d in directions)


def test_when_is_no_direction():
    line = "2.2. Перечень ведётся по следующим направлениям деятельности: в течение года, в случае необходимости."
    assert not [r for r in _rows(line) if r[0] == "direction"]
