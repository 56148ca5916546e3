"""`touchpoints serve`: the workbench as a Flask application.

    from pipeline.analyst.workbench.app import create_app
    app = create_app(Workspace(raw=Path("raw"), out=Path("output"), overrides=Path("raw/overrides.yaml")))

Pages: `/` documents (filter, sort, upload), `/doc/<id>` one document beside its
rows (routes_doc.py), `/review` the review queue by phrase, `/report` the
dataset's report (`touchpoints report`'s own code).  Every script and style is
served from this package (`static/`), so it works with no network.
"""
from __future__ import annotations

import secrets
import tempfile
from pathlib import Path

from flask import Flask, Response, abort, flash, g, jsonify, redirect, render_template, request, url_for
from werkzeug.exceptions import RequestEntityTooLarge

from pipeline.run.limits import MB
from . import data
from .edits import Workspace
from .security import install

UPLOAD_SLACK = 1 * MB          # multipart headers around the file


def create_app(ws: Workspace, token: str | None = None, loopback_only: bool = True) -> Flask:
    here = Path(__file__).parent
    app = Flask(__name__, static_folder=str(here / "static"), template_folder=str(here / "templates"))
    app.config.update(SECRET_KEY=secrets.token_hex(32), SESSION_COOKIE_SAMESITE="Strict",
                      SESSION_COOKIE_HTTPONLY=True,
                      MAX_CONTENT_LENGTH=(ws.limits.max_input_mb * MB + UPLOAD_SLACK) if ws.limits.max_input_mb else None)
    app.extensions["workspace"] = ws
    install(app, token, loopback_only)
    app.jinja_env.globals.update(csrf=lambda: g.get("csrf", ""), threshold=data.REVIEW_THRESHOLD)
    from .routes_doc import bp

    app.register_blueprint(bp)
    _routes(app, ws)
    return app


def _routes(app: Flask, ws: Workspace) -> None:
    @app.get("/")
    def index():
        return render_template("index.html", docs=data.documents(ws.out),
                               max_mb=ws.limits.max_input_mb)

    @app.post("/upload")
    def upload():
        from .uploads import UploadError, receive

        try:
            doc_id = receive(ws, request.files.get("file"))
        except UploadError as e:
            flash(f"refused: {e}", "error")
            return redirect(url_for("index"))
        return redirect(url_for("doc.view", doc_id=doc_id))

    @app.errorhandler(RequestEntityTooLarge)
    def _too_large(e):
        flash(f"refused: the file is larger than --max-input-mb {ws.limits.max_input_mb}", "error")
        return redirect(url_for("index"))

    @app.get("/api/choices")
    def choices():
        from .choices import choices_for

        return jsonify(choices_for(request.args.get("field", ""), request.args.get("text", "")))

    @app.get("/report")
    def report():
        from pipeline.analyst.query import QueryError
        from pipeline.analyst.report import ReportError, build_report

        with tempfile.TemporaryDirectory(prefix="touchpoints-workbench-") as tmp:
            try:
                build_report(ws.out, Path(tmp) / "report.html")
            except (QueryError, ReportError) as e:
                abort(409, f"no report yet: {e}")
            resp = Response((Path(tmp) / "report.html").read_bytes(), mimetype="text/html")
        # the report is our own file with inline plotly: its own, looser policy
        resp.headers["Content-Security-Policy"] = ("default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; "
                                                   "style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'")
        return resp
