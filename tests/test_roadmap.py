"""Roadmap extraction: seed 001 row by row (golden file), and a synthetic roadmap
worded, ordered and merged the way another region might do it."""
from datetime import date
from pathlib import Path

import pytest
import yaml

import normalizers
from normalizers.milestones import block_area, match_milestone
from normalizers.roadmap_codes import code_roadmap
from parsers.document import Cell, Document, Paragraph, Row, Source, Table
from parsers.extract.roadmap import extract_roadmap as _extract_raw
from parsers.formats.text import read
from textcore.numbering import item_number


def extract_roadmap(doc):
    """Extraction then the normalization stage, as the pipeline runs them."""
    return code_roadmap(_extract_raw(doc))


ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "raw" / "001_01ccadab589354b1.txt"
GOLDEN = yaml.safe_load((Path(__file__).parent / "golden" / "001_roadmap.yaml").read_text(encoding="utf-8"))
HAS_DIRECTIONS = hasattr(normalizers, "match_direction")
KEYS = {"item_no", "parent_no", "is_section", "activity", "area", "milestone", "deadline", "deadline_raw",
        "not_applicable", "responsible_raw", "responsible_names", "responsible_positions", "deliverable",
        "footnotes", "source_row", "source_page", "source_bbox", "source_locator"}


@pytest.fixture(scope="module")
def seed():
    return extract_roadmap(read(str(SEED)))


@pytest.fixture(scope="module")
def by_no(seed):
    return {r["item_no"]: r for r in seed}


# --- seed 001 -------------------------------------------------------------------------

def test_seed_golden_row_by_row(seed):
    cols = GOLDEN["columns"]
    assert [r["item_no"] for r in seed] == [g[0] for g in GOLDEN["rows"]]
    for rec, gold in zip(seed, GOLDEN["rows"]):
        for col, want in zip(cols, gold):
            if col == "area" and not HAS_DIRECTIONS and rec["item_no"].startswith("3."):
                continue
            assert rec[col] == want, f"{rec['item_no']} {col}: {rec[col]!r} != {want!r}"


def test_seed_figures(seed, by_no):
    assert len(seed) == 88
    assert all(set(r) == KEYS for r in seed)
    undated = [r["item_no"] for r in seed if not r["is_section"] and r["deadline"] is None]
    assert undated == ["1.4", "1.7"]
    assert all(by_no[n]["not_applicable"] and by_no[n]["deadline_raw"] in ("x", "х") for n in undated)
    block3 = [r for r in seed if r["item_no"].startswith("3.") and not r["is_section"]]
    assert len(block3) == 63 and all(r["milestone"] not in (None, "other") for r in block3)
    assert [r["item_no"] for r in seed if r["is_section"]] == ["1", "2", "3"] + [f"3.{i}" for i in range(1, 10)]


def test_seed_people_and_positions(by_no):
    r = by_no["3.1.1"]
    assert r["responsible_names"] == ["Паксина Е.Б.", "Бибикова Н.В."]
    assert r["responsible_positions"] == ["заместитель министра культуры и национальной политики Кузбасса",
                                          "главный консультант-юриисконсульт"]
    assert by_no["1.4"]["responsible_names"] == [] and by_no["1.4"]["responsible_positions"] == []


def test_seed_continuation_row_joins_item_above(by_no):
    d = by_no["3.2.1"]["deliverable"]
    assert d.startswith("Приказ (распоряжение") and d.endswith(
        "Отчет о формировании перечня точек взаимодействия с клиентом в рамках предоставления мер "
        "государственной поддержки")
    assert by_no["3.2.2"]["source_row"] == 183       # the continuation line 182 made no row


def test_seed_markup_and_footnotes(by_no):
    r = by_no["1.3"]
    assert r["activity"].startswith("Назначены заместители") and r["activity"].endswith("Федерации")
    assert "<u>" not in r["activity"] and "[9]" not in r["activity"]
    assert r["footnotes"] == ["Опционально."]
    assert by_no["2"]["footnotes"][0].startswith("Блок 2 включается")
    assert by_no["3.1"]["footnotes"][0].startswith("Раздел 3.1.")
    assert by_no["1.1"]["footnotes"] == []
    assert (by_no["1.1"]["parent_no"], by_no["3.1.2"]["parent_no"], by_no["3"]["parent_no"]) == ("1", "3.1", None)
    assert by_no["1.1"]["source_row"] == 153


