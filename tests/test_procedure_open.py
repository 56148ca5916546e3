"""Lists whose lead-in names no kind («Клиент может обратиться через:», «К ним относятся:»): in a
document titled as a procedure their items tell the kind (normalizers.list_kind_by_items,
pipeline/run/normalize.py resolve_open_lists); a list whose items tell none is dropped.
Texts composed here."""
from __future__ import annotations

import pytest

from normalizers import list_kind_by_items
from parsers.extract.leadin import open_kinds
from parsers.extract.procedure import extract_procedure, inline_items
from parsers.formats.text import parse_text
from pipeline.run.normalize import resolve_open_lists

TITLE = "Порядок ведения перечня точек взаимодействия с клиентами\n\n"
ALL = ["direction", "channel_digital", "channel_offline", "need"]


def _read(text: str) -> list[tuple[str, str]]:
    return [(r["list_kind"], r["text_raw"]) for r in resolve_open_lists(extract_procedure(parse_text(text)))]


@pytest.mark.parametrize("items, kind", [
    (["официальный сайт министерства", "электронная почта приёмной", "чат-бот в мессенджере"], "channel_digital"),
    (["личный приём у министра", "почтовое отправление", "телефон горячей линии"], "channel_offline"),
    (["получить консультацию по заполнению заявления", "подать заявление на выплату",
      "узнать, на каком этапе рассмотрение заявления"], "need"),
    (["предоставление мер социальной поддержки", "региональный государственный контроль (надзор)",
      "рассмотрение обращений граждан"], "direction"),
])
def test_a_list_is_of_the_kind_its_items_read_as(items, kind):
    assert list_kind_by_items(items, ALL) == kind


def test_items_that_read_as_no_kind_or_only_once_give_none():
    duties = ["обеспечивает актуализацию перечня ежегодно", "согласовывает изменения с руководителем",
              "хранит документы в установленном порядке"]
    assert list_kind_by_items(duties, ALL) is None
    assert list_kind_by_items(["официальный сайт"], ALL) is None          # one item is no list
    # after a means only ways are possible: needs are not looked for
    assert list_kind_by_items(["подать заявление", "получить справку", "узнать статус заявления"],
                              ["channel_digital", "channel_offline"]) is None


def test_an_unnamed_lead_in_over_two_sentences_takes_its_items_kind():
    text = TITLE + ("2.1. Для связи с ведомством служат и другие ресурсы. К ним относятся:\n"
                    "а) официальный сайт министерства;\nб) электронная почта приёмной;\n"
                    "в) чат-бот в мессенджере.\n"
                    "2.2. Ответственный сотрудник:\n"
                    "а) обеспечивает актуализацию перечня ежегодно;\n"
                    "б) согласовывает изменения с руководителем;\n"
                    "в) хранит документы в установленном порядке.\n"
                    "2.3. Клиент может обратиться через:\n"
                    "– личный приём у министра;\n– почтовое отправление;\n– телефон горячей линии.\n")
    assert _read(text) == [("channel_digital", "официальный сайт министерства"),
                           ("channel_digital", "электронная почта приёмной"),
                           ("channel_digital", "чат-бот в мессенджере"),
                           ("channel_offline", "личный приём у министра"),
                           ("channel_offline", "почтовое отправление"),
                           ("channel_offline", "телефон горячей линии")]


def test_an_unnamed_inline_list_of_three_semicolon_items():
    text = TITLE + ("3. Учитываются и иные случаи, а именно: получить консультацию по "
                    "заполнению заявления; подать заявление на выплату; узнать, на каком этапе "
                    "рассмотрение заявления.\n")
    assert [k for k, _ in _read(text)] == ["need"] * 3


def test_no_unnamed_list_outside_a_procedure_nor_after_an_order_clause():
    body = "Клиент может обратиться через:\n– личный приём у министра;\n– почтовое отправление;\n– телефон.\n"
    assert _read(body) == []                                           # not titled as a procedure
    assert open_kinds("ПРИКАЗЫВАЮ:") == ()
    assert open_kinds("Перечень ведётся в целях:") == ()               # the list's own aims
    assert open_kinds("Актуализация проводится по следующему алгоритму:") == ()
    assert open_kinds("Клиент может обратиться через:") == ("channel_digital", "channel_offline")
    assert open_kinds("К ним относятся:") == tuple(ALL)


def test_a_lead_in_naming_two_kinds_leaves_the_choice_to_its_items():
    lead = "2.1. Потребности клиентов по каждому направлению деятельности:\n"
    needs = "а) получить консультацию по заполнению заявления;\nб) подать заявление на выплату;\nв) узнать статус заявления.\n"
    assert {k for k, _ in _read(TITLE + lead + needs)} == {"need"}
    heads = "а) предоставление мер социальной поддержки;\nб) региональный государственный контроль (надзор);\n"
    assert {k for k, _ in _read(TITLE + lead + heads)} == {"direction"}
    # items telling neither: the lead-in's own kind stands — its head noun's, «Потребности клиентов» (proc18:
    # lead_nouns.py; the directions stand in its qualifier «по каждому направлению»)
    vague = "а) прочее;\nб) иное.\n"
    assert {k for k, _ in _read(TITLE + lead + vague)} == {"need"}


