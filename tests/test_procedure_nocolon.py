"""Procedure lists stated without a colon-ended lead-in (parsers/extract/copula.py, kindtable.py,
procedure._row_as_list): a sentence whose verb of being or belonging parts lead-in and items,
«name – items» lines, the lists as a table (a row per list, or a column per kind with a row per
direction), and a list going on past a page's number.

Texts composed here in the forms published procedures use: numbered points «2.1.» each stating
one list in a sentence, as in the methodological recommendations annexed to order N 48-П of
the Mordovia ministry of agriculture (https://base.garant.ru/408537767/), whose points are
divided «на: цифровые точки: …; оффлайн-точки: …» — the same lists with and without a colon.
Goldens written by reading the texts."""
from __future__ import annotations

import pytest

from parsers.document import Cell, Document, Paragraph, Row, Table
from parsers.extract.procedure import extract_procedure, holds_procedure
from parsers.formats.text import parse_text

TITLE = "ПОРЯДОК ведения перечня точек взаимодействия министерства с клиентами"


def _items(text: str) -> list[tuple[str, str]]:
    return [(r["list_kind"], r["text_raw"]) for r in extract_procedure(parse_text(f"{TITLE}\n{text}\n"))]


@pytest.mark.parametrize("sentence, kind, items", [
    ("2.1. Направлениями деятельности министерства являются социальная поддержка семей с детьми; "
     "опека и попечительство; социальное обслуживание граждан.", "direction",
     ["социальная поддержка семей с детьми", "опека и попечительство", "социальное обслуживание граждан"]),
    ("2.1. К цифровым каналам взаимодействия с клиентами относятся официальный сайт министерства; "
     "Единый портал государственных услуг; электронная почта.", "channel_digital",
     ["официальный сайт министерства", "Единый портал государственных услуг", "электронная почта"]),
    ("2.1. В число офлайн-каналов входят личный прием граждан; телефон горячей линии; почтовая связь.",
     "channel_offline", ["личный прием граждан", "телефон горячей линии", "почтовая связь"]),
    ("2.1. Поводами обращения граждан являются получение консультации; подача заявления; "
     "обжалование решения.", "need", ["получение консультации", "подача заявления", "обжалование решения"]),
    ("2.1. Каналы дистанционного взаимодействия включают официальный сайт; мобильное приложение.",
     "channel_digital", ["официальный сайт", "мобильное приложение"]),
    # verbs of legal qualification, their predicate in the instrumental case as «являться»'s
    ("2.4. Потребностями клиентов признаются получение справки; запись на прием; обжалование отказа.",
     "need", ["получение справки", "запись на прием", "обжалование отказа"]),
    ("2.2. Цифровыми каналами взаимодействия считаются официальный сайт; чат-бот в мессенджере.",
     "channel_digital", ["официальный сайт", "чат-бот в мессенджере"]),
])
def test_a_copula_sentence_states_a_list(sentence, kind, items):
    assert _items(sentence + "\n2.2. Перечень утверждается приказом министра.") == [(kind, t) for t in items]


def test_a_nominative_subject_of_a_verb_of_qualification_states_no_list():
    assert _items("2.1. Обращения клиентов признаются поступившими в день их регистрации, консультации и "
                  "справки выдаются в тот же день.") == []


def test_items_separated_by_commas_and_the_last_and():
    got = _items("Направлениями деятельности министерства являются социальная поддержка, опека и "
                 "попечительство и социальное обслуживание. Перечень утверждается приказом.")
    assert got == [("direction", "социальная поддержка"), ("direction", "опека и попечительство"),
                   ("direction", "социальное обслуживание")]
    got = _items("К дистанционным каналам относятся сайт, чат-бот и мессенджеры.")
    assert got == [("channel_digital", "сайт"), ("channel_digital", "чат-бот"), ("channel_digital", "мессенджеры")]


