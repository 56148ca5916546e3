"""Document metadata: issuing body, its region, the act's kind, own number, date and title.

Works on the document's lines in reading order (paragraphs, and table rows flattened,
because Word headers often lay the date and the number out in a table), so every
format yields the same metadata.  These header shapes are recognised, in this order:

* an act's header: issuer lines, the act's kind (ПРИКАЗ, ПОСТАНОВЛЕНИЕ …), date/number
  lines, title; a joint order names its bodies one a line (the first is the issuer);
* a legal database's title line "Постановление Правительства X от <date> N <no>" or
  "Приказ от <date> № <no>" (the kind in the nominative; the date and number may be on
  the next line), wherever the site's banners put it in the first lines;
* an appendix-only file: the stamp "УТВЕРЖДЕН приказом <issuer> от <date> № <no>",
  "Приложение N 2 к приказу <issuer> от …" or GARANT's "(утв. постановлением … N … от …)";
  its number is the one next to its date, not the appendix's (stamp_header.py; a stamp naming
  the act an amending clause above amends is that act's appendix, not this act's header);
* a site's listing line with its own words first ("НПА, письма Постановление Правительства
  X от … № …"), never after a repeal or amendment note;
* a title line in a republic's second language, its kind last («… 2018 елның 30 ноябреннән
  21-52-245/1 номерлы карары», second_language_titles.py);
* none (a bare procedure): the first lines are the title, the issuer is the body of the
  enacting clause ("Правительство X постановляет") or the one the title names, the kind
  the one it calls itself ("настоящего приказа") or its enacting verb makes; a law-style
  act's date and number printed after its signature, on lines holding only them, are its own
  (signed.py).

A registration stamp above the header (role_lines.registration_lines) and a line of another
subject's body a site's template left there (stray_issuer.py) are no part of the issuer.  A date or
number is the act's by its role: one bound to another (a registration, an edition or repeal note, a
signature's certificate, a news item, a cited act in the title) is never taken (role_lines.py); a pair a
PDF read across two columns is set out under the kind (header_columns.py).
The first lines are mended first (a copy's Latin look-alike letters and OCR's digits for letters
in words, its letters for digits and spaces in a date: header_mend.py), then unglued
(unglue.py: "постановлениемПравительства", "областиот 29 ноября"), since converted
pages lose the breaks between words, and a body's short name is written out ("Минздрава" ->
"Министерство здравоохранения").

Only the act's own number and date are taken: acts cited in the body ("утвержденной
постановлением … от … N …", a repealing decree printed under the title) are not this
document's, and a blank form (`№______`, `«___» ____ 2024 г.`) stays null.  Dates and
numbers are read by the project's one grammar (textcore.dates, textcore.order_numbers).
A header that states a number or date which could not be read is reported by
`read_metadata` as a warning.  The issuer is read by issuer.py and given its subject in
full (textcore.regions.spell_out).
"""
from __future__ import annotations

import re
from dataclasses import replace

from textcore.dates import parse_date
from textcore.numbering import ARABIC, LETTER, parse_item_number
from textcore.order_numbers import has_number_sign, parse_number
from textcore.quoted import pair_outside_quotes
from textcore.regions import Region, find_regions, spell_out, words

from ..document import Document
from .header_words import (act_kind_in, before_other_act, dated_number, head_at, is_doc_type, kind_in_body,
                           names_federal, oblique_kind_first, opens_body, opens_note, opens_stamp, own_kinds,
                           parts_then_kind, past_qualifiers, starts_with, vocab)
