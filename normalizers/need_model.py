"""A second, learned opinion on a need clause: P(code | clause) by a small multinomial logistic regression.

The rules (needs.py and the need_* modules) read a clause by its grammar; this model reads the same clause
(the unit `needs._read_cell` cuts a cell into) by statistics learnt from thousands of labelled cells of
sixteen writers' tune halves (benchmarks/fit_need_model.py, which also measures it leave-one-writer-out).
Its features, all cheap:

* the clause's lemmas and lemma bigrams (textcore/lemmas.py), hashed (crc32) into 2^20 buckets; the data
  file keeps the weights of buckets seen in at least two training clauses only, so a word nobody wrote
  falls in no bucket and adds nothing (no false certainty from a hash collision);
* the unit mean of navec's vectors of its content lemmas (normalizers/similar.py's embeddings);
* a few shapes: length, a question mark, a digit, what the first word is (infinitive, verb, noun).

The weights are statistics only (hashed buckets, no word or phrase) in data/need_model.npz, loaded once per
process; a clause's distribution is a dot product, cached per text.  How the reader uses it:
need_model_hook.py.
"""
from __future__ import annotations

import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from textcore.lemmas import lemmas, morph

MODEL = Path(__file__).parent / "data" / "need_model.npz"
BUCKETS = 1 << 20
_CONTENT = frozenset({"NOUN", "VERB", "INFN", "ADJF", "PRTF", "ADJS", "PRTS", "GRND", "ADVB"})
SHAPES = ("length", "question", "digit", "first_infn", "first_verb", "first_noun")


@lru_cache(maxsize=50_000)
def _pos(lemma: str) -> str:
    return str(morph().parse(lemma)[0].tag.POS or "")


def _bucket(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) % BUCKETS


@lru_cache(maxsize=20_000)
def hashed(text: str) -> tuple[int, ...]:
    """The clause's lemma and lemma-bigram buckets, each once, sorted."""
    ls = lemmas(text)
    feats = {f"u:{x}" for x in ls} | {f"b:{a} {b}" for a, b in zip(ls, ls[1:])}
    return tuple(sorted({_bucket(f) for f in feats}))


def embedding(text: str) -> np.ndarray:
    """The unit mean of navec's vectors of the clause's content lemmas (zeros when it knows none)."""
    from .similar import mean_vector
    v = mean_vector((x,) for x in lemmas(text) if len(x) > 2 and _pos(x) in _CONTENT)
    return np.zeros(300, dtype=np.float32) if v is None else v.astype(np.float32)


def shapes(text: str) -> np.ndarray:
    ls = lemmas(text)
    first = _pos(ls[0]) if ls else ""
    return np.array([np.log1p(len(ls)) / 3, "?" in text, any(c.isdigit() for c in text),
                     first == "INFN", first == "VERB", first == "NOUN"], dtype=np.float32)


def dense(text: str) -> np.ndarray:
    """The dense part of a clause's features: navec's mean, then the shapes."""
    return np.concatenate([embedding(text), shapes(text)])


@dataclass(frozen=True)
class NeedModel:
    codes: tuple[str, ...]
    keys: np.ndarray            # sorted buckets kept (int64)
    sparse: np.ndarray          # (len(keys), codes) weights of those buckets
    dense: np.ndarray           # (300 + shapes, codes)
    bias: np.ndarray            # (codes,)
    settings: tuple[tuple[str, float], ...] = ()    # the hook's thresholds chosen by the fit (need_model_hook.py)

    def logits(self, buckets: tuple[int, ...], x: np.ndarray) -> np.ndarray:
        out = self.bias + x @ self.dense
        if buckets and len(self.keys):
            b = np.asarray(buckets, dtype=np.int64)
            at = np.minimum(np.searchsorted(self.keys, b), len(self.keys) - 1)
            rows = at[self.keys[at] == b]
            if len(rows):
                out = out + self.sparse[rows].sum(axis=0)
        return out

    def probs(self, text: str) -> dict[str, float]:
        z = self.logits(hashed(text), dense(text))
        p = np.exp(z - z.max())
        p /= p.sum()
        return dict(zip(self.codes, p.tolist()))


def load(path: Path = MODEL) -> NeedModel:
    """A model file written by benchmarks/fit_need_model.py (float16 weights)."""
    with np.load(path, allow_pickle=False) as f:
        settings = tuple((k[4:], float(f[k].item())) for k in sorted(f.files) if k.startswith("set_"))
        return NeedModel(tuple(str(c) for c in f["codes"]), f["keys"].astype(np.int64),
                         f["sparse"].astype(np.float32), f["dense"].astype(np.float32), f["bias"].astype(np.float32),
                         settings)


def save(path: Path, m: NeedModel, meta: str) -> None:
    """Written byte for byte alike for the same weights (no timestamps in the archive's members)."""
    import io
    import zipfile
    arrays = {"codes": np.array(m.codes), "keys": m.keys.astype(np.int32), "sparse": m.sparse.astype(np.float16),
              "dense": m.dense.astype(np.float16), "bias": m.bias.astype(np.float16), "meta": np.array(meta)}
    arrays.update({f"set_{k}": np.array(v, dtype=np.float64) for k, v in m.settings})
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, a in arrays.items():
            buf = io.BytesIO()
            np.lib.format.write_array(buf, np.ascontiguousarray(a), allow_pickle=False)
            z.writestr(zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0)), buf.getvalue(),
                       compress_type=zipfile.ZIP_DEFLATED)


@lru_cache(maxsize=1)
def model() -> NeedModel | None:
    """The shipped model, loaded once per process (None when the file is absent: no opinion)."""
    return load(MODEL) if MODEL.exists() else None


@lru_cache(maxsize=20_000)
def clause_probs(text: str) -> tuple[tuple[str, float], ...]:
    """P(code | clause) of the shipped model, cached per text; () without a model."""
    m = model()
    return tuple(m.probs(text).items()) if m is not None else ()
