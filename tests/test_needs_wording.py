"""Needs and channels on wording the vocabulary does not list word for word (issue 17):
verbs in either aspect and any form, verbs nobody read, and how sure each reading is.
Expectations come from the taxonomy's definitions (docs/dataset.md, `needs`, `channel`)."""
import pytest

from normalizers import match_channel, match_needs
from normalizers.matcher import REVIEW


def coded(text):
    return [(m.code, m.score >= REVIEW) for m in match_needs(text)]


@pytest.mark.parametrize("text, code", [
    # the imperfective reads like its perfective: submitting, ordering, receiving
    ("Подаёт заявление на субсидию", "submission"),
    ("Заказывает справку о доходах", "submission"),
    ("Получает готовую справку", "result"),
    ("Скачивает бланк заявления", "forms"),
    ("Направляем обращение в министерство", "submission"),
    ("Оценивает качество обслуживания", "feedback"),
    ("Записывается на приём", "other"),
    ("Выдаём разрешение", "result"),
])
def test_verbs_of_either_aspect(text, code):
    assert coded(text) == [(code, True)]


def test_an_unread_leading_verb_sends_its_object_to_review():
    # "показать" is in no list: the object alone says inspection, but the verb might not
    [m] = match_needs("Показать помещение инспектору")
    assert m.code == "inspection_objects" and m.score < REVIEW
    # with a verb the vocabulary knows, the same object is sure
    assert coded("Предоставить помещение для осмотра") == [("inspection_objects", True)]


def test_embeddings_alone_never_decide_without_review():
    for m in match_needs("Опротестовать постановление инспекции"):
        assert "similar" in m.method and m.score < REVIEW


@pytest.mark.parametrize("text, code", [
    ("Электронное письмо на адрес министерства", "email"),   # a letter sent electronically is e-mail
    ("Письмо с уведомлением о вручении", "written_mail"),
    ("Видео-звонок со специалистом", "video_conference"),
    ("Видеосовещание с руководителями учреждений", "video_conference"),
    ("Звонок в приёмную", "phone"),
])
def test_channel_word_families(text, code):
    m = match_channel(text)
    assert (m.code, m.score >= REVIEW) == (code, True)
