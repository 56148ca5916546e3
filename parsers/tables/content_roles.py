"""Columns of a table with no header decided by what their cells hold.

An amending order restates or adds rows of a list («строку 5 изложить в следующей редакции:
"…"», «дополнить строками 9–11 следующего содержания: "…"») as a table of those rows alone,
with no header; a list's header is lost at a page break, in converted text, or worded so
that no vocabulary knows it.  Such a table is read here column by column, by the share of
its cells each reader recognises:

* short numbers «1.», «5.2» — the row number; «цифровая» / «офлайн» — the point type;
* channels, needs, deadlines, people: the normalizers' readers, given by the pipeline
  (`use_cell_readers`: parsers never import normalizers), and a channel's code (`channel_code`:
  a column that spells out the channel beside it is no needs column); a body or a post by its words
  (`parsers/data/content_roles.yaml`);
* long phrases repeated down the column: a direction or a process (the one holding the
  other — fewer distinct values — the direction).

A touchpoint list needs a channel column and a needs or a process column; a roadmap an
activity and a deadline or a responsible column — both where a column of figures stands beside them
(amounts, target values: a schedule of payments, a table of indicators is no plan).  Where the paragraphs above the table
name the list's kind, or say the table restates rows of a list (`kind_cues`, `row_cues`),
the bar is lower; where they do not, more rows and both columns are asked for.  A table
that holds neither (a signature block, a stamp, requisites), or wider than any list, is left alone.

    content_roles(rows, cued) -> Reading(kind, {field: column}, fields told apart by order) | None
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, NamedTuple

from textcore.lemmas import lemmas, morph
from textcore.numbering import ARABIC, ROMAN, parse_item_number
from textcore.point_type import read_type_value
from textcore.vocab import vocabulary

from . import header_labels
from .columns import is_numbering_row, is_ordinal_header
from .point_lines import reads_channel_lines

_DATA = Path(__file__).resolve().parent.parent / "data" / "content_roles.yaml"

CellReader = Callable[[str], bool]
_READERS: dict[str, Callable] = {}      # CellReader each, but `channel_code`: text -> a channel's code or None

_NUMBER_SHARE = 0.8        # of a column's filled cells: row numbers
_TYPE_SHARE = 0.8          # point types
_CHANNEL_SHARE = (0.6, 0.75)    # channels: (the text above names the list's kind, it does not)
_NEEDS_SHARE = (0.4, 0.6)  # needs: (the text above names the list or its rows, it does not) — beside a channel
                           # column of a list so named, the column of varied phrases is its needs even where a
                           # client's own words (a complaint, a question) are half read
_MERGED_NEEDS = 0.8        # needs merged over several points (repeated down the list): read this surely
_SPELLED = 0.8             # of the rows where a column names a channel: the row's own channel — a glossary
_ROADMAP_SHARE = 0.6       # deadlines, or bodies and posts
_UNIT_WORDS = 4            # a unit's or a post's name, on average at most: «Отдел организационной работы»
_REPEATED = 0.6            # distinct values / filled cells at most: a column repeated down the table
_CHANNEL_WORDS = 15        # a channel is named in a phrase, not in sentences (the needs' cells)
_SAMPLE = 12               # distinct values of a column asked of a reader: enough to judge it, cheap on long lists
_CELL_CHARS = 600          # longer than a list's cell (a page of text in a cell): no reader is asked of it —
                           # the needs reader's cost grows faster than the text on a long phrase
_MIN_ROWS_UNCUED = 3       # a table nothing above names: rows enough to judge its columns
_MAX_COLS = 32             # wider than any list (a plan with a column a month included): a grid of something
                           # else, its columns never asked of the readers (each asks up to `_SAMPLE` cells)


@vocabulary(_DATA, required=("documents",))
def _documents(d: dict) -> frozenset[str]:
    return frozenset(str(w).lower() for w in d["documents"])


@vocabulary(_DATA, required=("kind_cues", "row_cues", "responsible"))
def _vocab(d: dict) -> tuple[dict[str, re.Pattern], re.Pattern, frozenset[str]]:
    kinds = {k: re.compile("|".join(f"(?:{rx})" for rx in v), re.I) for k, v in d["kind_cues"].items()}
    rows = re.compile("|".join(f"(?:{rx})" for rx in d["row_cues"]), re.I)
    return kinds, rows, frozenset(str(w).lower() for w in d["responsible"])


def use_cell_readers(readers: dict[str, Callable]) -> None:
    """Give the readers of a cell that live above the parsers (`channel`, `needs`, `deadline`,
    `person`: each text -> whether it reads as one with a good score; `channel_code`: text -> the
    channel's code where `channel` says yes, else None).  Without a channel reader no table is
    read by its content."""
    _READERS.update(readers)


def cell_reader(name: str) -> Callable | None:
    """A reader given by `use_cell_readers` (None where the pipeline gave none: a parser alone)."""
    return _READERS.get(name)


def kind_cue(text: str) -> str | None:
    """The list kind a text names («… перечень точек взаимодействия …»), or None."""
    found = [k for k, rx in _vocab()[0].items() if rx.search(text)]
    return found[0] if len(found) == 1 else None


def rows_cue(text: str) -> bool:
    """Whether a paragraph says the table under it holds rows of a list («строку 5 изложить …»)."""
    return bool(_vocab()[1].search(text))


def _is_number(text: str) -> bool:
    n = parse_item_number(text.strip(), (ARABIC, ROMAN))
    return n is not None and not n.rest


def _is_type(text: str) -> bool:
    return len(text.split()) <= 3 and read_type_value(text) is not None


def _is_responsible(text: str) -> bool:
    person = _READERS.get("person")
    words = lemmas(text)
    if words[:1] and words[0] in _documents():       # «Приказ министерства»: a document a body issues
        return False
    return bool(set(words) & _vocab()[2]) or bool(person and person(text))


def _is_term(text: str) -> bool:
    """A term as the deadline reader reads it, but no document's date: «Приказ от 01.02.2024», «Отчёт за
    2024 год» name a period of a document (a basis's, a result's column), not when the work is due."""
    read, words = _READERS.get("deadline"), lemmas(text)
    return bool(read) and not (words[:1] and words[0] in _documents()) and bool(read(text))


# a figure: an amount, a value, a share — a number and at most a short unit («12 500,00», «85 %», «1 200 ед.»)
_FIGURE = re.compile(r"[<>≤≥~]?\s*\d[\d\s]*(?:[.,]\d+)?\s*(?:%|[а-яё.]{1,8}\.?)?", re.I)


def _is_figure(text: str) -> bool:
    return bool(_FIGURE.fullmatch(text.strip()))


def _own_readers() -> dict[str, CellReader]:
    return {"number": _is_number, "point_type": _is_type, "responsible": _is_responsible, "figure": _is_figure,
            "term": _is_term, "channel_lines": lambda text: reads_channel_lines(text, _READERS.get("channel"), _READERS.get("needs"))}


def has_reader(role: str) -> bool:
    """Whether a cell of `role` can be recognised here (the normalizers' readers given or not)."""
    return role in _own_readers() or role in _READERS


@dataclass
class Facts:
    """What one column's cells are: how many, how repeated, how long, and the share of its
    distinct values each reader recognises — asked only when a decision needs it (the channel
    reader is never run over the number column)."""
    filled: int
    distinct: int                # distinct values among its filled cells
    words: float                 # words a filled cell, on average (tokens with a letter: «8 (800) 100-20-30» has none)
    sample: tuple[str, ...]      # its distinct values, at most `_SAMPLE`, spread over the table
    _shares: dict[str, float] = field(default_factory=dict)
    down: int = 0                # rows it covers written once a group: from its first row on where that is filled

    @property
    def repeated(self) -> bool:
        """Repeated down the table: written on each row, or once a group with the rows below it left
        empty (a process printed once over its points, in converted text or not merged in Word)."""
        rows = max(self.filled, self.down)
        return rows >= _MIN_ROWS_UNCUED and self.distinct <= _REPEATED * rows

    def share(self, role: str) -> float:
        """Of its distinct values, the share `role`'s reader recognises (a channel repeated on
        ten rows is one reading, not ten); 0 where there is no such reader."""
        if role not in self._shares:
            read = {**_own_readers(), **_READERS}.get(role) if role != "person" else None
            self._shares[role] = sum(1 for c in self.sample if len(c) <= _CELL_CHARS and read(c)) / len(self.sample) \
                if read and self.sample else 0.0
        return self._shares[role]


def column_facts(rows: list[list[str]]) -> list[Facts]:
    """Facts of each column of rows of cell texts (one list a row, as wide as the table)."""
    n_cols = max((len(r) for r in rows), default=0)
    out = []
    for k in range(n_cols):
        # a number sign is the number column's label («№», «№ п/п» of a header no vocabulary read whole)
        cells = [r[k].strip() for r in rows if k < len(r) and r[k].strip() and not is_ordinal_header(r[k])]
        values = list(dict.fromkeys(cells))
        step = max(1, len(values) // _SAMPLE)
        down = len(rows) if rows and k < len(rows[0]) and rows[0][k].strip() else 0
        out.append(Facts(len(cells), len(values), sum(_words(c) for c in cells) / (len(cells) or 1),
                         tuple(values[::step][:_SAMPLE]), down=down))
    return out


def _words(text: str) -> int:
    return sum(1 for w in text.split() if any(ch.isalpha() for ch in w))


def _best(facts: list[Facts], free: set[int], role: str, least: float, max_words: float = 1e9) -> int | None:
    """The free column most of whose cells read as `role` (at least `least` of them)."""
    scored = [(f.share(role), -k) for k, f in enumerate(facts)
              if k in free and f.filled and f.words <= max_words]
    best = max(scored, default=None)
    return -best[1] if best and best[0] >= least else None


def _numbered(facts: list[Facts], free: set[int]) -> int | None:
    return _best(facts, free, "number", _NUMBER_SHARE, max_words=1.5)


def touchpoint_roles(facts: list[Facts], n_rows: int, cued: bool,
                     rows: list[list[str]] | None = None) -> dict[str, int] | None:
    """{field: column} of a touchpoint list, or None: no channel column, or neither a needs
    nor a process column beside it.  `rows`: the cells, for telling a needs column from one
    that spells out the channels beside it."""
    free = set(range(len(facts)))
    out: dict[str, int] = {}
    for field, col in (("group_no", _numbered(facts, free)), ("point_type", _best(facts, free, "point_type", _TYPE_SHARE))):
        if col is not None:
            out[field] = col
            free.discard(col)
    share = _CHANNEL_SHARE[0 if cued else 1]
    channel = _best(facts, free, "channel", share, max_words=_CHANNEL_WORDS)
    # «Сайт – подать заявление; …»: channels with their needs (point_lines.py), the needs' column too
    channel = _best(facts, free, "channel_lines", share) if channel is None else channel
    if channel is None:
        return None
    out["touchpoint"] = channel
    free.discard(channel)
    text = [k for k in sorted(free) if facts[k].filled and facts[k].words >= 2]
    needs = _needs_column(facts, text, n_rows, cued, _spelling(rows, channel))
    needs = channel if needs is None and facts[channel].share("channel_lines") >= share else needs
    if needs is not None:
        out["interaction"] = needs
    # a column of units and posts (a point's responsible, a list's own extra column) is no process: short
    # names of bodies and posts — a process's name may name the ministry it serves, in more words
    rest = [k for k in text if k != needs and (n_rows < _MIN_ROWS_UNCUED or facts[k].repeated)
            and not (facts[k].words <= _UNIT_WORDS and facts[k].share("responsible") >= _ROADMAP_SHARE)]
    out.update(_direction_process(facts, rest))
    if needs is None and not _names_processes(facts, out, channel):
        return None              # a channel column and a column of something else is no list yet
    if not cued and (needs is None or n_rows < _MIN_ROWS_UNCUED):
        return None
    return out


def _names_processes(facts: list[Facts], out: dict[str, int], channel: int) -> bool:
    """With no needs column, a process column beside a clear channel column — not one of units and
    posts (a contacts table: «Отдел кадров» repeated beside its phones and e-mails)."""
    process = out.get("process")
    return process is not None and facts[channel].share("channel") >= _CHANNEL_SHARE[1] and \
        facts[process].share("responsible") < _ROADMAP_SHARE


def _needs_column(facts: list[Facts], text: list[int], n_rows: int, cued: bool = False,
                  spells: Callable[[int], bool] | None = None) -> int | None:
    """The column of what the client needs: read as needs, each row its own (a process or a
    direction repeats down the list); of two, the one with longer cells, then the later one.
    Not a column that spells out the channel beside it: a glossary's expansions of the
    abbreviations («ЕПГУ» — «Единый портал государственных услуг») are no needs.  A client's
    needs may name channels too («подать заявление через ЕПГУ», «не могу дозвониться»): only
    where the row's own channel is not known (`spells` None) are such cells taken for a glossary's."""
    varied = [k for k in text if n_rows < _MIN_ROWS_UNCUED or not facts[k].repeated]
    scored = [(facts[k].share("needs"), facts[k].words, k) for k in varied]
    needs = [s for s in scored if s[0] >= _NEEDS_SHARE[0 if cued else 1]
             and not (spells(s[2]) if spells else facts[s[2]].share("channel") >= _CHANNEL_SHARE[0])]
    best = max(needs, default=None)
    if best is None:
        # needs merged over a process's points repeat down the list as a process does: a column the
        # needs reader reads surely, and far better than any other, is the needs all the same
        shares = sorted(((facts[k].share("needs"), k) for k in text), reverse=True)
        if shares and shares[0][0] >= _MERGED_NEEDS and (len(shares) == 1 or shares[1][0] <= shares[0][0] / 2) \
                and not (spells(shares[0][1]) if spells else False):
            return shares[0][1]
    return best[2] if best else None


def _spelling(rows: list[list[str]] | None, channel: int) -> Callable[[int], bool] | None:
    """Whether a column names, on most rows, the channel the channel column names on that row
    (a glossary's expansions); None without the rows or a reader of a channel's code.  A cell
    opened by a verb is no expansion, whatever channel it names («подать заявление через
    Госуслуги» beside «ЕПГУ»: the client's need, by its own row's channel)."""
    code = _READERS.get("channel_code")
    if not rows or code is None:
        return None
    pairs = [r for r in rows if len(r) > channel and r[channel].strip()]
    pairs = pairs[::max(1, len(pairs) // _SAMPLE)][:_SAMPLE]

    def spells(k: int) -> bool:
        named = [(c, code(r[channel])) for r in pairs if k < len(r) and len(r[k]) <= _CELL_CHARS
                 and not _opens_with_verb(r[k]) and (c := code(r[k])) is not None]
        return len(named) >= _CHANNEL_SHARE[0] * len(pairs) and \
            sum(c == own for c, own in named) >= _SPELLED * len(named)
    return spells


def _opens_with_verb(text: str) -> bool:
    first = re.match(r"\W*([А-Яа-яЁё]+)", text)
    return bool(first) and morph().parse(first.group(1).lower())[0].tag.POS in ("INFN", "VERB")


def _direction_process(facts: list[Facts], rest: list[int]) -> dict[str, int]:
    """Of the columns repeated down the list, the two repeated most: the one holding the
    other (fewer distinct values; the left one where they are as many) is the direction."""
    two = sorted(sorted(rest, key=lambda k: facts[k].distinct / facts[k].filled)[:2])
    if len(two) == 1:
        return {"process": two[0]}
    if not two:
        return {}
    a, b = two
    direction, process = (b, a) if facts[b].distinct < facts[a].distinct else (a, b)
    return {"direction": direction, "process": process}


def roadmap_roles(facts: list[Facts], n_rows: int, cued: bool) -> dict[str, int] | None:
    """{field: column} of a roadmap, or None: no activity (a column of phrases), or neither a deadline nor a responsible
    column beside it (both where nothing above names a plan) — under a plan's title, activities stating their terms
    (`activity_term`) beside a column of results are a plan too."""
    free = set(range(len(facts)))
    out: dict[str, int] = {}
    for field, role in (("item_no", None), ("deadline", "deadline"), ("responsible", "responsible")):
        col = _numbered(facts, free) if role is None else _best(facts, free, role, _ROADMAP_SHARE)
        if col is not None and not (role == "deadline" and facts[col].share("activity_term") >= _ROADMAP_SHARE):
            out[field] = col     # (activities stating their terms are read as terms too: no term column)
            free.discard(col)
    text = [k for k in sorted(free) if facts[k].filled and facts[k].words >= 3]
    # ... or, under a plan's title, activities that state their own terms («… (срок – II кв.)»)
    own_terms = cued and n_rows >= 2 and bool(text) and facts[text[0]].share("activity_term") >= _ROADMAP_SHARE
    if not text or not ({"deadline", "responsible"} & set(out) or own_terms):
        return None
    if {"deadline", "responsible"} - set(out) and any(facts[k].share("figure") >= _ROADMAP_SHARE for k in free):
        return None              # dates or units beside amounts, values: a schedule of payments, a table of indicators
    if not cued and ({"deadline", "responsible"} - set(out) or n_rows < 2):
        return None
    out["activity"] = text[0]     # the results: the next column of phrases (any words beside own terms: «Памятка»)
    more = text[1:] or [k for k in sorted(free - {text[0]}) if own_terms and facts[k].filled and facts[k].words >= 1]
    if not more and not {"deadline", "responsible"} & set(out):
        return None              # an activity with its term alone: a list of dated sentences, no plan of measures
    return out | ({"deliverable": more[0]} if more else {})


def _readers() -> dict[str, Callable]:
    return {**_own_readers(), **_READERS}


def labels_row(cells: list[str], columns: dict[str, int], below: list[list[str]] = ()) -> bool:
    """Whether a first row is a header in words no vocabulary knows (`header_labels.labels_row`)."""
    return header_labels.labels_row(cells, columns, _readers(), below)


class Reading(NamedTuple):
    kind: str
    columns: dict[str, int]
    by_place: tuple[str, ...]      # fields told apart by their columns' order alone, not by content


def content_roles(rows: list[list[str]], cued: str | None) -> Reading | None:
    """The kind of list header-less rows hold and {field: column}, or None.  `cued`: the kind the
    text above names ("" where it says the table holds a list's rows but not which)."""
    if "channel" not in _READERS or not 3 <= max((len(r) for r in rows), default=0) <= _MAX_COLS:
        return None
    body = judged_rows(rows)
    whole = _reading(body, cued)
    top = label_rows(body, whole.columns) if whole else int(all(t.strip() for t in body[0])) if body else 0
    if top and len(body) - top >= _MIN_ROWS_UNCUED:
        below = _reading(body[top:], cued)      # the first rows as a header in words nobody knows
        # taken where it decides more columns, or as many and its readers refuse the first row's cells
        if below and (whole is None or len(below.columns) > len(whole.columns) or (
                len(below.columns) == len(whole.columns) and labels_row(body[0], below.columns, body[1:]))):
            return below
    return whole


def label_rows(rows: list[list[str]], columns: dict[str, int]) -> int:
    """How many of the first rows are labels in words no vocabulary knows (`header_labels.label_rows`)."""
    return header_labels.label_rows(rows, columns, _readers())


def _reading(rows: list[list[str]], cued: str | None) -> Reading | None:
    facts = column_facts(rows)
    n_rows = len(rows)
    kinds = ("roadmap", "touchpoint_list") if cued == "roadmap" else ("touchpoint_list", "roadmap")
    for kind in kinds:
        named = cued is not None and cued in ("", kind)
        read = touchpoint_roles(facts, n_rows, named, rows) if kind == "touchpoint_list" else \
            roadmap_roles(facts, n_rows, named)
        if read:
            return Reading(kind, read, _by_place(facts, read, n_rows))
    return None


# fields a claimed header may leave out that a column's content names surely: (role, share, most words)
def judged_rows(rows: list[list[str]]) -> list[list[str]]:
    """The rows a table's columns are judged by: not a section or caption row (one cell filled), not a
    numbers row («1 2 3 …»).  A first row filling every column may be a header in words no vocabulary
    knows («Графа 1 | Графа 2», «Наим. | Кан.»): the table is read with it and without it, and the
    reading deciding more columns wins (`labels_row` decides later whether it is dropped)."""
    return [r for r in rows if sum(1 for t in r if t.strip()) > 1 and not is_numbering_row(r)]


def _by_place(facts: list[Facts], columns: dict[str, int], n_rows: int) -> tuple[str, ...]:
    """A direction and a process as often repeated (or too few rows to tell): told apart by order."""
    pair = [columns[f] for f in ("direction", "process") if f in columns]
    if len(pair) == 2 and (n_rows < _MIN_ROWS_UNCUED or facts[pair[0]].distinct == facts[pair[1]].distinct):
        return ("direction", "process")
    return ()
