"""The other senses of the words chan19's meaning classes read (review rev18a): «под» of a purpose, a comment
that is a remark, a «пост» that is a place, a thing brought by the one who comes, and a manner word that
qualifies a noun after the head rather than the head.  Phrases written for these tests from ordinary
regional wording (CONTRACT §4.1), none taken from a phrase pool."""
import pytest

from normalizers import match_channel
from normalizers.matcher import REVIEW


@pytest.mark.parametrize("text", [
    # «под» with the accusative is a purpose («on the record»), no place beneath a published thing
    "консультация под запись",
    "беседа с заявителем под запись",
])
def test_under_a_purpose_is_no_feed(text):
    assert match_channel(text).code != "social_network"


def test_under_a_thing_in_the_instrumental_is_still_a_feed():
    m = match_channel("вопрос под записью в ленте")
    assert (m.code, m.score < REVIEW) == ("social_network", True)


@pytest.mark.parametrize("text", [
    # a comment that is not the place one writes in is a remark on a paper, no feed
    "комментарии к проекту постановления",
    "предоставление комментариев к документам",
])
def test_a_comment_that_is_a_remark_is_no_feed(text):
    assert match_channel(text).code != "social_network"


def test_comments_as_the_place_are_a_feed():
    m = match_channel("ответ специалиста в комментариях")
    assert (m.code, m.score < REVIEW) == ("social_network", True)


@pytest.mark.parametrize("text", ["пост ГИБДД", "таможенный пост", "пожарный пост", "стационарный пост наблюдения"])
def test_a_post_that_is_a_place_is_no_feed(text):
    assert match_channel(text).code != "social_network"


@pytest.mark.parametrize("text", [
    # the papers are what is brought (the verb's object, a form the nominative shares), not what comes
    "социальный работник приносит документы на дом",
    "специалист приходит на дом и приносит документы",
])
def test_a_worker_bringing_papers_home_visits(text):
    assert match_channel(text).code == "in_person"


@pytest.mark.parametrize("text", [
    # «удалённый», «дистанционный», «онлайн» qualifying a noun after the head, not the meeting or the check
    "собрание граждан удалённых населённых пунктов",
    "проверка удалённых объектов",
    "осмотр удалённого объекта",
    "приём онлайн-заявок",
])
def test_a_manner_word_of_another_noun_is_no_video(text):
    assert match_channel(text).code != "video_conference"


def test_an_online_cash_register_checked_is_no_service():
    assert match_channel("проверка онлайн-касс").code != "online_service"


def test_an_adverb_at_the_groups_end_still_qualifies_the_deed():
    m = match_channel("проверка штрафов онлайн")
    assert (m.code, m.score < REVIEW) == ("online_service", True)


@pytest.mark.parametrize("text, want", [
    # a word cut short right before the noun it qualifies is the one adjective it begins (личный, not лично)
    ("лич. кабинет заявителя", "личный кабинет заявителя"),
    # … and before a preposition it qualifies nothing: of two words it begins none is guessed
    ("лич. в кабинете", "лич. в кабинете"),
])
def test_a_cut_word_is_the_adjective_only_before_what_it_qualifies(text, want):
    from normalizers.channel_vocab import heads
    from normalizers.channel_words import untruncate
    h = heads()
    assert untruncate(text, h.vocab, h.speller.forms) == want


def test_an_email_address_beside_the_posts_papers_is_still_email():
    # the post's own papers keep «почта»'s file words from deciding, not an e-mail address it names
    assert match_channel("почта info@region.example.ru, заказные письма принимаются по адресу").code == "email"
    assert match_channel("почтой с описью вложения").code == "written_mail"


@pytest.mark.parametrize("text, want", [
    # only the frame's own noun is set in it: a noun after the act («проверки САЙТ»), or its object in the
    # genitive («проверки САЙТА»), is the channel the finding is about
    ("в ходе проверки сайт учреждения не работал", "website"),
    ("в ходе проверки сайта выявлено отсутствие графика", "website"),
])
def test_a_head_after_the_frames_act_is_no_setting(text, want):
    assert match_channel(text).code == want


@pytest.mark.parametrize("text", ["в ходе личного приёма сотрудник отдела разъясняет порядок",
                                  "в ходе личного приёма специалист отдела консультирует"])
def test_a_sure_head_in_a_setting_outweighs_a_weak_one(text):
    # a setting yields to a definite head named, not to a generic one («сотрудник отдела»: the office's, weak)
    m = match_channel(text)
    assert (m.code, m.score >= REVIEW) == ("personal_reception", True)


@pytest.mark.parametrize("text", ["применение онлайн-касс", "оплата в кассе банка"])
def test_a_cash_register_or_a_banks_desk_is_no_reception(text):
    # a body's cash desk is where its visitors are served; an online cash register is a machine, a bank's desk
    # another's place
    assert match_channel(text).code != "personal_reception"