def test_a_pointer_takes_its_kind_from_the_sentence_before():
    got = _items("2.1. Перечень формируется по направлениям деятельности министерства. К ним относятся "
                 "социальная поддержка; опека и попечительство.\n2.2. Перечень утверждается приказом.")
    assert got == [("direction", "социальная поддержка"), ("direction", "опека и попечительство")]


def test_a_long_lead_in_ending_with_its_verb_over_an_enumerated_list():
    got = _items("2.1. К цифровым каналам взаимодействия министерства с клиентами и заявителями относятся\n"
                 "1) официальный сайт;\n2) электронная почта.\n2.2. Перечень утверждается приказом.")
    assert got == [("channel_digital", "официальный сайт"), ("channel_digital", "электронная почта")]


@pytest.mark.parametrize("sentence", [
    "1.2. Основными задачами формирования и ведения перечня являются выявление точек взаимодействия; "
    "повышение качества обслуживания.",                     # the procedure's own aims: vetoed
    "1.3. Ответственными за ведение перечня являются руководители структурных подразделений.",
    "1.4. Точками взаимодействия являются места и каналы контакта клиента с министерством.",
    "1.5. Перечень является документом, который содержит сведения о точках взаимодействия.",
    "1.6. Цифровыми точками являются точки, в которых взаимодействие осуществляется с использованием "
    "информационных технологий.",                             # a definition, no list
    "1.7. Клиентами министерства являются граждане, юридические лица и индивидуальные предприниматели.",
])
def test_copula_sentences_that_state_no_list(sentence):
    assert _items(sentence) == []


def test_name_dash_items_lines():
    got = _items("2.1. Офлайн-каналы – личный прием, телефон горячей линии, почтовое отправление.\n"
                 "2.2. Потребности клиентов — получение консультации; подача заявления.")
    assert got == [("channel_offline", "личный прием"), ("channel_offline", "телефон горячей линии"),
                   ("channel_offline", "почтовое отправление"), ("need", "получение консультации"),
                   ("need", "подача заявления")]


def _table(*rows):
    return Table([Row([Cell(t) for t in r]) for r in rows])


def _doc_items(*blocks, titled=True):
    head = [Paragraph(TITLE)] if titled else [Paragraph("Перечень точек взаимодействия")]
    doc = Document(head + list(blocks) + [Paragraph("3. Перечень утверждается приказом.")], format="docx")
    return [(r["list_kind"], r["text_raw"]) for r in extract_procedure(doc)]


def test_a_table_of_four_rows_name_and_items():
    got = _doc_items(_table(["Направления деятельности", "социальная поддержка; опека и попечительство"],
                            ["Цифровые каналы", "официальный сайт\nэлектронная почта"],
                            ["Офлайн-каналы", "личный прием, телефон горячей линии"],
                            ["Потребности клиентов", "получение консультации; подача заявления"]))
    assert got == [("direction", "социальная поддержка"), ("direction", "опека и попечительство"),
                   ("channel_digital", "официальный сайт"), ("channel_digital", "электронная почта"),
                   ("channel_offline", "личный прием"), ("channel_offline", "телефон горячей линии"),
                   ("need", "получение консультации"), ("need", "подача заявления")]


def test_a_numbered_table_of_rows_with_an_item_a_cell():
    got = _doc_items(_table(["№", "Перечень", "Состав"],
                            ["1.", "Цифровые каналы", "официальный сайт", "электронная почта"],
                            ["2.", "Офлайн-каналы", "личный прием"]))
    assert got == [("channel_digital", "официальный сайт"), ("channel_digital", "электронная почта"),
                   ("channel_offline", "личный прием")]


KIND_COLUMNS = ["№ п/п", "Направление деятельности", "Цифровые каналы", "Офлайн-каналы", "Потребности клиентов"]


