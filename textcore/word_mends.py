"""Words spoilt by hurried typing or by a converter, mended before a phrase's words are read.

Every reader that takes a phrase's lemmas (`textcore.lemmas.lemmas`: headings, processes, roadmap
milestones, lead-ins, header words) and the phrase reader of needs and channels
(`normalizers/phrase.py`) share this one step, `mend_case` then `mend_words` in `normalize`:

* Latin look-alike letters in a Russian word made Cyrillic («инфоpмация»: `lookalike.py`), and a
  word run into a capitalised one set apart («министраКодзоев», «сайтГКУ»; a capitalised word
  only before a person's name or after a dictionary word, «МинистрМамедов», «СистемаВКС», so
  that a firm's name in camel case, «КонсультантПлюс», stays whole): `mend_case`, while the
  letters' case shows;
* a word broken by a hyphen joined where the whole is a dictionary word — at a line's end, a
  space or a line break after the hyphen («инфор- мация», «раз- вития», «Получе-\\nние»), or left
  inside the word once the lines were joined («инфор-мация», «обрат-ной») unless the dictionary
  writes the word with a hyphen («пол-литра»; «интернет-приёмная», no whole word, keeps it);
* two words run together split («населениягорода», «Получениеинформации»), where the whole is
  no dictionary word (nor a word of the domain it lacks, `data/domain_words.yaml`) and exactly one split gives two dictionary words (of four letters or more
  but for a preposition, conjunction or pronoun: «телеграм» is no «телег рам»);
  a first half ending in «о» or one that does not decline is taken for a compound's first stem
  («автоинформатор», «самообследование») and no split is made, nor of a capitalised word beside
  a person's initials or patronymic (a surname: «О. А. Кувшинников»).

A mend is the reading the text's writer meant, not a guess among several: one join, one split,
or none.  What a word cut short stands for («инф-ции», «конс.») is a guess and stays with the
phrase reader, which scores it below review (`normalizers/cut_words.py`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from pathlib import Path

from .clean import unclosed_brackets
from .lookalike import fix_lookalikes
from .vocab import vocabulary

# a hyphen inside a word, a line break or spaces after it: from a word's start only, so that a
# long run of letters is scanned once (not from each of its letters: quadratic)
# (the spaces before a line break and after it as one optional group and one run: two runs around
# an optional break backtrack quadratically over a run of spaces with no word after it)
_HYPHENATED = re.compile(r"(?<![А-Яа-яЁё])([А-Яа-яЁё]+)-((?:[ \t]*\n)?[ \t]*)([а-яё]+)")
_NAMES = {"Abbr", "Name", "Surn", "Patr", "Orgn", "Geox", "Init"}
# a run of letters worth trying as two words run together: longer ones (a spoiled cell) are not
# tried, each split would be read and cached
_GLUED = re.compile(r"(?<![А-Яа-яЁёA-Za-z0-9])[а-яё]{7,40}(?![А-Яа-яЁёA-Za-z0-9])")
_MIN_HALF = 3
_PERSON = {"Surn", "Name", "Patr"}
_RARE_HALF = frozenset({"GRND", "ADJS", "PRTS", "INTJ", "PRED", "COMP"})


# a lower-case word run into a capitalised one or an abbreviation («министраКодзоев», «сайтГКУ»,
# «окноМФЦ»): a word begun in lower case, three letters at least before the capital, so that a
# name written in camel case stays whole, with short parts («ВКонтакте», «ГосЖилИнспекция») or
# long ones («КонсультантПлюс», «СберБанк»: a name begins with its capital)
_CAMEL = re.compile(r"(?<![А-ЯЁа-яё])[а-яё]{3,}(?=[А-ЯЁ])")
# a capitalised word run into a person's name («МинистрМамедов», «ИсаевМихаил», «АннаВикторовна»)
# or a dictionary word into an abbreviation («СайтГАУ», «СистемаВКС»): set apart where the part
# after the capital is a first name, patronymic or surname to the dictionary, or the part before
# an abbreviation a dictionary word, which a firm's name in camel case is not («КонсультантПлюс»,
# «СберБанк», «ГосСОПКА»)
_CAMEL_NAME = re.compile(r"[А-ЯЁ][а-яё]{2,}(?=([А-ЯЁ](?:[а-яё]+|[А-ЯЁ]+(?![а-яё]))))")


@vocabulary(Path(__file__).parent / "data" / "domain_words.yaml", required=("words",))
def _domain_words(data: dict) -> frozenset[str]:
    return frozenset(str(w).lower().replace("ё", "е") for w in data["words"])


@lru_cache(maxsize=1)
def _domain_stems() -> tuple[str, ...]:
    """The domain words less their last two letters: what any of their forms starts with."""
    return tuple(sorted({w[:-2] for w in _domain_words()}))


def _morph():
    from .lemmas import morph     # lemmas imports this module: its morphology object, at call time
    return morph()


@lru_cache(maxsize=20_000)
def _parses(word: str) -> tuple:
    """The dictionary's first three readings of a lower-case word (one analysis per word)."""
    return tuple(_morph().parse(word)[:3])


