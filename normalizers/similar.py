"""Which class of a vocabulary an unknown word is closest to, by word embeddings.

A need phrase may lead with an action or name an object the vocabulary does not list
("разузнать", "консультационная помощь").  Such words are compared with each class of
the vocabulary (need_grammar.yaml's action and object classes) by natasha's own word
embeddings — navec, shipped inside the natasha wheel, so nothing is downloaded.  A class
is the centroid of its words' unit vectors (a multi-word entry counts as the mean of
its words); a phrase of words (adjectives + noun) is the mean of theirs.

The embeddings (about 26 MB) are loaded once per process, and only when a phrase has an
unknown word; every query is cached.  How close is "sure" is measured, not guessed:
benchmarks/calibrate_similar.py holds each vocabulary word out in turn and reports how
often its nearest class is its own, by cosine and margin over the second class.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping

import natasha
import numpy as np

NAVEC = Path(natasha.__file__).parent / "data" / "emb" / "navec_news_v1_1B_250K_300d_100q.tar"


@lru_cache(maxsize=1)
def news_embedding():
    """natasha's news embeddings (the NAVEC file), loaded once per process and shared by
    the name recogniser (people.py) and the closeness readings here: two loads cost
    0.3 CPU-s per worker."""
    from natasha import NewsEmbedding     # imported here: loaded on first need
    return NewsEmbedding(str(NAVEC))



@lru_cache(maxsize=20_000)
def _unit(word: str) -> np.ndarray | None:
    nav = news_embedding()
    if word not in nav:
        return None
    v = np.asarray(nav[word], dtype=np.float32)
    n = float(np.linalg.norm(v))
    return v / n if n else None


def mean_vector(words: Iterable[Iterable[str]]) -> np.ndarray | None:
    """Unit mean of the words' vectors; each word is given as its candidate forms
    (lemma first, then the surface form) and counts by the first one navec knows."""
    found = (next((u for u in map(_unit, forms) if u is not None), None) for forms in words)
    return _unit_mean([v for v in found if v is not None])


def _unit_mean(vs: list[np.ndarray]) -> np.ndarray | None:
    if not vs:
        return None
    m = np.mean(vs, axis=0)
    n = float(np.linalg.norm(m))
    return m / n if n else None


@dataclass(frozen=True)
class Nearest:
    cls: str
    cosine: float        # with the nearest class's centroid
    margin: float        # over the second nearest class


class Classes:
    """Named classes of words; `nearest` says which one a phrase is closest to — by the
    class centroids (`by="centroid"`) or by the class of the single closest word
    (`by="word"`)."""

    def __init__(self, classes: Mapping[str, Iterable[str]], by: str = "centroid"):
        self._words = {cls: [str(w) for w in ws] for cls, ws in classes.items()}
        self._by = by
        self._rows: tuple[list[str], np.ndarray] | None = None
        self._cache: dict[tuple[tuple[str, ...], ...], Nearest | None] = {}

    def _matrix(self) -> tuple[list[str], np.ndarray]:
        """(class of each row, unit row vectors): one row per class or per entry."""
        if self._rows is None:
            names, rows = [], []
            for cls, ws in self._words.items():
                entries = [e for e in (mean_vector((p,) for p in w.split()) for w in ws) if e is not None]
                vs = entries if self._by == "word" else [c for c in [_unit_mean(entries)] if c is not None]
                names += [cls] * len(vs)
                rows += vs
            self._rows = (names, np.vstack(rows))
        return self._rows

    def nearest(self, words: tuple[tuple[str, ...], ...]) -> Nearest | None:
        """The class nearest to a phrase (each word: its candidate forms); None when
        navec knows none of the words."""
        if words not in self._cache:
            self._cache[words] = self._nearest(words)
        return self._cache[words]

    def _nearest(self, words: tuple[tuple[str, ...], ...]) -> Nearest | None:
        v = mean_vector(words)
        if v is None:
            return None
        names, m = self._matrix()
        sims = m @ v
        best: dict[str, float] = {}
        for cls, sim in zip(names, sims.tolist()):
            best[cls] = max(sim, best.get(cls, -1.0))
        ranked = sorted(best.items(), key=lambda kv: -kv[1])
        second = ranked[1][1] if len(ranked) > 1 else -1.0
        return Nearest(ranked[0][0], ranked[0][1], ranked[0][1] - second)

