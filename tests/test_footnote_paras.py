"""Footnotes under a table (parsers/tables/footnote_paras.py): a paragraph opened by a mark that a cell above
carries glued to its word explains that cell — it is no caption or direction heading of the next table.  A
heading numbered «1)» with no cell so marked stays a heading.  The lists are composed for these tests."""
from __future__ import annotations

from pathlib import Path

from pipeline.run.process import process_path

_TITLE = "Перечень точек взаимодействия с клиентами"
_HEAD = "№ п/п\tНаименование процесса\tКанал взаимодействия\tПотребность клиента"
_KINDED = "Процесс\tКанал взаимодействия\tПотребность клиента\tОтветственный"


def _txt(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "list.txt"
    path.write_text("\n".join([_TITLE, "", *lines]) + "\n", encoding="utf-8")
    return path


def _directions(tmp_path: Path, marks: tuple[str, str, str]) -> list[tuple[str, str]]:
    """A numbered direction over a table cut by its kinds' rows, three cells marked, their footnotes under it, then
    the next direction unnumbered over a table of its own."""
    a, b, c = marks
    lines = ["II. Работа с обращениями граждан", "", _KINDED, "1\t2\t3\t4", "**Цифровые точки**",
             f"Рассмотрение обращений\tЧат-бот в Телеграм\tподать заявление\tПриёмная{a}",
             f"\tТелеграм-канал\tузнать о ходе проверки\tОтдел кадров{b}", "**Офлайн-точки**",
             f"Рассмотрение обращений\tдоска объявлений\tполучить консультацию по порядку\tПриёмная{c}", "",
             f"{a} В соответствии с графиком работы учреждения.", "", f"{b} Для заявителей, прошедших регистрацию.", "",
             f"{c} Указывается при наличии технической возможности.", "",
             "ВЕДЕНИЕ БУХГАЛТЕРСКОГО УЧЕТА", "", _KINDED, "1\t2\t3\t4", "**Цифровые точки**",
             "Выдача расчётных листков\tмобильное приложение\tполучить расчётный листок\tОтдел кадров"]
    rows = process_path(_txt(tmp_path, lines)).touchpoints
    return [(r["touchpoint_raw"], r["direction_raw"]) for r in rows]


def test_footnotes_under_a_table_are_no_heading_of_the_next(tmp_path):
    # (asterisks: converted text takes «**» for bold and strips a cell's trailing ones, so no cell keeps the mark)
    for marks in (("[1]", "[2]", "[3]"), ("1)", "2)", "3)"), ("¹", "²", "³")):
        got = _directions(tmp_path, marks)
        assert got[-1] == ("мобильное приложение", "ВЕДЕНИЕ БУХГАЛТЕРСКОГО УЧЕТА"), marks
        assert {d for _, d in got[:-1]} == {"Работа с обращениями граждан"}, marks


def test_a_numbered_heading_with_no_cell_so_marked_stays_a_heading(tmp_path):
    lines = ["Работа с обращениями граждан", "", _HEAD,
             "1\tРассмотрение обращений\tМФЦ\tподать заявление", "",
             "2) Предоставление государственных услуг", "", _HEAD,
             "1\tВыдача лицензии\tЕдиный портал государственных услуг\tподать заявление на лицензию"]
    rows = process_path(_txt(tmp_path, lines)).touchpoints
    assert "Предоставление государственных услуг" in rows[-1]["direction_raw"]