@lru_cache(maxsize=20_000)
def common_word(word: str) -> bool:
    """A dictionary word, not only an abbreviation or a name ("ции", "информа"); or a form of a
    word of the domain the dictionary lacks («клиентоцентричности», «реинжиниринга»:
    data/domain_words.yaml)."""
    parses = _morph().parse(word.lower())
    if any(p.is_known and not (_NAMES & p.tag.grammemes) for p in parses):
        return True
    return _domain_word(parses)


def _domain_word(parses) -> bool:
    return any(p.normal_form.replace("ё", "е") in _domain_words() for p in parses[:2])


def _join_word(m: re.Match) -> str:
    left, right = m.group(1), m.group(3)
    # two words are a compound, its hyphen kept: of four letters or more each, also where a line
    # broke it («организационно-методической», «социально- экономического»), or shorter where
    # the dictionary's first reading of the whole is only a guess («чат-бот»; «обрат-ной» joins)
    if common_word(left) and common_word(right) and (min(len(left), len(right)) >= 4
                                                     or not _parses((left + right).lower())[0].is_known):
        return f"{left}-{right}"
    # a space or a line break after the hyphen: a line's end, whatever the halves are («раз-
    # вития»); a hyphen alone joins a word the dictionary knows written with it («пол-литра»)
    if common_word(left + right) and (m.group(2) or not common_word(f"{left}-{right}")):
        return left + right
    return f"{left}-{right}" if "\n" in m.group(2) else m.group(0)


def join_hyphenated(text: str) -> str:
    """Words broken by a hyphen (at a line end, or typed) joined where the whole is a
    dictionary word and, for a hyphen with nothing after it, the word is not one written with a
    hyphen («пол-литра»; "интернет-\nприёмная" keeps its hyphen, losing the line break)."""
    return _HYPHENATED.sub(_join_word, text) if "-" in text else text


# a capitalised word broken by a hyphen, its tail in lower case («Григо- рьев», «Хабибу-ллина»): a
# double surname capitalises both parts («Волкова-Ромашова»)
_NAME_BROKEN = re.compile(r"(?<![А-Яа-яЁё])([А-ЯЁ][а-яё]+)-([ \t]*)([а-яё]+)(?![А-Яа-яЁё-])")
_INITIALS_BEFORE = re.compile(r"[А-ЯЁ]\. ?[А-ЯЁ]\. ?$")
# (matched at the word's end: no «^», which matches only at the string's start)
_INITIALS_AFTER = re.compile(r" ?[А-ЯЁ]\.")