from .header_columns import apart
from .document_heading import heading_pair
from .federal_title import federal_page_title
from .header_mend import lone_item, mended_line, pair_apart
from .enacting import enacting_body, has_enacting_verb, preamble_lines
from .issuer_tidy import tidy_name
from .issuer_genitive import genitive_head_at, genitive_name_lines
from .issuer import authority_in, header_issuer, issuer_lines, recased_from, signatory_body
from .issuer_subject import canonical_subject, subject_in_name
from .issuer_form import canonical_words, completed_name, position_body, subject_above, with_subject
from .lines import Line, lines_of
from .run_header import set_out
from .second_language_titles import title_in_second_language
from .own_language_region import own_language_region
from .signed import act_signed_pair, date_alone
from .role_lines import apart_lines, other_role_lines
from .stamp_header import issuer_of_twin_stamp, names_amended_act, own_number, stamp_header
from .title_lines import (bare_title, join_wrapped, opens_edition, pair_goes_on, past_part_heading, quoted_title,
                          without_edition_note)
from .site_card import fill_unstated, listed_number, signed_fill
from .stray_issuer import own_subject_lines
from .name_case import recase, recase_head
from .news_item import approving_place, lead_act, named_head, published_act, reported_kind, reported_pair

_STATED_DATE = re.compile(r"\bот\s*[«\"“]?\s*\d{1,2}\b", re.I)                  # "от 12…": a date is meant
_READ_LINES = 60          # the header, stamps and the region are read from these first lines
_DATED_WITHIN = 5         # words between a title line's kind and its date: an issuer's name, its number
_DATE_OR_NUMBER_LINE = re.compile(r"^\s*(?:от|№|N)\s", re.I)                     # "от 23 июля 2015 г. N 664-РГ"


def _enumerated(text: str) -> bool:
    """"2. …", "1.1. …", "а) …": an item of a list, not a heading line."""
    n = parse_item_number(text, (ARABIC, LETTER))
    return bool(n and n.spaced and (n.closer or n.style == LETTER))


def _is_title_start(text: str, quoted: bool = False) -> bool:
    """«О …»; under a law's kind its title in quotes too, «"О внесении изменений …"», above «Принят …
    <date>» (the legislature's date, not the act's; an order's quoted line may be a cited act's)."""
    return starts_with(text.lstrip(" «\"“„") if quoted else text, vocab()["title_starts"])


# --- the header ---------------------------------------------------------------------

def _title_lines(lines: list[Line]):
    """Legal databases' title lines: the act's kind in the nominative, then its issuer or date.

    "Постановлением Правительства … от …" (instrumental) cites another act and is skipped.
    """
    for i, ln in enumerate(lines[:vocab()["header_lines"]]):
        ws = words(ln.text)
        if not ws or i and opens_note(lines[i - 1].text):
            continue
        kw = ws[min(past_qualifiers(ws), len(ws) - 1)]       # «Совместный приказ», «Областной закон»
        if _nominative_kind(ln.text, kw) and ln.text[ws[0][1]].isupper():   # small: an item of a list of acts
            own = before_other_act(ln.text)     # "… - Федеральный закон от … N 3-ФЗ": that law's pair
            rest = own[kw[2]:]
            # the line under may still hold the pair of a title line naming its issuer, whose title cites
            # an act with no pair on the line («Постановление Правительства X О внесении изменений в
            # постановление Правительства X» / «от … № 45»)
            cited = ln.text[len(own):]
            wraps = own == ln.text or head_at(own) in (1, 2) and not (parse_date(cited) or has_number_sign(cited))
            near = " ".join(x.text for x in lines[i:i + 2]) if wraps else own
            if wraps and i + 2 < len(lines) and _DATE_OR_NUMBER_LINE.match(lines[i + 1].text) and pair_goes_on(
                    near, lines[i + 2].text):                   # «от 23 января» / «2017 г. N 12» under the line
                near = f"{near} {lines[i + 2].text}"
            if (head_at(own) in (1, 2) or _DATE_OR_NUMBER_LINE.match(rest) or dated_number(own) is not None
                    or _dated_soon(rest)) and (
                    parse_date(near) or has_number_sign(near)) and not names_federal(own):
                yield i                     # a body the head list lacks ("Госжилинспекции") still dates it


