"""A relative clause in the past tense tells what the one it follows did: no need of its own (needs22;
docs/ARCHITECTURE.md).

«сказать спасибо соцработнице, которая помогла с документами», «каждый, кто оставил отзыв, узнает, что …»:
the deed after «который» — or after «кто» following a word naming whom it describes, «каждый, кто», «те,
кто» (`relative` in data/need_grammar.yaml) — is that person's past, not what the client needs: the clause
is taken out of the cell before it is split (normalizers/needs.split_needs).  One in the future or the
present may be the need itself ("нужен человек, который объяснит, что делать"): it stays, and so does
«кто» asking who ("узнать, кто исполнитель").
"""
from __future__ import annotations

import re

from textcore.lemmas import morph
from textcore.vocab import vocabulary

from .matcher import DATA
from .phrase import words

# a comma, then the relative word and its clause up to the next comma or stronger mark (one pass, linear)
_CLAUSE = re.compile(r",\s*(\w+)([^,;:.?!—–\n]*)")
# the word right before the comma
_LAST_WORD = re.compile(r"(\w+)\W*$")


@vocabulary(DATA / "need_grammar.yaml", required=("actions",))
def _relative(data: dict) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    spec = data.get("relative") or {}
    return tuple(frozenset(spec.get(k, ())) for k in ("words", "whom_words", "whom"))


def _lemmas(word: str) -> set[str]:
    return {p.normal_form.replace("ё", "е") for p in morph().parse(word.lower())}


def _in_past(clause: str) -> bool:
    """Does the clause have a finite verb, every one in the past tense?"""
    verbs = [w for w in words(clause) if w.pos == "VERB"]
    return bool(verbs) and all("past" in morph().parse(w.text)[0].tag for w in verbs)


def drop_relatives(cell: str) -> str:
    """The cell less every relative clause in the past tense, its commas included: from «, который» (any
    form), or «, кто» right after a word of `whom`, up to the next comma or stronger mark."""
    if "," not in cell:
        return cell
    rel, whom_words, whom = _relative()
    out, at = [], 0
    for m in _CLAUSE.finditer(cell):
        lead = _lemmas(m.group(1))
        if lead & rel or lead & whom_words and (last := _LAST_WORD.search(cell, 0, m.start())) \
                and _lemmas(last.group(1)) & whom:
            if _in_past(m.group(2)):
                # the comma closing it too: "каждый, кто оставил отзыв, узнает" reads on as one clause
                out.append(cell[at:m.start()])
                at = m.end() + (cell[m.end():m.end() + 1] == ",")
    return "".join(out) + cell[at:] if out else cell
