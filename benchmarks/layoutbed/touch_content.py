"""What a generated touchpoint list says (sections, processes, touchpoints, needs), before layout.

Every phrase comes from the pools; the gold row of each touchpoint is taken from here."""
from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass

from .contract import point_type
from .pools import Pools


@dataclass
class Touch:
    section: int         # 0-based index of the direction section
    process: str
    channel_text: str
    channel: str         # channel code
    ptype: str | None    # the channel's kind by the contract
    needs: list[tuple[str, list[str]]]  # (phrase, codes)


@dataclass
class Section:
    heading: str
    direction: str


def _by(rows: list[dict], column: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        out[r[column]].append(r)
    return out


def _needs(rng: random.Random, pools: Pools) -> list[tuple[str, list[str]]]:
    picked = rng.sample(pools["needs"], k=min(len(pools["needs"]), rng.choice((1, 1, 2, 2, 3))))
    return [(r["phrase"], [c.strip() for c in r["codes"].split(",") if c.strip()]) for r in picked]


def _touches(rng: random.Random, pools: Pools, sec: int, process: str) -> list[Touch]:
    # only channels whose kind the contract states, so a point type can be written for each
    channels = [r for r in pools["channels"] if point_type(r["code"])]
    picked = rng.sample(channels, k=min(len(channels), rng.randint(1, 4)))
    return [Touch(sec, process, r["phrase"], r["code"], point_type(r["code"]), _needs(rng, pools))
            for r in picked]


def make(rng: random.Random, pools: Pools) -> tuple[list[Section], list[Touch]]:
    headings = _by(pools["directions"], "direction")
    processes = _by(pools["processes"], "direction")
    usable = sorted(d for d in headings if processes.get(d))
    chosen = rng.sample(usable, k=min(len(usable), rng.randint(2, 4)))
    sections, touches = [], []
    for k, direction in enumerate(chosen):
        sections.append(Section(rng.choice(headings[direction])["heading"], direction))
        procs = rng.sample(processes[direction], k=min(len(processes[direction]), rng.randint(1, 3)))
        for p in procs:
            touches.extend(_touches(rng, pools, k, p["process"]))
    return sections, touches


def grouped_by_type(touches: list[Touch]) -> list[Touch]:
    """Within each section, the digital touchpoints first, then the offline ones (the order a
    list with «Цифровые точки» / «Офлайн-точки» sub-rows has)."""
    order = {"digital": 0, "offline": 1}
    return sorted(touches, key=lambda t: (t.section, order.get(t.ptype or "", 2)))
