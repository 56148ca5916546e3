"""A code review's findings on ho1's change (paragraph lists' needs after a dash, copula lists'
numbered items, nested PDF grids): hostile lengths, and a plan beside a touchpoint list.
Goldens were written by reading the texts each test builds."""
from __future__ import annotations

import time

from parsers.extract.copula import copula_items
from parsers.extract.inline import last_sentence_end, numbered_item


def test_numbered_items_are_told_by_the_text_near_the_dot():
    text = "являются: а; блок 10. Прочее; VII. Кадры; б. Итог"
    assert numbered_item(text, text.index(". Прочее"))
    assert numbered_item(text, text.index(". Кадры"))
    assert not numbered_item(text, text.index(". Итог"))            # «б» is a letter, no number
    assert numbered_item("Блок 6. Текст", 6) and not numbered_item("Блок 6. Текст", 6, 1)
    far = "являются " + "очень " * 30 + "блок 10. Прочее"               # no «;» within reach
    assert not numbered_item(far, far.index(". Прочее"), 1)


def test_thousands_of_numbered_items_cost_each_dot_the_same():
    """«…; блок 10. Прочее; блок 11. Прочее; …» 4,000 times: each dot looked only a short way
    back (a search from the sentence's start took ~12 s for this paragraph)."""
    items = "".join(f"; блок {10 + k % 80}. Прочее" for k in range(4000))
    text = "Направлениями деятельности являются: " + items
    started = time.perf_counter()
    assert last_sentence_end(text) == text
    copula_items(text)
    assert time.perf_counter() - started < 3.0
