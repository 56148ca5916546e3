"""Needs in cells that list several things, written in ways the vocabulary does not
list (issue 17): questions in a row, topics repeated after a comma, items a noun of
action does not govern, a noun nobody reads heading a known object, and Latin letters
typed into Russian words.  Expectations come from the taxonomy's definitions
(docs/dataset.md, `needs`)."""
from normalizers import match_needs
from normalizers.matcher import REVIEW
from normalizers.needs import split_needs


def coded(text):
    return [(m.code, m.score >= REVIEW) for m in match_needs(text)]


def test_latin_lookalike_letters_read_as_cyrillic():
    # "c" and "a" below are Latin letters
    assert coded("Проверить cтатус обращения") == [("status", True)]
    assert coded("Скачать бланк зaявления") == [("forms", True)]


def test_a_question_mark_ends_a_need():
    assert split_needs("Где моя справка? Когда её можно забрать?") == ("Где моя справка", "Когда её можно забрать?")
    assert [c for c, _ in coded("Где моя справка? Когда её можно забрать?")] == ["status", "result"]


def test_a_topic_repeated_after_a_comma_is_a_second_need():
    # "о ходе …, о принятом решении": the same action told of two things
    assert coded("Информирование о ходе рассмотрения заявления, о принятом решении") == \
        [("status", True), ("result", True)]


def test_an_item_a_noun_of_action_does_not_govern_is_a_need_of_its_own():
    # "заявление" cannot be the genitive "получение" governs: a second item, not a second thing received
    assert [c for c, _ in coded("Получение лицензии и заявление о её переоформлении")] == ["result", "submission"]
    # both in the genitive: one action, two things received
    assert coded("Получение справки и выписки из реестра") == [("result", True)]


def test_an_unread_noun_heading_a_known_object_goes_to_review():
    # what "аренда" does to the premises is nothing the vocabulary reads
    [m] = match_needs("Аренда нежилого помещения")
    assert m.score < REVIEW
    # an object that leads its phrase is read as before
    assert coded("Бланки заявлений") == [("forms", True)]


def test_asked_to_be_told_how_is_information():
    assert coded("Расскажите, как оформить пропуск") == [("information", True)]


def test_handed_over_for_an_examination_is_inspected():
    assert coded("Представить маломерное судно для обследования") == [("inspection_objects", True)]


def test_a_verb_of_telling_with_the_client_as_its_object_informs_the_client():
    # the agency tells the applicant of a step of his case: its stage, not a paper he files
    assert coded("Уведомляем заявителя о регистрации заявления") == [("status", True)]
    # the client telling the agency files something — what, no paper says: reviewed (`doubted_defaults`)
    assert coded("Уведомить министерство о смене адреса") == [("submission", False)]


def test_the_agency_inspecting_a_named_site_is_a_site_presented():
    assert coded("Проведение выездной проверки склада") == [("inspection_objects", True)]
    # no site named: the agency's own work
    assert [c for c, _ in coded("Проведение проверки министерством")] == ["other"]


def test_measures_taken_after_feedback_given_by_a_verb_are_its_result():
    # across phrases of a cell, and after «а также», as within one phrase
    for cell in ("Оценить работу инспектора; узнать о принятых мерах",
                 "Оценить работу инспектора, а также узнать о принятых мерах"):
        assert [c for c, _ in coded(cell)] == ["feedback", "feedback_result"]
    # after a paper filed, the measures are the answer to it
    assert [c for c, _ in coded("Подать заявление; узнать о принятых мерах")] == ["submission", "result"]


def test_access_to_a_site_is_given_for_its_inspection():
    assert coded("Обеспечить доступ инспектора в помещение") == [("inspection_objects", True)]
    # access to a service is what the client receives
    assert coded("Предоставление доступа к личному кабинету") == [("result", True)]


def test_what_is_with_ones_own_paper_asks_its_stage():
    assert coded("Что с моим заявлением на субсидию?") == [("status", False)]  # a question goes to review (need_doubt `question`)


def test_an_answer_on_what_went_through_the_feedback_platform_answers_feedback():
    assert coded("Узнать решение по обращению, поданному через ПОС") == [("feedback_result", True)]
    # information found on the platform is still information
    assert coded("Получение информации на ПОС") == [("information", True)]


