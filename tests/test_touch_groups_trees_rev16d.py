"""Review of the channel groups and the tree in one column (parsers/tables/channel_groups.py, tree_column.py) on
ordinary lists they must leave alone (rows invented here): a tree numbered deeper than its heading names, and rows
across naming processes that state their kind in brackets over a list lacking its channel column."""
from __future__ import annotations

from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats.text import parse_text
from parsers.tables.channel_groups import with_channel_groups
from pipeline.run import content_cells

KIND = "touchpoint_list"


def _doc(rows):
    return parse_text("\n".join(["Перечень точек взаимодействия", "", *("\t".join(r) for r in rows)]) + "\n")


def test_tree_numbered_deeper_than_its_heading_keeps_its_directions():
    """«Услуга / канал» over «1.» / «1.1.» / «1.1.1.»: the top rows are directions, no point of the process above."""
    rows = [["№", "Услуга / канал взаимодействия", "Тип точки", "Потребность"],
            ["1.", "Жилищная политика", "", ""],
            ["1.1.", "Выдача справок о составе семьи", "", ""],
            ["1.1.1.", "Портал госуслуг", "цифровая", "получить справку"],
            ["2.", "Социальная защита", "", ""],
            ["2.1.", "Назначение пособия", "", ""],
            ["2.1.1.", "Телефон горячей линии", "цифровая", "узнать порядок"]]
    got = [(r["process"], r["touchpoint_raw"]) for r in extract_touchpoints(_doc(rows))[0]]
    assert ("Выдача справок о составе семьи", "Социальная защита") not in got
    assert [t for _, t in got] == ["Портал госуслуг", "Телефон горячей линии"]


def _regrouped(first: str, second: str) -> bool:
    """Whether a list with no channel column under rows across «1. <first>», «2. <second>» is read as grouped."""
    content_cells.install()
    doc = parse_text("\n".join(["\t".join(["№", "Направление", "Услуга", "Потребность"]), f"**1. {first}**",
                                "1.1.\tЖилищная политика\tВыдача выписок\tполучить выписку", f"**2. {second}**",
                                "2.1.\tЖилищная политика\tВыдача справок\tполучить справку"]) + "\n")
    blocks, _ = with_channel_groups(doc.blocks, KIND, {})
    return blocks != doc.blocks


def test_process_rows_across_stating_their_kind_are_no_channel_groups():
    """Rows across naming a process with its kind in brackets: the channel reader reads no channel in them."""
    assert not _regrouped("Выдача выписок из реестра (в электронном виде)",
                          "Выдача справок о составе семьи (дистанционно)")


def test_channel_rows_across_still_read_with_the_channel_reader():
    assert _regrouped("Портал госуслуг (цифровая)", "Приёмная министерства (офлайн)")
