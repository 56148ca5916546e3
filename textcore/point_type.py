"""What the document says a point's type is: `digital`, `offline` or None."""
from __future__ import annotations

import re
from functools import lru_cache

from .lemmas import is_known_word, lemma, lemmas, normalize
from .vocab import DATA, vocabulary

# a legend entry: «Ц — цифровая точка», «"О" - офлайн», «D = digital», «Оф.: офлайн-точка»
_LEGEND = re.compile(r"(?:^|[\s;,(*])[«\"“]?([A-Za-zА-Яа-яЁё]{1,4})\.?[»\"”]?\s*(?:[—–=:]|\s-)\s*"
                     r"([^;,()\n]{2,60})")
_LEGEND_MAX_WORDS = 6
# a type column's value cut short: «цифр.», «офл», «Оф», «Ц», «D» (letters, a hyphen, a dot)
_CUT_VALUE = re.compile(r"^([a-zа-я]{1,7}(?:-[a-zа-я]{1,5})?)\.?$")


@vocabulary(DATA / "point_type.yaml", required=("prefixes",))
def _prefixes(data: dict) -> dict[str, tuple[str, ...]]:
    return {code: tuple(p) for code, p in data["prefixes"].items()}


@vocabulary(DATA / "point_type.yaml", required=("statement", "nouns", "letters", "tail"))
def _cell_words(data: dict) -> tuple[tuple[str, ...], frozenset[str], dict[str, str], tuple[str, ...]]:
    return (tuple(data["statement"]), frozenset(data["nouns"]), {str(k): v for k, v in data["letters"].items()},
            tuple(data["tail"]))


@vocabulary(DATA / "point_type.yaml", required=("set_apart",))
def _set_apart(data: dict) -> tuple[str, ...]:
    return tuple(data["set_apart"])


def ends_name_as_type(word: str) -> bool:
    """Whether a word at the end of a channel's name can only be its type («цифровая»,
    «офлайн-точка»), not a part of the name («Запись онлайн»)."""
    return normalize(word).startswith(_cell_words()[3])


@lru_cache(maxsize=5_000)
def match_point_type(text: str | None) -> str | None:
    """"Цифровая точка", truncated "Цифровая", "Офлайн-точка" -> code; None when unstated.  A value opening with a
    word of lack, «без посещения ведомства», «без использования сети Интернет», says the other type than the
    lacking noun's (`negated`); a lack of anything else says none."""
    words = normalize(text or "").replace("-", " ").split()
    return _lacked(text) if len(words) > 1 and words[0] in _negation()[0] else _stated(text)


# a value of lack's own clause ends at a comma: «без личного визита, онлайн» states its type after it
_CLAUSE_END = re.compile(r"[,;]")
_LACK_WINDOW = 5         # the lacking noun among the first words of the clause, «без использования сети Интернет»


def _lacked(text: str | None) -> str | None:
    """The type a value opening with a word of lack says: a type stated after its clause as it reads, else the other
    type than its lacking noun's (`negated.nouns`, among the clause's first words); None where it lacks no such
    noun — «без электронной подписи», «без предварительной записи в электронной форме» lack a thing of no kind."""
    end = _CLAUSE_END.search(text or "")
    head, tail = (text[:end.start()], text[end.end():].strip()) if end else (text or "", "")
    words = normalize(head).replace("-", " ").split()
    if len(words) < 2 or words[0] not in _negation()[0]:
        return None
    if tail and match_point_type(tail):
        return match_point_type(tail)
    code = next((_negation()[1][w] for w in map(lemma, words[1:1 + _LACK_WINDOW]) if w in _negation()[1]), None)
    return other_type(code) if code else None


@vocabulary(DATA / "point_type.yaml", required=("negated",))
def _negation(data: dict) -> tuple[frozenset[str], dict[str, str]]:
    """The words of lack opening a value, and the nouns whose lack says a type (lemma -> the type they name)."""
    neg = data["negated"]
    return frozenset(neg["words"]), {lemma(w): code for code, ws in neg["nouns"].items() for w in ws}


def _stated(text: str | None) -> str | None:
    words = normalize(text or "").replace("-", " ").split()
    # by prefix: "офлайн" is sometimes glued to the next word ("офлайнточка")
    for word in words:
        for code, prefixes in _prefixes().items():
            if word.startswith(prefixes):
                return code
    # no type word: the whole value may name the manner of the contact («при личном обращении»), after nouns naming
    # the field («Взаимодействие при личном визите», «Точки взаимодействия при личном обращении»)
    words = [w for w in lemmas(text or "") if w not in _PREPOSITIONS]
    while len(words) > 1 and words[0] in _cell_words()[1]:
        words = words[1:]
    return _manner().get(tuple(words))


def kind_only(text: str) -> bool:
    """Whether a whole value says a point's kind and names no channel: «офлайн», «цифровая точка», «очная», the
    form of the contact «при личном обращении», «в электронной форме» — not «Электронная почта», «Интернет-
    приёмная», «Очный приём», channels whose names open with a kind's word."""
    return states_type(text, set_apart=True) or \
        tuple(w for w in lemmas(text or "") if w not in _PREPOSITIONS) in _manner() or _negated(text)


def _negated(text: str | None) -> bool:
    """A value of lack saying a type whole, «без посещения ведомства», «вне сети Интернет»."""
    words = normalize(text or "").split()
    return len(words) in (2, 3, 4) and words[0] in _negation()[0] and _lacked(text) is not None


_PREPOSITIONS = frozenset({"в", "во", "при", "путём", "путем", "через", "по", "на", "с"})


