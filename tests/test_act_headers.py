"""Headers of published acts: each rule of the header reader on a phrase composed for it.

(The real excerpts are in tests/data/real/; these phrases are written for the rules, in
regions and wordings of our own, so a rule is tested apart from any one act's text.)
"""
import datetime as dt

import pytest

from parsers.extract.metadata import extract_metadata
from parsers.formats.text import parse_text
from textcore.dates import parse_date
from textcore.order_numbers import parse_number
from textcore.regions import find_regions, spell_out


def _md(text: str) -> dict:
    return extract_metadata(parse_text(text))


def test_title_line_below_a_sites_banner():
    md = _md("Правовая база\nПоиск по сайту\nВернуться назад\nВерсия для печати\n"
             "Постановление Правительства Тверской области от 3 марта 2021 г. N 88-пп "
             "\"О порядке учета обращений\"\n"
             "В соответствии с постановлением Правительства Тверской области от 1 февраля 2019 г. "
             "N 12-пп Правительство Тверской области постановляет:\n1. Утвердить порядок.")
    assert (md["authority"], md["order_number"], md["order_date"], md["act_kind"], md["region_code"]) == (
        "Правительство Тверской области", "88-пп", dt.date(2021, 3, 3), "постановление", "RU-TVE")


def test_title_line_with_its_date_and_number_on_the_next_line():
    md = _md("Указ Губернатора Липецкой области\nот 5 мая 2019 г. N 140\n\"Об общественном совете\"\n"
             "В целях реализации указа Губернатора Липецкой области от 1 апреля 2010 г. N 9 постановляю:")
    assert (md["authority"], md["order_number"], md["order_date"], md["act_kind"]) == (
        "Губернатор Липецкой области", "140", dt.date(2019, 5, 5), "указ")


def test_title_line_with_the_number_before_the_date():
    md = _md("Распоряжение Правительства Пензенской области\n№ 45-рП от 2 июня 2020 года\n"
             "О мерах по поддержке\n1. Утвердить прилагаемый план.")
    assert (md["order_number"], md["order_date"], md["act_kind"]) == ("45-рП", dt.date(2020, 6, 2), "распоряжение")


def test_a_repealing_act_under_the_title_is_not_the_acts_own():
    md = _md("Постановление Администрации Курганской области от 10 января 2005 г. N 3\n"
             "Постановлением Правительства Курганской области от 1 марта 2020 г. N 5 настоящее "
             "постановление признано утратившим силу\nО порядке выплат")
    assert (md["order_number"], md["order_date"], md["authority"]) == (
        "3", dt.date(2005, 1, 10), "Администрация Курганской области")


def test_stamp_printed_without_the_acts_kind_takes_the_number_next_to_its_date():
    md = _md("Приложение N 2\nГубернатора Тамбовской области\nот 3 апреля 2018 г. N 44\n"
             "Перечень мероприятий программы\n1. Ремонт дорог")
    assert (md["authority"], md["order_number"], md["order_date"], md["act_kind"]) == (
        "Губернатор Тамбовской области", "44", dt.date(2018, 4, 3), None)


def test_garant_approval_note_of_a_text_without_its_own_header():
    md = _md("5 июня 2015 г., 7 июля 2016 г.\n"
             "В соответствии с распоряжением Администрации Псковской области от 01.02.2010 N 7-р "
             "Администрация Псковской области постановляет:\n1. Утвердить прилагаемое Положение.\n"
             "Положение о комиссии\n(утв. постановлением Администрации Псковской области N 150 от 12 мая 2011 г.)")
    assert (md["authority"], md["order_number"], md["order_date"], md["act_kind"]) == (
        "Администрация Псковской области", "150", dt.date(2011, 5, 12), "постановление")


def test_joint_order_first_body_and_whole_number():
    md = _md("Министерство финансов Курганской области\nМинистерство экономики Курганской области\n"
             "ПРИКАЗ\nот 10.03.2022 № 12 /34\nО порядке мониторинга\n1. Утвердить порядок.")
    assert (md["authority"], md["order_number"], md["order_date"]) == (
        "Министерство финансов Курганской области", "12/34", dt.date(2022, 3, 10))


def test_a_registry_cards_field_is_not_the_issuer_block():
    md = _md("Основная информация\nПринявший орган: | Министерство спорта Тверской области |\n"
             "Тип документа: | Приказы |\nТекущая редакция документа\n"
             "МИНИСТЕРСТВО ТУРИЗМА ТВЕРСКОЙ ОБЛАСТИ\nПРИКАЗ\n12 мая 2020 года № 7\nО конкурсе")
    assert md["authority"] == "Министерство туризма Тверской области"


