"""Channel phrases whose words are spoiled (mixed scripts, glued, abbreviated) or whose head
names a concept by another word: each case stands for a kind of wording, not one phrase."""
import pytest

from normalizers import match_channel
from normalizers.channel_heads import heads
from normalizers.channel_words import one_script, unglue
from normalizers.matcher import REVIEW


def test_one_script_writes_lookalike_latin_in_cyrillic():
    assert one_script("Oфициальный caйт") == "Официальный сайт"       # Latin O, c, a
    assert one_script("MФЦ") == "МФЦ"
    # a Latin word, or a mixed one with a letter that has no Cyrillic look-alike, stays
    assert one_script("e-mail и QR-код") == "e-mail и QR-код"
    assert one_script("Fвиджет") == "Fвиджет"


def test_unglue_splits_two_words_run_together():
    h = heads()
    assert unglue("телефоннаялиния", h.vocab, h.combining) == "телефонная линия"
    assert unglue("инфотабло", h.vocab, h.combining) == "инфо табло"      # a combining form
    assert unglue("приемная", h.vocab, h.combining) is None               # a word as it is
    assert unglue("ыврапролд", h.vocab, h.combining) is None


def test_a_long_run_of_letters_is_not_tried_as_two_glued_words():
    from normalizers.phrase import _read
    h = heads()
    before = _read.cache_info().currsize
    assert unglue("почта" * 320, h.vocab, h.combining) is None
    assert _read.cache_info().currsize - before < 5        # no slice of it was read


@pytest.mark.parametrize("text, code", [
    ("Caйт управления культуры", "website"),                  # Latin c, a
    ("Почтоваясвязь (заказные письма)", "written_mail"),      # a lost space
    ("электроннаяпочта отдела", "email"),
    ("инфокиоск в вестибюле", "info_stand"),
    ("ЛК получателя на портале ведомства", "online_service"),   # «личный кабинет» abbreviated
    ("ЛК на Госуслугах", "gosuslugi"),
    ("ТГ-канал управления", "messenger"),
    ("ПГУ области", "gosuslugi"),
    ("Канцелярия управления (приём входящей почты)", "written_mail"),
    ("Мобильный офис в сельских поселениях", "in_person"),
    ("Передвижной пункт консультирования", "in_person"),
    ("Консультационный пункт в районной администрации", "personal_reception"),
    ("Контрольная закупка товаров", "in_person"),
    ("Информационный терминал в фойе", "info_stand"),
    ("Информационный терминал с доступом к Госуслугам", "gosuslugi"),
    ("Справочная служба учреждения", "phone"),                  # reached by calling
    ("Единая дежурно-диспетчерская служба района", "phone"),
    ("Автоинформатор (круглосуточно)", "phone"),
    ("Стойка регистрации посетителей", "personal_reception"),    # a desk where visitors are met
    ("Информационная стойка в холле", "info_stand"),
    ("Юрисконсульт учреждения, каб. 14", "internal_office"),       # a cut word in a detail too
    ("Веб-форма анкеты для родителей", "online_survey"),            # a web form of a survey
])
def test_channel_wordings(text, code):
    m = match_channel(text)
    assert m.code == code, (text, m)
    assert m.score >= REVIEW


def test_documentary_check_is_no_visit():
    assert match_channel("Выездная проверка").code == "in_person"
    assert match_channel("Документарная проверка").code != "in_person"


def test_a_definite_head_in_any_detail_beats_a_generic_one():
    # the generic place («окно № 2», a room) comes first among the details, the name after it
    m = match_channel("ОГАУ «МФЦ Приречья», окно № 2")
    assert m.code == "mfc"


def test_clauses_naming_different_channels_go_to_review():
    m = match_channel("Страница в Одноклассниках; электронная почта приёмной")
    assert m.code == "social_network" and m.score < REVIEW
    # one channel in every clause, or a semicolon inside parentheses: as sure as one clause
    assert match_channel("тел. 8-800-000-00-00; 8 (4012) 10-20-30").score >= REVIEW
    assert match_channel("Приёмная (вт, чт 10–13; пт 14–17)").score >= REVIEW


def test_a_clause_saying_its_channel_is_not_used_is_left_out():
    m = match_channel("Виджет ПОС не размещён; форма обращения на сайте отсутствует; почта России")
    assert m.code == "written_mail"
    m = match_channel("Мобильное приложение не используется; чат в WhatsApp")
    assert m.code == "messenger"


def test_a_negation_inside_a_clauses_details_does_not_drop_it():
    # «не» in a parenthesis or an hour says nothing of whether the channel is used
    assert match_channel("Отделение МФЦ (не нужна запись заранее); Госуслуги").code == "mfc"
    assert match_channel("Телефонная линия (звонки не позднее 17:00); сайт ведомства").code == "phone"
    # the predicate, not any «не», tells a channel out of use
    assert match_channel("Группа ВКонтакте не ведётся; электронная почта").code == "email"
    assert match_channel("Приёмная не для посетителей без записи; чат-бот").code == "personal_reception"


