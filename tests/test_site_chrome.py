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


def test_anchored_patterns_tried_at_the_start_only_find_what_a_search_finds():
    """The matcher tries `^` patterns at a line's start and searches the others: on any
    line it says what one search of all patterns says — a pattern whose `^` binds
    only one of its branches is searched along the line, not only at its start."""
    import random
    import re

    from parsers.site_chrome import _anchored, _matcher

    patterns = [r"^\s*страница\s+\d+\s*$", r"^a|b", "консультант", r"^(?:x|y)z", r"(?:^q)|r"]
    assert [_anchored(p) for p in patterns] == [True, False, False, True, False]
    plain = re.compile("|".join(f"(?:{p})" for p in patterns), re.I)
    split = _matcher(patterns)
    rng = random.Random(5)
    alphabet = "abqrxyz страниц3Консультант "
    for _ in range(3000):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 14)))
        assert split(line) == bool(plain.search(line)), line


def test_the_line_cache_keeps_no_paragraphs():
    """A line longer than max_line is never chrome: it is answered before the cache,
    which would otherwise hold whole paragraphs of every document read."""
    from parsers import site_chrome

    cached = [f for f in vars(site_chrome).values() if hasattr(f, "cache_info") and f is not site_chrome._vocab]
    assert cached
    for f in cached:
        f.cache_clear()
    paragraph = "Министерство здравоохранения утверждает перечень точек взаимодействия. " * 10
    assert len(paragraph) > site_chrome._vocab()[0]
    assert site_chrome._kind(paragraph) == site_chrome.NONE
    assert site_chrome._kind("Версия для слабовидящих") in (site_chrome.LINE, site_chrome.NONE, site_chrome.WIDGET)
    assert sum(f.cache_info().currsize for f in cached) == 1          # the short line only


def test_a_panel_for_the_visually_impaired_is_dropped_with_its_samples():
    """A state body's site prints the controls of its panel for the visually impaired above the
    act (tune9/khakassia_draft_no_number.txt, r-19.ru); the samples go with their label, the act's
    short lines after them stay."""
    lines = ["Версия для слабовидящих", "Размер шрифта", "A", "A", "A", "Цвет сайта:", "Ц", "Ц",
             "Межбуквенный интервал", "a.A", "a..A", "Изображения", "УКАЗ", "N 5", "Обычная версия", "",
             "О внесении изменений"]
    assert strip_site_chrome(lines) == ["УКАЗ", "N 5", "", "О внесении изменений"]