@pytest.mark.parametrize("name", ["000_273fd9960037d965.txt", "002_e5759b9d91e2d859.txt",
                                  "003_fd56c50c22ebb581.txt", "004_d2d5b51443411ee9.txt"])
def test_other_seeds_have_no_roadmap(name):
    assert extract_roadmap(read(str(ROOT / "raw" / name))) == []


# --- another region: other wording, column order, merged cells, split table ----------

def _row(line, *cells, header=False):
    return Row([c if isinstance(c, Cell) else Cell(c) for c in cells], Source(line=line, row=line), header)


COV = Cell("", covered=True)
HEADER = ["Наименование мероприятия", "№", "Ответственный исполнитель", "Ожидаемый результат", "Срок исполнения"]


def _synthetic() -> Document:
    other = Table([_row(1, "Направление деятельности", "Точка взаимодействия", "Тип точки"),
                   _row(2, "Услуги", "Сайт", "цифровая")])
    plan = Table([
        _row(10, *HEADER, header=True),
        _row(11, "1", "2", "3", "4", "5"),                                        # numbering row
        _row(12, Cell("Организационные мероприятия"), "1", COV, COV, COV),
        _row(13, "Назначение ответственного за внедрение клиентоцентричности", "1.1",
             "Е.Б. Паксина – заместитель министра[3]", "Приказ", "до 31.12.2023"),
        _row(14, "Кадровые мероприятия", "2", "", "", ""),
        _row(15, "Самооценка уровня зрелости кадровой работы", "2.1", "Отдел кадров", "Отчет", "ежегодно"),
        _row(16, Cell("3. Рассмотрение обращений граждан", colspan=5), COV, COV, COV, COV),   # number in the text
        _row(17, "Формирование перечня точек взаимодействия с заявителями", "3.1",
             Cell("Иванов Иван Петрович, начальник отдела", rowspan=3), "Реестр", "I квартал 2025 г."),
        _row(18, "Проведение сегментации заявителей", "3.2", COV, "Отчет", "2 кв. 2025"),
        _row(19, "", "", COV, "Профили сегментов", ""),                             # continuation
    ])
    # the table goes on after a page break, header not repeated
    tail = Table([
        _row(30, "Оценка удовлетворенности заявителей качеством рассмотрения обращений", "3.3",
             "Петров П.П.", "Отчет", "2 полугодие 2025 г."),
        _row(31, *HEADER, header=True),                                           # repeated header
        _row(32, "Утверждение правил взаимодействия с заявителями", "3.4", "х", "Приказ", "х"),
        _row(33, "Закупка мебели", "3.5", "Петров П.П.", "Акт", "декабрь 2025 года"),
    ])
    return Document([Paragraph("План мероприятий"), other, plan, tail], "docx",
                    footnotes={"3": "По согласованию."})


@pytest.fixture(scope="module")
def synthetic():
    return {r["item_no"]: r for r in extract_roadmap(_synthetic())}


def test_synthetic_structure(synthetic):
    assert list(synthetic) == ["1", "1.1", "2", "2.1", "3", "3.1", "3.2", "3.3", "3.4", "3.5"]
    assert [n for n, r in synthetic.items() if r["is_section"]] == ["1", "2", "3"]
    assert synthetic["3"]["activity"] == "Рассмотрение обращений граждан"
    assert synthetic["3.2"]["deliverable"] == "Отчет Профили сегментов"


def test_synthetic_fields(synthetic):
    s = synthetic
    assert (s["1.1"]["deadline"], s["1.1"]["responsible_names"], s["1.1"]["footnotes"]) == (
        date(2023, 12, 31), ["Паксина Е.Б."], ["По согласованию."])
    assert (s["2.1"]["deadline"], s["2.1"]["deadline_raw"], s["2.1"]["responsible_names"]) == (
        None, "ежегодно", [])
    assert s["3.1"]["deadline"] == date(2025, 3, 31) and s["3.2"]["deadline"] == date(2025, 6, 30)
    # a vertically merged responsible cell belongs to every row it covers, once
    assert s["3.2"]["responsible_names"] == ["Иванов И.П."]
    assert s["3.2"]["responsible_positions"] == ["начальник отдела"]
    assert s["3.4"]["not_applicable"] and s["3.4"]["deadline"] is None and s["3.4"]["responsible_names"] == []
    assert s["3.5"]["deadline"] == date(2025, 12, 31)


