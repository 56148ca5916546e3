"""OCR text mended by the shapes OCR confuses and the morphology dictionary (scans only).

A scan's words are read letter by letter; a grainy page swaps letters that look
alike (Latin «e» for Cyrillic «е», «л» for «д», «3» for «З») and drops or adds a
space before a one-letter word.  A word is mended only when the dictionary does
not know it as read and the shapes (parsers/data/ocr.yaml) give one known word:
a name, an abbreviation or a Latin word the dictionary does not know stays as
read.  No phrase list: the dictionary is natasha's (pymorphy2), the same one the
line joining consults.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from textcore.vocab import vocabulary
from .scan_latin_words import mend_latin
from .wordjoin import is_abbreviation, is_known

_DATA = Path(__file__).resolve().parent.parent / "data" / "ocr.yaml"
_TOKEN = re.compile(r"[0-9A-Za-zА-Яа-яЁё]+")
_CYR = re.compile(r"[А-Яа-яЁё]")
_CYR_WORD = re.compile(r"(?<![\w-])[А-Яа-яЁё]+(?![\w-])")
_MIN_SPLIT = 5
_COMPOUND_HEAD = re.compile(r"-[А-Яа-яЁё]")
_NEXT_WORD = re.compile(r"\S+")    # a word after a colon, looked for near it only (a line of thousands of colons)
_LAT = re.compile(r"[A-Za-z]")
_MIN_LEN = 4            # shorter words have too many readings to choose one
# a name's initial glued to it («ЛиВ.», «ИвановИ.И.»): OCR dropped the space before the initial
_DOT_IN_WORDS = re.compile(r"(?<![\w.])([а-яё]{4,})\.([а-яё]{4,})(?![\w.])")
_DOT_IN_COMPOUND = re.compile(r"(?<![\w.])([А-Яа-яЁё]{2,})\.([А-Яа-яЁё]{2,})(?![\w.])")
_LETTER_A = re.compile(r"(?:^|(?<=[\s;:]))а\)\s")
# «6)» opening an item: at the start of a line or after punctuation, not after a word («подпункту 6)»)
_SIX_FOR_B = re.compile(r"(?:^|(?<=[;:.,]\s)|(?<=[;:.,]))6\)(?=\s)", re.M)
_ITEM_NO = re.compile(r"(?<!\w)(?:\d{1,2}|б)\)")      # an arabic item «5)», or a «б)» read right
# an e-mail or a web address: its parts are no words to mend, its dots no commas
_WEB = re.compile(r"(?<!\S)\S*(?:@|://|www\.)\S*", re.I)
# a colon between two words after a lead-in's colon (_list_colons): a list's «;»
_LIST_COLON = re.compile(r"(?<=[А-Яа-яЁё)»]):(?= [«А-Яа-яЁё])")
_MARKS = re.compile(r"[;:]")
_LABELLED = re.compile(r"[\d,]")    # what a label's colon opens: figures, or items of its own
_LEAD_WORDS = 4                  # «Потребности клиента», «Наименование процесса (услуги)»
_RETYPE_LEN = 7                  # shorter words have known neighbours one letter off too often
# ... and longer ones than any dictionary word have none: a run of letters OCR read in a rule or a
# smudge is not searched (each letter's 33 changes of a word that long are quadratic)
_RETYPE_MAX = 40
_UNSURE_WORD = re.compile(rf"^([^\wЁё]*)([А-Яа-яЁё]{{{_RETYPE_LEN},{_RETYPE_MAX}}})([^\wЁё]*)$")
_LETTERS = "абвгдежзийклмнопрстуфхцчшщъыьэюя"
_PROPER = {"Name", "Surn", "Patr", "Geox", "Orgn"}
_CAPITALS_TAIL = re.compile(r"^([А-ЯЁ]{2,})([а-яё])$")     # «ЦЗНс», «МФЦв»: a glued one-letter word
_GLUED_INITIAL = re.compile(r"(?<=[а-яё])(?=[А-ЯЁ]\.(?:\s?[А-ЯЁ]\.)?(?![А-Яа-яЁё]))")


class _Shapes:
    def __init__(self, data: dict):
        self.latin = {k: v for k, v in data["latin_lookalikes"].items()}
        self.digits = {str(k): v for k, v in data["digit_lookalikes"].items()}
        self.swaps: dict[str, list[str]] = {}
        for a, b in data["letter_confusions"]:
            self.swaps.setdefault(a, []).append(b)
            self.swaps.setdefault(b, []).append(a)
        self.tails = tuple(data["glued_tails"])
        # ... after an abbreviation: those that are no case ending of one («ЗАГСу», «ВУЗа»)
        self.capitals_tails = tuple(t for t in self.tails if t not in data["abbreviation_endings"])
        # every Latin reading of a Cyrillic letter, lower case, the two-letter ones first («ii» for «й»)
        readings = {k.lower(): v.lower() for k, v in {**data["latin_lookalikes"], **data["latin_readings"]}.items()}
        self.readings = readings
        # each letter as the first of the letters a scan confuses it with («э», «з», «в» and «3»
        # alike): two readings of one ink compared letter class by letter class
        groups: list[set[str]] = []
        for pair in [*data["letter_confusions"], *([d, c.lower()] for d, c in self.digits.items())]:
            joined = [g for g in groups if g & set(pair)]
            groups = [g for g in groups if g not in joined] + [set(pair).union(*joined)]
        self.classes = str.maketrans({ch: min(g) for g in groups for ch in g})
        self.reading = re.compile("|".join(sorted(map(re.escape, readings), key=len, reverse=True)))
        # initials after or before a Cyrillic name: «Соколова M.A.», «M. A. Соколова»
        letters = "".join(self.latin) + "А-ЯЁ"
        one = rf"[{letters}]\.\s?[{letters}]\."
        self.initials = re.compile(rf"(?<=[а-яё]{{2}} )({one})|({one})(?= ?[А-ЯЁ][а-яё]{{2}})")
        # a one-letter word between Cyrillic words is a Cyrillic preposition («заявка c сайта»)
        self.lone = re.compile(rf"(?<=[А-Яа-яЁё,] )([{''.join(self.latin)}])(?= [А-Яа-яЁё«])")


@vocabulary(_DATA, required=("latin_lookalikes", "latin_readings", "digit_lookalikes", "letter_confusions", "glued_tails",
                             "abbreviation_endings"))
def shapes(data: dict) -> _Shapes:
    return _Shapes(data)


def mend(text: str) -> str:
    """`text` with its misread words mended (see the module doc)."""
    if not text:
        return text
    text = mend_latin(text)
    if not _CYR.search(text):
        return text
    s = shapes()
    text = s.initials.sub(lambda m: m.group(0).translate(_latin_map()), text)
    text = s.lone.sub(lambda m: m.group(0).translate(_latin_map()), text)
    text = _GLUED_INITIAL.sub(" ", text)
    return _marks(_outside_web(text, lambda part: _words(_split_words(_DOT_IN_COMPOUND.sub(_dot_to_hyphen, part)))))


def _outside_web(text: str, fix) -> str:
    """`fix` applied to the text between e-mail and web addresses (_WEB), which stay as read."""
    out, at = [], 0
    for m in _WEB.finditer(text):
        out += [fix(text[at:m.start()]), m.group(0)]
        at = m.end()
    return "".join(out + [fix(text[at:])])


def _split_words(text: str) -> str:
    """A word OCR split by a space between its letters («консульт ирование»): two parts that are no
    dictionary words, the second in small letters, whose join is one of `_MIN_SPLIT` letters or more
    («по дача» stays: «по» is a word)."""
    tokens = list(_CYR_WORD.finditer(text))
    out, at = [], 0
    for a, b in zip(tokens, tokens[1:]):
        if a.start() < at or text[a.end():b.start()] != " " or not b.group(0).islower() \
                or not _plain_case(a.group(0)) or len(a.group(0)) + len(b.group(0)) < _MIN_SPLIT:
            continue
        joined = a.group(0) + b.group(0)
        # the parts first: almost every word is one, and the join is then never looked up
        if not _known(a.group(0)) and not _known(b.group(0)) and _known(joined):
            out += [text[at:a.end()], b.group(0)]
            at = b.end()
    return "".join(out + [text[at:]])


def _words(text: str) -> str:
    """Each word mended (_word); a Latin word beside another Latin word across a space is a
    Latin phrase («Hard copy», «Copy Center»), not a Russian word read in Latin letters."""
    tokens = list(_TOKEN.finditer(text))
    latin = [bool(_LAT.search(t.group(0))) and not _CYR.search(t.group(0)) for t in tokens]
    out, at = [], 0
    for i, t in enumerate(tokens):
        phrase = latin[i] and any(0 <= j < len(tokens) and latin[j] and text[min(t.end(), tokens[j].end()):
                                  max(t.start(), tokens[j].start())].isspace() for j in (i - 1, i + 1))
        word = t.group(0) if phrase else _word(t.group(0))
        if " " in word and _COMPOUND_HEAD.match(text, t.end()):
            word = t.group(0)           # a compound's first part («северо-», «медико-») is no word with «о» glued
        out += [text[at:t.start()], word]
        at = t.end()
    return "".join(out + [text[at:]])


def _marks(text: str) -> str:
    """Punctuation a scan misreads: a low quote «‚» is a comma; a dot between two known
    words with no space («информирование.консультирование»: a comma's tail lost) is the
    comma — no sentence ends so, and a domain's part is no dictionary word; a list's «;»
    read «:» after a lead-in's colon is «;» (_list_colons); «6)» after
    «а)» in the same text is «б)» (a list never runs а), 6))."""
    text = text.replace("\u201a", ",")
    text = _outside_web(text, lambda part: _DOT_IN_WORDS.sub(_dot_to_comma, part))
    text = "\n".join(map(_list_colons, text.split("\n")))
    a = _LETTER_A.search(text)
    if a is None:
        return text
    six = _SIX_FOR_B.search(text, a.end())
    # not in a list numbered 1)…6) that has an «а)» inside, nor where «б)» was read right
    if six is None or _ITEM_NO.search(text, a.end(), six.start()) or "б)" in text:
        return text
    return text[:six.start()] + "б" + text[six.start() + 1:]


def _list_colons(line: str) -> str:
    """«Потребности клиента: подача заявки: получение справки»: a «;» read as «:» (they differ by
    a tail the grain takes).  After a short lead-in's colon the line lists, and a list's items
    are set apart by «;», never by another lead-in's colon; a colon between words only (a
    time «9:00», an address «http://» keep theirs), and not one closing a label (_items_apart)."""
    lead, colon, rest = line.partition(": ")
    if not colon or not lead[:1].isalpha() or len(lead.split()) > _LEAD_WORDS:
        return line
    return f"{lead}: {_outside_web(rest, _items_apart)}"


