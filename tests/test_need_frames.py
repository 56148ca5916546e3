"""Frames around a need that name none themselves (normalizers/need_frames.py), and the readings
a consultant's or a regulation's wording asked for (data/need_grammar.yaml, data/need_story.yaml).
Phrases composed for these tests from the taxonomy's definitions (docs/dataset.md, `needs`),
none taken from a phrase pool."""
import pytest

from normalizers import match_needs
from normalizers.needs import split_needs


def codes(text):
    return sorted(m.code for m in match_needs(text))


@pytest.mark.parametrize("text, want", [
    # the situation a job arises in is the client's story; the need is what he wants in it
    ("когда переезжаю в другой город, хочу записаться на приём к специалисту", ["other"]),
    # a condition before a dash: what the client does then is the need (a pre-trial appeal: other)
    ("если в выплате отказали — обжаловать решение", ["other"]),
    # a moment before the need, a preposition and a deed's noun with no verb, names none
    ("до записи на приём узнать, какие документы взять", ["information"]),
    ("после подачи заявления, отслеживать статус в личном кабинете", ["status"]),
])
def test_a_situation_or_moment_before_the_need_names_none(text, want):
    assert codes(text) == want


def test_the_condition_is_cut_at_its_dash():
    assert split_needs("если в выплате отказали — обжаловать решение") == ("если в выплате отказали", "обжаловать решение")


def test_a_question_by_when_is_no_situation():
    # «когда …?» asks when: the status of one's own case, kept
    assert codes("когда придёт ответ на моё заявление?") == ["status"]
    # a frame with nothing after it that names a need is all the cell says: kept
    assert codes("после подачи заявления") == ["submission"]


@pytest.mark.parametrize("text, want", [
    # a board's label before the colon frames the list: "этапы" asks no case's stage
    ("этапы для арендатора: информирование; подача заявки", ["information", "submission"]),
    ("этапы: информирование; подача заявления", ["information", "submission"]),
    # a topic before a colon is the thing done, and stays
    ("Бланк заявления: скачать", ["forms"]),
])
def test_a_frame_label_is_left_off_a_topic_kept(text, want):
    assert codes(text) == want


def test_done_by_the_agencys_own_forces_is_its_own_deed():
    # «действия самого ведомства»: other, whatever is done
    assert codes("внесение данных в реестр силами учреждения") == ["other"]
    # the client's own forces are no agency's
    assert codes("заполнение анкеты силами заявителя") != ["other"]


def test_a_participle_clause_qualifies_its_noun_and_names_no_need():
    # "регулирующих выдачу …" says which rules: the client receives information, no permit
    assert codes("получить сведения о правилах, регулирующих выдачу разрешений") == ["information"]


def test_an_object_named_before_an_impersonal_modal_is_the_verbs_object():
    assert split_needs("бланк заявления можно скачать на сайте") == ("бланк заявления можно скачать на сайте",)
    assert codes("бланк заявления можно скачать на сайте") == ["forms"]
    # a noun of action before it names a need of its own: cut as before
    assert len(split_needs("консультация специалиста можно записаться на приём")) == 2


def test_an_object_after_a_manner_group_is_the_verbs_object():
    # the notice is what is received "без личного визита": one need, no news of its own
    assert len(split_needs("получить без личного визита уведомление о постановке на учёт")) == 1
    assert codes("получить без очереди уведомление о регистрации") == ["status"]
    # a reflexive verb takes no object: a paragraph's next need stays apart
    assert len(split_needs("записаться на приём уведомление о записи")) == 2


def test_feedback_left_then_silence_awaits_its_answer():
    assert codes("оставила отзыв о работе регистратуры — тишина") == ["feedback_result"]
    # a paper filed, then silence, still asks where the case stands
    assert codes("подал заявление месяц назад — тишина") == ["status"]


def test_what_was_done_to_a_thing_is_no_question_on_ones_case():
    # «что её заделали»: the pronoun is an object, not «что с ней» asked of one's paper
    assert codes("сообщить о яме на дороге и получить ответ, что её заделали") == ["result", "submission"]
    assert codes("подала заявку, что с ней") == ["status"]


def test_interagency_exchange_is_the_agencys_own_work():
    assert codes("межведомственное электронное взаимодействие при оказании услуги") == ["other"]


def test_what_one_obtains_by_insisting_is_received():
    assert codes("добиться пересчёта платы за отопление") == ["result"]


def test_a_path_from_one_deed_to_another_names_both():
    assert codes("плавный переход от записи на приём к получению консультации") == ["consultation", "other"]
    # a deed before the path is the need, the path its topic
    assert len(split_needs("узнать сроки от подачи заявления к получению результата")) == 1


def test_help_of_an_adviser_is_advice():
    assert codes("нужна помощь юриста") == ["consultation"]
    # thanks for it is feedback, whoever helped
    assert codes("поблагодарить юриста за помощь") == ["feedback"]
    # help in money stays a benefit received
    assert codes("материальная помощь семьям") == ["result"]


def test_news_of_what_was_done_on_feedback_left_on_the_platform_answers_it():
    assert codes("сообщение о мерах, принятых по отзыву на ПОС") == ["feedback_result"]
    # a message left there is feedback
    assert codes("сообщение о нарушении через ПОС") == ["feedback"]
