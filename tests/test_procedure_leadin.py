"""Lead-ins of a procedure's lists (parsers/extract/leadin.py): what a lead-in worded by what the
points are not introduces, and wordings that call channels ways, means or forms."""
import pytest

from parsers.extract.leadin import classify, rival_kinds
from parsers.extract.procedure import extract_procedure, inline_items
from parsers.formats.text import parse_text


@pytest.mark.parametrize("lead_in, kind", [
    # a digital cue in a negated phrase speaks for the offline points
    ("Взаимодействие без использования сети «Интернет» ведётся через:", "channel_offline"),
    ("Обращение не в электронной форме принимается через:", "channel_offline"),
    ("Точки взаимодействия вне сети «Интернет»:", "channel_offline"),
    ("Каналы связи без применения цифровых технологий:", "channel_offline"),
    ("Каналы, не требующие использования информационных технологий:", "channel_offline"),
    # ... and an offline cue in one for the digital points
    ("Каналы, не требующие личного посещения министерства:", "channel_digital"),
    # a cue holding the negator is read as written; the negation ends at the verb
    ("Обращение без личного присутствия осуществляется через:", "channel_digital"),
    ("Без посещения ведомства клиент обращается через электронные сервисы:", "channel_digital"),
])
def test_a_negated_cue_speaks_for_the_other_kind(lead_in, kind):
    assert classify(lead_in) == kind


@pytest.mark.parametrize("lead_in, kind", [
    ("Дистанционные способы обращения:", "channel_digital"),
    ("Электронные средства связи с заявителями:", "channel_digital"),
    ("Для обращения с использованием информационных технологий применяются:", "channel_digital"),
    ("Очные способы обращения заявителей:", "channel_offline"),
    ("Неэлектронные каналы связи:", "channel_offline"),
    ("Обращение на бумажном носителе и при личном посещении возможно через:", "channel_offline"),
    ("Заявитель обращается в ведомство для:", "need"),
    ("Назначение взаимодействия с клиентом:", "need"),
    ("Работа управления включает направления:", "direction"),
    # a frame of what each entry states stays a column list
    ("В рамках каждого направления работы указываются:", "column"),
])
def test_channels_called_ways_means_and_forms(lead_in, kind):
    assert classify(lead_in) == kind


def test_an_offline_list_under_a_negated_lead_in_is_not_digital():
    text = ("2.3. Взаимодействие без использования сети «Интернет» ведётся через:\n"
            "а) телефон горячей линии;\nб) почтовое отправление.\n")
    items = extract_procedure(parse_text(text))
    assert [(r["list_kind"], r["text_raw"]) for r in items] == [
        ("channel_offline", "телефон горячей линии"), ("channel_offline", "почтовое отправление")]


def test_an_inline_list_after_a_long_sentence_is_read_by_its_last_words():
    from parsers.extract.procedure import inline_items
    text = ("3.2. В соответствии с настоящим Порядком при формировании перечня в качестве офлайн-точек "
            "взаимодействия с заявителями управления учитываются: приёмная управления; почтовая связь; "
            "телефон доверия.")
    assert inline_items(text) == [("channel_offline", "приёмная управления"), ("channel_offline", "почтовая связь"),
                                  ("channel_offline", "телефон доверия")]
    # a long sentence whose last words name no list stays running text
    assert inline_items("В соответствии с настоящим Порядком при формировании перечня в течение года "
                        "министерство учитывает сведения: о жалобах; о предложениях; о замечаниях.") == []


@pytest.mark.parametrize("lead_in, kind", [
    ("Клиент может обратиться в электронном виде через:", "channel_digital"),
    ("Цифровые площадки для обращений граждан:", "channel_digital"),
    ("Места личного взаимодействия с заявителями:", "channel_offline"),
    ("Точки взаимодействия при личном приёме:", "channel_offline"),
    # a need lead-in that says where the needs arise stays a need lead-in
    ("Потребности заявителя при личном приёме:", "need"),
    ("Виды обращений граждан:", "need"),
    ("Обращения распределяются по следующим сферам:", "direction"),
    ("Каждая точка относится к одному из направлений:", "direction"),
])
def test_more_wordings_of_points_needs_and_directions(lead_in, kind):
    assert classify(lead_in) == kind


