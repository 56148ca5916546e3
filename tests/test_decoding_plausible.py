"""The encoding guess's plausibility test (parsers/formats/decoding.py), counted in C,
judges every text as the per-character rule does: under 1 % control characters
(tab and line ends aside) or U+FFFD, at least 3 % spaces, at least 40 % letters,
over the first 8,000 characters."""
from __future__ import annotations

import random

import pytest

from parsers.formats.decoding import _SAMPLE, decode, plausible


def _rule(text: str) -> bool:
    sample = text[:_SAMPLE]
    if not sample:
        return False
    control = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r" or ch == "\ufffd")
    spaces = sum(ch.isspace() for ch in sample)
    letters = sum(ch.isalpha() for ch in sample)
    return control <= len(sample) * 0.01 and spaces >= len(sample) * 0.03 and letters >= len(sample) * 0.4


@pytest.mark.parametrize("seed", range(40))
def test_plausible_is_the_per_character_rule(seed):
    rng = random.Random(seed)
    pools = ["приказ министерства ", "abc ", "0123456789.,;", "\x00\x01\x07\x1b\x0b", "\ufffd", "\t\n\r\u00a0",
             "²½ё", "\u2028\u3000"]
    weights = [rng.random() for _ in pools]
    n = rng.choice([0, 1, 50, 2000, _SAMPLE + 500])
    text = "".join(rng.choice(rng.choices(pools, weights)[0]) for _ in range(n))
    assert plausible(text) == _rule(text)


def test_utf8_with_a_replacement_character_and_no_control_is_kept():
    """A file that really holds U+FFFD (valid UTF-8) and no control character is text."""
    data = "\ufffd\ufffd12".encode("utf-8")
    assert decode(data) == "\ufffd\ufffd12"
