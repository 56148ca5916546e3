"""A first data row whose values hold a heading's word is a row, not the header printed again
(parsers/tables/repair.py `_reprints_header`): a direction «Сфера …», a process «Меры … поддержки …», a point
«Место приема граждан» name fields to the vocabulary (parsers/data/columns.yaml), less surely than a header.
Rows and headings here are invented, in the words of social-protection lists."""
from __future__ import annotations

import pytest

from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats import docx as docx_reader
from parsers.formats.text import parse_text
from tests.fixtures.grid_docx import grid_docx

TITLE = "Перечень точек взаимодействия"
SECOND = ["Выдача удостоверения многодетной семьи", "Региональный портал государственных услуг"]


def _records(doc):
    return [(r["process"], r["touchpoint_raw"]) for r in extract_touchpoints(doc)[0]]


def _both(tmp_path, rows):
    docx = _records(docx_reader.read(grid_docx(tmp_path / "list.docx", rows, title=TITLE)))
    txt = _records(parse_text(TITLE + "\n\n" + "\n".join("\t".join(r) for r in rows) + "\n"))
    return docx, txt


@pytest.mark.parametrize("header, first", [
    (["Направление", "Процесс", "Точка взаимодействия"],
     ["Сфера социальной защиты", "Меры социальной поддержки семей", "Место приема граждан"]),
    (["Процесс", "Точка взаимодействия", "Цель"],
     ["Меры социальной поддержки", "Место приема граждан", "Цель визита - консультация"]),
])
def test_a_first_row_naming_a_support_measure_stays_a_row(tmp_path, header, first):
    second = ["Сфера образования", *SECOND] if len(header) == 3 and header[0] == "Направление" \
        else [*SECOND, "подать заявление"]
    want = [(first[header.index("Процесс")], first[header.index("Точка взаимодействия")]),
            (second[header.index("Процесс")], second[header.index("Точка взаимодействия")])]
    docx, txt = _both(tmp_path, [header, first, second])
    assert docx == want
    assert txt == want


def test_a_header_printed_again_with_a_misread_word_is_still_no_row(tmp_path):
    header = ["Направление", "Процесс", "Точка взаимодействия"]
    rows = [header, ["Образование", "Выдача справки", "Личный прием"],
            ["Направление", "Процес", "Точка взаимодействия"],       # reprinted at a page break, a letter lost
            ["Образование", *SECOND]]
    want = [("Выдача справки", "Личный прием"), tuple(SECOND)]
    docx, txt = _both(tmp_path, rows)
    assert docx == want
    assert txt == want
