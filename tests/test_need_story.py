"""Needs written as the client's own story, complaint or question (normalizers/need_story.py):
the story names no need, a question on one's own case asks its status, one at a loss asks
advice.  Phrases composed for these tests from the taxonomy's definitions (docs/dataset.md,
`needs`), none taken from a phrase pool."""
import pytest

from normalizers import match_needs
from normalizers.needs import split_needs


def codes(text):
    return sorted(m.code for m in match_needs(text))


@pytest.mark.parametrize("text, want", [
    # the complaint before the request names no need of its own
    ("сайт опять не открывается, хочу скачать бланк заявления", ["forms"]),
    ("квитанция так и не пришла, хочу оставить отзыв о работе почты", ["feedback"]),
])
def test_the_story_before_a_request_names_no_need(text, want):
    assert codes(text) == want


def test_a_run_on_story_is_cut_before_the_request():
    # no punctuation: the story's finite verb ends a clause before the wish or the question
    assert split_needs("второй месяц никто не звонит хочу всё же записаться на приём к министру") == \
        ("второй месяц никто не звонит", "хочу всё же записаться на приём к министру")
    assert codes("дворы не чистят куда можно пожаловаться") == ["feedback"]
    # a question after a verb of knowing is its object: no cut ("не понимаю как …")
    assert len(split_needs("не понимаю как заполнить декларацию")) == 1
    # a plan of the client's (a future) is no story
    assert len(split_needs("привезём документы завтра когда удобно")) == 1


@pytest.mark.parametrize("text", [
    "узнать, выплатили ли компенсацию за проезд",
    "хочу выяснить, отправлено ли моё заявление в район",
    "отправила заявку месяц назад, что с ней",
    "пособие по уходу уже выплатили?",
    "когда будет решение по моей заявке на грант",
    "чё с моим заявлением на субсидию",            # colloquial «чё», a possessive before the paper
    "хочу спросить, сколько ждать решения по заявке на квоту",
])
def test_a_question_on_ones_own_case_is_its_status(text):
    assert codes(text) == ["status"]


def test_what_one_is_due_is_information_not_a_status():
    assert codes("узнать, положена ли мне субсидия на газификацию") == ["information"]
    # asked whether a benefit is due, not asking for the benefit itself
    assert codes("пенсионер, не пойму положена ли мне доплата к пенсии") == ["information"]


def test_the_paper_awaited_stays_a_result():
    assert codes("когда ждать удостоверение многодетной семьи?") == ["result"]


@pytest.mark.parametrize("text", [
    "не понимаю, как заполнить декларацию о доходах",
    "совсем не знаю как оформить пособие на ребёнка",
    "что делать, если потерял удостоверение многодетного",
])
def test_one_at_a_loss_asks_advice(text):
    assert codes(text) == ["consultation"]


@pytest.mark.parametrize("text", [
    "не могу найти бланк заявления на пособие",
    "никак не найду образец декларации",
])
def test_a_thing_not_found_is_what_the_client_wants(text):
    # a problem with no request: its object says the need (a blank form wanted: forms)
    assert codes(text) == ["forms"]


@pytest.mark.parametrize("text", [
    "квитанция так и не пришла, хочу оставить отзыв о работе почты",
    "дворы не чистят куда можно пожаловаться",
    "не понимаю как заполнить декларацию",
])
def test_a_dataset_row_reads_the_story_as_the_cell_does(text):
    # pipeline/run/normalize.py codes rows with need_phrase_matches: the story rules must reach
    # the dataset, not only match_needs (a merge once left them out of it)
    from normalizers.needs import need_phrase_matches
    assert sorted({m.code for m in need_phrase_matches(text)}) == codes(text)


def test_a_long_phrase_with_no_question_mark_is_read_in_linear_time():
    # the yes/no question test looked at the text before each «?» with a regex retried from
    # each letter: 60,000 letters and no «?» took ~30 s (quadratic); a split reads them once
    from normalizers.need_story import case_question
    phrase = "звоню " * 10000 + "документы не дошли"
    assert case_question(phrase) == ""
    assert case_question("я подавал документы. субсидию назначили?") == "case"


@pytest.mark.parametrize("text, want", [
    # what the agency did, told (no «?»), before the request only explains it
    ("мне отказали в пособии — как обжаловать?", ["other"]),
    ("нам отказали в субсидии, хотим обжаловать решение", ["other"]),
    # asked, it is a need of its own: the answer asked after
    ("я написал отзыв — мне уже ответили?", ["feedback", "feedback_result"]),
    # told alone, it is all the cell says: kept
    ("Нам ответили", ["result"]),
])
def test_a_deed_done_to_the_client_told_before_a_request(text, want):
    assert codes(text) == want


@pytest.mark.parametrize("text, want", [
    # how long to wait for a procedure on one's case asks where the case stands
    ("Сколько ждать рассмотрения заявления?", ["status"]),
    ("Подскажите, сколько ждать подключения к водопроводу?", ["status"]),
    # the paper awaited is what is received
    ("Когда ждать свидетельство?", ["result"]),
])
def test_a_procedure_waited_for(text, want):
    assert codes(text) == want
