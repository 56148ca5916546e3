"""Letter-spaced capitals whose word breaks a converter lost: «Т Р У Д У  И  З А Н Я Т О С Т И» read as
«Т Р У Д У И З А Н Я Т О С Т И» (one space everywhere) is joined, then parted into dictionary words."""
from __future__ import annotations

from functools import lru_cache

from textcore.lemmas import morph

_ONE_LETTER = frozenset("ИВСКОУА")     # the words of one letter a body's name may hold
_LONGEST = 60                          # a spaced run longer than this is left joined (no name is)


@lru_cache(maxsize=4096)
def parted(run: str) -> str:
    """A joined run of capitals as dictionary words: the fewest known words that spell it, one-letter
    words only of `_ONE_LETTER`, longer words where as few spell it; the run as it is where it is a word itself or no such parting exists.
    An acronym spaced out is no such run: a parting into short pieces only («НА О») or into abbreviations
    («ГБ УЗ») is left joined, and so is one with a short piece that is no preposition or conjunction (a
    name the dictionary lacks, «ГОСЖИЛИНСПЕКЦИЯ», is no «ГО СЖИЛ ИНСПЕКЦИЯ») (a run's last «И» may be a wrapped line's: «Т Р У Д А  И» / «З А Н Я Т О С Т И»)."""
    if len(run) > _LONGEST or _known(run.lower()):
        return run
    best: list[list[str] | None] = [[]] + [None] * len(run)
    for end in range(1, len(run) + 1):
        for start in range(max(0, end - 25), end):
            piece, before = run[start:end], best[start]
            if before is None or (len(piece) == 1 and piece not in _ONE_LETTER) or not _known(piece.lower()):
                continue
            if best[end] is None or _score(before + [piece]) < _score(best[end]):
                best[end] = before + [piece]
    words = best[-1]
    if not words or len(words) < 2 or max(map(len, words)) < 3 or any(map(_abbreviation, words)) \
            or not all(map(_likely, words)):
        return run        # «Н А О» is «НАО», «Г Б У З» is «ГБУЗ»: an acronym, no words whose breaks were lost
    return " ".join(words)


def _score(pieces: list[str]) -> tuple[int, int]:
    """Fewer words first, then longer ones: «ИМУЩЕСТВЕННЫХ И», not «ИМУЩЕСТВЕННЫ ХИ»."""
    return len(pieces), -sum(len(p) ** 2 for p in pieces)


_SHORT = 3                             # a word this short in a body's name is a preposition or conjunction


@lru_cache(maxsize=50_000)
def _likely(piece: str) -> bool:
    """A piece of a parting a body's name may hold: a longer word, or a short one that is a preposition or
    a conjunction («ПО», «И», «ПРИ»); a short noun or verb («ГО», «ХАН», «ТЫМ») is a fragment the
    dictionary happens to know."""
    return len(piece) > _SHORT or len(piece) == 1 or any(
        {"PREP", "CONJ"} & set(p.tag.grammemes) for p in morph().parse(piece.lower()))


@lru_cache(maxsize=50_000)
def _abbreviation(word: str) -> bool:
    """A piece the dictionary knows only as an abbreviation («ГБ», «ГК», «МО»): a run parted into such
    pieces is an acronym spaced out («Г Б У З»), no lost word break."""
    return len(word) > 1 and all("Abbr" in p.tag for p in morph().parse(word.lower()))


@lru_cache(maxsize=50_000)
def _known(word: str) -> bool:
    return len(word) > 1 and morph().word_is_known(word) or word.upper() in _ONE_LETTER
