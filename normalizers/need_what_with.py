"""Spoken questions of one's own case.

«Что с моим заявлением?», «что там с заявкой на ремонт?»: the spoken way to ask what has become
of a paper one filed — «что» and a preposition of `with` (`case_stage` in data/need_grammar.yaml),
particles and an owner between, then a paper of the client's case.  It asks where the case stands
(need_context.case_marks: @stage), as «где сейчас моё заявление?» does; «что с ним» points back to a
paper named before it, which the cell's context reads (need_story, `reread_after`).

«На каком этапе путёвка?», «какой этап у заявки?»: a stage asked by a question word of `asked`
(`case_stage`) is the stage of something the client awaits — a paper, a benefit, a procedure
(«на каком этапе согласование схемы»); a work no vocabulary names, «на каком этапе строительство
школы», asks no case's stage, as «ход строительства» does not.
"""
from __future__ import annotations

from .need_objects import object_at
from .phrase import Word

_BETWEEN = frozenset({"ADVB", "PRCL"})      # «что там с …», «что же с …»
# what may stand between the stage and its thing: «на каком этапе сейчас находится моя заявка»,
# «какой этап у заявки»
_BEFORE_THING = frozenset({"VERB", "ADVB", "PRCL", "ADJF", "PRTF", "PREP", "NPRO"})
_DEED_WITHIN = 3                            # «что с заявлением теперь нужно делать»


def what_with(ws: tuple[Word, ...], i: int, spec: dict, case_objects: set[str]) -> bool:
    """Does «что» at i ask what is with a paper of the client's case?"""
    preps, own = spec.get("with", ()), spec["own"]
    j = i + 1
    while j < len(ws) and ws[j].pos in _BETWEEN:
        j += 1
    if j >= len(ws) or ws[j].text not in preps:
        return False
    for k in range(j + 1, min(len(ws), j + 4)):
        w = ws[k]
        if w.text in own or w.lemma in own or w.pos in ("ADJF", "PRTF"):
            continue
        return w.lemma in case_objects and not _deed_asked(ws, k + 1)
    return False


def _deed_asked(ws: tuple[Word, ...], k: int) -> bool:
    """An infinitive or a word of need right after the paper (within `_DEED_WITHIN` words, before
    a mark): what to do with it is asked, no stage — «что с заявлением делать?», «что с документами
    нужно сделать?».  Bounded: a clause of many «что с …» is not walked to its end from each."""
    for w in ws[k:k + _DEED_WITHIN]:
        if w.is_punct:
            return False
        if w.pos in ("INFN", "PRED"):
            return True
    return False


def stage_asked(ws: tuple[Word, ...], i: int, spec: dict) -> bool:
    """Is the stage word at i asked by a question word right before it («на каком этапе») of a
    thing the vocabulary names, or of nothing named («на каком этапе?»)?  A work no vocabulary
    names, «на каком этапе строительство школы», is news of the agency's work, as «ход
    строительства» is: left to the rule of a stage of some other thing."""
    if not (i > 0 and ws[i - 1].lemma in spec.get("asked", ())):
        return False
    from .need_grammar import grammar      # the grammar's module imports need_context, which imports this
    g, k = grammar(), i + 1
    while k < len(ws) and ws[k].pos in _BEFORE_THING:
        k += 1
    return k >= len(ws) or ws[k].is_punct or object_at(ws, k, g) is not None
