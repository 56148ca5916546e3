"""The one splitter of need text, at both levels: a cell into need phrases
(`split_cell`, used by normalizers/needs.py) and a phrase's words into clauses
(`split_at`, used by normalizers/need_grammar.py).

Both levels cut the same way: at a separator, only where what follows starts a new
need (decided by the caller: the morphology of the next word for a cell, the grammar's
action words for a phrase); a separator that does not cut stays inside its part.

A cell is split at bullets ("•" anywhere; "-", "–", "*", "1.", "1)", "а)" leading a
line; "1)", "а)" inside it; " - " inside a cell that opens with a dash: its paragraphs
were joined by spaces, or after a colon a dash follows: a list led in), sentence ends (a full stop, question or exclamation mark before a
capital) and semicolons — always — and at a comma, slash, dash between spaces (before a
question only), line break or a full stop, question or exclamation mark before a small letter
only when `starts_new` says so (a clerk's «+» or arrow also where `is_need` does; a dot after a
word cut short is no full stop),
so a wrapped line continues its need; a word broken by a hyphen is joined first.  Nothing
inside parentheses cuts, save a slash between two needs each led by its head; a phrase wholly
in parentheses that reads as no need (or spells out an abbreviation) glosses the one before.
Converted text and Word cells join a cell's paragraphs with spaces, so one need may
follow another with nothing between ("регистрация обращения отследить статус"):
`starts_bare(left, right)` may cut there too, at any space (a stricter test), each side read
within `_BARE_WINDOW` words of it.
"""
from __future__ import annotations

import re
from typing import Callable, Sequence, TypeVar

from textcore.lemmas import morph, normalize
from .line_joins import continues
from .phrase import join_hyphenated

T = TypeVar("T")

_ITEM = "\x1e"           # where a bullet stood: always a new need
# where the cell's author began a paragraph or a line (pipeline/run/normalize.py puts it for the
# "\n" of `interaction_lines`): a "\n" alone is a line a converter may have wrapped, no evidence
WRITTEN_LINE = "\u2028"
# a question or an exclamation ends its sentence too ("Где моя карта? Когда забрать?")
_SENTENCE = re.compile(r"(?<=[^\s.]{3})[.;?!]\s+(?=[А-ЯЁA-Z])|;\s*|\x1e")
# a comma, slash, line break or full stop before a small letter starts a new need only
# before one; else a wrapped line, or an abbreviation's dot ("ул. Ленина"); so does a question or
# an exclamation mark before a small letter, which stays with its question (a cell's paragraphs
# joined: "…где взять? предоставить …")
# (a dash between spaces too, only before a question: "я оставил отзыв — мне ответили?"; before
# anything else it parts a topic from what is done with it, "Бланки размещены — скачать")
# (a separator led by spaces starts only where their run begins: retried from each space of a
# long run, each alternative scanned the rest of it, quadratic — 16,000 spaces took 20 s; a
# slash after a comma, ", / ", is one separator with it; a clerk's «+» and an arrow between
# steps, «подача → получ. рез-та», part needs as a slash does)
_SOFT = re.compile(r"(,\s*(?:/\s*)?|(?<!\s)\s*(?:/|\+|->|→|⇒)\s*|(?<!\s)\s*\n\s*|(?<!\s)\s+[-–—]\s+|(?<=[^\s.]{3})\.\s+(?=[а-яё])|(?<=[^\s.]{3}[?!])\s+(?=[а-яё]))")
_DASH = re.compile(r"\s+[-–—]\s+")
# a clerk's «+» or an arrow between steps joins needs, not words of one need: it cuts before
# any text that reads as a need (plural objects too, «+ бланки»), not only before a need's head
_JOIN = re.compile(r"\s*(?:\+|->|→|⇒)\s*")
# verbs listed before one object are few ("скачать, распечатать, заполнить бланк"): pieces of a
# part (verbs and separators) past which a bare verb no longer waits — a list of thousands of
# bare verbs is cut as before, so no phrase grows long
_SHARED_MAX = 7
# a bullet anywhere, or a dash, star or number leading a line: each item is a need
# (the bullet's lead of spaces starts only where their run begins: retried at each space, quadratic)
_BULLET = re.compile(r"(?<!\s)\s*[•●▪◦‣·]\s*|^\s*(?:[-–—*]|\d{1,2}[.)]|[а-яa-z]\))\s+|\s(?:\d{1,2}|[а-яa-z])\)\s+",
                     re.MULTILINE)
