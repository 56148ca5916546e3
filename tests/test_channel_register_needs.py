"""A list naming its channels by a register's codes with the point's needs after the code in the same cell, «К1 –
получить справку» (parsers/extract/channel_register.py, rows invented here): the code read through the register,
the words after it the point's needs."""
from parsers.extract.channel_register import _code_and_needs
from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats.text import parse_text

REGISTER = ["Код\tКанал взаимодействия", "К1\tЖурнал заявок", "К2\tСЭД", "К3\tОфициальный сайт"]


def test_a_lone_code_and_the_needs_after_it():
    assert _code_and_needs("К1 – получить справку") == (["к1"], "получить справку")
    assert _code_and_needs("К1\n– получить справку\n– узнать сроки") == (["к1"], "получить справку\n– узнать сроки")
    assert _code_and_needs("К1, К3") == (["к1", "к3"], "")
    assert _code_and_needs("Официальный сайт – подать заявление") is None


def test_needs_after_a_code_are_its_point_s():
    rows = ["1.\tПредоставление информации\tК1 – получить справку", "2.\tПредоставление информации\tК2",
            "3.\tСоздание учётных записей\tК3 – подать заявление"]
    doc = parse_text("\n".join(["Перечень точек взаимодействия", ""] + REGISTER +
                               ["", "№\tПроцесс\tКанал (код по таблице 1)"] + rows) + "\n")
    got = [(r["touchpoint_raw"], r["interaction_raw"]) for r in extract_touchpoints(doc)[0]]
    assert got == [("Журнал заявок", "получить справку"), ("СЭД", None), ("Официальный сайт", "подать заявление")]


def test_a_register_saying_the_kind_after_the_channel_s_name():
    register = ["Код\tКанал взаимодействия", "К1\tЖурнал заявок – офлайн", "К2\tСЭД (цифровая)", "К3\tОфициальный сайт"]
    rows = ["1.\tПредоставление информации\tК1", "2.\tПредоставление информации\tК2", "3.\tСоздание учётных записей\tК3"]
    doc = parse_text("\n".join(["Перечень точек взаимодействия", ""] + register +
                               ["", "№\tПроцесс\tКанал (код по таблице 1)"] + rows) + "\n")
    got = [(r["touchpoint_raw"], r["point_type_raw"]) for r in extract_touchpoints(doc)[0]]
    assert got == [("Журнал заявок", "офлайн"), ("СЭД", "цифровая"), ("Официальный сайт", None)]


def test_a_range_of_codes_is_no_code_and_its_needs():
    """«К1 – К3» names codes (a range, or two), not the needs «К3» of К1: the cell is left as written."""
    assert _code_and_needs("К1 – К3") is None
    assert _code_and_needs("12 - 15") is None
    rows = ["1.\tПредоставление информации\tК1 – К3", "2.\tПредоставление информации\tК2"]
    doc = parse_text("\n".join(["Перечень точек взаимодействия", ""] + REGISTER +
                               ["", "№\tПроцесс\tКанал (код по таблице 1)"] + rows) + "\n")
    got = [(r["touchpoint_raw"], r["interaction_raw"]) for r in extract_touchpoints(doc)[0]]
    assert ("Журнал заявок", "К3") not in got


def test_a_register_name_ending_in_a_word_of_its_own_keeps_it():
    """«Почта (электронная)» is e-mail and «Приёмная – электронная» the online reception: words that begin channels'
    names are the name's where, read with it, they make another channel; «Журнал заявок – офлайн» still a kind."""
    from pipeline.run import content_cells
    content_cells.install()
    register = ["Код\tКанал взаимодействия", "К1\tПочта (электронная)", "К2\tПриёмная – электронная",
                "К3\tЖурнал заявок – офлайн"]
    rows = ["1.\tПредоставление информации\tК1", "2.\tПредоставление информации\tК2", "3.\tСоздание учётных записей\tК3"]
    doc = parse_text("\n".join(["Перечень точек взаимодействия", ""] + register +
                               ["", "№\tПроцесс\tКанал (код по таблице 1)"] + rows) + "\n")
    got = [(r["touchpoint_raw"], r["point_type_raw"]) for r in extract_touchpoints(doc)[0]]
    assert got == [("Почта (электронная)", None), ("Приёмная – электронная", None), ("Журнал заявок", "офлайн")]
