"""Needs an order states as what the agency ensures (issue 17): the act ensured is the
client's need (normalizers/need_officialese.py, `ensuring` in data/need_grammar.yaml).
Phrases composed here from the taxonomy's definitions (docs/dataset.md, `needs`)."""
import pytest

from normalizers import match_needs


def codes(text):
    return {m.code for m in match_needs(text)}


@pytest.mark.parametrize("text, code", [
    # the act ensured, not the ensuring, names the need
    ("Обеспечение ознакомления заявителей с порядком подачи документов", "information"),
    ("Обеспечение возможности получения заявителем сведений о ходе рассмотрения его обращения", "status"),
    ("Обеспечение возможности подачи заявления в электронном виде", "submission"),
    # access ensured to a thing is that thing received
    ("Обеспечение доступа граждан к образцам заявлений", "forms"),
    ("Обеспечение доступа к сведениям о порядке оказания услуги", "information"),
])
def test_the_act_ensured_is_the_need(text, code):
    assert codes(text) == {code}


def test_ensuring_a_thing_itself_is_read_as_before():
    # no act after the verb of ensuring: the thing provided, as «предоставление бланков»
    assert codes("Обеспечение бланками заявлений") == {"forms"}


def test_a_case_passed_on_is_a_step_of_it():
    # a notice that one's application went on to another body tells where the case stands
    assert codes("Уведомление о передаче заявления в министерство") == {"status"}


@pytest.mark.parametrize("text, code", [
    # information on one's case's stage sent to the client: status, as a notice of it is
    ("Направление заявителю сведений о ходе рассмотрения его заявления", "status"),
    ("Предоставление заявителю информации о порядке обжалования", "information"),
    # a notice of an entry in a register or of an admission: the decision itself
    ("Получение уведомления о внесении сведений в реестр", "result"),
    ("Выдача уведомления о допуске к участию в конкурсе", "result"),
])
def test_what_the_agency_sends_of_ones_case(text, code):
    assert codes(text) == {code}


def test_going_to_court_is_an_appeal_reviewed():
    # no paper named: the act of going to court contests a decision (other), only the likelier
    found = match_needs("Обращение в суд по спору с ведомством")
    assert [m.code for m in found] == ["other"] and found[0].score < 0.85


@pytest.mark.parametrize("text, code", [
    # a contract concluded with the agency is received; one signed and sent is handed in
    ("Заключить соглашение о предоставлении гранта", "result"),
    ("заключить договор на вывоз отходов", "result"),
    ("Заключение договора аренды участка", "result"),
    ("Подписание соглашения", "submission"),
    ("Подписание договора и направление его в министерство", "submission"),
    # a conclusion issued stays a paper received, not an act of concluding
    ("Выдача заключения о соответствии проекта требованиям", "result"),
])
def test_contracts_and_conclusions(text, code):
    assert codes(text) == {code}


def test_procedures_in_a_row_on_ones_case():
    # «о приёме и регистрации запроса»: the last procedure names what is done to one's request
    assert codes("Уведомление заявителя о приёме и регистрации его запроса") == {"status"}


@pytest.mark.parametrize("text, expected", [
    # after «и», a noun in the first object's case the topic's noun cannot take: a second object
    ("Получение сведений о порядке оплаты и консультации по заполнению квитанции", {"information", "consultation"}),
    # one the topic's case alone allows: a second topic of «о»
    ("Получение сведений о порядке и сроках оплаты", {"information"}),
])
def test_a_second_object_after_a_topic(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize("text, code", [
    # calling someone out asks for his service: a request filed
    ("Вызов аварийной службы", "submission"),
    ("вызвать ветеринарного инспектора", "submission"),
    # a site given for an examination or a patrol is inspected
    ("Предоставление земельного участка для освидетельствования", "inspection_objects"),
    ("Обеспечение доступа на территорию для патрулирования", "inspection_objects"),
])
def test_calls_and_sites_inspected(text, code):
    assert codes(text) == {code}
