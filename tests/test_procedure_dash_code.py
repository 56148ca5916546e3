"""Procedure lists nested under one dash (a list's lead-in is itself a dashed line, as in
orders that write «Перечень содержит:» / «- цифровые каналы:» / «- сайт;») and lists given as a
reference table «Код | Наименование» under their lead-in (parsers/extract/procedure.py,
listread.py, kindtable.py).  Texts composed here."""
from __future__ import annotations

from parsers.extract.procedure import extract_procedure
from parsers.formats.text import parse_text

TITLE = "Порядок ведения перечня точек взаимодействия департамента\n"

DASHED = ("4.2. В перечне отражаются:\n"
          "- направления деятельности департамента:\n"
          "- лицензирование розничной продажи алкогольной продукции;\n"
          "- государственная поддержка сельхозпроизводителей;\n"
          "- к электронным каналам взаимодействия относятся:\n"
          "- личный кабинет на портале госуслуг;\n"
          "- чат-бот в мессенджере;\n"
          "- очные каналы:\n"
          "- приёмная департамента;\n"
          "- потребности заявителей:\n"
          "- получить лицензию;\n"
          "- узнать размер субсидии.\n"
          "4.3. Перечень пересматривается ежегодно.")

WANT = [("direction", "лицензирование розничной продажи алкогольной продукции"),
        ("direction", "государственная поддержка сельхозпроизводителей"),
        ("channel_digital", "личный кабинет на портале госуслуг"),
        ("channel_digital", "чат-бот в мессенджере"),
        ("channel_offline", "приёмная департамента"),
        ("need", "получить лицензию"),
        ("need", "узнать размер субсидии")]


def _items(doc):
    return [(r["list_kind"], r["text_raw"]) for r in extract_procedure(doc)]


def test_lists_nested_under_one_dash_each_take_their_own_lead_in():
    assert _items(parse_text(TITLE + DASHED)) == WANT


def test_dash_nested_lists_in_a_word_file(tmp_path):
    from docx import Document as new_docx
    from parsers.formats import docx
    d = new_docx()
    for line in (TITLE + DASHED).split("\n"):
        d.add_paragraph(line)
    d.save(tmp_path / "order.docx")
    assert _items(docx.read(tmp_path / "order.docx")) == WANT


CODED = [("Код", "Наименование"), ("ЦК-01", "Официальный сайт комитета"),
         ("ЦК-02", "Электронная почта приёмной"), ("ЦК-03", "Платформа обратной связи")]


def test_a_reference_table_of_coded_items_under_its_lead_in(tmp_path):
    from docx import Document as new_docx
    from parsers.formats import docx
    d = new_docx()
    d.add_paragraph(TITLE.strip())
    d.add_paragraph("2.4. Цифровые каналы взаимодействия:")
    table = d.add_table(rows=0, cols=2)
    for code, name in CODED:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = code, name
    d.add_paragraph("2.5. Перечень размещается на официальном сайте.")
    d.save(tmp_path / "order.docx")
    got = [(r["list_kind"], r["ordinal"], r["text_raw"]) for r in extract_procedure(docx.read(tmp_path / "order.docx"))]
    assert got == [("channel_digital", code, name) for code, name in CODED[1:]]


def test_a_coded_table_in_converted_text():
    rows = "\n".join(f"{c}\t{n}" for c, n in [("Шифр", "Наименование направления"),
                                              ("НП.1", "Охрана объектов культурного наследия"),
                                              ("НП.2", "Выдача разрешений на проведение работ")])
    got = [(r["list_kind"], r["ordinal"], r["text_raw"])
           for r in extract_procedure(parse_text(TITLE + "3.1. Направления деятельности:\n\n" + rows + "\n"))]
    assert got == [("direction", "НП.1", "Охрана объектов культурного наследия"),
                   ("direction", "НП.2", "Выдача разрешений на проведение работ")]


