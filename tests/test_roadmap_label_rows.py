"""A roadmap with no responsible column, or one left blank, whose responsible ones are written on rows of their
own above the measures they cover («Отв.: …», «Ответственные: …», «Исполнитель — …»): each measure up to the
next such row, stage or heading takes that row's; the row is no item and no heading; a measure's own cell
stands.  Expectations read from the plan as written (Word, and the converted text's tab-separated rows with a
full-width row as a line of its own, «**…**» where bold)."""
from __future__ import annotations

from docx import Document as new_docx

from normalizers.roadmap_codes import code_roadmap
from parsers.extract.roadmap import extract_roadmap
from parsers.extract.roadmap_label_rows import row_label
from parsers.formats import docx as docx_reader
from parsers.formats.text import parse_text

HEAD = ["№ п/п", "Наименование мероприятия", "Срок исполнения", "Ожидаемый результат"]
WIDE = None      # a row of one cell across the table
ROWS = [
    [WIDE, "1. Подготовительный этап"],
    [WIDE, "Отв.: отдел организационной работы"],
    ["1.1.", "Создать рабочую группу", "до 1 марта 2026 г.", "Приказ"],
    ["1.2.", "Провести анкетирование жителей", "до 1 апреля 2026 г.", "Отчёт"],
    [WIDE, "Ответственные: сектор информатизации, пресс-служба"],
    ["1.3.", "Обновить раздел на официальном сайте", "до 1 мая 2026 г.", "Раздел сайта"],
    [WIDE, "2. Этап внедрения"],
    ["2.1.", "Открыть окно приёма в МФЦ", "до 1 июня 2026 г.", "Окно приёма"],      # no label since the stage
    [WIDE, "Исполнитель — Петрова Анна Сергеевна, начальник управления делами министерства; Орлов Олег "
           "Ильич, консультант отдела информатизации и цифрового развития"],                      # long: read as no heading, still a label
    ["2.2.", "Провести обучение специалистов", "до 1 июля 2026 г.", "Обучение"],
    [WIDE, "**Мероприятия по оценке качества**"],                      # a heading (bold) ends the label
    ["2.3.", "Провести опрос заявителей", "до 1 августа 2026 г.", "Отчёт"],
]
# (item, responsible as written) read from the plan: the stages none (no label above them)
WANT = [("1", None), ("1.1", "отдел организационной работы"), ("1.2", "отдел организационной работы"),
        ("1.3", "сектор информатизации, пресс-служба"), ("2", None), ("2.1", None),
        ("2.2", "Петрова Анна Сергеевна, начальник управления делами министерства; Орлов Олег Ильич, консультант "
                "отдела информатизации и цифрового развития"),
        ("2.3", None)]


def _read(recs):
    return [(r["item_no"], r["responsible_raw"]) for r in code_roadmap(recs)]


def _text(head, rows):
    lines = ["\t".join(head)] + [row[1] if row[0] is WIDE else "\t".join(row) for row in rows]
    return parse_text("План мероприятий («дорожная карта»)\n\n" + "\n".join(lines) + "\n")


def _docx(tmp_path, head, rows):
    d = new_docx()
    d.add_paragraph("План мероприятий («дорожная карта»)")
    t = d.add_table(rows=1 + len(rows), cols=len(head))
    for r, row in enumerate([head] + rows):
        if row[0] is WIDE:
            wide = t.cell(r, 0).merge(t.cell(r, len(head) - 1))
            wide.paragraphs[0].add_run(row[1].strip("*")).bold = row[1].startswith("**")
            continue
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    d.save(tmp_path / "p.docx")
    return docx_reader.read(tmp_path / "p.docx")


def test_text_labelled_rows_give_the_measures_under_them_their_responsible():
    recs = extract_roadmap(_text(HEAD, ROWS))
    assert _read(recs) == WANT
    assert not any("отдел организационной" in str(r["headings"]) + r["activity"] for r in recs)   # no heading


