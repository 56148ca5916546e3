"""Where a channel's head stands in its clause (normalizers/channel_hosts.py): a time, a place that
yields to the means past it, a host that yields to the service it carries, a survey's kind by the
words of the deed before it, a mailbox one writes to.  Phrases written from the contract's
definitions (§4.1), each with the reading it must not take."""
import pytest

from normalizers import match_channel
from normalizers.channel_heads import read_channel
from normalizers.channel_hosts import governing_preposition, timed
from normalizers.channel_vocab import heads
from normalizers.phrase import words


def code(text: str) -> str | None:
    m = match_channel(text)
    return m.code if m else None


def test_a_heads_preposition_is_found_back_over_its_noun_group():
    ws = words("кликнул на главной странице сайта")
    assert governing_preposition(ws, 4) == "на"              # сайта ← странице ← главной ← на
    ws = words("сайт открыт")
    assert governing_preposition(ws, 0) is None
    ws = words("зашёл на портал и открыл сайт")              # a verb ends the group
    assert governing_preposition(ws, 5) is None


def test_a_head_after_a_preposition_of_time_names_when_not_how():
    ws = words("после приёма")
    assert timed(ws, 1, heads().time_preps)
    # the reception is when the client hears of the survey; the link says where it is taken
    assert code("после посещения приёмной получает сообщение со ссылкой на опрос") == "online_survey"
    # without the time the same reception is the place of a survey on paper
    assert code("в приёмной заполняет анкету") == "personal_reception"


@pytest.mark.parametrize("text, without, want", [
    # a place the act goes to yields to the system it goes through
    ("служебная записка в отдел кадров через систему электронного документооборота", "служебная записка в отдел кадров",
     "edms"),
    ("регистрация на вебинар посредством онлайн-формы", "регистрация на вебинар", "online_service"),
])
def test_a_place_yields_to_the_means_past_it(text, without, want):
    assert code(text) == want
    assert code(without) != want            # with no means the place (or the act) stays


@pytest.mark.parametrize("text, want", [
    # a site or a stand named as the place a service lives on: the client uses the service
    ("на сайте ведомства размещена онлайн-форма обращения", "online_service"),
    ("на стенде в холле QR-код чат-бота", "chatbot"),
    ("на информационном стенде QR-код для прохождения опроса", "online_survey"),
    # nothing carried: the site and the stand are the channels
    ("на сайте ведомства размещены новости", "website"),
    ("на стенде в холле график приёма", "info_stand"),
])
def test_a_host_yields_to_the_service_it_carries(text, want):
    assert code(text) == want


def test_a_place_and_what_it_carries_are_no_channels_side_by_side():
    r = read_channel("на сайте ведомства размещена онлайн-форма обращения")
    assert r.code == "online_service" and r.score >= 0.85


@pytest.mark.parametrize("text, want", [
    # one WRITES to someone's mailbox: e-mail
    ("написать на почту отдела кадров", "email"),
    ("переписывается с куратором, пишет на почту куратора", "email"),
    # a box one sends to, its owner or addressee named after it: e-mail, whatever the deed
    ("отправляет отчёт на почту отдела", "email"),
    ("ответ направляется на почту заявителя", "email"),
    ("уведомление приходит на почту, указанную в заявлении", "email"),
    ("копия приказа на почту ЦЗН", "email"),
    # what a mailing is about names no second place
    ("рассылка на почту подписчикам о начале приёма документов", "email"),
    # the post office gone or carried to, the post by its name or as a means: the post
    ("отнести заявление на почту", "written_mail"),
    ("сдать письмо на почту", "written_mail"),
    ("письмо через Почту России", "written_mail"),
    ("направляет заявление по почте", "written_mail"),
    ("ответ почтой", "written_mail"),
])
def test_a_mailbox_one_writes_to_is_email(text, want):
    assert code(text) == want


def test_mail_sent_to_with_no_owner_is_email_in_review():
    # «на почту» alone: a box, likelier e-mail than the post office, but nothing says whose
    m = match_channel("отправить документы на почту")
    assert m.code == "email" and m.score < 0.85


def test_a_letter_coming_into_the_edms_is_the_edms():
    assert code("служебное письмо поступает в СЭД ведомства") == "edms"
    assert code("служебное письмо поступает в отдел") != "edms"


@pytest.mark.parametrize("text, want", [
    ("очное интервью с получателями услуги", "offline_survey"),
    ("глубинные интервью с заявителями", "offline_survey"),
    ("онлайн-интервью с участниками", "online_survey"),
])
def test_an_interview_is_a_survey_by_its_manner(text, want):
    assert code(text) == want


def test_an_interview_to_the_press_is_no_survey():
    assert code("интервью руководителя в газете") not in ("offline_survey", "online_survey")


def test_a_banner_of_the_feedback_widget_is_the_platform():
    # the widget by its names is the platform wherever it hangs; a banner by itself is printed matter
    assert code("баннер «Сообщить о проблеме» в группе учреждения") == "feedback_platform"
    assert code("баннер «Решаем вместе»") == "feedback_platform"


def test_an_idiom_opened_by_a_preposition_is_no_place():
    # «в том числе» opens no place: the means after it name several channels, none decides as a venue
    r = read_channel("приём документов в том числе посредством СЭД, терминала с доступом к ЕПГУ", "digital", False)
    assert r.code != "edms"


def test_a_code_leading_to_a_survey_named_in_a_later_part_is_that_survey():
    # the QR code's platform (the survey) is named in the next part: one channel, not two side by side
    r = read_channel("посетитель наводит камеру на QR-код у окна и заполняет анкету о качестве приёма")
    assert r.code == "online_survey" and r.score >= 0.85
    # a platform named in the first part with another channel after it stays a doubt
    r = read_channel("личный кабинет на ЕПГУ и МФЦ")
    assert r.code == "gosuslugi" and r.score < 0.85
