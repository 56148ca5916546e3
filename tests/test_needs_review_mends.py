"""Mends of a review of the needs readers (issue 17): where a code's reading comes from,
analysts' overrides in context, and what the grammar reads a booking, a «где», «помочь» and
a pronoun as.  Expectations come from the taxonomy's definitions (docs/dataset.md, `needs`)."""
from normalizers import match_needs, taxonomy
from normalizers.matcher import REVIEW


def coded(text):
    return [(m.code, m.score >= REVIEW) for m in match_needs(text)]


def test_a_code_two_phrases_give_keeps_the_less_sure_phrase_whole():
    cell = "Выдача лицензии; получение разъяснения по налогу"
    [m] = match_needs(cell)
    # the doubt comes from the second phrase: its text and method, not the first one's text
    assert m.code == "result" and m.score < REVIEW
    assert m.text == "получение разъяснения по налогу"
    tax = taxonomy("needs")
    try:
        # an analyst settling that phrase settles the cell
        tax.set_overrides({"получение разъяснения по налогу": "consultation"})
        assert [(m.code, m.method) for m in match_needs(cell)] == [("result", "grammar:table"),
                                                                   ("consultation", "override")]
    finally:
        tax.set_overrides({})
