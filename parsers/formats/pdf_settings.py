"""The PDF reader's geometry thresholds as one validated settings object.

Like pdfplumber's `TableSettings`: every number the layout decisions use is
named here, checked on construction, and part of the pipeline version (a
change re-reads every PDF).  Lengths are in font sizes (em) unless named `_pt`.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields


@dataclass(frozen=True)
class PdfSettings:
    superscript: float = 0.8        # a digit word this much smaller than its line is a mark
    word_gap_em: float = 0.12       # a gap wider than this between words is a space
    space_em: float = 0.25          # width of a space when testing "would the word have fitted"
    fit_slack_pt: float = 0.5       # rounding room in that test
    line_overlap: float = 0.3       # words overlapping this much vertically share a line
    same_line_pt: float = 2.0       # chars this close vertically are on one line (wrap spaces)
    para_gap: float = 0.6           # a vertical gap of this many line heights starts a paragraph
    indent_em: float = 2.0          # an indent this wide starts a paragraph
    size_change_pt: float = 0.5     # a font-size change this big starts a paragraph
    heading_ratio: float = 1.15     # a line this much larger than body text is a heading
    page_margin: float = 0.08       # a lone number in the top/bottom 8% is a page number
    col_tolerance_pt: float = 3.0   # columns at the same x (within this) on two pages continue
    note_rule_min: float = 0.05     # a footnote separator rule: this to...
    note_rule_max: float = 0.5      # ...this share of the page width, in the page's lower half
    open_row_min_pt: float = 4.0    # vertical rules this long below a table's last rule close a row
    sideways_share: float = 0.75    # a page with this share of its text running up or down is turned
    sideways_min_chars: int = 150   # ...and at least this many sideways characters (a stamp has fewer)

    def __post_init__(self):
        for f in fields(self):
            value = getattr(self, f.name)
            if not isinstance(value, (int, float)) or value < 0:
                raise ValueError(f"PdfSettings.{f.name} must be a non-negative number, not {value!r}")
        if not 0 < self.superscript < 1:
            raise ValueError("PdfSettings.superscript must lie between 0 and 1")
        if not 0 <= self.line_overlap <= 1:
            raise ValueError("PdfSettings.line_overlap must lie between 0 and 1")
        if not 0 < self.sideways_share <= 1:
            raise ValueError("PdfSettings.sideways_share must lie above 0 and at most 1")
        if not self.note_rule_min < self.note_rule_max <= 1:
            raise ValueError("PdfSettings.note_rule_min < note_rule_max <= 1 is required")

    def version(self) -> str:
        """A short stable text of the values, for the pipeline version."""
        return ",".join(f"{k}={v}" for k, v in asdict(self).items())


SETTINGS = PdfSettings()
