"""Issuers of real acts' headers (acts7b): a register card's body with its region in brackets, and
the body of an enacting clause that names other bodies before its subject — each rule on phrases
composed for it, in regions and wordings of our own.

A legal database's register card names the body that passed the act with its region after it in
brackets («Главой администрации г. Энска (Энский край)»): the bracket is read whole, its region is
the act's region and no part of the body's name.  An enacting clause («…, Правительство X
постановляет:») may first name the body that proposed or asked for the act («рассмотрев
инициативу Губернатора …», «по представлению министерства …», «на основании обращения Главы …»):
the issuer is the subject of the enacting verb, never a body of the phrases before it.
"""
import pytest

from parsers.extract.metadata import extract_metadata
from parsers.formats.text import parse_text


def _md(text: str) -> tuple:
    md = extract_metadata(parse_text(text))
    return md["authority"], md["region"], md["act_kind"]


BRACKETED = [
    # a register card: the field's name on its own line, the body on a dash line under it
    ("Сведения о документе\nПринят:\n- Главой администрации г. Невинномысска (Ставропольский край)\n"
     "Дата принятия: 12.03.2019\nО перечне точек взаимодействия\n1. Утвердить перечень.",
     ("Глава администрации города Невинномысска", "Ставропольский край", None)),
    # the field and the body on one line; a ministry whose name holds no subject
    ("Принят: Министерством труда и социальной защиты (Республика Коми)\nДата: 12.03.2019\n"
     "О перечне точек взаимодействия\n1. Утвердить перечень.",
     ("Министерство труда и социальной защиты", "Республика Коми", None)),
    # a title line with the bracketed subject between the body and the date
    ("Постановление Администрации Кимрского района (Тверская область) от 12.03.2019 № 45\n"
     "О перечне точек взаимодействия\n1. Утвердить перечень.",
     ("Администрация Кимрского района", "Тверская область", "постановление")),
    # a bracket opened but never closed (the card's line cut short)
    ("Орган: Комитетом по делам молодежи (Новгородская область\nО перечне точек взаимодействия\n"
     "1. Утвердить перечень.",
     ("Комитет по делам молодежи", "Новгородская область", None)),
]

# brackets that belong to the name, read right before (guards)
BRACKET_HELD = [
    ("Постановление Правительства Республики Саха (Якутия) от 12.03.2019 № 45\nО перечне\n1. Утвердить.",
     ("Правительство Республики Саха (Якутия)", "Республика Саха (Якутия)", "постановление")),
    ("УТВЕРЖДЕНО\nпостановлением главы администрации\n(губернатора) Ставропольского края\n"
     "от 12.10.2015 № 965\nПОРЯДОК\n",
     ("Глава администрации (губернатор) Ставропольского края", "Ставропольский край", "постановление")),
]


@pytest.mark.parametrize("text, expected", BRACKETED + BRACKET_HELD,
                         ids=["card-dash-line", "card-one-line", "title-line", "unclosed", "saha", "apposition"])
def test_a_bracketed_region_is_the_region_not_the_name(text, expected):
    got = _md(text)
    assert got == expected
    assert got[0].count("(") == got[0].count(")")


ENACTED = [
    # the initiator in a participle's phrase, the legislature enacts
    ("О внесении изменений в закон об образовании\nРассмотрев законодательную инициативу Губернатора "
     "Тверской области, Законодательное Собрание Тверской области постановляет:\n1. Принять закон.",
     ("Законодательное Собрание Тверской области", "Тверская область", "постановление")),
    # the same, the clause wrapped over lines and the verb on its own line
    ("О внесении изменений в закон об образовании\nРассмотрев представление\nГубернатора Томской области,\n"
     "Законодательная Дума Томской области\nПОСТАНОВИЛА:\n1. Принять закон.",
     ("Законодательная Дума Томской области", "Томская область", "постановление")),
    # a municipal council that decides («решил»)
    ("О бюджете\nРассмотрев обращение Главы Кимрского района, Собрание депутатов Кимрского района "
     "Тверской области РЕШИЛО:\n1. Утвердить бюджет.",
     ("Собрание депутатов Кимрского района Тверской области", "Тверская область", "решение")),
    # a body the head list lacks enacts: the proposing body is still not the issuer
    ("О перечне\nПо представлению Министерства культуры Омской области Госкорпорация Омской области "
     "приказывает:\n1. Утвердить перечень.",
     (None, "Омская область", "приказ")),
    # an order in the first person: the one asking for it is not the issuer, the signatory's body is
    ("О перечне\nВ соответствии с законом Тверской области, на основании обращения Главы города Твери "
     "приказываю:\n1. Утвердить перечень.\nМинистр финансов Тверской области И.И. Петров",
     ("Министерство финансов Тверской области", "Тверская область", "приказ")),
    # … and with no signature, nobody
    ("О перечне\nВ соответствии с законом Тверской области, на основании обращения Главы города Твери\n"
     "приказываю:\n1. Утвердить перечень.",
     (None, "Тверская область", "приказ")),
]