def test_a_table_with_a_row_per_direction_and_a_column_per_kind():
    got = _doc_items(_table(KIND_COLUMNS, ["1", "2", "3", "4", "5"],
                            ["1", "Социальная поддержка семей", "официальный сайт; электронная почта",
                             "личный прием\nтелефон горячей линии", "получение консультации; подача заявления"],
                            ["2", "Опека и попечительство", "официальный сайт", "личный прием", "обжалование решения"]))
    # an item repeated down its column is listed once; rows in reading order
    assert got == [("direction", "Социальная поддержка семей"), ("channel_digital", "официальный сайт"),
                   ("channel_digital", "электронная почта"), ("channel_offline", "личный прием"),
                   ("channel_offline", "телефон горячей линии"), ("need", "получение консультации"),
                   ("need", "подача заявления"), ("direction", "Опека и попечительство"),
                   ("need", "обжалование решения")]


def test_kind_tables_outside_a_procedure_and_touchpoint_lists_give_nothing():
    rows = (KIND_COLUMNS, ["1", "Социальная поддержка", "официальный сайт", "личный прием", "подача заявления"])
    assert _doc_items(_table(*rows), titled=False) == []
    tp = _table(["№", "Направление деятельности", "Процесс", "Точка взаимодействия", "Потребности клиента"],
                ["1", "Социальная поддержка", "Назначение пособия", "ЕПГУ", "подача заявления"])
    assert _doc_items(tp) == []
    doc = Document([Paragraph("Перечень точек взаимодействия"), tp], format="docx")
    assert not holds_procedure(doc, extract_procedure(doc), other_kinds=True)


@pytest.mark.parametrize("folio", ["3", "- 3 -", "Страница 3 из 10"])
def test_a_list_goes_on_past_a_pages_number(folio):
    got = _items("2.2. Направления деятельности министерства:\n2.2.1. социальная поддержка семей;\n"
                 f"2.2.2. опека и\n{folio}\nпопечительство;\n2.2.3. социальное обслуживание.\n"
                 "2.3. Перечень утверждается приказом.")
    assert got == [("direction", "социальная поддержка семей"), ("direction", "опека и попечительство"),
                   ("direction", "социальное обслуживание")]


@pytest.mark.parametrize("name, kind", [
    ("Предметы ведения министерства", "direction"),          # the legal name of a body's areas
    ("Виды государственной деятельности министерства", "direction"),
    ("Компетенция министерства", "direction"),               # a body's competence is its functions
    ("Участки работы министерства", "direction"),
    ("Цифровые платформы", "channel_digital"),               # a platform is a «площадка»
])
def test_a_name_of_the_kind_by_its_word_family(name, kind):
    assert _items(f"2.1. {name} – первое направление работы; второе направление работы.") == [
        (kind, "первое направление работы"), (kind, "второе направление работы")]


def test_a_cell_whose_items_are_closed_by_separators_is_wrapped_not_split_at_line_breaks():
    got = _doc_items(_table(["Офлайн-каналы", "личный прием граждан в здании\nминистерства; телефон горячей\nлинии"],
                            ["Цифровые каналы", "официальный сайт, электронная почта"]))
    assert got == [("channel_offline", "личный прием граждан в здании министерства"),
                   ("channel_offline", "телефон горячей линии"),
                   ("channel_digital", "официальный сайт"), ("channel_digital", "электронная почта")]


def test_a_table_of_rows_whose_items_go_on_in_the_rows_below():
    # converted text writes a cell's paragraphs a row each, the name's cell left empty
    text = ("Цифровые каналы\tофициальный сайт\n\tэлектронная почта\nОфлайн-каналы\tличный прием\n"
            "\tтелефон горячей линии\nПотребности клиентов\tполучение консультации\n\tподача заявления\n")
    got = _items(text + "3. Перечень утверждается приказом.")
    assert got == [("channel_digital", "официальный сайт"), ("channel_digital", "электронная почта"),
                   ("channel_offline", "личный прием"), ("channel_offline", "телефон горячей линии"),
                   ("need", "получение консультации"), ("need", "подача заявления")]