def test_enacting_clause_names_the_issuer_of_a_header_without_one():
    md = _md("Постановление от 4 мая 2016 г. № 77\nО внесении изменений в программу\n"
             "В соответствии с законом Астраханской области от 1 марта 2010 г. № 3/2010-ОЗ "
             "Правительство Астраханской области ПОСТАНОВЛЯЕТ:\n1. Внести изменения.")
    assert (md["authority"], md["order_number"], md["order_date"], md["act_kind"]) == (
        "Правительство Астраханской области", "77", dt.date(2016, 5, 4), "постановление")


def test_the_body_of_an_act_cited_in_running_text_is_not_the_issuer():
    md = _md("О мерах по развитию туризма\nВо исполнение постановления Правительства Тульской области "
             "от 01.02.2020 N 1 и в целях развития туризма:\n1. Утвердить план.")
    assert md["authority"] is None


def test_heads_that_need_their_region():
    md = _md("Распоряжение Главы Республики Тыва от 2 июня 2017 г. N 120-РГ\nГлава 1. Общие положения")
    assert (md["authority"], md["order_number"], md["act_kind"]) == ("Глава Республики Тыва", "120-РГ", "распоряжение")
    assert _md("Глава 1. Общие положения\n1.1. Настоящий порядок определяет правила.")["authority"] is None


def test_cabinet_of_ministers_is_an_issuer():
    # the body's own name writes «Министров» with a capital, also when the header is in capitals
    md = _md("КАБИНЕТ МИНИСТРОВ РЕСПУБЛИКИ ТАТАРСТАН\nПОСТАНОВЛЕНИЕ\nот 19.02.2022 № 142\nОб утверждении порядка")
    assert (md["authority"], md["order_number"], md["act_kind"]) == (
        "Кабинет Министров Республики Татарстан", "142", "постановление")


def test_a_name_in_capitals_takes_its_casing_from_the_title_line():
    md = _md("Распоряжение Совета Администрации Тверской области от 2 марта 2001 № 9-р\n"
             "СОВЕТ АДМИНИСТРАЦИИ ТВЕРСКОЙ ОБЛАСТИ\nРАСПОРЯЖЕНИЕ\n02.03.01   г. Тверь   № 9-р\nО дне траура")
    assert (md["authority"], md["order_number"], md["order_date"]) == (
        "Совет Администрации Тверской области", "9-р", dt.date(2001, 3, 2))


def test_issuer_with_an_abbreviated_region_is_written_out():
    md = _md("Постановление Губернатора Курганской обл. от 15.03.2010 N 7\nО дне области")
    assert (md["authority"], md["region_code"]) == ("Губернатор Курганской области", "RU-KGN")
    md = _md("Приказ Департамента финансов ХМАО - Югры от 1 июня 2021 г. N 33-нп\nО порядке")
    assert md["authority"] == "Департамент финансов Ханты-Мансийского автономного округа – Югры"


@pytest.mark.parametrize("name, prefer, want", [
    ("Губернатор Курганской обл.", frozenset(), "Губернатор Курганской области"),
    ("Департамент образования г. Москвы", frozenset(), "Департамент образования города Москвы"),
    ("Министерство спорта КБР", frozenset(), "Министерство спорта Кабардино-Балкарской Республики"),
    ("Правительство Чукотского АО", frozenset(), "Правительство Чукотского автономного округа"),
    # a shared acronym: read only where the document names one of its subjects in full
    ("Министерство культуры РБ", frozenset({"RU-BU"}), "Министерство культуры Республики Бурятия"),
    ("Министерство культуры РБ", frozenset(), "Министерство культуры РБ"),
    # written in full: kept as written
    ("Министерство культуры Республики Башкортостан", frozenset(), "Министерство культуры Республики Башкортостан"),
])
def test_spell_out(name, prefer, want):
    assert spell_out(name, prefer) == want


def test_acronyms_only_in_capitals_and_marked_abbreviated():
    (m,) = find_regions("в ЯНАО")
    assert (m.region.code, m.abbreviated) == ("RU-YAN", True)
    (m,) = find_regions("в Ямало-Ненецком автономном округе")
    assert not m.abbreviated
    assert find_regions("кбр и нао") == []


def test_closing_bracket_belongs_to_the_name():
    text = "Правительства Республики Саха (Якутия) от"
    (m,) = find_regions(text)
    assert text[m.start:m.end] == "Республики Саха (Якутия)"