# enacting clauses read right before (guards): a proposing ministry, an asking head, a cited act's body
ENACTED_HELD = [
    ("О перечне\nПо представлению министерства экономического развития Калужской области Правительство "
     "Калужской области постановляет:\n1. Утвердить перечень.",
     ("Правительство Калужской области", "Калужская область", "постановление")),
    ("О перечне\nВ соответствии с законом Тверской области, на основании обращения Главы города Твери "
     "министерство финансов Тверской области приказывает:\n1. Утвердить перечень.",
     ("Министерство финансов Тверской области", "Тверская область", "приказ")),
    ("Постановление от 4 мая 2016 г. № 77\nО внесении изменений в программу\n"
     "В соответствии с постановлением Правительства Астраханской области от 1 марта 2010 г. № 3 "
     "Правительство Астраханской области ПОСТАНОВЛЯЕТ:\n1. Внести изменения.",
     ("Правительство Астраханской области", "Астраханская область", "постановление")),
]


@pytest.mark.parametrize("text, expected", ENACTED + ENACTED_HELD,
                         ids=["initiative", "wrapped-duma", "council-decides", "unknown-head", "first-person-signed",
                              "first-person", "proposal", "request", "cited-act"])
def test_the_issuer_is_the_subject_of_the_enacting_verb(text, expected):
    assert _md(text) == expected


@pytest.mark.parametrize("name, full", [
    ("Главой администрации г. Минеральные Воды", "Главой администрации города Минеральные Воды"),
    ("Администрация г. Салехард", "Администрация города Салехард"),
    # an apposition after a municipality's noun keeps the nominative, a declined name its case
    ("Администрация муниципального образования г. Салехард", "Администрация муниципального образования город Салехард"),
    ("Администрации г. Мончегорска", "Администрации города Мончегорска"),
])
def test_a_city_written_short_after_the_bodys_head_is_governed_by_it(name, full):
    from parsers.extract.issuer_form import written_out
    assert written_out(name) == full


def test_the_card_of_a_city_named_in_the_nominative():
    text = ("Принят:\n- Главой администрации г. Минеральные Воды (Ставропольский край)\n"
            "О перечне точек взаимодействия\n1. Утвердить перечень.")
    assert _md(text) == ("Глава администрации города Минеральные Воды", "Ставропольский край", None)


@pytest.mark.parametrize("text, expected", [
    # a legislature's header in capitals, its convocation under it: the name keeps its capitals
    ("ЗАКОНОДАТЕЛЬНОЕ СОБРАНИЕ\nПСКОВСКОЙ ОБЛАСТИ\n(седьмой созыв)\nПОСТАНОВЛЕНИЕ\n12.05.2021 N 38/280\n"
     "О Законе Псковской области\nРассмотрев проект закона, внесенный Губернатором Псковской области, "
     "Законодательное Собрание\nПОСТАНОВЛЯЕТ:\n1. Принять Закон.",
     ("Законодательное Собрание Псковской области", "Псковская область", "постановление")),
    ("НАРОДНЫЙ ХУРАЛ РЕСПУБЛИКИ КАЛМЫКИЯ\nПОСТАНОВЛЕНИЕ\n12.05.2021 N 38\nО Законе\n1. Принять Закон.",
     ("Народный Хурал Республики Калмыкия", "Республика Калмыкия", "постановление")),
    # the clause names its subject by the subject's kind alone: no name, and not the initiator's
    ("О Законе Псковской области\nРассмотрев проект закона, внесенный Губернатором Псковской области, "
     "Законодательное Собрание области\nпостановляет:\n1. Принять Закон.",
     (None, "Псковская область", "постановление")),
])
def test_a_legislatures_act(text, expected):
    assert _md(text) == expected


def test_a_preambles_opening_ends_the_title_a_titles_wrapped_line_does_not():
    md = extract_metadata(parse_text("О перечне точек взаимодействия\nПо представлению Министерства культуры "
                                     "Омской области Правительство Омской области постановляет:\n1. Утвердить."))
    assert (md["title"], md["authority"]) == ("О перечне точек взаимодействия", "Правительство Омской области")
    md = extract_metadata(parse_text("О порядке работы\nпо представлению сведений о доходах\n"
                                     "Правительство Омской области постановляет:\n1. Утвердить."))
    assert md["title"] == "О порядке работы по представлению сведений о доходах"


@pytest.mark.parametrize("text", [
    # a touchpoint list with no header: a need's past verb is no enacting clause, nor its kind
    "Перечень точек взаимодействия министерства культуры Тверской области\n"
    "Процесс\tТочка взаимодействия\tПотребность\nВыдача разрешений\tОфициальный сайт\tУзнать, решили ли вопрос\n",
    # a procedure's infinitive of purpose
    "Порядок ведения перечня точек взаимодействия\n1. Перечень позволяет решить задачи повышения качества.\n",
])
def test_a_verb_of_enacting_in_running_text_makes_no_kind(text):
    assert extract_metadata(parse_text(text))["act_kind"] is None


def test_an_infinitive_has_no_subject_that_enacts():
    from parsers.extract.enacting import enacting_body
    assert enacting_body(["Министерство должно решить задачи в сфере культуры"]) is None
    assert enacting_body(["Совет депутатов Кимрского района Тверской области", "РЕШИЛ:"]) == \
        "Совет депутатов Кимрского района Тверской области"


def test_a_long_paragraph_of_verbs_and_heads_names_no_body():
    # each verb looked back over the whole paragraph was quadratic (42,000 characters took ~10 s):
    # its time is shown by benchmarks/bench_hostile_inputs.py, its reading checked here
    from parsers.extract.enacting import enacting_body
    assert enacting_body(["в целях работы министерства постановляет, " * 1000]) is None
