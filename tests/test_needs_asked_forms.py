"""Needs asked in other word orders and forms than the rules' own examples (review of the
needs8 change): a polite negated question, a question after a verb of asking, «когда» about an
event of the agency's.  Phrases written for these tests from the taxonomy's definitions
(docs/dataset.md, `needs`), none taken from a phrase pool."""
import pytest

from normalizers import match_needs


def codes(text):
    return [m.code for m in match_needs(text)]


@pytest.mark.parametrize("text, want", [
    # a polite request is asked negated, «не» + the verb: the verb is read as without it
    ("Не порекомендуете юриста по вопросам наследства?", ["consultation"]),
    ("Не посоветуете, к кому обратиться по поводу опеки?", ["consultation"]),
    ("Не могли бы вы выдать справку о составе семьи", ["result"]),
    ("Не подскажете правила приёма в спортивную школу?", ["information"]),
])
def test_a_negated_polite_question_reads_its_verb(text, want):
    assert codes(text) == want


def test_a_negated_polite_question_reads_as_the_plain_one():
    for plain in ("Подскажете, где находится приёмная?", "Подскажете, как записаться на приём?"):
        assert codes("Не " + plain[0].lower() + plain[1:]) == codes(plain)


@pytest.mark.parametrize("text, want", [
    # the question after a verb of asking and its comma reads as the question alone
    ("Узнать, что предприняли по моему заявлению о протечке", ["result"]),
    ("Подскажите, что уже сделано по моей жалобе", ["result"]),
    ("Узнать, когда поступит ответ на мой запрос", ["status"]),
    ("Подскажите, когда придёт решение по заявке", ["status"]),
])
def test_a_question_after_a_verb_of_asking(text, want):
    assert codes(text) == want


@pytest.mark.parametrize("text", [
    # «когда» + a perfective future about an event no vocabulary names: a fact, information
    "Когда состоится собрание собственников?",
    "Когда будет объявлен конкурс на замещение должности?",
    "Когда пройдёт ярмарка вакансий?",
])
def test_when_an_event_comes_is_information(text):
    assert codes(text) == ["information"]


def test_polite_words_come_out_and_nothing_else():
    from normalizers.needs import _polite
    # a long run of spaces with no word of politeness in it (the old ",?\s*" lead: ~30 s;
    # the time is shown by benchmarks/bench_hostile_inputs.py)
    assert _polite().sub(" ", " " * 20_000 + "бланк").strip() == "бланк"
    # what it takes out is the same as before: the word and the commas setting it off
    assert _polite().sub(" ", "Дайте , пожалуйста , бланк") == "Дайте бланк"
    assert _polite().sub(" ", "Выдайте, будьте   любезны, перечень") == "Выдайте перечень"


@pytest.mark.parametrize("text, want", [
    # help of a kind that is no advice, or of no kind named and with no task: a benefit, never
    # a sure consultation
    ("Получение единовременной помощи", "result"),
    ("Оказание медицинской помощи", "result"),
    ("Получение натуральной помощи", "result"),
    ("Помощь малоимущим семьям", "result"),
    ("Оказание помощи на ремонт жилья", "result"),
])
def test_help_of_no_advice_is_no_consultation(text, want):
    assert codes(text) == [want]


@pytest.mark.parametrize("text", [
    # help with a task — "с"/"в" + a noun of action — is advice on it
    "Помощь с заполнением заявления на пособие",
    "Помощь в оформлении документов на субсидию",
    "Получение помощи в составлении жалобы",
    # a kind of advice named by its adjective
    "Получение бесплатной юридической помощи",
])
def test_help_with_a_task_is_advice(text):
    assert codes(text) == ["consultation"]


@pytest.mark.parametrize("text, want", [
    # a first noun that is both an action and a known object («консультация», «запись») heads a
    # subject of its own as a plain object does ("Заявка на ремонт и информация о ходе …")
    ("Консультация по вопросам опеки и справка о составе семьи", ["consultation", "result"]),
    ("Консультация специалиста и бланк заявления", ["consultation", "forms"]),
    ("Запись на приём к специалисту и справка о доходах", ["other", "result"]),
    # coordinated inside the group it stays one need
    ("Консультация по вопросам субсидий и льгот", ["consultation"]),
])
def test_a_noun_of_action_first_heads_a_subject_of_its_own(text, want):
    assert codes(text) == want


@pytest.mark.parametrize("text, want", [
    # the imperfective of an advice verb whose perfective has a prefix («по-»): the same class
    ("Рекомендуйте, к кому обратиться по поводу опеки", ["consultation"]),
    ("Советуют, с чего начать оформление", ["consultation"]),
    # advice to do something is doing it, as help to do it is ("помогите оплатить")
    ("Рекомендуем подать заявление через портал", ["submission"]),
    ("Посоветуйте получить выписку заранее", ["result"]),
])
def test_advice_verbs_of_either_aspect_and_with_an_infinitive(text, want):
    assert codes(text) == want


@pytest.mark.parametrize("text", [
    # «кто» asks whom to address in its oblique cases, as «куда» asks where (`how_to`)
    "Узнать, к кому обратиться за консультацией по опеке",
    "Выяснить, кому подать жалобу на управляющую компанию",
])
def test_whom_to_address_asked_in_any_case_is_information(text):
    assert codes(text) == ["information"]
    assert codes(text) == codes(text.replace("к кому", "куда").replace("кому", "куда"))


def test_every_word_of_a_phrase_object_is_written_as_its_lemma():
    # phrases are matched on each word's likeliest lemma (need_objects.lemma_combos): an entry
    # with a word in another form ("представление об устранение": «об» reads «о») never matches
    from normalizers.need_grammar import grammar
    from normalizers.phrase import words
    g = grammar()
    assert [(k, x) for k in g.objects if len(k) > 1 for x in k if words(x)[0].lemma != x] == []


@pytest.mark.parametrize("text, want", [
    # a control measure sent by the agency is its own action (other), one received a result
    ("Направление представления об устранении нарушений", ["other"]),
    ("Получение представления об устранении нарушений", ["result"]),
])
def test_a_representation_to_remedy_is_a_control_measure(text, want):
    assert codes(text) == want


@pytest.mark.parametrize("text, want", [
    # a paper asking for advice, with any noun of action before the advice, or the advice named
    # by a phrase ("консультационная помощь"): asking for advice
    ("Заявка на оказание консультации по налогам", ["consultation"]),
    ("Заявление о проведении консультации юриста", ["consultation"]),
    ("Обращение за получением консультации", ["consultation"]),
    ("Заявка на предоставление консультационной помощи", ["consultation"]),
    # a paper asking for anything else is filed
    ("Заявка на получение субсидии", ["submission"]),
])
def test_a_paper_asking_for_advice_in_other_words(text, want):
    assert codes(text) == want
