"""Readings shared rather than made again: a vocabulary parsed once per process, a header cell's
fuzzy closeness to every phrase in one call, a list item's reading as a kind made once.  Each must
give what the reading made afresh gives."""
from __future__ import annotations

import os
from os.path import commonprefix
from pathlib import Path

from rapidfuzz import fuzz

import normalizers
from normalizers import direction_meaning
from normalizers.matcher import taxonomy
from parsers.tables import columns
from textcore import vocab


def test_a_vocabulary_is_parsed_once_and_each_reader_gets_its_own_copy(tmp_path, monkeypatch):
    path = tmp_path / "words.yaml"
    path.write_text("terms:\n  a: [x, y]\n", encoding="utf-8")
    parsed = []
    real = vocab.loads
    monkeypatch.setattr(vocab, "loads", lambda text: parsed.append(text) or real(text))
    vocab._parsed.cache_clear()
    first = vocab.load_yaml(path)
    first["terms"]["a"].append("z")                       # a builder changing what it was given
    assert vocab.load_yaml(path) == {"terms": {"a": ["x", "y"]}} and len(parsed) == 1
    path.write_text("terms:\n  a: [w]\n", encoding="utf-8")           # an edited file is read afresh
    assert vocab.load_yaml(path) == {"terms": {"a": ["w"]}} and len(parsed) == 2


def _typos(text: str) -> list[str]:
    """A cell near a heading: a letter lost, two swapped, one doubled, a word added, a word cut short."""
    out = [text[:len(text) // 2] + text[len(text) // 2 + 1:], text + text[-1], text + " клиента", text[: -3]]
    if len(text) > 4:
        out.append(text[:2] + text[3] + text[2] + text[4:])
    return out


def test_near_phrases_score_as_fuzz_ratio_pair_by_pair():
    checked = hits = 0
    for kind in ("touchpoint_list", "roadmap"):
        phrases, joined = columns._joined_phrases(kind)
        assert len(phrases) == len(set(phrases)) > 10
        for cell in {t for j in joined[::3] for t in _typos(j)}:
            near = columns._near_phrases(kind, cell)
            for words, j in zip(phrases, joined):
                r = fuzz.ratio(j, cell, processor=None) / 100
                got = near.get(words, 0.0)
                assert (r if r >= 0.85 else None) == (got if got >= 0.85 else None), (cell, j)
                checked += 1
                hits += r >= 0.85
    assert checked > 1000 and hits > 50                  # near and far pairs both met


def test_same_family_reads_as_the_common_prefix_rule():
    def by_prefix(a: str, b: str) -> bool:
        if a == b:
            return True
        n = len(commonprefix([a, b]))
        return n >= 5 and n >= min(len(a), len(b)) - (1 if n == 5 else 3 if n == 6 else 4)

    words = ["пенсия", "пенсионный", "инспекция", "инспектирование", "регистрация", "регистрировать",
             "контроль", "контракт", "предоставление", "предостережение", "сайт", "сайты", "абвгд",
             "абвгде", "абвгдеж", "абвг", "абвгдейка", "опрос", "опросник", "обращение", "обращаться"]
    pairs = [(a, b) for a in words for b in words]
    assert [direction_meaning.same_family(a, b) for a, b in pairs] == [by_prefix(a, b) for a, b in pairs]
    assert direction_meaning.same_family("пенсия", "пенсионный")
    assert not direction_meaning.same_family("контроль", "контракт")


def test_a_list_items_reading_is_made_once_and_forgotten_with_the_overrides(monkeypatch):
    texts = ["официальный сайт министерства", "личный приём граждан", "электронная почта"]
    kinds = ["channel_digital", "channel_offline", "need", "direction"]
    normalizers._reading.cache_clear()
    made = []
    real = normalizers.match_list_item
    monkeypatch.setattr(normalizers, "match_list_item", lambda k, t: made.append((k, t)) or real(k, t))
    first = normalizers.list_kind_by_items(texts, kinds)
    once = len(made)
    assert once == len(texts) * 2                        # need and direction; points by match_channel
    assert normalizers.list_kind_by_items(texts, kinds) == first
    normalizers.item_kinds(texts, kinds)
    assert len(made) == once                             # the same items read again: no new reading
    taxonomy("needs").set_overrides({})                  # overrides change what a text reads as
    normalizers.list_kind_by_items(texts, kinds)
    assert len(made) == 2 * once


def test_the_morphology_names_the_dictionaries_pymorphy2_would_find():
    import subprocess
    import sys

    from pymorphy2.analyzer import lang_dict_path

    from textcore.lemmas import morph

    assert morph().dictionary.path == lang_dict_path("ru") and morph().lang == "ru"
    # a fresh process loads the morphology without importing pkg_resources (~0.1 CPU-s a start)
    code = "import sys; from textcore.lemmas import morph; morph(); print('pkg_resources' in sys.modules)"
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root,
                         env={**os.environ, "PYTHONPATH": str(root)})
    assert out.stdout.strip() == "False"


def test_a_vocabulary_nested_deeper_than_pickle_recurses_still_loads(tmp_path):
    # libyaml takes ~1000 levels of nesting, pickle (the kept copy) a few hundred: such a file
    # loaded before the parse was kept, so it must load still, each reader with its own copy
    depth = 900
    path = tmp_path / "deep.yaml"
    path.write_text("terms: " + "[" * depth + "x" + "]" * depth + "\n", encoding="utf-8")
    vocab._parsed.cache_clear()
    first = vocab.load_yaml(path)
    inner = first["terms"]
    for _ in range(depth - 1):
        inner = inner[0]
    assert inner == ["x"]
    inner.append("y")                                      # a builder changing what it was given
    second = vocab.load_yaml(path)["terms"]
    for _ in range(depth - 1):
        second = second[0]
    assert second == ["x"]
