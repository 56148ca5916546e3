"""Latin look-alike letters typed into Russian words (phrases composed for these tests)."""
from __future__ import annotations

from datetime import date

from normalizers.deadlines import parse_deadline
from normalizers.milestones import match_milestone
from textcore.lookalike import fix_lookalikes


def test_mixed_words_get_cyrillic_letters_latin_words_stay():
    assert fix_lookalikes("Ивановa и peестр") == "Иванова и реестр"
    assert fix_lookalikes("CJM, HR, Telegram, e-mail: a@b.ru") == "CJM, HR, Telegram, e-mail: a@b.ru"
    assert fix_lookalikes("IIIкв. 2025") == "IIIкв. 2025"      # a Roman numeral glued to its word


def test_readers_see_through_the_slip():
    assert parse_deadline("мaрт 2026 г.").date == date(2026, 3, 31)
    assert match_milestone(None, "Формирование peестра процессов") == "process_registry"


def test_a_lower_case_latin_k_in_a_russian_word_is_cyrillic():
    assert fix_lookalikes("Инфоkиоск в холле") == "Инфокиоск в холле"
    assert fix_lookalikes("kiosk") == "kiosk"
