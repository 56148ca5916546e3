"""A scan's Latin words garbled by Russian OCR read back by the listed Latin words and the shapes
Russian reads their letters as (parsers/formats/scan_latin_words.py, parsers/data/latin_words.yaml).

The garbled forms are written from the shapes in the data file (Latin «i» read «!», «l» read «1»,
«s» read «з», «h» read «в», «w» read «ш»), around Russian words of our own; no fixture's text."""
from __future__ import annotations

import pytest

from parsers.formats.scan_latin_words import mend_latin
from parsers.formats.scan_text import mend


@pytest.mark.parametrize("read, meant", [
    ("выгрузка через АР! реестра", "выгрузка через API реестра"),        # capitals: «i» read «!»
    ("ар!-шлюз ведомства", "api-шлюз ведомства"),                          # a compound's Latin part, small letters
    ("ризВ-рассылка пациентам", "push-рассылка пациентам"),                # all Cyrillic, but a capital after a small letter
    ("канал Те1едгат", "канал Telegram"),                                   # digits and Cyrillic for Latin letters
    ("портал www.gosus1ugi.ги", "портал www.gosuslugi.ru"),                # an address's Cyrillic part, however short
    ("(шшш.gosuslugi.ru)", "(www.gosuslugi.ru)"),                          # brackets around the address kept
    ("адрес priem@mai1.ru", "адрес priem@mail.ru"),
    ("табличка с ОВ-кодом анкеты", "табличка с QR-кодом анкеты"),       # a compound's short head before a Russian word
    ("Т@ергат-канал ведомства", "Telegram-канал ведомства"),          # a long word that lost a letter; «@» for «e»
    ("рассылка ризй-сообщений", "рассылка push-сообщений"),
])
def test_a_garbled_listed_latin_word_is_that_word(read, meant):
    assert mend_latin(read) == meant
    assert mend(read) == meant              # and the scan's mending does it, Russian words untouched


@pytest.mark.parametrize("text", [
    "мессенджер МАХ и бот",                 # short Cyrillic words are Russian («мах», «бот»), whatever they look like
    "аккаунты (ВК, ОК), нет ответа",
    "сайт minzdrav.example.ru",             # an unlisted domain stays as read
    "страница вк.com/club1",                # «в» is no reading of «v»: nothing to choose
    "WhatsApp, Telegram, e-mail, Wi-Fi",    # listed words read right stay in their case
    "записаться на приём через сайт",       # dictionary words are never Latin
    "ЕПГУ, СМЭВ, ГИС ЖКХ",                  # abbreviations matching no listed word
    "ИТ-отдел, СМС-рассылка",               # a compound's Russian head matching no listed word
])
def test_russian_words_and_right_latin_left_alone(text):
    assert mend_latin(text) == text


@pytest.mark.parametrize("read, meant", [
    ("портал www. gosuslugi. ru", "портал www.gosuslugi.ru"),     # cut after its dots, one cut after another
    ("группа vk.com/ club123", "группа vk.com/club123"),          # after a slash
    ("почта priem @mail.ru", "почта priem@mail.ru"),              # before «@»
    ("сайт example-region .ru", "сайт example-region.ru"),        # before a top-level domain
    ("сайт https:// example.org", "сайт https://example.org"),
])
def test_an_address_cut_at_its_marks_is_one_again(read, meant):
    assert mend(read) == meant


@pytest.mark.parametrize("text", [
    "на сайте. Далее по тексту",            # a sentence's end: no Latin after it
    "e-mail. telegram",                     # no address before the dot, nor a top-level domain after it
    "сайт www.example.ru. Затем",           # an address ending a sentence
    "приём с 9: 00",                        # a time's colon is no address's
    "бот в Telegram @example_bot",          # a messenger's handle: no domain after «@»
])
def test_text_around_addresses_stays_apart(text):
    assert mend(text) == text
