"""A word cut short with a hyphen, its start and ending kept («инф-ции», «заяв-ния»), as
tables write it where the column is narrow (normalizers/phrase.py, `Speller.expand`)."""
from __future__ import annotations

from normalizers import match_needs
from normalizers.matcher import REVIEW
from normalizers.phrase import Speller


def test_a_contraction_reads_as_the_one_vocabulary_word_it_fits():
    sp = Speller(["информация", "консультация", "заявление", "жалоба"])
    assert sp.expand("инф-ции") == ("информация", "информации")
    assert sp.expand("заяв-ния")[0] == "заявление"
    # a start no word fits, a long second part (a compound: «онлайн-запись»), a short start
    assert sp.expand("абв-ции") is None
    assert sp.expand("инф-запись") is None
    assert sp.expand("ин-ции") is None


def test_a_contracted_object_decides_the_need_in_review():
    got = match_needs("Получение консульт-ции специалиста")
    assert [m.code for m in got] == ["consultation"] and got[0].score < REVIEW
    got = match_needs("Получение инф-ции о графике приёма")
    assert [m.code for m in got] == ["information"] and got[0].score < REVIEW


def test_a_cut_word_is_read_by_the_one_textcore_rule():
    # header cells («вз-ия») and need phrases («инф-ции») share textcore.lemmas.cut_fits
    from textcore.lemmas import cut_fits
    forms = {"информации": "информация", "информация": "информация", "инструкции": "инструкция",
             "взаимодействия": "взаимодействие", "ин": "ин"}
    assert cut_fits("инф", "ции", forms) == {"информация"}
    assert cut_fits("ин", "ции", forms) == {"информация", "инструкция"}
    assert cut_fits("вз", "ия", forms) == {"взаимодействие"}
    assert cut_fits("ин", "", forms) == {"информация", "инструкция"}     # a dotted cut: never the word itself
