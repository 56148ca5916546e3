"""Roadmaps in stages whose measures are numbered apart from the stage («Этап 2. …» over «4.»,
or a table per stage numbered afresh from «1.» under a bold «Этап k. …» line): each stage heads
its measures as a Roman-numbered section does; no measure is lost to the stage's number, nor read
as a section because a stage bears its number, nor merged into the stage's title."""
from __future__ import annotations

from docx import Document as new_docx

from parsers.extract.roadmap import extract_roadmap
from parsers.formats import docx as docx_reader
from parsers.formats.text import parse_text

HEAD = ["№ п/п", "Наименование мероприятия", "Срок", "Исполнитель"]
STAGES = [("Этап 1. Подготовительный", [("Создать рабочую группу", "до 01.02.2026", "Отдел кадров"),
                                         ("Провести анкетирование жителей", "март 2026 г.", "Отдел анализа"),
                                         ("Сформировать реестр процессов", "II квартал 2026 г.", "Отдел анализа")]),
          ("Этап 2. Внедрение", [("Обновить памятки для заявителей", "до 01.09.2026", "Пресс-служба"),
                                 ("Открыть окно приёма в МФЦ", "IV квартал 2026 г.", "Отдел услуг")])]


def _rows(recs):
    return [(r["item_no"], r["is_section"], r["activity"], [h[0] for h in r["headings"]]) for r in recs]


def _want(restart: bool):
    out, n = [], 0
    for s, (stage, acts) in enumerate(STAGES, 1):
        title = stage.split(". ", 1)[1]
        out.append((str(s), True, title, [title]))
        n = 0 if restart else n
        for act, _, _ in acts:
            n += 1
            out.append((str(n), False, act, [title]))
    return out


def test_text_stage_rows_over_numbering_running_on():
    lines, n = ["\t".join(HEAD)], 0
    for stage, acts in STAGES:
        lines.append(f"**{stage}**")
        for act, when, who in acts:
            n += 1
            lines.append("\t".join([f"{n}.", act, when, who]))
    recs = extract_roadmap(parse_text("План мероприятий\n\n" + "\n".join(lines) + "\n"))
    assert _rows(recs) == _want(restart=False)
    assert [r["deadline_raw"] for r in recs if not r["is_section"]][:2] == ["до 01.02.2026", "март 2026 г."]


def _stage_tables_docx(path, caption=lambda s, stage: stage):
    d = new_docx()
    d.add_paragraph("План мероприятий по повышению качества работы с заявителями")
    for s, (stage, acts) in enumerate(STAGES, 1):
        d.add_paragraph().add_run(caption(s, stage)).bold = True
        t = d.add_table(rows=1 + len(acts), cols=len(HEAD))
        for k, text in enumerate(HEAD):
            t.cell(0, k).text = text
        for r, (act, when, who) in enumerate(acts, 1):
            for k, text in enumerate([f"{r}.", act, when, who]):
                t.cell(r, k).text = text
    d.save(path)
    return path


def test_docx_table_per_stage_numbered_afresh(tmp_path):
    recs = extract_roadmap(docx_reader.read(_stage_tables_docx(tmp_path / "s.docx")))
    assert _rows(recs) == _want(restart=True)
    assert [r["responsible_raw"] for r in recs if not r["is_section"]] == [
        who for _, acts in STAGES for _, _, who in acts]


def test_docx_table_per_stage_under_a_numbered_bold_line(tmp_path):
    """«1. Подготовительный» in bold over each stage's table, its measures numbered afresh."""
    path = _stage_tables_docx(tmp_path / "n.docx", lambda s, stage: f"{s}. {stage.split('. ', 1)[1]}")
    assert _rows(extract_roadmap(docx_reader.read(path))) == _want(restart=True)


