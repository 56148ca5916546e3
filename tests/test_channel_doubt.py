"""Calibration of the channels' scores (issue 17): a channel whose kind (digital or offline)
only the rest of the phrase decided goes to review (normalizers/channel_heads.py, DETAIL_TIE)."""
from __future__ import annotations

from normalizers import match_channel
from normalizers.matcher import REVIEW


def test_a_kind_read_from_the_rest_of_the_phrase_goes_to_review():
    # the survey's kind comes from where it is held, outside the head's own words
    m = match_channel("Анкетирование посетителей в помещении отдела")
    assert m.code == "offline_survey" and m.score < REVIEW and "tie:details" in m.method
    m = match_channel("Анкета на сайте учреждения")
    assert m.code == "online_survey" and m.score < REVIEW


def test_a_head_that_decides_alone_stays_sure():
    m = match_channel("Приём граждан")
    assert m.code == "personal_reception" and m.score >= REVIEW
