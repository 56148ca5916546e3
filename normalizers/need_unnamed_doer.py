"""A deed of telling whose doer goes unnamed: the agency's (session 21; docs/ARCHITECTURE.md).

Russian says what an office does to a client in an indefinite-personal clause — a finite verb in the
third person plural, or a plural past, with no subject of its own: «сообщают, что сделано по отзыву»,
«мне написали, что заявление принято».  Its doer is «они», the agency: a verb of telling
(`unnamed_doer.telling` in data/need_grammar.yaml) tells the client (`telling_the_client`'s `as`)
where the clause says so — the client in the dative beside the verb («мне сообщили»; not «нам», which
the agency writes too: «нам сообщают о ямах») or what is told in a clause of its own after it
(«сообщают, что …»); clients reporting in general,
«сообщают о ямах на дорогах», name neither and stay their own filing, and so does the same verb in the
infinitive, the first person or with a subject («сообщить о нарушении», «жители сообщают о свалке»).
The client named in the dative after a verb of telling in any form is told too
(need_addressee.told_in_dative, asked first).  Handing verbs are left out: «передают документы в
Росреестр» is the agency passing the client's own papers on (need_objects.by_agency).
"""
from __future__ import annotations

from textcore.lemmas import morph

from .need_addressee import telling_spec, told_in_dative
from .phrase import Word

# a subject of the verb: a noun or pronoun in the nominative, not a preposition's («через месяц»)
_SUBJECTS = ("NOUN", "NPRO")


def _spec() -> tuple[frozenset[str], str | None, frozenset[str]]:
    # the client as the addressee beside the verb: a client word (need_addressee's `whom`) or a pronoun
    # of `unnamed_doer.whom` («мне»; not «нам», which the agency writes too)
    spec = telling_spec()
    return spec.telling, spec.as_, spec.whom | spec.pronouns


def _third_plural(w: Word) -> bool:
    """Is the verb w, in its reading of its likeliest lemma, in the third person plural (or a plural past)?"""
    return any(p.tag.number == "plur" and (p.tag.person == "3per" or p.tag.tense == "past")
               for p in morph().parse(w.text) if p.tag.POS == "VERB" and p.normal_form.replace("ё", "е") == w.lemma)


def _told_to_client(ws: tuple[Word, ...], v: int, whom: frozenset[str]) -> bool:
    """Does the clause name the client told by the verb at v — in the dative right before or after it
    («мне сообщили», «пишут заявителю») — or what is told in a clause after it («сообщают, что …»)?"""
    near = [ws[k] for k in (v - 1, v + 1) if 0 <= k < len(ws)]
    dative = any(w.lemma in whom and "datv" in w.cases for w in near)
    return dative or v + 2 < len(ws) and ws[v + 1].text == "," and ws[v + 2].text == "что"


def unnamed_doer(ws: tuple[Word, ...], start: int, action: str) -> str:
    """The action class of the clause whose action word ends at `start`: the class of being told where
    that word is a verb of telling in an indefinite-personal clause — third person plural, no nominative
    noun or pronoun before it in the clause — that names the client told or what he is told; else
    `action`."""
    telling, told_as, whom = _spec()
    if not start or start > len(ws):
        return action
    action = told_in_dative(ws, start, action)      # «сообщить заявителю»: he is told
    verb = ws[start - 1]
    if told_as is None or verb.lemma not in telling or verb.pos != "VERB" or not _third_plural(verb):
        return action
    subject = any(w.pos in _SUBJECTS and "nomn" in w.cases and not (k and ws[k - 1].pos == "PREP")
                  for k, w in enumerate(ws[:start - 1]))
    return told_as if not subject and _told_to_client(ws, start - 1, whom) else action
