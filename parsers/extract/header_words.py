"""Small recognisers of an act's header words (vocabulary: parsers/data/metadata.yaml); the words
a converted page glued together are parted by unglue.py.

Shared by the header reader (metadata.py) and the issuer reader (issuer.py); words are
compared by lemma, so one form is enough.
"""
from __future__ import annotations

import itertools
import re
from functools import lru_cache
from pathlib import Path

from textcore.dates import find_date
from textcore.lemmas import morph
from textcore.order_numbers import find_numbers
from textcore.quoted import outside_quotes
from textcore.regions import find_regions, first_words, words
from textcore.second_language import russian_only
from textcore.vocab import vocabulary

from .lines import join_spaced

_DATA = Path(__file__).resolve().parent.parent / "data" / "metadata.yaml"
_MAX_KIND_WORDS = 4          # a kind line in two languages, a qualifier each: "СОВМЕСТНЫЙ ПРИКАЗ / … БОЕРЫК"


@vocabulary(_DATA, required=("doc_types", "authority_heads", "heads_need_region", "authority_head_within",
                             "approval_stamp", "approval_stamp_lines", "enacting_verbs", "federal_markers",
                             "registration", "title_starts", "body_starts", "clause_openings", "header_lines", "self_reference",
                             "short_body_heads", "short_body_topics", "short_body_words", "short_name_endings",
                             "kind_qualifiers",
                             "signatory_positions", "signatory_prefixes", "not_name_adjectives",
                             "capitalized_in_names", "capitalized_after", "parent_heads", "name_abbreviations",
                             "municipal_abbreviations", "body_acronyms", "municipality_nouns",
                             "municipality_nouns_alone",
                             "lowercase_in_names", "subject_heads", "body_genitive",
                             "territory_nouns", "card_labels", "register_number", "other_act_kinds",
                             "act_parts", "law_kinds", "other_roles", "role_value_words",
                             "role_runs_to_number", "roles_apart", "report_verbs", "heads_named_by_person",
                             "place_approving_verbs", "subject_bodies", "subject_words", "glued_subject_words",
                             "basis_openings", "subject_kind_adjectives", "subject_bodies_with_kind",
                             "subject_kind_others"))
def vocab(data: dict) -> dict:
    return data


def own_kinds() -> set[str]:
    """The kinds an act may give itself: a body's act ("приказ", "постановление" …) and a subject's law."""
    return {*vocab()["doc_types"], *vocab()["law_kinds"]}


def past_qualifiers(ws: list) -> int:
    """Index of the first of the words (lemma first) past a kind's qualifiers ("Совместный", "Областной")."""
    k = 0
    while k < len(ws) and ws[k][0] in vocab()["kind_qualifiers"]:
        k += 1
    return k


def first_lemmas(text: str, n: int) -> list[str]:
    return first_words(join_spaced(text), n)


def opens_stamp(text: str) -> bool:
    """A line opening an appendix's approval stamp: "УТВЕРЖДЕН приказом …", "Приложение N 2 к …",
    "(утв. постановлением …)"; the enacting clause's "Утвердить прилагаемый …" (the same verb
    in the infinitive) opens none, nor a database's note that the appendix was changed
    ("Приложение 3 изменено с … - Постановление … N 881": a cue before the act's kind, outside
    brackets: "УТВЕРЖДЕН (в ред. приказа …)", "Приложение 1 к Порядку (в ред. …)" are stamps)."""
    spaced = join_spaced(text)
    first = first_words(spaced, 1)       # the first word alone first: the paragraph-list reader
    if not first or first[0] not in vocab()["approval_stamp"]:      # asks this of every line
        return False
    ws = words(spaced)
    kinds, cues = set(vocab()["doc_types"]), set(vocab()["cited_cues"])
    bracket = spaced.find("(") if "(" in spaced else len(spaced)     # the edition's note holds no cue
    before_kind = [lem for lem, a, _ in itertools.takewhile(lambda w: w[0] not in kinds, ws[1:]) if a < bracket]
    if cues.intersection(before_kind):
        return False
    return not any("INFN" in p.tag for p in morph().parse(text[ws[0][1]:ws[0][2]].lower()))