def _join_name(m: re.Match) -> str:
    whole = m.group(1) + m.group(3)
    if any(_PERSON & p.tag.grammemes for p in _morph().parse(whole.lower())[:3]):
        return whole
    text = m.string
    # beside initials: a name broken at a line's end, or a typed hyphen but for a post's compound
    # of two words («Иванова О.А. Специалист-эксперт», «Специалист-эксперт А.А. Иванова»)
    beside = _INITIALS_AFTER.match(text, m.end()) or _INITIALS_BEFORE.search(text[max(0, m.start() - 6):m.start()])
    if beside and (m.group(2) or not (common_word(m.group(1)) and common_word(m.group(3)))):
        return whole
    return m.group(0)


def join_broken_names(text: str) -> str:
    """A person's name broken by a hyphen joined («Григо- рьев С.Н.», «Комарова Галина Пет- ровна»):
    a capitalised word whose lower-case tail after the hyphen makes it a name, or that stands
    beside initials (no dictionary knows every surname)."""
    return _NAME_BROKEN.sub(_join_name, text) if "-" in text else text


def _first_stem(word: str) -> bool:
    """A compound's first stem rather than a word of its own: «авто», «само», «видео»."""
    return word.endswith("о") or any("Fixd" in p.tag for p in _parses(word)[:2])


def _half(word: str, last: bool = False) -> bool:
    """A half of two glued words: a dictionary word of four letters or more (five for the last), or
    a shorter preposition, conjunction or pronoun («для», «или»): «телег|рам» is no split of «телеграм»."""
    # a dictionary lookup first, no analysis: most of a long word's splits are no words at all
    if not _listed(word) or not common_word(word):
        return False
    pos = _parses(word)[0].tag.POS
    # a gerund, a short form or an interjection seldom opens or closes a table's phrase: «админ|истратив»
    # (a word cut by a line's end, «административ») is no split
    # a last half of four letters is as often a longer word's own ending: «кувшин|ников» no, «шина», «стер»
    return pos not in _RARE_HALF and (len(word) >= 4 + last or pos in ("PREP", "CONJ", "PRCL", "NPRO"))


@lru_cache(maxsize=20_000)
def split_glued(word: str) -> str | None:
    """Two words run together, "населениягорода" -> "населения города", or None (`mend_words`)."""
    # a word the dictionary knows (a lookup, no analysis: most words), or one it guesses to be a
    # name («Хабибуллина»): whole
    if _morph().word_is_known(word):
        return None
    # the cuts whose halves are listed words at all (lookups, no analysis): a rare word or a name
    # with none is not analysed (the analysis of a word the dictionary lacks is its dearest step)
    cuts = [i for i in range(_MIN_HALF, len(word) - _MIN_HALF + 1) if _listed(word[:i]) and _listed(word[i:])]
    # a one-letter preposition run into its word («всоответствии») is one more way to read it:
    # «вредакции» is «в редакции» or «вред акции», so neither
    prep = word[0] in "вкосу" and len(word) > 5 and _listed(word[1:])
    if not cuts and not prep:
        return None
    parses = _parses(word)
    if _domain_word(parses) or any(_PERSON & p.tag.grammemes for p in parses):
        return None
    fits = [f"{word[:i]} {word[i:]}" for i in cuts
            if _half(word[:i]) and _half(word[i:], last=True) and not _first_stem(word[:i])]
    if prep and common_word(word[1:]):
        fits.append(f"{word[0]} {word[1:]}")
    return fits[0] if len(fits) == 1 else None


def _listed(word: str) -> bool:
    """A word the dictionary holds, or a form of a word of the domain it lacks (a lookup)."""
    return _morph().word_is_known(word) or word.startswith(_domain_stems())


def _unglue(m: re.Match) -> str:
    return split_glued(m.group()) or m.group()


# a cell's text wholly in one pair of quotes and none inside: a CSV export's quoting of the cell
_WHOLE_QUOTED = re.compile(r'^\s*(["«“„\'])([^"«»“”„\']+)(["»”“\'])\s*$')
_PAIRS = {('"', '"'), ("«", "»"), ("“", "”"), ("„", "“"), ("„", "”"), ("'", "'")}


