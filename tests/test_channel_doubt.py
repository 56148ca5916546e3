"""Calibration of the channels' scores (issue 17): a head whose `with` word, which decides
its code, stands only outside its own words (normalizers/channel_heads.py, DETAIL_TIE) goes
to review; a survey's kind from where it is held stays sure (tests/test_normalizers.py)."""
from __future__ import annotations

from normalizers import match_channel
from normalizers.matcher import REVIEW


def test_a_code_read_from_a_detail_outside_the_head_goes_to_review():
    # "кабинет" is the head; "приём" that makes it a reception stands only in the parenthesis
    m = match_channel("Кабинет 7 (приём граждан)")
    assert m.code == "personal_reception" and m.score < REVIEW and "tie:details" in m.method


def test_a_head_that_decides_alone_stays_sure():
    assert match_channel("Кабинет 7, приём граждан").score >= REVIEW     # «приём» heads
    m = match_channel("Анкетирование посетителей в помещении отдела")
    assert m.code == "offline_survey" and m.score >= REVIEW