def stamp_word_only(text: str) -> bool:
    """A line that is a stamp's word alone («УТВЕРЖДЕН», «Приложение 3»): printed between an
    appendix's stamp and its title (or as the first rows of its table), it is never the title."""
    text = join_spaced(text)
    ws = words(text)
    return bool(ws) and ws[0][0] in vocab()["approval_stamp"] and (
        len(ws) == 1 or _APPENDIX_NO.fullmatch(text, ws[0][2]) is not None)    # «Приложение N 3»


# an appendix's own number after its word: "№ 3", "N 2", "3", "1.1"
_APPENDIX_NO = re.compile(r"\s*(?:[№N]\s*)?\d+(?:\.\d+)*\.?\s*")


def oblique_kind_first(text: str) -> bool:
    """A line opening in small letters with an act's kind in an oblique case ("приказом
    Министерства …", "к постановлению …"): a stamp whose first word ("УТВЕРЖДЕН") is cut off."""
    ws = words(text)[:2]
    at = next((w for w in ws if w[0] in vocab()["doc_types"]), None)
    return bool(at) and text.lstrip()[:1].islower() and text[at[1]:at[2]].lower() != at[0]


def parts_then_kind(text: str) -> bool:
    """A line opening in small letters with parts of an act, then the act in an oblique case
    ("п. 1, 6 Приложения №1, абз. 3 п. 3 постановления Правительства … от … №374"): parts' words
    (`act_parts`), their numbers and item letters only before the kind.  A sentence citing the
    act is none: its part in an oblique case («пунктом 3 постановления …»), or its words going on
    after the act's date and number («… № 55-пп установлено, что …», «… № 55 дополнить словами …»)."""
    ws = words(text)
    if not ws or ws[0][0] not in vocab()["act_parts"] or not text.lstrip()[:1].islower() or \
            not _named_part(text[ws[0][1]:ws[0][2]].lower(), ws[0][0]):
        return False
    parts = vocab()["act_parts"]
    at = next((w for w in ws if not (w[0] in parts or w[0].isdigit() or len(w[0]) == 1)), None)
    return bool(at) and at[0] in vocab()["doc_types"] and text[at[1]:at[2]].lower() != at[0] and \
        not _runs_on(text)


def _named_part(word: str, lemma: str) -> bool:
    """A part as a title names it: abbreviated («п», «абз») or in the nominative («пункт», «пункты»)."""
    return word == lemma or any("nomn" in p.tag for p in morph().parse(word) if p.normal_form == lemma)


def _runs_on(text: str) -> bool:
    """Words in small letters after the line's date and numbers, other than «г.», a title's «о» and
    an edition's note in brackets («(ред. от 01.02.2015)»)."""
    d, nums = find_date(text), find_numbers(text)
    if d is None or not nums:
        return False
    tail = _BRACKETED.sub(" ", text[max(d.end, nums[-1].end):])
    nxt = next((w for m in _WORD.finditer(tail) if (w := m.group()).lower() not in ("г", "год", "года")), "")
    return nxt[:1].islower() and nxt not in ("о", "об", "обо")


_BRACKETED = re.compile(r"\([^()]*\)")
_WORD = re.compile(r"[А-ЯЁа-яёA-Za-z]+")


