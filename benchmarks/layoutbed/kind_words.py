"""The words that mark a point's kind, as a grammar (`--mutate kinds=reworded`), and the mutation that says a list's
kinds in them.

Written from the contract's definitions (shared CONTRACT.md §4.4: `digital` — цифровая, онлайн; `offline` — офлайн,
оффлайн; §4.1: digital channels are reached through the internet or an information system, offline ones by a visit,
paper or a call), never from the readers' vocabulary: an adjective («электронная», «дистанционная»), an adverbial
phrase («в цифровом формате», «дистанционно», «без посещения ведомства», «при личном визите») or a noun phrase
(«дистанционное взаимодействие», «личный визит»); each said as a column value, a caption or a group row over its points,
a suffix after the channel, or a column heading.  One form and one word per kind a document: a ministry says it
one way.

`kinds=reworded` finds a list's kind column by the gold (a column whose values each stand for one gold point type on
the rows of the gold's points), the kind rows (a short full-width row over points of one kind) and kind captions
(a short paragraph over a table of points of one kind), and says each in the grammar's words; the gold unchanged."""
from __future__ import annotations

import random
import re
from dataclasses import dataclass

from .doc import Cell, Doc, Para, Table
from .mutate_rows import _unshared

# (singular feminine — «точка» —, plural)
ADJECTIVES = {"digital": (("цифровая", "цифровые"), ("электронная", "электронные"), ("дистанционная", "дистанционные"),
                          ("онлайн", "онлайн"), ("интернет-", "интернет-")),
              "offline": (("офлайн", "офлайн"), ("очная", "очные"), ("традиционная", "традиционные"),
                          ("неэлектронная", "неэлектронные"), ("оффлайн", "оффлайн"))}
ADVERBIALS = {"digital": ("в цифровом формате", "дистанционно", "в электронной форме", "без посещения ведомства",
                          "через сеть Интернет", "в электронном виде", "онлайн"),
              "offline": ("при личном визите", "очно", "в очной форме", "при личном обращении", "в офлайн-формате",
                          "без использования сети Интернет", "на бумажном носителе или устно")}
NOUNS = {"digital": ("цифровой формат", "дистанционное взаимодействие", "электронное обращение",
                     "онлайн-взаимодействие", "цифровой канал"),
         "offline": ("личный визит", "очное взаимодействие", "офлайн-взаимодействие", "непосредственный контакт",
                     "очный формат")}
FORMS = ("adjective", "adverbial", "noun")
_ROW_LEADS = {"adjective": ("{pl} точки взаимодействия", "{pl} каналы", "Точки взаимодействия: {pl}"),
              "adverbial": ("Взаимодействие {w}", "Точки взаимодействия {w}", "Обращение {w}", "{W}:"),
              "noun": ("{W}", "Формат: {w}", "Вид взаимодействия – {w}")}
_STEMS = re.compile(r"цифр|онлайн|офлайн|оффлайн|электрон|очн|дистанц|интернет|бесконтакт|контакт|личн", re.I)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


@dataclass
class KindWords:
    """One document's words for its kinds: a form and a word per kind, a lead for rows and captions, a case."""
    form: str
    words: dict[str, tuple[str, str]]     # kind -> (singular, plural); adverbials and nouns the same twice
    lead: str
    upper_first: bool

    def value(self, kind: str) -> str:
        word = self.words[kind][0]
        word = word + "точка" if word.endswith("-") else word
        return _cap(word) if self.upper_first else word

    def row(self, kind: str) -> str:
        one, many = self.words[kind]
        many = many + "точки" if many.endswith("-") else many
        text = self.lead.format(pl=_cap(many), w=one, W=_cap(one))
        return _cap(text)

    def head(self, kind: str) -> str:
        """A kind column's heading: the plural, or the phrase."""
        many = self.words[kind][1]
        return _cap(many + "точки" if many.endswith("-") else many)

    def suffix(self, kind: str, style: int) -> str:
        word = self.value(kind).lower() if self.form != "adjective" or style else self.value(kind)
        return f" ({word.lower()})" if style == 0 else f" – {word.lower()}"


