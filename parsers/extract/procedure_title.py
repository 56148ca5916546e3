"""Whether a document is titled as a procedure: a «порядок ведения (формирования) перечня …», by a
line that starts like its title, read across its line breaks (parsers/data/procedure.yaml); or an
amending act whose title names a procedure as what it amends («О внесении изменений в приказ от …
№ … «Об утверждении Порядка ведения перечня …»»): the points it restates are a procedure's."""
from __future__ import annotations

import re

from textcore.lemmas import _WORD, lemma, lemmas, normalize

from .leadin import vocab
from .lines import Line, join_spaced
from .listread import marker


def _title_text(lines: list[Line], i: int) -> str:
    parts = [join_spaced(lines[i].text)]
    for ln in lines[i + 1:i + 1 + vocab()["title_lines"]]:
        if marker(ln.text) is not None:
            break
        parts.append(ln.text)
    return " ".join(parts)


def first_lemma(text: str) -> str | None:
    """lemmas(text)[0], without lemmatizing the whole line (most lines are long and no title)."""
    m = _WORD.search(normalize(text))
    return lemma(m.group()) if m else None


def titled(lines: list[Line]) -> bool:
    v = vocab()
    firsts = {t[0] for t in v["titles"]} | {t[0] for t in v["amending_titles"]}
    for i, ln in enumerate(lines):
        if first_lemma(join_spaced(ln.text)) in firsts:
            # "П О Р Я Д О К" + "ведения" + "Администрацией Губернатора …" + "перечня …":
            # the title's words, whatever its line breaks, up to its first clause
            text = _title_text(lines, i)
            title = lemmas(text)[:v["title_words"]]
            if _names_procedure(title, v) or _names_procedure(_amended(title, text, v), v):
                return True
    return False


def _names_procedure(title: list[str], v: dict) -> bool:
    return any(title[:len(t)] == t for t in v["titles"]) and any(w in title for w in v["procedure_object"])


# the amended act's own title is quoted right after its number («… от 05.10.2023 № 640 «Об …»»)
_QUOTE = re.compile(r"[«\"„“]")
_QUOTED_DAY = re.compile(r"[«\"„“]\s*\d{1,2}\s*[»\"“”]")        # «от «24» октября 2023 г.»: a date's day, no title
_NUMBER = re.compile(r"(?:№|(?<![A-Za-zА-Яа-яЁё])N)\s*\d")
_NUMBER_LAST = re.compile(r"(?:№|(?<![A-Za-zА-Яа-яЁё])N)\s*\d[\w./-]*\s*$")


def _amended(title: list[str], text: str, v: dict) -> list[str]:
    """What an amending title amends: the words after its opening, or the amended act's own title
    it quotes right after the act's kind, date and number.  A quote further on (a preamble's «В
    соответствии с приказом от … № … «Об утверждении Порядка …»» read on across the line breaks) is
    another act's, and so is a procedure named unquoted («… с Порядком ведения …»)."""
    opening = next((t for t in v["amending_titles"] if title[:len(t)] == t), None)
    if opening is None:
        return []
    rest = title[len(opening):]
    if _names_procedure(rest, v):
        return rest
    text = _QUOTED_DAY.sub(" ", text)
    quote = _QUOTE.search(text)
    before = text[:quote.start()] if quote else ""
    if not quote or len(_NUMBER.findall(before)) != 1 or not _NUMBER_LAST.search(before):
        return []
    return lemmas(text[quote.end():])[:v["title_words"]]
