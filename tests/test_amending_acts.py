"""Amending acts (issue 17, amend9): what an amending order restates is read as the document's
content whatever the quotes around it, and a restatement of some points is not a procedure that
failed to be read.

The forms follow published amending acts: a point restated with its quote glued to its number
(«1. Пункт 6 изложить в следующей редакции: "6. Сведения о месте нахождения …», an amending order
of a regional ministry, https://base.garant.ru/73189782); a legal database's copy of an amending act
with the edition note «(в ред. … от … N …)» under its title in capitals
(https://seroffschool.ru/index.php?docid=75403); an appendix in a new edition under the amending
order's stamp and the amended act's in quotes, closed by «».», as the layout bed's fifth held-out set
writes it from the amending orders its README cites.  Regions, bodies, numbers and rows are our own.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as Docx

from parsers.extract.amending import restates_parts, unquote, unquote_restated
from parsers.extract.metadata import read_metadata
from parsers.extract.title_lines import bare_title
from parsers.formats.text import parse_text
from pipeline.run.process import process_path

_ORDER = ["МИНИСТЕРСТВО ЗДРАВООХРАНЕНИЯ ОМСКОЙ ОБЛАСТИ", "ПРИКАЗ", "15.11.2024 № 762",
          "О внесении изменений в приказ министерства здравоохранения Омской области от 08.05.2023 № 900",
          "ПРИКАЗЫВАЮ:",
          "1. Приложение к приказу от 08.05.2023 № 900 изложить в новой редакции согласно приложению "
          "к настоящему приказу.", "Министр А.Б. Васильев",
          "Приложение к приказу министерства здравоохранения Омской области от 15.11.2024 № 762",
          "«УТВЕРЖДЕН приказом министерства здравоохранения Омской области от 08.05.2023 № 900",
          "ПЛАН МЕРОПРИЯТИЙ («ДОРОЖНАЯ КАРТА») по внедрению стандартов клиентоцентричности"]
# the quote opens before the first restated row's number and closes after its last cell
_PLAN = [["№ п/п", "Наименование мероприятия", "Срок исполнения", "Ответственный исполнитель"],
         ["\"1.", "Сформировать карты клиентского пути", "до 01.07.2025", "Иванова Т.П."],
         ["2.", "Утвердить регламент общения с посетителями", "IV квартал 2025 г.", "Петров С.С.\"."]]


def _txt(path: Path, paragraphs: list[str], rows: list[list[str]]) -> Path:
    path.write_text("\n".join(paragraphs) + "\n\n" + "\n".join("\t".join(r) for r in rows) + "\n",
                    encoding="utf-8")
    return path


def _docx(path: Path, paragraphs: list[str], rows: list[list[str]]) -> Path:
    d = Docx()
    for p in paragraphs:
        d.add_paragraph(p)
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            t.cell(i, j).text = text
    d.save(path)
    return path


@pytest.mark.parametrize("write", [_txt, _docx], ids=["txt", "docx"])
def test_a_plan_in_a_new_edition_keeps_its_first_item_and_clean_last_cell(tmp_path, write):
    r = process_path(write(tmp_path / f"plan.{write.__name__[1:]}", _ORDER, _PLAN))
    items = {x["item_no"]: x for x in r.roadmap}
    assert sorted(items) == ["1", "2"]                      # «"1.» is item 1, not a lost row
    assert str(items["1"]["deadline"]) == "2025-07-01"
    assert items["2"]["responsible_raw"] == "Петров С.С."   # the closing «".» is the restatement's
    # the document is the amending order, the amended act only cited
    assert (r.document["order_number"], str(r.document["order_date"])) == ("762", "2024-11-15")


@pytest.mark.parametrize("write", [_txt, _docx], ids=["txt", "docx"])
def test_a_restated_row_of_a_list_loses_the_quotes_around_it(tmp_path, write):
    paragraphs = ["О внесении изменений в приказ министерства культуры Тамбовской области от 05.10.2023 № 640",
                  "1. Строку 2 приложения изложить в следующей редакции:"]
    rows = [["№ п/п", "Направление деятельности", "Процесс", "Точка взаимодействия", "Тип точки",
             "Потребности клиента"],
            ["«2.", "Предоставление государственных услуг", "Выдача лицензий", "Официальный сайт министерства",
             "цифровая", "Получение информации».",]]
    r = process_path(write(tmp_path / f"row.{write.__name__[1:]}", paragraphs, rows))
    assert [t["interaction_raw"] for t in r.touchpoints] == ["Получение информации"]


_POINTS = ["МИНИСТЕРСТВО КУЛЬТУРЫ ТАМБОВСКОЙ ОБЛАСТИ", "ПРИКАЗ", "12.03.2025 № 211",
           "О внесении изменений в приказ министерства культуры Тамбовской области от 05.10.2023 № 640",
           "ПРИКАЗЫВАЮ:",
           "1. Внести в Порядок ведения перечня точек взаимодействия, утвержденный приказом министерства "
           "культуры Тамбовской области от 05.10.2023 № 640, следующие изменения:",
           "1.1. Пункт 3.2 изложить в следующей редакции:",
           "\"3.2. В перечень включаются точки взаимодействия по следующим направлениям деятельности:",
           "а) предоставление государственных услуг;", "б) контрольно-надзорная деятельность;",
           "в) рассмотрение обращений граждан.\".",
           "1.2. Пункт 3.3 изложить в следующей редакции:",
           "\"3.3. Цифровыми каналами взаимодействия являются: официальный сайт министерства; Единый портал "
           "государственных услуг; электронная почта.\".",
           "2. Контроль за исполнением настоящего приказа оставляю за собой."]


def _doc_of(tmp_path: Path, paragraphs: list[str], fmt: str) -> Path:
    if fmt == "txt":
        path = tmp_path / "order.txt"
        path.write_text("\n".join(paragraphs) + "\n", encoding="utf-8")
        return path
    d = Docx()
    for p in paragraphs:
        d.add_paragraph(p)
    d.save(tmp_path / "order.docx")
    return tmp_path / "order.docx"


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_an_order_restating_some_points_is_not_a_procedure_read_in_part(tmp_path, fmt):
    """It restates the directions and the digital channels: the needs and offline channels are
    the amended act's, so their absence is said in a warning, not as content left unread."""
    r = process_path(_doc_of(tmp_path, _POINTS, fmt))
    assert r.document["kinds"] == ["procedure"]
    assert r.document["status"] == "ok"
    assert any("no need list found" in w and "amended act" in w for w in r.document["warnings"])
    got = [(x["list_kind"], x["code"], x["text_raw"]) for x in r.procedure_items]
    assert ("direction", "appeals", "рассмотрение обращений граждан") in got     # no «".» left on it
    assert {k for k, _, _ in got} == {"direction", "channel_digital"}