def is_doc_type(text: str) -> bool:
    """A line that is the act's kind alone: "ПРИКАЗ", "П О С Т А Н О В Л Е Н И Е", or "Приказ"
    with a capital (in the nominative: "Постановлением" opens a cited act's line); a joint act's
    qualifier may stand before it ("СОВМЕСТНЫЙ ПРИКАЗ", "Совместный приказ").  A republic's blank
    prints the kind in both its state languages ("ПРИКАЗ      БОЕРЫК"): the other one's word is
    left out (`textcore.second_language`) — in capitals, as a blank prints it: in «Приказ
    Росреестра» the word no morphology knows is a name, and the line cites an act."""
    text = russian_only(text) if 1 < len(text.split()) <= _MAX_KIND_WORDS and text.upper() == text else text
    ws = first_lemmas(text, 4)
    while ws and ws[0] in vocab()["kind_qualifiers"]:
        ws = ws[1:]
    if len(ws) != 1 or ws[0] not in own_kinds():
        return False
    t = text.strip()
    if t.upper() == t:          # a stamp cut before its kind may print it in an oblique case, «ПРИКАЗОМ»
        return not _plural(text)
    return t[:1].isupper() and t.split()[-1].lower().replace("ё", "е") == ws[0]


def _plural(text: str) -> bool:
    """The kind word may be read in the plural: a site's menu in capitals lists «ЗАКОНЫ»,
    «ПОСТАНОВЛЕНИЯ» above the act's own header, and none of them is its kind line."""
    spaced = join_spaced(text)
    lem, s, e = words(spaced)[-1]
    return any("plur" in p.tag for p in morph().parse(spaced[s:e].lower()) if p.normal_form == lem)


def head_at(text: str) -> int | None:
    """Index of the authority head noun among the first words of a line, or None."""
    within = vocab()["authority_head_within"]
    heads = set(vocab()["authority_heads"])
    return next((i for i, w in enumerate(first_lemmas(text, within)) if w in heads), None)


def starts_with(text: str, phrases: list[str]) -> bool:
    low = text.strip().lower()
    return any(low == p or low.startswith(p + " ") for p in phrases)


def opens_body(text: str) -> bool:
    """A line that opens the act's body (its preamble), not a title's wrapped line."""
    v = vocab()
    return starts_with(text, v["body_starts"]) or text.lstrip()[:1].isupper() and starts_with(
        text, v["clause_openings"])


def kind_in_body(texts: list[str]) -> str | None:
    """The kind an act without a header gives itself: "настоящего постановления", else the
    kind its enacting verb makes ("… постановляет:" -> постановление)."""
    kinds, verbs, own = own_kinds(), vocab()["enacting_kinds"], set(vocab()["self_reference"])
    for text in texts:
        ws = words(text)
        found = next((b[0] for a, b in zip(ws, ws[1:]) if a[0] in own and b[0] in kinds), None)
        if found:
            return found
    return next((verbs[w[0]] for text in texts for w in enacting_verbs_in(text) if w[0] in verbs), None)


def enacting_verbs_in(text: str) -> list[tuple[str, int, int]]:
    """The enacting verbs of a text ("постановляет", "приказываю", "постановила:", "РЕШИЛ:"): a
    finite form only — an infinitive or a participle tells of a purpose ("позволяет решить задачи")
    — and one in the past only before the clause's colon: in running text (a need's cell, a body
    clause) a past verb tells of an event ("узнать, решили ли вопрос")."""
    verbs = set(vocab()["enacting_verbs"])
    return [w for w in words(text) if w[0] in verbs and _enacts(text, w[1], w[2])]


def _enacts(text: str, s: int, e: int) -> bool:
    tags = [p.tag for p in morph().parse(text[s:e].lower()) if p.tag.POS == "VERB"]
    return any("past" not in t for t in tags) or bool(tags) and text[e:].lstrip().startswith(":")


def act_kind_in(text: str) -> str | None:
    """The act's kind named first in a text, as its lemma ("постановлением …" -> "постановление", "ЗАКОН" ->
    "закон"): callers hand it a kind line, a title or stamp line, whose first kind is the act's."""
    kinds = own_kinds()
    return next((lem for lem, _, _ in words(join_spaced(text)) if lem in kinds), None)


