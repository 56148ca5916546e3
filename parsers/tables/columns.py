"""Header rows recognised by their words; columns mapped to fields by header meaning.

The vocabulary is data (`parsers/data/columns.yaml`).  A header cell matches a
field phrase when all the phrase's lemmas occur in the cell; the score is the
share of the cell's content words the phrase covers, so the most specific
phrase wins ("Тип точки (взаимодействия)" is `point_type`, not `touchpoint`).
Columns are assigned greedily by score, one field per column.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from textcore.vocab import load_yaml
from rapidfuzz import fuzz, process

from textcore.lemmas import lemma, lemmas, normalize
from textcore.name_shape import without_names
from textcore.point_type import names_type_pair, states_type, without_legend

from .cut_words import covers, split_cuts

from .client_words import client_runs, cut_client_runs, splits_a_client
from .head_noun import first_word, head_word, number_head_field, weighed
from .column_roles import whole_heading, whole_heading_words, with_stand_ins
from .kind_heading import with_form_as_kind
from .header_parts import names_any, variants

_DATA = Path(__file__).resolve().parent.parent / "data" / "columns.yaml"
# words that say nothing about which column it is
_STOP = {"с", "в", "и", "о", "по", "на", "для", "клиент", "конкретный", "(", ")"}
MIN_SCORE = 0.3
# in a heading that states the points' kinds beside its name (a part, a legend: «Форма взаимодействия (цифровая /
# офлайн)»), a phrase made of a head noun and its qualifier (`head_phrases`) scores below one the vocabulary lists:
# the heading names the kind (0.9), not the channel by «форма взаимодействия»; elsewhere it scores in full («Способ
# обращения клиента / ключевые запросы» ties with the needs' phrase as a listed one would)
_MADE_WEIGHT = 0.85
NUMBER_HEAD_WEIGHT = 0.95   # a plan's number-headed column («№ мероприятия»), read by rule: a shade under a whole phrase
_WORD_CHAR = re.compile(r"\w")


@dataclass(frozen=True)
class Schema:
    kind: str
    fields: dict[str, tuple[str, ...]]
    required: tuple[str, ...]
    min_fields: int
    made: frozenset[str] = frozenset()      # the phrases `head_phrases` made, none listed as such


@lru_cache(maxsize=None)
def schema(kind: str) -> Schema:
    data = load_yaml(_DATA, required=(kind,))[kind]
    fields = {k: tuple(v) for k, v in data["fields"].items()}
    made: set[str] = set()
    for field, words in (data.get("head_phrases") or {}).items():   # «способ обращения»: a head and its qualifier
        pairs = tuple(f"{h} {q}" for h in words["heads"] for q in words["qualifiers"] if h != q)
        made |= {p for p in pairs if p not in fields[field]}
        fields[field] += tuple(p for p in pairs if p not in fields[field])
    return Schema(kind, fields,
                  tuple(data.get("required", ())), int(data.get("min_fields", 2)), frozenset(made))


# the ordinal column's header: "№", "N", "Номер", "№ п/п" ("по порядку"), "пп", and the same read by
# OCR with Latin look-alikes ("№ n/n") or a stray dot; "№" and one short garbled token
# after it ("№ шп": "п/" read as "ш") is still the ordinal, no word is that short
_ORDINAL_HEADER = re.compile(r"^(?:(?:№|n|no|номер)\.?)?\s*(?:[пn]\s*[/.\\]?\s*[пn]\.?)?$|^№\s*[^\s\d]{1,3}\.?$")


def is_ordinal_header(text: str) -> bool:
    """Whether a header cell heads the ordinal column («№», «№ п/п», «Номер»): the one test of
    the header readers and of the procedure's tables (parsers/extract/kindtable.py)."""
    norm = normalize(text).strip()
    return bool(norm) and bool(_ORDINAL_HEADER.match(norm))


def _content(text: str) -> tuple[str, ...]:
    norm = normalize(text)
    if is_ordinal_header(text):
        return ("№",)
    return tuple(w for w in lemmas(text) if w not in _STOP and not w.isdigit()) or (
        ("№",) if "№" in norm else ())


