"""Compound abbreviations («соцподдержка», «госзакупки») read as the words they shorten
(normalizers/compounds.py), so rules written in full words meet them."""
import pytest

from normalizers.compounds import expand_compounds
from normalizers.direction_names import read_direction
from normalizers.matcher import REVIEW


def test_a_compound_keeps_its_word_and_adds_what_it_shortens():
    assert expand_compounds("Отдел соцвыплат") == "Отдел соцвыплат (социальный выплат)"
    # no stem, or a stem followed by no word of its own: left alone
    for word in ("государство", "госпиталь", "техника", "медведь", "специалист"):
        assert expand_compounds(word) == word


@pytest.mark.parametrize("heading, code", [
    ("2. Меры соцподдержки семей", "support_measures"),
    ("Раздел 4. Госнадзор за техническим состоянием машин", "control"),
    ("Медпомощь и лекарственное обеспечение льготников", "support_measures"),
])
def test_headings_in_compound_abbreviations(heading, code):
    m = read_direction(heading)
    assert m.code == code, m


def test_buying_for_the_bodys_needs_is_housekeeping_the_states_procurement_is_other():
    m = read_direction("Закупки товаров для нужд управления")
    assert m.code == "internal_admin" and m.score >= REVIEW
    assert read_direction("Закупки для обеспечения муниципальных нужд").code == "other"


def test_a_word_of_its_own_is_no_compound():
    # the dictionary knows these whole: a stem at their start is chance
    for word in ("медленный", "матрешками", "медленного"):
        assert expand_compounds(word) == word
    # a compound the dictionary knows too, listed as such, still reads as the words it shortens
    assert expand_compounds("медосмотров") == "медосмотров (медицинский осмотров)"
