"""Hostile cells for the needs' splitting (normalizers/need_split.py, needs.py): a long run of
spaces between two needs once cost 12 s in `_split_bare` (the words joined again at every
space) and seconds more in `_BULLET` and `_INCLUDING` (a lead of spaces retried at each
space).  Each test reads a cell and one 4× its size: the time must grow far less than 16×,
and the cell must still read as before."""
from __future__ import annotations

import time

from normalizers import need_grammar, needs
from normalizers.need_split import _BULLET
from normalizers.needs import _INCLUDING, match_needs, split_needs

# the readings of phrases and cuts, cached: cleared before each timed call, so the small cell
# read first leaves nothing the large one (which repeats its pieces) would find ready
_CACHES = (split_needs, needs._starts_bare_need, need_grammar.read_needs, need_grammar.phrase_clauses)


def _seconds(run, arg) -> float:
    """Best CPU time of two calls (the caches of the needs' reading cleared): the least
    disturbed by the other processes of the machine."""
    best = float("inf")
    for _ in range(2):
        for cached in _CACHES:
            cached.cache_clear()
        start = time.process_time()
        run(arg)
        best = min(best, time.process_time() - start)
    return best


def _grows_linearly(run, build) -> None:
    run(build(1))                                        # vocabularies loaded before timing
    small, large = _seconds(run, build(1)), _seconds(run, build(4))
    # 4× the size: linear takes ~4×, quadratic ~16×; a floor keeps tiny times from noise
    assert large < 8 * max(small, 0.02), (small, large)


def test_a_run_of_spaces_between_two_needs_is_linear_and_kept_apart():
    cell = lambda k: "бланк" + " " * 4_000 * k + "справка"
    _grows_linearly(match_needs, cell)
    assert [p.split() for p in split_needs(cell(1))] == [["бланк", "справка"]]
    assert {m.code for m in match_needs(cell(1))} == {m.code for m in match_needs("бланк справка")}


def test_a_run_of_spaces_before_a_bullet_is_linear():
    _grows_linearly(lambda s: _BULLET.sub("\x1e", s), lambda k: " " * 8_000 * k + "x")
    _grows_linearly(lambda s: _BULLET.sub("\x1e", s), lambda k: "x" + " " * 8_000 * k + "• y")
    # the bullet and every space around it are the separator, from where the run begins
    assert _BULLET.sub("|", "справка   •   бланк") == "справка|бланк"
    assert _BULLET.sub("|", "   • запись") == "|запись"


def test_a_run_of_spaces_before_in_particular_is_linear():
    _grows_linearly(lambda s: _INCLUDING.split(s, maxsplit=1), lambda k: "справка" + " " * 8_000 * k + "x")
    assert _INCLUDING.split("справка  ,  в том числе о ходе", maxsplit=1) == ["справка  ", "о ходе"]
    assert _INCLUDING.split("справка   включая бланк", maxsplit=1) == ["справка", "бланк"]


def test_a_long_chain_of_dashed_needs_is_linear_and_cut_at_each_dash():
    # every space is tried as a bare cut: each try once read all the rest of the cell
    cell = lambda k: " - ".join(f"получить справку {i}" for i in range(60 * k))
    _grows_linearly(match_needs, cell)
    assert split_needs(cell(1))[:2] == ("получить справку 0", "- получить справку 1")
    assert len(split_needs(cell(1))) == 60


def test_a_run_on_story_is_linear():
    cell = lambda k: " ".join(f"звоню {i} день хочу узнать когда придёт ответ на моё заявление о выдаче "
                              f"справки {i} мне никто не отвечает" for i in range(40 * k))
    _grows_linearly(match_needs, cell)
    assert split_needs(cell(1))[0] == "звоню 0 день"