def unquote_cell(text: str) -> str:
    """A cell written wholly in one pair of quotes with none inside, as a CSV export quotes a
    cell ('"Министр культуры Тюрина Л.Г."'), without them; any other text as it is."""
    m = _WHOLE_QUOTED.match(text or "")
    return m.group(2).strip() if m and (m.group(1), m.group(3)) in _PAIRS else text


_CAPS_WORD = re.compile(r"[А-ЯЁ]{2,}")
_LOWER = re.compile(r"[а-яё]")
# a surname beside initials, after them or else before them (a word from its start only: a long run of capitals is read once)
_BEFORE_INITIALS = re.compile(r"(?<![А-ЯЁ])[А-ЯЁ]{2,}(?= ?[А-ЯЁ]\. ?[А-ЯЁ]\.(?! ?[А-ЯЁ]{2}))")
_AFTER_INITIALS = re.compile(r"(?<![А-ЯЁ])[А-ЯЁ]\. ?[А-ЯЁ]\. ?([А-ЯЁ]{2,})")


def _recase_word(m: re.Match) -> str:
    word = m.group()
    low = word.lower()
    parses = _morph().parse(low)[:3]
    if any(_PERSON & p.tag.grammemes for p in parses):
        return word[0] + low[1:]                    # a name (or a word that may be one): «Вера», «Петровна»
    if common_word(low):
        return low
    # a word the dictionary lacks: a short one is an abbreviation («ГКУ», «ЦЗН»), a longer one a name
    return word if len(word) <= 4 else word[0] + low[1:]


def recase_capitals(text: str) -> str:
    """A text typed wholly in capitals («НАЧАЛЬНИК ОТДЕЛА ИСАЕВ МИХАИЛ ПЕТРОВИЧ») with its words in
    their usual case: a name's words capitalised, an abbreviation kept, other words lower case.
    Each letter stays where it was (a reader may take a span of it back from the text as written).
    Any text with a lower-case letter is returned as it is."""
    if not text or _LOWER.search(text) or not _CAPS_WORD.search(text):
        return text
    out = list(_CAPS_WORD.sub(_recase_word, text))
    # a common word before a first name and a patronymic is a surname («ЛЕБЕДЬ ОКСАНА ОЛЕГОВНА»),
    # unless a name follows them («… ОБРАЗОВАНИЯ САРГЫЛАНА ПЕТРОВНА МЕСТНИКОВА»)
    ws = list(_CAPS_WORD.finditer(text))
    for i, (w, first, patr) in enumerate(zip(ws, ws[1:], ws[2:])):
        after = ws[i + 3] if i + 3 < len(ws) else None
        if _is(first.group(), "Name") and _is(patr.group(), "Patr") and not (after and out[after.start()].isupper()):
            out[w.start()] = w.group()[0]
    # a word next to initials is a surname («МЕЛЬНИК Т.В.», «Б.А. ТАМБИЕВ»)
    for at in [m.start() for m in _BEFORE_INITIALS.finditer(text)] + [m.start(1) for m in _AFTER_INITIALS.finditer(text)]:
        out[at] = text[at]
    return "".join(out)


def _is(word: str, grammeme: str) -> bool:
    return any(grammeme in p.tag.grammemes for p in _morph().parse(word.lower())[:3])


# a short word in capitals not cut before a dot: maybe an abbreviation («МФЦ», «ЕПГУ»; «ИНФ.» is a cut word)
_SHORT_CAPS = re.compile(r"(?<![А-ЯЁа-яё])[А-ЯЁ]{2,4}(?![А-ЯЁа-яё.])")


