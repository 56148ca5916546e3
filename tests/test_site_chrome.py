"""Legal-database chrome is dropped; the order's own lines stay."""
from parsers.formats.text import parse_text
from parsers.site_chrome import strip_site_chrome


def test_banners_footers_and_change_lists_are_dropped():
    lines = ["Документ предоставлен КонсультантПлюс", "www.consultant.ru", "Страница 3 из 12",
             "Вы можете открыть актуальную версию документа прямо сейчас.",
             "Список изменяющих документов", "(в ред. приказа Минкультуры",
             "от 01.02.2025 N 9)", "ПРИКАЗ", "от 19.10.2023 N 696",
             "Сайт министерства www.consultant.ru упомянут в тексте приказа"]
    assert strip_site_chrome(lines) == ["ПРИКАЗ", "от 19.10.2023 N 696",
                                        "Сайт министерства www.consultant.ru упомянут в тексте приказа"]


def test_text_reader_keeps_line_numbers_after_chrome():
    doc = parse_text("Документ предоставлен КонсультантПлюс\nПРИКАЗ\nот 19.10.2023 № 5\n")
    assert [(b.text, b.source.line) for b in doc.blocks] == [("ПРИКАЗ", 2), ("от 19.10.2023 № 5", 3)]