def test_two_digit_years():
    assert parse_date("от 15.03.98 N 7") == dt.date(1998, 3, 15)
    assert parse_date("от 15.03.04 N 7") == dt.date(2004, 3, 15)
    assert parse_date("до 31.12.20") is None          # a cut "31.12.20__" stays unread


def test_joint_order_number_read_whole():
    assert parse_number("от 07.04.2019 № 3-п /15/201 О") == "3-п/15/201"
    assert parse_number("№ 05-05/491.") == "05-05/491"


def test_title_line_above_a_header_that_lost_its_own_date_line():
    # a converted header whose date line is gone: the first date under the kind is a repealed act's
    md = _md("Постановление Правительства Тверской области от 12.05.2009 № 210\n"
             "О внесении изменений в постановление Правительства Тверской области от 3 июня 2007 года N 88\n"
             "ПРАВИТЕЛЬСТВО ТВЕРСКОЙ ОБЛАСТИ\nПОСТАНОВЛЕНИЕ\nУтратило силу – Постановление\n"
             "Правительства Тверской\nобласти от 3 июня 2007 года N 88\n1. Внести изменения.")
    assert (md["order_number"], md["order_date"], md["authority"]) == (
        "210", dt.date(2009, 5, 12), "Правительство Тверской области")


@pytest.mark.parametrize("header, want", [
    ("ПРАВИТЕЛЬСТВО РЕСПУБЛИКИ СЕВЕРНАЯ ОСЕТИЯ-АЛАНИЯ", "Правительство Республики Северная Осетия – Алания"),
    ("ПРАВИТЕЛЬСТВО РЕСПУБЛИКИ СЕВЕРНАЯ ОСЕТИЯ - АЛАНИЯ", "Правительство Республики Северная Осетия – Алания"),
    ("АДМИНИСТРАЦИЯТВЕРСКОЙ ОБЛАСТИ", None),                 # no head word to read: nothing made up
    ("АДМИНИСТРАЦИЯ ТВЕРСКОЙОБЛАСТИ", "Администрация Тверской области"),   # a space lost in conversion
])
def test_issuers_subject_in_its_canonical_spelling(header, want):
    md = _md(f"{header}\nПОСТАНОВЛЕНИЕ\nот 5 марта 2015 года N 41\nО комиссии")
    assert md["authority"] == want


def test_an_addressee_in_the_dative_is_not_the_issuer_a_signature_block_is():
    md = _md("Постановление от 3.02.2011 г № 17-ПА\nОб утверждении порядка учета\n1.Утвердить прилагаемый порядок.\n"
             "2.Департаменту информационной политики Тверской области (Иванов) опубликовать настоящее "
             "постановление.\nГубернатор\nТверской области\nИ.И.ИВАНОВ")
    assert (md["authority"], md["order_number"], md["region_code"]) == (
        "Губернатор Тверской области", "17-ПА", "RU-TVE")


def test_a_register_mark_after_the_number_is_part_of_it():
    assert parse_number("от 12.01.2015 N 15/02-11 о/д \"О комиссии\"") == "15/02-11 о/д"
    assert parse_number("приказ от 3 мая 2018 г. № 44 л/с") == "44 л/с"
    assert parse_number("№ 44 и 45") == "44"                  # a word after the number is not a mark


def test_a_body_named_by_its_subject_then_its_remit_runs_to_the_date():
    md = _md("Приказ Комитета Тверской области по делам молодежи и спорту\nот 4 июня 2012 г. N 31\n"
             "\"О премии\"\nВ целях развития административного регламента комитета Тверской области "
             "по делам молодежи и спорту по выдаче свидетельств.")
    assert (md["authority"], md["order_number"]) == ("Комитет Тверской области по делам молодежи и спорту", "31")
    md = _md("О порядке выдачи\nВ соответствии с регламентом Министерства спорта Тверской области по "
             "выдаче разрядов\n1. Утвердить порядок.")
    assert md["authority"] in (None, "Министерство спорта Тверской области")   # running text: not run on


def test_words_a_converted_page_glued_are_parted():
    md = _md("Утратило силу. - Постановление Правительства Тверской области от 1.02.2012 N 5-пп.\n"
             "УтвержденопостановлениемПравительства Тверской областиот 3 марта 2008 года N 77-пп")
    assert (md["authority"], md["order_number"], md["order_date"], md["act_kind"]) == (
        "Правительство Тверской области", "77-пп", dt.date(2008, 3, 3), "постановление")
    md = _md("УТВЕРЖДЕНОуказом губернатора областиот 2 июня 2004 года № 18\nПОЛОЖЕНИЕ о комитете")
    assert (md["order_number"], md["order_date"], md["act_kind"]) == ("18", dt.date(2004, 6, 2), "указ")


