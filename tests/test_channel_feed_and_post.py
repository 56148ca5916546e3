"""Channels named by what the client does in a network's feed, and the post's own papers (session 19).
Phrases written for these tests from the taxonomy's definitions (CONTRACT §4.1: social_network —
сообщества/госпаблики в социальных сетях; written_mail — письменное взаимодействие на бумаге, почтовая
связь; email — электронная почта), none taken from a phrase pool."""
import pytest

from normalizers import match_channel
from normalizers.matcher import REVIEW


@pytest.mark.parametrize("text", [
    # a comment left under a thing a feed publishes, no channel named: a network's, a guess
    "оставила отзыв под новостью",
    "жители пишут под постами ведомства",
    "вопрос под публикацией о приёме заявок",
    "коммент под видео",
    # what only a feed holds, where nothing else is read
    "ответ специалиста в комментариях к посту",
    "лайки и репосты",
])
def test_a_feed_named_by_the_clients_deed_is_a_networks_below_review(text):
    m = match_channel(text)
    assert (m.code, m.score < REVIEW) == ("social_network", True)


@pytest.mark.parametrize("text, want", [
    # the channel named with it decides: the feed's words never outvote it
    ("отзыв под новостью на официальном сайте управления", "website"),
    ("комментарий к статье на портале администрации района", "website"),
    ("пост в канале ведомства в мессенджере Telegram", "messenger"),
    ("вопрос в комментариях под публикацией в группе «Одноклассники»", "social_network"),
    ("ответ в комментариях, затем звонок по телефону горячей линии", "phone"),
])
def test_a_channel_named_beside_the_feeds_words_decides(text, want):
    assert match_channel(text).code == want


@pytest.mark.parametrize("text", [
    # a publication in print, a guard's post: no feed
    "публикация в районной газете",
    "пост охраны на входе в здание",
])
def test_no_feed_where_none_is_named(text):
    assert match_channel(text).code != "social_network"


@pytest.mark.parametrize("text", [
    # a paper the post alone carries: its enclosure («вложение») is no file sent by e-mail
    "документы направляются почтой с описью вложения",
    "ценное почтовое отправление с описью вложения",
    "по почте заказным письмом",
    "почтой с уведомлением о вручении",
    # the post's own items
    "бандероль в адрес учреждения",
    "посылка с документами",
    "конверт с заявлением",
])
def test_the_posts_papers_are_written_mail(text):
    m = match_channel(text)
    assert (m.code, m.score >= REVIEW) == ("written_mail", True)


@pytest.mark.parametrize("text", [
    # a file sent by mail still goes by e-mail; a box at an e-mail address is e-mail
    "скан заявления по почте",
    "почта, вложение — фото документа",
    "ящик obrasch@minzdrav.example.ru",
    "пишет на ящик priem@region.example.ru",
])
def test_a_file_or_an_email_address_is_email(text):
    assert match_channel(text).code == "email"


@pytest.mark.parametrize("text, want", [
    # a name quoted right after «в»/«на» is the place itself, as one after «по»/«через» is the means
    ("афиши мероприятий в группе библиотеки в «Одноклассниках»", "social_network"),
    ("памятка для опекунов на «Госуслугах»", "gosuslugi"),
])
def test_a_quoted_place_after_its_preposition_is_the_place(text, want):
    m = match_channel(text)
    assert (m.code, m.score >= REVIEW) == (want, True)


def test_a_bot_named_by_its_quoted_name_in_a_messenger_is_the_bot():
    # a messenger named as the place hosts the bot the phrase names (CONTRACT: chatbot — чат-бот)
    assert match_channel("«Соцзащита-бот» в мессенджере Telegram").code == "chatbot"
    assert match_channel("канал «Новости района» в мессенджере Telegram").code == "messenger"