def test_a_lead_in_over_a_table_of_its_items_a_row_each():
    lead = Paragraph("2.1. Перечень ведется по следующим направлениям деятельности министерства:")
    numbered = _table(["№ п/п", "Наименование направления"], ["1", "Социальная поддержка семей"],
                      ["2", "Опека и попечительство"])
    # the list ends with its table: the clause after it is no item
    assert _doc_items(lead, numbered) == [("direction", "Социальная поддержка семей"),
                                          ("direction", "Опека и попечительство")]
    one_column = _table(["Официальный сайт"], ["Электронная почта"])
    assert _doc_items(Paragraph("2.2. К цифровым каналам относятся:"), one_column) == [
        ("channel_digital", "Официальный сайт"), ("channel_digital", "Электронная почта")]


def test_a_touchpoint_list_stating_its_channels_with_a_copula_holds_no_procedure(tmp_path):
    from pipeline.run.process import process_path
    head = "№\tНаправление деятельности\tПроцесс\tТочка взаимодействия\tПотребности клиента\tТип точки"
    path = tmp_path / "list.txt"
    path.write_text("\n".join(["Перечень точек взаимодействия", "Цифровыми каналами являются сайт, почта и портал.",
                               head, "1\tУслуги\tВыдача лицензий\tЕПГУ\tПолучение информации\tЦифровая"]) + "\n",
                    encoding="utf-8")
    res = process_path(path)
    assert res.document["kinds"] == ["touchpoint_list"]
    assert res.procedure_items == []


def test_a_long_lead_in_ending_with_what_follows_over_an_enumerated_list():
    got = _items("2.3. Перечень точек взаимодействия министерства с гражданами и организациями включает следующие "
                 "потребности клиентов\n- получение консультации;\n- подача заявления.\n2.4. Перечень утверждается.")
    assert got == [("need", "получение консультации"), ("need", "подача заявления")]


def test_numbered_items_after_a_copula_lose_their_numbers():
    assert _items("2.1. К офлайн-каналам относятся 1) личный прием; 2) телефон горячей линии.") == [
        ("channel_offline", "личный прием"), ("channel_offline", "телефон горячей линии")]


@pytest.mark.parametrize("sep", [", ", "; "])
def test_two_lists_in_one_paragraph_each_in_a_sentence_of_its_own(sep):
    got = _items(f"2.1. Цифровые каналы взаимодействия: официальный сайт министерства{sep}электронная почта. "
                 f"Офлайн-каналы взаимодействия: личный прием{sep}телефон горячей линии.")
    assert got == [("channel_digital", "официальный сайт министерства"), ("channel_digital", "электронная почта"),
                   ("channel_offline", "личный прием"), ("channel_offline", "телефон горячей линии")]


def test_a_column_of_points_of_either_kind_gives_each_point_its_own():
    from pipeline.run.normalize import resolve_open_lists
    doc = Document([Paragraph(TITLE), _table(["Направление деятельности", "Точки взаимодействия", "Потребности клиентов"],
                                             ["Социальная поддержка", "официальный сайт; личный прием граждан",
                                              "подача заявления"])], format="docx")
    got = [(r["list_kind"], r["text_raw"]) for r in resolve_open_lists(extract_procedure(doc))]
    assert got == [("direction", "Социальная поддержка"), ("channel_digital", "официальный сайт"),
                   ("channel_offline", "личный прием граждан"), ("need", "подача заявления")]


