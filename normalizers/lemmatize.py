"""Moved to `textcore.lemmas` (one shared morphology object); kept for existing imports."""
from textcore.lemmas import is_known_word, lemma, lemmas, morph, normalize  # noqa: F401
