"""Word's own list numbering (`w:numPr`), computed as Word shows it: «1.», «1.1.», «а)», «IV.», «•».

A paragraph numbered by Word holds no number in its text: the number is drawn from
`word/numbering.xml` (a list's levels: format, pattern such as "%1.%2.", start) and a counter
kept while reading.  The readers downstream find list items, hierarchy and records by their
numbers (textcore.numbering), so the docx reader writes the number in front of the text.

    Numbering(numbering_root, styles_root).label(paragraph) -> "1.2." | "а)" | "•" | ""

Counters are kept per abstract list (`w:abstractNum`), as Word keeps them: several lists
(`w:num`) of one abstract list continue one count, save where a list's `w:startOverride` starts
a level again at its first paragraph of that level; an abstract list holding only a
`w:numStyleLink` counts in the one its numbering style names.  A level's counter starts again
after a paragraph of a level above it (`w:lvlRestart` names the level).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_w = lambda tag: f"{{{W}}}{tag}"  # noqa: E731

_RU_LOWER = "абвгдежзиклмнопрстуфхцчшщэюя"      # Word's russianLower skips ё, й, ъ, ы, ь
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
BULLET = "•"


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    restart: int | None = None       # restart after this (1-based) level; None: after any level above
    legal: bool = False              # w:isLgl: every level shown in decimal


def _val(el, tag: str) -> str | None:
    child = el.find(_w(tag)) if el is not None else None
    return child.get(_w("val")) if child is not None else None


# a number attribute as written by hand or by a broken writer («--1», «²», «1e9»): only plain
# ASCII digits, at most six of them, are a number; anything else is the default
_COUNT = re.compile(r"-?[0-9]{1,6}")
_MAX_LETTERS = 780                 # «zz…z» thirty letters long: past it, and past Roman 3999, decimal


def parse_count(text: str | None, default: int) -> int:
    """A start, value or level attribute's number; `default` where it is none."""
    text = (text or "").strip()
    return int(text) if _COUNT.fullmatch(text) else default


def _level(lvl) -> _Level:
    restart = _val(lvl, "lvlRestart")
    return _Level(_val(lvl, "numFmt") or "decimal", _val(lvl, "lvlText") or "", parse_count(_val(lvl, "start"), 1),
                  parse_count(restart, 0) if restart is not None else None,
                  lvl.find(_w("isLgl")) is not None and _val(lvl, "isLgl") not in ("0", "false", "off"))


