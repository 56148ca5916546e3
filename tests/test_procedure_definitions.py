"""A procedure that gives its lists in a chapter of terms («2. Основные понятия», «2.1. Для целей настоящего
Порядка используются следующие понятия:», a paragraph per list «term – a, b, c;»), one of whose items is no bare
name but the client's own words («не знаю статус заявки …»): the list stands, that item with it; and lead-ins and
terms in another region's words for the needs («Перечень отражает следующие ожидания получателей услуг:»,
«ожидания получателей услуг – …»).  A sentence after such a term, its parts no names, is still no list.  Texts
composed here, expectations read from them."""
from __future__ import annotations

from parsers.extract.procedure import extract_procedure
from parsers.formats.text import parse_text

HEAD = ["ПОРЯДОК", "ведения перечня точек взаимодействия министерства с клиентами",
        "1. Общие положения", "1.1. Настоящий Порядок определяет правила ведения перечня.",
        "2. Основные понятия", "2.1. Для целей настоящего Порядка используются следующие понятия:"]
END = ["3. Формирование перечня",
       "3.1. Перечень формируется по направлениям деятельности, каналам взаимодействия и потребностям клиентов, "
       "определенным в разделе 2 настоящего Порядка."]
DIGITAL = ["официальный сайт министерства", "электронная почта", "чат-бот в мессенджере"]
OFFLINE = ["личный приём граждан", "телефонная горячая линия", "почтовая связь"]
NEEDS = ["получение консультации по мерам поддержки", "подача заявления на выплату",
         "не знаю статус заявки на ремонт квартиры", "запись на приём к специалисту"]


def _rows(lines):
    return sorted((r["list_kind"], r["text_raw"]) for r in extract_procedure(parse_text("\n\n".join(lines) + "\n")))


def _want(needs_term):
    return sorted([("channel_digital", c) for c in DIGITAL] + [("channel_offline", c) for c in OFFLINE]
                  + [("need", n) for n in NEEDS])


def test_a_chapter_of_terms_lists_with_one_item_in_the_clients_words():
    for term in ("потребности клиентов", "ожидания получателей услуг"):
        body = [f"цифровые каналы взаимодействия – {', '.join(DIGITAL)};",
                f"офлайн-каналы взаимодействия – {', '.join(OFFLINE)};",
                f"{term} – {', '.join(NEEDS)}."]
        assert _rows(HEAD + body + END) == _want(term), term


def test_needs_under_a_lead_in_of_expectations():
    lines = HEAD[:4] + ["2. Формирование перечня", "2.1. Перечень отражает следующие ожидания получателей услуг:"] \
        + [f"{k}) {n}{';' if k < len(NEEDS) else '.'}" for k, n in enumerate(NEEDS, 1)]
    assert _rows(lines) == sorted(("need", n) for n in NEEDS)


def test_a_sentence_after_a_term_is_no_list():
    body = ["потребности клиентов – это то, что клиент хочет получить, обратившись в министерство, "
            "и что министерство обязано учитывать при формировании перечня."]
    assert _rows(HEAD + body + END) == []


def test_the_clients_questions_are_items_a_relative_clause_is_not():
    needs = ["получение консультации по мерам поддержки", "как подать заявление на выплату",
             "где шаблон заявки на получение лицензии", "запись на приём к специалисту"]
    offline = ["многофункциональные центры, где предоставляются государственные услуги", "почтовая связь",
               "личный приём граждан"]
    body = [f"офлайн-каналы взаимодействия – {', '.join(offline)};", f"потребности клиентов – {', '.join(needs)}."]
    assert _rows(HEAD + body + END) == sorted([("channel_offline", c) for c in offline] + [("need", n) for n in needs])


def test_a_relative_clause_and_an_indirect_question_stay_with_the_part_before():
    """rev14h: «который» opens a relative clause only, predicate or none («…, которые в каждом районе»); a question
    word after a preposition («в которых …») opens none of the client's questions; a question after a verb is its
    object («узнать, как подать заявление»).  A question word opening an item after a name still asks."""
    from parsers.extract.inline import _join_relative
    assert _join_relative(["многофункциональные центры", "которые в каждом районе", "почтовая связь"]) \
        == ["многофункциональные центры, которые в каждом районе", "почтовая связь"]
    assert _join_relative(["офисы", "в которых есть доступ к порталу"]) == ["офисы, в которых есть доступ к порталу"]
    assert _join_relative(["узнать", "как подать заявление", "запись на приём"]) \
        == ["узнать, как подать заявление", "запись на приём"]
    assert _join_relative(["узнать", "на каком этапе рассмотрение"]) == ["узнать, на каком этапе рассмотрение"]
    assert _join_relative(["запись на приём", "как подать заявление"]) == ["запись на приём", "как подать заявление"]
    assert _join_relative(["запись на приём", "на каком этапе моя заявка"]) \
        == ["запись на приём", "на каком этапе моя заявка"]                 # a preposition before the question word
    assert _join_relative(["запись на приём", "в каком"]) == ["запись на приём, в каком"]    # no question in one word
