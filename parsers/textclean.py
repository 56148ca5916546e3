"""Moved to `textcore.clean` (the bottom layer); kept so existing imports keep working."""
from textcore.clean import (clean_text, footnote_marks, heading_level, strip_footnote_marks,  # noqa: F401
                            strip_markup)
