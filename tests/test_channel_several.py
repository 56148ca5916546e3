"""Channels named side by side in one clause: the first one's code, below review; what
only looks like a second channel (a condition, a place of the same channel, a relative
clause, coordinated adjectives, an address, a generic word) keeps the reading sure
(normalizers/channel_heads.py `_first_of_several`, channel_words.py `conjuncts`,
data/channel_heads.yaml `several`).  Cells composed from the definitions in docs/dataset.md."""
import pytest

from normalizers import match_channel
from normalizers.matcher import REVIEW


@pytest.mark.parametrize("cell, code", [
    ("Лично или заказным письмом", "written_mail"),      # a generic first part yields
    ("Почтой либо по электронной почте", "written_mail"),
    ("По телефону, а также через интернет-приёмную", "phone"),
    ("Официальный сайт и сообщество в ВКонтакте", "website"),
    ("Сайт управления и группы в Одноклассниках", "website"),
    ("Телефон/e-mail", "phone"),
    ("– официальный сайт\n– страница в Одноклассниках", "website"),      # a bulleted cell
    ("Телефон доверия\nЭлектронная почта", "phone"),
    ("Через ЕПГУ или в многофункциональном центре", "gosuslugi"),
    ("Приём в МФЦ или по телефону горячей линии", "mfc"),
    # a venue ends at the conjunction; a first part opened by «при» is no condition
    ("При личном обращении в МФЦ либо по телефону", "mfc"),
    # «при личном приёме» is a place, no condition; the head that read the first part is
    # телефон, not the department before it
    ("Консультирование сотрудниками отдела по телефону и при личном приёме", "phone"),
])
def test_two_channels_side_by_side_go_to_review_with_the_first(cell, code):
    m = match_channel(cell)
    assert (m.code, m.score < REVIEW) == (code, True)


@pytest.mark.parametrize("cell, code", [
    ("Электронная почта, в случае её отсутствия — почтовым отправлением", "email"),
    ("Анкетирование на сайте и в сообществах в социальных сетях", "online_survey"),
    ("Страницы в социальных сетях, которые ведёт пресс-служба министерства", "social_network"),
    ("Портал государственных и муниципальных услуг", "gosuslugi"),
    ("Раздел управления опеки и попечительства на официальном сайте", "website"),
    ("Приёмная, г. Саранск, ул. Советская, д. 35, каб. 210", "personal_reception"),
    ("Приёмная управления, тел. 8 (8342) 11-22-33", "personal_reception"),   # a contact, no peer
    ("Горячая линия\n8-800-200-00-00\nпн–пт 9:00–18:00", "phone"),        # lines of its details
    ("Горячая линия, e-mail: hotline@minreg.ru", "phone"),
    ("Telegram-канал t.me/minreg_news, новости", "messenger"),
    ("Газета, региональные телеканалы", "other"),
    ("Платформа обратной связи и её виджеты", "feedback_platform"),
    ("ПОС — обращения, опросы, голосования", "feedback_platform"),
])
def test_one_channel_with_its_places_and_conditions_stays_sure(cell, code):
    m = match_channel(cell)
    assert (m.code, m.score >= REVIEW) == (code, True)


def test_a_procedure_item_naming_classes_of_channels_is_read_by_its_first():
    # a procedure's list item covers the classes it names; a touchpoint is one point
    item = "официальные страницы в социальных сетях, каналы в мессенджерах"
    as_item, as_point = match_channel(item, point=False), match_channel(item)
    assert (as_item.code, as_item.score >= REVIEW) == ("social_network", True)
    assert (as_point.code, as_point.score < REVIEW) == ("social_network", True)


def test_details_naming_different_channels_go_to_review():
    # the only heads are in details, and they disagree: a phone line's name, a broadcast
    m = match_channel("«Горячая линия» главы района (радиоэфир)")
    assert m.score < REVIEW