def test_a_numbered_and_coded_table_takes_the_code_as_ordinal(tmp_path):
    from docx import Document as new_docx
    from parsers.formats import docx
    d = new_docx()
    d.add_paragraph(TITLE.strip())
    d.add_paragraph("2.6. Офлайн-каналы взаимодействия:")
    table = d.add_table(rows=0, cols=3)
    for row in [("№ п/п", "Код", "Наименование"), ("1", "ОК-1", "Приёмная комитета"), ("2", "ОК-2", "Телефон справочной службы")]:
        for c, text in zip(table.add_row().cells, row):
            c.text = text
    d.save(tmp_path / "order.docx")
    got = [(r["list_kind"], r["ordinal"], r["text_raw"]) for r in extract_procedure(docx.read(tmp_path / "order.docx"))]
    assert got == [("channel_offline", "ОК-1", "Приёмная комитета"),
                   ("channel_offline", "ОК-2", "Телефон справочной службы")]


def test_a_dashed_lead_in_naming_no_kind_still_heads_its_own_dashes():
    text = (TITLE + "5.1. Перечень содержит следующие сведения:\n- клиент может обратиться через:\n"
            "- официальный сайт;\n- личный приём;\n- потребности клиентов:\n- получить справку.\n6. Иное.")
    got = [(r["list_kind"], r.get("open_kinds"), r["text_raw"]) for r in extract_procedure(parse_text(text))]
    assert [t for _, _, t in got] == ["официальный сайт", "личный приём", "получить справку"]
    assert got[0][1] == ["channel_digital", "channel_offline"] and got[2][0] == "need"


def test_lead_ins_over_dashes_of_another_mark_under_a_point_naming_the_fields():
    # the point names what the list holds, not a kind: its dashed lead-ins head the en-dashes
    text = (TITLE + "3.1. Перечень точек взаимодействия содержит следующие сведения:\n"
            "- цифровые точки взаимодействия:\n– официальный сайт;\n– портал госуслуг;\n"
            "- офлайн-точки взаимодействия:\n– приёмная министерства.\n4. Иное.")
    assert _items(parse_text(text)) == [("channel_digital", "официальный сайт"), ("channel_digital", "портал госуслуг"),
                                        ("channel_offline", "приёмная министерства")]


def test_a_word_and_a_number_is_no_item_code():
    # «Этап 1 | …»: a table of stages under a lead-in is no list of coded items
    from parsers.extract.kindtable import column_list
    from parsers.formats.text import parse_text as read
    table = next(b for b in read("Этап 1\tПодготовка предложений\nЭтап 2\tУтверждение перечня\n").blocks
                 if hasattr(b, "rows"))
    assert column_list(table) is None


def test_a_number_then_a_value_is_a_data_row_not_a_coded_item():
    # «1 | 15 | …» (no header: a table's part after a page break): a row number and a count, data
    from parsers.extract.kindtable import column_list
    from parsers.formats.text import parse_text as read
    text = "1\t15\tВыдача лицензий на розничную продажу\n2\t30\tПриём заявлений на субсидию\n"
    table = next(b for b in read(text).blocks if hasattr(b, "rows"))
    assert column_list(table) is None
    coded = "1\tНД.1\tСоциальная поддержка\n2\t2.1\tОхрана труда\n"
    table = next(b for b in read(coded).blocks if hasattr(b, "rows"))
    assert [(n, t) for n, t, _ in column_list(table)] == [("НД.1", "Социальная поддержка"), ("2.1", "Охрана труда")]


def test_a_dash_nested_list_ends_at_the_item_its_full_stop_closes():
    # items closed by «;», the last by «.»: the dashed sentence after it is the order's text, no item
    text = (TITLE + "4.2. В перечне отражаются:\n- цифровые каналы взаимодействия:\n- официальный сайт;\n"
            "- портал госуслуг.\n- Перечень утверждается приказом министра.\n")
    assert _items(parse_text(text)) == [("channel_digital", "официальный сайт"), ("channel_digital", "портал госуслуг")]