# in a cell that opens with a dash, a dash between spaces is the next item's
_DASHED = re.compile(r"^\s*[-–—]\s")
_INLINE_DASH = re.compile(r"\s[-–—]\s+(?=\S)")
# so is one after a colon that a dash follows: a list led in ("Этапы: - консультация - подача заявления")
_COLON_DASH = re.compile(r":\s*(?=[-–—]\s)")
# words either side of a space that `starts_bare` reads: far more than a need's phrase holds
_BARE_WINDOW = 64


def split_at(items: Sequence[T], cuts: Callable[[int, list[T]], bool]) -> list[list[T]]:
    """`items` in parts: a part ends before each index i where `cuts(i, part so far)`
    holds (never with the part still empty); items[i], the separator, is dropped there
    and kept inside the part everywhere else."""
    out: list[list[T]] = []
    cur: list[T] = []
    for i, item in enumerate(items):
        if cur and cuts(i, cur):
            out.append(cur)
            cur = []
        else:
            cur.append(item)
    if cur:
        out.append(cur)
    return out


def split_cell(cell: str, starts_new: Callable[[str], bool],
               starts_bare: Callable[[str, str], bool] | None = None,
               shares: Callable[[str], bool] = lambda part: False,
               is_need: Callable[[str], bool] = lambda part: False) -> tuple[str, ...]:
    """Need phrases of an interaction cell, in order; `starts_new(fragment)`: does the
    text after a comma, slash, line break or full stop start a new need?
    `starts_bare(left, right)`: does `right` start one right after `left`, with only a
    space between?  `shares(piece)`: does the piece before a separator wait for what follows (a
    bare verb of a list of verbs with one object, "Скачать, заполнить и отправить форму")?
    `is_need(fragment)`: does the text after a «+» or an arrow read as a need?"""
    # a line its author wrote also starts a line for the bullets' rule (`^`)
    cell = join_hyphenated(cell or "").replace(WRITTEN_LINE, WRITTEN_LINE + "\n")
    if _DASHED.match(cell):
        cell = _INLINE_DASH.sub(_ITEM, cell)
    elif lead := _COLON_DASH.search(cell):
        cell = cell[:lead.end()] + _INLINE_DASH.sub(_ITEM, " " + cell[lead.end():])
    phrases: list[str] = []
    for sentence in _SENTENCE.split(_BULLET.sub(_ITEM, cell)):
        sentence = _trimmed(sentence)
        if not sentence:
            continue
        # text and separators alternate; a line break kept inside a phrase reads as a space
        pieces = _SOFT.split(sentence)
        written = {i for i in range(1, len(pieces), 2) if WRITTEN_LINE in pieces[i]}
        cut = {i for i in written if _cut_dot(pieces, i)}
        for i in cut:                         # a cut word's dot ends its line: the word keeps it («заявл.»)
            pieces[i - 1], pieces[i] = pieces[i - 1] + ".", pieces[i][1:]
        # (a written line's separator keeps its comma: «Скачать,» / «заполнить и отправить форму»)
        pieces = [(re.sub(r"\s+", " ", p) if i in written else " ") if i % 2 and "\n" in p else p
                  for i, p in enumerate(pieces)]
        # a list inside parentheses glosses the need before it: "(бухгалтерия, право)" cuts nothing
        depth = [0]
        for p in pieces:
            depth.append(depth[-1] + p.count("(") - p.count(")"))
        # the next text is read with the separator after it, whose dot may end a cut word («/ конс. юриста»)
        # a line its author wrote starts a need unless it reads on from the one above (line_joins.py)
        # (a slash inside them parts two needs, each led by its head: "(подача док-тов / получ. оплаты)")
        parts = split_at(pieces, lambda i, cur: i % 2 == 1 and not _cut_dot(pieces, i)
                         and (depth[i] <= 0 or _slashed_needs(cur, pieces, i, starts_new, is_need))
                         and (starts_new(nxt := "".join(pieces[i + 1:i + 3])) or bool(_JOIN.fullmatch(pieces[i])) and is_need(nxt)
                              or i in written and not continues("".join(cur[-3:])[:-1 if i in cut else None], nxt))
                         and (i in written or not _DASH.fullmatch(pieces[i]) or pieces[i + 1].rstrip().endswith("?"))
                         and not (len(cur) < _SHARED_MAX and shares(cur[-1])))
        for part in parts:
            phrase = "".join(part).strip()
            phrases += _split_bare(phrase, starts_bare) if starts_bare else [phrase]
    return _glosses_joined([_trimmed(" ".join(p.split())) for p in phrases if normalize(p)], is_need)