def test_docx_labelled_rows_give_the_measures_under_them_their_responsible(tmp_path):
    recs = extract_roadmap(_docx(tmp_path, HEAD, ROWS))
    assert _read(recs) == WANT
    assert not any("отдел организационной" in str(r["headings"]) + r["activity"] for r in recs)


# a plan with a responsible column some measures leave blank: the labelled row fills only those
HEAD_R = HEAD[:3] + ["Ответственный исполнитель"] + HEAD[3:]
ROWS_R = [
    [WIDE, "1. Подготовительный этап"],
    [WIDE, "Ответственный: отдел кадров"],
    ["1.1.", "Создать рабочую группу", "до 1 марта 2026 г.", "", "Приказ"],
    ["1.2.", "Провести анкетирование жителей", "до 1 апреля 2026 г.", "Пресс-служба", "Отчёт"],   # its own
]
WANT_R = [("1", None), ("1.1", "отдел кадров"), ("1.2", "Пресс-служба")]


def test_text_a_measures_own_responsible_stands():
    assert _read(extract_roadmap(_text(HEAD_R, ROWS_R))) == WANT_R


def test_docx_a_measures_own_responsible_stands(tmp_path):
    assert _read(extract_roadmap(_docx(tmp_path, HEAD_R, ROWS_R))) == WANT_R


def test_a_row_label_is_the_responsible_field_alone():
    assert row_label("**Ответственный исполнитель: министерство**") == ("responsible", "министерство")
    assert row_label("Отв.: отдел кадров.") == ("responsible", "отдел кадров")
    assert row_label("Исполнитель – Орлов О.И.") == ("responsible", "Орлов О.И.")       # an initial's dot stays
    assert row_label("Срок исполнения: до 1 марта") is None                     # not a field `label_rows` names
    assert row_label("1.1. Ответственный: отдел") is None                        # a numbered row is an item
    assert row_label("Организовать работу. Ответственный: отдел") is None        # text before the label
    assert row_label("Ответственный:") is None                                   # no value


# stages written in cells, «2.» | «Этап внедрения» with the term left blank, as the items under them
ROWS_S = [
    [WIDE, "Ответственный исполнитель: отдел организационной работы"],
    ["1.", "Подготовительный этап", "", ""],
    ["1.1.", "Создать рабочую группу", "до 1 марта 2026 г.", "Приказ"],
    ["1.2.", "Провести анкетирование жителей", "до 1 апреля 2026 г.", "Отчёт"],
    ["2.", "Этап внедрения", "", ""],                  # the next stage: the label above stage 1 ends
    ["2.1.", "Открыть окно приёма в МФЦ", "до 1 июня 2026 г.", "Окно приёма"],
    [WIDE, "Ответственный исполнитель: сектор информатизации"],
    ["2.2.", "Провести обучение специалистов", "до 1 июля 2026 г.", "Обучение"],
    ["2.3.", "Провести опрос заявителей", "до 1 августа 2026 г.", "Отчёт"],
]
WANT_S = [("1", "отдел организационной работы"), ("1.1", "отдел организационной работы"),
          ("1.2", "отдел организационной работы"), ("2", None), ("2.1", None),
          ("2.2", "сектор информатизации"), ("2.3", "сектор информатизации")]


def test_a_stage_numbered_in_cells_ends_the_label_above_the_stage_before(tmp_path):
    assert _read(extract_roadmap(_text(HEAD, ROWS_S))) == WANT_S
    assert _read(extract_roadmap(_docx(tmp_path, HEAD, ROWS_S))) == WANT_S


def test_a_flat_plan_keeps_its_label_down_its_items():
    """Items numbered alike, no stage: the label stands over all of them."""
    rows = [[WIDE, "Отв.: отдел кадров"], ["1.", "Создать рабочую группу", "до 1 марта 2026 г.", "Приказ"],
            ["2.", "Провести анкетирование", "до 1 апреля 2026 г.", "Отчёт"],
            ["3.", "Обновить раздел сайта", "до 1 мая 2026 г.", "Раздел"]]
    assert _read(extract_roadmap(_text(HEAD, rows))) == [("1", "отдел кадров"), ("2", "отдел кадров"),
                                                         ("3", "отдел кадров")]
