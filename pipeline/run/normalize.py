"""The one normalization stage: raw extracted records -> contract rows with codes, plus
what a person should review.  Extractors (parsers/extract/*) return raw records only;
every table is coded here: touchpoints, roadmap (areas, milestones, deadlines, people)
and procedure items."""
from __future__ import annotations

from collections import Counter

from normalizers import _LIST_TAXONOMY as LIST_FIELD  # list kind -> taxonomy (review field)
from normalizers import (POINT_KINDS, channel_detail, client_of, direction_by_process, expected_point_type,
                         item_kinds, item_point_kind, list_kind_by_items, match_channel,
                         match_list_item)
from normalizers.channel_split import channel_parts
from normalizers.deadlines import parse_deadline
from normalizers.direction_names import read_direction
from normalizers.matcher import Match, below_review
from normalizers.need_split import WRITTEN_LINE
from normalizers.needs import need_phrase_matches
from normalizers.roadmap_codes import code_roadmap
from textcore.clean import clean_text
from textcore.point_type import read_type_value

from pipeline.contract import as_row, record_values


def _review(doc_id: str, table: str, field: str, m: Match, counts: Counter) -> dict:
    return as_row("review", doc_id=doc_id, table=table, field=field, text_raw=m.text,
                  best_code=m.alternatives[0] if m.code == "other" and m.alternatives else m.code,
                  score=float(m.score), alternatives=list(m.alternatives), count=counts[m.text])


def normalize_touchpoints(doc_id: str, raw: list[dict]) -> tuple[list[dict], list[dict]]:
    # the row's stated point type is evidence for the channel's head, never a filter; a legend
    # under the table decided a letter already («Ц», `point_type_code`), a cut or a letter
    # with none is read from the data («цифр.», «О»: `read_type_value`)
    raw = _one_per_channel(raw)
    types = [r.get("point_type_code") or read_type_value(r["point_type_raw"]) for r in raw]
    channels = [match_channel(r["touchpoint_raw"] or "", t) for r, t in zip(raw, types)]
    directions = [read_direction(r["direction_raw"] or "") for r in raw]
    # a row whose list states no direction, or one no rule reads: the process's meaning
    # suggests one, always reviewed (a stated name no rule reads yields only to the process's
    # own words, not to a guess by closeness or to `other`; a heading read only as a process
    # would be, method `process`, yields to the row's own process too: the row names its
    # process whole, the heading a group of them)
    directions = [di if r["direction_raw"] and di.method not in ("fuzzy", "process") else
                  _by_process(r["process"] or "", di if r["direction_raw"] else None) or di
                  for r, di in zip(raw, directions)]
    # a direction only a title far above the table names (an order's or an appendix's) is a
    # reading of the whole list, not of the row: reviewed however surely its words read
    directions = [below_review(di) if r.get("direction_far") else di for r, di in zip(raw, directions)]
    rows, unsure = [], {}
    counts: Counter = Counter()
    for i, (r, ch, di, ptype) in enumerate(zip(raw, channels, directions, types), 1):
        # read as match_needs reads a cell (a phrase in the light of the one before, the cell's doubts)
        # the lines its author wrote, where the cell had several (parsers/extract/cell_lines.py)
        lined = r.get("interaction_lines")
        need_matches = need_phrase_matches(lined.replace("\n", WRITTEN_LINE) if lined else r["interaction_raw"] or "")
        channel = ch.code if r["touchpoint_raw"] else None
        direction = di.code if r["direction_raw"] or di.method.startswith("process") or di.method == "override" \
            else None
        rows.append(as_row(
            "touchpoints", doc_id=doc_id, row_id=i, group_no=r["group_no"], direction_raw=r["direction_raw"],
            direction=direction, process=r["process"], touchpoint_raw=r["touchpoint_raw"],
            channel=channel, channel_score=float(ch.score) if channel else None,
            channel_detail=channel_detail(r["touchpoint_raw"]),
            point_type_raw=r["point_type_raw"], point_type=ptype,
            point_type_expected=expected_point_type(channel) if channel else None,
            interaction_raw=r["interaction_raw"],
            needs=list(dict.fromkeys(m.code for m in need_matches)),
            features_raw=r["features_raw"],
            client=client_of(direction) if direction else None,
            source_page=r.get("source_page"), source_row=r.get("source_row"),
            source_bbox=r.get("source_bbox"), source_locator=r.get("source_locator"),
        ))
        for field, matches in (("channel", [ch] if channel else []),
                               ("direction", [di] if direction else []), ("needs", need_matches)):
            for m in matches:
                counts[(field, m.text)] += 1
                if m.needs_review:
                    unsure[(field, m.text)] = m
    review = [dict(_review(doc_id, "touchpoints", f, m, Counter()), count=counts[(f, m.text)])
              for (f, _), m in unsure.items()]
    return rows, review


def _one_per_channel(raw: list[dict]) -> list[dict]:
    """A cell naming several channels («Сайт, группа ВКонтакте») is a touchpoint per channel, each
    with the row's needs, kind and process (normalizers/channel_split.py); a cell an analyst
    coded whole (an override) stays one."""
    out = []
    for r in raw:
        text = r["touchpoint_raw"] or ""
        kind = r.get("point_type_code") or read_type_value(r["point_type_raw"])
        parts = channel_parts(text, kind, r.get("touchpoint_lines")) \
            if text and match_channel(text, kind).method != "override" else []
        out += [dict(r, touchpoint_raw=p) for p in parts] if len(parts) > 1 else [r]
    return out


