"""A news item's act named as the ground of what it reports: «Согласно указу губернатора Евгения
Куйвашева, к управлению присоединятся …», «В соответствии с постановлением правительства области …».

    basis_kind(texts) -> str | None     the kind of the act a news item's sentence opens on as its ground
    basis_issuer(texts) -> str | None   that act's issuer, where the ground names a body with its subject

The same words open an act's preamble («В соответствии с указом Губернатора … постановляю:»), where
the act named is one the act cites, never its own kind.  So a kind is read only from a news item: a
dateline (a line holding a date alone) among its first lines, no enacting verb and no amending clause
anywhere in the lines read, the ground opening its sentence, and its issuer a
subject's (a head's post or a body; a federal one is cited law, «согласно указу Президента Российской
Федерации …»).  Read last (news_item.reported_kind), where no header, enacting verb or reporting verb
gave a kind; a ground whose sentence goes on to name another act («Согласно постановлению правительства
области, министерство издало приказ …») is that act's ground, and gives neither kind nor issuer.  Openings:
`basis_openings` in parsers/data/metadata.yaml.
"""
from __future__ import annotations

import re
from functools import lru_cache

from textcore.regions import find_regions, words

from .amending import amends
from .enacting import has_enacting_verb
from .header_words import names_federal, own_kinds, vocab
from .issuer import authority_in
from .signed import date_alone

_DATELINE_WITHIN = 4      # a news item's date stands over its lead: heading, date, a photo's caption
_ISSUER_WITHIN = 3        # words between the kind and its issuer's head («указу врио губернатора»)
_CLAUSE_REACH = 200       # the ground's issuer and kind: a federal marker is looked for this far


@lru_cache(maxsize=1)
def _opening() -> re.Pattern:
    alt = "|".join(r"\s+".join(map(re.escape, o.split())) for o in vocab()["basis_openings"])
    return re.compile(rf"(?:^|[.!?]\s+)(?:{alt})\s+(?=[А-Яа-яЁё])", re.I)


def basis_kind(texts: list[str]) -> str | None:
    return next((kind for kind, _ in _grounds(texts)), None)


def basis_issuer(texts: list[str]) -> str | None:
    """The body whose act the ground names, where its name states its subject («постановлением Правительства
    Оренбургской области»); a head's post with a person's name is named_head's to read."""
    for _, clause in _grounds(texts):
        name = authority_in(clause)
        if name and find_regions(name):
            return name
    return None


def _grounds(texts: list[str]):
    """(the kind's lemma, the clause from the kind on) of each ground a news item's sentence opens on."""
    if not any(date_alone(t) is not None for t in texts[:_DATELINE_WITHIN]) or any(
            amends(t) or has_enacting_verb(t) for t in texts):
        return
    kinds = own_kinds()
    heads = {*vocab()["heads_named_by_person"], *vocab()["authority_heads"], *vocab()["parent_heads"]}
    for text in texts:
        for m in _opening().finditer(text):
            ws = words(text[m.end():m.end() + _CLAUSE_REACH])
            if not ws or ws[0][0] not in kinds:
                continue
            clause = text[m.end():m.end() + _CLAUSE_REACH].split(",")[0]
            if _grounds_another(text, m.end() + len(clause), kinds):
                continue            # «Согласно постановлению …, министерство издало приказ …»: that act's ground
            if any(w[0] in heads for w in ws[1:1 + _ISSUER_WITHIN]) and not names_federal(clause):
                yield ws[0][0], clause


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _grounds_another(text: str, at: int, kinds) -> bool:
    """The ground's sentence names another act's kind after the ground's clause: the ground is that act's."""
    end = _SENTENCE_END.search(text, at, at + _CLAUSE_REACH * 2)
    return any(w[0] in kinds for w in words(text[at:end.start() if end else at + _CLAUSE_REACH * 2]))
