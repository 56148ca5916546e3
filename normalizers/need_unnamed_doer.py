"""A deed of telling or handing whose doer goes unnamed: the agency's (session 21; docs/ARCHITECTURE.md).

Russian says what an office does to a client in an indefinite-personal clause — a finite verb in the
third person plural with no subject of its own: «сообщают, что сделано по отзыву», «через неделю
пишут ответ», «мне прислали уведомление».  Its doer is «они», the agency: a verb of telling
(`unnamed_doer.telling` in data/need_grammar.yaml) tells the client (`telling_the_client`'s `as`),
a verb of handing (`agency_doer.handing`) hands him what he receives (`agency_doer.as`) — never the
client's own filing, which the same verbs name in the infinitive, the first person or with a subject
(«сообщить о нарушении», «жители сообщают о свалке»).  The client named in the dative after a verb of telling is told
too (need_addressee.told_in_dative, asked first).
"""
from __future__ import annotations

from textcore.lemmas import morph
from textcore.vocab import vocabulary

from .matcher import DATA
from .need_addressee import told_in_dative
from .phrase import Word

# a subject of the verb: a noun or pronoun in the nominative, not a preposition's («через месяц»)
_SUBJECTS = ("NOUN", "NPRO")


@vocabulary(DATA / "need_grammar.yaml", required=("actions",))
def _spec(data: dict) -> tuple[frozenset[str], str | None, frozenset[str], str | None]:
    told = data.get("telling_the_client") or {}
    doer = data.get("agency_doer") or {}
    return (frozenset((data.get("unnamed_doer") or {}).get("telling", ())), told.get("as"),
            frozenset(doer.get("handing", ())), doer.get("as"))


def _third_plural(w: Word) -> bool:
    """Is the verb w, in its reading of its likeliest lemma, in the third person plural (or a plural past)?"""
    return any(p.tag.number == "plur" and (p.tag.person == "3per" or p.tag.tense == "past")
               for p in morph().parse(w.text) if p.tag.POS == "VERB" and p.normal_form.replace("ё", "е") == w.lemma)


def unnamed_doer(ws: tuple[Word, ...], start: int, action: str) -> str:
    """The action class of the clause whose action word ends at `start`: the class of being told or of
    receiving where that word is a verb of telling or handing in an indefinite-personal clause — third
    person plural, no nominative noun or pronoun before it in the clause; else `action`."""
    telling, told_as, handing, handed_as = _spec()
    if not start or start > len(ws):
        return action
    action = told_in_dative(ws, start, action)      # «сообщить заявителю»: he is told
    verb = ws[start - 1]
    becomes = told_as if verb.lemma in telling else handed_as if verb.lemma in handing else None
    if becomes is None or verb.pos != "VERB" or not _third_plural(verb):
        return action
    subject = any(w.pos in _SUBJECTS and "nomn" in w.cases and not (k and ws[k - 1].pos == "PREP")
                  for k, w in enumerate(ws[:start - 1]))
    return action if subject else becomes