def test_synthetic_milestones_by_wording(synthetic):
    got = {n: (r["area"], r["milestone"]) for n, r in synthetic.items()}
    assert got["1"] == ("general", None) and got["1.1"] == ("general", "responsible_appointed")
    assert got["2.1"] == ("hr", "hr_maturity_assessment")
    assert [got[f"3.{i}"][1] for i in range(1, 6)] == [
        "touchpoint_list", "segmentation", "satisfaction", "interaction_rules", "other"]


@pytest.mark.skipif(not HAS_DIRECTIONS, reason="normalizers.match_direction not merged yet")
def test_synthetic_direction_area(synthetic):
    assert {synthetic[f"3.{i}"]["area"] for i in range(1, 6)} == {"appeals"}


def test_no_roadmap_table():
    doc = Document([Paragraph("Приказ"), Table([_row(1, "Направление", "Точка взаимодействия", "Тип точки")])],
                   "txt")
    assert extract_roadmap(doc) == []


# --- pieces ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("1.", "1"), ("3.1.", "3.1"), ("3.1.2.", "3.1.2"), ("3.1.2", "3.1.2"), ("12", "12"), (" 2) ", "2"),
    ("", None), ("x", None), ("10% процессов", None), ("Мероприятие", None),
])
def test_item_number(text, expected):
    got = item_number(text)
    assert (got[0] if got else None) == expected


@pytest.mark.parametrize("text, area", [
    ("Общеорганизационные мероприятия", "general"),
    ("Организационные мероприятия", "general"),
    ("Кадровый блок[14]", "hr"),
    ("Мероприятия по кадровой работе", "hr"),
    ("Процессы взаимодействия с внутренним клиентом по кадровым вопросам", None),   # a direction
    ("Процессы предоставления услуг (сервисов)", None),
])
def test_block_area(text, area):
    assert block_area(text) == area


@pytest.mark.parametrize("area, text, code", [
    ("general", "Проведена оценка удовлетворенности клиентов", "satisfaction_by_group"),
    ("appeals", "Проведена оценка удовлетворенности клиентов", "satisfaction"),
    (None, "В рамках сбора и анализа обратной связи проведена оценка удовлетворенности по группам",
     "satisfaction_by_group"),
    (None, "Назначен сотрудник, ответственный за внедрение в кадровой работе принципов", "hr_responsible"),
    (None, "Назначен ответственный за внедрение клиентоцентричности", "responsible_appointed"),
    ("hr", "Назначено ответственное лицо", "hr_responsible"),
    ("public_services", "Утвержден порядок ведения перечня точек взаимодействия", "touchpoint_list"),
    ("control", "Утверждение правил взаимодействия с контролируемыми лицами", "interaction_rules"),
    ("appeals", "Разработка описания целевого состояния процессов", "target_model"),
    ("appeals", "Утверждение плана мероприятий по реинжинирингу", "reengineering_plan"),
    ("appeals", "Реинжиниринг 10% процессов", "reengineering"),
    ("general", "Сформирован перечень точек взаимодействия", "touchpoint_list"),  # block-3 wording in block 1: what it says
    ("appeals", "Закупка мебели", "other"),
])
def test_match_milestone(area, text, code):
    assert match_milestone(area, text) == code


def test_milestone_falls_back_to_deliverable():
    assert match_milestone("appeals", "Мероприятие 4", "Отчет о проведенной сегментации клиентов") == "segmentation"


def test_numbers_in_the_activity_when_there_is_no_number_column():
    doc = Document([Table([
        _row(1, "Содержание мероприятия", "Срок", "Исполнитель"),
        _row(2, "1. Общеорганизационные мероприятия", "", ""),
        _row(3, "1.1. Утверждена модель внедрения клиентоцентричности", "IV квартал 2024 г.", "Сидорова А.А."),
        _row(4, "и доведена до сотрудников", "", ""),                 # the activity goes on
        _row(5, "1.2 Сформирован реестр процессов", "", "Сидорова А.А."),   # undated item, not a section
    ])], "pdf")
    got = {r["item_no"]: r for r in extract_roadmap(doc)}
    assert list(got) == ["1", "1.1", "1.2"]
    assert got["1.1"]["activity"] == "Утверждена модель внедрения клиентоцентричности и доведена до сотрудников"
    assert got["1.1"]["deadline"] == date(2024, 12, 31) and got["1.1"]["milestone"] == "model_approved"
    assert not got["1.2"]["is_section"] and got["1.2"]["deadline"] is None
    assert got["1.2"]["milestone"] == "process_registry" and got["1"]["is_section"]


