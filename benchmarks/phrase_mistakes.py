"""Writing mistakes of hurried and converted tables, each a general rule applied to any phrase.

Each kind is a function `(phrase, rng) -> phrase` (the same phrase back where the kind has
nothing to act on: no noun, no long word, no comma).  Which word a kind touches is drawn by
the seeded `rng`, never chosen per phrase.  The examples in the comments are from public acts
(the real orders' tune halves under tests/data/real*, and the pages named), or, where noted,
from pools12, whose writer typed these mistakes on purpose.  Four kinds have no example in the
real acts' open halves (tune … tune9, 282 texts, searched by rule in rev14d: a word unknown to the
dictionary that a last letter added makes known; a hyphen inside a word whose halves are no words
but the whole is; «мфц», «госуслуги», «гку» in lower case): `lost_ending`, `hyphen_glue`, `lower`,
and `case_ending` (not searchable by rule: a case that does not fit its place needs the grammar).
They stand on pools12 and on the converters' habits alone; weigh their figures so.

    from benchmarks.phrase_mistakes import KINDS
    KINDS["hyphen_space"]("информация о сроках", random.Random(1))   # "инфор- мация о сроках"
"""
from __future__ import annotations

import random
import re
from typing import Callable

from pymorphy2.analyzer import Parse

from textcore.lemmas import morph

_WORD = re.compile(r"[А-Яа-яЁё]+")
_VOWELS = set("аеёиоуыэюяАЕЁИОУЫЭЮЯ")
_LOOKALIKE = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y",
              "А": "A", "Е": "E", "О": "O", "Р": "P", "С": "C", "Х": "X", "Т": "T", "М": "M", "Н": "H", "К": "K"}


def _words(phrase: str, min_len: int = 1) -> list[re.Match]:
    return [m for m in _WORD.finditer(phrase) if len(m.group()) >= min_len]


def _replace(phrase: str, m: re.Match, new: str) -> str:
    return phrase[:m.start()] + new + phrase[m.end():]


