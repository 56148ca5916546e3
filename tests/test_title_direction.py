"""A list whose rows name no direction (no direction column, no section rows) under a title that
names one: the order's title («… по направлению «…»»), or one appendix a direction, each with its
own stamp and title (parsers/extract/title_direction.py).  The orders are this file's own, in the
forms such orders take."""
from __future__ import annotations

from docx import Document as new_docx

from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats import docx as docx_reader
from parsers.formats.text import read as read_text
from parsers.tables.sections import named_part

HEAD = ["№ п/п", "Наименование процесса", "Точка взаимодействия", "Потребность клиента"]
LICENCE = [["1", "Выдача лицензии на розничную продажу алкоголя", "Единый портал государственных услуг",
            "Подать заявление"],
           ["2", "Переоформление лицензии", "Личный приём в министерстве", "Получить консультацию"]]
HUNT = [["1", "Выдача разрешения на добычу охотничьих ресурсов", "Официальный сайт министерства",
         "Узнать порядок выдачи"]]


def test_named_part_reads_the_part_a_title_names():
    assert named_part("Перечень точек взаимодействия с клиентами по направлению «Лицензирование»") == "Лицензирование"
    assert named_part("Точки взаимодействия с клиентами в сфере охоты") == "в сфере охоты"
    assert named_part("Перечень точек взаимодействия по направлению «Работа с порталом «Госуслуги»»") == \
        "Работа с порталом «Госуслуги»"
    assert named_part("Перечень точек взаимодействия по направлениям деятельности министерства") is None


def _table(d, rows):
    t = d.add_table(rows=1 + len(rows), cols=len(HEAD))
    for i, row in enumerate([HEAD, *rows]):
        for j, text in enumerate(row):
            t.cell(i, j).text = text


def _appendices_docx(path):
    """Two appendices, each a stamp and a plain (not bold) title naming its direction, then a
    third whose title names the whole list: its rows name no direction."""
    d = new_docx()
    d.add_paragraph("ПРИКАЗ")
    d.add_paragraph("1. Утвердить перечни точек взаимодействия с клиентами по направлениям деятельности "
                    "министерства согласно приложениям 1–3 к настоящему приказу.")
    for n, title, rows in ((1, "Перечень точек взаимодействия с клиентами по направлению «Лицензирование»", LICENCE),
                           (2, "Перечень точек взаимодействия с клиентами в сфере охоты", HUNT),
                           (3, "Перечень точек взаимодействия с клиентами", HUNT)):
        d.add_paragraph(f"Приложение № {n} к приказу от 2 сентября 2025 г. № 108")
        d.add_paragraph(title)
        _table(d, rows)
    d.save(path)
    return path


def test_each_appendix_title_names_its_rows_direction(tmp_path):
    """The tables share a header, so they are read as one list across the appendices: each
    appendix's stamp ends the direction above it, and the third's rows name none."""
    rows = extract_touchpoints(docx_reader.read(_appendices_docx(tmp_path / "a.docx")))[0]
    got = [r["direction_raw"] for r in rows]
    assert [r["touchpoint_raw"] for r in rows] == [LICENCE[0][2], LICENCE[1][2], HUNT[0][2], HUNT[0][2]]
    assert "«Лицензирование»" in got[0] and got[1] == got[0] and "в сфере охоты" in got[2]
    assert got[3] is None


ORDER = """**МИНИСТЕРСТВО ПРИРОДНЫХ РЕСУРСОВ ОБЛАСТИ**

**ПРИКАЗ**

**Об утверждении перечня точек взаимодействия с клиентами по направлению деятельности «Лицензирование»**

1. Утвердить перечень точек взаимодействия с клиентами согласно приложению.

Министр                              А.Б. Васильев

Приложение к приказу от 2 сентября 2025 г. № 108

**Перечень точек взаимодействия с клиентами**

**Точка взаимодействия № 1**

Процесс (услуга, функция)\tВыдача лицензии на пользование недрами
Точка взаимодействия (канал)\tЕдиный портал государственных услуг
Вид точки взаимодействия\tцифровая
Потребности клиента\tПодать заявление; узнать о ходе рассмотрения

**Точка взаимодействия № 2**

Процесс (услуга, функция)\tВыдача лицензии на пользование недрами
Точка взаимодействия (канал)\tЛичный приём в министерстве
Вид точки взаимодействия\tофлайн
Потребности клиента\tПолучить консультацию
"""


