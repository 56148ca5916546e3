"""Procedure lead-ins in words no cue listed (the bed's `leadins=reworded` grammar): the head noun read by its
meaning class (parsers/extract/lead_nouns.py), a sentence with no colon pointing to its list
(parsers/extract/pointing_lead.py), a copula sentence's needs named by verbs (copula.py), a lead-in ending
«… в рамках:» or «… можно через:».  Texts composed here, not taken from any set."""
from __future__ import annotations

import pytest

from parsers.extract.copula import copula_items
from parsers.extract.lead_nouns import head_noun
from parsers.extract.leadin import classify, open_kinds
from parsers.extract.procedure import extract_procedure
from parsers.formats.text import parse_text

HEAD = "ПОРЯДОК ведения перечня точек взаимодействия\n1. Общие положения\n1.1. Порядок определяет правила.\n" \
       "2. Формирование перечня\n"


def _items(text: str) -> list[tuple[str, str]]:
    return [(r["list_kind"], r["text_raw"]) for r in extract_procedure(parse_text(HEAD + text))]


@pytest.mark.parametrize("text, kind", [
    # a need noun no cue held, with its client; past «наиболее частые» after «следующие»
    ("Выделяются следующие жизненные ситуации граждан и организаций:", "need"),
    ("Министерством определены следующие наиболее частые поводы обращения получателей услуг:", "need"),
    ("Вопросы заявителей могут быть следующими:", "need"),
    # a channel noun no cue held, with its kind's word before or after it, or negated
    ("Министерством определены следующие электронные инструменты взаимодействия:", "channel_digital"),
    ("Онлайн-средства связи с населением:", "channel_digital"),
    ("Выделяются следующие нецифровые инструменты коммуникации с посетителями:", "channel_offline"),
    ("Традиционные инструменты взаимодействия включают:", "channel_offline"),
    ("Инструменты связи без использования сети «Интернет» определяются следующим образом:", "channel_offline"),
    # a function with the body whose it is
    ("Функции органа власти:", "direction"),
    ("Отрасли деятельности министерства:", "direction"),
    # a head so named outranks its modifiers' cues («клиент + мочь» is the list's «могут быть» here)
    ("Электронные каналы обращения получателей услуг могут быть следующими:", "channel_digital"),
    ("Оффлайн-формы обращения могут быть следующими:", "channel_offline"),
])
def test_a_head_noun_of_a_class_names_its_list(text, kind):
    assert classify(text) == kind


def test_the_head_is_the_noun_listed_not_one_a_preposition_governs():
    assert head_noun("К традиционным формам относятся:") == "форма"
    assert head_noun("Перечень жизненных ситуаций клиентов включает:") == "ситуация"
    assert head_noun("Основными запросами заявителей являются:") == "запрос"
    # «по вопросам», «в рамках направлений»: governed, no head; a channel noun after them is
    assert head_noun("По вопросам клиентов используются каналы:") == "канал"
    assert head_noun("В рамках направлений деятельности:") is None
    # a channel noun with no kind word names no kind of channel: the items tell
    assert classify("Инструменты взаимодействия с клиентами:") is None
    # a need noun with no client is none: «вопросы организации работы» are the body's own
    assert classify("Вопросы организации работы:") != "need"


def test_a_lead_in_ending_in_a_preposition_frames_no_column():
    assert classify("Взаимодействие с клиентами ведется в рамках:") != "column"
    assert "direction" in open_kinds("Взаимодействие с клиентами ведется в рамках:")
    assert classify("В рамках каждого направления указываются:") == "column"     # the frame stands


def test_a_long_lead_in_ending_in_a_means_lists_the_ways():
    assert open_kinds("Связаться с министерством можно через:") == ("channel_digital", "channel_offline")
    assert open_kinds("Сведения о ходе работы подготавливаются ежеквартально:") == ()


def test_a_sentence_pointing_to_its_list_is_its_lead_in():
    text = ("2.1. Дистанционные инструменты коммуникации приведены ниже.\n2.1.1. официальный сайт;\n"
            "2.1.2. электронная почта.\n2.2. Профильные группы процессов ведомства определяются следующим образом.\n"
            "а) предоставление государственных услуг;\nб) рассмотрение обращений граждан.\n")
    assert _items(text) == [("channel_digital", "официальный сайт"), ("channel_digital", "электронная почта"),
                            ("direction", "предоставление государственных услуг"),
                            ("direction", "рассмотрение обращений граждан")]
    bare = ("Выделяются следующие электронные формы коммуникации с гражданами и организациями\n"
            "– официальный сайт;\n– электронная почта.\n")
    assert _items(bare) == [("channel_digital", "официальный сайт"), ("channel_digital", "электронная почта")]


def test_a_sentence_that_points_nowhere_or_back_heads_no_list():
    back = ("2.1. Каналы, перечисленные выше, используются в электронной форме.\n– официальный сайт;\n"
            "– электронная почта.\n")
    assert _items(back) == []        # (review rev18e: was «!= [digital] * 2», which any other reading passed)
    # the next clause of the order under a numbered sentence is no item of it
    nxt = ("2.1. Цифровые каналы взаимодействия приведены ниже.\n2.2. Перечень утверждается министром.\n"
           "2.3. Перечень актуализируется ежегодно.\n")
    assert _items(nxt) == []


