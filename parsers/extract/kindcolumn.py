"""Both channel lists of a procedure in ONE table, a column saying which list each row is in:
«№ п/п | Наименование канала | Вид канала» over «1. | Официальный сайт | цифровой», «2. | Приёмная |
офлайн», the rows of the two kinds in any order.

The table is recognised by its content: besides a «№» column it has two columns, one whose every filled
body cell is a point type (`textcore.point_type.read_type_value`: «цифровой», «офлайн», «нецифровой»,
«Ц»/«О») and one holding the names; a header, where the table has one, names the points or their type in
one of them («Мероприятие | Формат проведения» over «очно», «онлайн» lists events, no channels).  Each
row is an item of the digital or the offline channel list by its type cell.  A touchpoint list has more
columns (a process, needs) and is never read here.
"""
from __future__ import annotations

from textcore.point_type import read_type_value

from ..document import Row, Table
from ..tables.columns import field_scores, is_ordinal_header

_KIND = {"digital": "channel_digital", "offline": "channel_offline"}
_MAX_TYPE_WORDS = 3          # a type cell is a word or two, «офлайн-канал», never a name


def _type(text: str) -> str | None:
    text = text.strip().rstrip(".;")
    return read_type_value(text) if text and len(text.split()) <= _MAX_TYPE_WORDS else None


def _number_cell(text: str) -> bool:
    t = text.strip().rstrip(".)")
    return not t or t.isdigit() or is_ordinal_header(text)


def _names_points(heading: str) -> bool:
    """Whether a heading names the points or their type («Канал связи», «Тип канала», «Вид точки»)."""
    scores = field_scores("touchpoint_list", heading)
    return bool(scores.get("touchpoint") or scores.get("point_type"))


def kind_column_items(table: Table) -> list[tuple[str, str, Row]]:
    """(list kind, channel, row) of a table of channels with a column of their kinds; [] for any other
    table.  The first filled row is the header when a cell of it is «№» or no cell of it reads as a type."""
    rows = [r for r in table.rows if any(t.strip() for t in r.texts)]
    if len(rows) < 3:
        return []
    width = len(rows[0].cells)
    content = [c for c in range(width) if not all(_number_cell(r.texts[c]) for r in rows[1:] if c < len(r.texts))]
    if len(content) != 2:
        return []
    first = rows[0].texts
    head = any(is_ordinal_header(t) for t in first if t.strip()) or not any(_type(first[c]) for c in content)
    if head and not any(_names_points(first[c]) for c in content if c < len(first)):
        return []                   # «Мероприятие | Формат проведения» over «очно», «онлайн»: events, no channels
    body = rows[1:] if head else rows
    typed = [c for c in content if all(c < len(r.texts) and _type(r.texts[c]) for r in body)]
    if len(typed) != 1:             # no column of types, or two («Офлайн-опрос» is a name and reads as one)
        return []
    type_col, name_col = typed[0], next(c for c in content if c != typed[0])
    out = [(_KIND[_type(r.texts[type_col])], r.texts[name_col].strip().rstrip(";,."), r) for r in body
           if name_col < len(r.texts) and r.texts[name_col].strip()]
    return out if len(out) >= 2 else []