def _items_apart(part: str) -> str:
    """Each list colon (_LIST_COLON) after an item of two words or more is its «;»; after one word
    it closes a label inside the item («многодетные: хочу путёвку», «безработный: встать на учёт»),
    and after a few that name someone before a deed or a question too (_label_of_words),
    and before figures or a list of its own too: what follows up to the next mark holds a digit (a
    time, a phone, an address: «понедельник – пятница: с 9.00 до 18.00», «отдел кадров: телефон
    8-800-…») or a comma (a group's items: «цифровые каналы: сайт, портал; офлайн-каналы: МФЦ»).
    One pass over the marks, each item measured from the mark before it to the one after."""
    out, at, start = [], 0, 0
    marks = list(_MARKS.finditer(part)) + [None]
    for m, after in zip(marks, marks[1:]):
        if m.group() == ":" and _LIST_COLON.match(part, m.start()) and len(part[start:m.start()].split()) >= 2 \
                and not _LABELLED.search(part, m.end(), after.start() if after else len(part)) \
                and not _label_of_words(part[start:m.start()].split(), _NEXT_WORD.findall(part, m.end(), m.end() + 60)):
            out += [part[at:m.start()], ";"]
            at = m.end()
        start = m.end()
    return "".join(out + [part[at:]])


def _label_of_words(before: list[str], after: list[str]) -> bool:
    """A label of a few words over the client's own words: the colon opens a deed or a question
    («семьи участников СВО: как оформить выплату», «жители района: подать жалобу») where the
    label names someone and no deed of its own («получить бланк: сдать документы» is a list)."""
    if not after or len(before) > _LEAD_WORDS - 1:
        return False
    return _deed_or_question(after[0]) and not _deed_or_question(before[0], questions=False)