def test_stage_over_its_own_sub_numbers_stays_their_section():
    lines = ["\t".join(HEAD), "**Этап 1. Подготовительный**", "1.1\tСоздать рабочую группу\tдо 01.02.2026\tОтдел кадров",
             "**Этап 2. Внедрение**", "2.1\tОткрыть окно приёма в МФЦ\tIV квартал 2026 г.\tОтдел услуг"]
    recs = extract_roadmap(parse_text("\n".join(lines) + "\n"))
    assert [(r["item_no"], r["parent_no"], r["is_section"]) for r in recs] == [
        ("1", None, True), ("1.1", "1", False), ("2", None, True), ("2.1", "2", False)]


FLAT = [("1.", "Создать рабочую группу", "до 01.02.2026", "Отдел кадров"),
        ("2.", "Провести анкетирование жителей", "март 2026 г.", "Отдел анализа"),
        ("3.", "Обновить памятки для заявителей", "до 01.09.2026", "Пресс-служба")]


def _flat_want(first: str, second: str):
    return [("1", True, first, [first]), ("1", False, FLAT[0][1], [first]), ("2", False, FLAT[1][1], [first]),
            ("2", True, second, [second]), ("3", False, FLAT[2][1], [second])]


def test_text_stage_lines_with_the_number_first():
    lines = ["\t".join(HEAD), "**1 этап – Подготовка**", *("\t".join(r) for r in FLAT[:2]),
             "**2-й этап: Внедрение**", "\t".join(FLAT[2])]
    recs = extract_roadmap(parse_text("\n".join(lines) + "\n"))
    assert _rows(recs) == _flat_want("Подготовка", "Внедрение")


def test_docx_numbered_stage_rows_across_the_table_over_flat_numbers(tmp_path):
    d = new_docx()
    rows = [HEAD, ["1. Подготовительный этап"], *FLAT[:2], ["2. Этап внедрения"], FLAT[2]]
    t = d.add_table(rows=len(rows), cols=len(HEAD))
    for r, row in enumerate(rows):
        if len(row) == 1:                                # a stage: one cell spanning the row
            t.cell(r, 0).merge(t.cell(r, len(HEAD) - 1)).text = row[0]
            continue
        for k, text in enumerate(row):
            t.cell(r, k).text = text
    d.save(tmp_path / "f.docx")
    recs = extract_roadmap(docx_reader.read(tmp_path / "f.docx"))
    assert _rows(recs) == _flat_want("Подготовительный этап", "Этап внедрения")
    assert [r["deadline_raw"] for r in recs if not r["is_section"]] == [r[2] for r in FLAT]


def test_a_plain_numbered_line_between_parts_goes_on_in_the_row_numbered_alike():
    """Not set apart (no bold, no level word): a row's first line cut off at a page break."""
    from parsers.document import Cell, Document, Paragraph, Row, Source, Table

    def row(line, *cells):
        return Row([Cell(c) for c in cells], Source(line=line, row=line))
    doc = Document([
        Table([row(1, *HEAD), row(2, "4.", "Создать рабочую группу", "до 01.02.2026", "Отдел кадров")]),
        Paragraph("5. Провести анкетирование жителей", source=Source(line=3)),
        Table([row(4, "5.", "", "март 2026 г.", "Отдел анализа")]),
    ], "pdf")
    recs = extract_roadmap(doc)
    assert [(r["item_no"], r["is_section"], r["activity"], r["deadline_raw"]) for r in recs] == [
        ("4", False, "Создать рабочую группу", "до 01.02.2026"),
        ("5", False, "Провести анкетирование жителей", "март 2026 г.")]


