"""acts21: headers of the forms tune14 showed read wrong — a federal act's page title, a code page
mended, an issuer never read twice, a quoted name closed, a glued subject parted, a news item's
«согласно указу», a republic's own-language name — each on a header written here."""
import datetime as dt

from parsers.extract.metadata import read_metadata
from parsers.formats.text import parse_text

_BODY = ["", "Об утверждении перечня точек взаимодействия с клиентами", "",
         "В целях повышения качества обслуживания приказываю:", "1. Утвердить перечень.",
         "2. Контроль за исполнением настоящего приказа оставляю за собой.", ""]


def _md(*lines: str) -> dict:
    return read_metadata(parse_text("\n".join(lines) + "\n"))[0]


def test_a_page_titled_by_a_federal_act_alone_is_that_acts_page():
    md = _md("Распоряжение Правительства Российской Федерации от 14.05.2019 N 937-р (ред. от 01.02.2021)",
             "", "Утвердить прилагаемый план мероприятий.")
    assert (md["order_number"], md["order_date"], md["act_kind"]) == ("937-р", dt.date(2019, 5, 14), "распоряжение")
    assert md["region"] is None


def test_a_federal_title_line_under_a_regional_heading_stays_cited():
    md = _md("МИНИСТЕРСТВО ТРУДА ОМСКОЙ ОБЛАСТИ", "", "ПРИКАЗ", "", "от 02.02.2022 № 17",
             "Во исполнение Указа Президента РФ от 07.05.2012 N 601", *_BODY)
    assert (md["order_number"], md["order_date"]) == ("17", dt.date(2022, 2, 2))
    md = _md("Новости", "Указ Президента РФ от 07.05.2012 N 601 исполняется", *_BODY[3:])
    assert md["order_number"] is None


def test_a_title_in_cp1251_shown_as_mac_cyrillic_is_read():
    title = "Распоряжение Правительства РФ от 14.05.2019 N 937-р"
    md = _md(title.encode("cp1251").decode("mac_cyrillic"), "", "Утвердить прилагаемый план.")
    assert (md["order_number"], md["order_date"], md["act_kind"]) == ("937-р", dt.date(2019, 5, 14), "распоряжение")


def test_an_issuer_named_twice_is_read_once():
    md = _md("См. Документы Министерства строительства Российской Федерации", "",
             "МИНИСТЕРСТВО СТРОИТЕЛЬСТВА РОССИЙСКОЙ ФЕДЕРАЦИИ", "", "ПРИКАЗ", "от 1 марта 2020 г. N 12", *_BODY)
    assert md["authority"] == "Министерство строительства Российской Федерации"


def test_a_subject_glued_to_the_word_before_is_parted_and_read_once():
    md = _md("ТОМСКАЯ ОБЛАСТЬ", "АДМИНИСТРАЦИЯ ТОМСКОЙОБЛАСТИ", "П О С Т А Н О В Л Е Н И Е", "",
             "от 02.02.2022 № 17-а", *_BODY)
    assert md["authority"] == "Администрация Томской области" and md["region_code"] == "RU-TOM"


def test_a_quoted_name_left_open_is_closed():
    md = _md('КОМИТЕТ "ЦЕНТР ЗАНЯТОСТИ НАСЕЛЕНИЯ ОМСКОЙ ОБЛАСТИ"', "", "ПРИКАЗ", "", "от 02.02.2022 № 17", *_BODY)
    assert md["authority"] == "Комитет «Центр занятости населения Омской области»"


def test_tidy_name_keeps_a_single_word_repeat_and_closes_guillemets():
    from parsers.extract.issuer_tidy import tidy_name
    assert tidy_name("Совет советов района") == "Совет советов района"
    assert tidy_name("Комитет по делам по делам молодежи") == "Комитет по делам молодежи"
    assert tidy_name("Учреждение «Центр «Мои документы»") == "Учреждение «Центр «Мои документы»»"
    assert tidy_name("Министерство культуры Омской области") == "Министерство культуры Омской области"


