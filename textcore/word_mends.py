"""Words spoilt by hurried typing or by a converter, mended before a phrase's words are read.

Every reader that takes a phrase's lemmas (`textcore.lemmas.lemmas`: headings, processes, roadmap
milestones, lead-ins, header words) and the phrase reader of needs and channels
(`normalizers/phrase.py`) share this one step, `mend_case` then `mend_words` in `normalize`:

* Latin look-alike letters in a Russian word made Cyrillic («инфоpмация»: `lookalike.py`), and a
  word run into a capitalised one set apart («министраКодзоев», «сайтГКУ»): `mend_case`, while
  the letters' case shows;
* a word broken by a hyphen joined where the whole is a dictionary word — at a line's end, a
  space or a line break after the hyphen («инфор- мация», «раз- вития», «Получе-\\nние»), or left
  inside the word once the lines were joined («инфор-мация») where its halves are not both words
  («интернет-приёмная» keeps its hyphen);
* two words run together split («населениягорода», «Получениеинформации»), where the whole is
  no dictionary word (nor a word of the domain it lacks, `data/domain_words.yaml`) and exactly one split gives two dictionary words (of four letters or more
  but for a preposition, conjunction or pronoun: «телеграм» is no «телег рам»);
  a first half ending in «о» or one that does not decline is taken for a compound's first stem
  («автоинформатор», «самообследование») and no split is made.

A mend is the reading the text's writer meant, not a guess among several: one join, one split,
or none.  What a word cut short stands for («инф-ции», «конс.») is a guess and stays with the
phrase reader, which scores it below review (`normalizers/cut_words.py`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from pathlib import Path

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


# a lower-case word run into a capitalised one or an abbreviation («министраКодзоев», «сайтГКУ»,
# «окноМФЦ»): three lower-case letters before the capital, so that a name written in camel case
# with short parts («ВКонтакте», «РосРеестр», «ГосЖилИнспекция») stays whole
_CAMEL = re.compile(r"(?<=[а-яё]{3})(?=[А-ЯЁ])")


@vocabulary(Path(__file__).parent / "data" / "domain_words.yaml", required=("words",))
def _domain_words(data: dict) -> frozenset[str]:
    return frozenset(str(w).lower().replace("ё", "е") for w in data["words"])


def _morph():
    from .lemmas import morph     # lemmas imports this module: its morphology object, at call time
    return morph()


@lru_cache(maxsize=20_000)
def common_word(word: str) -> bool:
    """A dictionary word, not only an abbreviation or a name ("ции", "информа"); or a form of a
    word of the domain the dictionary lacks («клиентоцентричности», «реинжиниринга»:
    data/domain_words.yaml)."""
    parses = _morph().parse(word.lower())
    if any(p.is_known and not (_NAMES & p.tag.grammemes) for p in parses):
        return True
    return any(p.normal_form.replace("ё", "е") in _domain_words() for p in parses[:2])


def _join_word(m: re.Match) -> str:
    left, right = m.group(1), m.group(3)
    # a space or a line break after the hyphen: a line's end, whatever the halves are («раз-
    # вития»); a hyphen alone may join two words («интернет-приёмная»)
    if common_word(left + right) and (m.group(2) or not (common_word(left) and common_word(right))):
        return left + right
    return f"{left}-{right}" if "\n" in m.group(2) else m.group(0)


def join_hyphenated(text: str) -> str:
    """Words broken by a hyphen (at a line end, or typed) joined where the whole is a
    dictionary word and, for a hyphen with nothing after it, the halves are not both words
    ("интернет-\nприёмная" keeps its hyphen, losing the line break)."""
    return _HYPHENATED.sub(_join_word, text) if "-" in text else text


def _first_stem(word: str) -> bool:
    """A compound's first stem rather than a word of its own: «авто», «само», «видео»."""
    return word.endswith("о") or any("Fixd" in p.tag for p in _morph().parse(word)[:2])


def _half(word: str) -> bool:
    """A half of two glued words: a dictionary word of four letters or more, or a shorter
    preposition, conjunction or pronoun («для», «или»): «телег|рам» is no split of «телеграм»."""
    if not common_word(word):
        return False
    return len(word) >= 4 or _morph().parse(word)[0].tag.POS in ("PREP", "CONJ", "PRCL", "NPRO")


@lru_cache(maxsize=20_000)
def split_glued(word: str) -> str | None:
    """Two words run together, "населениягорода" -> "населения города", or None (`mend_words`)."""
    if common_word(word) or any(p.is_known for p in _morph().parse(word)[:1]):
        return None
    fits = [f"{word[:i]} {word[i:]}" for i in range(_MIN_HALF, len(word) - _MIN_HALF + 1)
            if _half(word[:i]) and _half(word[i:]) and not _first_stem(word[:i])]
    return fits[0] if len(fits) == 1 else None


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


@lru_cache(maxsize=65_536)
def mend_case(text: str) -> str:
    """What can be mended while the letters' case still shows: look-alike Latin letters made
    Cyrillic, a word run into a capitalised one set apart («министраКодзоев»)."""
    if not text:
        return text
    text = fix_lookalikes(text)
    return _CAMEL.sub(" ", text) if _CAMEL.search(text) else text


@lru_cache(maxsize=65_536)
def mend_words(text: str) -> str:
    """A lower-case text (`lemmas.normalize`'s) with hyphen-broken words joined and words run
    together set apart."""
    if not text:
        return text
    return _GLUED.sub(_unglue, join_hyphenated(text))
