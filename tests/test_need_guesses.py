"""Readings that are guesses go to review, and a few readings mended (session 13: the needs of
writers who never saw the vocabulary; normalizers/need_doubt.py, data/need_grammar.yaml).
Expectations are written from the taxonomy's definitions (docs/dataset.md) and the grammar's."""
from __future__ import annotations

from normalizers import match_needs
from normalizers.matcher import REVIEW
from normalizers.need_doubt import at_a_loss, open_topic
from normalizers.phrase import words


def reviewed(text):
    return [(m.code, m.score < REVIEW) for m in match_needs(text)]


def test_a_negated_verb_of_knowing_governs_no_question():
    ws = [w for w in words("не знаю как подать") if not w.is_punct]
    assert at_a_loss(ws, 1, frozenset({"не"})) and not at_a_loss(ws, 0, frozenset({"не"}))
    # the client at a loss asks his own question: what is wanted hangs on its wording (review)
    assert all(r for _, r in reviewed("Не знаю как подать на выплату участникам СВО"))
    assert all(r for _, r in reviewed("Не могу найти бланк на сайте и не знаю куда его потом нести"))
    # asked to be told, the same question is the client's need of information, sure
    assert reviewed("Хочу узнать, как подать на выплату") == [("information", False)]
    # a negation of something else before the asking verb: asked to be told, sure
    assert reviewed("Если заявление не рассмотрено — выяснить, куда обратиться") == [("information", False)]
    assert at_a_loss([w for w in words("не могу понять куда")], 2, frozenset({"не"}))
    # a polite «не» before a verb of advice is no loss ("Не подскажете …" stays a request for advice)
    assert reviewed("Не подскажете порядок подачи заявления") == [("information", False)]


def test_the_answer_to_a_complaint_is_a_guess_unless_the_complaint_is_named():
    topics = {"result": (frozenset({"жалоба"}), frozenset({"досудебный"}), frozenset({"result"}))}
    assert open_topic("result", "result", "получить ответ на жалобу", topics)
    assert not open_topic("status", "result", "получить ответ на жалобу", topics)
    assert not open_topic("result", "result", "получить ответ на жалобу в досудебном порядке", topics)
    # a paper received is no answer to the complaint
    assert not open_topic("result", "certificate", "получить справку об отсутствии жалоб", topics)
    # feedback's result (a complaint of the service) or an appeal's (of a decision)? review
    assert reviewed("Получение ответа на жалобу") == [("result", True)]
    assert reviewed("получение результатов рассмотрения жалоб") == [("result", True)]
    # an answer to an application is its result, sure
    assert reviewed("Получение ответа на обращение") == [("result", False)]
    # an appeal named: its answer is the appeal's result, sure
    assert ("result", False) in reviewed("Подать жалобу в досудебном порядке и узнать о результатах её рассмотрения")
    # a complaint of the quality of service: feedback's result, as before
    assert [c for c, _ in reviewed("Получить ответ на жалобу о качестве обслуживания")] == ["feedback_result"]


def test_a_paper_received_beside_a_complaint_is_no_answer_to_it():
    # the certificate is the client's paper, whatever the complaint beside it: sure
    assert reviewed("Подать жалобу и получить справку о доходах") == [("submission", False), ("result", False)]
    assert reviewed("Получение справки об отсутствии жалоб") == [("result", False)]
    # the decision on the complaint stays open (feedback's answer or an appeal's?)
    assert reviewed("Получение решения по жалобе") == [("result", True)]


def test_a_thing_nobody_read_listed_before_the_object_goes_to_review():
    # the car is named first, only the papers were read: a need may hang on the car
    assert reviewed("Предоставить автомобиль и документы для осмотра") == [("submission", True)]
    # both things known: nothing named first unread
    assert reviewed("Предоставить паспорт и документы") == [("submission", False)]
    # an adjective before the object is no thing of its own
    assert reviewed("Предоставить подписанные документы") == [("submission", False)]


def test_a_deed_done_along_with_the_agencys_work_is_a_need_of_its_own():
    # the agency fulfils requests (its own work) and sends the answer to the applicant: a result
    assert [c for c, _ in reviewed("Исполнение запросов социально-правового характера с направлением ответа заявителю")] \
        == ["result"]
    # «с» + a noun that names no action is a manner
    assert [c for c, _ in reviewed("Подача заявления в электронной форме с использованием ЕПГУ")] == ["submission"]
    # a deed naming no client is the agency's own way of working, no need of the client's
    assert [c for c, _ in reviewed("Рассмотрение заявок с получением заключений экспертов")] == ["other"]
    assert [c for c, _ in reviewed("Рассмотрение заявления с оценкой документов")] == ["other"]
    # help with a task stays advice (the task is no deed of the agency's)
    assert [c for c, _ in reviewed("Помощь с заполнением заявления")] == ["consultation"]


def test_a_copy_is_what_it_reproduces():
    # a copy of a regulation is its text (information); of an order, the decision (result)
    assert reviewed("Получение копии лесохозяйственного регламента лесничества") == [("information", False)]
    assert reviewed("Получение копии приказа") == [("result", False)]
    # of a thing no vocabulary names, a paper received
    assert reviewed("Получение копии трудовой книжки") == [("result", False)]
    # of what the client filed, a paper handed back to him (received, sure)
    assert reviewed("Получение копии заявления") == [("result", False)]
    assert reviewed("Получить копию обращения") == [("result", False)]


