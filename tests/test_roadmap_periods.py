"""Roadmaps whose term is a period: a start and an end column, flat («Дата начала» | «Дата
окончания») or under one heading («Срок реализации» over «начало» | «окончание»).  The end is
the item's term; the start is never taken for it."""
from __future__ import annotations

from parsers.formats.text import parse_text
from parsers.extract.roadmap import extract_roadmap


def _terms(*lines: str) -> list[tuple[str, str]]:
    recs = extract_roadmap(parse_text("\n".join(lines) + "\n"))
    return [(r["activity"], r["deadline_raw"]) for r in recs]


def test_flat_start_and_end_columns_give_the_end():
    assert _terms("№ п/п\tМероприятие\tДата начала\tДата окончания\tОтветственный исполнитель",
                  "1.\tУтвердить перечень точек\t01.02.2025\t31.03.2025\tИванов И.И.",
                  "2.\tПровести опрос клиентов\tянварь 2025 г.\tII квартал 2025 г.\tПетров П.П.") == [
        ("Утвердить перечень точек", "31.03.2025"), ("Провести опрос клиентов", "II квартал 2025 г.")]


def test_a_term_heading_over_start_and_end_gives_the_end():
    assert _terms("№ п/п\tМероприятие\tСрок реализации\t\tОтветственный исполнитель",
                  "\t\tначало\tокончание\t",
                  "1.\tУтвердить перечень точек\t01.02.2025\t31.03.2025\tИванов И.И.") == [
        ("Утвердить перечень точек", "31.03.2025")]


def test_a_term_heading_over_a_start_only_carries_no_term_from_another_row():
    # «Срок реализации» over «начало» and an unheaded column: no sub-heading names the end, so
    # no row's term may be taken as merged down from a row above (each row is its own or none)
    terms = _terms("№ п/п\tМероприятие\tСрок реализации\t\tОтветственный исполнитель",
                   "\t\tначало\t\t",
                   "1.\tУтвердить перечень точек\t01.02.2025\t31.03.2025\tИванов И.И.",
                   "2.\tПровести опрос клиентов\t01.04.2025\t30.06.2025\tПетров П.П.")
    assert [a for a, _ in terms] == ["Утвердить перечень точек", "Провести опрос клиентов"]
    assert terms[1][1] not in ("31.03.2025", "01.02.2025")
