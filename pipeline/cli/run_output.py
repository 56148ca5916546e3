"""What `touchpoints ingest` and `rebuild` print: one line per file (sorted by path)
or --json, written a batch of documents at a time from the run's Summary
(pipeline/run/summary.py) — never the whole text of 100,000 documents at once."""
from __future__ import annotations

import json
from pathlib import Path

import click

from pipeline.terminal import safe, safe_json, safe_lines

_HOLE = "\0documents\0"       # where the documents go in the JSON's skeleton


def report(docs, as_json: bool, out: Path) -> bool:
    """Print the run's summary; True when some document failed."""
    totals = docs.totals()
    if as_json:
        _json(docs, totals, out)
    else:
        _table(docs, totals)
    return totals["status"].get("failed", 0) > 0


def _json(docs, totals: dict, out: Path) -> None:
    """The JSON json.dumps(..., indent=1) would give for the whole object, documents
    dumped one at a time into the skeleton's hole."""
    skeleton = json.dumps({
        "out": str(out), "documents": _HOLE,
        "by_format": [{"format": f, "status": s, "n": n} for (f, s), n in sorted(totals["by_format"].items())],
        "rows": totals["rows"],
    }, ensure_ascii=False, indent=1)
    head, tail = skeleton.split(json.dumps(_HOLE))
    click.echo(safe_json(head), nl=False)
    sep = "["
    for d in docs:
        d = {k: (str(v) if k in ("order_date", "ingested_at") and v is not None else v) for k, v in d.items()}
        text = json.dumps(d, ensure_ascii=False, indent=1, default=str).replace("\n", "\n  ")
        click.echo(safe_json(f"{sep}\n  {text}"), nl=False)
        sep = ","
    click.echo(safe_json("[]" if sep == "[" else "\n ]") + safe_json(tail))


def _table(docs, totals: dict) -> None:
    if not len(docs):
        click.echo("nothing to do: every file is already in the dataset as it is")
        return
    click.echo(f"{'status':<8}{'format':<9}{'region':<8}{'order':<10}{'tp':>5}{'road':>6}{'proc':>6}  file / error")
    for d in docs.by_path():
        line = (f"{str(d['status']):<8}{(d['format'] or '?'):<9}{(d['region_code'] or '-'):<8}"
                f"{(d['order_number'] or '-')[:9]:<10}{d['n_touchpoints']:>5}{d['n_roadmap_items']:>6}"
                f"{d['n_procedure_items']:>6}  {safe(d['source_path'])}")   # a newline in a name forges no line
        if d["error"]:
            line += f"\n{'':<8}{'':<9}↳ {safe(d['error'])}"
        click.echo(safe_lines(line))
    rows = totals["rows"]
    click.echo("")
    click.echo(safe_lines(f"{len(docs)} documents: " + ", ".join(f"{n} {s}" for s, n in sorted(totals["status"].items())) +
               f"; rows: touchpoints {rows['touchpoints']}, roadmap {rows['roadmap_items']}, "
               f"procedure_items {rows['procedure_items']}"))
