"""A roadmap deadline that holds text but no readable date goes to review (issue: "31.12.20"
cut by a page edge must not become 2020-12-31, and must not vanish silently either)."""
from pipeline.run.normalize import roadmap_review


def _row(raw, **kw):
    return {"item_no": "1.1", "deadline_raw": raw, "deadline": None, "is_section": False,
            "not_applicable": False, **kw}


def test_unreadable_deadlines_are_reviewed_once_each_with_their_count():
    rows = [_row("31.12.20"), _row("31.12.20"), _row("до 3l.12.2О24")]
    review = roadmap_review("d", rows)
    assert {(r["text_raw"], r["count"]) for r in review} == {("31.12.20", 2), ("до 3l.12.2О24", 1)}
    assert all(r["table"] == "roadmap" and r["field"] == "deadline" and r["best_code"] is None for r in review)


def test_read_open_ended_not_applicable_and_sections_are_not_doubts():
    import datetime
    rows = [_row("до 31.12.2023", deadline=datetime.date(2023, 12, 31)), _row("постоянно"),
            _row("х", not_applicable=True), _row("", is_section=True), _row("31.12.20", is_section=True)]
    assert roadmap_review("d", rows) == []