def test_a_subjects_name_before_its_merger_is_its_alias():
    (m,) = find_regions("департамент здравоохранения Читинской области")
    assert m.region.code == "RU-ZAB"


def test_date_and_number_printed_after_the_signature():
    body = ("О порядке учета обращений граждан\nВ соответствии с постановлением Правительства Тверской "
            "области от 1 февраля 2019 г. N 12-пп\nпостановляю:\n1. Утвердить порядок.\n"
            "Губернатор Тверской области\nИ.И. Иванов\n")
    md = _md(body + "г. Тверь\n5 июля 2012 года\nN 281-пг")
    assert (md["order_number"], md["order_date"], md["authority"]) == (
        "281-пг", dt.date(2012, 7, 5), "Губернатор Тверской области")
    md = _md(body + "Зарегистрировано в Управлении Минюста 9 июля 2012 г.\n9 июля 2012 г.\nN RU69000201200044")
    assert (md["order_number"], md["order_date"]) == (None, None)     # a registration stamp's, not the act's


def test_an_issuer_named_by_its_subjects_kind_alone_gets_the_documents_subject():
    md = _md("В соответствии с Законом Тверской области от 1.02.2002 N 17-ОЗ Администрация области постановляет:\n"
             "1. Утвердить положение о комитете.\nПоложение о комитете Тверской области\n"
             "(утв. постановлением Администрации области от 3 марта 2005 г. N 71)")
    assert (md["authority"], md["order_number"], md["act_kind"]) == ("Администрация Тверской области", "71", "постановление")


def test_a_header_naming_its_subject_above_the_body_takes_the_title_lines_name():
    md = _md("Постановление Правительства Республики Тыва от 4.05.2009 № 210\n\nРЕСПУБЛИКА ТЫВА\nПРАВИТЕЛЬСТВО\n"
             "ПОСТАНОВЛЕНИЕ\n\nО бюджетном процессе\n(В редакции Постановлений от 1.02.2010 г. N 16)")
    assert (md["authority"], md["order_number"], md["order_date"]) == (
        "Правительство Республики Тыва", "210", dt.date(2009, 5, 4))


def test_a_listing_line_with_the_sites_words_first():
    md = _md("2019 05 Май НПА, разъяснения Постановление Правительства Тверской области от 07.05.2019 № 12/3")
    assert (md["authority"], md["order_number"], md["order_date"]) == (
        "Правительство Тверской области", "12/3", dt.date(2019, 5, 7))
    md = _md("Утратил силу. - Постановление Правительства Тверской области от 07.05.2019 № 12/3")
    assert md["order_number"] is None              # a repeal note names another act


@pytest.mark.parametrize("body, kind", [
    ("Правительство Тверской области постановляет:\n1. Утвердить план.", "постановление"),
    ("приказываю:\n1. Утвердить план.\n2. Контроль за исполнением настоящего приказа оставляю за собой.", "приказ"),
    ("1. Утвердить план.\n2. Настоящее распоряжение вступает в силу со дня подписания.", "распоряжение"),
])
def test_the_kind_an_act_without_a_header_gives_itself(body, kind):
    assert _md("5 июня 2015 г.\nВ целях развития туризма " + body)["act_kind"] == kind


def test_the_enacting_clauses_utverdit_opens_no_stamp():
    md = _md("Утвердить прилагаемый состав комиссии, действующей без отдельного решения совета.\n"
             "Председатель Правительства\nОрловской области И.И. Петров")
    assert (md["act_kind"], md["order_number"], md["order_date"]) == (None, None, None)
    md = _md("2 марта 2010 г.\nВ соответствии с Уставом области Правительство Псковской области постановляет:\n"
             "утвердить прилагаемое Положение о комитете.\nПостановлением Правительства Псковской области "
             "от 2 марта 2010 года N 40 в настоящее Положение внесены изменения\nПоложение о комитете\n"
             "(утв. постановлением Правительства Псковской области\nот 7 апреля 2008 г. N 101)")
    assert (md["order_number"], md["order_date"], md["act_kind"]) == ("101", dt.date(2008, 4, 7), "постановление")


def test_a_stamp_whose_first_word_a_page_cut_off():
    md = _md("приказом\nДепартамента культуры\nЯрославской области\nот 4 июня 2019 г. N 27-о\n"
             "ПОРЯДОК ВЕДЕНИЯ РЕЕСТРА МУЗЕЕВ")
    assert (md["authority"], md["order_number"], md["order_date"], md["act_kind"]) == (
        "Департамент культуры Ярославской области", "27-о", dt.date(2019, 6, 4), "приказ")
    md = _md("постановлением Администрации Тульской области от 1 марта 2011 г. N 9 в настоящий порядок "
             "внесены изменения\nПорядок ведения реестра")
    assert (md["order_number"], md["order_date"]) == (None, None)      # an amendment note: another act's