@pytest.mark.parametrize("lead_in, kind", [
    # what the client may do at the points is what the client needs
    ("В точках взаимодействия заявитель получает возможность:", "need"),
    ("Виды взаимодействия заявителя с органом власти:", "need"),
    # offline named by its format
    ("Очный формат взаимодействия включает:", "channel_offline"),
    ("Взаимодействие в офлайн-формате осуществляется через:", "channel_offline"),
])
def test_needs_as_possibilities_and_offline_as_a_format(lead_in, kind):
    assert classify(lead_in) == kind


def test_a_participle_clause_before_the_colon_qualifies_the_noun_before_it():
    # "…, удовлетворяемые в рамках …" alone reads as a frame of columns ("в рамках"); it
    # qualifies "Потребности": the list is of needs
    text = "Потребности клиентов, удовлетворяемые в рамках оказания услуг: получить справку; подать жалобу."
    assert inline_items(text) == [("need", "получить справку"), ("need", "подать жалобу")]


@pytest.mark.parametrize("lead_in, kind", [
    # what the client can or may do, why the client comes: needs
    ("Заявитель может:", "need"),
    ("При обращении в ведомство заявитель вправе:", "need"),
    ("Основания обращения граждан:", "need"),
    ("Цели посещения приёмной:", "need"),
    # ... unless the lead-in ends with the means: then the list is of ways
    ("Заявитель может обратиться в ведомство посредством:", None),
    ("Через сеть Интернет заявитель может обратиться с помощью:", "channel_digital"),
    ("Онлайн-взаимодействие с заявителями:", "channel_digital"),
    ("Офлайн-взаимодействие с заявителями ведётся в:", "channel_offline"),
    # a procedure's own aims are no needs
    ("Целями ведения перечня являются:", None),
])
def test_the_client_can_and_the_means_at_the_end(lead_in, kind):
    assert classify(lead_in) == kind


@pytest.mark.parametrize("lead_in, kind", [
    # the client's purpose closing the lead-in: what the client comes for
    ("Заявители взаимодействуют с ведомством в целях:", "need"),
    ("Граждане пользуются точками взаимодействия для:", "need"),
    # the list's own aims: no client, no needs
    ("Перечень ведётся в целях:", None),
    # what an appeal is about
    ("Предмет обращения заявителя:", "need"),
    ("Тематика обращений граждан:", "need"),
])
def test_the_clients_purpose_and_the_subject_of_an_appeal(lead_in, kind):
    assert classify(lead_in) == kind


@pytest.mark.parametrize("lead_in, kind", [
    # "онлайн" says digital as "офлайн" says offline; the means at the end rules out needs
    ("Заявитель может связаться с управлением онлайн при помощи:", "channel_digital"),
    # the interaction's aim is the client's need; the procedure's own aim is none
    ("Взаимодействие с гражданами ориентировано на:", "need"),
    ("Обращение посетителя может быть нацелено на:", "need"),
    ("Настоящий порядок направлен на:", None),
    # processes grouped, whatever the verb: the groups are directions
    ("Процессы ведомства объединяются в следующие группы:", "direction"),
    # a cue word behind a negating prefix is that word negated
    ("Вне-цифровые и внецифровые каналы связи:", "channel_offline"),
    ("Неэлектронные средства связи с заявителями:", "channel_offline"),
    # the client's tasks or requirements are needs; the procedure's own tasks are nothing of ours
    ("Для каждой точки указывается, какие задачи заявителя она закрывает:", "need"),
    ("Задачи ведения перечня:", None),
    # processes in blocks or categories, the body's functions: directions
    ("Процессы управления сведены в тематические блоки:", "direction"),
    ("Перечень ведётся в разрезе функций комитета:", "direction"),
])
def test_online_aims_negating_prefixes_the_clients_tasks_groups_and_functions(lead_in, kind):
    assert classify(lead_in) == kind


