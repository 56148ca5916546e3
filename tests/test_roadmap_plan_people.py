"""One responsible for a whole plan stated once in a line right above its table, the table having no responsible
column («Ответственный за реализацию плана мероприятий: …», «Ответственное должностное лицо – …»): every
measure is that one's, a stage none; a plan with a responsible column keeps its cells; a sentence about
responsible ones is no such line.  Under the table, a line «Ответственный …» counts where no table follows it (else it opens that one);
an order's last line «Исполнитель: …, тел. …» (who drafted it) never does.  Expectations read from the plan as written."""
from __future__ import annotations

from docx import Document as new_docx

from parsers.extract.roadmap import extract_roadmap
from parsers.extract.roadmap_plan_people import line_responsible
from parsers.formats import docx as docx_reader
from parsers.formats.text import parse_text

HEAD = ["№ п/п", "Наименование мероприятия", "Срок исполнения", "Ожидаемый результат"]
ROWS = [["1.", "Подготовительный этап", "", ""],
        ["1.1.", "Создать рабочую группу", "до 1 марта 2026 г.", "Приказ"],
        ["1.2.", "Провести анкетирование жителей", "до 1 апреля 2026 г.", "Отчёт"],
        ["2.", "Этап внедрения", "", ""],
        ["2.1.", "Открыть окно приёма в МФЦ", "до 1 июня 2026 г.", "Окно приёма"]]
LINES = ("Ответственный за реализацию плана мероприятий: заместитель министра Орлов О.И.",
         "Ответственное должностное лицо – заместитель министра Орлов О.И.")
WANT = [("1", None), ("1.1", "заместитель министра Орлов О.И."), ("1.2", "заместитель министра Орлов О.И."),
        ("2", None), ("2.1", "заместитель министра Орлов О.И.")]


def _read(recs):
    return [(r["item_no"], r["responsible_raw"]) for r in recs]


def _text(line, head=HEAD, rows=ROWS, under=""):
    table = "\n".join("\t".join(r) for r in [head] + rows)
    return parse_text(f"План мероприятий («дорожная карта»)\n\n{line}\n\n{table}\n\n{under}\n")


def _docx(tmp_path, line):
    d = new_docx()
    d.add_paragraph("План мероприятий («дорожная карта»)")
    d.add_paragraph(line)
    t = d.add_table(rows=1 + len(ROWS), cols=len(HEAD))
    for r, row in enumerate([HEAD] + ROWS):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    d.save(tmp_path / "p.docx")
    return docx_reader.read(tmp_path / "p.docx")


def test_text_one_responsible_above_the_table_is_every_measures():
    for line in LINES:
        assert _read(extract_roadmap(_text(line))) == WANT


def test_docx_one_responsible_above_the_table_is_every_measures(tmp_path):
    for line in LINES:
        assert _read(extract_roadmap(_docx(tmp_path, line))) == WANT


def test_a_responsible_column_keeps_its_cells():
    head = HEAD[:3] + ["Ответственный исполнитель"] + HEAD[3:]
    rows = [r[:3] + [who] + r[3:] for r, who in zip(ROWS, ["", "Отдел кадров", "Пресс-служба", "", "Отдел услуг"])]
    got = _read(extract_roadmap(_text(LINES[0], head, rows)))
    assert got == [("1", None), ("1.1", "Отдел кадров"), ("1.2", "Пресс-служба"), ("2", None), ("2.1", "Отдел услуг")]


def test_only_a_labelled_line_names_the_plans_responsible():
    assert line_responsible("Ответственный исполнитель по всем мероприятиям плана: отдел кадров.") == "отдел кадров"
    assert line_responsible("Куратор – Орлов О.И.") == "Орлов О.И."             # an initial's dot stays
    assert line_responsible("Ответственным исполнителям обеспечить выполнение плана в срок") is None   # no label
    assert line_responsible("План мероприятий: ответственный отдел кадров") is None   # the label is no responsible
    assert line_responsible("Ответственный:") is None                               # no value
    assert line_responsible("Ответственные исполнители мероприятий плана, указанные в приложении к настоящему "
                            "приказу и в иных актах: отдел") is None                # a sentence, not a label