def lower_capitals(text: str) -> str:
    """A phrase typed wholly in capitals («А) ПОЛУЧЕНИЕ БЛАНКОВ; Б) ПОДАЧА ЗАЯВКИ В МФЦ») in lower
    case but for its abbreviations (a short word the dictionary lacks): the readers of needs tell
    where a need starts, a name or an abbreviation by capitals, which such a cell gives everywhere.
    Any text with a lower-case letter is returned as it is."""
    if not text or _LOWER.search(text) or not _CAPS_WORD.search(text):
        return text
    out = list(text.lower())
    for m in _SHORT_CAPS.finditer(text):
        if not common_word(m.group().lower()):
            out[m.start():m.end()] = m.group()
    return "".join(out)


@lru_cache(maxsize=65_536)
def mend_case(text: str) -> str:
    """What can be mended while the letters' case still shows: look-alike Latin letters made
    Cyrillic, a word run into a capitalised one («министраКодзоев») or into a name
    («МинистрМамедов», «ИсаевМихаилПетрович») set apart."""
    if not text:
        return text
    text = fix_lookalikes(text)
    text = _CAMEL.sub(r"\g<0> ", text) if _CAMEL.search(text) else text
    return _CAMEL_NAME.sub(_name_joint, text) if _CAMEL_NAME.search(text) else text


def _name_joint(m: re.Match) -> str:
    after = m.group(1)
    if after.isupper():
        return m.group() + " " if common_word(m.group().lower()) else m.group()
    return m.group() + " " if any(_PERSON & p.tag.grammemes for p in _parses(after.lower())) else m.group()


# a capitalised word beside a person's initials («О. А. Кувшинников», «Кувшинников О.А.») or
# patronymic («Кувшинников Олег Андреевич», «Олег Андреевич Кувшинников») is a surname, which no
# dictionary holds whole: no two words run together.  (A capitalised word inside a sentence is
# as often a region's or an office's word glued to the next, «в Курскойобласти», «Губернатораобласти»:
# split as any other.)
_PATRONYMIC = r"[А-ЯЁ][а-яё]+(?:вич|вна|ична|инична|ич)"
_NAME_BEFORE = re.compile(r"(?:[А-ЯЁ]\.[ \t]?[А-ЯЁ]\.|" + _PATRONYMIC + r")[ \t]*$")
_NAME_AFTER = re.compile(r"[ \t]?[А-ЯЁ]\.[ \t]?[А-ЯЁ]\.|[ \t]+[А-ЯЁ][а-яё]+[ \t]+" + _PATRONYMIC + r"(?![а-яё])")


def _named(cased: str, start: int, end: int) -> bool:
    """Whether the word at [start, end) of the text as written is a surname beside its initials or
    patronymic."""
    return cased[start:start + 1].isupper() and bool(_NAME_BEFORE.search(cased, max(0, start - 30), start)
                                                     or _NAME_AFTER.match(cased, end))


def mend_words(text: str, cased: str = "") -> str:
    """(Not cached: its one caller, `lemmas.normalize`, caches per text.)  A lower-case text (`lemmas.normalize`'s) with a bracket never closed dropped, hyphen-broken
    words joined and words run together set apart, but for the words the text as written, `cased`
    (letter for letter), shows to be surnames (`_named`: a split of a name would be a guess)."""
    if not text:
        return text
    # (more «(» than «)»: the one cheap sign that a bracket may be left open)
    if text.count("(") > text.count(")") and (opened := unclosed_brackets(text)):
        # a bracket opened and never closed («… и (получение результата»): its words read on as
        # the phrase's own, not as a remark that runs to the end and hides them
        for k in reversed(opened):
            text = (text[:k].rstrip() + " " + text[k + 1:].lstrip()).strip()
    text = join_hyphenated(text)
    # (`cased` read letter for letter while no mend above took a letter out: each only shortens)
    return _GLUED.sub(_unglue if len(cased) != len(text) else
                      lambda m: _unglue(m) if not _named(cased, m.start(), m.end()) else m.group(), text)
