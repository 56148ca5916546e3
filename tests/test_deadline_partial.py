"""A date cut short by a page or column break ("31.12.20|23") is not read as 2020."""
from datetime import date

from normalizers.deadlines import parse_deadline


def test_a_partial_date_gives_no_deadline():
    assert parse_deadline("31.12.20").date is None
    assert parse_deadline("до 01.02.20").date is None


def test_full_and_two_digit_years_still_read():
    assert parse_deadline("31.12.2020").date == date(2020, 12, 31)
    assert parse_deadline("31.12.23").date == date(2023, 12, 31)
