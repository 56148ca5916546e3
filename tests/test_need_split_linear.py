"""Hostile cells for the needs' splitting (normalizers/need_split.py, needs.py): a long run of
spaces between two needs once cost 12 s in `_split_bare` (the words joined again at every
space) and seconds more in `_BULLET` and `_INCLUDING` (a lead of spaces retried at each
space).  Each test reads a cell 4× the size the benchmark starts from (the time ratio is
benchmarks/bench_hostile_inputs.py's: no timed assertion in a test), and the cell must still
read as before."""
from __future__ import annotations

from normalizers import need_grammar, needs
from normalizers.need_split import _BULLET
from normalizers.needs import _INCLUDING, match_needs, split_needs

def _grows_linearly(run, build) -> None:
    """Reads the cell 4× the size: it ends (a quadratic reading of it takes minutes); its time
    against the small cell's is benchmarks/bench_hostile_inputs.py's, never a test's."""
    run(build(4))


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
