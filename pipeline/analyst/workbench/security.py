"""The workbench's guards, installed on the Flask app as request hooks.

* Host: on 127.0.0.1 only requests naming the loopback host are answered (a page
  elsewhere cannot reach the server through DNS rebinding).  Bound elsewhere
  (`--host`), every session must first present `--token` (`/?token=…`).
* Forms: every POST carries the session's CSRF token (form field `csrf` or header
  X-CSRF-Token) and an Origin (or Referer) of this very server.
* Answers: a strict Content-Security-Policy (scripts, styles and images only from
  the server itself), no sniffing, no framing; an error is one line, never a traceback.
"""
from __future__ import annotations

import hmac
import logging
import secrets
from urllib.parse import urlsplit

from flask import Flask, abort, g, redirect, request, session
from werkzeug.exceptions import HTTPException

LOOPBACK = {"127.0.0.1", "localhost", "[::1]"}
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
log = logging.getLogger("touchpoints.workbench")


def csrf_token() -> str:
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def _same_origin() -> bool:
    origin = request.headers.get("Origin") or request.headers.get("Referer")
    if not origin:
        return False
    parts = urlsplit(origin)
    return f"{parts.scheme}://{parts.netloc}" == request.host_url.rstrip("/")


def install(app: Flask, token: str | None, loopback_only: bool) -> None:
    @app.before_request
    def _guard():
        host = request.host.rsplit(":", 1)[0] if not request.host.endswith("]") else request.host
        if loopback_only and host not in LOOPBACK:
            abort(400, "this workbench answers on 127.0.0.1 only")
        if token and not session.get("auth"):
            given = request.args.get("token", "")
            if not hmac.compare_digest(given.encode(), token.encode()):
                abort(403, "open the address with ?token=… as `touchpoints serve` printed it")
            session["auth"] = True
            return redirect(request.path)           # the token leaves the address bar
        if request.method not in ("GET", "HEAD", "OPTIONS"):
            if not _same_origin():
                abort(403, "refused: the request did not come from this workbench's own pages")
            sent = request.form.get("csrf") or request.headers.get("X-CSRF-Token") or ""
            if not hmac.compare_digest(sent.encode(), csrf_token().encode()):
                abort(403, "refused: the form is stale or forged (reload the page)")
        g.csrf = csrf_token()

    @app.after_request
    def _headers(resp):
        resp.headers.setdefault("Content-Security-Policy", CSP)
        resp.headers["X-Content-Type-Options"] = "nosniff"
        resp.headers["Referrer-Policy"] = "same-origin"
        resp.headers["Cache-Control"] = resp.headers.get("Cache-Control", "no-store")
        return resp

    @app.errorhandler(HTTPException)
    def _http(e: HTTPException):
        return _page(e.code or 500, e.description or e.name)

    @app.errorhandler(Exception)
    def _bug(e: Exception):
        log.exception("workbench: internal error")        # the traceback stays on the server
        return _page(500, f"internal error ({type(e).__name__}); the server's log has the details")


def _page(code: int, message: str):
    from flask import jsonify, render_template

    if request.accept_mimetypes.best == "application/json" or request.path.startswith("/api/"):
        return jsonify(error=message), code
    return render_template("error.html", code=code, message=message), code