def _glosses_joined(phrases: list[str], is_need: Callable[[str], bool] = lambda part: False) -> tuple[str, ...]:
    """The phrases, one wholly in parentheses joined to the one before: a parenthesis glosses
    the need before it and is never a need of its own ("Подача заявления; (через МФЦ)").  Needs
    listed inside parentheses and cut there (`_slashed_needs`) lose their brackets, the one
    opening the list read as a colon after its topic ("Компенсация расходов: подача заявления",
    "получение выплаты")."""
    out: list[str] = []
    for p in phrases:
        # one that reads as a need stays one ("(при необходимости — консультация)"), save an
        # abbreviation's expansion ("в МФЦ; (Многофункциональный центр …)")
        if out and p.startswith("(") and p.endswith(")") and p.count("(") == p.count(")") \
                and (not is_need(p[1:-1]) or _expands(out[-1], p[1:-1])):
            out[-1] += " " + p
            continue
        if out and out[-1].count("(") > out[-1].count(")") and p.count(")") > p.count("("):
            head, _, item = out[-1].rpartition("(")
            out[-1] = f"{head.rstrip()}: {item}" if head.strip() else item
            p = "".join(p.rsplit(")", 1)).rstrip()
        out.append(p)
    return tuple(out)


def _expands(before: str, inside: str) -> bool:
    """Does `inside` spell out the abbreviation `before` ends with (its first letter leads it)?"""
    last = re.findall(r"\w+", before)[-1:]
    return bool(last) and len(last[0]) > 1 and last[0].isupper() and inside[:1].upper() == last[0][0]


def _slashed_needs(cur: list[str], pieces: list[str], i: int, starts_new: Callable[[str], bool],
                   is_need: Callable[[str], bool]) -> bool:
    """Is the slash at i, inside parentheses, between two needs each led by its head (a verb or a
    verbal noun: "(подача док-тов / получ. оплаты)"), not between a gloss's words ("(бухгалтерия /
    право)")?"""
    if pieces[i].strip() != "/":
        return False
    # the item's head is a few pieces back, at its bracket or its part's start: a part thousands
    # of pieces long holds no item, and joining it again at each slash was quadratic
    tail = cur[-_SHARED_MAX:]
    if len(cur) > _SHARED_MAX and not any("(" in p for p in tail):
        return False
    nxt = "".join(pieces[i + 1:i + 3])
    return starts_new("".join(tail).rsplit("(", 1)[-1]) and (starts_new(nxt) or is_need(nxt))


def _cut_word(word: str) -> bool:
    """Is the word one cut short (a lower-case run of letters no dictionary knows: «конс», «рассм»)?"""
    return word.isalpha() and word.islower() and not morph().word_is_known(word)


def _need_word(word: str) -> bool:
    """Does the dictionary read the word as a full noun or an infinitive (not its abbreviation, «обр»)?"""
    return any(p.tag.POS in ("NOUN", "INFN") and "Abbr" not in p.tag for p in morph().parse(word)[:2])


