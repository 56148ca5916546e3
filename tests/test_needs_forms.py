"""Two forms of a touchpoint list's needs: spread over columns side by side, a need a cell
(`parsers/tables/spread_columns.py`), and stated once per process in a row across the table under the
process's own row (`parsers/extract/block_rows.py`, `parsers/tables/process_rows.py`).  The lists are
written here, in Word and as converted text; the wording is this file's own."""
from __future__ import annotations

from docx import Document as WordDocument

from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats import read_document
from parsers.formats.text import parse_text

SLOTS = [["№", "Процесс", "Канал взаимодействия", "Тип точки", "Потребность (основная)", "Потребность (иная)",
          "Потребность (иная)"],
         ["1", "Выдача охотничьего билета", "Портал госуслуг", "цифровая", "Подача заявления", "Оплата пошлины",
          "Получение билета"],
         ["2", "Выдача охотничьего билета", "Окно приёма", "офлайн", "Получение консультации", "", ""],
         ["3", "Приём обращений", "Телефон доверия", "офлайн", "Сообщение о нарушении", "Получение ответа", ""]]
SLOT_NEEDS = ["Подача заявления; Оплата пошлины; Получение билета", "Получение консультации",
              "Сообщение о нарушении; Получение ответа"]


def _word(tmp_path, rows: list[list[str]], spans: dict[tuple[int, int], int] | None = None) -> list[dict]:
    """A Word list: a row of one text is merged across the table; `spans` merges a cell over the next ones."""
    doc = WordDocument()
    doc.add_paragraph("Перечень точек взаимодействия с клиентами")
    width = max(len(r) for r in rows)
    grid = doc.add_table(rows=len(rows), cols=width)
    for r, row in enumerate(rows):
        if len(row) == 1:
            grid.cell(r, 0).merge(grid.cell(r, width - 1)).text = row[0]
            continue
        for c, text in enumerate(row):
            if text:
                grid.cell(r, c).text = text
    for (r, c), n in (spans or {}).items():
        text = grid.cell(r, c).text
        grid.cell(r, c).merge(grid.cell(r, c + n - 1)).text = text
    path = tmp_path / "list.docx"
    doc.save(path)
    return extract_touchpoints(read_document(path, "docx"))[0]


def _text(rows: list[list[str]], drop_trailing: bool = False) -> list[dict]:
    """Converted text: a row a line, cells by tabs (`drop_trailing`: a converter leaving empty last cells out)."""
    lines = ["Перечень точек взаимодействия с клиентами"]
    for row in rows:
        cells = list(row)
        while drop_trailing and len(cells) > 1 and not cells[-1]:
            cells.pop()
        lines.append("\t".join(cells))
    return extract_touchpoints(parse_text("\n".join(lines) + "\n"))[0]


def test_need_slots_read_together_docx(tmp_path):
    recs = _word(tmp_path, SLOTS)
    assert [r["interaction_raw"] for r in recs] == SLOT_NEEDS
    assert [r["point_type_raw"] for r in recs] == ["цифровая", "офлайн", "офлайн"]


def test_need_slots_read_together_converted_text():
    assert [r["interaction_raw"] for r in _text(SLOTS)] == SLOT_NEEDS
    assert [r["interaction_raw"] for r in _text(SLOTS, drop_trailing=True)] == SLOT_NEEDS


def test_one_needs_heading_spanning_its_slots(tmp_path):
    """«Потребности клиента» merged over three cells in Word; in converted text (which keeps no spans)
    the same heading over a row of the slots' own labels."""
    head = ["№", "Процесс", "Канал взаимодействия", "Тип точки", "Потребности клиента", "", ""]
    assert [r["interaction_raw"] for r in _word(tmp_path, [head] + SLOTS[1:], spans={(0, 4): 3})] == SLOT_NEEDS
    labels = ["", "", "", "", "основная", "вторая", "третья"]
    assert [r["interaction_raw"] for r in _text([head, labels] + SLOTS[1:])] == SLOT_NEEDS


def test_empty_headings_of_converted_text_are_no_slots():
    """Converted text's empty heading beside the needs is no evidence of a span: a list read by its content
    gets a header leaving the columns it does not read empty too (a unit in charge there is no need)."""
    rows = [["№", "Процесс", "Канал взаимодействия", "Потребность клиента", ""],
            ["1", "Выдача охотничьего билета", "Портал госуслуг", "Подача заявления", "Отдел охотнадзора"]]
    assert [r["interaction_raw"] for r in _text(rows)] == ["Подача заявления"]


