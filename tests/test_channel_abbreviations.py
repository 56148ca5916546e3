"""Channel words as real lists abbreviate them, and places of service named by their owner (data/channel_heads.yaml; a letter parsed as an
interjection stays in its noun group, normalizers/channel_noun_groups.py `_STOP_POS`)."""
import pytest

from normalizers import match_channel
from normalizers.matcher import REVIEW


@pytest.mark.parametrize("cell, code", [
    ("Э/почта министерства", "email"),
    ("Тлф. отдела", "phone"),
    ("Гос. услуги", "gosuslugi"),
])
def test_an_abbreviated_channel_word_is_read_surely(cell, code):
    m = match_channel(cell)
    assert (m.code, m.score >= REVIEW) == (code, True)


def test_face_to_face_alone_is_in_person_for_review():
    # «очно», as «лично»: in person, unless a place is named
    m = match_channel("Очно")
    assert (m.code, m.score < REVIEW) == ("in_person", True)
    assert match_channel("Очно в приёмной министерства").code == "personal_reception"


@pytest.mark.parametrize("cell, code", [
    ("Окна приёма документов многофункционального центра", "mfc"),   # the window's owner is the MFC
    ("Окно приёма граждан в департаменте", "personal_reception"),
    ("Регистратура учреждения", "personal_reception"),             # a front desk
])
def test_a_place_of_service_by_its_owner(cell, code):
    m = match_channel(cell)
    assert (m.code, m.score >= REVIEW) == (code, True)


def test_a_department_alone_is_internal_office_for_review():
    m = match_channel("Планово-экономический отдел")
    assert (m.code, m.score < REVIEW) == ("internal_office", True)
    assert match_channel("Отдел контроля, телефон 8 (8342) 11-22-33").code == "phone"


@pytest.mark.parametrize("cell, code", [
    ("Теле-фон приёмной", "phone"),                  # a head broken by a hyphen, both halves words
    ("Видеоконфе-ренцсвязь", "video_conference"),
    ("Telegram-бот министерства", "chatbot"),         # a bot on a messenger
    ("Телеграм-чат родителей", "messenger"),
])
def test_hyphen_broken_heads_and_bots_on_a_messenger(cell, code):
    m = match_channel(cell)
    assert (m.code, m.score >= REVIEW) == (code, True)


@pytest.mark.parametrize("cell, code", [
    ("Центр поддержки экспорта «Мой бизнес»", "mfc"),     # the quoted name is the centre's own
    ("Портал «Госуслуги» (www.gosuslugi.ru)", "gosuslugi"),
    ("Сайт «Госуслуги Заречья» министерства", "website"),  # a site stays a site: its name refines nothing
])
def test_a_quoted_name_right_after_a_noun_is_its_own(cell, code):
    m = match_channel(cell)
    assert (m.code, m.score >= REVIEW) == (code, True)


def test_a_desk_of_information_is_an_information_stand():
    m = match_channel("Стойка информации в холле")
    assert (m.code, m.score >= REVIEW) == ("info_stand", True)


@pytest.mark.parametrize("cell", ["Через портал ГУ", "Жалоба на портале досудебного обжалования"])
def test_the_federal_portal_by_other_names(cell):
    m = match_channel(cell)
    assert (m.code, m.score >= REVIEW) == ("gosuslugi", True)
