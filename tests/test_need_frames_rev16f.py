"""Review mend of need_frames (branch needs20): a situation led by a preposition's case («в случае
отказа …») is a moment, not a conjunction's clause — its deed after it is a need, not dropped as a frame.
Phrases composed for this test."""
from normalizers import match_needs
from normalizers.need_frames import is_frame


def test_a_prepositional_situation_with_its_deed_is_no_frame():
    assert not is_frame("в случае отказа обжаловать решение")
    assert is_frame("в случае несогласия с решением")          # the case alone, no deed: still a frame
    assert is_frame("если отказали в выплате")                  # a conjunction's clause: a frame


def test_the_deed_after_a_prepositional_situation_is_read_beside_a_later_need():
    codes = {m.code for m in match_needs("в случае отказа обжаловать решение; узнать статус заявления")}
    assert "status" in codes and codes - {"status"}