def test_a_relative_clause_after_its_preposition_qualifies_the_noun_before_it():
    text = ("Сферы деятельности, в рамках которых ведомство взаимодействует с гражданами и организациями: "
            "государственные услуги; контроль и надзор; обращения граждан.")
    assert [k for k, _ in inline_items(text)] == ["direction"] * 3


def test_a_veto_word_acting_on_what_is_listed_vetoes_nothing():
    assert classify("Определение потребностей клиента осуществляется по следующим категориям:") == "need"
    assert classify("Определения используемых понятий:") is None
    assert classify("Требования к цифровым точкам взаимодействия:") is None


@pytest.mark.parametrize("lead_in, kind", [
    # a synonym is read as its family's word (procedure.yaml `synonyms`), in any cue of the word
    ("Каналы удалённого взаимодействия с клиентами:", "channel_digital"),
    ("К виртуальным каналам связи относятся:", "channel_digital"),
    ("Заочные формы взаимодействия включают:", "channel_digital"),
    ("Веб-ресурсы и сервисы министерства:", "channel_digital"),
    ("Аналоговые каналы взаимодействия:", "channel_offline"),
    ("Каналы непосредственного общения с клиентом:", "channel_offline"),
    ("Стационарные точки обслуживания клиентов:", "channel_offline"),
    ("Нужды клиентов, которые удовлетворяются министерством:", "need"),
    ("Клиентские запросы:", "need"),
    ("Вопросы, с которыми обращаются граждане:", "need"),
    ("Что желает получить посетитель:", "need"),
    ("Области деятельности министерства:", "direction"),
    ("Полномочия министерства, по которым ведётся перечень:", "direction"),
    ("Сферы ведения министерства:", "direction"),
    ("Взаимодействие с использованием информационно-телекоммуникационных сетей осуществляется через:",
     "channel_digital"),
    ("Информационно-коммуникационные технологии, используемые для взаимодействия:", "channel_digital"),
    ("Места приёма граждан:", "channel_offline"),
    # ... and the family word keeps its other readings
    ("Граждане могут обратиться через:", None),              # a means: the ways, of either kind
    ("В рамках каждой области деятельности указываются:", "column"),
    ("Министерству природных ресурсов и экологии Херсонской области:", None),   # a region, no direction
    ("Утвердить прилагаемые изменения в Брянской области:", None),
])
def test_a_synonym_counts_as_its_family_word(lead_in, kind):
    assert classify(lead_in) == kind


@pytest.mark.parametrize("lead_in, kind", [
    # two kinds named, the second in a clause that qualifies the head noun: the head's kind
    ("Основные потребности клиентов, удовлетворяемые через цифровые каналы:", "need"),
    ("Потребности заявителей, которые удовлетворяются в офлайн-точках:", "need"),
    ("Цифровые каналы, посредством которых клиенты подают обращения:", "channel_digital"),
    ("Направления деятельности, в рамках которых действуют цифровые точки:", "direction"),
])
def test_a_kind_named_in_a_qualifying_clause_yields_to_the_head(lead_in, kind):
    assert classify(lead_in) == kind
    assert rival_kinds(lead_in) == (kind,)




@pytest.mark.parametrize("lead_in, kind", [
    ("В перечень включаются процессы, относящиеся к направлениям:", "direction"),   # the noun before the colon
    ("Процессы сгруппированы по направлениям:", "direction"),
])
def test_the_noun_before_the_colon_names_the_list(lead_in, kind):
    assert classify(lead_in) == kind


def test_two_kinds_with_no_qualifying_clause_stay_rivals():
    """A preposition does not end the head: «… по каждому направлению деятельности:» may list
    needs or directions, the items tell (test_procedure_open); nor do points of both kinds."""
    assert set(rival_kinds("Потребности клиентов при обращении в офлайн-точки:")) == {"need", "channel_offline"}
    assert set(rival_kinds("Цифровые точки и офлайн-точки взаимодействия:")) == {"channel_digital", "channel_offline"}
