"""A roadmap whose stage rows alone carry the term and the responsible one («1. | Этап … | до 1 марта 2026 г. |
Отдел кадров» over «1.1», «1.2» with those cells blank): each item takes its stage's, an item with its own keeps
it, and a heading with no term gives its items nothing.  Expectations read from the plan as written."""
from __future__ import annotations

from docx import Document as new_docx

from normalizers.roadmap_codes import code_roadmap
from parsers.extract.roadmap import extract_roadmap
from parsers.formats import docx as docx_reader
from parsers.formats.text import parse_text

HEAD = ["№ п/п", "Наименование мероприятия", "Срок исполнения", "Ответственный исполнитель", "Ожидаемый результат"]
ROWS = [
    ["1.", "Этап подготовки к внедрению стандарта", "до 1 марта 2026 г.", "Отдел кадров", ""],
    ["1.1.", "Создать рабочую группу", "", "", "Приказ"],
    ["1.2.", "Провести анкетирование жителей", "", "", "Отчёт"],
    ["2.", "Этап внедрения стандарта", "IV квартал 2026 г.", "Отдел услуг", ""],
    ["2.1.", "Открыть окно приёма в МФЦ", "", "", "Окно приёма"],
    ["2.2.", "Обновить памятки для заявителей", "до 01.06.2026", "Пресс-служба", "Памятки"],   # its own
    ["2.3.", "Провести обучение специалистов", "", "Отдел кадров", "Обучение"],              # its own responsible
    ["3.", "Кадровый блок", "", "", ""],                                                     # a heading: no term
    ["3.1.", "Утвердить кодекс этики", "до 01.04.2026", "Отдел кадров", "Приказ"],
    ["3.2.", "Провести опрос сотрудников", "", "", "Отчёт"],
]
# (item, section, term as written, date, responsible) read from the plan: a stage's items its term and
# responsible; 2.2 its own; 2.3 the stage's term, its own responsible; under «3. Кадровый блок» nothing given
WANT = [
    ("1", False, "до 1 марта 2026 г.", "2026-03-01", "Отдел кадров"),
    ("1.1", False, "до 1 марта 2026 г.", "2026-03-01", "Отдел кадров"),
    ("1.2", False, "до 1 марта 2026 г.", "2026-03-01", "Отдел кадров"),
    ("2", False, "IV квартал 2026 г.", "2026-12-31", "Отдел услуг"),
    ("2.1", False, "IV квартал 2026 г.", "2026-12-31", "Отдел услуг"),
    ("2.2", False, "до 01.06.2026", "2026-06-01", "Пресс-служба"),
    ("2.3", False, "IV квартал 2026 г.", "2026-12-31", "Отдел кадров"),
    ("3", True, None, None, None),
    ("3.1", False, "до 01.04.2026", "2026-04-01", "Отдел кадров"),
    ("3.2", False, None, None, None),
]


def _read(recs):
    return [(r["item_no"], r["is_section"], r["deadline_raw"], r["deadline"] and r["deadline"].isoformat(),
             r["responsible_raw"]) for r in code_roadmap(recs)]


def test_text_stage_rows_give_their_items_term_and_responsible():
    lines = ["\t".join(HEAD)] + ["\t".join(row) for row in ROWS]
    recs = extract_roadmap(parse_text("План мероприятий («дорожная карта»)\n\n" + "\n".join(lines) + "\n"))
    assert _read(recs) == WANT


def test_docx_stage_rows_give_their_items_term_and_responsible(tmp_path):
    d = new_docx()
    d.add_paragraph("План мероприятий («дорожная карта»)")
    t = d.add_table(rows=1 + len(ROWS), cols=len(HEAD))
    for r, row in enumerate([HEAD] + ROWS):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    d.save(tmp_path / "p.docx")
    assert _read(extract_roadmap(docx_reader.read(tmp_path / "p.docx"))) == WANT