@vocabulary(DATA / "point_type.yaml", required=("manner",))
def _manner(data: dict) -> dict[tuple[str, ...], str]:
    """A whole value naming the manner of the contact («при личном обращении») -> its type."""
    return {tuple(lemmas(p)): code for code, phrases in data["manner"].items() for p in phrases}


@lru_cache(maxsize=5_000)
def read_type_value(text: str | None) -> str | None:
    """A type column's whole value: the words `match_point_type` reads, or a cut of them —
    «цифр.», «офл», «Оф» start the words of one type only —, or one letter from the data's
    table («Ц», «О», «D»).  A letter a legend under the table defines is read by the
    extractor, which knows the legend."""
    code = match_point_type(text)
    if code:
        return code
    m = _CUT_VALUE.match(normalize(text or "").strip().strip("*").strip())
    if not m:
        return None
    cut = m.group(1)
    if len(cut) == 2 and is_known_word(cut) and not text.strip().endswith("."):
        return None                        # «не», «да»: a word, not a cut
    if len(cut) == 1:
        return _cell_words()[2].get(cut)
    codes = {c for c, prefixes in _prefixes().items() if any(p.startswith(cut) for p in prefixes)}
    return codes.pop() if len(codes) == 1 else None


def states_type(text: str, set_apart: bool = False) -> bool:
    """Whether a part of a channel's cell only says the point type («цифровая точка», «офлайн»,
    «оффлайн-точка», «цифровой канал»): a type word, and otherwise only nouns a type takes
    («онлайн-сервис», «онлайн-приёмная» name a channel).  `set_apart`: the part stands apart at
    the cell's end, where the `set_apart` words («электронная», «очная») are type words too —
    the caller asks whether they make a channel's name with the words before them."""
    words = re.findall(r"[a-zа-я]+(?:-[a-zа-я]+)*", normalize(text))
    if not words or len(words) > 4:
        return False
    kinds = [_word_kind(w, _set_apart() if set_apart else ()) for w in words]
    if "type" not in kinds:                # «(цифр.)»: one type word cut with a dot
        return len(words) == 1 and _cuts_statement(words[0]) and text.strip().endswith(".")
    return None not in kinds


def _cuts_statement(word: str) -> bool:
    """A cut of a `statement` word and of one type's words only: «эл.» cuts «электронная», which
    names channels as the whole word does («Почта (эл.)» is e-mail), so it is no statement."""
    return len(word) > 1 and read_type_value(word + ".") is not None and \
        any(p.startswith(word) for p in _cell_words()[0])


def _word_kind(word: str, more: tuple[str, ...] = ()) -> str | None:
    """"type" for a type word («цифровая», «оф-лайн», «офлайн-точка»; or starting with one of
    `more`), "noun" for a noun a type takes («точка», «канал»), None for any other word."""
    statement, nouns, _, _ = _cell_words()
    for prefix in statement + more:
        if word.startswith(prefix):
            rest = word[len(prefix):].split("-")[1:]       # the parts hyphened on past the type word
            return "type" if all(lemma(p) in nouns for p in rest) else None
    return "noun" if all(lemma(p) in nouns for p in word.split("-")) else None


def _legend(text: str):
    for m in _LEGEND.finditer(text):
        meaning = m.group(2).strip()
        code = match_point_type(meaning) if len(meaning.split()) <= _LEGEND_MAX_WORDS else None
        if code:
            yield m, code


def legend_entries(text: str) -> dict[str, str]:
    """Abbreviation (lower case, no dot) -> point type for each legend entry of a text
    («Ц — цифровая точка взаимодействия; О — офлайн-точка»)."""
    out: dict[str, str] = {}
    for m, code in _legend(text):
        out.setdefault(normalize(m.group(1)), code)
    return out


def without_legend(text: str) -> str:
    """A header cell without the legend it carries («Тип точки (Ц – цифровая, О – офлайн)»
    -> «Тип точки ( , )»): the legend's words say what the values mean, not what the column is."""
    if not re.search(r"[—–=:-]", text):
        return text
    parts, last = [], 0
    for m, _ in _legend(text):
        parts.append(text[last:m.start(1)])
        last = m.end()
    return "".join(parts) + text[last:] if parts else text


def polar_type(heading: str) -> str | None:
    """The one type a column's heading names and nothing else («Цифровая точка (да/нет)»,
    «Цифровая», «Офлайн-точка»): a column answered yes or no for each point, a yes saying
    that type and a no the other; a narrow column's heading may be cut («Цифр.», «Офл.»: the
    words `read_type_value` reads).  Its bracketed parts only say how it is answered; a heading
    naming both types («Цифровая / офлайн») or none («Вид точки (цифровая/нецифровая)») is None."""
    text = re.sub(r"\([^()]*\)", " ", heading or "").strip()
    if not states_type(text):
        return None
    codes = {read_type_value(w) for w in re.split(r"[\s/|\\]+", text)} - {None}
    return codes.pop() if len(codes) == 1 else None


def other_type(code: str) -> str:
    """The other point type: what a «нет» under a column of one type says."""
    return next(c for c in _prefixes() if c != code)


def names_type_pair(text: str) -> bool:
    """A heading made of the two types' names or cuts, «Ц/О», «D/O», «Цифр./офл.», «онлайн/офлайн»:
    the column of a point type, whatever letters its values use."""
    parts = [p.strip() for p in re.split(r"[/|\\]", text.strip())]   # stripped after: «\s*» around retried every space
    # one word a side: «Точки взаимодействия (цифровые / офлайн)» heads the points themselves
    return (len(parts) == 2 and all(len(p.split()) == 1 for p in parts)
            and {read_type_value(p) for p in parts} == {"digital", "offline"})