def test_a_complaint_of_conduct_left_is_feedback_filed_it_is_a_submission():
    # left (not filed as a paper): how one was served, feedback — writers code it either way: review
    assert reviewed("жалоба на хамство в регистратуре — хочу оставить") == [("feedback", True)]
    assert reviewed("Оставить жалобу на грубость водителя") == [("feedback", True)]
    # filed as a paper, a complaint is a submission (docs/ARCHITECTURE.md: `complain`)
    assert [c for c, _ in reviewed("Подать жалобу на грубость водителя")] == ["submission"]


def test_information_on_results_is_only_the_likelier_result():
    # of one's own case or of an event the agency held ("о результатах конкурса")? review
    assert reviewed("Получение информации о результатах конкурса") == [("result", True)]
    # of a decision: that decision, sure
    assert reviewed("Информирование о принятом решении") == [("result", False)]


def test_a_verb_nobody_read_before_an_actions_infinitive_only_brings_it():
    # "приезжайте" only brings the looking, which the client bids the agency do: his roof is
    # shown for inspection (a thing no vocabulary names: the likelier reading, in review)
    assert reviewed("приезжайте посмотреть крышу") == [("inspection_objects", True)]
    # the infinitive is the action: receiving a certificate — a guess, as any unread verb, which
    # may turn the need round: to stop receiving notices is no need of receiving them
    assert reviewed("зайти забрать справку") == [("result", True)]
    assert all(r for _, r in reviewed("Прекратить получать уведомления"))


def test_a_cut_that_starts_a_two_word_term_with_the_word_after_it():
    from normalizers.need_grammar import grammar
    speller = grammar().speller
    # «обр.» alone fits обращение, обратный, образец; before «связи» only «обратная связь» fits
    assert speller.dotted_pair("обр", "связи") == "обратный"
    assert speller.dotted_pair("обр", "министерство") is None
    # a word of the vocabulary before a dot ends there, a cut of nothing («адрес. помощь», «материал. помощь»)
    assert speller.dotted_pair("адрес", "помощь") is None and speller.dotted_pair("материал", "помощи") is None
    assert [w.lemma for w in words("уточнить адрес. помощь", speller)] == ["уточнить", "адрес", "помощь"]
    got = {w.text: w for w in words("рез-т рассмотр. обр. связи", speller)}
    assert got["обр"].lemma == "обратный" and got["обр"].fuzzy       # a guess, as any cut
    # the result of considering feedback is feedback's result (a cut word read: in review)
    assert reviewed("рез-т рассмотр. обр. связи") == [("feedback_result", True)]


def test_measures_taken_after_feedbacks_answer_are_that_answer():
    # the measures taken on that feedback: its result, one need
    assert reviewed("Информирование о результатах рассмотрения обратной связи и принятых мерах") == \
        [("feedback_result", False)]
    # after a case's own answer, measures taken are the case's result
    assert [c for c, _ in reviewed("Получение решения по заявлению и информации о принятых мерах")] == ["result"]


def test_an_assessment_considered_is_feedback_and_its_result_feedbacks_answer():
    assert [c for c, _ in reviewed("Получение информации о результатах рассмотрения оценки")] == ["feedback_result"]
    # an assessment alone may be the agency's own (of conformity): no feedback
    assert "feedback_result" not in [c for c, _ in reviewed("Получение информации о результатах оценки соответствия")]


def test_where_to_do_what_no_vocabulary_names_asks_to_be_told():
    # "звонить" is no action of the vocabulary: where to call is information, a guess (review)
    assert reviewed("куда звонить") == [("information", True)]
    # a verb of the vocabulary keeps its own need
    assert [c for c, _ in reviewed("куда обратиться")] == ["submission"]


def test_a_phrase_of_one_cut_word_keeps_its_dot():
    from normalizers.needs import split_needs
    # «обжал» is a word of the dictionary's own (обжать), yet before its dot, alone, a clerk's cut
    assert split_needs("обжал./ответ по жалобе") == ("обжал.", "ответ по жалобе")
    assert [c for c, _ in reviewed("обжал./ответ по жалобе")] == ["other", "result"]
    # a whole word ends its sentence: no dot kept
    assert split_needs("консультирование.") == ("консультирование",)
    assert split_needs("справка; выписка.") == ("справка", "выписка")
    assert split_needs("Получение справки. Оценка качества.") == ("Получение справки", "Оценка качества")


def test_news_of_an_entry_in_a_register_is_only_the_likelier_result():
    # the decision to enter one in the register (a result), or news of it? review
    assert reviewed("Получение сведений о включении в реестр инвестпроектов") == [("result", True)]
    # the procedure in general stays information, sure
    assert reviewed("Получение сведений о порядке включения в реестр") == [("information", False)]


def test_a_notice_of_delivery_with_a_filing_is_its_manner():
    assert [c for c, _ in reviewed("Подача заявления с уведомлением о вручении")] == ["submission"]
    # along with the agency's own work, a deed of its own: the applicant told the results
    assert [c for c, _ in reviewed("Рассмотрение обращения с информированием заявителя о результатах")] == ["result"]
