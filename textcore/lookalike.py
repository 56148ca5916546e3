"""Latin letters typed into Russian words by a slip («Ивановa», «peестр»): a word that mixes
Cyrillic letters with Latin ones that look the same gets them back as Cyrillic, so that its
lemma, a name's shape or a date's month reads.  Words wholly Latin («CJM», «HR», «e-mail»)
and words with Latin letters that look like no Cyrillic one stay as written.  OCR's digits for
letters, «МИНИСТЕРСТВ0», are read back by `fix_digit_letters`."""
from __future__ import annotations

import re

from .dates import month_number

_LATIN = "aeopcxykAEOPCXTHKMB"
LOOKALIKE_LATIN = _LATIN                          # the Latin letters that look like Cyrillic ones
_CYRILLIC = "аеорсхукАЕОРСХТНКМВ"
TO_CYRILLIC = str.maketrans(_LATIN, _CYRILLIC)   # str.translate table of the look-alikes
_WORD = re.compile(r"[A-Za-zА-Яа-яЁё]+")
_HAS_CYR = re.compile(r"[А-Яа-яЁё]")
_OTHER_LATIN = re.compile(rf"[^{_LATIN}А-Яа-яЁё]")


def _fix(m: re.Match) -> str:
    w = m.group()
    if not _HAS_CYR.search(w) or w.isascii() or _OTHER_LATIN.search(w):
        return w
    return w.translate(TO_CYRILLIC)


def fix_lookalikes(text: str) -> str:
    """The text with every mixed word's Latin look-alikes made Cyrillic (cheap when none)."""
    if not text or text.isascii() or not re.search(r"[A-Za-z]", text):
        return text
    return _WORD.sub(_fix, text)


# OCR's digits for the letters they look like, «МИНИСТЕРСТВ0», «3ДРАВООХРАНЕНИЯ», «0бласти», «0т», «п0»: a
# «0» or «3» inside a word's letters, closing one, or opening a word in one case — in a token with no
# digit but these and after no number sign («№ 3п», «12-П3», «3Постановление» keep theirs)
_DIGIT_IN_WORD = re.compile(r"(?<=[А-Яа-яЁё])[03](?=[А-Яа-яЁё])|(?<=[А-Яа-яЁё])[03](?![\w])"
                            r"|(?<![\w])[03](?=(?:[А-ЯЁ]{2,}|[а-яё]+)(?![\w]))")
_AS_LETTER = {"0": ("О", "о"), "3": ("З", "з")}
_LONGEST_WORD = 40                         # a longer run of letters and digits is no word to mend
_LETTERS = re.compile(r"[А-Яа-яЁё]*")
_SIGN_BEFORE = re.compile(r"(?:№|\bN[oº°]?)\s*$")


def _digit_letter(m: re.Match) -> str:
    s, at = m.string, m.start()
    start, end = at, at + 1               # the token around it: a walk over its own characters only,
    while start and not s[start - 1].isspace() and at - start < _LONGEST_WORD:    # a word's length at most
        start -= 1
    while end < len(s) and not s[end].isspace() and end - at < _LONGEST_WORD:
        end += 1
    token = s[start:end]
    # the sign may be glued to the digit, «№3п», inside the token: what stands before the digit is read
    if len(token) >= _LONGEST_WORD or any(c.isdigit() and c not in "03" for c in token) or _SIGN_BEFORE.search(
            s[max(0, start - 4):at]):
        return m.group()
    if at == start or not s[at - 1].isalpha():       # a digit opening the word
        rest = _LETTERS.match(s, at + 1, end).group()       # the word's letters after it, not its punctuation
        # «3а», «3х», «3го», «3марта»: an item's letter, a count's or an ordinal's ending, a day glued to its
        # month — a «3» before one or two small letters is a digit (a longer word, «3абайкальского», is
        # OCR's; no count or day opens with «0»: «0т», «0бласти» are words); so is any digit before a
        # month's name («3МАРТА»)
        if m.group() == "3" and rest.islower() and len(rest) <= 2 or month_number(rest) is not None:
            return m.group()
    near = s[at + 1:at + 2] if at + 1 < len(s) and s[at + 1].isalpha() else s[at - 1:at]
    capital, small = _AS_LETTER[m.group()]
    return capital if near.isupper() else small


def fix_digit_letters(text: str) -> str:
    """The text with OCR's «0»/«3» read back as «О»/«З» where they stand among a word's letters."""
    if "0" not in text and "3" not in text:
        return text
    return _DIGIT_IN_WORD.sub(_digit_letter, text)
