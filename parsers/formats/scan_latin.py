"""A scan's Latin words, read again: Russian alone (scan_ocr's first reading) reads «WhatsApp»
as unsure Cyrillic, so what may be Latin is cut out and read with rus+eng, and each word keeps
the reading that is surer - and Russian where both read the same letters."""
from __future__ import annotations

import re
from dataclasses import replace

from ..options import ScanSettings
from . import ocr_tesseract
from .scan_text import as_cyrillic, same_ink
from .wordjoin import is_known

EDGE = "|¦!'`.,:;_~()«»\"-–—?"             # punctuation around a word
_CAPITALS = re.compile(r"^[A-ZА-ЯЁ]{2,5}$")     # an abbreviation's few capitals


def latin_pass(by_piece: dict, pieces, dpi: int, opts: ScanSettings, timeout: float, read_sheet) -> None:
    """Russian alone reads a Latin word ("e-mail", "WhatsApp") as unsure Cyrillic.
    Each run of unsure words on a text line (of a cell or of the page) - a word with
    a letter under `latin_conf` that the dictionary does not know as Russian - is cut
    out, read again with rus+eng on a second, small sheet, and its words take the
    run's place (_merge_latin) - a few dozen words of a document's thousands.  `read_sheet`
    is scan_ocr's: pieces stacked on one sheet and read in one call."""
    crops, pad, x_off = dict(pieces), opts.pad_px, opts.left_px     # x_off: where _stack put a piece
    again, doubted = [], set()
    for key, ws in by_piece.items():
        lines: dict[tuple, list] = {}
        for w in ws:
            lines.setdefault(w.line, []).append(w)
        for line, lw in lines.items():
            y0 = max(0, min(w.top for w in lw) - 2 * pad)      # word tops count the pad above the piece
            y1 = max(w.top + w.height for w in lw)
            for run in _unsure_runs(sorted(lw, key=lambda w: w.left), opts.latin_conf, doubted):
                x0 = max(0, run[0].left - x_off - pad)
                x1 = run[-1].left + run[-1].width - x_off + pad
                if x1 > x0 and y1 > y0:
                    again.append(((key, line, x0 + x_off, y0), crops[key][y0:y1, x0:x1]))
    if not again:
        return
    read = read_sheet(again, dpi, opts, timeout, ocr_tesseract.LANGS)
    new_words: dict[tuple, list] = {}
    for part, _ in again:
        key, line, x0, y0 = part
        for w in read.get(part, []):    # back to the piece's pixels
            w.left, w.top = w.left - opts.left_px + x0, w.top + y0
            new_words.setdefault((key, line), []).append(w)
    for key, line in {(p[0], p[1]) for p, _ in again}:
        words = by_piece[key]
        at = next(i for i, w in enumerate(words) if w.line == line)
        words[at:at] = _merge_latin([w for w in words if w.line == line], new_words.get((key, line), []),
                                    opts.latin_conf, ("latin", line), doubted)
        words[:] = [w for w in words if w.line != line]


def _unsure_runs(words: list, sure: float, doubted: set | None = None) -> list[list]:
    """Runs of consecutive words that may be Latin read as Cyrillic: a letter in them,
    confidence under `sure`, and not plainly a Russian word (_russian).  A word of a few
    capitals beside such a word joins its run however sure (Latin runs together: «REST API»
    read «ВЕЗТ АРГ», «АРГ» sure); its id goes into `doubted` for _merge_latin."""
    flags = [w.conf < sure and any(ch.isalpha() for ch in w.text) and not _russian(w.text.strip(EDGE))
             for w in words]
    for i, w in enumerate(words):
        if not flags[i] and _CAPITALS.match(w.text.strip(EDGE)) and \
                any(0 <= j < len(words) and flags[j] and not words[j].text.endswith(",") for j in (i - 1, i + 1)):
            flags[i] = True
            if doubted is not None:
                doubted.add(id(w))
    runs: list[list] = []
    prev_unsure = False
    for w, unsure in zip(words, flags):
        if unsure and prev_unsure:
            runs[-1].append(w)
        elif unsure:
            runs.append([w])
        prev_unsure = unsure
    return runs