def test_a_neighbour_naming_the_field_otherwise_stays_apart():
    """«Потребность клиента» beside «Осуществляемое взаимодействие»: two columns, not slots of one."""
    rows = [["№", "Процесс", "Канал взаимодействия", "Потребность клиента", "Осуществляемое взаимодействие"],
            ["1", "Выдача охотничьего билета", "Портал госуслуг", "Подача заявления", "Заполнение формы"]]
    assert [r["interaction_raw"] for r in _text(rows)] == ["Подача заявления"]


BLOCKS = [["№", "Направление деятельности", "Канал взаимодействия", "Тип точки"],
          ["Наименование процесса: Выдача охотничьего билета"],
          ["Потребности клиента: подача заявления; получение билета."],
          ["1", "Охота и рыболовство", "Портал госуслуг", "цифровая"],
          ["2", "Охота и рыболовство", "Окно приёма", "офлайн"],
          ["Примечание: окно работает по записи."],
          ["3", "Охота и рыболовство", "Почта России", "офлайн"],
          ["Регистрация рыболовных участков"],
          ["Потребности клиента: получение сведений о границах участка."],
          ["4", "Охота и рыболовство", "Официальный сайт", "цифровая"]]
BLOCK_WANT = [("Выдача охотничьего билета", "Портал госуслуг", "подача заявления; получение билета"),
              ("Выдача охотничьего билета", "Окно приёма", "подача заявления; получение билета"),
              ("Выдача охотничьего билета", "Почта России", "подача заявления; получение билета"),
              ("Регистрация рыболовных участков", "Официальный сайт", "получение сведений о границах участка")]


def _blocks(recs):
    return [(r["process"], r["touchpoint_raw"], r["interaction_raw"]) for r in recs]


def test_process_blocks_docx(tmp_path):
    recs = _word(tmp_path, BLOCKS)
    assert _blocks(recs) == BLOCK_WANT
    assert {r["direction_raw"] for r in recs} == {"Охота и рыболовство"}


def test_process_blocks_converted_text():
    rows = [[f"**{r[0]}**"] if len(r) == 1 and ":" not in r[0] else r for r in BLOCKS]   # the bare name bold
    recs = _text(rows)
    assert _blocks(recs) == BLOCK_WANT
    assert {r["direction_raw"] for r in recs} == {"Охота и рыболовство"}


def test_labelled_process_under_a_direction_line_leaves_the_direction():
    """A list a table per direction, the direction a line over each table's header: a labelled process row
    under it names the process, and the direction line stays the direction (no process of the rows under it)."""
    head = "\t".join(["№", "Канал взаимодействия", "Тип точки"])
    lines = ["Перечень точек взаимодействия с клиентами", "**Направление: Охота и рыболовство**", head,
             "**Процесс: Выдача охотничьего билета**", "Потребности клиента: подача заявления.",
             "1.\tПортал госуслуг\tцифровая",
             "", "**Направление: Лесное хозяйство**", head,
             "**Процесс: Выдача лесной декларации**", "Потребности клиента: подача декларации.",
             "2.\tОфициальный сайт\tцифровая"]
    recs = extract_touchpoints(parse_text("\n".join(lines) + "\n"))[0]
    got = [(r["direction_raw"], r["process"], r["interaction_raw"]) for r in recs]
    assert got == [("Направление: Охота и рыболовство", "Выдача охотничьего билета", "подача заявления"),
                   ("Направление: Лесное хозяйство", "Выдача лесной декларации", "подача декларации")]


def test_needs_of_a_block_end_with_its_process(tmp_path):
    """A point under a process with a needs column of its own keeps its cell; the block's needs go no further
    than their process."""
    rows = [["№", "Процесс", "Канал взаимодействия", "Потребность клиента"],
            ["Потребности клиента: получение консультации."],
            ["1", "Консультирование", "Телефон", ""],
            ["2", "Приём обращений", "Электронная почта", "Направление обращения"],
            ["3", "Выдача справок", "Окно приёма", ""]]
    recs = _word(tmp_path, rows)
    assert [r["interaction_raw"] for r in recs] == ["получение консультации", "Направление обращения", None]
