"""Channel cells are read in time linear in their length: the several-channels reader
(conjuncts), the quoted-name and e-mail patterns scan a run of spaces, a long word or a
clause of thousands of conjunctions once, not again from each of its characters.  The time
is shown by benchmarks/bench_hostile_inputs.py; these tests check what such cells read as."""
from __future__ import annotations

import pytest

from normalizers.channel_heads import read_channel
from normalizers.channel_places import split_details
from normalizers.channel_words import conjuncts
from normalizers.channel_vocab import heads


@pytest.mark.parametrize("cell", [
    "сайт" + " " * 30000 + "почта",              # a run of spaces: the coordinators' leading \s*
    "сайт " + "а" * 30000,                       # a long word: the e-mail and quoted-name patterns
    "сайт " + "министерства и отдела " * 2000,   # thousands of «и»: the words beside each, not the clause
])
def test_hostile_channel_cell_is_read_as_its_channel(cell):
    r = read_channel(cell, None)
    assert r is not None and r.code == "website"


def test_linear_patterns_keep_their_matches():
    h = heads()
    # the same parts and details as before the patterns were anchored
    assert conjuncts("сайт  и  почта, телефон", h.coordinators, h.not_peer) == ["сайт", "почта", "телефон"]
    assert split_details("почта info@minsoc.ru")[1] == ["info@minsoc.ru"]
    r = read_channel("центр поддержки «Мой бизнес»", None)
    assert r is not None and r.code == "mfc"


def test_meetings_named_within_a_means_are_read_once():
    # each «приём по» read the rest of the cell again, each reading of it the rest again:
    # 20 of them took ~25 s (2^n); a meeting named within a means takes no means of its own
    r = read_channel("приём по " * 19 + "приём", None)
    assert r is not None and r.code == "personal_reception"
    # a means still decides the meeting it follows, whatever the meetings within it
    r = read_channel("приём по видеосвязи", None)
    assert r is not None and r.code == "video_conference"


@pytest.mark.parametrize("cell, code", [
    # each «в» read the rest of the clause again (800 of them: ~4 s, quadratic); now the words of
    # the places up to the conjunction are indexed once (the time: benchmarks/bench_hostile_inputs.py)
    ("приём в " * 2000, "personal_reception"),              # no place is a venue: a reception
    ("приём в " * 2000 + "МФЦ", "mfc"),                      # only the last place names one venue
    ("приём в кабинете " * 2000 + "и в МФЦ", "personal_reception"),
    ("приём на " * 2000 + "Едином портале", "gosuslugi"),    # a platform is a venue
])
def test_a_clause_of_thousands_of_places_is_read_once(cell, code):
    r = read_channel(cell, None)
    assert r is not None and r.code == code


def test_places_read_once_keep_their_readings():
    # a venue after a meeting decides, a place that is no venue leaves the reception, and a
    # venue held at two places is the first named
    for cell, code in [("приём в МФЦ", "mfc"), ("приём в кабинете министра", "personal_reception"),
                       ("совещание в кабинете в МФЦ", "mfc"), ("приём граждан в МФЦ и по телефону", "mfc")]:
        r = read_channel(cell, None)
        assert r is not None and r.code == code, cell


@pytest.mark.parametrize("cell, code, how", [
    # each head scanned every word's bag of the whole cell for its `with` words (quadratic): the
    # cell's forms are now gathered once (channel_place_clause.WordBag); the readings stay
    ("обмен документами в отделе " * 2000, "internal_office", "weak"),  # «обмен» names nothing: the weak «отдел»
    ("обмен документами в отделе " * 2000 + "в СЭД", "edms", "head"),  # a definite head at the end decides
    ("сервис " + "в отделе " * 2000 + "(обмен)", "api", "tie:details"),  # a `with` word in a detail, far off
    ("опрос " + "в отделе " * 2000 + "(сайт)", "online_survey", "tie:details"),  # a pair's side in a detail
])
def test_a_long_cell_keeps_its_reading_with_its_forms_gathered_once(cell, code, how):
    r = read_channel(cell, None)
    assert r is not None and (r.code, r.how) == (code, how)