def test_an_order_stating_a_departments_directions_with_a_copula_holds_no_procedure(tmp_path):
    # a regulation of a department, not a procedure: its directions and functions are its own business
    from pipeline.run.process import process_path
    path = tmp_path / "order.txt"
    path.write_text("\n".join([
        "ДЕПАРТАМЕНТ ТРУДА И ЗАНЯТОСТИ НАСЕЛЕНИЯ", "ПРИКАЗ", "Об утверждении Положения о секторе опеки",
        "1. Утвердить прилагаемое Положение о секторе опеки.",
        "2. Основными направлениями работы сектора являются опека, попечительство, патронаж семей.",
        "3. Задачи сектора включают учет, контроль и профилактику.",
        "4. Контроль за исполнением настоящего приказа оставляю за собой."]) + "\n", encoding="utf-8")
    res = process_path(path)
    assert "procedure" not in res.document["kinds"]
    assert res.procedure_items == []


def test_channels_stated_with_a_copula_count_in_any_document():
    doc = Document([Paragraph("Положение о приемной граждан"),
                    Paragraph("5. К дистанционным каналам относятся сайт, чат-бот и мессенджеры.")], format="docx")
    assert [(r["list_kind"], r["text_raw"]) for r in extract_procedure(doc)] == [
        ("channel_digital", "сайт"), ("channel_digital", "чат-бот"), ("channel_digital", "мессенджеры")]


@pytest.mark.parametrize("sentence", [
    "2.1. Цифровые каналы являются основным способом, удобством и гарантией обращения граждан.",
    "2.2. Офлайн-каналы взаимодействия являются дополнительными, резервными и вспомогательными.",
    "2.3. Потребности клиентов, выявленные опросом, являются основой планирования, оценки и отчетности.",
])
def test_a_nominative_subject_of_to_be_is_a_definition_not_a_list(sentence):
    assert _items(sentence) == []


@pytest.mark.parametrize("sentence, kind", [
    ("2.1. В министерстве цифровыми каналами являются сайт, чат-бот и мессенджеры.", "channel_digital"),
    ("2.1. Офлайн-каналами взаимодействия с клиентами являются сайт, чат-бот и мессенджеры.", "channel_offline"),
])
def test_an_instrumental_predicate_after_a_prepositional_phrase_or_before_one(sentence, kind):
    assert _items(sentence) == [(kind, "сайт"), (kind, "чат-бот"), (kind, "мессенджеры")]


@pytest.mark.parametrize("sentence, kind, items", [
    ("2.1. К цифровым каналам относятся официальный сайт, электронная почта и Единый портал "
     "государственных и муниципальных услуг.", "channel_digital",
     ["официальный сайт", "электронная почта", "Единый портал государственных и муниципальных услуг"]),
    ("2.2. Потребностями клиентов являются получение консультации, подача жалобы и прием обращений "
     "граждан и организаций.", "need", ["получение консультации", "подача жалобы",
                                        "прием обращений граждан и организаций"]),
    ("2.3. К офлайн-каналам относятся телефон, почта и приемная «Вопросы и ответы».", "channel_offline",
     ["телефон", "почта", "приемная «Вопросы и ответы»"]),
    ("2.4. Направлениями деятельности являются социальная поддержка, опека и попечительство и социальное "
     "обслуживание.", "direction", ["социальная поддержка", "опека и попечительство", "социальное обслуживание"]),
])
def test_the_last_and_splits_items_not_the_words_of_one(sentence, kind, items):
    assert _items(sentence) == [(kind, t) for t in items]


def test_a_negated_copula_states_no_list():
    assert _items("2.1. К цифровым каналам не относятся телефон, факс и почтовая связь.") == []
    assert _items("2.2. В число офлайн-каналов не входят сайт, чат-бот и мессенджеры.") == []


def test_a_negated_lead_in_ending_with_its_verb_opens_no_list():
    from parsers.extract.copula import copula_lead_kind
    assert copula_lead_kind("2.3. К цифровым каналам взаимодействия министерства с клиентами не относятся") is None
    assert copula_lead_kind("2.3. К цифровым каналам взаимодействия министерства с клиентами относятся") == \
        "channel_digital"


