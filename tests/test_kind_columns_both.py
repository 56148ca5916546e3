"""A process's digital and offline channels in two columns side by side, BOTH filled on one row (parsers/tables/
header_rows.py `split_marks`, `written_labels`): each column's channels are points of their own, of the kind the
column's heading names — not one point of the first column's kind.  A group heading over a channel and its kind
(«Точка» over «канал» | «вид») stays one point; a grouped header whose lower words are generic («Процесс предоставления услуги» over
«сфера» | «наименование») reads the sphere as the direction."""
from __future__ import annotations

from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats.text import parse_text


def _records(lines):
    return [(r["direction_raw"], r["process"], r["touchpoint_raw"], r["point_type_raw"])
            for r in extract_touchpoints(parse_text("\n".join(["Перечень точек", "", *lines]) + "\n"))[0]]


def test_both_kind_columns_filled_on_one_row():
    lines = ["№\tНаправление\tУслуга\tДистанционные каналы\tОчные каналы\tЦель обращения",
             "1.\tЛесное хозяйство\tВыдача лесорубочного билета\tЕдиный портал госуслуг\tПриёмная лесничества\t"
             "получить билет",
             "2.\tЛесное хозяйство\tПриём лесных деклараций\t—\tПриёмная лесничества\tсдать декларацию"]
    got = _records(lines)
    assert [(g[1], g[2], g[3]) for g in got] == [
        ("Выдача лесорубочного билета", "Единый портал госуслуг", "Дистанционные каналы"),
        ("Выдача лесорубочного билета", "Приёмная лесничества", "Очные каналы"),
        ("Приём лесных деклараций", "Приёмная лесничества", "Очные каналы")]


def test_kind_columns_under_a_group_heading():
    lines = ["№\tУслуга\tКаналы\t\tЦель обращения",
             "\t\tонлайн\tофлайн\t",
             "1.\tВыдача лесорубочного билета\tЛичный кабинет\tПриёмная лесничества\tполучить билет"]
    got = _records(lines)
    assert [(g[2], g[3]) for g in got] == [("Личный кабинет", "онлайн"), ("Приёмная лесничества", "офлайн")]


def test_a_channel_and_its_kind_under_one_group_stay_one_point():
    lines = ["№\tУслуга\tТочка взаимодействия\t\tЦель обращения",
             "\t\tканал\tвид\t",
             "1.\tВыдача лесорубочного билета\tПриёмная лесничества\tофлайн\tполучить билет"]
    # one point (its cell keeps the «;» the joined kind left: the channel reader drops it)
    assert [(g[2].rstrip(";"), g[3]) for g in _records(lines)] == [("Приёмная лесничества", "офлайн")]


def test_generic_lower_words_sphere_as_direction():
    lines = ["№\tПроцесс предоставления услуги\t\tКанал взаимодействия\tЦель обращения",
             "\tсфера\tнаименование\t\t",
             "1.\tЛесное хозяйство\tВыдача лесорубочного билета\tПриёмная лесничества\tполучить билет"]
    assert _records(lines) == [("Лесное хозяйство", "Выдача лесорубочного билета", "Приёмная лесничества", None)]


def test_a_kind_split_group_with_a_bare_kind_word_keeps_its_kinds():
    """«Каналы» over «цифровые» | «нецифровые (офлайн)», one filled per row: the channel split by kind — never read as a
    channel column beside a kind column because one sub-heading names no field alone."""
    lines = ["№\tКаналы\t\tУслуга\tЦель обращения",
             "\tцифровые\tнецифровые (офлайн)\t\t",
             "1.\tЛичный кабинет\t\tВыдача лесорубочного билета\tполучить билет",
             "2.\t\tПриёмная лесничества\tПриём лесных деклараций\tсдать декларацию"]
    assert [(g[2], g[3]) for g in _records(lines)] == [("Личный кабинет", "цифровые"),
                                                      ("Приёмная лесничества", "нецифровые (офлайн)")]
