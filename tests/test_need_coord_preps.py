"""The preposition of a coordination found once per clause (need_coord.last_prepositions, rev14b): the
same answers as the scan back from each «и» it replaces — the speed is benchmarks/bench_hostile_inputs.py's."""
import pytest

from normalizers.need_coord import in_prep_group, last_prepositions, second_topic
from normalizers.need_grammar import grammar
from normalizers.need_objects import object_at
from normalizers.phrase import words

PHRASES = [
    "ответы на отзывы и предложения граждан и замечания",
    "информация о порядке предоставления услуги и ходе её предоставления",
    "получение информации о порядке и консультации по оформлению",
    "предоставление документов для проверки и объектов для осмотра",
    "заявка на вывоз мусора и информация о графике и тарифах",
]


def test_last_prepositions_marks_the_last_one_before_each_word():
    ws = words("запись на приём к врачу и справка", grammar().speller)
    # на (1), к (3): before «приём» the last is «на», before «справка» «к»; none at or after start 2 before «к»
    assert last_prepositions(ws) == [None, None, 1, 1, 3, 3, 3, 3]
    assert last_prepositions(ws, 2)[:5] == [None, None, None, None, 3]


@pytest.mark.parametrize("text", PHRASES)
def test_the_groups_found_once_are_those_the_scan_finds(text):
    g = grammar()
    ws = words(text, g.speller)
    obj = lambda w, p: object_at(w, p, g)     # noqa: E731
    conjs = [i for i, w in enumerate(ws) if w.text == "и"]
    assert conjs
    for start in range(len(ws)):
        preps = last_prepositions(ws, start)
        for c in (c for c in conjs if c > start):
            for p in range(c + 1, len(ws)):
                assert in_prep_group(ws, start, c, p, governs=g.governs, preps=preps) == \
                    in_prep_group(ws, start, c, p, governs=g.governs)
            idx = list(range(start, c))
            assert second_topic(ws, idx, c, g.topic_preps, obj, last_prepositions(ws)) == \
                second_topic(ws, idx, c, g.topic_preps, obj)