def test_a_subjects_name_in_everyday_speech_is_its_alias():
    assert [m.region.code for m in find_regions("подпрограмма «Дороги Брянщины»")] == ["RU-BRY"]


@pytest.mark.parametrize("signature, want", [
    ("Министр культуры Рязанской области И.И. Петров", "Министерство культуры Рязанской области"),
    ("Руководитель департамента здравоохранения\nТамбовской области\nП.П. Сидоров",
     "Департамент здравоохранения Тамбовской области"),
    ("И.о. начальника управления ветеринарии Курской области В.В. Котов", "Управление ветеринарии Курской области"),
])
def test_an_order_without_a_header_is_issued_by_the_body_of_its_signatory(signature, want):
    md = _md("О порядке ведения реестра\nВ соответствии с законом области приказываю:\n1. Утвердить порядок.\n"
             "2. Контроль за исполнением возложить на заместителя министра финансов Орловской области.\n" + signature)
    assert md["authority"] == want


def test_a_bodys_short_name_is_written_out():
    md = _md("Приказ Минздрава Тульской области от 4 апреля 2022 г. N 301-осн \"О перечне\"\n"
             "В соответствии с приказом Минздрава России от 1 марта 2020 г. N 7 приказываю:")
    assert (md["authority"], md["order_number"], md["order_date"], md["act_kind"]) == (
        "Министерство здравоохранения Тульской области", "301-осн", dt.date(2022, 4, 4), "приказ")
    md = _md("О плане\nВ соответствии с приказом Минфина России от 1 марта 2020 г. N 7н приказываю:\n1. Утвердить план.")
    assert md["authority"] is None                    # a federal ministry cited in the body


def test_an_issuers_name_stops_at_the_signers_initials():
    md = _md("О порядке\nпостановляю:\n1. Утвердить порядок.\nГубернатор области И.И. Иванов\nг. Энск\n"
             "3 марта 2020 года\nN 44")
    assert (md["authority"], md["order_number"], md["order_date"]) == ("Губернатор области", "44", dt.date(2020, 3, 3))


def test_a_republics_president_is_an_issuer_the_federal_one_is_cited():
    md = _md("Указ Президента Республики Марий Эл от 3 мая 2009 г. N УП-41\n\"О празднике\"\n"
             "В соответствии с Указом Президента Российской Федерации от 1 марта 2009 г. N 200 постановляю:")
    assert (md["authority"], md["order_number"], md["act_kind"]) == ("Президент Республики Марий Эл", "УП-41", "указ")


def test_a_genitive_head_before_the_enacting_verb_is_not_its_subject():
    md = _md("В целях повышения эффективности управления проводимыми реформами в Чувашской Республике "
             "постановляю:\n1. Создать комиссию.")
    assert md["authority"] is None


def test_a_stamp_glued_word_to_word_is_parted():
    md = _md("Утвержденприказомминистерства культурыи туризма Ставропольского краяот 3 марта 2011 года N 40")
    assert (md["authority"], md["order_number"], md["order_date"], md["act_kind"]) == (
        "Министерство культуры и туризма Ставропольского края", "40", dt.date(2011, 3, 3), "приказ")


def test_a_signatures_position_stops_at_the_signer():
    md = _md("О правилах распорядка\nприказываю:\n1. Утвердить правила.\nМинистр культуры |\nИ. Петров |\n"
             "Зарегистрировано в Управлении Минюста России по Тверской области 5 мая 2011 г.")
    assert md["authority"] is None      # the registration stamp under the signature names no issuer


@pytest.mark.parametrize("header, want", [
    ("ГЛАВНОЕ УПРАВЛЕНИЕ ВЕТЕРИНАРИИ ОМСКОЙ ОБЛАСТИ\nПРИКАЗ\nот 2 марта 2020 г. N 7\nО карантине",
     "Главное управление ветеринарии Омской области"),
    ("ГОСУДАРСТВЕННАЯ ЖИЛИЩНАЯ ИНСПЕКЦИЯ КУРСКОЙ ОБЛАСТИ\nРАСПОРЯЖЕНИЕ\nот 2 марта 2020 г. N 7-р\nО проверках",
     "Государственная жилищная инспекция Курской области"),
    ("Распоряжение Главного управления лесного хозяйства Пермского края от 2 марта 2020 г. N 7\nО рубках",
     "Главное управление лесного хозяйства Пермского края"),
])
def test_the_adjectives_before_the_head_belong_to_the_name(header, want):
    assert _md(header)["authority"] == want


