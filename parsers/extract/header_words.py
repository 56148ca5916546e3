"""Small recognisers of an act's header words (vocabulary: parsers/data/metadata.yaml).

Shared by the header reader (metadata.py) and the issuer reader (issuer.py); words are
compared by lemma, so one form is enough.
"""
from __future__ import annotations

from pathlib import Path

from textcore.regions import words
from textcore.vocab import vocabulary

from .lines import join_spaced

_DATA = Path(__file__).resolve().parent.parent / "data" / "metadata.yaml"


@vocabulary(_DATA, required=("doc_types", "authority_heads", "heads_need_region", "authority_head_within",
                             "approval_stamp", "approval_stamp_lines", "enacting_verbs", "federal_markers",
                             "registration", "title_starts", "body_starts", "header_lines"))
def vocab(data: dict) -> dict:
    return data


def first_lemmas(text: str, n: int) -> list[str]:
    return [w[0] for w in words(join_spaced(text))[:n]]


def is_doc_type(text: str) -> bool:
    """A line that is the act's kind alone, in capitals: "ПРИКАЗ", "П О С Т А Н О В Л Е Н И Е"."""
    ws = first_lemmas(text, 3)
    return len(ws) == 1 and ws[0] in vocab()["doc_types"] and text.strip().upper() == text.strip()


def head_at(text: str) -> int | None:
    """Index of the authority head noun among the first words of a line, or None."""
    within = vocab()["authority_head_within"]
    heads = set(vocab()["authority_heads"])
    return next((i for i, w in enumerate(first_lemmas(text, within)) if w in heads), None)


def starts_with(text: str, phrases: list[str]) -> bool:
    low = text.strip().lower()
    return any(low == p or low.startswith(p + " ") for p in phrases)


def act_kind_in(text: str) -> str | None:
    """The act's kind named first in a text, as its lemma ("постановлением …" -> "постановление")."""
    kinds = vocab()["doc_types"]
    return next((lem for lem, _, _ in words(join_spaced(text)) if lem in kinds), None)
