"""The bottom layer: text basics that both `parsers` and `normalizers` need.

clean      markup removal, footnote marks (every reader and normalizer)
lemmas     lemmatization with ONE shared natasha/pymorphy morphology object, cached per phrase
numbering  the one item-number grammar: "3.1.2.", "IV.", "а)", bullets; parents
vocab      the one YAML loader (size limit, no aliases; a broken file fails with its name and the key)
           and @vocabulary, the one way a module builds and caches what it makes of a data file
point_type what a document says a point's type is (digital/offline)
regions    federal subjects found in text
dates, order_numbers  the one date and order-number grammar
mojibake   repair of UTF-8 read as cp1251 ("в„–" -> "№")

`textcore` imports only the standard library and third-party packages; `parsers` and
`normalizers` import `textcore`, never each other (tests/test_layers.py checks this).
"""