def test_a_count_of_stages_above_the_table_is_no_stage_heading(tmp_path):
    # «2 этапа …» counts stages (the word in the genitive); a stage heading names its level in the
    # nominative («1 этап – …»): the line above the table heads nothing, no record is made of it
    from parsers.extract.roadmap_levels import level_section
    assert level_section("2 этапа реализации плана") is None
    assert level_section("5 направлений деятельности министерства") is None
    assert level_section("1 этап – подготовка") == ("1", "подготовка")
    d = new_docx()
    d.add_paragraph("План реализуется в два этапа.")
    d.add_paragraph("2 этапа реализации плана")
    t = d.add_table(rows=3, cols=len(HEAD))
    for r, row in enumerate([HEAD, ["1.", "Создать рабочую группу", "до 01.02.2026", "Отдел кадров"],
                             ["2.", "Провести анкетирование жителей", "март 2026 г.", "Отдел анализа"]]):
        for c, text in enumerate(row):
            t.rows[r].cells[c].text = text
    d.save(tmp_path / "plan.docx")
    got = _rows(extract_roadmap(docx_reader.read(tmp_path / "plan.docx")))
    assert got == [("1", False, "Создать рабочую группу", []), ("2", False, "Провести анкетирование жителей", [])]


def test_the_orders_own_numbered_heading_above_a_plan_is_no_stage(tmp_path):
    # «2. План мероприятий …» in bold right above the one table: the order's section heading, no
    # stage (no other stage is set apart), so no record of it and no heading over the measures
    d = new_docx()
    d.add_paragraph("1. Утвердить прилагаемый план.")
    d.add_paragraph().add_run("2. План мероприятий по повышению клиентоцентричности").bold = True
    acts = STAGES[0][1]
    t = d.add_table(rows=1 + len(acts), cols=len(HEAD))
    for r, row in enumerate([HEAD] + [[f"{k}.", *act] for k, act in enumerate(acts, 1)]):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    d.save(tmp_path / "plan.docx")
    got = _rows(extract_roadmap(docx_reader.read(tmp_path / "plan.docx")))
    assert got == [(str(k), False, act, []) for k, (act, _, _) in enumerate(acts, 1)]


def test_a_sentence_naming_a_stage_between_rows_heads_nothing():
    # «Этап 2 реализации плана …» runs a sentence on (a space and a lower-case word after the
    # number): no stage heading, so no record of it and no heading over the measures below
    from parsers.extract.roadmap_levels import level_section
    assert level_section("Этап 2 реализации плана запланирован на 2027 год.") is None
    assert level_section("Этап 2 Внедрение") == ("2", "Внедрение")
    assert level_section("Этап 2. внедрение") == ("2", "внедрение")
    lines = ["\t".join(HEAD), "1.\tПровести опрос\tмарт 2026 г.\tОтдел анализа",
             "Этап 2 реализации плана запланирован на 2027 год.", "2.\tОбновить памятки\tдо 01.09.2026\tПресс-служба"]
    got = _rows(extract_roadmap(parse_text("\n".join(lines) + "\n")))
    assert [(no, sec, heads) for no, sec, _, heads in got] == [("1", False, []), ("2", False, [])]


def test_rows_across_the_plan_naming_quarters_head_their_measures(tmp_path):
    # «1 квартал 2025 года» across the table groups the measures by period: its number is the
    # quarter's, no stage's nor item's — the row heads the measures under it, no record of its own
    d = new_docx()
    rows = [HEAD, ["1 квартал 2025 года"], ["1.", "Создать рабочую группу", "до 01.02.2025", "Отдел кадров"],
            ["2.", "Провести анкетирование жителей", "март 2025 г.", "Отдел анализа"], ["2 квартал 2025 года"],
            ["3.", "Обновить памятки для заявителей", "до 01.06.2025", "Пресс-служба"]]
    t = d.add_table(rows=len(rows), cols=len(HEAD))
    for r, row in enumerate(rows):
        if len(row) == 1:
            t.cell(r, 0).merge(t.cell(r, len(HEAD) - 1)).text = row[0]
        for c, text in enumerate(row if len(row) > 1 else []):
            t.cell(r, c).text = text
    d.save(tmp_path / "plan.docx")
    got = _rows(extract_roadmap(docx_reader.read(tmp_path / "plan.docx")))
    assert got == [("1", False, "Создать рабочую группу", ["1 квартал 2025 года"]),
                   ("2", False, "Провести анкетирование жителей", ["1 квартал 2025 года"]),
                   ("3", False, "Обновить памятки для заявителей", ["2 квартал 2025 года"])]
