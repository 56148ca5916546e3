"""A procedure amended by an order, and a procedure's lists that look like a touchpoint list.

Forms: an amending order («О внесении изменений в приказ от … № … «Об утверждении Порядка ведения
перечня …»») restating the procedure's section of lists in quotes (as https://base.garant.ru/73189782
restates a point), its lists under lead-ins that are a touchpoint list's field labels («Потребности
клиента:», «Традиционные (офлайн) каналы взаимодействия:»); and the lists laid out in an appendix
table «№ п/п | Наименование | Примечание» under a bold full-width row per list, which converted text
prints as a line of its own between the rows.  Regions, bodies, numbers and items are our own.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from parsers.extract.lines import Line
from parsers.extract.procedure_title import titled
from parsers.extract.procedure_points import without_procedure_items
from parsers.provenance import address_span
from pipeline.run.process import process_path

_HEAD = ["МИНИСТЕРСТВО КУЛЬТУРЫ КУРГАНСКОЙ ОБЛАСТИ", "", "ПРИКАЗ", "", "от 12.03.2025 № 211", ""]
_AMENDING = ("О внесении изменений в приказ от 05.10.2023 № 640 «Об утверждении Порядка ведения перечня "
             "точек взаимодействия с внешними и внутренними клиентами»")
_LABELLED = ["\"3. Содержание перечня", "",
             "3.1. Потребности клиента:", "", "а) подать заявление на участие в конкурсе;", "",
             "б) получить консультацию по заполнению заявки;", "", "в) узнать результат рассмотрения.", "",
             "3.2. Традиционные (офлайн) каналы взаимодействия:", "", "а) личный приём граждан;", "",
             "б) телефон горячей линии;", "", "в) почтовое отправление.", "",
             "3.3. Цифровые каналы взаимодействия:", "", "а) официальный сайт министерства;", "",
             "б) Единый портал государственных услуг.\".", ""]
_CLOSE = ["2. Контроль за исполнением настоящего приказа оставляю за собой.", "", "Министр    А.Б. Васильев"]


def _write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "order.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _amending(body: list[str], part: str = "раздел 3") -> list[str]:
    return [*_HEAD, _AMENDING, "", "В целях актуализации сведений ПРИКАЗЫВАЮ:", "",
            "1. Внести в Порядок ведения перечня точек взаимодействия, утвержденный приказом от 05.10.2023 "
            f"№ 640, изменение, изложив {part} в следующей редакции:", "", *body, *_CLOSE]


def test_an_amending_order_restating_a_procedures_labelled_lists_is_a_procedure(tmp_path):
    r = process_path(_write(tmp_path, _amending(_LABELLED)))
    assert r.document["kinds"] == ["procedure"]
    assert r.touchpoints == []                      # the lead-ins' labels made no touchpoint records
    kinds = [i["list_kind"] for i in r.procedure_items]
    assert kinds.count("need") == 3 and kinds.count("channel_offline") == 3 and kinds.count("channel_digital") == 2


def test_a_procedures_labelled_lists_are_no_touchpoints_in_the_original_order_either(tmp_path):
    lines = [*_HEAD, "Об утверждении Порядка ведения перечня точек взаимодействия", "", "ПРИКАЗЫВАЮ:", "",
             "1. Утвердить прилагаемый Порядок ведения перечня точек взаимодействия.", "", *_CLOSE, "",
             "Порядок ведения перечня точек взаимодействия с внешними и внутренними клиентами", "",
             *[ln.strip('"').replace('.".', ".") for ln in _LABELLED]]
    r = process_path(_write(tmp_path, lines))
    assert r.document["kinds"] == ["procedure"]
    assert r.touchpoints == []
    assert len(r.procedure_items) == 8


_TABLE = ["\"Сведения, включаемые в перечень точек взаимодействия", "",
          "№ п/п\tНаименование\tПримечание",
          "**1. Перечень потребностей, удовлетворяемых в точке взаимодействия**",
          "1.1.\tподача заявления на участие в конкурсе\tпри наличии",
          "1.2.\tполучение консультации по заполнению заявки\tс 2025 года",
          "1.3.\tполучение результата рассмотрения\t—",
          "**2. К нецифровым каналам взаимодействия относятся**",
          "2.1.\tличный приём граждан\tпо мере внедрения",
          "2.2.\tтелефон горячей линии\tпри наличии",
          "2.3.\tпочтовое отправление\t",
          "**3. Цифровые точки взаимодействия**",
          "3.1.\tофициальный сайт министерства\t—",
          "3.2.\tсоциальные сети (ВКонтакте, Одноклассники)\tпри наличии",
          "3.3.\tЕдиный портал государственных услуг\tс 2025 года",
          "**4. Направления деятельности министерства**",
          "4.1.\tПредоставление государственных услуг\t—",
          "4.2.\tРассмотрение обращений граждан\tпри наличии", "", "\".", ""]


def test_a_procedures_lists_in_a_table_cut_by_bold_rows_are_no_touchpoint_list(tmp_path):
    r = process_path(_write(tmp_path, _amending(_TABLE, "приложение к Порядку")))
    assert r.document["kinds"] == ["procedure"]
    assert r.touchpoints == []
    assert r.document["status"] == "ok", r.document["error"]   # the table read as its lists is no table lost
    kinds = [i["list_kind"] for i in r.procedure_items]
    assert kinds.count("need") == 3 and kinds.count("channel_offline") == 3 and kinds.count("channel_digital") == 3
    assert kinds.count("direction") == 2


def _lines(*texts: str) -> list[Line]:
    return [Line(t, k, None, k) for k, t in enumerate(texts)]


@pytest.mark.parametrize("title, want", [
    (_AMENDING, True),
    ("О внесении изменений в Порядок ведения перечня точек взаимодействия, утвержденный приказом от 05.10.2023 № 640",
     True),
    ("О внесении изменения в приказ министерства от 05.10.2023 № 640 «Об утверждении порядка формирования перечня "
     "точек взаимодействия»", True),
    # what it amends is a touchpoint list or a plan, not a procedure
    ("О внесении изменений в приказ от 05.10.2023 № 640 «Об утверждении перечня точек взаимодействия»", False),
    ("О внесении изменений в перечень точек взаимодействия, утвержденный приказом от 05.10.2023 № 640", False),
    ("О внесении изменений в приказ от 05.10.2023 № 640 «Об утверждении плана мероприятий («дорожной карты»)»",
     False),
])
def test_an_amending_title_names_a_procedure_by_what_it_amends(title, want):
    assert titled(_lines("ПРИКАЗ", title, "ПРИКАЗЫВАЮ:")) is want


@pytest.mark.parametrize("locator, want", [
    ("line 17", ("line", 17, 17)),
    ("lines 15–17", ("line", 15, 17)),
    ("paragraphs 8–9", ("paragraph", 8, 9)),
    ("table 2, row 14", ("table 2, row", 14, 14)),
    ("page 3, table 1, rows 5–6", ("page 3, table 1, row", 5, 6)),
    ("table 1, row 3; needs legend: table 2, rows 1–4", ("table 1, row", 3, 3)),
    (None, None),
])
def test_a_locator_names_its_rows_lines_and_paragraphs(locator, want):
    assert address_span(locator) == want


def test_a_touchpoint_is_set_apart_where_its_span_holds_an_item():
    items = [{"source_locator": "line 17"}, {"source_locator": "line 40"}]
    points = [{"source_locator": "lines 15–20"}, {"source_locator": "lines 21–39"}, {"source_locator": "table 1, row 17"}]
    assert without_procedure_items(points, items) == points[1:]


def test_an_approved_list_of_labelled_records_beside_the_procedure_keeps_its_points(tmp_path):
    """An order approving both: the list's records lend their «Потребности клиента:» lines to the
    procedure's reader, yet their channels are no procedure item, so its points stay."""
    records = []
    for n, (process, channel, need) in enumerate([
            ("Выдача разрешений", "Официальный сайт министерства", "подать заявление на участие в конкурсе"),
            ("Выдача разрешений", "Личный приём граждан", "получить консультацию по заполнению заявки"),
            ("Консультирование", "Телефон горячей линии", "узнать результат рассмотрения")], 1):
        records += [f"{n}. Направление деятельности: Культура", f"Процесс: {process}",
                    f"Точка взаимодействия: {channel}", "Потребности клиента:", f"- {need};",
                    "Тип точки взаимодействия: офлайн", ""]
    lines = [*_HEAD, "Об утверждении Порядка ведения перечня точек взаимодействия и перечня точек взаимодействия",
             "", "ПРИКАЗЫВАЮ:", "", "1. Утвердить прилагаемые Порядок ведения перечня точек взаимодействия и "
             "перечень точек взаимодействия.", "", *_CLOSE, "",
             "Порядок ведения перечня точек взаимодействия с внешними и внутренними клиентами", "",
             *[ln.strip('"').replace('.".', ".") for ln in _LABELLED], "",
             "Перечень точек взаимодействия министерства культуры", "", *records]
    r = process_path(_write(tmp_path, lines))
    assert "touchpoint_list" in r.document["kinds"] and "procedure" in r.document["kinds"]
    listed = [(t["touchpoint_raw"], t["interaction_raw"]) for t in r.touchpoints
              if t["source_locator"] and int(t["source_locator"].split()[-1].split("–")[0]) > len(lines) - len(records)]
    assert listed == [("Официальный сайт министерства", "подать заявление на участие в конкурсе"),
                      ("Личный приём граждан", "получить консультацию по заполнению заявки"),
                      ("Телефон горячей линии", "узнать результат рассмотрения")]
    assert not any(t["touchpoint_raw"].casefold() == "почтовое отправление" for t in r.touchpoints)


