"""Every test reads with the cell readers the CLI gives the parsers (tests/conftest.py), whatever ran before:
this file imports no pipeline module — alone, before, it read a table with no header with none of them."""
from __future__ import annotations

import pytest

from parsers.tables.content_roles import cell_reader, use_cell_readers


def test_a_parser_test_alone_has_the_pipelines_readers():
    for name in ("channel", "channel_code", "needs", "deadline", "person", "item_kinds", "activity_term"):
        assert callable(cell_reader(name)), name
    assert cell_reader("channel")("Единый портал государственных услуг")
    assert not cell_reader("channel")("31.12.2025")


def test_a_reader_swapped_by_a_test_1():
    use_cell_readers({"channel": lambda text: False})     # not given back: the next test must not inherit it
    assert not cell_reader("channel")("Единый портал государственных услуг")


def test_a_reader_swapped_by_a_test_2_is_not_handed_on():
    assert cell_reader("channel")("Единый портал государственных услуг")


def test_a_reader_swapped_before_a_module_fixture_3():
    use_cell_readers({"channel": lambda text: False})     # not given back, as test 1


@pytest.fixture(scope="module")
def _portal_read_at_module_setup():
    # a module-scoped fixture is set up before the next test's function fixtures: it must find the CLI's readers
    return cell_reader("channel")("Единый портал государственных услуг")


# (run alone, `-k clis_readers_4`, it needs the readers installed at the session's start)
def test_a_module_fixture_set_up_after_a_swap_reads_with_the_clis_readers_4(_portal_read_at_module_setup):
    assert _portal_read_at_module_setup