def _dated_soon(rest: str) -> bool:
    """A date a few words past the kind: an issuer the head list cannot read (misspelt, «правителства»)."""
    m = _STATED_DATE.search(rest)
    return m is not None and len(words(rest[:m.start()])) <= _DATED_WITHIN


def _title_line_at(lines: list[Line]) -> int | None:
    return next(_title_lines(lines), None)


def _own_title_line(lines: list[Line], kind: int, head: dict, first: int) -> int:
    """Of the title lines above the header (a site that lists several acts on the page), the one
    stating the header's own number; the first where none does."""
    if head["order_number"] is not None:
        for i in _title_lines(lines[:kind]):
            if own_number(lines[i].text) == head["order_number"]:
                return i
    return first


def _listing_line_at(lines: list[Line]) -> int | None:
    """A site's listing line that puts its own words before the title ("НПА, письма
    Постановление Правительства X от … № …"), read from the kind on; the last resort, and
    never after a repeal or amendment note ("Утратил силу. - Постановление …")."""
    cues = set(vocab()["cited_cues"])
    for i, ln in enumerate(lines[:vocab()["header_lines"]]):
        ws = words(ln.text)
        at = next((k for k, w in enumerate(ws[1:], 1)
                   if _nominative_kind(ln.text, w) and ln.text[w[1]].isupper()), None)
        if at is None or cues & {w[0] for w in ws[:at]}:
            continue
        tail, own = ln.text[ws[at][1]:], before_other_act(ln.text[ws[at][1]:])
        if head_at(own) in (1, 2) and parse_date(own) and has_number_sign(own) and not names_federal(own):
            lines[i] = replace(ln, text=tail)
            return i
    return None


def _nominative_kind(text: str, w: tuple[str, int, int]) -> bool:
    """The word is an act's kind as written in the nominative ("Постановление", not "Постановлением")."""
    return w[0] in own_kinds() and text[w[1]:w[2]].lower().replace("ё", "е") == w[0]


def _title_header(lines: list[Line], i: int) -> dict:
    """The title line, with the date/number line under it when it has not stated them (a kind
    line in capitals naming its issuer, "УКАЗ ГЛАВЫ РЕСПУБЛИКИ …", recased alone)."""
    block = [lines[i].text]
    for ln in lines[i + 1:i + 3]:
        joined = " ".join(block)
        if (parse_date(joined) and has_number_sign(joined)) or not (
                _DATE_OR_NUMBER_LINE.match(ln.text) or date_alone(ln.text)     # "ПРИКАЗ № 45" / "02.03.2015"
                or pair_goes_on(joined, ln.text)):                            # "… от 23 января" / "2017 г. N 12"
            break
        block.append(ln.text)
    text = re.sub(r"\s+", " ", " ".join(block))
    rest = i + len(block)
    title = join_wrapped(lines, rest) if rest < len(lines) else None
    title = (quoted_title(text) or title) if title is None or opens_body(title) else title   # text under: quoted
    # only the issuer is read recased: the number ("45-П"), kind and header text stay as written
    named = re.sub(r"\s+", " ", " ".join([recase(block[0]), *block[1:]]))
    return {"authority": authority_in(named), "order_number": own_number(text),
            "order_date": parse_date(pair_outside_quotes(text)),
            "act_kind": act_kind_in(text), "title": title, "region_text": [text, title or ""],
            "header_text": text}


def _header_parts(lines: list[Line]) -> dict:
    """The header's parts; what it leaves unstated, a site's card of the act may give (site_card.py)."""
    head = _header_found(lines)
    fill_unstated(head, [ln.text for ln in lines[:vocab()["header_lines"]]])
    return head


