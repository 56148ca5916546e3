"""A header cell read by its parts: a second language, separators, brackets, footnote marks.

Republics publish their acts in two state languages (Татарстан, Башкортостан, Саха (Якутия),
Чувашия, Тыва, Марий Эл, Удмуртия, Коми, Адыгея…), and a table's header cell then names its
column twice: on two lines («Потребности клиента» over «Клиент ихтыяҗлары»; the readers join
a cell's lines with a space), after a slash («Наименование процесса / Процесс исеме»), or in
brackets, in either order.  Scored whole, the other language's words only dilute the Russian
name's share (`columns._scores`), so a plain header read as none.  A cell is scored by itself
and by these texts, each field by its best (`columns.field_scores`):

    variants(text, keep) -> [(text, weight)]   the texts a header cell is scored by
    heading_name(text) -> str                  its Russian name, brackets left out

* the whole cell with words of another language left out (`textcore.second_language`: a letter
  outside the Russian alphabet, or a word no Russian morphology and no vocabulary word, `keep`,
  knows: «ноктасы», «исеме»);
* each part between separators (a line break, «|», a slash with spaces around it), the same way;
* the text in each pair of brackets and the text around them («Точка (канал) взаимодействия»),
  the bracketed text weighed a little lower, so that a cell's own words win a tie with a gloss;
* the name before a relative clause («Площадки, на которых клиент может это получить», «Точки, через
  которые она удовлетворяется»): the clause only says which of them, the noun before it names the column.

Footnote marks («Потребность¹», «Тип точки*», «Канал2» as converted text writes a superscript)
are taken off first.  Every row is asked whether it repeats the header, so a data row's cell is
scored as it is, at no extra cost, where it is longer than a label or holds no word of the
vocabulary (`names_any`: a part holds only the cell's words, so it could score no field either;
a word mistyped beyond all of the vocabulary's, which only the fuzzy match would read, is lost
with it).

    names_any(text, keep) -> bool              whether a word of the text is a vocabulary word
"""
from __future__ import annotations

import re

from textcore.lemmas import lemma, normalize
from textcore.second_language import russian_only

_MAX_WORDS = 16              # a header cell is a label, even in two languages
_BRACKET_WEIGHT = 0.9        # a bracketed part names the column less surely than the cell's own words
_MARKS = re.compile(r"[\u00b9\u00b2\u00b3\u2070-\u2079*†‡]+|(?<=[а-яё]{3})\d{1,2}(?![\w.,/-])", re.IGNORECASE)
# the separator alone, its spaces stripped off the pieces after: «\s*» before it retried every
# space of a long run of them (quadratic: 20,000 spaces in a cell took 9 s)
_SEPARATORS = re.compile(r"\n|\||(?<=\s)/(?=\s)")
_BRACKETS = re.compile(r"\(([^()]*)\)")
_RUSSIAN_WORD = re.compile(r"[а-я]+")
# «, [preposition] который …»: a relative clause, to the end of the cell
_RELATIVE = re.compile(r",\s*(?:[а-яё]{1,5}\s+)?(?:котор|где\b|куда\b)", re.IGNORECASE)


def strip_marks(text: str) -> str:
    """The cell without its footnote marks («Потребность¹» -> «Потребность»)."""
    return _MARKS.sub("", text)


def _pieces(text: str) -> list[str]:
    """The text cut at its separators outside brackets: «Клиент (внешний / внутренний)» is one piece."""
    out, start, depth = [], 0, 0
    for m in re.finditer(r"[()]|" + _SEPARATORS.pattern, text):
        if m.group(0) in "()":
            depth = max(0, depth + (1 if m.group(0) == "(" else -1))
        elif depth == 0:
            out.append(text[start:m.start()])
            start = m.end()
    out.append(text[start:])
    return [p.strip() for p in out if p.strip()]


def _parts(text: str) -> list[tuple[str, float]]:
    pieces = _pieces(text)
    out: list[tuple[str, float]] = []
    relative = _RELATIVE.search(text)
    if relative and relative.start() > 0:
        out.append((text[:relative.start()], 1.0))
    for piece in pieces if len(pieces) > 1 else [text]:
        inner = _BRACKETS.findall(piece)
        if len(pieces) > 1:
            out.append((piece, 1.0))
        if inner:
            out.append((_BRACKETS.sub(" ", piece), 1.0))
            out.extend((p, _BRACKET_WEIGHT) for p in inner)
    return out


def names_any(text: str, keep: frozenset[str]) -> bool:
    """Whether a word of the text, or its lemma, is one of `keep` (the vocabulary's words)."""
    return any(w in keep or lemma(w) in keep for w in _RUSSIAN_WORD.findall(normalize(text)))


def variants(text: str, keep: frozenset[str]) -> list[tuple[str, float]]:
    """The texts other than the cell itself that a header cell is scored by, each with the weight
    of its scores; [] for a cell longer than a label or one with nothing to take apart."""
    bare = strip_marks(text)
    if len(bare.split()) > _MAX_WORDS:
        return []
    out: list[tuple[str, float]] = []
    seen = {text}
    for part, weight in [(bare, 1.0)] + _parts(bare):
        for form in (part, russian_only(part, keep)):
            if form.strip() and form not in seen:
                seen.add(form)
                out.append((form, weight))
    return out


def heading_name(text: str) -> str:
    """A heading's Russian name, without its brackets: «Клиент (внешний/внутренний) / Клиент
    (тышкы/эчке)» -> «Клиент»; "" where none is left."""
    pieces = _pieces(russian_only(strip_marks(text), frozenset()))
    return re.sub(r"\s+", " ", _BRACKETS.sub(" ", pieces[0])).strip() if pieces else ""
