"""Channels as clerks and far-off writers word them: correspondence on paper, a contact centre
abbreviated, the document system by its product's name, a round of visits, a web constructor
of applications, a cut word joined to the next by a hyphen.  Phrases composed for these tests,
each standing for a kind of wording."""
import pytest

from normalizers import match_channel
from normalizers.matcher import REVIEW


@pytest.mark.parametrize("text, code", [
    ("Бумажная переписка с органами местного самоуправления", "written_mail"),
    ("почтовая переписка", "written_mail"),
    ("Единый контакт-центр (ЕКЦ)", "phone"),
    ("ЕКЦ", "phone"),
    ("КЦ министерства", "phone"),
    ("поквартирный обход", "in_person"),
    ("обход хозяйств специалистом", "in_person"),
    ("Онлайн-конструктор заявления на сайте", "online_service"),    # a form on a site: a service
    ("Онлайн-конструктор заявлений", "online_service"),
    ("конструктор обращений", "online_service"),
    ("видеоконф.-связь", "video_conference"),
    ("система эл. докум-оборота", "edms"),           # a compound's first stem cut before a hyphen
    ("электронный докум-оборот министерства", "edms"),
])
def test_far_wordings(text, code):
    m = match_channel(text)
    assert m.code == code and m.score >= REVIEW, m


@pytest.mark.parametrize("text", ["«ДЕЛО-Web»", "«Дело» (внутренняя переписка)",
                                  # quoted after a preposition of means: the means' words, still a name
                                  "направление документов через «Дело»"])
def test_the_document_system_by_its_products_name(text):
    assert match_channel(text).code == "edms"


def test_correspondence_held_over_a_channel_is_that_channels():
    assert match_channel("переписка со специалистом в Telegram").code == "messenger"
    assert match_channel("переписка по электронной почте").code == "email"
    assert match_channel("переписка в чате учреждения").code == "messenger"


def test_a_case_file_is_no_document_system():
    assert match_channel("личное дело").code != "edms"
    assert match_channel("ознакомление с личным делом в отделе кадров").code == "internal_office"


@pytest.mark.parametrize("text", ["рассмотрение дела", "дело об административном правонарушении",
                                  "наследственное дело", "в деле заявителя", "Дело"])
def test_the_plain_word_is_no_document_system(text):
    # «Дело» is the system only as a name in quotes (or in a parenthesis): unquoted, the word is
    # a case or a matter, even capitalised at the head of a cell
    assert match_channel(text).code != "edms"


def test_electronic_correspondence_is_no_paper_mail():
    # e-mail is the likelier channel of an «электронная переписка» (the document system is the
    # other): that code, below review; never the paper mail of the head's default
    for text in ("электронная переписка", "Электронная переписка с заявителем"):
        m = match_channel(text)
        assert m.code == "email" and m.score < REVIEW, m