def _header_found(lines: list[Line]) -> dict:
    v = vocab()
    limit = v["header_lines"]
    kind = next((i for i, ln in enumerate(lines[:limit]) if is_doc_type(ln.text)), None)
    titled = _title_line_at(lines)
    if kind is not None:
        head = _order_header(lines, kind)
        if head["order_number"] is None:        # «46-IHC | О противодействии терроризму»: a listing row above
            head["order_number"] = listed_number([ln.text for ln in lines[:kind]], head["title"])
        if titled is not None and (titled < kind or head["order_number"] is None and head["order_date"] is None):
            _prefer_title_line(head, _title_header(lines, _own_title_line(lines, kind, head, titled)))
        return head
    if titled is not None or lines and federal_page_title(lines[0].text, [ln.text for ln in lines[1:limit]]):
        return _title_header(lines, titled or 0)
    # a stamp under a clause amending the act it names is the amended act's (stamp_header.py)
    stamp = next((i for i, ln in enumerate(lines[:limit]) if opens_stamp(ln.text)), None)
    if stamp is not None and not names_amended_act(head := stamp_header(lines, stamp), lines[:stamp]):
        if head["authority"] is None:
            issuer_of_twin_stamp(head, lines, stamp, limit)
        return head
    # a page titled by the parts of an act it prints names that act as a cut stamp does
    cut = next((i for i, ln in enumerate(lines[:limit]) if oblique_kind_first(ln.text) or
                i == 0 and parts_then_kind(ln.text)), None)
    if cut is not None:
        head = stamp_header(lines, cut)
        if not set(v["cited_cues"]) & {w[0] for w in words(head["header_text"])} and \
                not names_amended_act(head, lines[:cut]):
            return head                 # a stamp with its first word cut off, not an amendment note
    listed = _listing_line_at(lines)
    if listed is not None:
        return _title_header(lines, listed)
    if (second := title_in_second_language([ln.text for ln in lines[:limit]])) is not None:
        return second                   # «… 2018 елның 30 ноябреннән 21-52-245/1 номерлы карары»
    if (lead := lead_act([ln.text for ln in lines])) is not None:     # a news item's «Указом … № 34 от …»
        return {"title": None, "region_text": [lead["header_text"]], **lead}
    # a preamble first: no title; «подписал указ № 5 от …», «КОМИТЕТ … / ТАБЛИЦА / от …»: a pair
    title = join_wrapped(lines, 0) if lines and not opens_body(lines[0].text) else None
    return {"authority": None, "order_number": None, "order_date": None, "act_kind": None, "title": title,
            "region_text": [title or ""], "header_text": "",
            **(reported_pair(texts := [ln.text for ln in lines[:limit]]) or heading_pair(texts) or {})}


def _prefer_title_line(head: dict, alt: dict) -> None:
    """The site's title line above an act's header is its record of this act's number and date.

    Where the header states neither, or a converted header lost its own date line and the
    first date under the kind is a cited act's ("Утратило силу – Постановление … от … N 996"),
    the title line's pair is taken when it states both (or the header states none).
    """
    stated = alt["order_number"] is not None and alt["order_date"] is not None
    if stated or head["order_number"] is None and head["order_date"] is None:
        head.update({k: alt[k] for k in ("order_number", "order_date", "header_text")})
    own, site = head["authority"], alt["authority"]
    if own is None or site and not find_regions(own) and find_regions(site) and \
            words(site)[0][0] == words(own)[0][0]:
        head["authority"] = site          # "РЕСПУБЛИКА ХАКАСИЯ / ПРАВИТЕЛЬСТВО": the title line names it whole


