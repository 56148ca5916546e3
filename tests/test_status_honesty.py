"""What a document states but could not be read makes it `partial` with a warning (contract)."""
from pipeline.run.process import process_path


def _process(tmp_path, text):
    p = tmp_path / "doc.txt"
    p.write_text(text, encoding="utf-8")
    return process_path(p).document


def test_procedure_missing_an_expected_list_is_partial(tmp_path):
    doc = _process(tmp_path, "Порядок ведения перечня точек взаимодействия Министерства культуры Тульской области\n"
                   "1. К цифровым точкам относятся:\n1) официальный сайт;\n2) чат-бот.\n"
                   "2. Потребности клиентов:\n1) получение услуги;\n2) получение информации.\n"
                   "3. Перечень ведется по следующим направлениям деятельности:\n1) культура;\n2) архивы.\n")
    assert doc["kinds"] == ["procedure"]
    assert doc["status"] == "partial"
    assert any("channel_offline" in w for w in doc["warnings"]) and "channel_offline" in doc["error"]


def test_unreadable_header_date_is_partial(tmp_path):
    doc = _process(tmp_path, "УТВЕРЖДЕН\nприказом Министерства культуры Тульской области\nот 31.13.2024 № 12\n"
                   "Порядок ведения перечня точек взаимодействия\n1. Цифровые точки: сайт, чат-бот, портал;"
                   " оффлайн-точки: приемная, МФЦ.\n2. Потребности: получение услуги, получение информации.\n"
                   "3. Перечень ведется по следующим направлениям деятельности: культура, архивы.\n")
    assert doc["order_number"] == "12" and doc["order_date"] is None
    assert doc["status"] == "partial" and "order date" in doc["error"]


def test_client_centricity_file_without_any_kind_is_ok_with_a_warning(tmp_path):
    doc = _process(tmp_path, "ПРАВИТЕЛЬСТВО ТУЛЬСКОЙ ОБЛАСТИ\nПОСТАНОВЛЕНИЕ\nот 21 декабря 2022 г. № 1200\n"
                   "Об утверждении стандартов клиентоцентричности\n1. Утвердить стандарт «Государство для людей».\n")
    assert (doc["status"], list(doc["kinds"]), doc["error"]) == ("ok", [], None)
    assert any("client-centricity" in w for w in doc["warnings"])


def test_unrelated_file_still_fails(tmp_path):
    doc = _process(tmp_path, "ПРИКАЗ\nот 01.02.2024 № 5\nО премировании сотрудников\n1. Премировать.\n")
    assert doc["status"] == "failed"