def _letters(n: int, alphabet: str) -> str:
    """1 -> а, 28 -> аа: Word repeats the letter past the alphabet's end."""
    k = len(alphabet)
    return alphabet[(n - 1) % k] * ((n - 1) // k + 1) if n > 0 else ""


def _roman(n: int) -> str:
    out = ""
    for value, numeral in _ROMAN:
        while n >= value:
            out, n = out + numeral, n - value
    return out


def format_number(n: int, fmt: str) -> str:
    """One level's counter in Word's format; an unknown format is shown as decimal."""
    if fmt in ("lowerLetter", "upperLetter", "russianLower", "russianUpper") and n > _MAX_LETTERS or \
            fmt in ("lowerRoman", "upperRoman") and n > 3999:
        return str(n)                              # a counter past what the format can write
    if fmt in ("lowerLetter", "upperLetter"):
        s = _letters(n, "abcdefghijklmnopqrstuvwxyz")
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("russianLower", "russianUpper"):
        s = _letters(n, _RU_LOWER)
        return s.upper() if fmt == "russianUpper" else s
    if fmt in ("lowerRoman", "upperRoman"):
        s = _roman(n)
        return s.lower() if fmt == "lowerRoman" else s
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


class Numbering:
    def __init__(self, numbering_root, styles_root):
        self.levels: dict[str, dict[int, _Level]] = {}      # numId -> ilvl -> level
        self.abstract: dict[str, str | None] = {}           # numId -> the abstract list it counts in
        self.overrides: dict[str, dict[int, int]] = {}      # numId -> ilvl -> w:startOverride
        self.counters: dict[str | None, dict[int, int]] = {}   # abstract list -> ilvl -> count
        self.started: set[tuple[str, int]] = set()          # (numId, ilvl) counted: its override is spent
        self.style_num: dict[str, tuple[str | None, int | None]] = {}
        self.based_on: dict[str, str] = {}
        if styles_root is not None:
            self._read_styles(styles_root)
        if numbering_root is not None:
            self._read_lists(numbering_root)

    def _read_styles(self, root) -> None:
        for st in root.findall(_w("style")):
            sid = st.get(_w("styleId"))
            num_pr = st.find(f"{_w('pPr')}/{_w('numPr')}")
            if num_pr is not None:
                ilvl = _val(num_pr, "ilvl")
                self.style_num[sid] = (_val(num_pr, "numId"), parse_count(ilvl, 0) if ilvl else None)
            base = _val(st, "basedOn")
            if base:
                self.based_on[sid] = base

    def _read_lists(self, root) -> None:
        abstracts = {a.get(_w("abstractNumId")): a for a in root.findall(_w("abstractNum"))}
        nums = {n.get(_w("numId")): _val(n, "abstractNumId") for n in root.findall(_w("num"))}
        for num in root.findall(_w("num")):
            num_id = num.get(_w("numId"))
            key = self._linked(_val(num, "abstractNumId"), abstracts, nums)
            levels = {parse_count(lvl.get(_w("ilvl")), 0): _level(lvl)
                      for lvl in abstracts[key].findall(_w("lvl"))} if key in abstracts else {}
            starts: dict[int, int] = {}
            for over in num.findall(_w("lvlOverride")):
                ilvl = parse_count(over.get(_w("ilvl")), 0)
                lvl = over.find(_w("lvl"))
                if lvl is not None:
                    levels[ilvl] = _level(lvl)
                start = _val(over, "startOverride")
                if start is not None and ilvl in levels:
                    starts[ilvl] = parse_count(start, 1)
                    levels[ilvl] = _Level(**{**levels[ilvl].__dict__, "start": starts[ilvl]})
            self.levels[num_id], self.abstract[num_id], self.overrides[num_id] = levels, key, starts

    def _linked(self, key: str | None, abstracts: dict, nums: dict) -> str | None:
        """The abstract list whose levels and count a list uses: an abstract list holding only
        a w:numStyleLink is the list that numbering style names (w:styleLink on its abstract)."""
        for _ in range(5):                         # a link to a link, never round in a cycle
            link = _val(abstracts.get(key), "numStyleLink")
            num_id = self._style_numbering(link)[0] if link else None
            if num_id not in nums:
                break
            key = nums[num_id]
        return key

    def _style_numbering(self, style_id: str | None) -> tuple[str | None, int | None]:
        seen = 0
        while style_id and seen < 10:
            if style_id in self.style_num:
                return self.style_num[style_id]
            style_id, seen = self.based_on.get(style_id), seen + 1
        return None, None

    def label(self, p, style_id: str | None) -> str:
        """The number Word shows before paragraph `p` ("" where it shows none); counts it."""
        num_pr = p.find(f"{_w('pPr')}/{_w('numPr')}")
        num_id, ilvl = self._style_numbering(style_id)
        if num_pr is not None:
            num_id = _val(num_pr, "numId") or num_id
            ilvl = parse_count(_val(num_pr, "ilvl"), ilvl or 0)
        levels = self.levels.get(num_id or "")
        if not levels or num_id == "0":
            return ""
        ilvl = ilvl or 0
        level = levels.get(ilvl)
        if level is None:
            return ""
        # Word counts per abstract list: another w:num of it continues the count, save where its
        # w:startOverride starts a level again (where it first numbers a paragraph at that level)
        count = self.counters.setdefault(self.abstract[num_id], {})
        if (num_id, ilvl) not in self.started and ilvl in self.overrides[num_id]:
            count[ilvl] = self.overrides[num_id][ilvl] - 1
        self.started.add((num_id, ilvl))
        count[ilvl] = count.get(ilvl, level.start - 1) + 1
        for deeper, lv in levels.items():          # a level above counted: the levels under it start again,
            # or, with w:lvlRestart n, only where the level counted is the n-th (1-based) or above it
            if deeper > ilvl and (lv.restart is None or lv.restart != 0 and ilvl <= lv.restart - 1):
                count.pop(deeper, None)
        if level.fmt == "bullet":
            return BULLET
        out = level.text
        for k in range(8, -1, -1):                 # levels 0-8 are %1-%9
            token = f"%{k + 1}"
            if token in out:
                lv = levels.get(k, _Level())
                n = count.get(k, lv.start)
                out = out.replace(token, format_number(n, "decimal" if level.legal else lv.fmt))
        return out.strip()
