"""Review mends of procedure inline lists (parsers/extract/inline.py)."""
from __future__ import annotations

from parsers.extract.inline import inline_items, last_sentence_end


def test_a_reference_after_an_abbreviation_ends_no_sentence():
    # «ст. 7 Федерального закона»: a two-letter abbreviation, a number and a capital are no
    # clause number opening the next sentence, so the last item is not cut at «ст»
    item = "получение сведений в порядке, предусмотренном ст. 7 Федерального закона № 210-ФЗ"
    assert last_sentence_end(item) == item
    assert inline_items("Потребности клиентов: подача заявления; получение консультации; получение "
                        "сведений в порядке, предусмотренном ст. 7 Федерального закона.")[-1] == \
        ("need", "получение сведений в порядке, предусмотренном ст. 7 Федерального закона")


def test_the_next_clause_number_with_its_dot_still_ends_the_sentence():
    assert last_sentence_end("сайт министерства. 2.3. Перечень утверждается приказом") == "сайт министерства"
