"""A list grouped by the point's KIND first: a group row «I. Цифровые точки взаимодействия» with its
directions' rows under it, no kind column — every row under the group row, whichever direction it stands
in, is of that kind, up to the next kind's group row (parsers/extract/touchpoints.py `_apply_heading`).
A kind's row INSIDE a direction (directions first, kinds under each) still ends at the next direction.
Tables composed here from the form, in words of no particular list."""
from __future__ import annotations

from parsers.document import Cell, Document, Paragraph, Row, Source, Table
from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats.text import parse_text

HEAD = ["№ п/п", "Наименование процесса", "Канал взаимодействия", "Потребности клиента"]


def _got(doc, *fields):
    recs, _ = extract_touchpoints(doc)
    return [tuple(r[f] for f in fields) for r in recs]


def test_a_kind_group_row_over_direction_rows_types_every_direction_under_it_in_text():
    text = "\n".join([
        "\t".join(HEAD),
        "**I. Дистанционные точки**",
        "**Лицензирование**",
        "1.\tВыдача лицензии\tПортал госуслуг\tПодача заявления",
        "**Контроль (надзор)**",
        "2.\tПлановая проверка\tЛичный кабинет\tПолучение акта",
        "**II. Очные точки**",
        "**Лицензирование**",
        "3.\tВыдача лицензии\tПриёмная\tКонсультирование",
        "**Контроль (надзор)**",
        "4.\tПлановая проверка\tВыезд инспектора\tОзнакомление с актом",
    ]) + "\n"
    assert _got(parse_text(text), "direction_raw", "touchpoint_raw", "point_type_raw") == [
        ("Лицензирование", "Портал госуслуг", "Дистанционные точки"),
        ("Контроль (надзор)", "Личный кабинет", "Дистанционные точки"),
        ("Лицензирование", "Приёмная", "Очные точки"),
        ("Контроль (надзор)", "Выезд инспектора", "Очные точки"),
    ]


def _row(k, *texts, wide=False):
    cells = [Cell(texts[0], colspan=len(HEAD))] + [Cell("", covered=True)] * (len(HEAD) - 1) if wide \
        else [Cell(t) for t in texts]
    return Row(cells, Source(row=k))


def test_a_kind_group_row_over_direction_rows_in_a_word_table():
    rows = [Row([Cell(h) for h in HEAD], Source(row=0), is_header=True),
            _row(1, "I. Физические точки взаимодействия", wide=True),
            _row(2, "Социальная поддержка", wide=True),
            _row(3, "1.", "Назначение пособия", "Приёмная министерства", "Подача заявления"),
            _row(4, "Кадровое обеспечение", wide=True),
            _row(5, "2.", "Приём на работу", "Отдел кадров", "Подача документов"),
            _row(6, "II. Цифровые точки взаимодействия", wide=True),
            _row(7, "Социальная поддержка", wide=True),
            _row(8, "3.", "Назначение пособия", "Сайт министерства", "Получение сведений")]
    doc = Document([Paragraph("Перечень точек взаимодействия"), Table(rows)], "docx")
    assert _got(doc, "direction_raw", "point_type_raw") == [
        ("Социальная поддержка", "Физические точки взаимодействия"),
        ("Кадровое обеспечение", "Физические точки взаимодействия"),
        ("Социальная поддержка", "Цифровые точки взаимодействия"),
    ]


def test_a_kind_row_under_a_direction_ends_at_the_next_direction():
    text = "\n".join([
        "\t".join(HEAD),
        "**Лицензирование**",
        "Цифровые точки\t\t\t",
        "1.\tВыдача лицензии\tПортал госуслуг\tПодача заявления",
        "**Контроль (надзор)**",
        "2.\tПлановая проверка\tВыезд инспектора\tОзнакомление с актом",
    ]) + "\n"
    assert _got(parse_text(text), "direction_raw", "point_type_raw") == [
        ("Лицензирование", "Цифровые точки"), ("Контроль (надзор)", None)]


def test_an_empty_kind_section_under_a_direction_types_no_direction_after_it():
    """Directions first, kinds under each: a kind heading with no rows («Офлайн точки» over the next direction)
    does not make the list one grouped by kind — the table's first direction heading stood under no kind."""
    text = "\n".join([
        "\t".join(HEAD),
        "**Лицензирование**",
        "**Цифровые точки**",
        "1.\tВыдача лицензии\tПортал госуслуг\tПодача заявления",
        "**Офлайн точки**",
        "**Контроль (надзор)**",
        "2.\tПлановая проверка\tВыезд инспектора\tОзнакомление с актом",
        "**Обучение**",
        "3.\tКурсы повышения квалификации\tУчебный центр\tЗапись на курсы",
    ]) + "\n"
    assert _got(parse_text(text), "direction_raw", "point_type_raw") == [
        ("Лицензирование", "Цифровые точки"), ("Контроль (надзор)", None), ("Обучение", None)]


def test_directions_named_with_a_kind_word_under_kind_groups_take_their_group_s_kind():
    """«Цифровая трансформация», «Очное обучение» name activities (directions), not kinds: under «II. Очные
    точки» a digital-sounding direction is still of the group's kind."""
    text = "\n".join([
        "\t".join(HEAD),
        "**I. Дистанционные точки**",
        "**Цифровая трансформация**",
        "1.\tВыдача сертификата\tПортал госуслуг\tПодача заявления",
        "**II. Очные точки**",
        "**Очное обучение**",
        "2.\tОбучение специалистов\tУчебный класс\tЗапись на обучение",
        "**Цифровая трансформация**",
        "3.\tВыдача сертификата\tПриёмная министерства\tПолучение сертификата",
    ]) + "\n"
    assert _got(parse_text(text), "direction_raw", "point_type_raw") == [
        ("Цифровая трансформация", "Дистанционные точки"), ("Очное обучение", "Очные точки"),
        ("Цифровая трансформация", "Очные точки")]
