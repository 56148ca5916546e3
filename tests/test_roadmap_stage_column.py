"""A plan whose stages are a first column merged down over their measures («Этап» / «Направление работы» |
№ | …) rather than rows across the table: each stage heads its measures and is no measure of its own; the
measures keep their numbers, terms and responsible ones.  The converted text prints the merged cell once, in
its stage's first row; Word merges it down (`w:vMerge`).  Also the column names of another region's plan
(«Содержание работ», «Период исполнения», «Ответственный за исполнение», «Итоговый документ»).  Expectations
read from the plan as written."""
from __future__ import annotations

from docx import Document as new_docx

from normalizers.roadmap_codes import code_roadmap
from parsers.extract.roadmap import extract_roadmap
from parsers.formats import docx as docx_reader
from parsers.formats.text import parse_text

HEADS = {"plain": ["Этап", "№ п/п", "Наименование мероприятия", "Срок исполнения", "Ответственный исполнитель",
                   "Ожидаемый результат"],
         "regional": ["Направление работы", "№", "Содержание работ", "Период исполнения",
                      "Ответственный за исполнение", "Итоговый документ"]}
# (stage cell as printed in the stage's first row, or "" below it), then the measure's cells
ROWS = [
    ["1. Подготовительный этап", "1.1.", "Создать рабочую группу", "до 1 марта 2026 г.", "Отдел кадров", "Приказ"],
    ["", "1.2.", "Провести анкетирование жителей", "до 1 апреля 2026 г.", "Пресс-служба", "Отчёт"],
    ["2. Этап внедрения", "2.1.", "Открыть окно приёма в МФЦ", "до 1 июня 2026 г.", "Отдел услуг", "Окно приёма"],
    ["", "2.2.", "Провести обучение специалистов", "до 1 июля 2026 г.", "Отдел кадров", "Обучение"],
    ["", "2.3.", "Провести опрос заявителей", "до 1 августа 2026 г.", "Пресс-служба", "Отчёт"],
]
# the measures: (number, activity, term, responsible, the stage over them)
WANT = [("1.1", "Создать рабочую группу", "2026-03-01", "Отдел кадров", "Подготовительный этап"),
        ("1.2", "Провести анкетирование жителей", "2026-04-01", "Пресс-служба", "Подготовительный этап"),
        ("2.1", "Открыть окно приёма в МФЦ", "2026-06-01", "Отдел услуг", "Этап внедрения"),
        ("2.2", "Провести обучение специалистов", "2026-07-01", "Отдел кадров", "Этап внедрения"),
        ("2.3", "Провести опрос заявителей", "2026-08-01", "Пресс-служба", "Этап внедрения")]


def _measures(recs):
    out = []
    for raw, r in zip(recs, code_roadmap(recs)):
        assert r["is_section"] or "этап" not in r["activity"].lower(), r     # a stage is no measure's activity
        if not r["is_section"]:
            out.append((r["item_no"], r["activity"], str(r["deadline"]), r["responsible_raw"],
                        " ".join(h[0] for h in raw["headings"])))
    return out


def _text(head):
    lines = ["\t".join(head)] + ["\t".join(row) for row in ROWS]
    return parse_text("План мероприятий («дорожная карта»)\n\n" + "\n".join(lines) + "\n")


def _docx(tmp_path, head):
    d = new_docx()
    d.add_paragraph("План мероприятий («дорожная карта»)")
    t = d.add_table(rows=1 + len(ROWS), cols=len(head))
    for c, text in enumerate(head):
        t.cell(0, c).text = text
    for r, row in enumerate(ROWS, 1):
        for c, text in enumerate(row[1:], 1):
            t.cell(r, c).text = text
    t.cell(1, 0).text, t.cell(3, 0).text = ROWS[0][0], ROWS[2][0]
    t.cell(1, 0).merge(t.cell(2, 0))          # each stage merged down over its measures
    t.cell(3, 0).merge(t.cell(5, 0))
    d.save(tmp_path / "p.docx")
    return docx_reader.read(tmp_path / "p.docx")


def _check(recs):
    got = _measures(recs)
    assert [g[:4] for g in got] == [w[:4] for w in WANT]
    assert all(w[4] in g[4] for g, w in zip(got, WANT)), got      # the stage heads its measures


def test_text_a_stage_column_heads_its_measures():
    for words in HEADS:
        _check(extract_roadmap(_text(HEADS[words])))


def test_docx_a_stage_column_merged_down_heads_its_measures(tmp_path):
    for words in HEADS:
        _check(extract_roadmap(_docx(tmp_path, HEADS[words])))


def test_a_stage_over_measures_numbered_straight_on_gives_no_number_twice():
    """rev14h: «1. Подготовительный этап» over measures «1.», «2.» and «2. Этап внедрения» over «3.»: the stage's
    number is its ordinal, no item's — every number once, each measure headed by its stage's words."""
    rows = [["1. Подготовительный этап", "1.", "Создать рабочую группу", "до 1 марта 2026 г.", "Отдел кадров", "Приказ"],
            ["", "2.", "Провести анкетирование жителей", "до 1 апреля 2026 г.", "Пресс-служба", "Отчёт"],
            ["2. Этап внедрения", "3.", "Открыть окно приёма в МФЦ", "до 1 июня 2026 г.", "Отдел услуг", "Окно"]]
    lines = ["\t".join(HEADS["plain"])] + ["\t".join(row) for row in rows]
    recs = extract_roadmap(parse_text("План мероприятий\n\n" + "\n".join(lines) + "\n"))
    assert [r["item_no"] for r in recs] == ["1", "2", "3"]
    assert [r["is_section"] for r in recs] == [False] * 3
    assert [[h[0] for h in r["headings"]] for r in recs] == [["Подготовительный этап"]] * 2 + [["Этап внедрения"]]