def _deed_or_question(word: str, questions: bool = True) -> bool:
    from textcore.lemmas import morph   # natasha loads only when a scan needs it
    parses = [p for p in morph().parse(word.strip("«»\"(),.").lower()) if p.is_known]
    return bool(parses) and (parses[0].tag.POS in ("INFN", "VERB")
                             or questions and any("Ques" in p.tag for p in parses))


def _dot_to_hyphen(m: re.Match) -> str:
    """A hyphen read as a dot between a compound's parts, no space beside it: the dictionary knows the
    compound («северо.запад», «Нарьян.Мар», «кто.то»), or its first part is the «-о» form of an
    adjective before a full adjective («информационно.телекоммуникационной»): no list of two items
    runs so, and no sentence ends without a space after its dot."""
    a, b = m.group(1), m.group(2)
    compound = f"{a}-{b}"
    return compound if _morph_knows(compound) or _adjective_pair(a, b) else m.group(0)


def _morph_knows(word: str) -> bool:
    from textcore.lemmas import morph   # natasha loads only when a scan needs it
    return morph().word_is_known(word.lower())


def _adjective_pair(a: str, b: str) -> bool:
    if len(a) < _MIN_LEN or len(b) < _MIN_LEN or not a.endswith("о") or not a.islower() or not b.islower():
        return False
    from textcore.lemmas import morph
    m = morph()
    return any("ADJF" in p.tag for p in m.parse(b) if p.is_known) and \
        any({"ADJS", "ADVB"} & set(p.tag.grammemes) for p in m.parse(a) if p.is_known)