def draw(rng: random.Random) -> KindWords:
    form = rng.choice(FORMS)
    if form == "adjective":
        words = {k: rng.choice(v) for k, v in ADJECTIVES.items()}
    else:
        table = ADVERBIALS if form == "adverbial" else NOUNS
        words = {k: (w, w) for k, w in ((k, rng.choice(v)) for k, v in table.items())}
    return KindWords(form, words, rng.choice(_ROW_LEADS[form]), rng.random() < 0.6)


# --- kinds=reworded --------------------------------------------------------------------------

def _text(c: Cell) -> str:
    return " ".join(c.paras).strip()


def _sq(text: str) -> str:
    return re.sub(r"[^0-9a-zа-яё]", "", text.lower().replace("ё", "е"))


def point_rows(doc: Doc, group: list[Table]) -> dict[tuple[int, int], str | None]:
    """(table index, row) -> the gold point type of the point on that row, matched in the gold's order by the
    point's channel text in one of the row's cells."""
    out, k = {}, 0
    for ti, t in enumerate(group):
        for r in range(t.header_rows, len(t.rows)):
            if k >= len(doc.gold):
                return out
            want = _sq(doc.gold[k].get("touchpoint") or "")
            if want and any(_sq(_text(c)).startswith(want) for c in t.rows[r]):
                out[(ti, r)] = doc.gold[k].get("point_type")
                k += 1
    return out


def kind_column(group: list[Table], rows: dict[tuple[int, int], str | None]) -> int | None:
    """The column whose short values on the points' rows each stand for one kind, both kinds or one."""
    n = max(len(row) for t in group for row in t.rows)
    for col in range(n):
        seen: dict[str, str] = {}
        ok = bool(rows)
        for (ti, r), kind in rows.items():
            row = group[ti].rows[r]
            v = _text(row[col]) if col < len(row) else ""
            if not v or kind is None or len(v.split()) > 4 or not _STEMS.search(v) or seen.setdefault(v, kind) != kind:
                ok = False
                break
        if ok:
            return col
    return None


def _kinds_under(t: Table, r: int, ti: int, rows: dict) -> set:
    """The kinds of the points under a full-width row, down to the next one."""
    kinds = set()
    for q in range(r + 1, len(t.rows)):
        if len(t.rows[q]) == 1:
            break
        if (ti, q) in rows:
            kinds.add(rows[(ti, q)])
    return kinds


def _short_kind(text: str) -> bool:
    return len(text.split()) <= 5 and bool(_STEMS.search(text))


def reworded(doc: Doc, group: list[Table], rng: random.Random) -> None:
    if doc.kind != "touchpoint_list":
        return
    words = draw(rng)
    rows = point_rows(doc, group)
    col = kind_column(group, rows)
    if col is not None:
        for (ti, r), kind in rows.items():
            group[ti].rows[r][col] = Cell([words.value(kind)])
    rows_at, paras_at = [], []
    for ti, t in enumerate(group):
        for r in range(t.header_rows, len(t.rows)):
            row, kinds = t.rows[r], _kinds_under(t, r, ti, rows)
            if len(row) == 1 and _short_kind(_text(row[0])) and len(kinds) == 1 and None not in kinds:
                rows_at.append((t, r, kinds.pop()))
        at = doc.blocks.index(t)
        before = doc.blocks[at - 1] if at else None
        kinds = {k for (i, _), k in rows.items() if i == ti}
        if isinstance(before, Para) and _short_kind(before.text) and len(kinds) == 1 and None not in kinds:
            paras_at.append((at - 1, kinds.pop()))
    # a kind row or caption is told from a direction's by both kinds standing so (a direction of one kind's points
    # whose words hold a kind's stem is no kind row)
    if {k for *_, k in rows_at} == {"digital", "offline"}:
        for t, r, kind in rows_at:
            old = t.rows[r][0]
            t.rows[r][0] = Cell([words.row(kind)], span=old.span, bold=old.bold)
    if {k for _, k in paras_at} == {"digital", "offline"}:
        for at, kind in paras_at:
            old = doc.blocks[at]
            doc.blocks[at] = Para(words.row(kind), bold=old.bold, center=old.center)


KIND_MUTATIONS = {"kinds=reworded": _unshared(reworded)}