def test_an_abbreviation_qualified_by_a_leading_letter_is_that_abbreviation():
    # «Р…», «М…»: regional, interdepartmental — still a document management system
    assert match_channel("РСЭД министерства").code == "edms"
    assert match_channel("МСЭД «Дело»").code == "edms"


def test_e_for_e_after_a_consonant_is_read_as_the_word():
    assert match_channel("Информационный стэнд в холле").code == "info_stand"


def test_a_page_on_a_site_is_the_site_unless_a_social_network_is_named():
    # «социальной защиты» names a department, not a network
    assert match_channel("Страница отдела социальной защиты на сайте министерства").code == "website"
    assert match_channel("Страница социальной сети").code == "social_network"


def test_a_service_on_the_federal_portal_and_a_named_workstation():
    assert match_channel("Сервис записи к врачу на Госуслугах").code == "gosuslugi"
    assert match_channel("Рабочее место АРМ «Кадры»").code == "workstation"


def test_video_and_blog_platforms_are_social_networks():
    # a body's channel on a video or blog platform is a page of its own there, not a messenger
    assert match_channel("Канал министерства на RuTube").code == "social_network"
    assert match_channel("Страница в Дзене").code == "social_network"
    # a channel in a messenger stays a messenger
    assert match_channel("Канал в Telegram").code == "messenger"


def test_an_mfc_remote_office_and_a_state_courier():
    assert match_channel("ТОСП в селе Верхнее").code == "mfc"
    assert match_channel("Фельдъегерская связь").code == "written_mail"


@pytest.mark.parametrize("text, code", [
    # a fax carries a written appeal on paper, like the post
    ("Факсимильная связь", "written_mail"),
    ("Факс приёмной: (4212) 00-00-00", "written_mail"),
    ("Обращение по телефаксу", "written_mail"),
    # a messenger's name as it is spoken, spelt other ways
    ("Вотсап", "messenger"),
    ("Вацап министерства", "messenger"),
    # social networks by name, abbreviated or of older orders
    ("Группа в ОК", "social_network"),
    ("Страница в Инстаграме", "social_network"),
    ("Аккаунт в Facebook", "social_network"),
    # a notice board by its customary name
    ("Уголок потребителя", "info_stand"),
    # a meeting over the web; a consultation or a reception held by video
    ("Веб-конференция", "video_conference"),
    ("Видео-консультация с юристом", "video_conference"),
    ("Видео-приём граждан", "video_conference"),
    ("Выездная консультация в сёлах", "in_person"),
])
def test_channels_of_older_and_informal_names(text, code):
    m = match_channel(text)
    assert (m.code, m.score >= REVIEW) == (code, True)


@pytest.mark.parametrize("text", ["Официальный сайт министерства minsoc.ru, телефон 8-800-100-20-30",
                                  "Официальный сайт www.minsoc.ru (обратная связь: info@minsoc.ru)",
                                  "Официальный сайт (www.minsoc.ru; vk.com/minsoc)"])
def test_a_site_with_its_own_address_stays_a_website(text):
    # a phone or an e-mail beside the site, or the site's own address beside a channel's
    # domain: the page is no page of that channel
    m = match_channel(text)
    assert (m.code, m.score >= REVIEW) == ("website", True)


def test_a_web_page_at_a_channels_own_domain_is_that_channel():
    # the portal's head says "a website"; its address says which
    assert match_channel("Портал gosuslugi.ru").code == "gosuslugi"
    assert match_channel("Сайт https://vk.com/min_example").code == "social_network"
    # any other address leaves the website a website
    assert match_channel("Официальный сайт www.minobr.example.ru").code == "website"


@pytest.mark.parametrize("text", ["Публикации в районной газете", "Сюжеты на региональном телевидении",
                                  "Выступление в радиоэфире", "Печатные СМИ", "Телевизионные программы"])
def test_mass_media_and_broadcasts_are_no_channel_of_the_taxonomy(text):
    m = match_channel(text)
    assert (m.code, m.score >= REVIEW) == ("other", True)


@pytest.mark.parametrize("text, code", [("Прямой эфир в социальной сети ВКонтакте", "social_network"),
                                        ("Прямые эфиры на официальном сайте министерства", "website"),
                                        ("Прямые эфиры в Телеграм-канале министерства", "messenger"),
                                        ("Трансляция заседаний в эфире телеканала", "other")])
def test_a_broadcast_takes_the_channel_it_is_held_on(text, code):
    # a live broadcast is a form, not a medium: the medium it is held on is the channel
    m = match_channel(text)
    assert (m.code, m.score >= REVIEW) == (code, True)


def test_a_channel_named_with_the_media_keeps_its_own_code():
    assert match_channel("Официальный сайт министерства").code == "website"
    assert match_channel("Телефон редакции газеты").code == "phone"