def test_a_news_item_in_a_republics_own_language_names_its_region():
    md = _md("12.03.2021 Яңы ҡағиҙә раҫланды", "Башҡортостан Республикаһы Хөкүмәте мәктәптәр тураһында ҡарар ҡабул итте.")
    assert md["region_code"] == "RU-BA" and md["region"] == "Республика Башкортостан"
    md = _md("Саха Өрөспүүбүлүкэтин Бырабыыталыстыбата оскуолалар тустарынан уурааҕы таһаарда.")
    assert md["region_code"] == "RU-SA"


def test_a_russian_name_comes_before_an_own_language_one():
    md = _md("МИНИСТЕРСТВО КУЛЬТУРЫ ОМСКОЙ ОБЛАСТИ", "", "ПРИКАЗ", "", "от 02.02.2022 № 17",
             "О гастролях ансамбля «Саха сирэ»", *_BODY[3:])
    assert md["region_code"] == "RU-OMS"
    md = _md("Новости", "Сахалинская область приняла гостей.")
    assert md["region_code"] == "RU-SAK"


def test_a_news_items_ground_gives_the_kind_a_preamble_never_does():
    news = ["Отделы соцзащиты объединят", "", "03.03.2021", "",
            "Согласно постановлению правительства Омской области, отделы войдут в одно управление."]
    assert _md(*news)["act_kind"] == "постановление"
    assert _md(*news[:2], *news[4:])["act_kind"] is None                      # no dateline: no news item
    federal = [*news[:4], "Согласно указу Президента Российской Федерации, отделы войдут в одно управление."]
    assert _md(*federal)["act_kind"] is None                                   # a federal act: cited law
    preamble = ["03.03.2021", "В соответствии с указом Губернатора Омской области от 01.02.2021 № 5",
                "постановляю:", "1. Утвердить перечень."]
    assert _md(*preamble)["act_kind"] == "постановление"                       # its own enacting verb's
    middle = [*news[:4], "Отделы объединят, согласно указу губернатора."]
    assert _md(*middle)["act_kind"] is None                                    # the ground must open its sentence


def test_a_documents_heading_under_a_bodys_name_dates_it():
    md = _md("УПРАВЛЕНИЕ ВЕТЕРИНАРИИ КУРСКОЙ ОБЛАСТИ", "", "СПРАВКА", "от 12 мая 2019 года", "",
             "О ходе вакцинации животных", "Вакцинировано 120 голов.")
    assert (md["order_date"], md["act_kind"]) == (dt.date(2019, 5, 12), None)
    md = _md("Новости района", "", "ВАЖНО", "от 12 мая 2019 года", "", "Вакцинировано 120 голов.")
    assert md["order_date"] is None                 # no body's name above the noun


def test_a_news_items_ground_names_its_issuer_where_the_body_states_its_subject():
    news = ["Приём граждан перенесут", "", "03.03.2021", "",
            "В соответствии с постановлением правительства Тверской области министерству поручено обеспечить приём."]
    md = _md(*news)
    assert (md["authority"], md["act_kind"]) == ("Правительство Тверской области", "постановление")
    md = _md(*news[:4], "Согласно приказу министерства, приём перенесут.")
    assert md["authority"] is None                   # the body names no subject: no issuer read


def test_a_body_in_the_dative_is_an_addressee_never_the_issuer():
    md = _md("Министерству экономического развития Тверской области поручено подготовить порядок",
             "Губернатор Тверской области подписал распоряжение от 3 марта 2023 г. № 45-рг")
    assert md["authority"] == "Губернатор Тверской области"
    from parsers.extract.issuer import authority_in
    assert authority_in("Департаменту культуры Тверской области обеспечить приём") is None
    assert authority_in("Департамент культуры Тверской области обеспечивает приём") == \
        "Департамент культуры Тверской области"