def expand_short_names(text: str) -> str:
    """A body's short name written out ("Приказ Минздрава Тульской области" -> "Приказ
    Министерство здравоохранения Тульской области"): the head noun is what the header reader
    looks for, and the issuer is given in the nominative anyway."""
    low = text.lower()
    if not any(p in low for p in _short_name_openings()):
        return text                        # most lines name no body short: skip the long alternation
    return _short_name().sub(lambda m: _as_written(short_body_names()[m.group(1).lower()], m.group()), text)


def _as_written(full: str, short: str) -> str:
    """A short name written out in its own casing: «МИНЗДРАВ» in a header's capitals stays capitals."""
    return full.upper() if len(short) > 1 and short.isupper() else full


@lru_cache(maxsize=1)
def short_body_names() -> dict[str, str]:
    """Every short name a head and a topic make ("мин" + "здрав": "Министерство здравоохранения"),
    and the whole short words ("госжилинспекци": "Государственная жилищная инспекция")."""
    v = vocab()
    return {**{h + t: f"{head} {topic}" for h, head in v["short_body_heads"].items()
               for t, topic in v["short_body_topics"].items()}, **v["short_body_words"]}


@lru_cache(maxsize=1)
def _short_name_openings() -> frozenset[str]:
    return frozenset(n[:3].lower() for n in short_body_names())


@lru_cache(maxsize=1)
def _short_name() -> re.Pattern:
    names = "|".join(sorted(short_body_names(), key=len, reverse=True))
    ends = "|".join(sorted(vocab()["short_name_endings"], key=len, reverse=True))
    return re.compile(rf"(?<![А-Яа-яЁё])({names})(?:{ends})(?![А-Яа-яЁё])", re.I)


# natasha's (OpenCorpora) tags of a proper noun: a place's, a person's or an organization's name
_PROPER_TAGS = ("Geox", "Name", "Surn", "Orgn")


def proper_words(text: str) -> list[tuple[int, int]]:
    """Spans of the words of a name in capitals that are proper and keep their capital in sentence
    case: a place's name natasha's morphology tags as one ("НОВОСИБИРСКА"), and the adjective that
    names a territory ("МАЗАНОВСКОГО РАЙОНА", "СОКОЛЬСКОГО МУНИЦИПАЛЬНОГО РАЙОНА"): the first
    word before a territory's noun (vocab `territory_nouns`) that is not a common word of such
    names (`lowercase_in_names`)."""
    ws = words(text)
    small, territory = set(vocab()["lowercase_in_names"]), set(vocab()["territory_nouns"])
    out = [(s, e) for _, s, e in ws if any(t in str(p.tag) for p in morph().parse(text[s:e].lower())[:1]
                                           for t in _PROPER_TAGS)]
    for j, (lem, _, _) in enumerate(ws):
        if lem not in territory:
            continue
        k = j - 1
        while k >= 0 and ws[k][0] in small:
            k -= 1
        first = morph().parse(text[ws[k][1]:ws[k][2]].lower())[:1] if k >= 0 else []
        if any("ADJF" in p.tag or any(t in p.tag for t in _PROPER_TAGS) for p in first):
            out.append(ws[k][1:])
            while k > 0 and text[ws[k - 1][2]:ws[k][1]] == "-":      # "СОВЕТСКО-ГАВАНСКОГО": each part
                k -= 1
                out.append(ws[k][1:])
    for m in re.finditer(_federal().pattern, text, re.I):   # «… ПРИ ПРЕЗИДЕНТЕ РОССИЙСКОЙ ФЕДЕРАЦИИ»: the country's
        out += [(s + m.start(), e + m.start()) for _, s, e in words(m.group())]
    return out