@pytest.mark.parametrize("sentence", [
    "2.1. Цифровые каналы взаимодействия включают в себя официальный сайт, электронную почту и чат-бот.",
    "2.1. К цифровым каналам относятся, в частности, официальный сайт, электронную почту, чат-бот.",
    "2.1. К цифровым каналам относятся в том числе официальный сайт, электронную почту, а также чат-бот.",
    "2.1. К цифровым каналам относятся официальный сайт; электронную почту; а также чат-бот.",
])
def test_fillers_after_the_verb_are_no_item_and_as_well_as_joins_the_last(sentence):
    assert _items(sentence) == [("channel_digital", "официальный сайт"), ("channel_digital", "электронную почту"),
                                ("channel_digital", "чат-бот")]


def test_a_long_paragraph_is_cut_between_its_lists_reading_each_sentence_in_a_window(monkeypatch):
    # a paragraph of thousands of sentences (a converted file with no line breaks): each sentence's
    # head is read in a window, not the paragraph's whole rest, which made the cut quadratic
    from parsers.extract import inline
    seen: list[int] = []
    real = inline._named_head
    monkeypatch.setattr(inline, "_named_head", lambda s: seen.append(len(s)) or real(s))
    filler = "Министерство ведет прием граждан. " * 2000
    text = f"Цифровые каналы: сайт, почта. {filler}Офлайн-каналы: личный прием, телефон."
    chunks = inline._lists_of_sentences(text)
    assert [c[:15] for c in chunks] == ["Цифровые каналы", "Офлайн-каналы: "]
    assert len(seen) > 2000 and max(seen) <= 200


@pytest.mark.parametrize("ordinal", ["№ n/n", "Номер п/п", "N"])      # OCR's look-alikes, a word
def test_a_kind_table_knows_its_ordinal_column_as_the_header_readers_do(ordinal):
    from parsers.tables.columns import field_scores
    assert field_scores("touchpoint_list", ordinal) == {"group_no": 1.0}
    got = _doc_items(_table([ordinal, "Направление деятельности", "Цифровые каналы", "Потребности клиентов"],
                            ["1", "Социальная поддержка", "официальный сайт", "подача заявления"]))
    assert got == [("direction", "Социальная поддержка"), ("channel_digital", "официальный сайт"),
                   ("need", "подача заявления")]


def test_a_two_cell_row_reads_its_cells_paragraphs_as_the_kind_tables_do():
    # one reading of a cell for both: its paragraphs are items unless separators close them
    got = _doc_items(_table(["Офлайн-каналы", "личный прием граждан\nтелефон горячей линии"]))
    assert got == [("channel_offline", "личный прием граждан"), ("channel_offline", "телефон горячей линии")]


def test_a_dash_naming_no_kind_is_not_parsed_word_by_word(monkeypatch):
    from parsers.extract import inline
    calls: list[str] = []
    real = inline.morph
    monkeypatch.setattr(inline, "morph", lambda: calls.append("morph") or real())
    assert inline._dash_name("Заместитель министра по общим вопросам – Иванов И. И.") is None
    assert calls == []
    # a name of a kind is still checked for a finite verb: a sentence with a dash is no name
    assert inline._dash_name("Цифровые каналы взаимодействия – сайт, почта") == ("channel_digital", "сайт, почта")
    assert inline._dash_name("Цифровые каналы используются – сайт, почта") is None
    assert calls


def test_a_needs_cell_of_the_clients_actions_is_split_at_its_commas():
    # as an inline list of needs is («Потребности клиентов: подать заявление, узнать …»): a
    # column of needs naming the client's actions holds one item each, not one cell-long item
    got = _doc_items(_table(KIND_COLUMNS, ["1", "Социальная поддержка семей", "официальный сайт", "личный прием",
                                           "подать заявление, узнать о ходе рассмотрения, получить результат"]))
    assert [t for k, t in got if k == "need"] == ["подать заявление", "узнать о ходе рассмотрения",
                                                  "получить результат"]