def _order_header(lines: list[Line], kind: int) -> dict:
    v = vocab()
    before = lines[:kind]
    reg = other_role_lines([ln.text for ln in before])    # a registration stamp, a news item's date: not ours
    auth_lines = own_subject_lines(issuer_lines([ln.text for k, ln in enumerate(before) if k not in reg]),
                                   (ln.text for ln in lines))
    authority = header_issuer(auth_lines) if auth_lines else None
    if authority:                                    # "РЕСПУБЛИКА КАРЕЛИЯ" / "МИНИСТЕРСТВО ЗДРАВООХРАНЕНИЯ"
        authority = subject_above(authority, [ln.text for ln in before[-6:]])
    after = lines[kind + 1:kind + 1 + v["header_lines"]]
    if genitive_head_at([ln.text for ln in after[:2]]):   # "ПОСТАНОВЛЕНИЕ" / "ГУБЕРНАТОРА"
        at = next(iter(find_regions(authority or "")), None)
        n = genitive_name_lines([ln.text for ln in after])
        authority = authority_in(recase(" ".join(ln.text for ln in after[:n])) + (
            f" {authority[at.start:]}" if at else ""), header=True) or authority
        after = after[n:]
    law = act_kind_in(lines[kind].text) in v["law_kinds"]
    t = next((i for i, ln in enumerate(after) if _is_title_start(ln.text, law)), None)
    between = after[:t] if t is not None else after[:4]
    # the body's preamble opens below a header with no title: its pairs are the acts it cites
    between = between[:next((k for k, ln in enumerate(between) if opens_body(ln.text)), len(between))]
    others = other_role_lines([ln.text for ln in between])    # «(в ред. приказа от … N 77)», «Утратил силу …»
    between = [ln for k, ln in enumerate(between) if k not in others and not opens_edition(ln.text)]
    number = next((n for ln in between if (n := parse_number(ln.text))), None) or next(   # "№" / "45": table cells
        (n for a, b in zip(between, between[1:]) if (n := parse_number(f"{a.text} {b.text}"))), None)
    date = next((d for ln in between if (d := parse_date(ln.text))), None) or next(   # "от «02» марта" / "2015 г."
        (d for a, b in zip(between, between[1:]) if (d := parse_date(f"{a.text} {b.text}"))), None)
    # a registration's, a news item's, a repeal note's lines are no part of the header, nor a page's title
    # above the kind («О внесении изменений в постановление … от … N 477-а»: the act it cites)
    own_lines = [ln for k, ln in enumerate(before) if k not in reg and not _is_title_start(ln.text)]
    if number is None and date is None and not any("№" in ln.text for ln in between):
        number = next((n for ln in own_lines if (n := parse_number(ln.text))), None)    # the pair above the kind
        date = next((d for ln in own_lines if (d := parse_date(without_edition_note(ln.text)))), None)
    title = join_wrapped(after, t) if t is not None else None
    header_text = " ".join(ln.text for ln in between) if (number or date or any(
        "№" in ln.text for ln in between)) else " ".join(ln.text for ln in [*own_lines, *between])
    return {"authority": authority, "order_number": number, "order_date": date,
            "act_kind": act_kind_in(lines[kind].text), "title": title, "from_capitals": bool(auth_lines) and all(
                t.upper() == t for t in auth_lines),
            "region_text": [" ".join(auth_lines), title or ""], "header_text": header_text}


def _authority(head: dict, lines: list[Line]) -> str | None:
    """The issuer the header gives; else the enacting clause's body; else the one the title names."""
    texts = [ln.text for ln in lines[:vocab()["header_lines"]]]
    if head["authority"] is not None:
        return recased_from(head["authority"], texts) if head.get("from_capitals") else head["authority"]
    read = [ln.text for ln in lines[:_READ_LINES]]
    title = head["title"] or ""
    titled = None if has_enacting_verb(title) else authority_in(title)   # a preamble read on as the title
    found = enacting_body(texts) or titled or signatory_body(read) or position_body(read) or named_head(read) \
        or approving_place(read)
    if found is None:      # body clauses ("2. Администрации … разработать") name addressees; an enacting
        skip = preamble_lines(texts)    # clause's bodies before its subject propose or ask, never enact
        found = next((a for k, t in enumerate(texts)
                      if k not in skip and not _enumerated(t) and (a := _named_at(texts, k))), None)
    return found