def test_a_lead_in_over_two_sentences_names_its_list_in_the_first():
    lines = TITLE + ("2.1. Ведомство использует цифровые каналы связи. Перечень включает следующие позиции:\n"
                     "1) официальный сайт;\n2) электронная почта.\n"
                     "2.2. Для каждой точки определяются потребности клиента. Среди них выделяются: "
                     "1) получить консультацию; 2) подать заявление на выплату; 3) узнать статус заявления.\n")
    got = _read(lines)
    assert [k for k, _ in got] == ["channel_digital"] * 2 + ["need"] * 3


def test_a_table_row_of_a_lead_in_and_its_numbered_list():
    # converted text: a two-column table «Направление | Перечень», the items run together in a cell
    text = TITLE + ("Сведения о перечне:\nНаправление\tПеречень\n"
                    "Офлайн-каналы связи\t1. почтовый адрес: 460000, г. Энск, ул. Мира, д. 3; 2. личный приём; "
                    "3. телефон приёмной.\n"
                    "Сферы деятельности ведомства\t– государственные услуги; – КОНТРОЛЬ И НАДЗОР.\n")
    assert _read(text) == [("channel_offline", "почтовый адрес: 460000, г. Энск, ул. Мира, д. 3"),
                           ("channel_offline", "личный приём"), ("channel_offline", "телефон приёмной"),
                           ("direction", "государственные услуги"), ("direction", "КОНТРОЛЬ И НАДЗОР")]


def test_things_named_without_an_action_do_not_make_a_list_of_needs():
    things = ["почтовый адрес министерства", "многофункциональный центр", "опрос посетителей в приёмной"]
    assert list_kind_by_items(things, ALL) != "need"


def test_a_subheading_names_the_list_below_it():
    text = TITLE + ("**3. Офлайн-точки взаимодействия**\n3.1. личный приём;\n3.2. почтовое отправление.\n"
                    "**4. Порядок актуализации**\n4.1. Перечень пересматривается ежегодно.\n"
                    "4.2. Изменения утверждаются приказом.\n")
    assert _read(text) == [("channel_offline", "личный приём"), ("channel_offline", "почтовое отправление")]


def test_sub_clauses_under_a_lead_in_numbered_with_one_number():
    text = "2. К цифровым точкам взаимодействия относятся:\n2.1. официальный сайт;\n2.2. чат-бот.\n3. Прочее."
    assert _read(text) == [("channel_digital", "официальный сайт"), ("channel_digital", "чат-бот")]


def test_a_list_of_points_of_either_kind_gives_each_item_its_own():
    text = TITLE + ("2.1. Клиент может обратиться через:\n– официальный сайт министерства;\n"
                    "– личный приём у министра;\n– электронная почта приёмной;\n– почтовое отправление.\n")
    assert _read(text) == [("channel_digital", "официальный сайт министерства"),
                           ("channel_offline", "личный приём у министра"),
                           ("channel_digital", "электронная почта приёмной"),
                           ("channel_offline", "почтовое отправление")]


def test_an_unnamed_lead_in_about_none_of_the_lists_concerns_opens_nothing():
    assert open_kinds("Сведения об изменениях направляются исполнителем:") == ()
    assert open_kinds("Клиенты могут выбрать любой вариант:") == tuple(ALL)
    assert open_kinds("Среди них выделяются:") == tuple(ALL)


def test_items_numbered_inline_keep_their_own_semicolons():
    text = ("Потребности клиентов: 1) подать заявление; узнать срок его рассмотрения; "
            "2) получить консультацию; 3) получить справку.")
    assert [t for _, t in inline_items(text)] == ["подать заявление; узнать срок его рассмотрения",
                                                  "получить консультацию", "получить справку"]



def test_a_named_kind_yields_only_to_items_clearly_of_another():
    lead = TITLE + "2.1. К цифровым точкам взаимодействия относятся:\n"
    offline = "– личный приём у министра;\n– почтовое отправление;\n– телефон горячей линии.\n"
    assert {k for k, _ in _read(lead + offline)} == {"channel_offline"}
    # one offline point among digital ones: the list stays what the document calls it
    mixed = "– официальный сайт;\n– электронная почта приёмной;\n– чат-бот;\n– телефон горячей линии.\n"
    assert {k for k, _ in _read(lead + mixed)} == {"channel_digital"}


def test_a_numbered_list_run_into_the_line_after_its_lead_in():
    # a PDF wraps "…: 1) …; 2) …" so that the items stand on the line after the lead-in
    text = "Потребности клиентов:\n1) получить консультацию; 2) подать заявление; узнать срок; 3) получить справку.\n"
    assert _read(text) == [("need", "получить консультацию"), ("need", "подать заявление; узнать срок"),
                           ("need", "получить справку")]
