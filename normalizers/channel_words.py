"""The words of a channel phrase as the heads reader needs them (normalizers/channel_heads.py).

Cells typed by hand or converted from PDF spoil words in a few regular ways, none of
them a matter of vocabulary:

    "Cайт", "MФЦ"            a Latin letter that looks Cyrillic inside a Cyrillic word
    "каб. 101"               a word cut short with a dot: the one vocabulary word it begins
    "Электроннаяпочта"       two words glued (a lost space): split where both halves are words
    "колл-центр", "инфо.киоск"  a hyphenated/dotted word the vocabulary does not know whole:
                             its parts
    "докум-оборот"           a compound's first stem cut before a hyphen: the vocabulary word
    "АРМбухгалтера"          an abbreviation run into the next word (or abbreviation, "ТОСПМФЦ"): apart
    "интернет-приём-ная"     a part broken by one more hyphen (or at a line's end, "приём- ная"):
                             joined where the two make a vocabulary form
    "ЕСЭД", "РСЭД"           an abbreviation qualified by one or two leading letters (единая,
                             региональная …): the abbreviation the vocabulary knows
    "стэнд"                  «э» written for «е» after a consonant in a borrowed word
    "С.Э.Д.", "м.ф.ц."       an abbreviation written letter by letter with dots: the letters
                             joined, where they make one the vocabulary knows (initials,
                             "И.И.", "т.е.", make none)
    "в СЭДе", "по СМЭВу"     an abbreviation declined as spoken, a case ending in small letters
                             after its capitals: the abbreviation
    "эмфэцэ", "вэкаэс"       an abbreviation written as its letters' spoken names: its letters
"""
from __future__ import annotations

import re
from bisect import bisect_right

from textcore.lemmas import morph
from textcore.lookalike import fix_lookalikes
from textcore.name_shape import name_spans

from .phrase import Word, _known, unglue, words

# a cut before a space, a mark, the end, or a hyphen joining it to the next part ("видеоконф.-связь")
_NEXT_WORD = re.compile(r"\s+([А-Яа-яЁё]+)")      # the word right after a cut one
_TRUNCATED = re.compile(r"(?<![\w.-])([А-Яа-яЁё]{3,})\.(?=\s|,|;|$|-\w)")
# single letters each closed by a dot, two or more ("С.Э.Д.", "Е.П.Г.У"): an abbreviation so spelt
_DOTTED = re.compile(r"(?<![\w.])((?:[А-Яа-яЁё]\.\s?){1,5}[А-Яа-яЁё])\.?(?![\w])")
_OPEN, _CLOSE = "(«\"“", ")»\"”"
# capitals run into a small-letter word or into more capitals (matched from a word's start)
_GLUED_CAPS = re.compile(r"(?<![\w-])([А-ЯЁ]{2,})([а-яё]{4,})?(?![\w-])")
_MAX_GLUED_CAPS = 12
# a hyphenated word whose last part ends in a hyphen and a space, and the small-letter word after it
# (matched from a word's start only: a long run of parts is walked once)
_BROKEN_AT_END = re.compile(r"(?<![\w-])([А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*)-[ \t]+([а-яё]+)")
# capitals and a case ending in small letters after them («СЭДе», «СМЭВу», «МФЦ-шке» aside)
_DECLINED = re.compile(r"(?<![\w-])([А-ЯЁ]{2,6})-?(?:е|у|а|ом|ах|ами|ы|ов|ой)(?![\w-])")
# a site's name with a Latin zone typed in Cyrillic, as it is said («госуслуги.ру»)
_SAID_ZONE = re.compile(r"(?<![\w.])([А-Яа-яЁё]{2,})\.(?:ру|ком)(?![\w.])", re.IGNORECASE)
# the spoken names of Russian letters («эм», «фэ», «цэ»: МФЦ), each written either way round
# where speakers say it so («эф» and «фэ»); the longest abbreviation spelt so is short
_LETTER_NAMES = {"а": "а", "бэ": "б", "бе": "б", "вэ": "в", "ве": "в", "гэ": "г", "ге": "г", "дэ": "д",
                 "де": "д", "е": "е", "жэ": "ж", "же": "ж", "зэ": "з", "зе": "з", "и": "и", "ка": "к",
                 "эл": "л", "эль": "л", "лэ": "л", "эм": "м", "мэ": "м", "эн": "н", "нэ": "н", "о": "о",
                 "пэ": "п", "пе": "п", "эр": "р", "рэ": "р", "эс": "с", "сэ": "с", "тэ": "т", "те": "т",
                 "у": "у", "эф": "ф", "фэ": "ф", "ха": "х", "цэ": "ц", "це": "ц", "че": "ч", "ша": "ш",
                 "ща": "щ", "э": "э", "ю": "ю", "я": "я"}
