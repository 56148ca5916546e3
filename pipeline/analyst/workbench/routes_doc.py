"""One document beside its rows, its page images, the corrections made on it, and
the review queue; every POST answers with a redirect to the page that shows its effect."""
from __future__ import annotations

import re

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, send_file, url_for

from pipeline.run import overrides as ovr
from . import data, edits, pages
from .queue import clusters

bp = Blueprint("doc", __name__)
_DOC_ID = re.compile(r"[0-9a-f]{64}")


def _ws() -> edits.Workspace:
    return current_app.extensions["workspace"]


def _doc(doc_id: str) -> dict:
    doc = data.document(_ws().out, doc_id) if _DOC_ID.fullmatch(doc_id) else None
    if doc is None:
        abort(404, "no such document in the dataset")
    return doc


def _view(doc: dict) -> dict:
    """What the left pane shows: page images, text lines, or Word/HTML blocks."""
    ws = _ws()
    try:
        if doc["format"] in pages.PAGED:
            scale = pages.pixels_per_point(ws.raw, doc)
            return {"kind": "pages", "pages": list(range(1, (doc.get("pages") or 1) + 1)),
                    "scale": scale, "size": pages.placeholder(scale)}
        if doc["format"] in pages.TEXT:
            return {"kind": "text", "lines": pages.text_lines(ws.raw, doc)}
        return {"kind": "blocks", "blocks": pages.blocks(ws.raw, doc)}
    except pages.PageError as e:
        return {"kind": "none", "message": str(e)}
    except Exception as e:  # noqa: BLE001 - a document the readers cannot show is still listed
        return {"kind": "none", "message": f"this document cannot be shown ({type(e).__name__})"}


@bp.get("/doc/<doc_id>")
def view(doc_id: str):
    ws = _ws()
    doc = _doc(doc_id)
    rows = data.rows(ws.out, doc_id, doc.get("format"))
    from textcore.regions import all_regions

    return render_template("document.html", doc=doc, rows=rows, view=_view(doc),
                           corrections=edits.corrections_for(ws, doc_id, rows),
                           regions=all_regions(), kinds=ovr.KINDS)


@bp.get("/doc/<doc_id>/page/<int:n>.png")
def page(doc_id: str, n: int):
    ws = _ws()
    try:
        path = pages.page_image(ws.out, ws.raw, _doc(doc_id), n)
    except pages.PageError as e:
        abort(404, str(e))
    resp = send_file(path, mimetype="image/png", max_age=3600)
    resp.headers["Cache-Control"] = "private, max-age=3600"
    return resp


def _done(result: dict, what: str):
    n = len(result["documents"])
    flash(f"{what}; {n} document(s) read again" + "".join(f"; {w}" for w in result["warnings"][:3]), "ok")


@bp.post("/doc/<doc_id>/fields")
def fields(doc_id: str):
    doc = _doc(doc_id)
    f = request.form
    values = {}
    for name in ("authority", "order_number", "order_date", "region"):
        new = (f.get(name) or "").strip() or None
        if new != (doc.get(name) or None):
            values[name] = new
    kinds = [k for k in ovr.KINDS if f.get(f"kind_{k}")]
    if sorted(kinds) != sorted(doc.get("kinds") or []):
        values["kinds"] = kinds
    if values:
        _edit(lambda: edits.set_document(_ws(), doc_id, values), f"document: {', '.join(values)} corrected")
    return redirect(url_for("doc.view", doc_id=doc_id))


@bp.post("/doc/<doc_id>/code")
def code(doc_id: str):
    _doc(doc_id)
    f = request.form
    field, phrase, value = f.get("field", ""), f.get("phrase", ""), f.get("code", "")
    _edit(lambda: edits.set_code(_ws(), field, [phrase], value), f"{field}: «{phrase}» → {value}")
    return redirect(url_for("doc.view", doc_id=doc_id, row=f.get("row", "")))


@bp.post("/doc/<doc_id>/exclude")
def exclude(doc_id: str):
    _doc(doc_id)
    f = request.form
    try:
        row = int(f.get("row", ""))
    except ValueError:
        abort(400, "which row?")
    _edit(lambda: edits.exclude_row(_ws(), doc_id, f.get("table", ""), row, f.get("text") or None),
          f"{f.get('table')} row {row} marked as not a row")
    return redirect(url_for("doc.view", doc_id=doc_id))


@bp.post("/undo")
def undo():
    f = request.form
    row = int(f["row"]) if f.get("row", "").isdigit() else None
    _edit(lambda: edits.undo(_ws(), f.get("kind", ""), f.get("key", ""), f.get("name") or None, row),
          "correction undone")
    back = f.get("doc", "")
    return redirect(url_for("doc.view", doc_id=back) if _DOC_ID.fullmatch(back) else url_for("doc.review"))


def _edit(action, what: str) -> None:
    try:
        _done(action(), what)
    except (edits.EditError, ovr.OverridesError) as e:
        flash(f"not saved: {e}", "error")


@bp.get("/review")
def review():
    return render_template("review.html", groups=clusters(_ws().out))


@bp.post("/review/decide")
def decide():
    f = request.form
    phrases = f.getlist("phrase")
    _edit(lambda: edits.set_code(_ws(), f.get("field", ""), phrases, f.get("code", "")),
          f"{len(phrases)} phrase(s) → {f.get('code')}")
    return redirect(url_for("doc.review"))
