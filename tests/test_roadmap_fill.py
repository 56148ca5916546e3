"""A term cell merged down over a run of measures, printed once in converted text: each measure of
the run is due on that term; a heading row and a measure in the next stage take nothing from it."""
from __future__ import annotations

from datetime import date

from parsers.extract.roadmap import extract_roadmap
from parsers.formats.text import parse_text
from normalizers.deadlines import parse_deadline

HEAD = "№\tМероприятие\tСрок реализации\tОтветственный исполнитель\tРезультат"
LINES = [HEAD,
         "1.\tОрганизационные мероприятия\t\t\t",
         "1.1.\tСоздать рабочую группу\tдо 15.03.2026\tОтдел кадров\tПриказ",
         "1.2.\tУтвердить положение о рабочей группе\t\tОтдел кадров\tПоложение",
         "1.3.\tПровести первое заседание\t\t\tПротокол",
         "2.\tИзучение мнения заявителей\t\t\t",
         "2.1.\tПровести анкетирование\tIII квартал 2026 г.\tОтдел анализа\tОтчёт",
         "2.2.\tОпубликовать итоги анкетирования\t\tПресс-служба\tИнформация на сайте"]


def test_a_term_printed_once_over_a_run_is_each_measures_term():
    recs = extract_roadmap(parse_text("\n".join(LINES) + "\n"))
    got = [(r["item_no"], r["is_section"], parse_deadline(r["deadline_raw"] or "").date, r["responsible_raw"])
           for r in recs]
    assert got == [("1", True, None, None),
                   ("1.1", False, date(2026, 3, 15), "Отдел кадров"),
                   ("1.2", False, date(2026, 3, 15), "Отдел кадров"),
                   ("1.3", False, date(2026, 3, 15), None),      # a blank responsible stays blank
                   ("2", True, None, None),                      # a heading takes no term
                   ("2.1", False, date(2026, 9, 30), "Отдел анализа"),
                   ("2.2", False, date(2026, 9, 30), "Пресс-служба")]


def test_a_term_does_not_run_on_into_the_next_stage():
    lines = [HEAD, "**Этап 1. Подготовка**", "1.\tСоздать рабочую группу\tдо 15.03.2026\tОтдел кадров\tПриказ",
             "**Этап 2. Внедрение**", "2.\tОткрыть окно приёма\t\tОтдел услуг\tОкно открыто"]
    recs = [r for r in extract_roadmap(parse_text("\n".join(lines) + "\n")) if not r["is_section"]]
    assert [r["deadline_raw"] for r in recs] == ["до 15.03.2026", None]
