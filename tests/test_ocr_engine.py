"""The OCR engine kept loaded (parsers/formats/ocr_capi.py) and the Russian-first
reading of scan_ocr: the same words as the tesseract command, bounded by its
timeout, reused between calls; Latin words read again with rus+eng."""
from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from parsers.formats import ocr_capi, ocr_tesseract, scan_ocr
from parsers.options import ScanSettings

FONT = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"
LINES = ["Обращение граждан по телефону", "Сообщение по e-mail или через WhatsApp", "Личный кабинет заявителя"]


@pytest.fixture(scope="module")
def engine_ready():
    if ocr_capi.library() is None or ocr_tesseract.missing():
        pytest.skip("libtesseract with rus+eng data is not installed (./setup.sh installs it)")


def _page(lines=LINES, size=34) -> np.ndarray:
    from PIL import Image, ImageDraw, ImageFont

    try:
        font = ImageFont.truetype(FONT, size)
    except OSError:
        pytest.skip(f"font {FONT} not installed (fonts-liberation2)")
    im = Image.new("L", (1300, 70 * len(lines) + 40), 255)
    draw = ImageDraw.Draw(im)
    for i, text in enumerate(lines):
        draw.text((30, 20 + 70 * i), text, font=font, fill=0)
    return np.array(im)


def _key(words):
    return [(w.text, w.left, w.top, w.width, w.height, w.conf, w.line) for w in words]


def test_library_and_command_give_the_same_words(engine_ready, monkeypatch):
    page = _page()
    loaded = ocr_tesseract.words(page, 6, 300, 60)
    monkeypatch.setattr(ocr_capi, "library", lambda: None)
    ocr_tesseract.forget()
    try:
        assert not ocr_tesseract.loaded() and ocr_tesseract.missing() is None    # the command serves
        command = ocr_tesseract.words(page, 6, 300, 60)
    finally:
        monkeypatch.undo()
        ocr_tesseract.forget()
    assert _key(loaded) == _key(command)
    assert "WhatsApp" in [w.text for w in loaded]


def test_engine_is_reused_not_reloaded(engine_ready):
    page = _page(LINES[:1])
    ocr_tesseract.words(page, 6, 300, 60, "rus")
    idle = len(ocr_capi._free["rus"])                # earlier threads may have left several
    with ocr_capi.engine("rus") as first:
        pass
    ocr_tesseract.words(page, 6, 300, 60, "rus")
    with ocr_capi.engine("rus") as again:
        assert again is first
    assert len(ocr_capi._free["rus"]) == idle >= 1   # calls one at a time make no new engine


def test_a_page_past_its_timeout_stops_and_the_next_reads(engine_ready):
    page = _page(LINES * 6)
    with pytest.raises(ocr_tesseract.OcrTimeout):
        ocr_tesseract.words(page, 6, 300, 0.001)
    assert [w.text for w in ocr_tesseract.words(_page(LINES[:1]), 6, 300, 60)][:2] == ["Обращение", "граждан"]


def test_latin_words_read_again_with_english_and_russian_lines_not(engine_ready):
    """Russian alone garbles "e-mail" and "WhatsApp" with low confidence: only
    those words are read again (rus+eng), and come back right; their line keeps
    its surely read Russian words, the other lines are not read again."""
    opts = ScanSettings()
    page = _page()
    first = ocr_tesseract.words(page, opts.psm, 300, 60, ocr_tesseract.RUS)
    assert "WhatsApp" not in [w.text for w in first]          # what the pass is for
    strip = [(("page", 0), page, (0, 0))]          # the page's text as one strip (scan_ocr._pieces)
    words = scan_ocr._ocr_pieces(strip, [], 300, opts, 60)[("page", 0)]
    assert [w.text for w in words if w.text in ("e-mail", "WhatsApp")] == ["e-mail", "WhatsApp"]
    again = {w.text for w in words if w.line[0] == "latin"}
    assert {"e-mail", "WhatsApp"} <= again and not again & {"Обращение", "кабинет"}
    # with the pass off the sheet is read with rus+eng from the start: the same words
    both = scan_ocr._ocr_pieces(strip, [], 300, dataclasses.replace(opts, latin_conf=0), 60)
    assert [w.text for w in both[("page", 0)]] == [w.text for w in words]


def test_latin_words_russian_ocr_garbles_are_read_back_end_to_end(engine_ready):
    """Lines printed with Latin words inside Russian text, read as a scan's page text is (Russian,
    the Latin pass, then scan_text.mend): the words Russian alone reads surely in Cyrillic («АР!»)
    or that neither pass reads whole («ризВ-», «ОВ-кодом») come back as printed."""
    from parsers.formats.scan_text import mend
    printed = ["Выгрузка данных через API реестра", "push-уведомления мобильного приложения",
               "стенд с QR-кодом в холле"]
    strip = [(("page", 0), _page(printed, size=22), (0, 0))]
    words = scan_ocr._ocr_pieces(strip, [], 200, ScanSettings(), 60)[("page", 0)]
    lines: dict = {}
    for w in words:
        lines.setdefault(w.line, []).append(w)
    read = [" ".join(w.text for w in sorted(ws, key=lambda w: w.left))
            for ws in sorted(lines.values(), key=lambda ws: min(w.top for w in ws))]
    assert [mend(t) for t in read] == printed
