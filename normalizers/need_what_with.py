"""«Что с моим заявлением?», «что там с заявкой на ремонт?»: the spoken way to ask what has become
of a paper one filed — «что» and a preposition of `with` (`case_stage` in data/need_grammar.yaml),
particles and an owner between, then a paper of the client's case.  It asks where the case stands
(need_context.case_marks: @stage), as «где сейчас моё заявление?» does; «что с ним» points back to a
paper named before it, which the cell's context reads (need_story, `reread_after`).
"""
from __future__ import annotations

from .phrase import Word

_BETWEEN = frozenset({"ADVB", "PRCL"})      # «что там с …», «что же с …»


def what_with(ws: tuple[Word, ...], i: int, spec: dict, case_objects: set[str]) -> bool:
    """Does «что» at i ask what is with a paper of the client's case?"""
    preps, own = spec.get("with", ()), spec["own"]
    j = i + 1
    while j < len(ws) and ws[j].pos in _BETWEEN:
        j += 1
    if j >= len(ws) or ws[j].text not in preps:
        return False
    for w in ws[j + 1:j + 4]:
        if w.text in own or w.lemma in own or w.pos in ("ADJF", "PRTF"):
            continue
        return w.lemma in case_objects
    return False
