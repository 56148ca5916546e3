"""Moved to `textcore.regions` (metadata extraction needs it too); kept for existing imports."""
from textcore.regions import Mention, Region, all_regions, by_code, find_region, find_regions, words  # noqa: F401
