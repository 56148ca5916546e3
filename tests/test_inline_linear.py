"""An inline lead-in's colon is looked for in a long paragraph of many colons (parsers/extract/inline.py,
`_lead_colon`) by reading a bounded stretch before each colon, never the whole text before it again."""
from __future__ import annotations

from parsers.extract import inline


def test_each_colon_reads_only_the_sentences_before_it(monkeypatch):
    # a flattened form: «поле N: значение N» two thousand times, no semicolon, no kind named
    text = "Сведения о заявителе: " + ", ".join(f"поле{i} номер: значение {i}" for i in range(2000)) + "."
    read = []
    real = inline._head_kind
    monkeypatch.setattr(inline, "_head_kind", lambda before: read.append(len(before)) or real(before))
    assert inline.inline_items(text, True) == []
    assert read and sum(read) < 10 * len(text)      # the whole prefix at each colon: about 1000 times


def test_a_lead_in_two_sentences_back_still_names_the_list():
    # «… цифровые каналы. К ним относятся:»: the sentence before the colon's still read with it
    text = ("Прочие сведения: нет. Министерство использует цифровые каналы. К ним относятся: официальный "
            "сайт, электронная почта.")
    assert inline.inline_items(text) == [("channel_digital", "официальный сайт"),
                                         ("channel_digital", "электронная почта")]


def test_an_items_sentence_end_past_many_abbreviations_copies_no_prefix(monkeypatch):
    # «ул. Садовая, …» thousands of times before the item's sentence ends: each dot of a word cut
    # short is passed over, and the label test at each must not copy the text before it
    item = "приём по адресу " + " ".join(f"ул. Садовая {i}," for i in range(3000)) + " конец. Далее текст"
    seen = []

    class Label:
        def match(self, text, *bounds):
            seen.append(text is item)
            return None
    monkeypatch.setattr(inline, "_LABEL", Label())
    assert inline.last_sentence_end(item).endswith("Садовая 2999, конец")
    assert len(seen) > 3000 and all(seen)


def test_a_long_sentence_in_a_needs_list_is_not_parsed_word_by_word(monkeypatch):
    from parsers.extract import item_words
    parsed = []
    real = item_words.morph()
    class Morph:
        def parse(self, word):
            parsed.append(word)
            return real.parse(word)
    monkeypatch.setattr(item_words, "morph", lambda: Morph())
    prose = "узнать " + " ".join(f"сведения номер {i} о порядке рассмотрения" for i in range(400))
    assert not item_words.client_action(prose, 16)
    assert len(parsed) < 50
    assert item_words.client_action("узнать порядок подачи заявления", 16)
