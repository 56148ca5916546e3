"""An issuer's name in canonical form word by word, and the issuer of an act signed by a bare position.

Legal databases' title lines abbreviate words of a municipal body's name ("Администрации
г. Мончегорска") and capitalize common words ("Администрации Городского округа город Елец");
the canonical name writes the word out in the case of the name it stands before and puts
common words in small letters.  Which words: parsers/data/metadata.yaml (`name_abbreviations`,
`lowercase_in_names`); the case comes from natasha's morphology.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from textcore.lemmas import morph
from textcore.regions import Region, find_regions, words

from .header_words import first_lemmas, head_at, vocab
from .issuer import SIGNER, authority_in, names_municipality
from .name_case import listed_capitals

# natasha's (OpenCorpora) case of the following name -> the UD grammeme MorphForm.inflect takes;
# a name in the nominative (or accusative) is an apposition: "муниципального образования г. Салехард"
_UD_CASE = {"gent": "Gen", "datv": "Dat", "ablt": "Ins", "loct": "Loc"}
_QUOTED = re.compile(r"[«\"][^»\"]*[»\"]")


@lru_cache(maxsize=1)
def _abbreviation() -> re.Pattern:
    abbr = "|".join(map(re.escape, vocab()["name_abbreviations"]))
    return re.compile(rf"(?<![А-Яа-яЁё])({abbr})\.\s*(?=([А-ЯЁ][а-яё-]+))")


def _written_out(short: str, following: str, after_head: bool) -> str:
    full = vocab()["name_abbreviations"][short]
    cases = [p.tag.case for p in morph().parse(following.lower())]
    # the likeliest reading decides, save that a name in a body's name is its genitive where it
    # can be one ("г. Казани": genitive, not the locative natasha ranks first); a name that keeps
    # its nominative ("г. Минеральные Воды") right after the body's head is governed by it
    # ("Администрации города Минеральные Воды"), after a municipality's noun it is an apposition
    gen = cases and ("gent" in cases and cases[0] != "nomn" or after_head and cases[0] == "nomn")
    case = "Gen" if gen else _UD_CASE.get(cases[0]) if cases else None
    if case is None:
        return full
    base = next((p for p in morph().parse(full) if p.normal_form == full and p.tag.case == "nomn"), None)
    form = base.inflect({case, "Sing"}) if base else None
    return form.word if form else full


def written_out(name: str) -> str:
    """"Администрация г. Мончегорска" -> "Администрация города Мончегорска"; "… образования
    г. Салехард" -> "… образования город Салехард" (but "Администрация г. Салехард" -> "… города
    Салехард"); "Администрация г.о. Тольятти" ->
    "Администрация городского округа Тольятти"; "Управление ЗАГС …" -> "Управление записи актов
    гражданского состояния …"."""
    pattern, kinds = _municipal()
    name = pattern.sub(lambda m: _municipal_kind(kinds[m.lastindex - 1], not name[:m.start()].strip()), name)
    name = _acronym().sub(lambda m: vocab()["body_acronyms"][m.group()], name)
    heads = set(vocab()["authority_heads"])
    return _abbreviation().sub(lambda m: _written_out(m.group(1), m.group(2), bool(
        (ws := words(name[:m.start()])) and ws[-1][0] in heads)) + " ", name)


@lru_cache(maxsize=1)
def _acronym() -> re.Pattern:
    """An acronym of a body's name ("ЗАГС"), as a word of its own in capitals."""
    return re.compile(r"(?<![А-Яа-яЁё])(?:" + "|".join(map(re.escape, vocab()["body_acronyms"])) + r")(?![А-Яа-яЁё])")


@lru_cache(maxsize=1)
def _municipal() -> tuple[re.Pattern, list[str]]:
    """A municipal kind written short, one group per form (and the kinds in that order): dotted
    ("г.о.", also "г. о.") before a capitalized or quoted name, in capitals ("МР") only before a
    quoted one."""
    forms, kinds = [], []
    for short, full in sorted(vocab()["municipal_abbreviations"].items(), key=lambda kv: -len(kv[0])):
        if "." in short:
            letters = [re.escape(x) for x in short.split(".") if x]
            forms.append(r"(?<![А-Яа-яЁё])" + r"\.\s?".join(letters) + r"\.\s*(?=[«\"А-ЯЁ])")
        else:
            forms.append(rf"(?<![А-Яа-яЁё]){re.escape(short)}\s+(?=[«\"])")
        kinds.append(full)
    return re.compile("|".join(f"({f})" for f in forms)), kinds