def test_a_word_bag_answers_as_the_list_of_its_bags():
    from normalizers.channel_place_clause import WordBag, forms_of
    bags = [frozenset({"обмен", "обмена"}), frozenset({"отдел"})]
    bag = WordBag(bags)
    assert bag == bags and bag.has("отдел") and not bag.has("сайт")
    assert forms_of(bag) == forms_of(bags) == {"обмен", "обмена", "отдел"}
    assert WordBag([]).forms == frozenset()


@pytest.mark.parametrize("cell, code, how", [
    # each meeting's head walked the phrase's rest for a means, each act its group for an instrumental, and
    # each word of a cell with no head sorted the heads again: the means' and the stops' places are now found
    # once per phrase (normalizers/phrase_memo.py); the readings stay (the time: bench_hostile_inputs.py)
    ("загрузка автомобиля " * 1000, None, None),                     # a moving head naming no data: nothing
    ("приём " * 1000 + "по видеосвязи", "video_conference", "head"),  # the means after the last head decides
    ("приём по записи " * 1000 + "по телефону", "personal_reception", "head"),  # the phone books: in person
    ("приём документов " * 1000 + "нарочным", "written_mail", "head"),  # the act done by the instrumental's channel
    ("опросник " * 1000, "offline_survey", "family"),                 # no head: a cognate of «опрос», a guess
])
def test_a_long_run_of_heads_keeps_its_reading_with_the_phrase_read_once(cell, code, how):
    r = read_channel(cell, None)
    assert (r and (r.code, r.how)) == ((code, how) if code else None)


def test_a_phrase_fact_is_kept_by_its_list_not_by_an_equal_one():
    from normalizers.phrase_memo import of_phrase
    built = []
    a, b = ["x"], ["x"]
    assert of_phrase(a, "t", lambda ws: built.append(1) or len(built)) == 1
    assert of_phrase(a, "t", lambda ws: built.append(1) or len(built)) == 1     # the same list: kept
    assert of_phrase(b, "t", lambda ws: built.append(1) or len(built)) == 2     # an equal list: its own


def test_a_phrase_fact_of_a_freed_vocabulary_is_not_handed_to_a_new_one():
    # a vocabulary object freed and another made often get the same id: the means' places found with the
    # first must not be the second's (means_after keyed them by `id(h)` in the fact's name alone)
    from types import SimpleNamespace
    from normalizers.channel_head_words import means_after
    from normalizers.phrase import words
    ws = list(words("приём по записи через портал"))
    got = []
    for n in range(50):
        h = SimpleNamespace(booking=frozenset(), venue_preps=frozenset(),
                            means=frozenset({"через"} if n % 2 else ()))
        got.append(means_after(ws, 0, h))
        del h
    assert got == [[3] if n % 2 else [] for n in range(50)]


def test_phrase_facts_of_many_lists_built_and_freed_are_each_their_own():
    # ids of freed lists are reused at once: each list's fact is built of it, never a freed one's
    from normalizers.phrase_memo import of_phrase
    for n in range(300):
        ws = [n] * (n % 5 + 1)
        assert of_phrase(ws, "t", lambda ws: (ws[0], len(ws))) == (n, n % 5 + 1)
        assert of_phrase(ws, "t", lambda ws: None) == (n, n % 5 + 1)      # … and kept while it lives
        del ws


def test_phrase_facts_asked_from_several_threads_at_once_raise_nothing():
    # documents are read in threads (pipeline/run/dask_executor.py): the oldest fact dropped while another
    # thread added one raised «dictionary changed size during iteration» (a race: without the lock it fails most runs)
    import sys
    import threading
    from normalizers.phrase_memo import of_phrase
    errors, interval = [], sys.getswitchinterval()

    def ask():
        try:
            for n in range(100000):
                assert of_phrase([n], "t", lambda ws: ws[0]) == n
        except Exception as e:       # noqa: BLE001 - collected, asserted below
            errors.append(repr(e))
    sys.setswitchinterval(1e-6)
    try:
        threads = [threading.Thread(target=ask) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(interval)
    assert errors == []
