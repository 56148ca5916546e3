"""Spoken questions of one's own case.

«Что с моим заявлением?», «что там с заявкой на ремонт?»: the spoken way to ask what has become
of a paper one filed — «что» and a preposition of `with` (`case_stage` in data/need_grammar.yaml),
particles and an owner between, then a paper of the client's case.  It asks where the case stands
(need_context.case_marks: @stage), as «где сейчас моё заявление?» does; «что с ним» points back to a
paper named before it, which the cell's context reads (need_story, `reread_after`).

«На каком этапе путёвка?», «какой этап у заявки?»: a stage asked by a question word of `asked`
(`case_stage`) is the stage of something the client awaits, whatever follows — a paper, a benefit,
a procedure («на каком этапе согласование схемы»); «ход строительства» asks no case's stage.
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


def stage_asked(ws: tuple[Word, ...], i: int, spec: dict) -> bool:
    """Is the stage word at i asked by a question word right before it («на каком этапе»)?"""
    return i > 0 and ws[i - 1].lemma in spec.get("asked", ())