def test_a_procedure_in_a_new_edition_still_says_what_it_could_not_read(tmp_path):
    """The whole procedure restated («изложить в новой редакции согласно приложению»): a list
    it lacks is a list not read — partial, as for any procedure."""
    text = [*_POINTS[:4], "ПРИКАЗЫВАЮ:",
            "1. Порядок ведения перечня точек взаимодействия изложить в новой редакции согласно приложению "
            "к настоящему приказу.", *_POINTS[7:11]]
    r = process_path(_doc_of(tmp_path, text, "txt"))
    assert r.document["status"] == "partial"


@pytest.mark.parametrize("lines, want", [
    (["О внесении изменений в приказ от 05.10.2023 № 640", "1. Пункт 3.2 изложить в следующей редакции:"], True),
    (["Внести в Порядок следующие изменения:", "1) дополнить пунктом 3.4 следующего содержания:"], True),
    (["О внесении изменений в приказ от 05.10.2023 № 640", "1. Строки 5–7 изложить в следующей редакции:"], True),
    # a point or a row of the procedure or appendix named after it, «в новой редакции»: a part restated
    (["О внесении изменений в приказ от 05.10.2023 № 640", "1. Пункт 3.2. Порядка ведения перечня изложить "
      "в новой редакции:"], True),
    (["О внесении изменений в приказ от 05.10.2023 № 640", "1. Строку 5 приложения изложить в новой редакции:"],
     True),
    # the whole appendix in a new edition: its content is complete
    (["О внесении изменений в приказ от 05.10.2023 № 640",
      "1. Приложение к приказу изложить в новой редакции согласно приложению к настоящему приказу."], False),
    # a section restated is where a procedure's lists stand: read as a whole
    (["О внесении изменений в приказ от 05.10.2023 № 640", "1. Внести в Порядок изменение, изложив раздел 3 "
      "в следующей редакции:"], False),
    # a procedure's own words on changing the list amend nothing
    (["Порядок ведения перечня точек взаимодействия", "4. Внесение изменений в перечень осуществляется "
      "ответственным лицом, которое вправе внести изменения в перечень и дополнить перечень новыми строками "
      "по предложениям подразделений."], False),
    # a procedure speaking mid-sentence of proposals «о внесении изменений в перечень» amends nothing
    (["Порядок ведения перечня точек взаимодействия", "3.1. Подразделения направляют предложения о внесении "
      "изменений в перечень ответственному лицу.", "3.2. Ответственное лицо вправе дополнить перечень новыми "
      "строками по этим предложениям."], False),
    # a database's title line: the amending act's title quoted after its number
    (["Приказ Министерства культуры Тамбовской области от 12.03.2025 N 211 \"О внесении изменений в приказ\"",
      "1. Пункт 3.2 изложить в следующей редакции:"], True),
    # an act of its own citing points of another is no amendment
    (["Об утверждении Порядка ведения перечня", "3.2. Перечень ведется в соответствии с пунктом 5 Правил."],
     False),
])
def test_which_acts_restate_parts(lines, want):
    assert restates_parts(parse_text("\n".join(lines))) is want


