"""What `touchpoints review` prints: the phrases with a header and in full, and the
failed files left in the raw folder."""
from __future__ import annotations

from pathlib import Path

import click

from pipeline.terminal import safe


def review_text(df) -> str:
    """A header, then per phrase one line of figures and the phrase in full below it
    (a phrase cut at a width is a phrase a person cannot decide on)."""
    lines = [f"{'count':>5}  {'field':<10} {'score':>5}  best code (label) · other codes · documents"]
    for r in df.itertuples():
        best = f"{r.best_code} ({r.best_label})" if r.best_label else str(r.best_code)
        alts = ", ".join(r.alternatives) or "-"
        lines.append(f"{r.count:>5}  {r.field:<10} {r.score:5.2f}  {best} · {alts} · {', '.join(r.documents)}")
        lines.append(f"{'':>7}«{r.text_raw}»")
    return "\n".join(lines)


def failed_in_raw(out: Path, raw: Path, as_json: bool) -> None:
    """Failed files still in raw/: on stderr, with the command that takes them out."""
    from pipeline.run.remove import failed_in_raw
    from pipeline.store import Store

    left = failed_in_raw(Store(out).index(), raw)
    if left and not as_json:
        click.echo(f"{len(left)} failed file(s) still in {safe(raw)} (`touchpoints remove FILE` takes one out):",
                   err=True)
        for p in left:
            click.echo(safe(f"  {p}"), err=True)