def test_a_clause_only_likely_of_a_code_given_before_doubts_it():
    # the explanation may be a consultation: the result it merges with goes to review
    [m] = match_needs("Получить выписку и разъяснение по начислениям")
    assert m.code == "result" and m.score < REVIEW
    # the definition's own list of results stays sure, with words after it too
    assert coded("Получение результата, ответа, разъяснения") == [("result", True)]
    assert coded("Получение результата, ответа, разъяснения внешним клиентом") == [("result", True)]


def test_a_need_named_by_its_object_is_cut_from_the_next_action():
    # «запрос» leads as an object, not as an action: «и получение …» is still a need of its own
    assert [c for c, _ in coded("Запрос архивной справки и получение ответа")] == ["submission", "result"]


def test_what_is_needed_asks_to_learn():
    # asking what is needed names the need by its own word: sure, though a question (need_doubt `question`)
    assert coded("Что нужно для получения субсидии?") == [("information", True)]
    # «что» with no word of need after it leads no such question
    assert coded("Что с моим заявлением на субсидию?") == [("status", False)]


def test_a_procedure_told_to_the_client_named_is_news_of_his_case():
    assert coded("Уведомление заявителя о приостановлении рассмотрения") == [("status", True)]
    # how a procedure goes in general is no news of a case
    assert coded("Информирование граждан о порядке рассмотрения") == [("information", True)]


def test_two_words_run_together_are_read_apart():
    assert coded("Получениеинформации о мерах поддержки") == [("information", True)]
    assert [c for c, _ in coded("Оценкакачества услуги")] == ["feedback"]


def test_a_yes_no_question_asks_to_learn_whether():
    assert coded("Есть ли у меня право на льготу?") == [("information", False)]  # a question goes to review (need_doubt `question`)
    # whether one's own paper was received asks where the case stands
    assert coded("Получено ли моё заявление?") == [("status", False)]


def test_feedback_on_the_results_of_something_is_likely_its_answer():
    [m] = match_needs("Обратная связь по результатам рассмотрения жалоб")
    assert m.code == "feedback_result" and m.score < REVIEW


def test_only_a_clause_after_and_doubts_again_whatever_it_borrows():
    from normalizers.need_grammar import read_needs
    # the third clause («, о порядке …») borrows «разъяснение» from the second and follows a comma:
    # the separator is the comma, so the result of the first clause is doubted once, by the second
    first = read_needs("выдача свидетельства и разъяснение о сроках, о порядке продления")[0]
    assert first.code == "result" and first.how.count("+likely") == 1


def test_ungluing_reads_only_splits_with_a_vocabulary_form():
    from normalizers.need_grammar import grammar
    from normalizers.phrase import _read, words
    speller = grammar().speller
    _read.cache_clear()
    assert [w.text for w in words("подачазаявления", speller)] == ["подача", "заявления"]
    glued = _read.cache_info().currsize
    _read.cache_clear()
    words("щпоргнывшлт", speller)             # letters of no word: no split is worth a parse
    assert glued <= 6 and _read.cache_info().currsize <= 2


def test_an_answer_to_an_action_of_the_class_before_refers_back_to_it():
    from normalizers.need_grammar import refers_back
    # «оценку» names again what «оценить» did: the same action class, though no noun repeats
    assert refers_back("получить ответ на оценку", "оценить работу приемной")
    assert not refers_back("получить ответ на оценку", "подать заявление")


def test_an_action_before_a_what_word_keeps_its_object_unless_asked_whether():
    assert coded("Получить какую справку") == [("result", True)]
    assert coded("Подать сколько заявлений") == [("submission", True)]
    assert [c for c, _ in coded("Получено ли разрешение")] == ["status"]


def test_soft_separators_scan_a_run_of_spaces_once():
    # a separator led by spaces (slash, line break, spaced dash) is tried where the run begins,
    # not again from each space of it: 20,000 spaces took ~9 s (quadratic)
    from normalizers.need_split import _SOFT
    assert _SOFT.split("справка" + " " * 20000 + "бланк") == ["справка" + " " * 20000 + "бланк"]
    # the same separators as before
    assert _SOFT.split("справка  /  бланк") == ["справка", "  /  ", "бланк"]
    assert _SOFT.split("справка \n бланк — где?") == ["справка", " \n ", "бланк", " — ", "где?"]
    assert split_needs("Получить справку, / подать заявление") == ("Получить справку", "подать заявление")