_MAX_SPELT = 18


def clauses(text: str) -> list[str]:
    """The parts of a cell separated by semicolons outside parentheses and quotes."""
    parts, depth, cur = [], 0, []
    for ch in text:
        if ch in _OPEN and not (ch == '"' and depth):
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
        if ch == ";" and not depth:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return [p.strip() for p in parts if re.search(r"\w", p)]


def masked_text(text: str) -> str:
    """The text with what is inside parentheses and quotes blanked (same length)."""
    out, depth = [], 0
    for ch in text:
        opens = ch in _OPEN and not (ch == '"' and depth)
        closes = not opens and ch in _CLOSE and depth
        out.append(ch if not depth or closes else "_")
        depth += 1 if opens else -1 if closes else 0
    return "".join(out)


def _between_modifiers(masked: str, m: re.Match, heads: frozenset[str]) -> bool:
    """"государственных И муниципальных услуг", "отдела опеки И попечительства": a conjunction
    joining two adjectives, or two nouns in the genitive the second of which names no channel
    ("сайт министерства и группы ВК" names two), joins what qualifies one noun."""
    if "," in m.group(0) or "/" in m.group(0):
        return False
    # the words next to the conjunction only: a bounded look, not the whole clause per conjunction
    before = re.findall(r"\w+", masked[max(0, m.start() - 80):m.start()])[-1:]
    after = re.findall(r"\w+", masked[m.end():m.end() + 80])[:1]
    parses = [morph().parse(w.lower())[0] for w in before + after]
    tags = [p.tag for p in parses]
    return len(tags) == 2 and (all(t.POS in ("ADJF", "PRTF") for t in tags) or parses[1].normal_form not in heads
                               and all(t.POS == "NOUN" and t.case == "gent" for t in tags))


def conjuncts(text: str, coordinators: re.Pattern, not_peer: re.Pattern,
              protect: tuple[re.Pattern, ...] = (), heads: frozenset[str] = frozenset()) -> list[str]:
    """The channels a clause names side by side ("сайт, группа ВКонтакте", "лично или почтой",
    "телефон/e-mail", bullets): its parts between commas, slashes, line breaks and coordinating words outside
    parentheses and quotes, up to a spaced dash (what follows says what is done there: "ПОС —
    обращения, опросы"); a part stating a condition ("при её отсутствии — почтой") or a
    relative clause ("…, ведение которых …") names no peer and is left out.  `protect`: patterns
    of addresses, whose dots and slashes separate nothing; `heads`: the words naming channels."""
    masked = masked_text(text)
    for rx in protect:          # addresses: "t.me/x", "info@x.ru" hold no separator
        masked = rx.sub(lambda m: "_" * len(m.group(0)), masked)
    dash = re.search(r"(?<=\S)[ \t]+[—–-]+\s", masked)          # mid-line: a bullet's dash opens a line
    end = dash.start() if dash else len(text)
    cuts = [0] + [x for m in coordinators.finditer(masked[:end]) if not _between_modifiers(masked, m, heads)
                  for x in m.span()] + [end]
    parts = (text[a:b].strip(" ,.:") for a, b in zip(cuts[::2], cuts[1::2]))
    parts = [p for p in parts if re.search(r"\w", p)]
    return parts[:1] + [p for p in parts[1:] if not not_peer.search(p)]


# words mixing scripts written in Cyrillic where every Latin letter in them has a Cyrillic
# look-alike ("Cайт" -> "Сайт"); Latin words ("e-mail", "QR") stay
one_script = fix_lookalikes


def untruncate(text: str, vocab: frozenset[str], forms: frozenset[str] = frozenset()) -> str:
    """A word cut short with a dot ("каб. 101", "автоматизир. рабочее место") that the
    dictionary does not know is the one vocabulary word it begins, when only one does — or the
    one all the others begin with too ("видеоконф." -> видеоконференц, of which видеоконференция
    and видеоконференцсвязь are made): the cut stops inside what they share; of several, before a word,
    the one adjective («лич. кабинет»: личный, not лично)."""
    def whole(m: re.Match) -> str:
        stem = m.group(1).lower().replace("ё", "е")
        if any(p.is_known for p in morph().parse(stem)):
            return m.group(0)
        found = {w for w in vocab if w.startswith(stem) and len(w) > len(stem)}
        root = min(found, key=len, default="")
        if found and all(w.startswith(root) for w in found):
            return root
        # cut before a word it qualifies («лич. кабинет»: личный, not лично): the one adjective among them (a
        # noun or an adjective next; «лич. в кабинете» qualifies none)
        after = _NEXT_WORD.match(m.string, m.end())
        adjectives = [w for w in found if after and morph().parse(after.group(1))[0].tag.POS in ("NOUN", "ADJF", "PRTF")
                      and morph().parse(w)[0].tag.POS == "ADJF"]
        return adjectives[0] if len(adjectives) == 1 else m.group(0)
    return _TRUNCATED.sub(whole, undotted(undeclined(apart_capitals(rejoined(text, forms), vocab), vocab), vocab))


