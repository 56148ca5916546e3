"""Channels of acts and of readings writers disagree on (normalizers/channel_heads.py
`channel_head_words.act_of_channel`, `as_manner`, `_guessed`, `_by_means` media; data/channel_heads.yaml).
Phrases composed from the definitions in docs/dataset.md, as another region's list may word them."""
import pytest

from normalizers import match_channel
from normalizers.matcher import REVIEW


@pytest.mark.parametrize("text, code", [
    # an act of taking in what a channel carries: its object names the channel
    ("Приём звонков граждан", "phone"),
    ("Приём звонков на горячую линию", "phone"),
    ("Приём электронных писем", "email"),
    # a medium the papers are taken in on
    ("Приём документов на бумажном носителе", "written_mail"),
    ("Приём обращений на телефон доверия", "phone"),
    # «в электронной форме» is how the paper is made: the channel named after it decides
    ("Подача заявления в электронной форме через ЕПГУ", "gosuslugi"),
    ("Направление документов в электронной форме по электронной почте", "email"),
])
def test_the_act_takes_the_channel_named_after_it(text, code):
    m = match_channel(text)
    assert (m.code, m.score >= REVIEW) == (code, True)


@pytest.mark.parametrize("text, code", [
    ("Приём граждан в кабинете № 5", "personal_reception"),     # a room is no medium
    ("электронным письмом на ящик учреждения", "email"),          # the head's own words decide
    ("Форма обратной связи", "online_service"),                    # a web form, no manner
    ("При личном обращении в МФЦ", "mfc"),
])
def test_places_and_own_words_keep_their_channel(text, code):
    assert match_channel(text).code == code


def test_a_manner_alone_names_its_channel_below_review():
    m = match_channel("Заявление в электронной форме")
    assert m.code == "online_service" and m.score < REVIEW


@pytest.mark.parametrize("text", ["Выездной приём граждан", "Выездные приёмы руководителей министерства"])
def test_a_reading_writers_disagree_on_goes_to_review(text):
    # a visiting reception: a reception of citizens to some writers, a visit to others
    m = match_channel(text)
    assert m.code == "in_person" and m.score < REVIEW


def test_a_reception_by_video_stays_sure():
    m = match_channel("Приём граждан по видеосвязи")
    assert m.code == "video_conference" and m.score >= REVIEW


@pytest.mark.parametrize("text, code", [
    ("Раздел «Интернет-приёмная» на официальном сайте", "online_service"),
    ("Официальный сайт министерства, вкладка «Электронная приёмная»", "online_service"),
    ("Сайт учреждения, раздел «Виртуальная приёмная»", "online_service"),
])
def test_a_section_of_a_site_named_as_a_channel_is_that_channel(text, code):
    m = match_channel(text)
    assert (m.code, m.score >= REVIEW) == (code, True)


# (a section in parentheses is a detail of the site: tests/test_codes_by_meaning.py)
@pytest.mark.parametrize("text", ["Официальный сайт, раздел «Новости»", "Раздел «Контакты» на сайте министерства"])
def test_a_section_named_as_no_channel_is_the_site(text):
    assert match_channel(text).code == "website"


def test_a_section_on_a_topic_is_no_platform():
    assert match_channel("Официальный сайт министерства, раздел «Обратная связь»").code == "website"


@pytest.mark.parametrize("text, code", [
    # a consultation names a channel only by video or away: the adjective before it decides
    ("Телефонные консультации специалистов отдела", "phone"),
    ("Письменная консультация по запросу", "written_mail"),
    ("Выездная консультация в сёлах", "in_person"),          # the noun's own word decides
    ("В письменной форме", "written_mail"),                  # "письменный" says the form is no web form
])
def test_an_adjective_decides_before_a_noun_that_names_no_channel_alone(text, code):
    assert match_channel(text).code == code


@pytest.mark.parametrize("text, code", [
    # older official channels, as other regions' lists name them
    ("Факсограмма", "written_mail"),
    ("Телефонограмма", "phone"),
    ("Единый номер 112", "phone"),                           # a number of a kind only phones have
    ("Многоканальный номер министерства", "phone"),
    ("Публикации в печатных изданиях", "other"),             # printed media: no channel of the taxonomy
    ("Выступления на ГТРК", "other"),
    ("Уголок получателя услуг", "info_stand"),
    ("VK Мессенджер", "messenger"),                          # the network's own messenger
])
def test_older_channels_and_names(text, code):
    m = match_channel(text)
    assert (m.code, m.score >= REVIEW) == (code, True)


def test_a_corner_for_children_is_no_stand():
    assert match_channel("Детский уголок в зале ожидания").code != "info_stand"


@pytest.mark.parametrize("text, code", [
    ("Приём сообщений по «горячей линии»", "phone"),              # a quoted means is the means
    ("Приём заявок через чат-бот в Telegram", "chatbot"),         # a means read up to where it lives
    ("Приём документов нарочным", "written_mail"),                # a channel in the instrumental
])
def test_a_reception_takes_the_means_however_it_is_written(text, code):
    m = match_channel(text)
    assert (m.code, m.score >= REVIEW) == (code, True)


def test_a_person_in_the_instrumental_keeps_the_reception():
    assert match_channel("Приём граждан министром").code == "personal_reception"


@pytest.mark.parametrize("text, code", [
    ("Планёрка", "in_person"),                              # a meeting, in person unless held by a means
    ("Планёрка по ВКС", "video_conference"),
    # an information system is where a channel lives: what is done in it decides
    ("Обмен сведениями с ФГИС «Меркурий» через API", "api"),
    ("Личный кабинет в ГИС ЖКХ", "online_service"),
])
def test_information_systems_and_meetings(text, code):
    assert match_channel(text).code == code



@pytest.mark.parametrize("text", [
    "Приём граждан с уведомлением телефонограммой",   # the instrumental hangs on the notice
    "Приём граждан с электронной почтой",             # on a preposition, past its adjective
])
def test_an_instrumental_of_another_word_keeps_the_reception(text):
    assert match_channel(text).code == "personal_reception"


def test_an_instrumental_is_the_acts_only_within_its_own_group():
    from normalizers.channel_head_words import act_of_channel
    from normalizers.channel_vocab import heads
    from normalizers.phrase import words
    h = heads()
    # past a conjunction the instrumental is another act's («ответы почтой»)
    assert not act_of_channel(list(words("Приём граждан и ответы почтой")), 0, h)
    assert act_of_channel(list(words("Приём документов от заявителей почтой")), 0, h)


@pytest.mark.parametrize("text, code", [
    ("Портал Госуслуг, раздел «Онлайн-запись»", "gosuslugi"),      # as «сервис «…» на Госуслугах»
    ("Раздел «Онлайн-запись» на ЕПГУ", "gosuslugi"),
    ("Мобильное приложение, вкладка «Онлайн-запись»", "mobile_app"),
    ("Раздел «Интернет-приёмная»", "online_service"),               # a section of nothing named
])
def test_a_section_of_a_platform_is_the_platforms_point(text, code):
    m = match_channel(text)
    assert (m.code, m.score >= REVIEW) == (code, True)