def test_a_touchpoint_whose_channel_is_no_item_of_its_lines_stays():
    items = [{"source_locator": "line 17", "text_raw": "личный приём граждан;"}]
    points = [{"source_locator": "lines 15–20", "touchpoint_raw": "Личный приём граждан"},
              {"source_locator": "lines 16–18", "touchpoint_raw": "Официальный сайт"}]
    assert without_procedure_items(points, items) == points[1:]


@pytest.mark.parametrize("lines", [
    # an amending act of a touchpoint list, its preamble naming the procedure (read on across line breaks)
    ("О внесении изменений в перечень точек взаимодействия министерства, утвержденный приказом от 05.10.2023 № 640",
     "В соответствии с Порядком ведения перечня точек взаимодействия, утвержденным приказом от 01.09.2023 № 512, "
     "ПРИКАЗЫВАЮ:"),
    ("О внесении изменений в приказ от 05.10.2023 № 640 «Об утверждении перечня точек взаимодействия»",
     "В соответствии с приказом от 01.09.2023 № 512 «Об утверждении Порядка ведения перечня точек взаимодействия»"),
    ("О внесении изменений в перечень точек взаимодействия, утвержденный приказом от 05.10.2023 № 640",
     "В соответствии с приказом от 01.09.2023 № 512 «Об утверждении Порядка ведения перечня точек взаимодействия»"),
    ("Об изменении состава рабочей группы",
     "В соответствии с Порядком ведения перечня точек взаимодействия ПРИКАЗЫВАЮ:"),
])
def test_an_amending_title_of_another_act_names_no_procedure_whatever_its_preamble_says(lines):
    assert titled(_lines("ПРИКАЗ", *lines)) is False


@pytest.mark.parametrize("lines", [
    ("О внесении изменений в приказ министерства от 05.10.2023 N 640-п",       # the quoted title on its own line
     "«Об утверждении Порядка ведения перечня точек взаимодействия»", "ПРИКАЗЫВАЮ:"),
    ("О внесении изменений в приказ от «5» октября 2023 г. № 640-п «Об утверждении Порядка ведения перечня "
     "точек взаимодействия»", "ПРИКАЗЫВАЮ:"),                                     # a date's day in quotes first
])
def test_the_amended_acts_quoted_title_names_the_procedure(lines):
    assert titled(_lines("ПРИКАЗ", *lines)) is True