def apart_capitals(text: str, vocab: frozenset[str]) -> str:
    """An abbreviation the vocabulary knows run into the word after it, a space lost («АРМбухгалтера»,
    «ТОСПМФЦ»): set apart where the capitals are that abbreviation and the rest a dictionary word of four
    letters or more (a case ending, «СЭДе», is `undeclined`'s), or, all in capitals, where exactly one cut
    makes two abbreviations it knows (a short word only: an abbreviation is short).  A word the
    dictionary knows stays whole: «НОМЕРОК», «ВЫХОДИТ» in a cell typed in capitals are no «НОМЕР ОК»."""
    def apart(m: re.Match) -> str:
        caps, rest = m.group(1), m.group(2)
        if _known(m.group(0).lower()):
            return m.group(0)
        if rest:
            return f"{caps} {rest}" if caps.lower().replace("ё", "е") in vocab and _known(rest.lower()) else m.group(0)
        low = caps.lower().replace("ё", "е")
        if len(low) > _MAX_GLUED_CAPS:
            return caps
        cuts = [i for i in range(2, len(low) - 1) if low[:i] in vocab and low[i:] in vocab]
        return f"{caps[:cuts[0]]} {caps[cuts[0]:]}" if len(cuts) == 1 else caps
    return _GLUED_CAPS.sub(apart, text)


def rejoined(text: str, forms: frozenset[str]) -> str:
    """A word's part broken at a line's end inside a hyphenated word («интернет-приём- ная»,
    «онлайн-анкетиро- вание»): joined to the next word where the two make a form of the vocabulary
    (`forms`); the hyphens before it kept."""
    if "-" not in text or not forms:
        return text

    def join(m: re.Match) -> str:
        before, last = m.group(1).rpartition("-")[::2]
        whole = last + m.group(2)
        return (before + "-" if before else "") + whole if whole.lower().replace("ё", "е") in forms else m.group(0)
    return _BROKEN_AT_END.sub(join, text)


def undeclined(text: str, vocab: frozenset[str]) -> str:
    """An abbreviation the vocabulary knows, declined as spoken with a small-letter case ending
    ("в СЭДе", "по СМЭВу", "в МФЦ-е"), or a name it knows with a web zone said in Cyrillic
    ("госуслуги.ру"): the abbreviation, the name alone."""
    def known(m: re.Match) -> str:
        return m.group(1) if m.group(1).lower().replace("ё", "е") in vocab else m.group(0)
    # (and a name the vocabulary knows with a zone said in Cyrillic, «госуслуги.ру»: the name)
    return _SAID_ZONE.sub(known, _DECLINED.sub(known, text))