def test_order_title_names_the_one_appendix_direction(tmp_path):
    """One appendix, its title naming the whole list: the order's title says the direction of
    a list written as cards (a two-column table a touchpoint)."""
    path = tmp_path / "o.txt"
    path.write_text(ORDER, encoding="utf-8")
    rows = extract_touchpoints(read_text(path))[0]
    assert [r["touchpoint_raw"] for r in rows] == ["Единый портал государственных услуг", "Личный приём в министерстве"]
    assert {r["direction_raw"] for r in rows} == {"Лицензирование"}


def test_the_orders_numbered_clauses_head_no_card_of_an_unmarked_appendix(tmp_path):
    """A scan marks nothing bold: the order's numbered clauses («2. Контроль за исполнением …»)
    stay open as the list's hierarchy unless the appendix's stamp ends them; the cards then
    take the direction their titles name, not the clause's words."""
    plain = ORDER.replace("**", "").replace(
        "согласно приложению.\n", "согласно приложению.\n\n2. Контроль за исполнением настоящего приказа оставляю за собой.\n")
    path = tmp_path / "o.txt"
    path.write_text(plain, encoding="utf-8")
    rows = extract_touchpoints(read_text(path))[0]
    assert [r["touchpoint_raw"] for r in rows] == ["Единый портал государственных услуг", "Личный приём в министерстве"]
    assert {r["direction_raw"] for r in rows} == {"Лицензирование"}



def _order_docx(path):
    """An order whose title names the direction; the list, an appendix with no title of its own, far below."""
    d = new_docx()
    d.add_paragraph("ПРИКАЗ")
    d.add_paragraph("Об утверждении перечня точек взаимодействия с клиентами по направлению «Лицензирование»").runs[0].bold = True
    d.add_paragraph("В целях повышения клиентоцентричности приказываю:")
    d.add_paragraph("1. Утвердить прилагаемый перечень точек взаимодействия с клиентами.")
    d.add_paragraph("2. Контроль за исполнением настоящего приказа оставляю за собой.")
    d.add_paragraph("Приложение к приказу от 2 сентября 2025 г. № 108")
    _table(d, LICENCE)
    d.save(path)
    return path


def test_a_direction_only_a_far_title_names_is_sent_to_review(tmp_path):
    """The order's title names «Лицензирование» for the rows of a list far below it, whose table
    names no direction: the code stands, but a reading of the whole order is no reading of the
    row — it goes to review; the same words as the rows' own stated direction are not reviewed."""
    from pipeline.run.normalize import normalize_touchpoints
    raw = extract_touchpoints(docx_reader.read(_order_docx(tmp_path / "o.docx")))[0]
    # the order's last clause («2. Контроль за исполнением …»), above the appendix's stamp, heads nothing
    assert raw and all("Лицензирование" in (r["direction_raw"] or "") for r in raw)
    rows, review = normalize_touchpoints("d", raw)
    assert rows[0]["direction"] == "public_services"
    assert any(r["field"] == "direction" and "Лицензирование" in r["text_raw"] and r["score"] < 0.85 for r in review)
    _, review = normalize_touchpoints("d", [dict(r, direction_far=False) for r in raw])
    assert not any(r["field"] == "direction" and "Лицензирование" in r["text_raw"] for r in review)


