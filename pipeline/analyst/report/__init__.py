"""`touchpoints report`: one self-contained HTML file comparing the bodies in the dataset.

    data.py     the numbers: one pandas frame per view, from the DuckDB views of pipeline.analyst.query
    figures.py  plotly figures of those frames
    html.py     the page: sections, sortable tables, inlined plotly.js, error capture
    build.py    build_report(out, dest, as_of): sections -> file (atomic, never over a foreign file)
    wording.py  the words (words_ru.yaml) and codes shown by their Russian labels
    report.yaml what counts as a feedback channel, what coverage is measured against
"""
from .build import ReportError, build_report

__all__ = ["ReportError", "build_report"]
