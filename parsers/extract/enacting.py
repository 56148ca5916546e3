"""The enacting clause of an act: "…, Правительство Республики Мордовия постановляет:".

An act without its own header says who enacts it here: the subject of the enacting verb
(«постановляет», «постановила», «приказывает», «приказываю», «решил»; the verbs in
parsers/data/metadata.yaml).  The clause may first name other bodies — the one that proposed
or asked for the act («рассмотрев инициативу Губернатора …», «по представлению министерства …»,
«на основании обращения Главы …») or a cited act's — in phrases that are not its subject: none
of them is the issuer, also where the subject is a body the head list lacks or the verb is in the
first person («приказываю»: the signatory enacts).  `preamble_lines` marks the clause's lines so
that the later fallbacks (a body named anywhere in the text) pass over them.
"""
from __future__ import annotations

from textcore.lemmas import morph
from textcore.regions import words

from .header_words import enacting_verbs_in, opens_body, vocab
from .issuer import authority_in, name_start

# a clause wrapped over more lines than this is not read back to its opening
_PREAMBLE_REACH = 6
_SENTENCE_END = (".", ":", ";")
# the subject's head stands at most this many words before its verb (no body's name with its
# region is longer): a paragraph of many verbs and heads is read in linear time
_NAME_REACH = 24


def _nominative_head(word: str) -> bool:
    """A head noun that can be in the nominative singular: the subject of an enacting verb."""
    heads = set(vocab()["authority_heads"])
    return any(p.tag.case == "nomn" and "sing" in p.tag for p in morph().parse(word.lower()) if p.normal_form in heads)


def _verb_first(text: str) -> bool:
    found = enacting_verbs_in(text)
    return bool(found) and found[0] == words(text)[0]


def has_enacting_verb(text: str) -> bool:
    return bool(enacting_verbs_in(text))


def _clauses(texts: list[str]):
    """The lines, and a line whose first word is the enacting verb joined to the line before
    ("… правительство Еврейской автономной области" / "Постановляет:")."""
    for k, text in enumerate(texts):
        yield texts[k - 1] + " " + text if k and _verb_first(text) else text


def enacting_body(texts: list[str]) -> str | None:
    """The body of an enacting clause: the name that runs up to the verb, in the nominative
    (not a body the clause names earlier, in the genitive or after a preposition)."""
    heads = set(vocab()["authority_heads"])
    for text in _clauses(texts):
        verbs = enacting_verbs_in(text)
        toks = words(text) if verbs else ()
        index = {w[1]: k for k, w in enumerate(toks)}
        for _, s, _ in verbs:
            v = index[s]
            for i in reversed([i for i in range(max(0, v - _NAME_REACH), v) if toks[i][0] in heads]):
                if not _nominative_head(text[toks[i][1]:toks[i][2]]):
                    continue                # "… эффективности управления …": not the clause's subject
                at = toks[name_start(text, toks, i)][1]     # "Законодательное Собрание …"
                upto = text[at:s].rstrip()
                name = authority_in(upto, header=True)
                if name and len(words(name)) == len(words(upto)):
                    return name
    return None


def preamble_lines(texts: list[str]) -> set[int]:
    """The lines of the enacting clauses: each verb's line and the lines of its sentence above it,
    up to the clause's opening («В соответствии …», «Рассмотрев …») or the end of the sentence before."""
    found: set[int] = set()
    for k, text in enumerate(texts):
        if not has_enacting_verb(text):
            continue
        j = k
        found.add(k)
        while j > 0 and k - j < _PREAMBLE_REACH and not (opens_body(texts[j]) and not _verb_first(texts[j])):
            if texts[j - 1].rstrip().endswith(_SENTENCE_END):
                break
            j -= 1
            found.add(j)
    return found
