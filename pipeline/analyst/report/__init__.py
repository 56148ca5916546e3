"""`touchpoints report`: one self-contained HTML file comparing the bodies in the dataset.

    source.py   the dataset: documents as a frame, the counted documents' rows as DuckDB views
    data.py     the numbers: one small pandas frame per view, aggregated in SQL over those views
    figures.py  plotly figures of those frames
    html.py     the page: sections, sortable tables, inlined plotly.js, error capture
    build.py    build_report(out, dest, as_of): sections -> file (atomic, never over a foreign file)
    wording.py  the words (words_ru.yaml) and codes shown by their Russian labels
    report.yaml what counts as a feedback channel, what coverage is measured against
"""
from .build import ReportError, build_report

__all__ = ["ReportError", "build_report"]
