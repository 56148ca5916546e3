"""Abbreviations a procedure explains once and uses bare in its lists (parsers/extract/glossary.py,
pipeline/run/normalize.py code_procedure_items).

Composed in the form of the points orders open with («В настоящем Порядке используются следующие
сокращения:» over «ЕКЦ – единый контакт-центр;»; entries «ЕПГУ - федеральная государственная
информационная система …» as a federal methodology defines them, https://www.consultant.ru/document/
cons_doc_LAW_447742/), with an abbreviation no channel vocabulary knows («ЕКЦ», «ГКЦ»).  Goldens
written by reading the fixtures."""
from __future__ import annotations

from docx import Document as WordDocument

from parsers.extract.glossary import glossary
from parsers.extract.lines import lines_of
from parsers.extract.procedure import extract_procedure
from parsers.formats import read_document
from parsers.formats.text import parse_text
from pipeline.run.normalize import code_procedure_items

PARAGRAPHS = [
    "ПОРЯДОК ведения перечня точек взаимодействия министерства с клиентами",
    "1.3. В настоящем Порядке используются следующие сокращения:",
    "ЕКЦ – единый контакт-центр министерства;",
    "ГКЦ - горячая линия (колл-центр) Губернатора области;",
    "МФЦ – многофункциональный центр предоставления государственных и муниципальных услуг.",
    "2.1. Офлайн-каналы взаимодействия с клиентами:",
    "1) ЕКЦ;", "2) ГКЦ;", "3) МФЦ;", "4) приёмная министерства.",
]
ITEMS = ["ЕКЦ", "ГКЦ", "МФЦ", "приёмная министерства"]


def _coded(doc) -> list[tuple[str, str, str | None]]:
    items = extract_procedure(doc, titled=True)
    return [(r["list_kind"], r["text_raw"], r["code"]) for r in code_procedure_items(items)]


def _check(got):
    # the glossary's lines are no items; «ЕКЦ», «ГКЦ» read as what they stand for: a phone line
    assert [t for _, t, _ in got] == ITEMS
    assert {k for k, _, _ in got} == {"channel_offline"}
    assert [c for _, _, c in got] == ["phone", "phone", "mfc", "personal_reception"]


def test_glossary_in_text():
    _check(_coded(parse_text("\n\n".join(PARAGRAPHS) + "\n")))


def test_glossary_in_word(tmp_path):
    d = WordDocument()
    for t in PARAGRAPHS:
        d.add_paragraph(t)
    d.save(tmp_path / "glossary.docx")
    _check(_coded(read_document(tmp_path / "glossary.docx", "docx")))


def test_inline_glossary_entries():
    doc = parse_text("1.3. Используемые сокращения: ЕКЦ – единый контакт-центр; ФГИС ПОС – платформа "
                     "обратной связи.\n")
    assert glossary(lines_of(doc)) == {"ЕКЦ": "единый контакт-центр", "ФГИС ПОС": "платформа обратной связи"}


def test_no_glossary_without_its_lead_in():
    """Dashed lines under a lead-in that names no abbreviations are no glossary."""
    doc = parse_text("2.1. Каналы связи:\nЕКЦ – телефон приёмной;\n")
    assert glossary(lines_of(doc)) == {}