def _russian(word: str) -> bool:
    """A dictionary word in lower case or capitalised, of four letters or more: not
    Latin misread.  Capitals and short words are where Latin hides («API» read «АРТ»,
    a known word; «MAX» read «МАХ»)."""
    return len(word) >= 4 and word[1:].islower() and is_known(word)


def _merge_latin(old: list, new: list, sure: float, line: tuple, doubted: set = frozenset()) -> list:
    """The line as read twice: the Russian reading's sure words stay (rus+eng reads
    «ГИС» as «PMC», initials «М.А.» as «M.A.»); where it was unsure, which is where a
    Latin word may be, the more confident of the two readings (`doubted`: ids of sure
    words weighed so too, _unsure_runs)."""
    unsure = lambda w: w.conf < sure or id(w) in doubted     # noqa: E731
    keep = [w for w in old if not unsure(w)]
    taken = [n for n in new if not any(_overlap(n, k) for k in keep)]
    for o in old:
        if unsure(o) and not any(_overlap(n, o) for n in taken):
            keep.append(o)              # rus+eng found nothing there
    for n in list(taken):
        rivals = [o for o in old if unsure(o) and _overlap(n, o)]
        # rus+eng read it worse («BYXTAJILEPC»), or as the same letters in Latin («ВК» as «BK»,
        # a Russian abbreviation: its letters look alike in both scripts), or a Russian
        # abbreviation as Latin capitals of another count («ЛК» as «JIK»: a letter's strokes
        # split, «ЕПГУ» as «ENT»; «АРТ» for «API» has as many): Russian stays
        # nor does a sure word (`doubted`) give way to Latin capitals each of which looks like a Cyrillic
        # letter («ГИС» read «PMC»): only a Latin letter with no Cyrillic look-alike («API») says Latin
        if rivals and (max(o.conf for o in rivals) > n.conf or any(same_ink(o.text, n.text) for o in rivals)
                       or any(_other_count(o.text, n.text) for o in rivals)
                       or (any(id(o) in doubted for o in rivals) and as_cyrillic(n.text.strip(EDGE)))):
            taken.remove(n)
            keep.extend(o for o in rivals if o not in keep)
        elif rivals:        # Russian may have split it where rus+eng did not («у еБ-форма», «web-copma»)
            russian = "".join(o.text for o in sorted(rivals, key=lambda o: o.left))
            taken[taken.index(n)] = replace(n, text=_compound(russian, n.text))
    return sorted((replace(w, line=line) for w in keep + taken), key=lambda w: w.left)


def _other_count(russian: str, latin: str) -> bool:
    """A Russian reading in capitals («ЕПГУ») and a Latin one of another letter count."""
    ru, la = russian.strip(EDGE), latin.strip(EDGE)
    return bool(_CAPITALS.match(ru)) and sum(ch.isalpha() for ch in ru) != sum(ch.isalpha() for ch in la)


def _compound(russian: str, latin: str) -> str:
    """A hyphenated word read twice, part by part: a part Russian read as a dictionary word
    stays Russian («web-форма»: rus+eng reads «web-bopma», Russian «у’еБ-форма»)."""
    ru, la = russian.split("-"), latin.split("-")
    if len(ru) < 2 or len(ru) != len(la):
        return latin
    return "-".join(r if _russian(r.strip(EDGE).lower()) else n for r, n in zip(ru, la))


def _overlap(a, b) -> bool:
    """Two words on one line over the same ink (half the narrower one's width)."""
    common = min(a.left + a.width, b.left + b.width) - max(a.left, b.left)
    return common > 0.5 * min(a.width, b.width)