def dated_number(text: str) -> str | None:
    """The number signed next to a date ("от 3 апреля 2023 г. N 41-п", "N 279-п от 28 декабря
    2007 г."), or unsigned between the act's kind and the date ("Постановление 203 от …"): a title
    line's pair, the act's own number ("Приложение N 3" before it is not)."""
    d = find_date(text)
    if d is None:
        return None
    nums = find_numbers(text)
    after = [n for n in nums if 0 <= n.start - d.end <= 12]
    before = [n for n in nums if 0 <= d.start - n.end <= 6]
    if after or before:
        return (after or before[::-1])[0].value
    bare = _BARE_NUMBER.search(text, 0, d.start)     # a listing's "Постановление 203 от 22.12.2014"
    return bare.group(2) if bare and is_doc_type(bare.group(1)) else None


def before_other_act(text: str) -> str:
    """The text of a line opening with an act's kind, before the next act it names: one of a
    kind no order is ("Решение о разработке - Бюджетный кодекс …; - Федеральный закон от 8
    января 1998 года N 3-ФЗ") or a second order ("… - Указ Президента … от … N 690"); what
    follows names that act, so a date and number there are never the line's own act's.  An act
    its quoted title cites («О внесении изменений в постановление … от … № 55» от … № 60) is none:
    the own pair may follow the title.  A law opening the line, past its qualifiers («Закон …
    области от … № 137-ОЗ», «Областной закон …»), is the line's own act."""
    other, kinds, laws = set(vocab()["other_act_kinds"]), set(vocab()["doc_types"]), set(vocab()["law_kinds"])
    ws = words(outside_quotes(text))
    first = past_qualifiers(ws)
    at = next((s for k, (lem, s, _) in enumerate(ws)
               if (lem in other and not (k == first and lem in laws)) or k > first and lem in kinds), None)
    return text if at is None else text[:at]


def names_federal(text: str) -> bool:
    """The act's kind and issuer, before its date, number or title, name a federal body or act
    ("Указ Президента Российской Федерации от …", "Приказ Минздрава России от …"): a regional act's
    page cites it, it is never the page's own act (a title «О праздновании Дня России» is no issuer)."""
    ends = [len(text), *(p.start for p in [find_date(text)] if p), *(n.start for n in find_numbers(text)[:1]),
            *(i for i in (text.find(q) for q in "«\"“") if i >= 0),
            *(s for k, (_, s, e) in enumerate(words(text)) if k and text[s:e].lower() in ("о", "об", "обо"))]
    return federal_in(text, min(ends))


# the federal body a regional body stands by: «Постоянное представительство Республики X при Президенте
# Российской Федерации» is the republic's body
_BESIDE = re.compile(r"(?<![А-Яа-яЁё])при\s+[А-ЯЁа-яё]+\s+$", re.I)


def federal_in(text: str, end: int | None = None) -> bool:
    """A federal marker in text[:end] that makes a body federal: not one after «при <body>» that a
    subject's name comes before (a regional body beside a federal one)."""
    first = None                           # where the text first names a subject, looked up once
    for m in _federal().finditer(text, 0, len(text) if end is None else end):
        if not _BESIDE.search(text, max(0, m.start() - _BESIDE_REACH), m.start()):
            return True
        if first is None:
            first = next((r.start for r in find_regions(text)), len(text))
        if first >= m.start():
            return True
    return False


_BESIDE_REACH = 40                         # «при» and the body's word right before the marker


@lru_cache(maxsize=1)
def _federal() -> re.Pattern:
    return re.compile(r"(?<![А-Яа-яЁё])(?:" + "|".join(re.escape(m) for m in vocab()["federal_markers"]) +
                      r")(?![А-Яа-яЁё])")


# a number printed without its sign between the act's kind and "от <date>"
_BARE_NUMBER = re.compile(r"([А-ЯЁа-яё]+)\s+(\d+(?:[-/][0-9А-ЯЁа-яё]+)*)\s+от\s*$")


def opens_note(text: str) -> bool:
    """A database's note that introduces the act it names on the next line ("{Изменение:",
    "См. также:"): that act changed or is cited by this one, so its line is no title line."""
    t = text.strip()
    return t.endswith(":") and bool(set(vocab()["cited_cues"]) & {w[0] for w in words(t)})