def test_an_adjective_that_points_at_a_body_is_not_its_name():
    md = _md("Приказ от 2 марта 2020 г. N 7\nО плане\nУказанное Министерство культуры Омской области "
             "представляет отчёт.\nМинистр культуры Омской области И.И. Иванов")
    assert md["authority"] == "Министерство культуры Омской области"


def test_a_unit_under_its_parent_bodys_line_is_that_bodys_unit():
    md = _md("АДМИНИСТРАЦИЯ ТОМСКОЙ ОБЛАСТИ\nКомитет по делам архивов\nПРИКАЗ\nот 2 марта 2020 г. N 7\nО хранении")
    assert md["authority"] == "Комитет по делам архивов администрации Томской области"
    md = _md("ПРАВИТЕЛЬСТВО ОМСКОЙ ОБЛАСТИ\nОТДЕЛ ЗАПИСИ АКТОВ ГРАЖДАНСКОГО СОСТОЯНИЯ\nПРИКАЗ\n"
             "от 2 марта 2020 г. N 7\nО хранении")
    assert md["authority"] == "Отдел записи актов гражданского состояния Правительства Омской области"


def test_a_joint_orders_second_body_is_not_a_unit_of_the_first():
    md = _md("Министерство финансов Омской области\nМинистерство экономики Омской области\nПРИКАЗ\n"
             "от 2 марта 2020 г. N 7/9\nО методике")
    assert (md["authority"], md["order_number"]) == ("Министерство финансов Омской области", "7/9")


def test_the_issuer_in_the_genitive_under_the_acts_kind():
    md = _md("АДМИНИСТРАЦИЯ ТОМСКОЙ ОБЛАСТИ\nПОСТАНОВЛЕНИЕ\nГУБЕРНАТОРА\n03.09.2019  N 71\nО награждении")
    assert (md["authority"], md["order_number"], md["order_date"]) == (
        "Губернатор Томской области", "71", dt.date(2019, 9, 3))


def test_a_sites_title_above_the_header_is_not_an_issuer_line():
    md = _md("Постановление Губернатора Томской области от 20.04.2019 № 8\n"
             "Об управлении делами Томской области\nГУБЕРНАТОР ТОМСКОЙ ОБЛАСТИ\nПОСТАНОВЛЕНИЕ\n"
             "от 20 апреля 2019 г. N 8\nОб управлении делами Томской области")
    assert md["authority"] == "Губернатор Томской области"


def test_an_enacting_verb_on_its_own_line_closes_the_clause_above():
    md = _md("В целях охраны здоровья населения правительство Омской области\nПостановляет:\n"
             "1. Утвердить программу.")
    assert (md["authority"], md["act_kind"]) == ("Правительство Омской области", "постановление")


def test_a_headers_name_runs_on_to_its_remit_after_the_subject():
    md = _md("ГОСУДАРСТВЕННЫЙ КОМИТЕТ РЕСПУБЛИКИ БАШКОРТОСТАН ПО ТАРИФАМ\nПОСТАНОВЛЕНИЕ\n"
             "18.12.2019 № 4-3/г\nОб установлении тарифов")
    assert (md["authority"], md["order_number"]) == ("Государственный комитет Республики Башкортостан по тарифам", "4-3/г")


def test_a_name_in_capitals_wrapped_over_lines_is_recased_as_one():
    md = _md("ГЛАВНОЕ УПРАВЛЕНИЕ\nАРХИТЕКТУРЫ И ГРАДОСТРОИТЕЛЬСТВА\nКУРСКОЙ ОБЛАСТИ\nПОСТАНОВЛЕНИЕ\n"
             "от 5 марта 2020 г. № 12-п\nО плане")
    assert md["authority"] == "Главное управление архитектуры и градостроительства Курской области"


def test_a_kind_line_with_a_capital_only():
    md = _md("Министерство социальной политики Омской области\nПриказ\nот 05.03.2020 № 12\nО плане")
    assert (md["authority"], md["act_kind"], md["order_number"]) == (
        "Министерство социальной политики Омской области", "приказ", "12")


def test_a_body_under_its_governments_line_is_the_issuer():
    md = _md("ПРАВИТЕЛЬСТВО ОМСКОЙ ОБЛАСТИ\nГЛАВНОЕ УПРАВЛЕНИЕ ЛЕСНОГО ХОЗЯЙСТВА ОМСКОЙ ОБЛАСТИ\nПРИКАЗ\n"
             "от 5 марта 2020 г. № 12\nО плане")
    assert md["authority"] == "Главное управление лесного хозяйства Омской области"


