"""Moved to `textcore.point_type` (the touchpoint extractor needs it too); kept for existing imports."""
from textcore.point_type import match_point_type  # noqa: F401
