"""Act headers made by the issuer grammar (benchmarks/act_issuer_grammar.py), one branch per place the
issuer stands, and the header reader's figure per branch and field.

    PYTHONPATH=. .venv/bin/python benchmarks/act_issuers.py                  # every branch, 40 acts each
    PYTHONPATH=. .venv/bin/python benchmarks/act_issuers.py --branches news,signature --misses 5
    PYTHONPATH=. .venv/bin/python benchmarks/act_issuers.py --code ../main   # another checkout's readers

Branches: the issuer as a header line in capitals (wrapped), one word a line, a legal database's
title line «Приказ Министерства … от … № …», only in the signer's post «Министр … области  И.О.
Фамилия», a site's breadcrumb and page heading (lower case mid-line), a news item whose subject is
the body, the region written short («РТ», «ХМАО – Югры»), the body written short («Минздрава РТ»), a
body addressed in the dative in the text (never the issuer), a joint act of two bodies (the first is
the issuer), a body inside the region's government under its parent's line; and (second round) the
issuer in the genitive under the kind, a news item naming the head with a person's name or the body as
a place («В министерстве … утвердили»), the subject or its government on a line above a body named
without it, the short name in brackets after the full one, an acting or deputy signer («И.о.
министра …», «Заместитель Председателя Правительства … – министр …»), a register's card («Принявший
орган: …»), an appendix's approval stamp; and (third round) an adjective of the subject's kind or
«региона» standing for it on the subject's portal («Областное министерство …», «Минздрав региона»), a
letter-spaced name whose word breaks a converter lost.  Every act states its
region, number, date and kind; the gold is the grammar's (nominative, region in full).  Seeded; the
generator never imports the program.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.act_issuer_grammar import SHARED_ABBRS, Body, body_inside, pick  # noqa: E402
from benchmarks.act_issuer_places import PLACES, _caps, _news  # noqa: E402
from benchmarks.act_issuer_text import (_TITLES, _date_text, _enacting, _header, _lower_first,  # noqa: E402
                                        _number, _pair, _plain_post, _sign, _text, _wrap)

FIELDS = ("authority", "region", "region_code", "order_number", "order_date", "act_kind")
# the heads a branch's issuer takes where not every head fits it (a joint act's first body is an office)
_FIRST_HEAD = {"addressee": lambda r: "министерство" if r.random() < 0.5 else None,
               "news_head": lambda r: r.choice(("губернатор", "глава", None)),
               "kind_adjective": lambda r: r.choice(("министерство", "правительство", None)),
               "joint": lambda r: r.choice(("министерство", "комитет", "департамент", "управление", "служба"))}


def compose(branch: str, rng: random.Random) -> tuple[str, dict]:
    """One act's text for a branch and its gold fields."""
    if branch == "inside":
        region, _ = pick(rng, head="правительство")
        body = body_inside(rng)
    else:
        region, body = pick(rng, abbreviated=branch in ("abbr_body", "abbr_bracket"), region_abbr=branch == "abbr_region",
                            head=_FIRST_HEAD.get(branch, lambda r: None)(rng))
        while branch in ("signature", "acting_signer") and body.post(region.gen) is None:
            region, body = pick(rng)
    kind = rng.choice(body.kinds)
    d = dt.date(rng.randint(2014, 2025), rng.randint(1, 12), rng.randint(1, 28))
    num = _number(rng, kind)
    gold = {"authority": body.nom(region.gen), "region": region.name, "region_code": region.code,
            "order_number": num, "order_date": d, "act_kind": kind}
    lines = _BRANCHES[branch](rng, region, body, kind, d, num, gold)
    return "\n".join(lines) + "\n", gold


def _word_per_line(rng, region, body, kind, d, num, gold):
    head = _header(rng, body.nom(region.gen).upper().split(), kind, d, num, region)
    return head + _text(rng, kind, _enacting(body, region, kind)) + _sign(rng, _plain_post(body))