def test_text_one_responsible_under_the_table_is_every_measures():
    assert _read(extract_roadmap(_text("", under=LINES[0]))) == WANT


def test_text_the_drafter_under_the_table_is_no_responsible():
    got = _read(extract_roadmap(_text("", under="Исполнитель: Петрова А.А., тел. 8 (8142) 00-11-22")))
    assert got == [(no, None) for no, _ in WANT]


def test_text_a_line_between_two_tables_is_not_the_first_ones():
    table = "\n".join("\t".join(r) for r in [HEAD] + ROWS[:3])
    second = "\n".join("\t".join(r) for r in [HEAD] + [["1.", "Этап внедрения", "", ""],
                                                     ["1.1.", "Открыть окно приёма в МФЦ", "до 1 июня 2026 г.", "Окно"]])
    doc = parse_text(f"План мероприятий\n\n{table}\n\n{LINES[0]}\n\n{second}\n")
    got = _read(extract_roadmap(doc))
    assert got[:3] == [("1", None), ("1.1", None), ("1.2", None)]      # the line opens what follows


def test_an_order_line_about_another_duty_is_no_plans_responsible():
    """rev14h: a label saying what the one answers for must name the plan or its measures; a drafter's line (a
    phone after the name) names no plan's responsible above the table either."""
    assert line_responsible("Ответственный за ведение перечня: отдел информатизации") is None
    assert line_responsible("Ответственный за исполнение настоящего приказа – заместитель министра Орлов О.И.") is None
    assert line_responsible("Исполнитель: Петрова А.А., тел. 8 (8142) 00-11-22") is None
    assert line_responsible("Исполнитель: Петрова А.А., +7 814 200-11-22") is None
    assert line_responsible("Ответственный за реализацию мероприятий: отдел кадров") == "отдел кадров"
    assert line_responsible("Исполнитель: отдел кадров") == "отдел кадров"
    for line in ("Ответственный за ведение перечня: отдел информатизации",
                 "Исполнитель: Петрова А.А., тел. 8 (8142) 00-11-22"):
        assert _read(extract_roadmap(_text(line))) == [(no, None) for no, _ in WANT]


def test_a_hostile_value_of_digits_and_brackets_is_read_whole():
    """The input of bench_hostile_inputs' «plan responsible» case (its time is the bench's): no phone in it."""
    value = "1(((((x" * 5000
    assert line_responsible("Исполнитель: " + value) == value


def test_the_line_under_each_of_several_tables_found_by_the_blocks_places():
    """Each table's line under it found through the document's block places taken once (not a walk
    of the blocks per table); a table that is not in the document has no line under it."""
    from parsers.document import Cell, Document, Paragraph, Row, Table
    from parsers.extract.roadmap_plan_people import block_places, plan_responsible
    from parsers.tables.repair import RepairedTable

    parts = [Table([Row([Cell("1."), Cell("Создать рабочую группу")])]) for _ in range(3)]
    names = ["Орлов О.И.", "Ушаков П.Р.", "Зайцева Е.В."]
    doc = Document([b for t, who in zip(parts, names)
                    for b in (t, Paragraph(f"Ответственный за реализацию плана мероприятий: {who}"),
                              Paragraph("Согласовано."), Paragraph("Примечание к разделу."))], "docx")
    tables = [RepairedTable("roadmap", {"activity": 1}, HEAD[:2], [], parts=[t]) for t in parts]
    places = block_places(doc)
    assert [plan_responsible(doc, t, places) for t in tables] == names
    stray = RepairedTable("roadmap", {"activity": 1}, HEAD[:2], [], parts=[Table([Row([Cell("1.")])])])
    assert plan_responsible(doc, stray, places) is None