def _named_at(texts: list[str], k: int) -> str | None:
    """A body named in running text at line k; a name that its line ends before its subject
    does ("Губернатор" / "Тверской области" in a signature block) is read with the next lines."""
    name = authority_in(texts[k], cited=False)
    if name is None or find_regions(name):
        return name
    for n in (2, 3):
        longer = authority_in(" ".join(texts[k:k + n]), cited=False)
        if longer and find_regions(longer) and words(longer)[0][0] == words(name)[0][0]:
            return longer
    return name


class _NamedInFull:
    """Codes of the subjects a document names in full, computed on first use only.

    They decide a shared acronym ("РБ": Башкортостан or Бурятия), which few headers hold.
    """

    def __init__(self, lines: list[Line]):
        self._lines, self._codes = lines, None

    def __contains__(self, code: object) -> bool:
        if self._codes is None:
            self._codes = {m.region.code for ln in self._lines for m in find_regions(ln.text) if not m.abbreviated}
        return code in self._codes


def _region(texts: list[str], doc_lines: list[Line], prefer: _NamedInFull) -> Region | None:
    """The issuer's region: named in its name, else in the header/title, else first named (else in its own language)."""
    for text in [*texts, *(ln.text for ln in doc_lines)]:
        found = find_regions(text or "", prefer)
        if found:
            return found[0].region
    return own_language_region([ln.text for ln in doc_lines])     # a text in a republic's own language


def extract_metadata(doc: Document) -> dict:
    return read_metadata(doc)[0]


def read_metadata(doc: Document) -> tuple[dict, list[str]]:
    """The metadata, and warnings for what the header states but could not be read."""
    # the header is read from the first lines only: those are the ones worth ungluing
    lines = lines_of(doc)
    limit = vocab()["header_lines"]
    lines = lone_item([*pair_apart([mended_line(ln) for ln in lines[:_READ_LINES]]), *lines[_READ_LINES:]])
    gone = apart_lines([ln.text for ln in lines[:_READ_LINES]])   # a registration stamp, a news item: no header's
    published = [lines[i].text for i in sorted(gone)]
    lines = [ln for i, ln in enumerate(lines) if i not in gone]
    lines = past_part_heading(apart(set_out(lines, limit), limit))      # a pair in a right column: under the kind
    head = _header_parts(lines)
    if not any(head[k] for k in ("act_kind", "order_number", "order_date", "authority")):
        head.update(published_act(published) or {})     # «Опубликован приказ … от … № 45»: the only carrier
    prefer = _NamedInFull(lines[:_READ_LINES])
    authority = tidy_name(completed_name(_authority(head, lines), [ln.text for ln in lines[:_READ_LINES]]))
    # recased after its subject is spelled out: a short form in capitals («ХМАО - Югры») is read as written
    authority = canonical_words(recase_head(spell_out(authority, prefer))) if authority else None
    region = _region([authority or "", *head["region_text"]], lines[:_READ_LINES], prefer)
    if region is None and authority:
        region = subject_in_name(authority)
    authority = with_subject(canonical_subject(authority, region), region) if authority else None
    signed_fill(head, lambda: act_signed_pair(lines, head["title"], _READ_LINES))
    md = {
        "region": region.name if region else None,
        "region_code": region.code if region else None,
        "authority": authority,
        "order_number": head["order_number"],
        "order_date": head["order_date"],
        "act_kind": head["act_kind"] or kind_in_body(texts := [ln.text for ln in lines[:limit]]) or reported_kind(texts),
        "title": bare_title(head["title"]),
    }
    stated = head["header_text"]
    warnings = []
    if md["order_number"] is None and has_number_sign(stated):
        warnings.append(f"the header states an order number that could not be read: {stated[:120]!r}")
    if md["order_date"] is None and _STATED_DATE.search(stated):
        warnings.append(f"the header states an order date that could not be read: {stated[:120]!r}")
    return md, warnings