def test_a_lists_own_title_just_above_it_is_not_far(tmp_path):
    """A stamp, then the list's own title one line above its table: the title is the list's, near —
    its direction is the rows' as surely as a heading's, not sent to review (only a title with the
    order's clauses or a stamp between it and the table is far)."""
    from pipeline.run.normalize import normalize_touchpoints
    d = new_docx()
    d.add_paragraph("Приложение к приказу от 2 сентября 2025 г. № 108")
    d.add_paragraph("Перечень точек взаимодействия с клиентами по направлению «Лицензирование»")   # plain, unmarked
    _table(d, LICENCE)
    d.save(tmp_path / "a.docx")
    raw = extract_touchpoints(docx_reader.read(tmp_path / "a.docx"))[0]
    assert raw and all("Лицензирование" in (r["direction_raw"] or "") and not r["direction_far"] for r in raw)
    rows, review = normalize_touchpoints("d", raw)
    assert rows[0]["direction"] == "public_services"
    assert not any(r["field"] == "direction" and "Лицензирование" in r["text_raw"] for r in review)


def test_a_title_set_above_its_lists_stamp_still_heads_it(tmp_path):
    """A bold direction title, then the appendix's stamp (a PDF gives a stamp printed beside the
    title after it), then the table: the title is the list's caption, its direction the rows' —
    only the order's clauses above a stamp («2. Контроль за исполнением …») head nothing."""
    d = new_docx()
    d.add_paragraph("Раздел 2. Контрольно-надзорная деятельность").runs[0].bold = True
    d.add_paragraph("Приложение 2 к приказу от 2 сентября 2025 г. № 108")
    _table(d, LICENCE)
    d.save(tmp_path / "s.docx")
    raw = extract_touchpoints(docx_reader.read(tmp_path / "s.docx"))[0]
    assert [r["direction_raw"] for r in raw] == ["Контрольно-надзорная деятельность"] * 2
    assert not any(r["direction_far"] for r in raw)


def test_a_numbered_heading_above_an_approval_stamp_heads_the_table(tmp_path):
    """A numbered heading right above the stamp «УТВЕРЖДЕН приказом …» over the table, bold or plain: the
    table's direction (it was dropped with the order's clauses); an order's clause there — a sentence,
    or a line with a verb even without its stop — still heads nothing."""
    for heading, want in [("2. Контрольно-надзорная деятельность", "Контрольно-надзорная деятельность"),
                          ("3. Контроль за исполнением настоящего приказа оставляю за собой.", None),
                          ("3. Настоящий приказ вступает в силу со дня его подписания", None)]:
        for bold in (True, False):
            d = new_docx()
            d.add_paragraph("1. Утвердить прилагаемый перечень точек взаимодействия.")
            d.add_paragraph(heading).runs[0].bold = bold
            d.add_paragraph("УТВЕРЖДЕН приказом министерства от 2 сентября 2025 г. № 108")
            _table(d, LICENCE)
            d.save(tmp_path / "n.docx")
            raw = extract_touchpoints(docx_reader.read(tmp_path / "n.docx"))[0]
            assert [r["direction_raw"] for r in raw] == [want] * 2, (heading, bold)


def test_an_orders_clause_without_its_stop_above_a_stamp_heads_nothing(tmp_path):
    """A numbered clause of the order with no verb left in it — cut at its line's end (a PDF's line), or its
    stop lost — right above the stamp: it speaks of the order itself («настоящего приказа»), no direction."""
    for clause in ["2. Контроль за исполнением настоящего приказа",
                   "3. Опубликование настоящего распоряжения на официальном сайте министерства"]:
        d = new_docx()
        d.add_paragraph("1. Утвердить прилагаемый перечень точек взаимодействия.")
        d.add_paragraph(clause)
        d.add_paragraph("УТВЕРЖДЕН приказом министерства от 2 сентября 2025 г. № 108")
        _table(d, LICENCE)
        d.save(tmp_path / "c.docx")
        raw = extract_touchpoints(docx_reader.read(tmp_path / "c.docx"))[0]
        assert [r["direction_raw"] for r in raw] == [None] * 2, clause