def _db_title(rng, region, body, kind, d, num, gold):
    title = f"{kind.capitalize()} {body.gen(region.gen)} от {_date_text(rng, d)} {rng.choice(('№', 'N'))} {num}"
    return [title, f"\"{rng.choice(_TITLES)}\"", ""] + _text(rng, kind, _enacting(body, region, kind)) + _sign(
        rng, _plain_post(body))


def _signature(rng, region, body, kind, d, num, gold):
    head = [rng.choice((kind.upper(), kind.capitalize())), "", _pair(rng, d, num), f"г. {region.centre}", "",
            rng.choice(_TITLES), ""]
    return head + _text(rng, kind, _enacting(body, region, kind) if kind != "постановление" else "постановляю:") \
        + _sign(rng, body.post(region.gen))


def _breadcrumb(rng, region, body, kind, d, num, gold):
    gen = body.gen(region.gen)
    gen = _lower_first(gen) if body.head not in ("губернатор", "глава") or rng.random() < 0.5 else gen
    crumb = rng.choice(("Главная / Документы / Нормативные правовые акты", "Главная › Деятельность › Документы"))
    title = f"{kind.capitalize()} {gen} от {_date_text(rng, d)} {rng.choice(('№', 'N'))} {num} «{rng.choice(_TITLES)}»"
    return [crumb, "", title, "", f"Дата публикации: {rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{d.year}", ""] \
        + _text(rng, kind, _enacting(body, region, kind))


def _abbr_region(rng, region, body, kind, d, num, gold):
    short = rng.choice(region.abbrs)
    named = body.nom(short) if "{R}" not in body.tail else body.nom(region.gen)
    if rng.random() < 0.5 or short in SHARED_ABBRS:    # a shared abbreviation over the centre's line
        head = _header(rng, _wrap(rng, named.upper().split()), kind, d, num, region)
        return head + _text(rng, kind, _enacting(body, region, kind)) + _sign(rng, _plain_post(body))
    title = f"{kind.capitalize()} {body.gen(short)} от {_date_text(rng, d)} № {num}"
    return [title, f"\"{rng.choice(_TITLES)}\"", ""] + _text(rng, kind, _enacting(body, region, kind))


def _abbr_body(rng, region, body, kind, d, num, gold):
    where = rng.choice((region.gen, *(a for a in region.abbrs if a not in SHARED_ABBRS)))
    title = f"{kind.capitalize()} {body.abbr[1]} {where} от {_date_text(rng, d)} № {num}"
    return [title, f"\"{rng.choice(_TITLES)}\"", ""] + _text(rng, kind, _enacting(body, region, kind))


def _addressee(rng, region, body, kind, d, num, gold):
    _, other = pick(random.Random(rng.random()), head="министерство")
    while other.tail == body.tail:
        _, other = pick(random.Random(rng.random()), head="министерство")
    middle = f"2. {other.dat(region.gen)} обеспечить размещение перечня на официальном сайте."
    if rng.random() < 0.5 and body.post(region.gen):
        head = [kind.upper(), "", _pair(rng, d, num), f"г. {region.centre}", "", rng.choice(_TITLES), ""]
        return head + _text(rng, kind, "приказываю:" if kind == "приказ" else "", middle) + _sign(rng, body.post(region.gen))
    head = _header(rng, _wrap(rng, body.nom(region.gen).upper().split()), kind, d, num, region)
    return head + _text(rng, kind, _enacting(body, region, kind), middle) + _sign(rng, _plain_post(body))


