"""An issuer's name as the header meant it: read once, its quotes closed.

    tidy_name(name) -> str      the name with a run of words repeated at once dropped to one and a
                                quote it leaves open closed at its end

A page that heads an act with a link naming its issuer («См. Документы Министерства … Российской
Федерации») above the issuer's own line, or a subject repeated after a glued one («Правительство
Белгородской области Белгородской области»), joins the same name twice.  A run of two words or more
followed at once by the same words (by lemma: «Министерства …» and «Министерство …» are one name) is
never a body's name: the later copy, the header's own line, is kept.

A body's own name in quotes («Комитет "Единый тарифный орган Челябинской области"») is read up to its
subject, which the closing quote follows: a quote the name opens and never closes is closed at its end.
"""
from __future__ import annotations

from textcore.regions import words

_MIN_RUN = 2          # one word repeated («Совет советов») may be a name; two never are
_MAX_WORDS = 40       # longer is no name (a paragraph read as one): left as it is


def tidy_name(name: str | None) -> str | None:
    return _quotes_closed(_read_once(name)) if name else name


def _read_once(name: str) -> str:
    ws = words(name)
    n = len(ws)
    if n > _MAX_WORDS:
        return name
    for size in range(n // 2, _MIN_RUN - 1, -1):         # the longest repeat first: a whole name twice
        for i in range(n - 2 * size + 1):
            if [w[0] for w in ws[i:i + size]] == [w[0] for w in ws[i + size:i + 2 * size]]:
                return _read_once(name[:ws[i][1]] + name[ws[i + size][1]:])
    return name


def _quotes_closed(name: str) -> str:
    if name.count('"') % 2:
        return name.rstrip() + '"'
    if name.count("«") > name.count("»"):
        return name.rstrip() + "»"
    # «„» is closed by «“» or, as often typed, by «”»; «“» opens only where no «„» takes it as a closer
    low, left, right = name.count("„"), name.count("“"), name.count("”")
    if low > left + right:
        return name.rstrip() + "“"
    if left > right + low:
        return name.rstrip() + "”"
    return name