def test_slid_continuation_and_section_heading_between_parts():
    header = ["№ п/п", "Мероприятие", "Срок реализации", "Ответственный", "Вид документа"]
    doc = Document([
        Table([_row(1, *header),
               _row(2, "3.1.", "Сформирован перечень точек взаимодействия", "31.12.2023", "Иванов И.И.", "Приказ."),
               _row(3, "Отчет о формировании перечня")]),        # the converter dropped the empty cells
        Paragraph("3.2. Процессы предоставления мер государственной поддержки", source=Source(line=4)),
        Table([_row(5, "3.2.1.", "Проведена сегментация клиентов", "01.02.2024", "Иванов И.И.", "Отчет")]),
    ], "pdf")
    got = {r["item_no"]: r for r in extract_roadmap(doc)}
    assert list(got) == ["3.1", "3.2", "3.2.1"]
    assert got["3.1"]["deliverable"] == "Приказ. Отчет о формировании перечня"
    assert got["3.1"]["activity"] == "Сформирован перечень точек взаимодействия"
    assert got["3.2"]["is_section"] and got["3.2.1"]["parent_no"] == "3.2"
    assert got["3.2.1"]["milestone"] == "segmentation"


@pytest.mark.skipif(not HAS_DIRECTIONS, reason="normalizers.match_direction not merged yet")
def test_dated_heading_still_gives_its_items_an_area():
    doc = Document([Table([
        _row(1, "№", "Мероприятие", "Срок", "Ответственный"),
        _row(2, "4", "Процессы предоставления мер государственной поддержки", "2024 год", ""),
        _row(3, "4.1", "Проведена сегментация получателей", "I квартал 2024", "Иванов И.И."),
    ])], "docx")
    head, item = extract_roadmap(doc)
    assert not head["is_section"] and head["deadline"] == date(2024, 12, 31)   # it has a deadline of its own
    assert (head["area"], item["area"], item["milestone"]) == ("support_measures", "support_measures", "segmentation")


def test_unnumbered_title_rows_head_the_items_under_them():
    doc = Document([Table([
        _row(1, "№", "Мероприятие", "Ответственный", "Срок"),
        _row(2, "", "Кадровая работа", "", ""),                      # a title before any item
        _row(3, "1", "Утвердить план совершенствования", "Иванов И.И.", "2025 год"),
        _row(4, "", "Общеорганизационные мероприятия", "", ""),      # a title after a complete item
        _row(5, "2", "Утвердить модель внедрения клиентоцентричности", "Иванов И.И.", "2025 год"),
        _row(6, "3", "Сформировать перечень точек взаимодействия по направлению", "Иванов И.И.", "2025 год"),
        _row(7, "", "«Меры поддержки»", "", ""),                     # the activity goes on: no title
        _row(8, "4", "Провести оценку удовлетворенности,", "Иванов И.И.", "2025 год"),
        _row(9, "", "Отчёт министру", "", ""),                       # after an open phrase: goes on
    ])], "txt")
    got = {r["item_no"]: r for r in extract_roadmap(doc)}
    assert list(got) == ["1", "2", "3", "4"]                        # titles make no rows
    assert (got["1"]["area"], got["1"]["milestone"]) == ("hr", "hr_improvement_plan")
    assert got["2"]["area"] == "general" and got["2"]["activity"] == "Утвердить модель внедрения клиентоцентричности"
    assert got["3"]["activity"].endswith("по направлению «Меры поддержки»")
    assert got["4"]["activity"] == "Провести оценку удовлетворенности, Отчёт министру"


def test_a_title_spanning_the_row_heads_the_items_under_it():
    span = Row([Cell("Кадровая работа", colspan=4), Cell("", covered=True), Cell("", covered=True),
                Cell("", covered=True)], Source(row=2))
    doc = Document([Table([
        _row(1, "№", "Мероприятие", "Ответственный", "Срок"), span,
        _row(3, "1", "Утвердить план совершенствования", "Иванов И.И.", "2025 год"),
    ])], "docx")
    (item,) = extract_roadmap(doc)
    assert (item["item_no"], item["area"], item["milestone"]) == ("1", "hr", "hr_improvement_plan")
