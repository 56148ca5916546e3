"""Review of the acts9 header rules (rev8a): each test fails on the rule as first merged."""

from parsers.extract.signed import date_alone


def test_a_long_run_of_spaces_costs_a_line_linear_time():
    """Every line of a document is asked whether it is a date line alone; a layout copy pads a line
    with thousands of spaces.  Taking a closing bracket note off must not try every space of the
    run to its end (the first rule, a regex, took 7.4 s here)."""
    line = "Порядок" + " " * 40_000 + "ведения (перечня"
    assert date_alone(line) is None


def test_the_edition_note_closing_a_date_line_is_still_taken_off():
    d = date_alone("№10 от 20.02.2016 (в ред. от 30.01.2017 № 2)")
    assert d is not None and d.first.isoformat() == "2016-02-20"
    assert date_alone("(в ред. от 30.01.2017 № 2)") is None           # the note alone dates no act
    assert date_alone("от 20.02.2016 (сокр.) (в ред. от 30.01.2017)") is None   # one note only, the last


def test_an_edition_note_in_brackets_leaves_a_stamp_a_stamp():
    """«в ред.» is a cue of a change note only outside brackets: a one-line stamp of an appendix to
    a procedure (no act's kind before the bracket) with its edition note is still a stamp."""
    from parsers.extract.header_words import opens_stamp
    assert opens_stamp("Приложение N 2 к Порядку ведения перечня (в ред. приказа от 12.01.2020 N 5)")
    assert opens_stamp("УТВЕРЖДЕН (в редакции приказа от 01.02.2021 N 3)")
    assert opens_stamp("Приложение N 2 к приказу от 12.01.2020 N 5 (в ред. приказа от 01.02.2021 N 7)")
    assert not opens_stamp("Приложение 3 изменено с 1 января 2020 г. - Постановление от 01.01.2020 N 881")
    assert not opens_stamp("Утвердить прилагаемый перечень (в ред. приказа от 01.02.2021 N 3)")


def test_a_cut_name_is_completed_from_a_later_mention_on_its_own_line():
    """A Word paragraph may hold the cut name before the same body's full one: every mention of
    the cut words is tried, not the first only."""
    from parsers.extract.issuer_form import completed_name
    cut = "Министерство культуры, печати и по делам"
    line = ("Министр культуры, печати и по делам национальностей; приказом Министерства культуры, печати "
            "и по делам национальностей Республики Марий Эл от 1 марта 2020 г. N 5")
    assert completed_name(cut, [line]) == ("Министерство культуры, печати и по делам национальностей "
                                           "Республики Марий Эл")
    assert completed_name(cut, ["Министр культуры, печати и по делам национальностей"]) == cut