@pytest.mark.parametrize("text, cell, want", [
    ("\"1.", True, "1."),
    ("Петров С.С.\".", True, "Петров С.С."),
    ("Отчёт».", True, "Отчёт"),
    ("\"3.3. Каналы: сайт; почта.\".", False, "3.3. Каналы: сайт; почта."),
    ("«Приложение к приказу от 05.10.2023 № 640", False, "Приложение к приказу от 05.10.2023 № 640"),
    # balanced quotes name something: kept
    ("Портал \"Госуслуги\"", True, "Портал \"Госуслуги\""),
    ("«Госуслуги»", True, "«Госуслуги»"),
    ("Подача заявления на портале «Госуслуги».", False, "Подача заявления на портале «Госуслуги»."),
    # a name's nested quotes closed once: its closing mark is the name's, not one too many
    ("ГИС «Портал «Госуслуги»", True, "ГИС «Портал «Госуслуги»"),
    ("Портал «Госуслуги»».", True, "Портал «Госуслуги»"),
    # a mark alone is a line of its own, left to the readers
    ("».", False, "»."),
])
def test_the_marks_wrapping_restated_text(text, cell, want):
    assert unquote(text, cell) == want


def _head(text: str) -> tuple:
    md, _ = read_metadata(unquote_restated(parse_text(text)))
    return md["order_number"], str(md["order_date"]), md["title"]


def test_an_appendix_in_a_new_edition_is_titled_past_both_stamps():
    """The amending order's stamp, then the amended act's in quotes: the number and date are the
    first stamp's (this file's act), the title the list's name under both."""
    text = ("Приложение к приказу министерства социального развития Новгородской области от 12.03.2025 № 211\n"
            "«Приложение к приказу министерства социального развития Новгородской области\nот 05.10.2023 № 640\n"
            "ПЕРЕЧЕНЬ\nточек взаимодействия с клиентами\n")
    assert _head(text) == ("211", "2025-03-12", "ПЕРЕЧЕНЬ точек взаимодействия с клиентами")


def test_the_edition_note_under_a_stamp_is_neither_title_nor_number():
    text = ("УТВЕРЖДЕН\nприказом комитета по труду и занятости Курской области\nот 05.10.2023 № 640\n"
            "(в редакции приказа комитета по труду\nи занятости Курской области от 12.03.2025 № 211)\n"
            "ПЕРЕЧЕНЬ\nточек взаимодействия с клиентами\n")
    assert _head(text) == ("640", "2023-10-05", "ПЕРЕЧЕНЬ точек взаимодействия с клиентами")


