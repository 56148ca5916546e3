"""Wordings the deadline reader's newer rules (seasons, year words, OCR's commas, relative terms, a day
and month without a year) must not misread: each expectation written from CONTRACT.md §3 (`deadline`
is the last day of the stated period, null when none) and the review rule (a term meant to be dated
that gives no date is shown to a person)."""
from __future__ import annotations

from datetime import date

from normalizers.deadlines import parse_deadline
from normalizers.roadmap_codes import heading_year
from pipeline.run.normalize import roadmap_review
from textcore.date_words import year_words


def _asked(raw: str, group_year: int | None = None) -> bool:
    d = parse_deadline(raw, None, group_year)
    row = {"item_no": "1", "deadline_raw": raw, "deadline": d.date, "is_section": False, "not_applicable": False}
    return bool(roadmap_review("doc", [row]))


def test_a_years_span_counted_from_an_event_is_no_calendar_year():
    # «в течение года со дня утверждения»: twelve months from an approval, not 31 December of the group's year
    assert year_words("в течение года со дня утверждения") == []
    assert year_words("в течение года с момента вступления в силу") == []
    assert parse_deadline("в течение года со дня утверждения", None, 2025).date is None
    assert parse_deadline("в течение года, после утверждения программы", None, 2025).date is None
    # ... while the year words alone still read the group's year
    assert parse_deadline("до конца года", None, 2025).date == date(2025, 12, 31)


def test_a_count_of_years_glued_by_a_hyphen_is_no_summer():
    # «3-летний период» holds «летний» after a hyphen: the span of years, not the summer of its first year
    d = parse_deadline("на 3-летний период 2025–2027 гг.")
    assert (d.date, d.kind) == (date(2027, 12, 31), "year")
    d = parse_deadline("5-летний период 2025 г.")
    assert (d.date, d.kind) == (date(2025, 12, 31), "year")
    assert parse_deadline("в весенне-летний период 2026 г.").kind == "season"     # a compound season stays one


def test_a_list_of_numbers_with_commas_is_no_ocr_damaged_date():
    # a comma followed by a space separates list members; OCR's comma for a dot has none beside it
    for raw in ("пп. 1.3, 2025 год", "10, 11, 2025"):
        d = parse_deadline(raw)
        assert (d.date, d.kind) == (date(2025, 12, 31), "year"), raw
    assert parse_deadline("31,12,2025").date == date(2025, 12, 31)


def test_two_dates_after_a_dot_and_a_space_are_not_closed_up_into_one():
    # «до 1.07. 25.12.2025»: a day and month, then a whole date; closing the space up made one run of
    # numbers «1.07.25.12.2025», read as the bare year 2025
    d = parse_deadline("до 1.07. 25.12.2025")
    assert (d.date, d.kind) == (date(2025, 12, 25), "date")
    assert parse_deadline("31.12.20 25").date == date(2025, 12, 31)     # a year cut by a space is still mended


def test_a_relative_word_beside_a_year_less_date_leaves_it_a_doubt():
    # «до 1 июля, после утверждения» names a day meant to be dated: with no year to read it in, a person is
    # asked, as for «до 1 июля» alone; a relative word does not silence the doubt
    for raw in ("до 1 июля, после утверждения", "I квартал, по согласованию", "до конца года, по согласованию"):
        assert parse_deadline(raw).kind == "none", raw
        assert _asked(raw), raw
    assert parse_deadline("в течение 30 дней со дня утверждения").kind == "relative"
    assert not _asked("в течение 30 дней со дня утверждения")


def test_a_relative_word_counts_only_at_a_words_start():
    # «сегодняшний» holds «дня»: no term counted from an event, an undated wording for a person
    assert parse_deadline("по сегодняшний день").kind == "none"
    assert parse_deadline("в 2-недельный срок").kind == "relative"


def test_a_clause_number_is_no_day_and_month():
    # «п. 2.10» is a clause under a group row «2025 год», not 2 October
    assert parse_deadline("в соответствии с п. 2.10", None, 2025).date is None
    assert parse_deadline("в сроки, установленные пунктом 3.12 Положения", None, 2025).date is None
    assert parse_deadline("до 15.03", None, 2025).date == date(2025, 3, 15)


def test_the_hostile_inputs_of_the_benchmark_read_as_their_words():
    """benchmarks/bench_hostile_inputs.py times these (linear; a heading's many periods were quadratic):
    here what they read as."""
    assert heading_year([["Мероприятия 2025 года, " * 500, False]]) == 2025
    assert heading_year([["Итоги 2024 года, " * 500, False]]) is None
    assert heading_year([["Итоги" + " " * 20_000 + "2024 года", False]]) is None
    # every «в течение года» but the last is followed by the next one's words, not by the event
    assert parse_deadline("в течение года " * 2000 + "со дня", None, 2025).date == date(2025, 12, 31)
    assert parse_deadline("п. 1.05 " * 2000, None, 2025).date is None


def test_the_middle_of_a_ten_day_period_lies_inside_it():
    # «середина I декады июля»: days 1–10, so the 5th, never the month's 15th after the decade's end
    assert parse_deadline("середина I декады июля 2025 г.").date == date(2025, 7, 5)
    assert parse_deadline("до середины III декады февраля 2025 г.").date == date(2025, 2, 24)
    assert parse_deadline("середина декабря 2025 г.").date == date(2025, 12, 15)     # a whole month: its 15th
