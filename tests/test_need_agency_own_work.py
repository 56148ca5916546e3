"""Data entered into the state's information systems is the agency's own work (contract §4.2: other —
действия самого ведомства), only the likelier: a paper may be filed there too (needs22; `refine` in
data/need_grammar.yaml).  Not from a pool's phrase."""
from __future__ import annotations

import pytest

from normalizers import match_needs
from normalizers.matcher import REVIEW


def reviewed(text):
    return [(m.code, m.score < REVIEW) for m in match_needs(text)]


@pytest.mark.parametrize("text", [
    "внесение данных о получателях в ЕГИССО",
    "передача сведений о лицензиях в ФГИС",
])
def test_work_in_the_states_systems_is_likelier_the_agencys_own(text):
    assert reviewed(text) == [("other", True)]


def test_a_paper_filed_with_a_federal_body_stays_the_clients_filing():
    # clients file with Росреестр or ФНС too (contract: submission — подача документов)
    assert [c for c, _ in reviewed("подача документов в Росреестр")] == ["submission"]


def test_an_entry_asked_in_a_register_stays_the_clients_filing():
    # «в реестр»: the client asks to be entered (contract: submission — подача заявления)
    assert [c for c, _ in reviewed("Подача заявления о включении в реестр туроператоров")] == ["submission"]


@pytest.mark.parametrize("text", [
    # the client named as the one who enters them: his own filing of data (contract: submission — сведений; rev18b)
    "размещение информации управляющей организацией в ГИС ЖКХ",
    "внесение сведений застройщиком в ГИС",
    "ввод данных заявителем в ГИС",
])
def test_a_clients_own_entry_into_a_state_system_is_his_filing(text):
    assert [c for c, _ in reviewed(text)] == ["submission"]
