"""A relative clause in the past tense tells what the one it follows did: no need of its own (needs22;
docs/ARCHITECTURE.md).

«сказать спасибо соцработнице, которая помогла с документами», «каждый, кто оставил отзыв, узнает, что …»:
the deed after «который» — or after «кто» following a word naming whom it describes, «каждый, кто», «те,
кто» (`relative` in data/need_grammar.yaml) — is that person's past, not what the client needs: the clause
is taken out of the cell before it is split (normalizers/needs.split_needs).  One in the future or the
present may be the need itself ("нужен человек, который объяснит, что делать"), and so may one with «бы»
("который помог бы разобраться"): it stays, and so does «кто» or «который» asking after a verb ("узнать, кто
исполнитель", "узнать, которое из заявлений рассмотрено"), and a clause whose cell would read no need without
it ("граждане, которые подали заявление": the clause is what the row is about; rev18b).
"""
from __future__ import annotations

import re
from typing import Callable

from textcore.lemmas import morph
from textcore.vocab import vocabulary

from .matcher import DATA
from .phrase import words

# a comma, then the relative word and its clause up to the next comma, stronger mark or closing bracket (one
# pass, linear): a hyphen typed for a dash, after a space ("который принял - записаться повторно"), is one; a
# word's is not
_CLAUSE = re.compile(r",\s*(\w+)((?:[^,;:.?!—–\n)-]|(?<=\w)-)*)")
# the comma that closes a clause taken out
_CLOSING = re.compile(r"\s*,")
# a full stop inside a sentence, a lower-case word or a number after it ("в 2023 г. оформить", "т.е."): an
# abbreviation, the clause's end unknown — it stays
_ABBREVIATION = re.compile(r"\.\s*[a-zа-яё0-9]")
# the word right before the comma, looked for in the few characters before it (a search back over the whole
# cell for each clause was quadratic on a cell of many «, кто»: rev18b)
_LAST_WORD = re.compile(r"(\w+)\W*$")
_LOOK_BACK = 80
# a need joined to the clause with no comma ("…, который помог и записаться на приём"): the clause ends at it
_JOINED = re.compile(r"\s(?:и|а также|а)\s+(\w+)")
# verbs and infinitives: a «который» right after one asks which ("узнать, которое …"), it describes nobody
_ASKING_POS = ("INFN", "VERB")


@vocabulary(DATA / "need_grammar.yaml", required=("actions",))
def _relative(data: dict) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    spec = data.get("relative") or {}
    return tuple(frozenset(spec.get(k, ())) for k in ("words", "whom_words", "whom"))


def _lemmas(word: str) -> set[str]:
    return {p.normal_form.replace("ё", "е") for p in morph().parse(word.lower())}


def _in_past(clause: str) -> bool:
    """Does the clause have a finite verb, every one in the past tense, and no «бы» (a wish: the need)?"""
    ws = words(clause)
    verbs = [w for w in ws if w.pos == "VERB"]
    return bool(verbs) and all("past" in morph().parse(w.text)[0].tag for w in verbs) \
        and not any(w.text == "бы" for w in ws)


def _clause_end(clause: str) -> int:
    """Where the clause ends inside its span: before «и», «а», «а также» leading an infinitive, a need of the
    client's joined with no comma; else at the span's end, its spaces left to what follows."""
    for m in _JOINED.finditer(clause):
        if morph().parse(m.group(1))[0].tag.POS == "INFN":
            return m.start()
    return len(clause.rstrip())


def _relative_at(cell: str, m: re.Match) -> bool:
    """Does the match open a relative clause: «который» after no verb, or «кто» after a word of `whom`?"""
    rel, whom_words, whom = _relative()
    lead = _lemmas(m.group(1))
    if not lead & (rel | whom_words):
        return False
    last = _LAST_WORD.search(cell, max(0, m.start() - _LOOK_BACK), m.start())
    if lead & rel:
        return not (last and morph().parse(last.group(1))[0].tag.POS in _ASKING_POS)
    return bool(last) and bool(_lemmas(last.group(1)) & whom)


def drop_relatives(cell: str, reads: Callable[[str], bool] = lambda _: True) -> str:
    """The cell less every relative clause in the past tense, its commas included: from «, который» (any
    form), or «, кто» right after a word of `whom`, up to the next comma or stronger mark.  The cell as it
    was where what is left `reads` no need: the clause was what the cell is about."""
    if "," not in cell:
        return cell
    out, at = [], 0
    for m in _CLAUSE.finditer(cell):
        if m.start() >= at and _relative_at(cell, m):
            end = m.start(2) + _clause_end(m.group(2))
            if _in_past(cell[m.start(2):end]) and not _ABBREVIATION.match(cell, end):
                out.append(cell[at:m.start()])
                # the comma closing it too: "каждый, кто оставил отзыв, узнает" reads on as one clause
                at = closing.end() if (closing := _CLOSING.match(cell, end)) else end
    left = "".join(out) + cell[at:] if out else cell
    return left if left is cell or reads(left) else cell