def _dot_to_comma(m: re.Match) -> str:
    """«информирование.консультирование» -> a comma; an abbreviation's dot («напр.», «прим.») stays."""
    a, b = m.group(1), m.group(2)
    return f"{a},{b}" if _known(a) and _known(b) and not is_abbreviation(a) else m.group(0)


@lru_cache(maxsize=1)
def _latin_map() -> dict:
    return str.maketrans(shapes().latin)


@lru_cache(maxsize=100_000)
def _word(word: str) -> str:
    s = shapes()
    if _LAT.search(word):
        # a word in both scripts is Cyrillic with look-alikes in it («Coкoлoвa»)
        if not _CYR.search(word):
            return _russian_of_latin(word) or word
        if any(ch.isalpha() and ch not in s.latin and not _CYR.match(ch) for ch in word):
            return _russian_of_latin(word) or word       # «npueм»: «n», «u» are OCR's, not a typist's
        return word.translate(_latin_map())
    if word[0] in s.digits and len(word) > _MIN_LEN - 1 and _CYR.match(word[1]) and word[1:].isalpha():
        fixed = s.digits[word[0]] + word[1:]
        return fixed if _known(fixed) else word
    glued = _CAPITALS_TAIL.match(word)
    if glued and glued.group(2) in s.capitals_tails and not _known(word):
        return f"{glued.group(1)} {glued.group(2)}"
    if not word.isalpha() or len(word) < _MIN_LEN or _known(word) or not _plain_case(word):
        return word
    return _glued(word) or _swapped(word) or word


