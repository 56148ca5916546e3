"""The needs column of a header-less touchpoint table (parsers/tables/content_roles.py): a client's
own words name channels and are read as needs only in part, yet they are the list's needs; a
glossary's expansions of the channels beside them are not.  Rows composed for these tests, in the
form amending orders restate rows of a list in (a story or a complaint in the needs cell)."""
from __future__ import annotations

from parsers.tables import content_roles as cr
from pipeline.run import content_cells

content_cells.install()

# the needs name other channels than the row's own: the client tells what happened elsewhere
_STORIES = [
    ["12.", "Социальная поддержка", "Назначение ежемесячной выплаты на ребёнка", "Телефон горячей линии", "офлайн",
     "подал заявление через Госуслуги, хочу узнать, дошло ли оно"],
    ["13.", "Социальная поддержка", "Назначение ежемесячной выплаты на ребёнка", "Приёмная министерства", "офлайн",
     "звонил на горячую линию три дня, никто не берёт трубку — куда обращаться"],
    ["14.", "Социальная поддержка", "Назначение ежемесячной выплаты на ребёнка", "Официальный сайт министерства",
     "цифровая", "в МФЦ сказали, что нужна справка, а какая — не объяснили"],
    ["15.", "Социальная поддержка", "Выдача удостоверения многодетной семьи", "Электронная почта министерства",
     "цифровая", "написал в группу ВКонтакте, ответа нет уже неделю"],
    ["16.", "Социальная поддержка", "Выдача удостоверения многодетной семьи", "Многофункциональный центр", "офлайн",
     "получить удостоверение, а на сайте нет бланка заявления"],
]


def test_needs_naming_other_channels_than_their_rows_are_needs():
    found = cr.content_roles(_STORIES, "")
    assert found is not None and found.kind == "touchpoint_list"
    assert found.columns["touchpoint"] == 3 and found.columns["interaction"] == 5


def test_a_column_spelling_out_each_rows_channel_is_no_needs():
    # the same list with its needs replaced by the channels' names written out: a glossary's column
    spelled = [r[:5] + [full] for r, full in zip(_STORIES, [
        "Телефонная линия для обращений граждан", "Приёмная для личного приёма граждан",
        "Официальный сайт в сети Интернет", "Электронная почта для обращений", "Многофункциональный центр услуг"])]
    found = cr.content_roles(spelled, "")
    assert found is None or "interaction" not in found.columns


_PLAIN = [["1.", "Сайт министерства", "Поддержка семей", "вопрос один"],
          ["2.", "Телефон приёмной", "Поддержка семей", "вопрос два"],
          ["3.", "Почта министерства", "Поддержка семей", "вопрос три"],
          ["4.", "Группа ВКонтакте", "Поддержка семей", "вопрос четыре"],
          ["5.", "МФЦ", "Поддержка семей", "вопрос пять"]]


def test_half_read_needs_beside_channels_of_a_list_the_text_above_names(monkeypatch):
    # readers stubbed: the needs reader knows two of the five needs (a client's words it half reads)
    monkeypatch.setitem(cr._READERS, "needs", lambda t: t in ("вопрос один", "вопрос три"))
    monkeypatch.setitem(cr._READERS, "channel", lambda t: t != "Поддержка семей" and not t.startswith("вопрос"))
    monkeypatch.setitem(cr._READERS, "channel_code", lambda t: None)
    found = cr.content_roles(_PLAIN, "")                 # «строки 1–5 изложить …» above it
    assert found is not None and found.columns["interaction"] == 3
    assert cr.content_roles(_PLAIN, None) is None        # nothing above names a list: too weak alone


# the needs name the row's own channel, each as a client's act through it: no glossary
_BY_OWN_CHANNEL = [r[:5] + [need] for r, need in zip(_STORIES, [
    "подать заявление через Госуслуги", "позвонить на горячую линию и узнать о статусе заявления",
    "записаться на приём в приёмную министерства", "найти на официальном сайте министерства бланк заявления",
    "направить документы по электронной почте"])]


def test_needs_naming_their_own_rows_channel_are_needs():
    found = cr.content_roles([r[:3] + [ch] + r[4:] for r, ch in zip(_BY_OWN_CHANNEL, [
        "Единый портал государственных услуг", "Телефон горячей линии", "Приёмная министерства",
        "Официальный сайт министерства", "Электронная почта министерства"])], "")
    assert found is not None and found.columns.get("interaction") == 5