def _same_case(model: str, word: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def case_ending(phrase: str, rng: random.Random) -> str:
    """A noun in a case its place does not take («консультацию по программе», «подачу
    заявления» for the nominative of a list item: pools12 only): one noun drawn, put in another
    of nominative, genitive, dative, accusative."""
    nouns = []
    for m in _words(phrase, 4):
        p = morph().parse(m.group().lower())[0]
        if p.tag.POS == "NOUN" and p.tag.case and not {"Name", "Surn", "Geox", "Orgn"} & p.tag.grammemes:
            nouns.append((m, p))
    if not nouns:
        return phrase
    m, p = rng.choice(nouns)
    cases = [c for c in ("nomn", "gent", "datv", "accs") if c != p.tag.case]
    rng.shuffle(cases)
    for case in cases:
        # pymorphy2's own inflection, in its grammemes (natasha's wrapper takes UD's)
        f = Parse.inflect(p, {case, p.tag.number} if p.tag.number else {case})
        if f and f.word != m.group().lower():
            return _replace(phrase, m, _same_case(m.group(), f.word))
    return phrase


def lost_ending(phrase: str, rng: random.Random) -> str:
    """A word's last letter lost in haste («предоставлени объекта»: pools12 only, none in the real acts)."""
    ws = _words(phrase, 6)
    if not ws:
        return phrase
    m = rng.choice(ws)
    return _replace(phrase, m, m.group()[:-1])


def yo(phrase: str, rng: random.Random) -> str:
    """ё written е («приемная», «телефон доверия учреждений» in most acts' web copies) and an е
    written ё where none belongs."""
    if "ё" in phrase or "Ё" in phrase:
        return phrase.replace("ё", "е").replace("Ё", "Е")
    es = [i for i, ch in enumerate(phrase) if ch == "е"]
    if not es:
        return phrase
    i = rng.choice(es)
    return phrase[:i] + "ё" + phrase[i + 1:]


def _break_at(word: str, rng: random.Random) -> int | None:
    """A syllable boundary of a long word (each side keeps a vowel and two letters)."""
    spots = [i for i in range(3, len(word) - 2)
             if any(c in _VOWELS for c in word[:i]) and any(c in _VOWELS for c in word[i:])
             and word[i] not in "ьъйЬЪЙ" and (word[i - 1] in _VOWELS or word[i] not in _VOWELS)]
    return rng.choice(spots) if spots else None


def _hyphen(phrase: str, rng: random.Random, joint: str) -> str:
    ws = _words(phrase, 8)
    if not ws:
        return phrase
    m = rng.choice(ws)
    i = _break_at(m.group(), rng)
    return phrase if i is None else _replace(phrase, m, m.group()[:i] + joint + m.group()[i:])


def hyphen_space(phrase: str, rng: random.Random) -> str:
    """A line-end hyphen left in a copied cell, its line break turned into a space
    («законодатель- ством», real/tune/moscow_gov_345pp; «государ- ственной», real/tune4/lipetsk_adm_34)."""
    return _hyphen(phrase, rng, "- ")


def hyphen_glue(phrase: str, rng: random.Random) -> str:
    """A line-end hyphen left inside the word once the lines were joined («инфор-мация»,
    «Консульти-рование»: normalizers/phrase.py's own examples from PDF cells; none in the real acts'
    texts, which are stored with their lines joined clean)."""
    return _hyphen(phrase, rng, "-")


_QUOTE_PAIRS = (("«", "»"), ('"', '"'), ("„", "“"), ("“", "”"), ("'", "'"))


def quotes(phrase: str, rng: random.Random) -> str:
    """Quotes of another kind (straight: «"О защите населения"», real/tune/altai_adm_449; «Центры
    госуслуг "Мои документы"», the Mordovian ministry of agriculture's order 48-П of 12.02.2024 on
    base.garant.ru/408537767; „…“ and “…” from word processors), or the whole cell quoted (a CSV
    export's quoting)."""
    left, right = rng.choice(_QUOTE_PAIRS[1:])
    marks = list(re.finditer('[«»"“”„]', phrase))
    if not marks:
        return f"{left}{phrase}{right}"
    out = list(phrase)
    for m in marks:      # an opening mark where the text opens a quote, a closing one where it closes
        ch = m.group()
        opens = ch in "«„" or (ch in '"“' and (m.start() == 0 or not phrase[m.start() - 1].isalnum()))
        out[m.start()] = left if opens else right
    return "".join(out)


def lower(phrase: str, rng: random.Random) -> str:
    """All in lower case, proper names and abbreviations too («мфц», «госуслуги»: none in the real acts)."""
    return phrase.lower()


def upper(phrase: str, rng: random.Random) -> str:
    """ALL IN CAPITALS («АДМИНИСТРАЦИЯ АЛТАЙСКОГО КРАЯ», real/tune/altai_adm_449; whole rows of a
    table typed so: pools12)."""
    return phrase.upper()


def numbering(phrase: str, rng: random.Random) -> str:
    """A stray item number or bullet left before a cell's text («1)», «а.», «б)», «-», «•»:
    «• ТЕКСТ ДОКУМЕНТА», real/tune/perm_governor_ukaz_164; «1) офиц. сайт»: pools12)."""
    return rng.choice(("1) ", "2. ", "а. ", "б) ", "- ", "• ", "– ")) + phrase


def trailing(phrase: str, rng: random.Random) -> str:
    """A list's punctuation left at the cell's end, or a space before it («… объекта ;»)."""
    return phrase.rstrip() + rng.choice((".", ";", ",", " .", " ;", ":"))


def spacing(phrase: str, rng: random.Random) -> str:
    """No space after a comma («военную службу,с 1 января», real/tune/saratov_governor_235) or
    two spaces between words («В соответствии  с  Федеральным», real/tune/altai_adm_449)."""
    if ", " in phrase and rng.random() < 0.5:
        return phrase.replace(", ", ",")
    gaps = [m.start() for m in re.finditer(" ", phrase)]
    if not gaps:
        return phrase
    i = rng.choice(gaps)
    return phrase[:i] + "  " + phrase[i + 1:]


def glued(phrase: str, rng: random.Random) -> str:
    """A word run into the next, the space lost by a converter joining two lines («призываграждан»,
    «учетграждан», real/tune/saratov_governor_235; «рамкахосуществления», «антитеррористическиекомиссии»,
    real/tune2/arkh_governor_ukaz_12sep; and run into a capitalised one, «образованийАрхангельской»,
    the same act; «утвержденииПравил», real/tune2/kursk_adm_822pa)."""
    gaps = [m.start() for m in re.finditer(r"(?<=[А-Яа-яЁё]{3}) (?=[А-Яа-яЁё]{3})", phrase)]
    if not gaps:
        return phrase
    i = rng.choice(gaps)
    return phrase[:i] + phrase[i + 1:]


def latin(phrase: str, rng: random.Random) -> str:
    """Latin letters drawn like Cyrillic ones typed into Russian words («Утратилo силу» with a Latin
    «o», real/tune/saratov_governor_235 and tune4/vladimir_governor_713): one look-alike letter in each of
    one or two words."""
    ws = [m for m in _words(phrase, 3) if any(c in _LOOKALIKE for c in m.group())]
    out = phrase
    for m in rng.sample(ws, min(len(ws), 2)):
        spots = [i for i, c in enumerate(m.group()) if c in _LOOKALIKE]
        i = m.start() + rng.choice(spots)
        out = out[:i] + _LOOKALIKE[out[i]] + out[i + 1:]
    return out


def abbreviations(phrase: str, rng: random.Random) -> str:
    """«в т.ч.», «и т.д.» («в т.ч. 2014 год», real/tune4/khakassia_beya_nonumber): «в том числе»
    and «и так далее» written short where the phrase has them, else «и т.д.» / «и др.» / «и т.п.»
    closing the phrase."""
    if "в том числе" in phrase:
        return phrase.replace("в том числе", rng.choice(("в т.ч.", "в т. ч.")))
    return phrase.rstrip(" ;") + rng.choice((" и т.д.", ", и т.д.", " и др.", " и т.п."))


def unclosed(phrase: str, rng: random.Random) -> str:
    """A parenthesis opened and never closed («(в редакции постановления Правительства Республики
    Дагестан» to the line's end, real/tune/dagestan_gov_180_stamp): an existing «)» dropped, else
    the last one or two words put in an open bracket."""
    if ")" in phrase:
        i = phrase.rfind(")")
        return phrase[:i] + phrase[i + 1:]
    ws = _words(phrase, 3)
    if len(ws) < 3:
        return phrase
    m = ws[-rng.choice((1, 2))]
    return phrase[:m.start()] + "(" + phrase[m.start():]


KINDS: dict[str, Callable[[str, random.Random], str]] = {
    f.__name__: f for f in (case_ending, lost_ending, yo, hyphen_space, hyphen_glue, quotes, lower, upper,
                            numbering, trailing, spacing, glued, latin, abbreviations, unclosed)}