def retyped(text: str) -> str:
    """A word OCR read unsurely (scan_ocr: under `retype_conf`) that the dictionary does not know:
    the one known word a single letter's change gives («пэограммного» -> «программного»: a
    letter the grain garbled beyond its look-alikes).  Only for words of `_RETYPE_LEN` letters or
    more, lower case or capitalised, punctuation around kept; the same change on a surely read
    word would take a name or a brand («Телеграм») for a dictionary word.  Not where a letter
    added or dropped gives a known word too (the change is then no one's: «Телеграм», a brand
    spelt short of «телеграмм», is no «Телеграф»), nor to a proper name alone (an unknown place
    or surname is no garbled other one: «Брянщина» no «Брянкина»)."""
    m = _UNSURE_WORD.match(text)
    if m is None or _known(m.group(2)) or not _plain_case(m.group(2)):
        return text
    word = m.group(2)
    lower = word.lower()
    found = {c for c in _one_letter(lower, changed=True) if _known(c)}
    if len(found) != 1 or any(_known(c) for c in _one_letter(lower, changed=False)):
        return text
    (cand,) = found
    if _proper_only(cand):
        return text
    return m.group(1) + (cand[0].upper() + cand[1:] if word[0].isupper() else cand) + m.group(3)


def _one_letter(word: str, changed: bool):
    """The spellings a single letter changed gives, or (changed=False) one letter added or dropped."""
    for i in range(len(word) + (0 if changed else 1)):
        if not changed and i < len(word):
            yield word[:i] + word[i + 1:]
        for ch in _LETTERS:
            if not changed:
                yield word[:i] + ch + word[i:]
            elif i < len(word) and ch != word[i]:
                yield word[:i] + ch + word[i + 1:]


def _proper_only(word: str) -> bool:
    """A word the dictionary knows only as a name, a surname, a patronymic, a place or an organisation."""
    from textcore.lemmas import morph   # natasha loads only when a scan needs it
    parses = [p for p in morph().parse(word) if p.is_known]
    return bool(parses) and all(_PROPER & set(p.tag.grammemes) for p in parses)


def as_cyrillic(word: str) -> str | None:
    """A word's Latin letters read as the Cyrillic ones OCR takes them for, in lower case
    («caiiT» -> «сайт»), or None where one reads as none («w», «l», «s») or a digit is in it."""
    s = shapes()
    lower = word.lower()
    out = s.reading.sub(lambda m: s.readings[m.group(0)], lower)
    return None if _LAT.search(out) or not out.isalpha() else out


def same_ink(a: str, b: str) -> bool:
    """Two readings of one word that differ only by script, case and the letters a scan confuses:
    «BK» and «ВК», «noc» and «ПОС», «CM3B» and «СМЭВ» (the letters look alike in either script)."""
    s = shapes()
    fold = lambda t: s.reading.sub(lambda m: s.readings[m.group(0)], t.lower()).translate(s.classes)  # noqa: E731
    return fold(a) == fold(b)


def _russian_of_latin(word: str) -> str | None:
    """A word in Latin letters, wholly or partly, that is a known Russian word of four letters or
    more when they are read as the Cyrillic ones they look like («caiiT» -> «сайт», rus+eng's
    reading of a Russian word; «npueм»): a Latin word of print («Telegram», «email») has
    letters that look like none."""
    cyr = as_cyrillic(word)
    if cyr is None or len(cyr) < _MIN_LEN or not _known(cyr):
        return None
    return cyr[0].upper() + cyr[1:] if word[0].isupper() and word[1:].islower() else cyr


def _plain_case(word: str) -> bool:
    """lower case or Capitalised: an abbreviation («ЕГАИС») or a brand («ВКонтакте») stays."""
    return word[1:].islower()


@lru_cache(maxsize=100_000)
def _known(word: str) -> bool:
    return is_known(word.replace("ё", "е")) or is_known(word)


def _glued(word: str) -> str | None:
    """«связис» -> «связи с»: a known word with a one-letter word glued on."""
    head, tail = word[:-1], word[-1]
    if tail in shapes().tails and len(head) >= 3 and _known(head):
        return f"{head} {tail}"
    return None


def _swapped(word: str) -> str | None:
    """The one known word a single swap of look-alike letters gives."""
    found = set()
    lower = word.lower()
    for i, ch in enumerate(lower):
        for alt in shapes().swaps.get(ch, ()):
            cand = lower[:i] + alt + lower[i + 1:]
            if _known(cand):
                found.add(cand)
                if len(found) > 1:
                    return None
    if len(found) != 1:
        return None
    (cand,) = found
    return cand[0].upper() + cand[1:] if word[0].isupper() else cand