def _municipal_kind(full: str, opens_name: bool) -> str:
    """The kind written out: in the nominative where it opens the name, else in the genitive
    (a body's name governs it: "Администрация городского округа …")."""
    if opens_name:
        return full + " "
    forms = [next((p.inflect({"Gen", "Sing"}) for p in morph().parse(w) if p.tag.case == "nomn"), None)
             for w in full.split()]
    return " ".join(f.word if f else w for f, w in zip(forms, full.split())) + " "


def common_words_small(name: str) -> str:
    """Common words of a name that a title line capitalizes, after its first word and outside
    quotes (a quoted name is proper: «Город Томск») and a subject's name, in small letters."""
    small = set(vocab()["lowercase_in_names"])
    keep = [(m.start(), m.end()) for m in _QUOTED.finditer(name)]
    keep += [(m.start, m.end) for m in find_regions(name)]
    chars = list(name)
    for lem, s, e in words(name)[1:]:
        w = name[s:e]
        if lem in small and w[:1].isupper() and w[1:].islower() and not any(a <= s < b for a, b in keep):
            chars[s] = w[0].lower()
    return "".join(chars)


def proper_capitals(name: str) -> str:
    """The words a body's proper name always capitalizes, however a page wrote them: a listed
    noun ("областная дума" -> "областная Дума") and the second word of a listed pair
    ("Законодательное собрание" -> "Законодательное Собрание"; metadata.yaml's
    `capitalized_in_names`, `capitalized_after`: the words a header's capitals keep, name_case.py)."""
    chars = list(name)
    for s in listed_capitals(name):
        chars[s] = chars[s].upper()
    return "".join(chars)


_STRAIGHT_QUOTED = re.compile(r'"([^"]+)"')


def canonical_words(name: str) -> str:
    """Abbreviations written out, common words small, proper words capitalized, an entity's
    quoted name in «»."""
    return _STRAIGHT_QUOTED.sub(r"«\1»", proper_capitals(common_words_small(written_out(name))))


def with_subject(name: str, region: Region | None) -> str:
    """A subject's body named by its head alone ("ГУБЕРНАТОР" / "ПОСТАНОВЛЕНИЕ", the subject only in
    the preamble or the signature) given the subject the act is of: "Губернатор Тульской области"."""
    ws = words(name)
    if region is None or len(ws) != 1 or ws[0][0] not in vocab()["subject_heads"]:
        return name
    genitive = vocab()["body_genitive"].get(region.code) or region.genitive
    return f"{name} {genitive}" if genitive else name


def subject_above(name: str, texts: list[str]) -> str:
    """A regional body's name under a line that names its subject alone ("РЕСПУБЛИКА КАРЕЛИЯ" /
    "МИНИСТЕРСТВО ЗДРАВООХРАНЕНИЯ"), given the subject's genitive; a name with its subject, or a
    municipality's body (its head or a parent body's, "Комитет по образованию администрации
    Энского района", names a municipality: issuer.names_municipality), is left as it is."""
    toks, heads = words(name), set(vocab()["authority_heads"])
    if find_regions(name) or any(lem in heads and names_municipality(name, toks, i)
                                 for i, (lem, _, _) in enumerate(toks)):
        return name
    for text in texts:
        found = find_regions(text)
        if len(found) == 1 and not re.sub(r"[^А-Яа-яЁё]", "", text[:found[0].start] + text[found[0].end:]):
            region = found[0].region
            return f"{name} {vocab()['body_genitive'].get(region.code) or region.genitive}"
    return name


# "Положением о министерстве …", "Положения об агентстве …": a body's regulation cited in a preamble
_REGULATION = re.compile(r"Положени[еяюмих]{0,2}\s+об?\s+", re.I)