def test_an_acronym_with_the_rest_of_the_name_in_small_letters_is_written_out():
    # only the acronym's own word must be in capitals ("РСО-Алания"); the issuer gets the name in full
    md = _md("Постановление Правительства РСО-Алания от 12.04.2016 N 120 \"О порядке\"\n1. Утвердить.")
    assert (md["authority"], md["region_code"]) == ("Правительство Республики Северная Осетия – Алания", "RU-SE")
    assert [m.abbreviated for m in find_regions("РСО-Алания")] == [True]
    assert not find_regions("рсо")          # an acronym in small letters is a word, not a subject


@pytest.mark.parametrize("header, issuer", [
    ("ПРИКАЗ\nМИНИСТЕРСТВА ФИНАНСОВ\nКАЛУЖСКОЙ ОБЛАСТИ\nот 3.02.2020 № 15\nО порядке",
     "Министерство финансов Калужской области"),
    ("ПРИКАЗ\nДЕПАРТАМЕНТА\nЗДРАВООХРАНЕНИЯ\nВОРОНЕЖСКОЙ ОБЛАСТИ\n05.05.2015 № 101\nО мерах",
     "Департамент здравоохранения Воронежской области"),
    ("ПОСТАНОВЛЕНИЕ\nКАБИНЕТА МИНИСТРОВ\nЧУВАШСКОЙ РЕСПУБЛИКИ\nот 5 мая 2015 г. № 101\nО мерах",
     "Кабинет Министров Чувашской Республики"),
])
def test_an_issuer_in_the_genitive_under_the_kind_wraps_over_lines(header, issuer):
    md = _md(header)
    assert (md["authority"], md["order_number"]) == (issuer, header.split("№ ")[1].split("\n")[0])


def test_a_genitive_name_under_the_kind_stops_at_the_title_in_capitals():
    md = _md("ПОСТАНОВЛЕНИЕ\nГУБЕРНАТОРА\nО ПОРЯДКЕ ВЕДЕНИЯ РЕЕСТРА\nКАЛУЖСКОЙ ОБЛАСТИ\n"
             "Губернатор Калужской области постановляет:\n1. Утвердить.")
    assert md["authority"] == "Губернатор Калужской области"
    assert not (md["title"] or "").startswith("Калужской")


@pytest.mark.parametrize("name, full", [
    ("Постановление Администрации г.о. Тольятти от 10.10.2017 N 3300-п/1",
     "Администрация городского округа Тольятти"),
    ("Постановление Администрации с. п. Ивановка Самарской области от 5 мая 2015 г. № 11",
     "Администрация сельского поселения Ивановка Самарской области"),
    ("Постановление Администрации МР \"Ногайский район\" Республики Дагестан от 5 мая 2015 г. № 101",
     "Администрация муниципального района «Ногайский район» Республики Дагестан"),
    ("Распоряжение Главного управления ЗАГС Тверской области от 03.10.2015 N 12",
     "Главное управление записи актов гражданского состояния Тверской области"),
])
def test_a_title_lines_municipal_kind_and_body_acronym_are_written_out(name, full):
    assert _md(name + "\n\"О мерах\"\n1. Утвердить.")["authority"] == full


def test_municipal_kinds_in_capitals_are_written_out_only_before_a_quoted_name():
    from parsers.extract.issuer_form import written_out
    assert written_out("г.о. Тольятти") == "городской округ Тольятти"           # opens the name: nominative
    assert written_out("Совет МО \"Город Энск\"") == "Совет муниципального образования \"Город Энск\""
    assert written_out("Главное управление МЧС по МО") == "Главное управление МЧС по МО"


def test_a_page_listing_several_acts_above_the_header_keeps_the_headers_own_number():
    md = _md("Документы раздела\n"
             "Постановление Правительства Калужской области от 1.02.2019 № 50 \"Об одном\"\n"
             "Постановление Правительства Калужской области от 3.03.2019 № 70 \"О другом\"\n"
             "ПРАВИТЕЛЬСТВО КАЛУЖСКОЙ ОБЛАСТИ\nПОСТАНОВЛЕНИЕ\nот 3 марта 2019 г. № 70\nО другом\n")
    assert (md["order_number"], md["order_date"]) == ("70", dt.date(2019, 3, 3))


def test_a_text_opening_with_its_preamble_takes_no_cited_body_for_its_issuer():
    md = _md("В соответствии с постановлением Правительства Калужской области от 1.02.2019 № 50 "
             "\"Об одном\" приказываю:\n1. Утвердить.\nМинистр культуры Калужской области\n")
    assert (md["authority"], md["order_number"], md["title"]) == ("Министерство культуры Калужской области", None, None)


