"""Header words cut short (parsers/tables/cut_words.py): which cuts stand for which words."""
from __future__ import annotations

from parsers.tables.columns import field_scores
from parsers.tables.cut_words import covers


class _Counted(frozenset):
    """A cut's candidates that count the look-ups made in them, and stop a search gone wild."""
    calls = 0

    def __contains__(self, word) -> bool:
        _Counted.calls += 1
        if _Counted.calls > 200_000:
            raise RuntimeError("covers searched past any polynomial bound")
        return frozenset.__contains__(self, word)


def test_covers_needs_distinct_cuts_and_reassigns_them():
    a_or_b, only_a = frozenset({"a", "b"}), frozenset({"a"})
    assert covers(frozenset({"a", "b"}), (a_or_b, only_a))        # «a» must move to the second cut
    assert not covers(frozenset({"a", "b"}), (only_a, only_a))
    assert not covers(frozenset({"a", "b"}), (a_or_b,))           # one cut is one word
    assert covers(frozenset(), ())


def test_covers_is_polynomial_in_the_number_of_cuts():
    # hundreds of dotted letters in one cell: two phrase words each coverable by 300 cuts, a third by none
    v, n = _Counted({"взаимодействие", "вид"}), _Counted({"наименование", "направление"})
    _Counted.calls = 0
    assert not covers(frozenset({"взаимодействие", "наименование", "точка"}), (v, n) * 300)
    assert _Counted.calls < 50_000


def test_a_body_cell_of_dotted_letters_is_no_touchpoint_header():
    # every body row is scored as a possible repeated header (repair.py): such a cell took ~8 s
    # before the matching (words² × cuts); its time is shown by benchmarks/bench_hostile_inputs.py
    assert "touchpoint" not in field_scores("touchpoint_list", " ".join(["в.", "н."] * 300))