def test_a_database_title_line_gives_the_quoted_title_of_the_amending_act():
    text = ("Приказ Министерства культуры Тамбовской области от 12.03.2025 N 211 \"О внесении изменений в приказ "
            "министерства культуры Тамбовской области от 05.10.2023 N 640 \"Об утверждении перечня точек "
            "взаимодействия\"\"\nВ соответствии с постановлением Правительства области приказываю:\n")
    assert _head(text) == ("211", "2025-03-12", "О внесении изменений в приказ министерства культуры Тамбовской "
                           "области от 05.10.2023 N 640 \"Об утверждении перечня точек взаимодействия\"")


def test_the_enacting_word_under_a_title_is_no_part_of_it():
    text = "\n".join(_POINTS[:5])
    assert _head(text)[2] == ("О внесении изменений в приказ министерства культуры Тамбовской области от "
                              "05.10.2023 № 640")


def test_the_edition_note_under_an_amending_acts_title_is_no_part_of_it():
    """A database copy prints the edition under the title in capitals; the cited act's «N» stays
    a number sign when the title is put in sentence case."""
    text = ("МИНИСТЕРСТВО ТРУДА И СОЦИАЛЬНОЙ ЗАЩИТЫ РЕСПУБЛИКИ КОМИ\nПРИКАЗ\nот 22 июля 2025 г. N 798\n"
            "О ВНЕСЕНИИ ИЗМЕНЕНИЙ В ПРИКАЗ МИНИСТЕРСТВА ТРУДА И СОЦИАЛЬНОЙ ЗАЩИТЫ РЕСПУБЛИКИ КОМИ\n"
            "ОТ 24.11.2023 N 1192\n(в ред. Приказа Минтруда Республики Коми от 29.01.2024 N 66/1)\n"
            "В соответствии с Законом Республики Коми приказываю:\n")
    assert _head(text) == ("798", "2025-07-22", "О внесении изменений в приказ министерства труда и социальной "
                           "защиты Республики Коми от 24.11.2023 N 1192")


@pytest.mark.parametrize("title, want", [
    ("\"О внесении изменений в приказ от 24.11.2023 N 1192\"", "О внесении изменений в приказ от 24.11.2023 N 1192"),
    ("«Об утверждении программы «Молодёжь края» на 2025 год»", "Об утверждении программы «Молодёжь края» на 2025 год"),
    ("\"Об утверждении программы \"Молодёжь края\" на 2025 год\"", "Об утверждении программы \"Молодёжь края\" на 2025 год"),
    # the database's closing mark shared with the quoted name's: the opening one alone is the database's
    ("\"Об утверждении программы \"Молодёжь края на 2025 год\"", "Об утверждении программы \"Молодёжь края на 2025 год\""),
    ("«Об утверждении программы «Молодёжь края»", "Об утверждении программы «Молодёжь края»"),
    # two quoted parts side by side, a quote that only names something: kept
    ("\"О концепции развития\" \"О концепции\"", "\"О концепции развития\" \"О концепции\""),
    ("О программе \"Молодёжь края\"", "О программе \"Молодёжь края\""),
    ("\"Молодёжь края\"", "\"Молодёжь края\""),
])
def test_a_title_printed_in_quotes_loses_them(title, want):
    assert bare_title(title) == want


def test_a_procedure_citing_many_points_is_judged_at_once():
    """An amending act's points restated are sought in a procedure citing «пункт …» in every
    point: each citation is tried one way, not in every split of the words after it (the old
    cue took ~40 ms a citation, seconds a document: its time at n and 4n is
    benchmarks/bench_hostile_inputs.py's, never a test's)."""
    points = [f"{k}.1. Сведения по пункту {k} настоящего порядка определяет ответственный по пункту 2.{k} "
              "регламента и подпункту а) пункта 3 плана" for k in range(1, 79)]
    doc = parse_text("\n".join(["О внесении изменений в приказ от 05.10.2023 № 640", *points]))
    assert restates_parts(doc) is False             # no «изложить»: nothing restated
