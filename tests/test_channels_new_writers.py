"""Channels as writers who never saw the vocabulary name them (session 15): the MFC's mobile
office, an answer sent by some channel, a way written as a path.  Phrases written for these
tests from the taxonomy's definitions (docs/dataset.md, `channel`), none taken from a phrase pool."""
import pytest

from normalizers import match_channel


@pytest.mark.parametrize("text, want", [
    # the MFC's own mobile office is one of its remote offices; a body's mobile office visits
    ("Мобильный офис многофункционального центра в сельском поселении", "mfc"),
    ("Передвижной офис МФЦ", "mfc"),
    ("Мобильный офис министерства (выезд в районы)", "in_person"),
    # an answer is sent through some channel: that channel decides; alone, «письменный» does
    ("Письменный ответ на электронную почту заявителя", "email"),
    ("Письменный ответ по почте", "written_mail"),
    ("Письменный ответ", "written_mail"),
    # a way written as a path: where it ends
    ("Сайт министерства → раздел «Для граждан» → интернет-приёмная", "online_service"),
    ("Официальный сайт -> вкладка «Контакты» -> электронная почта", "email"),
    # a path naming one channel only stays that channel
    ("Сайт → раздел «Новости»", "website"),
])
def test_channel_by_what_names_it(text, want):
    assert match_channel(text).code == want