@lru_cache(maxsize=None)
def _phrase_words(kind: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each field's vocabulary phrases as their content words, lemmatised once, not per header."""
    return {field: tuple(w for w in map(_content, phrases) if w) for field, phrases in schema(kind).fields.items()}


@lru_cache(maxsize=None)
def _phrase_sets(kind: str) -> tuple[tuple[str, tuple[str, ...], frozenset[str]], ...]:
    """(field, content words, their set) of every vocabulary phrase, in `_phrase_words`' order."""
    return tuple((field, words, frozenset(words)) for field, ps in _phrase_words(kind).items() for words in ps)


@lru_cache(maxsize=None)
def _made_words(kind: str) -> frozenset[tuple[str, ...]]:
    """The content words of the phrases `head_phrases` made that no listed phrase of any field spells too."""
    listed = {_content(p) for p in _all_phrases(kind) if p not in schema(kind).made}
    return frozenset(w for w in map(_content, schema(kind).made) if w and w not in listed)


@lru_cache(maxsize=None)
def _all_phrases(kind: str) -> tuple[str, ...]:
    return tuple(p for phrases in schema(kind).fields.values() for p in phrases)


def _cut_content(kind: str, header_text: str) -> tuple[tuple[str, ...], tuple[frozenset[str], ...]]:
    """The cell's whole content words and its words cut short («вз-ия», «Наим.»: `cut_words`)."""
    if is_ordinal_header(header_text):
        return _content(header_text), ()
    rest, cuts = split_cuts(header_text, _all_phrases(kind))
    cuts = tuple(c - _STOP for c in cuts if c - _STOP)
    return (_content(rest) if cuts else _content(header_text)), cuts


@lru_cache(maxsize=20_000)
def field_scores(kind: str, header_text: str) -> dict[str, float]:
    """Score of each field for one header cell's text (0 when none matches): the best of the cell
    and of its parts (`header_parts`: a second language, «/», brackets, footnote marks left out); a person's
    name the cell holds is left out (`textcore.name_shape`), a cell of a name alone scores none."""
    keep = _keep_words(kind)
    bare = without_names(header_text, lambda w: normalize(w) in keep or lemma(normalize(w)) in keep)
    if bare != header_text:       # a person's name is no field's word («Бурцева О.Н.» over a plan's column of marks)
        return field_scores(kind, bare) if bare.strip() else {}
    named = names_any(header_text, keep)
    parts = variants(header_text, keep) if named else []   # none: a data cell, mostly
    made = _MADE_WEIGHT if any(states_type(t) for t, _ in parts) or without_legend(header_text) != header_text \
        else 1.0
    out = dict(cell_scores(kind, header_text, made))
    for text, weight in parts:
        for f, score in cell_scores(kind, text, made).items():
            out[f] = max(score * weight, out.get(f, 0.0))
    return _led_by_first(kind, header_text, out) if named else out


_JOINED = re.compile(r"\s[–—-]\s|:\s")


def _led_by_first(kind: str, header_text: str, out: dict[str, float]) -> dict[str, float]:
    """Two headings joined at a spaced dash or a colon, «Канал взаимодействия – Тип точки», each part naming a field
    of its own: the cells lead with the first one's value («Сайт – цифровая»), so the first part's field scores as
    the cell's best — as a bracketed second field leaves the first its own (`bracketed_fields`).  The channel and
    its needs in either order stay the channel's column (`point_lines` cuts them), and a required field second
    keeps the column (without it the table would be no list at all)."""
    cut = _JOINED.split(header_text, maxsplit=1)
    if len(cut) != 2 or not all(p.strip() for p in cut):
        return out
    best = [max(sc, key=sc.get) if (sc := cell_scores(kind, p.strip())) else None for p in cut]
    if None in best or best[0] == best[1] or set(best) == {"touchpoint", "interaction"} or \
            best[1] in schema(kind).required:    # «Процесс: Канал»: a list's required field is not given up
        return out
    top = max(out.values(), default=0.0)
    return {**out, best[0]: max(top, out.get(best[0], 0.0)) + 0.01} if out.get(best[0], 0.0) < top else out


@lru_cache(maxsize=None)
def _keep_words(kind: str) -> frozenset[str]:
    """The vocabulary's words and their lemmas (the headings read word for word too): never taken
    for a word of another language, and a cell holding none is not taken apart."""
    # the phrases as listed: a head noun's pairings (`head_phrases`) add common words («форма», «связь») that
    # data cells hold, and such a cell would be taken apart for nothing
    listed = [p for v in load_yaml(_DATA, required=(kind,))[kind]["fields"].values() for p in v]
    words = {w for p in listed for w in re.findall(r"[а-я]+", normalize(p))}
    return frozenset(words | {lemma(w) for w in words} | whole_heading_words(kind))


@lru_cache(maxsize=20_000)
def cell_scores(kind: str, header_text: str, made_weight: float = 1.0) -> dict[str, float]:
    """Score of each field for one text as a whole, not taken apart (a paragraph's label, whose
    brackets may hold the value before it: parsers/extract/record_lines.py); a word cut
    short counts as one word that may be any vocabulary word it abbreviates.  A legend the
    cell carries («Тип точки (Ц – цифровая, О – офлайн)») may be left out: its words say
    what the values mean («Вид – цифровая/офлайн» is named by them, so both readings count)."""
    named = whole_heading(kind, header_text)
    if named:
        return {named: 1.0}
    if numbers_a_column(header_text):
        return {}
    if numbered := number_head_field(kind, header_text):
        # read by rule, so a shade under a heading a phrase names whole: where two headings are weighed against
        # each other (a spanning cell's sub-heading joined to each top cell, «Срок начала реализации» against
        # «N начала реализации», parsers/formats/text_cells_rows._spanning) the named one wins
        return {numbered: NUMBER_HEAD_WEIGHT}
    if "point_type" not in schema(kind).fields:
        return _with_gloss_left_out(kind, header_text, _scores(kind, header_text))
    if names_type_pair(header_text):
        return {"point_type": 1.0}               # «Ц/О», «D/O»: a heading of type letters
    out = _scores(kind, header_text, made_weight)
    bare = without_legend(header_text)
    if bare != header_text:
        for field, score in _scores(kind, bare, made_weight).items():
            out[field] = max(score, out.get(field, 0.0))
    return _with_gloss_left_out(kind, header_text, out, made_weight)


_NUMBERED_LABEL = re.compile(r"^([^\W\d_]+)\.?\s*(\d{1,2}|[ivxl]{1,4})\.?$")


def numbers_a_column(text: str) -> bool:
    """A heading that numbers its column under a label word («Графа 3», «Гр. 3», «Колонка 2»;
    `column_number_labels`): a column named by its place, no field."""
    m = _NUMBERED_LABEL.match(text.strip().lower())
    return bool(m) and m.group(1) in _number_labels()


@lru_cache(maxsize=None)
def _number_labels() -> frozenset[str]:
    return frozenset(str(w) for w in load_yaml(_DATA, required=("column_number_labels",))["column_number_labels"])


def _with_gloss_left_out(kind: str, header_text: str, out: dict[str, float],
                         made_weight: float = 1.0) -> dict[str, float]:
    """A gloss in brackets closing the cell («Потребности клиента (номера по перечню
    потребностей)») says how the column is filled, not what it is: the name before it scores
    too.  Its words only dilute the name's share — one misread on a scan left none at all."""
    name = gloss_name(header_text)
    if name is None:
        return out
    for field, score in _scores(kind, name, made_weight).items():
        out[field] = max(score, out.get(field, 0.0))
    return out


def gloss_name(text: str) -> str | None:
    """The name before a bracketed gloss closing the text (no bracket inside the gloss), or None.
    Found by the last «(» rather than a regex: two lazy runs around a word character backtracked
    quadratically on a long cell with no gloss (a 16,000-character cell took 3 s)."""
    body = text.rstrip()
    if not body.endswith(")"):
        return None
    start = body.rfind("(", 0, len(body) - 1)
    if start < 0 or ")" in body[start + 1:-1]:
        return None
    name = body[:start].rstrip()
    return name if _WORD_CHAR.search(name) else None


def _scores(kind: str, header_text: str, made_weight: float = 1.0) -> dict[str, float]:
    cell, cuts = _cut_content(kind, header_text)
    out: dict[str, float] = {}
    if not cell and not cuts:
        return out
    cell_set = set(cell)
    size = len(cell_set) + len(cuts)
    # «… с получателем услуг» (or «с получат. услуг»): whose, not what; counted only by a phrase naming it
    runs = client_runs(cell) + cut_client_runs(cell, cuts)
    client = frozenset(w for run in runs for w in run)
    made = _made_words(kind)
    first = first_word(cell)
    near = None
    matches: list[tuple[str, float, frozenset[str] | None]] = []
    # (a phrase splitting a client phrase counts neither way: asked only of a phrase that would count —
    # of the seeds' ~140,000 phrase-cell pairs a rebuild, a few hundred)
    for field, words, held in _phrase_sets(kind):
        if held <= cell_set or cuts and covers(held - cell_set, cuts):
            if not splits_a_client(held, runs, first):
                own = size - len(client - held)
                matches.append((field, len(held) / own * (made_weight if words in made else 1.0), held))
            continue
        near = _near_phrases(kind, " ".join(cell)) if near is None else near
        r = near.get(words, 0.0)       # a typo or an unusual ending: fuzzy, discounted
        if r >= 0.85 and _word_for_word(words, cell) and not splits_a_client(held, runs, first):
            matches.append((field, 0.8 * r * min(1.0, len(words) / size), None))
    return {f: s for f, s in weighed(matches, head_word(header_text, cell)).items() if s >= MIN_SCORE}


def _word_for_word(words: tuple[str, ...], cell: tuple[str, ...]) -> bool:
    """A near spelling is one of the same words misspelt: as many words, each near one of the cell's
    («Срок исполненя»), not a word of its own in its place («Работа по реализации» is no «Срок реализации»,
    «Функция взаимодействия» no «Точка взаимодействия»).  Counts apart, a word run together or split
    by OCR, it stands as the whole-string ratio says; so does a word of three letters, too short to tell a
    misspelling from another word by its letters («вид» / «тип» of a point).  A space OCR put elsewhere
    («Точкавзаимо действия») cuts as many words at other places: a word inside a cell's word, or one inside
    it, is that word glued or cut."""
    if len(words) != len(cell):
        return True
    return all(len(w) <= 3 or any(_near_word(w, c) for c in cell) for w in words)


def _near_word(w: str, c: str) -> bool:
    return fuzz.ratio(w, c, processor=None) >= 70 or min(len(w), len(c)) >= 4 and (w in c or c in w)


@lru_cache(maxsize=None)
def _joined_phrases(kind: str) -> tuple[tuple[tuple[str, ...], ...], tuple[str, ...]]:
    phrases = tuple(dict.fromkeys(w for ps in _phrase_words(kind).values() for w in ps))
    return phrases, tuple(" ".join(w) for w in phrases)


def _near_phrases(kind: str, cell: str) -> dict[tuple[str, ...], float]:
    """fuzz.ratio / 100 of the cell's words against each vocabulary phrase that comes near (84 and
    up; `_scores` takes 85): one call for all the phrases, not one each (~90,000 calls a rebuild of
    the seeds).  The same scorer, so the same scores."""
    phrases, joined = _joined_phrases(kind)
    hits = process.extract(cell, joined, scorer=fuzz.ratio, processor=None, score_cutoff=84, limit=None)
    return {phrases[i]: score / 100 for _, score, i in hits}


def content_words(header_text: str) -> frozenset[str]:
    """A heading's content words, as lemmas (no stop words, no digits): what its phrases are matched on."""
    return frozenset(_content(header_text))


def named_phrases(kind: str, field: str, header_text: str) -> frozenset[tuple[str, ...]]:
    """The field's vocabulary phrases (as content words) a heading holds whole: «Потребность 2» and
    «Потребности клиента» both hold «потребность»; «Осуществляемое взаимодействие» holds none of them."""
    words = set(_content(header_text))
    return frozenset(p for p in _phrase_words(kind).get(field, ()) if set(p) <= words)


def map_columns(kind: str, header: list[str]) -> dict[str, int]:
    """Field -> column index for a header row (fields not found are absent; a column standing in
    for a field the header lacks, `column_roles`, under that field)."""
    pairs = sorted(((s, -i, f) for i, text in enumerate(header)
                    for f, s in field_scores(kind, text).items()), reverse=True)
    fields: dict[str, int] = {}
    used: set[int] = set()
    for score, neg_i, f in pairs:
        i = -neg_i
        if f in fields or i in used:
            continue
        fields[f] = i
        used.add(i)
    return with_stand_ins(kind, with_form_as_kind(kind, header, fields, field_scores))


def is_header(kind: str, header: list[str]) -> bool:
    s = schema(kind)
    mapping = map_columns(kind, header)
    return len(mapping) + len(bracketed_fields(kind, header, mapping)) >= s.min_fields and \
        all(r in mapping for r in s.required)


_BRACKETED = re.compile(r"\(([^()]{3,80})\)")


def bracketed_fields(kind: str, header: list[str], mapping: dict[str, int]) -> set[str]:
    """Fields a mapped column's heading names besides its own in brackets: «Канал взаимодействия (вид
    точки)» holds two fields in one column (the kind after the channel in its cells), so a list of
    «№ | Канал (вид точки)» names as many fields as one with the two columns apart."""
    out: set[str] = set()
    for i in set(mapping.values()):
        for part in _BRACKETED.findall(header[i]):
            scores = field_scores(kind, part)
            best = max(scores, key=scores.get) if scores else None
            if best and scores[best] >= 0.7 and best not in mapping:
                out.add(best)
    return out


def is_numbering_row(cells: list[str]) -> bool:
    """The `1 2 3 4 5 6` row under a header (empty cells allowed)."""
    vals = [c.strip().rstrip(".") for c in cells if c.strip()]
    if len(vals) < 2 or not all(v.isdigit() for v in vals):
        return False
    nums = [int(v) for v in vals]
    return nums == list(range(nums[0], nums[0] + len(nums))) and nums[0] <= 1
