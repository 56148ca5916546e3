"""Converted text: encodings, line endings, markup, tables from tab-separated lines."""
from __future__ import annotations

import pytest

from parsers.document import Paragraph, Table
from parsers.errors import LoadError
from parsers.formats.text import decode, parse_text, read
from textcore.clean import clean_text, footnote_marks, strip_markup

SAMPLE = "Министерство культуры\n\n№\tТочка взаимодействия\n1\tТелефонная связь\n"


@pytest.mark.parametrize("encoding,prefix", [
    ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16", b""), ("utf-16-le", b""), ("cp1251", b""),
])
def test_encodings_are_detected(tmp_path, encoding, prefix):
    p = tmp_path / "order.txt"
    p.write_bytes(prefix + SAMPLE.encode(encoding))
    doc = read(p)
    assert doc.blocks[0].text == "Министерство культуры"
    table = doc.blocks[1]
    assert isinstance(table, Table)
    assert table.rows[1].texts == ["1", "Телефонная связь"]


def test_crlf_is_accepted(tmp_path):
    p = tmp_path / "order.txt"
    p.write_bytes(SAMPLE.replace("\n", "\r\n").encode("utf-8"))
    doc = read(p)
    assert doc.blocks[1].rows[1].texts == ["1", "Телефонная связь"]


def test_empty_file_is_a_load_error(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"  \n\n")
    with pytest.raises(LoadError, match="empty"):
        read(p)


@pytest.mark.parametrize("raw,expected", [
    ("<i>Прием и регистрация обращений</i>", "Прием и регистрация обращений"),
    ("<u>Кадровый блок[14]</u>", "Кадровый блок[14]"),
    ("<p>Приказ от 01.02.2024</p>", "Приказ от 01.02.2024"),
    ("## Предоставление мер государственной поддержки", "Предоставление мер государственной поддержки"),
    ("**ПРИКАЗ**", "ПРИКАЗ"),
    ("Сайт [image: ] министерства", "Сайт министерства"),
    ("[bookmark: _Hlk1234]Перечень", "Перечень"),
    ("  много   пробелов\u00a0здесь ", "много пробелов здесь"),
])
def test_markup_removed_footnote_marks_kept(raw, expected):
    assert strip_markup(raw) == expected


def test_footnote_marks_are_references():
    assert footnote_marks("Процессы предоставления услуг (сервисов)[15]") == ["15"]
    assert clean_text("<u>Кадровый блок[14]</u>") == "Кадровый блок"


def test_tab_runs_become_one_table_across_blank_lines_and_paragraphs_stay():
    doc = parse_text("Заголовок\nа\tб\n\nв\tг\nТекст после\n")
    kinds = [type(b) for b in doc.blocks]
    assert kinds == [Paragraph, Table, Paragraph]
    assert [r.texts for r in doc.blocks[1].rows] == [["а", "б"], ["в", "г"]]
    assert doc.blocks[1].rows[1].source.line == 4


def test_headings_keep_their_level_and_footnote_texts_are_collected():
    doc = parse_text("## Раздел\nтекст[9]\n\n[9] Опционально.\n[10] Субъект может\nутвердить порядок.\n")
    assert doc.blocks[0].level == 2
    assert doc.footnotes == {"9": "Опционально.", "10": "Субъект может утвердить порядок."}


def test_decode_rejects_binary_garbage():
    with pytest.raises(LoadError):
        decode(bytes(range(128, 256)) * 10 + b"\x00\x01\x02" * 50)