def _bare_position(texts: list[str]) -> tuple[bool, str | None] | None:
    """The signature's position when it stands alone ("Министр |", "Руководитель", "И.о. министра
    А.А. Петров": the signer's name after it is no part of it): (found, the head noun of its
    body's name or None where the position does not say)."""
    v = vocab()
    positions, skip = v["signatory_positions"], set(v["signatory_prefixes"])
    for text in reversed(texts):
        ws = [w for w in words(_before_signer(text, positions)) if w[0] not in skip]
        if 1 <= len(ws) <= 2 and ws[0][0] in positions and text.lstrip()[:1].isupper():
            return True, positions[ws[0][0]]
    return None


def _before_signer(text: str, positions: dict) -> str:
    """A signature line up to its signer's name or a cell's border; "И.О. Министра" looks like
    a signer's initials and name but is an acting officer's position (the initials of
    «исполняющий обязанности»)."""
    for m in SIGNER.finditer(text):
        ws = words(m.group())
        if not ws or ws[-1][0] not in positions:
            return text[:m.start()]
    return text


def position_body(texts: list[str]) -> str | None:
    """The issuer of an act with no header, signed by a bare position: the body whose regulation
    its preamble cites ("… Положением о министерстве по физической культуре … Иркутской области,
    … приказываю: … Министр |") — of the position's kind where it has one, and only where the
    preamble cites one such body (several would leave the author to guesswork)."""
    pos = _bare_position(texts)
    if pos is None:
        return None
    head = pos[1]
    text = re.sub(r"\s+", " ", " ".join(texts))
    found = {name for m in _REGULATION.finditer(text)
             if (name := _regulated_body(text[m.end():m.end() + _REGULATION_REACH])) and find_regions(name)
             and (head is None or words(name)[0][0] == head)}
    return found.pop() if len(found) == 1 else None


_REGULATION_REACH = 300     # a body's name with its region fits; the preamble's later bodies do not


def _regulated_body(rest: str) -> str | None:
    """The body a regulation is of, named right after «Положением о» ("… о министерстве …"); None
    for a regulation of anything else ("о порядке предоставления субсидий"), whatever body
    the text names later (the approving government, an addressee)."""
    at = head_at(rest)
    if at is None:
        return None
    name = authority_in(rest, header=True)
    head = first_lemmas(rest, at + 1)[at]
    return name if name and any(lem == head for lem, _, _ in words(name)[:at + 1]) else None


def completed_name(name: str | None, texts: list[str]) -> str | None:
    """A name cut short with no region (an excerpt or a stamp cut inside it: "Министерство
    культуры, печати и по делам"): the same body's fuller name with its region where the document
    states it ("… Министерства культуры, печати и по делам национальностей Республики X")."""
    toks = words(name or "")
    if len(toks) < 2 or find_regions(name):
        return name
    tail = name[toks[1][1]:].lower()       # the words after the head: already in their own case
    for text in texts:
        low, ws, ends = text.lower(), (), []
        at = low.find(tail)
        for _ in range(_MENTIONS):          # the cut name itself may come first on its line
            if at < 0:
                break
            if not ws:
                ws = words(text)
                ends = [w[2] for w in ws]
            k = bisect.bisect_right(ends, at) - 1     # the last word ending before the mention
            if k >= 0 and (full := _fuller(name, text, ws[k], toks[0][0])):
                return full
            at = low.find(tail, at + 1)
    return name


_MENTIONS = 4                               # a line's mentions of the cut words tried, a few: each reads a name


def _fuller(name: str, text: str, head: tuple[str, int, int], lemma: str) -> str | None:
    """The name read from the head word before a mention of the cut words, where it is the same
    head noun ("… культуры, печати …" after another is none) and the name read holds more words
    than the cut one before its region (else the name was whole: "Администрация X округа")."""
    if head[0] != lemma:
        return None
    full = authority_in(text[head[1]:], header=True)
    region = next(iter(find_regions(full or "")), None)
    if region and full.lower().startswith(name.lower()) and len(full[:region.start].strip()) > len(name):
        return full
    return None
