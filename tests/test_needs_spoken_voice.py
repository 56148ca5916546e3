"""Needs in a citizen's spoken words and in an FAQ's questions (needs18): a channel named before
the need's verb (normalizers/need_channel_lead.py), a question asking a fact with no deed of the
client's (need_asked_fact.py), «что с …?» asking where one's paper stands (need_what_with.py), an
official let onto one's premises (`admit` in data/need_grammar.yaml), a paper's fate and one's place
in a waiting list (status), guides and reference books (information).  Phrases composed here from
the taxonomy's definitions (docs/dataset.md, `needs`)."""
import pytest

from normalizers import match_needs
from normalizers.matcher import REVIEW
from normalizers.need_channel_lead import channel_lead
from normalizers.need_grammar import grammar, phrase_clauses


def read(text):
    return {m.code: m.score for m in match_needs(text)}


@pytest.mark.parametrize("text, code", [
    # the channel says how the client acts; the verb after it names the need
    ("через портал подать заявление на субсидию", "submission"),
    ("по телефону записаться к терапевту", "other"),
    ("в чате уточнить сроки выплаты", "information"),
])
def test_a_channel_before_the_verb_is_no_object(text, code):
    assert set(read(text)) == {code}


def test_a_target_before_the_verb_is_no_channel():
    # «в секцию» is where the child is enrolled, no channel the reader names: no lead taken
    ws, _ = phrase_clauses("в секцию записать сына")
    assert channel_lead(ws, grammar()) is None
    ws, _ = phrase_clauses("через портал подать заявление")
    assert channel_lead(ws, grammar())[1] == "submit"


@pytest.mark.parametrize("text", [
    "Когда будет выставка?",                   # an event of the agency's
    "Где в городе бассейн для инвалидов?",     # a place, with a place before it
    "В какие часы работает приёмная?",         # the question word inside the opening group
])
def test_a_question_of_fact_asks_information(text):
    found = read(text)
    assert set(found) == {"information"}
    assert found["information"] < REVIEW      # a question's need hangs on its wording: reviewed


def test_a_question_naming_ones_paper_is_left_to_the_grammar():
    assert set(read("Где сейчас моя справка?")) == {"status"}


@pytest.mark.parametrize("text", [
    "Что там с моим обращением?",
    "что с запросом в архив",
    "спросить, готово ли свидетельство",       # asking whether it is ready: its stage, no advice
    "судьба моего ходатайства",                # what became of a paper: its stage
    "место в очереди на санаторно-курортное лечение",
    "на каком этапе компенсация за газификацию",   # a stage asked: of what the client awaits
])
def test_where_ones_case_stands_is_status(text):
    assert set(read(text)) == {"status"}


@pytest.mark.parametrize("text", ["пустить проверяющего в квартиру", "впустить комиссию в дом"])
def test_an_official_let_in_is_an_object_shown(text):
    found = read(text)
    assert set(found) == {"inspection_objects"} and found["inspection_objects"] >= REVIEW


def test_letting_in_with_no_official_named_is_a_guess():
    found = read("допустить к экзамену")
    assert all(score < REVIEW for score in found.values())


@pytest.mark.parametrize("text", ["справочник льгот для пенсионеров", "расписание приёма врачей",
                                  "вакансии в нашем районе"])
def test_a_reference_book_a_schedule_open_posts_are_information(text):
    assert set(read(text)) == {"information"}


def test_a_stage_not_asked_of_another_thing_stays_information():
    # news of how some other thing goes, no question asked: as before
    assert set(read("информирование о ходе строительства школы")) == {"information"}


@pytest.mark.parametrize("spoken, standard", [
    # the spoken short form of the conjunction reads as the standard one (data/colloquial.yaml)
    ("хочу, чтоб мне сообщили, когда будет готово удостоверение",
     "хочу, чтобы мне сообщили, когда будет готово удостоверение"),
    ("глянуть расписание приёма", "посмотреть расписание приёма"),
])
def test_spoken_words_read_as_their_standard_ones(spoken, standard):
    assert read(spoken) == read(standard) and read(spoken)


def test_what_the_one_let_in_is_to_do_is_no_need_of_its_own():
    # «проверить показания» is the inspector's purpose, not the client's learning anything
    from normalizers.need_admit import let_in_to_act
    assert let_in_to_act("допустить инспектора", "проверить показания счётчика")
    assert not let_in_to_act("подать заявление", "отследить статус")
    found = read("допустить инспектора проверить показания счётчика")
    assert set(found) == {"inspection_objects"}


def test_a_bid_in_the_third_person_is_a_bid_to_look():
    # «пусть приедут посмотреть» bids the agency look, as «приезжайте посмотреть» does: a guess
    found, bid = read("пусть приедут посмотреть дорогу"), read("приезжайте посмотреть дорогу")
    assert set(found) == set(bid) == {"inspection_objects"}
    assert found["inspection_objects"] < REVIEW


@pytest.mark.parametrize("text, code", [
    # rev15d: a question word inside the opening group asks a fact only where no deed of the
    # client's follows it; here the client asks where or when to do something, the deed's need
    ("В каком МФЦ можно получить справку о доходах?", "result"),
    ("В каком окне подать заявление?", "submission"),
])
def test_a_question_of_where_to_do_a_deed_is_the_deeds_need(text, code):
    assert code in read(text) and "information" not in read(text)


def test_a_question_of_a_deed_on_no_named_thing_stays_a_fact():
    # the deed «посещать» takes no object the vocabulary names: the age asked is a fact
    assert set(read("С какого возраста можно посещать бассейн?")) == {"information"}


@pytest.mark.parametrize("text", ["что с документами нужно сделать", "что теперь с заявлением делать"])
def test_what_to_do_with_a_paper_asks_no_stage(text):
    # rev15d: «что с …» followed by an infinitive or «нужно» asks what to do with the paper, not
    # where it stands
    assert "status" not in read(text) and read(text)


def test_a_third_person_bid_with_its_own_subject_bids_no_agency():
    # rev15d: «пусть» bids the agency look only with no other subject before the verb of looking
    assert "inspection_objects" not in read("пусть родители проверят дневник")
    assert set(read("пусть инспектор посмотрит крышу")) == {"inspection_objects"}


def test_the_clients_next_deed_after_letting_in_is_a_need_of_its_own():
    # rev15d: only a verb of looking is what the one let in comes for; «получить компенсацию» after
    # «пустить комиссию» is the client's own deed, its cell cut as with «и»
    from normalizers.need_admit import let_in_to_act
    assert not let_in_to_act("пустить комиссию", "получить компенсацию за дом")
    assert set(read("пустить комиссию получить компенсацию за дом")) == {"inspection_objects", "result"}


@pytest.mark.parametrize("text", ["на каком этапе строительство школы в нашем посёлке", "какой этап ремонта дороги"])
def test_a_stage_asked_of_the_agencys_work_is_no_status(text):
    # rev15d: «на каком этапе» asks the client's case's stage only of a thing the vocabulary names
    # (a paper, a benefit) or of nothing named; a work of the agency's is news, as «ход строительства»
    assert "status" not in read(text) and read(text)
