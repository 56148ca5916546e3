"""A scanned cell's lines its author wrote (parsers/formats/scan_cell_lines.py): OCR's lines with
their boxes, the PDF's rule — a line the next line's first word would have fitted on, two spaces
to spare — and the scan reader's Document.cell_lines (parsers/formats/scan.py).  The words are
made here as tesseract gives them (pixels of a 200 dpi page image), no image is read."""
from __future__ import annotations

from parsers.formats import scan, scan_ocr
from parsers.formats.ocr_tesseract import Word
from parsers.formats.scan_cell_lines import lined
from parsers.options import ScanSettings

OPTS = ScanSettings()
SCALE = 72 / 200
BOX = (0, 0, 1000, 200)          # the cell: 1000 px wide, its text 12 px in from its left side
OFFSET = 12
CHAR, GAP = 14, 8                # a letter's width and a space's, in pixels (10 pt at 200 dpi)


def _line(text: str, no: int, left: int = 0) -> list[Word]:
    """Words of one line at `left` px past the cut-out's white margin, `no`-th line of the cell."""
    out, x = [], OPTS.left_px + left
    for word in text.split():
        out.append(Word(word, x, 40 * no, CHAR * len(word), 30, 95.0, (1, 1, no)))
        x += CHAR * len(word) + GAP
    return out


def _join(words):
    return scan_ocr._cell_text(words, BOX[2] - BOX[0] - 2 * OPTS.inset_px, OPTS.fit_share)


def _lined(*lines):
    words = [w for k, text in enumerate(lines) for w in _line(text, k + 1)]
    return lined(words, BOX, OFFSET, OPTS, SCALE, 12.0, _join(words), _join)


def test_short_lines_the_next_word_would_have_fitted_are_the_authors():
    assert _lined("информация о льготах", "статус заявления", "подача заявления") == \
        "информация о льготах\nстатус заявления\nподача заявления"


def test_a_wrapped_line_is_never_cut():
    # 56 letters and 7 spaces: 840 px; with a space and «ежемесячной» (154 px), 1002 px: beyond
    # the cell's room (1000 px less 12 px a side), so the printer wrapped it
    full = "Получение информации о ходе рассмотрения заявления о назначении"
    assert CHAR * len(full.replace(" ", "")) + GAP * full.count(" ") + GAP + CHAR * 11 > 976
    assert _lined(full, "ежемесячной выплаты") is None
    assert _lined("информация о льготах", "статус заявления") is not None


def _page(cells):
    """A page as scan_ocr.read_page gives it (and the OCR cache keeps it): one table, one row."""
    return {"size": 10.0, "height": 800.0, "words": [], "angle": 0.0, "conf": [95.0, 1],
            "tables": [{"bbox": [50.0, 50.0, 650.0, 100.0], "xs": [50.0, 350.0, 650.0], "ys": [50.0, 100.0],
                        "cells": [{"r": 0, "c": k, "rs": 1, "cs": 1, "text": text, "fit": None, "lined": lined_}
                                  for k, (text, lined_) in enumerate(cells)]}]}


def test_the_scan_reader_keeps_the_lines_of_cells_no_mend_changed():
    doc = scan._document([_page([
        ("информация о льготах статус заявления", "информация о льготах\nстатус заявления"),
        # OCR's «31.12.20 23» is mended into one date: its lines no longer hold the cell's text
        ("срок до 31.12.20 23 подача заявления", "срок до 31.12.20 23\nподача заявления")])])
    assert [c.text for c in doc.tables().__next__().rows[0].cells] == \
        ["информация о льготах статус заявления", "срок до 31.12.2023 подача заявления"]
    assert doc.cell_lines == {"информация о льготах статус заявления": "информация о льготах\nстатус заявления"}


def test_a_page_read_before_the_lines_were_kept_has_none():
    page = _page([("информация о льготах статус заявления", None)])
    del page["tables"][0]["cells"][0]["lined"]
    assert scan._document([page]).cell_lines == {}
