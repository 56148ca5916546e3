"""A code as a person types it (the review CSV's `code` column): the code itself, or its
Russian label as `touchpoints label` prints it (case, spaces and ё aside).  Anything
else is refused with the closest codes and labels suggested: a misspelt code must
neither become a silent override nor be rejected without a hint."""
from __future__ import annotations

import difflib

from pipeline.store.labels import labels_rows


class CodeInputError(ValueError):
    """Not a code or label of the taxonomy (the message suggests the closest)."""


def _norm(text: str) -> str:
    return " ".join(str(text).lower().replace("ё", "е").split())


def resolve(taxonomy: str, text: str) -> str:
    """The code `text` names in `taxonomy` (a code, or a label); CodeInputError otherwise."""
    rows = [r for r in labels_rows() if r["taxonomy"] == taxonomy]
    if not rows:
        return text.strip()                  # not a taxonomy we know: the caller's check decides
    typed = _norm(text)
    for r in rows:
        if typed in (_norm(r["code"]), _norm(r["label_ru"])):
            return r["code"]
    names = {_norm(r["code"]): r for r in rows} | {_norm(r["label_ru"]): r for r in rows}
    close = difflib.get_close_matches(typed, list(names), n=3, cutoff=0.6)
    hint = "; did you mean " + " or ".join(
        f"{names[c]['code']} ({names[c]['label_ru']})" for c in dict.fromkeys(close)) if close else \
        f"; `touchpoints label -t {taxonomy}` lists them"
    raise CodeInputError(f"unknown code {text.strip()!r} (not a code or label of {taxonomy}){hint}")
