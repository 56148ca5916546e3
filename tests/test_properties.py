"""Property tests (hypothesis): the text reader and table repair on arbitrary input.

- reading any bytes as a text file ends in a Document or a LoadError — no other
  exception escapes, whatever the encoding, controls or separators;
- the whole per-document function never raises, for any bytes;
- a well-formed touchpoint list (header, numbering row, N data rows with a
  touchpoint in each) keeps its N rows, whatever the cell words."""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from parsers.errors import LoadError
from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats.text import parse_text, read

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# text that looks like converted orders: Cyrillic, digits, punctuation, tabs,
# newlines, every kind of Unicode space and line separator, markup characters
_ALPHABET = st.sampled_from(list("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЕКМНОПРСТ0123456789 .,;:-–—()[]«»№*#_<>/|=+@")
                            + ["\t", "\n", "\r", "\u2028", "\u2029", "\u00a0", "\u3000", "\x0b", "\x0c", "\u200b",
                               "\ufeff", "\x00", "\ufffd"])
_TEXT = st.text(alphabet=_ALPHABET, max_size=600)


@SETTINGS
@given(data=st.one_of(st.binary(max_size=400), _TEXT.map(lambda t: t.encode("utf-8")),
                      _TEXT.map(lambda t: t.encode("utf-16")),
                      _TEXT.map(lambda t: t.encode("cp1251", errors="replace"))))
@example(data=b"\xff\xfe\x00")                  # a UTF-16 BOM, then half a character
@example(data="\u2028".encode() * 5000)
def test_text_reader_raises_only_load_errors(data):
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "x.txt"
        p.write_bytes(data)
        try:
            doc = read(p)
        except LoadError:
            return
        for t in doc.tables():
            assert all(len(r.cells) >= 0 for r in t.rows)


@SETTINGS
@given(text=_TEXT)
def test_parse_and_extract_never_raise(text):
    doc = parse_text(text)
    records, warnings = extract_touchpoints(doc)
    assert isinstance(records, list) and isinstance(warnings, list)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=300))
def test_process_path_never_raises(data):
    from pipeline.run.process import process_path

    with tempfile.TemporaryDirectory() as d:
        for name in ("x.txt", "x.docx", "x.pdf", "x.bin"):
            p = Path(d) / name
            p.write_bytes(data)
            r = process_path(p)
            assert r.document["status"] in ("ok", "partial", "failed")


HEADER = ("№\tНаправление деятельности органа власти\tНаименование конкретного процесса\tТочка взаимодействия\t"
          "Осуществляемое взаимодействие\tТип точки взаимодействия\tОсобенности")
_WORDS = st.sampled_from(["приём", "заявление", "обращение", "справка", "консультация", "выдача", "лицензия",
                          "реестр", "отчёт", "жалоба", "граждан", "организаций", "документов", "услуги"])
_CELL = st.lists(_WORDS, min_size=1, max_size=4).map(" ".join)
_CHANNEL = st.sampled_from(["Телефонная связь", "Официальный сайт", "ЕПГУ", "Электронная почта",
                            "Личный приём", "Почтовая связь", "МФЦ"])
_TYPE = st.sampled_from(["Офлайн", "Цифровая", "Онлайн"])


@SETTINGS
@given(rows=st.lists(st.tuples(_CELL, _CELL, _CHANNEL, _CELL, _TYPE), min_size=1, max_size=25))
def test_well_formed_touchpoint_table_keeps_its_row_count(rows):
    lines = ["Перечень точек взаимодействия", HEADER, "1\t2\t3\t4\t5\t6\t7"]
    for i, (direction, process, channel, interaction, kind) in enumerate(rows, 1):
        lines.append(f"{i}\t{direction}\t{process}\t{channel}\t{interaction}\t{kind}\tнет")
    records, _ = extract_touchpoints(parse_text("\n".join(lines) + "\n"))
    assert len(records) == len(rows)
    assert [r["touchpoint_raw"] for r in records] == [r[2] for r in rows]
