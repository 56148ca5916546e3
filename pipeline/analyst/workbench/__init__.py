"""`touchpoints serve`: the analyst's local workbench (Flask, served on 127.0.0.1).

app.py (the application and its pages), routes_doc.py (a document, its pages and
corrections, the review queue), security.py (host, token, CSRF and Origin checks,
no tracebacks), data.py (reading the dataset), pages.py (page images and text),
edits.py (corrections -> overrides file -> documents read again), uploads.py,
queue.py (review by phrase, fingerprint clusters), choices.py (codes and labels);
the command is pipeline/cli/serve.py.
"""