def _joint(rng, region, body, kind, d, num, gold):
    second = body
    while second.tail == body.tail or second.head in ("губернатор", "глава"):
        _, second = pick(random.Random(rng.random()), head=rng.choice(("министерство", "комитет", "департамент")))
    num2 = f"{_number(rng, 'приказ')}/{rng.randint(1, 999)}"
    gold["order_number"], gold["act_kind"] = num2, "приказ"
    if rng.random() < 0.5:
        lines = [*_wrap(rng, body.nom(region.gen).upper().split()), "",
                 *_wrap(rng, second.nom(region.gen).upper().split())]
        head = _header(rng, lines, "приказ", d, num2, region)
        head[len(lines) + 1] = rng.choice(("СОВМЕСТНЫЙ ПРИКАЗ", "ПРИКАЗ"))
        return head + _text(rng, "приказ", "приказываем:")
    title = (f"Совместный приказ {body.gen(region.gen)} и {_lower_first(second.gen(region.gen))} от {_date_text(rng, d)} "
             f"№ {num2}")
    return [title, f"\"{rng.choice(_TITLES)}\"", ""] + _text(rng, "приказ", "приказываем:")


def _inside(rng, region, body, kind, d, num, gold):
    if rng.random() < 0.5:
        sub = Body(body.head, body.tail)
        lines = [*_wrap(rng, f"Правительство {region.gen}".upper().split()), *_wrap(rng, sub.nom("").upper().split())]
        head = _header(rng, lines, kind, d, num, region)
        return head + _text(rng, kind, _enacting(body, region, kind)) + _sign(rng, "Начальник")
    return _db_title(rng, region, body, kind, d, num, gold)


_BRANCHES = {"caps": _caps, "word_per_line": _word_per_line, "db_title": _db_title, "signature": _signature,
             "breadcrumb": _breadcrumb, "news": _news, "abbr_region": _abbr_region, "abbr_body": _abbr_body,
             "addressee": _addressee, "joint": _joint, "inside": _inside, **PLACES}
BRANCHES = tuple(_BRANCHES)


def acts(branch: str, n: int, seed: int) -> list[tuple[str, dict]]:
    """n acts of a branch, the same for the same seed."""
    rng = random.Random(f"{seed}:{branch}")
    return [compose(branch, rng) for _ in range(n)]


def _read(text: str) -> dict:
    from parsers.extract.metadata import read_metadata
    from parsers.formats.text import parse_text
    md = read_metadata(parse_text(text))[0]
    return {f: md.get(f).date() if isinstance(md.get(f), dt.datetime) else md.get(f) for f in FIELDS}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--branches", default=",".join(BRANCHES), help=f"comma-separated [{','.join(BRANCHES)}]")
    ap.add_argument("--n", type=int, default=40, help="acts per branch [40]")
    ap.add_argument("--seed", type=int, default=20, help="the grammar's draw [20]")
    ap.add_argument("--misses", type=int, default=0, help="print up to this many misses per branch and field")
    ap.add_argument("--code", type=Path, default=ROOT, help="checkout whose program is measured")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(args.code.resolve()))
    branches = [b for b in args.branches.split(",") if b]
    if bad := [b for b in branches if b not in _BRANCHES]:
        ap.error(f"unknown branch: {bad}")
    print(f"{'branch':<15}" + "".join(f"{f:>14}" for f in FIELDS))
    total = {f: [0, 0] for f in FIELDS}
    for branch in branches:
        right, shown = {f: [0, 0] for f in FIELDS}, {f: 0 for f in FIELDS}
        for text, gold in acts(branch, args.n, args.seed):
            got = _read(text)
            for f in FIELDS:
                if f == "region_code" and gold[f] is None:
                    continue
                ok = str(got[f]) == str(gold[f])
                for c in (right[f], total[f]):
                    c[0] += ok
                    c[1] += 1
                if not ok and shown[f] < args.misses:
                    shown[f] += 1
                    print(f"  MISS {branch} {f}: {got[f]!r}, gold {gold[f]!r}\n    | "
                          + "\n    | ".join(text.splitlines()[:8]))
        print(f"{branch:<15}" + "".join(f"{r / n if n else 0:>14.2f}" for r, n in right.values()), flush=True)
    print(f"{'all':<15}" + "".join(f"{r / n if n else 0:>14.2f}" for r, n in total.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