def _cut_dot(pieces: list[str], i: int) -> bool:
    """Is the separator at i the dot of a word cut short («стадия рассм. декл.»), no full stop?"""
    if not pieces[i].lstrip().startswith("."):
        return False
    before = pieces[i - 1].rsplit(None, 1)
    return bool(before) and _cut_word(before[-1])


def _trimmed(phrase: str) -> str:
    """The phrase without the separators around it; a final dot stays after a word cut short
    («конс.»: no dictionary word), where it says the word is cut (normalizers/cut_words.py), and
    after a one-word phrase («обжал./ответ по жалобе»: a cut the dictionary reads as a word of its
    own, «обжать» — the need reader's vocabulary decides, a whole word ends a sentence there); a
    noun or an infinitive, the words a need is named by («консультирование.», «запись.»), is whole."""
    trimmed = phrase.strip(" .;,\n" + WRITTEN_LINE)
    last = trimmed.rsplit(None, 1)[-1] if trimmed else ""
    alone = last == trimmed and last.isalpha() and last.islower() and not _need_word(last)
    if phrase.rstrip(" ;,\n" + WRITTEN_LINE).endswith(".") and (_cut_word(last) or alone):
        return trimmed + "."
    return trimmed


def _split_bare(phrase: str, starts_bare: Callable[[str, str], bool]) -> list[str]:
    """`phrase` cut at the spaces where `starts_bare` sees a new need begin.  Each cut is
    tried on slices at the words' offsets: joining the words again at every space, and
    trying the empty words of a run of spaces, was quadratic (16,000 spaces took 12 s)."""
    words = phrase.split(" ")
    at = [0]                      # where each word starts in `phrase`
    for w in words[:-1]:
        at.append(at[-1] + len(w) + 1)
    at.append(len(phrase) + 1)
    out: list[str] = []
    start = 0
    for i in range(1, len(words)):
        # each side read within _BARE_WINDOW words of the space: reading the whole rest of a
        # run-on story at each of its spaces was quadratic (3,000 words took a minute)
        left = phrase[at[max(start, i - _BARE_WINDOW)]:at[i] - 1]
        if words[i] and starts_bare(left, phrase[at[i]:at[min(i + _BARE_WINDOW, len(words))] - 1]):
            out.append(phrase[at[start]:at[i] - 1])
            start = i
    out.append(phrase[at[start]:])
    return out


class Picked(Sequence):
    """The items of `seq` at `idx`, read on demand: a part `split_at` asks about at each of its
    items is not copied each time (that was quadratic on one part thousands of items long)."""

    def __init__(self, seq, idx: list[int]):
        self._seq, self._idx = seq, idx

    def __len__(self) -> int:
        return len(self._idx)

    def __getitem__(self, k):
        return [self._seq[j] for j in self._idx[k]] if isinstance(k, slice) else self._seq[self._idx[k]]


def first_new(seen: dict[int, tuple[int, int | None]], idx: list[int], test: Callable[[int], object]) -> int | None:
    """The first of `idx` for which `test` holds, `idx` a part `split_at` grows item by item; `seen`
    (the part's first item -> items read, the one found) keeps what was read, so each item is
    tested once — asked at every word of a long clause with none, a scan from its start was quadratic."""
    n, found = seen.get(idx[0], (0, None))
    if found is None:
        found = next((idx[j] for j in range(n, len(idx)) if test(idx[j])), None)
    seen[idx[0]] = (len(idx), found)
    return found


def any_new(seen: dict[int, tuple[int, bool]], idx: list[int], test: Callable[[int], object]) -> bool:
    """Does `test` hold for any of `idx`, a part `split_at` grows item by item?  `seen` (the
    part's first item -> items read, the answer) keeps what was read: each item is tested once."""
    n, found = seen.get(idx[0], (0, False))
    found = found or any(test(idx[j]) for j in range(n, len(idx)))
    seen[idx[0]] = (len(idx), found)
    return found