def undotted(text: str, vocab: frozenset[str]) -> str:
    """An abbreviation written letter by letter with dots ("С.Э.Д.", "М.Ф.Ц.") as the one word
    its letters make, where the vocabulary knows that word; initials make none, those beside a
    surname not even where their letters spell one ("Иванов М.П.", "В.К. Петров": no «МП», «ВК»),
    nor two small letters ("в т.г.": текущего года, no «ТГ»)."""
    if "." not in text:
        return text
    names: list[tuple[int, int]] | None = None

    def joined(m: re.Match) -> str:
        nonlocal names
        word = re.sub(r"[.\s]", "", m.group(1))
        # two small letters are a common shortening of two words («т.г.» текущего года, «с.г.»), no channel's
        if word.lower().replace("ё", "е") not in vocab or len(word) == 2 and word.islower():
            return m.group(0)
        # (a «surname» the vocabulary knows is a word before the letters: «Группа В.К.»)
        names = names if names is not None else _merged([(a, b) for a, b, s in name_spans(text)
                                                         if s.lower().replace("ё", "е") not in vocab])
        # the last name starting at or before the letters (spans merged: one look, not a scan per match)
        k = bisect_right(names, (m.start(), len(text))) - 1
        return m.group(0) if k >= 0 and m.start() < names[k][1] else word
    return _DOTTED.sub(joined, text)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans overlapping one another made one, in order."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def expand(ws: tuple[Word, ...], h) -> list[Word]:
    """Hyphenated/dotted words the vocabulary does not know whole are split into parts;
    glued words into the two they were.  `h`: the heads vocabulary (channel_vocab.Heads)."""
    out: list[Word] = []
    for w in ws:
        if w.lemmas & h.heads.keys():
            out.append(w)
        elif w.parts and len(whole := words(w.text.replace("-", ""), h.speller)) == 1 and not whole[0].fuzzy \
                and whole[0].lemmas & h.heads.keys():
            out += list(whole)          # a head broken by a hyphen whose halves are words ("теле-фон")
        elif w.parts and (joined := _broken_part(w.text, h.speller.forms)):
            out += expand(words(joined, h.speller), h)     # «интернет-приём-ная»: «интернет-приёмная»
        elif w.parts and (joined := _cut_compound(w.text, h.speller.forms)):
            out += list(words(joined, h.speller))
        elif w.parts or "." in w.text:
            out += list(words(re.sub(r"[-.]", " ", w.text), h.speller))
        elif (w.fuzzy or not _known(w.text)) and (apart := unglue(w.text, h.vocab, h.combining)):
            out += list(words(apart, h.speller))
        elif (w.fuzzy or not _known(w.text)) and (mended := _respelt(w.text, h.heads.keys())):
            out += list(words(mended, h.speller))
        else:
            out.append(w)
    return out


def _broken_part(text: str, forms: frozenset[str]) -> str | None:
    """A part of a hyphenated word broken by one more hyphen («интернет-приём-ная», «онлайн-каль-кулятор»,
    «голо-совой»): the first two neighbouring parts whose join is a form of the vocabulary, joined, where
    the word as written is none; None where no two are."""
    parts = text.split("-")
    low = [p.lower().replace("ё", "е") for p in parts]
    if "-".join(low) in forms:
        return None
    for k in range(len(parts) - 1):
        if low[k] + low[k + 1] in forms:
            return "-".join(parts[:k] + [parts[k] + parts[k + 1]] + parts[k + 2:])
    return None


def _cut_compound(text: str, forms: frozenset[str]) -> str | None:
    """A compound whose first stem is cut before a hyphen («докум-оборота»): the one vocabulary
    form that begins with the cut and ends with the rest (документооборота), or None."""
    head, _, tail = text.lower().replace("ё", "е").partition("-")
    if len(head) < 3 or len(tail) < 4 or "-" in tail or _known(head):
        return None
    fits = {f for f in forms if f.startswith(head) and f.endswith(tail) and len(f) > len(head) + len(tail)}
    return fits.pop() if len(fits) == 1 else None


def _respelt(text: str, heads) -> str | None:
    """A word the dictionary does not know, read as the head it spells: an abbreviation
    after one or two qualifying letters ("есэд" -> "сэд"), or with «е» for an «э» after a
    consonant ("стэнды" -> "стенды", when that is a dictionary word)."""
    if not re.fullmatch("[а-я]+", text):
        return None
    for k in (1, 2):
        tail = text[k:]
        if len(tail) >= 3 and tail in heads and not _known(tail):
            return tail
    if spelt := spelt_out(text, heads):
        return spelt
    e = re.sub("(?<=[бвгджзклмнпрстфхцчшщ])э", "е", text)
    return e if e != text and _known(e) else None


def spelt_out(text: str, heads) -> str | None:
    """A word written as the spoken names of an abbreviation's letters ("эмфэцэ" эм-фэ-цэ, "вэкаэс"):
    the one head of `heads`, two letters or more, that its names spell, or None."""
    if len(text) > _MAX_SPELT:
        return None
    starts = {h[:n] for h in heads if 2 <= len(h) <= 6 for n in range(len(h) + 1)}
    reads: dict[int, set[str]] = {0: {""}}
    # position by position, only the letters some head begins with kept (a handful, not every spelling)
    for i in range(len(text)):
        for done in reads.get(i, ()):
            for name, letter in _LETTER_NAMES.items():
                if text.startswith(name, i) and done + letter in starts:
                    reads.setdefault(i + len(name), set()).add(done + letter)
    found = {r for r in reads.get(len(text), ()) if len(r) >= 2 and r in heads and len(r) < len(text)}
    return found.pop() if len(found) == 1 else None
