"""Needs as writers who never saw the vocabulary word them (session 15, pools11's tune half
opened): advice asked on what there is, news of a case's step with the thing applied for
deep in its chain, a channel's name standing alone in a needs cell.  Phrases written for these
tests from the taxonomy's definitions (docs/dataset.md, `needs`), none taken from a phrase pool."""
import pytest

from normalizers import match_needs


def codes(text):
    return [m.code for m in match_needs(text)]


@pytest.mark.parametrize("text", [
    # a question of what there is after a verb of advice names what is to be told, as a direct
    # object does («подскажите порядок»): information, not advice
    "Подскажите, какие есть льготы для многодетных семей",
    "Порекомендуйте, какие есть курсы для безработных",
    "Подскажите мне, сколько стоит госпошлина за лицензию",
])
def test_advice_asked_on_what_there_is_is_information(text):
    assert codes(text) == ["information"]


@pytest.mark.parametrize("text", [
    # which thing to do, an infinitive after the question, is advice still; so is how to do it
    "Посоветуйте, какую программу выбрать",
    "Подскажите, как оформить пособие",
])
def test_advice_on_what_to_do_stays_advice(text):
    assert codes(text) == ["consultation"]


def test_news_of_a_step_of_ones_case_is_its_status_whatever_is_applied_for():
    # «о поступлении заявления на компенсацию»: the compensation is what the case is for, no
    # object of the notice
    assert codes("Уведомление о поступлении заявления на компенсацию в работу") == ["status"]
    # an answer received is the answer, whatever its request was about
    assert codes("Получение ответа на запрос о регистрации права собственности") == ["result"]


@pytest.mark.parametrize("text", [
    # a channel's name alone in a needs cell: the need read inside the name is a guess
    "Многофункциональный центр предоставления государственных и муниципальных услуг",
    "Многофункциональный центр «Мои документы»",
    "Региональный портал государственных и муниципальных услуг",
])
def test_a_channels_name_alone_is_no_sure_need(text):
    assert all(m.needs_review for m in match_needs(text))


@pytest.mark.parametrize("text, want", [
    # a need led by its own word stays sure, whatever channel it names
    ("Выездное обследование хозяйства (осмотр скота, техники)", ["inspection_objects"]),
    ("Обратная связь о работе приёмной", ["feedback"]),
    ("Подача заявления через портал госуслуг", ["submission"]),
])
def test_a_need_named_with_its_channel_stays_sure(text, want):
    ms = match_needs(text)
    assert [m.code for m in ms] == want and not any(m.needs_review for m in ms)