def test_a_copula_sentence_lists_needs_named_by_verbs():
    text = "Основными мотивами обращения клиентов являются получить справку, обжаловать отказ и узнать о мерах поддержки."
    assert copula_items(text) == [("need", "получить справку"), ("need", "обжаловать отказ"),
                                  ("need", "узнать о мерах поддержки")]


def test_an_inline_list_naming_no_kind_splits_its_last_and():
    """«Связаться с министерством можно через: a, b и c.»: three items, read by their kinds, not two."""
    from pipeline.run import content_cells
    from pipeline.run.normalize import resolve_open_lists
    content_cells.install()          # the pipeline gives the parsers its item reader (pipeline/run/process.py)
    text = "2.1. Связаться с министерством можно через: общественная приёмная, телефон горячей линии и личный приём.\n"
    got = [(r["list_kind"], r["text_raw"]) for r in resolve_open_lists(extract_procedure(parse_text(HEAD + text)))]
    assert got == [("channel_offline", "общественная приёмная"), ("channel_offline", "телефон горячей линии"),
                   ("channel_offline", "личный приём")]


# review rev18e: the words beside the head must be the head's, not any word of the lead-in

@pytest.mark.parametrize("text", [
    "Причины отказа заявителю в предоставлении услуги:",                      # the client a dative, no owner
    "Цели предоставления субсидии получателям:",
    "Вопросы, рассматриваемые на заседании комиссии с участием заявителей:",  # the client in a participle's phrase
    "Ситуации, при которых заявителю отказывается в приеме документов:",
    "Цели проведения опроса граждан:",                                        # two nouns between: the survey's
])
def test_a_need_noun_with_a_client_named_elsewhere_names_no_need(text):
    assert classify(text) is None


@pytest.mark.parametrize("text, kind", [
    ("Проблемы граждан:", "need"),                                    # the client the head's genitive
    ("Наиболее частые причины обращения заявителей:", "need"),        # through one noun
    ("Потребности организаций и граждан:", "need"),                   # past a coordinated genitive
    ("Жизненные ситуации, в которых оказываются граждане:", "need"),  # the client the doer of a clause on it
    ("Вопросы, задаваемые заявителями:", "need"),
    ("Средства дистанционной связи:", "channel_digital"),             # the kind word of an interaction noun
    ("Инструменты обращения в электронной форме:", "channel_digital"),   # … in a prepositional phrase
    ("Нецифровые инструменты связи:", "channel_offline"),             # … of the head itself, negated
    # a negated clause before the head ends at its comma: the head's own «офлайн-» is no negated word
    ("Для заявителей, не владеющих цифровыми навыками, предусмотрены очные способы обращения:", "channel_offline"),
])
def test_a_head_with_its_own_client_or_kind_word_names_its_list(text, kind):
    assert classify(text) == kind


@pytest.mark.parametrize("text", [
    "Инструменты электронного голосования:",              # the adjective of another noun in the head's genitive
    "Места размещения электронных терминалов:",
    "Площадки для проведения традиционных ярмарок:",
    "Инструменты цифровой трансформации:",
])
def test_a_channel_noun_with_a_kind_word_of_another_noun_names_no_channels(text):
    assert classify(text) is None


def test_an_order_listing_a_subsidys_refusals_and_aims_holds_no_procedure(tmp_path):
    from pipeline.run.process import process_path
    path = tmp_path / "order.txt"
    path.write_text("\n".join([
        "МИНИСТЕРСТВО СЕЛЬСКОГО ХОЗЯЙСТВА", "ПРИКАЗ", "Об утверждении Порядка предоставления субсидий",
        "1. Утвердить прилагаемый Порядок предоставления субсидий.",
        "2. Причины отказа заявителю в предоставлении субсидии:", "а) непредставление документов;",
        "б) недостоверность сведений;", "в) несоответствие заявителя требованиям.",
        "3. Цели предоставления субсидии получателям:", "а) развитие молочного животноводства;",
        "б) поддержка малых форм хозяйствования.", "Министр П.П. Петров"]) + "\n", encoding="utf-8")
    res = process_path(path)
    assert "procedure" not in res.document["kinds"]
    assert res.procedure_items == []


def test_a_pointing_sentence_takes_no_section_heading_nor_the_next_clause_for_its_items():
    # a section's heading «1.» over its own «1.1.» is no first item
    heading = ("Цифровые каналы взаимодействия министерства описаны ниже.\n1. Общие положения\n"
               "1.1. Настоящий Порядок определяет правила ведения перечня.\n")
    assert _items(heading) == []
    # «1.2. … указаны ниже в разделе 3.» over «2.»: the order's next clause, its items are under «3.»
    ahead = ("1.2. Электронные сервисы министерства указаны ниже в разделе 3.\n3. Перечень формируется ежегодно\n"
             "4. Электронные сервисы\n4.1. официальный сайт;\n4.2. электронная почта.\n")
    assert "Перечень формируется ежегодно" not in [t for _, t in _items(ahead)]
    # a first «1.» with no sub-points of its own is an item
    first = "2.1. Цифровые каналы взаимодействия приведены ниже.\n1. официальный сайт;\n2. электронная почта.\n"
    assert _items(first) == [("channel_digital", "официальный сайт"), ("channel_digital", "электронная почта")]
