"""A plan of measures is the contract's roadmap only when it is about client-centricity
(parsers/extract/topic.py `plan_on_topic`): another subject's plan (a state programme's
measures) is set aside with a warning that names it, and a real roadmap is kept whether its
sign is the order's title, the plan's own items or its caption."""
from __future__ import annotations

from pipeline.run.process import process_path

_HEAD = "№ п/п\tНаименование мероприятия\tОтветственный исполнитель\tСрок исполнения\tОжидаемый результат"


def _run(tmp_path, *lines: str):
    path = tmp_path / "order.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return process_path(path)


def test_a_plan_of_another_subject_is_set_aside_with_a_warning(tmp_path):
    res = _run(tmp_path,
               "ПРАВИТЕЛЬСТВО НОВГОРОДСКОЙ ОБЛАСТИ", "ПОСТАНОВЛЕНИЕ", "от 12.03.2024 № 115",
               "Об утверждении плана мероприятий по развитию рыбоводства",
               "1. Утвердить прилагаемый план мероприятий («дорожную карту») по развитию рыбоводства.",
               "ПЛАН МЕРОПРИЯТИЙ", _HEAD,
               "1.\tСубсидирование закупки рыбопосадочного материала\tМинистерство сельского хозяйства"
               "\tдо 31.12.2024\tЗаключены соглашения",
               "2.\tСтроительство рыбоводных прудов\tМинистерство строительства\tIV квартал 2025 г."
               "\tВведены пруды",
               "3.\tПодготовка кадров для отрасли\tМинистерство образования\t2025 год\tОбучены специалисты")
    doc = res.document
    assert doc["kinds"] == [] and res.roadmap == [] and doc["n_roadmap_items"] == 0
    assert doc["status"] == "failed"                       # not ours: no roadmap rows of another subject
    assert any("set aside" in w and "3 items" in w for w in doc["warnings"]), doc["warnings"]
    assert "set aside" in doc["error"]
    assert not any("not read" in w for w in doc["warnings"])   # the announced plan was read, then set aside


def test_a_short_titled_roadmap_under_a_client_centricity_order_is_kept(tmp_path):
    res = _run(tmp_path,
               "МИНИСТЕРСТВО ЗДРАВООХРАНЕНИЯ ТВЕРСКОЙ ОБЛАСТИ", "ПРИКАЗ", "от 05.02.2024 № 77",
               "Об утверждении плана мероприятий по повышению клиентоцентричности",
               "1. Утвердить прилагаемый план мероприятий.",
               "Приложение к приказу", "План мероприятий («дорожная карта») министерства", _HEAD,
               "1.\tНазначить ответственных лиц\tМинистр\tдо 01.03.2024\tПриказ",
               "2.\tПровести обучение сотрудников\tОтдел кадров\tII квартал 2024 г.\tОбучены сотрудники")
    assert res.document["kinds"] == ["roadmap"] and len(res.roadmap) == 2


def test_a_roadmap_whose_only_sign_is_its_items_is_kept(tmp_path):
    # an appendix in a file of its own: no order title, the items speak of the clients' path
    res = _run(tmp_path,
               "Приложение к приказу министерства", "План мероприятий", _HEAD,
               "1.\tОписать клиентский путь получателя социальной услуги\tОтдел услуг\tдо 01.06.2024"
               "\tКарта пути",
               "2.\tОценить качество взаимодействия с заявителями\tОтдел контроля\tIV квартал 2024 г.\tОтчет")
    assert res.document["kinds"] == ["roadmap"] and len(res.roadmap) == 2
    assert not any("set aside" in w for w in res.document["warnings"])