def test_a_head_that_needs_its_subject_names_a_municipalitys_body():
    md = _md("ГЛАВА МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ\n«ГОРОД ЭНСК»\nПОСТАНОВЛЕНИЕ\n05.03.2019 № 70\nО плане\n")
    assert (md["authority"], md["order_number"]) == ("Глава муниципального образования «Город Энск»", "70")
    from parsers.extract.issuer import authority_in
    assert authority_in("Совет по вопросам образования рассмотрел") is None      # a preposition first: no municipality


def test_a_number_suffix_printed_apart_from_its_digits():
    assert parse_number("№ 45 -нп") == "45-нп"
    assert parse_number("№ 45 - о внесении изменений") == "45"


def test_a_bracketed_apposition_agrees_with_the_head():
    md = _md("УТВЕРЖДЕНО\nпостановлением главы администрации\n(губернатора) Ставропольского края\n"
             "от 12.10.2015 № 965\nПОРЯДОК\n")
    assert (md["authority"], md["order_number"]) == ("Глава администрации (губернатор) Ставропольского края", "965")


def test_a_kind_line_in_capitals_naming_its_issuer():
    md = _md("УКАЗ ГЛАВЫ РЕСПУБЛИКИ АДЫГЕЯ\nот 2 марта 2015 г. № 45\nО порядке\n")
    assert (md["authority"], md["order_number"], md["act_kind"]) == ("Глава Республики Адыгея", "45", "указ")


def test_a_kind_line_with_its_number_and_the_date_on_a_line_alone_below():
    md = _md("МИНИСТЕРСТВО КУЛЬТУРЫ ОРЛОВСКОЙ ОБЛАСТИ\nПРИКАЗ № 45\n02.03.2015\nг. Орёл\nО порядке\n")
    assert (md["order_number"], md["order_date"]) == ("45", dt.date(2015, 3, 2))


def test_a_regional_body_under_its_subjects_line_is_given_the_subject():
    md = _md("РОССИЙСКАЯ ФЕДЕРАЦИЯ\nРЕСПУБЛИКА АДЫГЕЯ\nМИНИСТЕРСТВО ЗДРАВООХРАНЕНИЯ\nПРИКАЗ\n"
             "от 02.03.2015 № 45\nг. Майкоп\nО порядке\n")
    assert md["authority"] == "Министерство здравоохранения Республики Адыгея"
    md = _md("РЕСПУБЛИКА АДЫГЕЯ\nАДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ «ГОРОД ЭНСК»\nПОСТАНОВЛЕНИЕ\n"
             "от 02.03.2015 № 45\nО порядке\n")
    assert md["authority"] == "Администрация муниципального образования «Город Энск»"     # a municipality's: as named


def test_a_date_wrapped_over_two_header_lines():
    md = _md("МИНИСТЕРСТВО КУЛЬТУРЫ ОРЛОВСКОЙ ОБЛАСТИ\nПРИКАЗ\nот «02» марта\n2015 г. № 45\nО порядке\n")
    assert (md["order_number"], md["order_date"]) == ("45", dt.date(2015, 3, 2))


def test_a_city_written_short_is_written_out_in_the_genitive_it_can_be():
    from parsers.extract.issuer_form import written_out
    assert written_out("Исполнительный комитет муниципального образования г. Казани") == (
        "Исполнительный комитет муниципального образования города Казани")
    assert written_out("Администрация муниципального образования г. Салехард") == (
        "Администрация муниципального образования город Салехард")


@pytest.mark.parametrize("short, full", [
    ("Постановление Правительства Еврейской АО", "Правительство Еврейской автономной области"),   # «АО»: also автономная область
    ("Постановление Правительства НСО", "Правительство Новосибирской области"),
])
def test_a_subject_written_short_in_a_title_line_is_written_out(short, full):
    assert _md(short + " от 02.03.2015 № 45\n\"О порядке\"\n1. Утвердить.")["authority"] == full


def test_a_title_line_in_capitals_keeps_its_numbers_letters():
    md = _md("РАСПОРЯЖЕНИЕ АДМИНИСТРАЦИИ ЛИПЕЦКОЙ ОБЛАСТИ ОТ 14.05.2021 № 217-Р\nОБ УТВЕРЖДЕНИИ ПЕРЕЧНЯ\n"
             "1. Утвердить перечень.")
    assert (md["authority"], md["order_number"], md["act_kind"]) == (
        "Администрация Липецкой области", "217-Р", "распоряжение")