def _by_process(process: str, stated: Match | None) -> Match | None:
    """The process's direction; where the row states a name no rule reads (`stated`), only a
    reading by the process's own words (method `process`) replaces the stated name's."""
    m = direction_by_process(process)
    return m if stated is None or (m is not None and m.method in ("process", "override")) else None


def normalize_roadmap(doc_id: str, raw: list[dict], act_year: int | None = None) -> list[dict]:
    """Roadmap rows: areas, milestones, deadlines and people given to the raw records
    (the extractor's provenance, contract.NOT_COLUMNS, is dropped; any other unknown key raises).
    `act_year`: the order's year (`code_roadmap`)."""
    return [as_row("roadmap", doc_id=doc_id, **record_values("roadmap", r)) for r in code_roadmap(raw, act_year)]


def roadmap_review(doc_id: str, rows: list[dict]) -> list[dict]:
    """Deadline cells that hold text but no readable date ("31.12.20" cut by a page edge,
    a typo): the deadline stays null and a person is asked; likewise a date read only after mending
    OCR's damage to its digits («2О25»), which keeps its reading.  Open-ended and relative wordings
    ("постоянно", "в течение 30 дней со дня …") and `x` are readings, not doubts."""
    unread = Counter(r["deadline_raw"].strip() for r in rows
                     if not r.get("is_section") and not r.get("not_applicable") and (r.get("deadline_raw") or "").strip()
                     and _doubtful(r.get("deadline") is None, parse_deadline(r["deadline_raw"])))
    return [as_row("review", doc_id=doc_id, table="roadmap", field="deadline", text_raw=text, best_code=None,
                   score=0.0, alternatives=[], count=n) for text, n in unread.items()]


def _doubtful(unread: bool, deadline) -> bool:
    return deadline.repaired or (unread and deadline.kind == "none")


def resolve_open_lists(items: list[dict]) -> list[dict]:
    """Raw procedure items of lists whose lead-in named no kind or two (`open_kinds`, grouped by
    `list_at`: parsers/extract/procedure.py) take the kind their items read as; when they tell
    none, the lead-in's kind stands, and a list with none (an order's clauses, duties) is dropped.
    A list whose lead-in named one kind (`open_named`) changes only where its items clearly are
    of another kind (normalizers.list_kind_by_items, `named`); one naming none whose items are
    each read surely is split by item (normalizers.item_kinds)."""
    groups: dict[str, list[dict]] = {}
    for it in items:
        if it.get("open_kinds"):
            groups.setdefault(it["list_at"], []).append(it)
    kinds = {at: list_kind_by_items([clean_text(it.get("text_raw") or "") for it in g], g[0]["open_kinds"],
                                    named=g[0]["list_kind"] if g[0].get("open_named") else None)
             for at, g in groups.items()}
    # a list naming no kind whose items are of several kinds, every one read surely: each item its own
    # (normalizers.item_kinds: «сайт; личный приём; получить консультацию»)
    own: dict[int, str] = {}
    for g in groups.values():
        split = item_kinds([clean_text(it.get("text_raw") or "") for it in g], g[0]["open_kinds"]) \
            if g[0].get("list_kind") is None else []
        if split and all(split):
            own.update((id(it), k) for it, k in zip(g, split))
    out = []
    for it in items:
        kind = own.get(id(it)) or (kinds[it["list_at"]] if it.get("open_kinds") else None) or it.get("list_kind")
        if kind in POINT_KINDS and set(POINT_KINDS) <= set(it.get("open_kinds") or ()) and not it.get("open_named"):
            # a list of points of either kind: each item is of its own channel's kind
            kind = item_point_kind(clean_text(it.get("text_raw") or "")) or kind
        if kind is not None:
            out.append({**{k: v for k, v in it.items() if k not in ("open_kinds", "list_at", "open_named")},
                        "list_kind": kind})
    return out


def code_procedure_items(items: list[dict]) -> list[dict]:
    """Each raw procedure item with `code` and `score` (None for a form's columns)."""
    out = []
    for it in items:
        m = match_list_item(it.get("list_kind"), clean_text(it.get("text_raw") or ""))
        if it.get("text_glossed") and (m is None or m.needs_review):   # an abbreviation the order explains
            g = match_list_item(it.get("list_kind"), clean_text(it["text_glossed"]))
            m = g if g is not None and (m is None or g.score > m.score) else m
        out.append({**it, "code": m.code if m else None, "score": round(float(m.score), 3) if m else None,
                    "_match": m})
    return out


def normalize_procedure_items(doc_id: str, items: list[dict]) -> tuple[list[dict], list[dict]]:
    rows, unsure = [], {}
    counts: Counter = Counter()
    for it in code_procedure_items(items):
        kind = it.get("list_kind")
        m = it["_match"]
        if m is not None:
            field = LIST_FIELD[kind]
            counts[(field, m.text)] += 1
            if m.needs_review:
                unsure[(field, m.text)] = m
        rows.append(as_row("procedure_items", doc_id=doc_id, list_kind=kind, ordinal=it.get("ordinal"),
                           text_raw=it.get("text_raw"), code=it["code"], score=it["score"],
                           source_page=it.get("source_page"), source_bbox=it.get("source_bbox"),
                           source_locator=it.get("source_locator")))
    review = [dict(_review(doc_id, "procedure_items", f, m, Counter()), count=counts[(f, m.text)])
              for (f, _), m in unsure.items()]
    return rows, review
