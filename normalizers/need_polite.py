"""Words of politeness and of emphasis taken out of an interaction cell before it is split (normalizers/needs.py):
"Дайте, пожалуйста, бланк" (a comma after «Дайте» would cut the need short), "мне так и не ответили" (the «и»
of an emphasis joins no clause) — but the second half of a pair after its first, "как в МФЦ, так и не выходя из
дома", is kept: it joins the pair.  Words in data/need_grammar.yaml (`polite_words`, `emphatic_before_not`,
`emphatic_pairs`)."""
from __future__ import annotations

import re

from textcore.lemmas import morph
from textcore.vocab import vocabulary
from .matcher import DATA


@vocabulary(DATA / "need_grammar.yaml", required=("actions",))
def polite(data: dict) -> re.Pattern:
    esc = lambda w: re.escape(str(w)).replace(r"\ ", r"\s+")   # noqa: E731   (an emphasis only before «не», "так и не")
    words = "|".join([esc(w) for w in data.get("polite_words") or ()] + [esc(w) + r"(?=\s+не\b)" for w in data.get("emphatic_before_not") or ()])
    # a match starts only where a run of spaces begins: a bare ",?\s*" lead retried at each space of a long run is quadratic
    return re.compile(rf"(?<![\s,])(?:\s*,)?\s*\b(?:{words})\b\s*,?\s*", re.IGNORECASE) if words \
        else re.compile(r"(?!)")


@vocabulary(DATA / "need_grammar.yaml", required=("actions",))
def _pairs(data: dict) -> dict[str, str]:
    return {" ".join(str(k).lower().split()): str(v).lower() for k, v in (data.get("emphatic_pairs") or {}).items()}


def unpolite(text: str) -> str:
    """The text with its words of politeness and emphasis taken out — but an emphasis that is the second
    half of a pair (`emphatic_pairs`: "как в МФЦ, так и не выходя из дома") after its first is kept: it
    joins the pair ("and"), no emphasis.  Each pair's first word is found once, not at each match."""
    firsts = {w: at for w, first in _pairs().items() if (at := _pair_opened(text, first)) is not None}

    lead = len(text) - len(text.lstrip())      # where the text's words start: found once, not at each match

    def drop(m: re.Match) -> str:
        said = " ".join(m.group(0).lower().split()).strip(" ,")
        if said in firsts and firsts[said] < m.start():
            return m.group(0)
        # the comma before a clause of its own ("Сообщите, пожалуйста, что сделали …") is the sentence's,
        # not the politeness's: kept, as "Сообщите, что …" reads (a blank's "Дайте, пожалуйста, бланк" has none)
        nxt = _CLAUSE.match(text, m.end()) if m.group(0).rstrip().endswith(",") and m.start() > lead else None
        return ", " if nxt and morph().parse(nxt.group(1).lower())[0].normal_form in _subordinators() else " "
    return polite().sub(drop, text)


_CLAUSE = re.compile(r"\s*(\w+)")


@vocabulary(DATA / "need_grammar.yaml", required=("actions",))
def _subordinators(data: dict) -> frozenset[str]:
    """Words opening a clause of its own whose comma is read (lemmas, `clause_openers`): «что»."""
    return frozenset(str(w) for w in (data.get("clause_openers") or ()))


def _pair_opened(text: str, first: str) -> int | None:
    """Where the first word of a pair stands — not one asking how to act ("как подать жалобу, если так и не
    ответили": a verb after it), which opens no pair."""
    for m in re.finditer(rf"\b{re.escape(first)}\b\s*(\w*)", text, re.IGNORECASE):
        if not m.group(1) or not any(p.tag.POS in ("INFN", "VERB") for p in morph().parse(m.group(1))):
            return m.start()
    return None
