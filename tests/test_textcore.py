"""The project's one date grammar, one order-number grammar, and mojibake repair (textcore)."""
import datetime as dt

import pytest

from textcore.dates import parse_date, periods
from textcore.mojibake import repair_mojibake
from textcore.order_numbers import has_number_sign, number_alone, parse_number, without_numbers


@pytest.mark.parametrize("text, expected", [
    ("от 19.10.23", dt.date(2023, 10, 19)),
    ("от 11/12/2025", dt.date(2025, 12, 11)),
    ("11 дек. 2025 г.", dt.date(2025, 12, 11)),
    ("от 18 сентября 2023 г. № 281", dt.date(2023, 9, 18)),
    ("«05» марта 2024 г.", dt.date(2024, 3, 5)),
    ("от 12.02.2024 г. N 48-П", dt.date(2024, 2, 12)),
    ("до 31.12.20", None),               # a cut "31.12.20__" / wrapped year: not 2020
    ("31.12.2020", dt.date(2020, 12, 31)),
    ("от «___» ______ 2024 г.", None),    # a blank form has no day
    ("30.02.2024", None),
    ("версия 1.2.3", None),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_periods_of_a_deadline_cell():
    got = [(p.kind, p.last) for p in periods("I квартал 2024 г., 3-й кв. 2025, декабрь 2026 года, 2027 год")]
    assert got == [("quarter", dt.date(2024, 3, 31)), ("quarter", dt.date(2025, 9, 30)),
                   ("month", dt.date(2026, 12, 31)), ("year", dt.date(2027, 12, 31))]


def test_a_numeric_date_is_not_also_read_as_a_year():
    assert [p.kind for p in periods("с 01.01.2024 по 31.12.2024")] == ["date", "date"]


def test_thousands_of_dates_are_each_read_once():
    # each match was checked against every span taken before it (~2.7 s at 4000 dates, quadratic;
    # benchmarks/bench_hostile_inputs.py): a numeric date's year is still no year of its own, and a
    # month word between them still read
    text = " ".join(f"{1 + k % 28:02d}.01.2025" for k in range(20_000)) + " декабрь 2026 г., 2027 год"
    got = periods(text)
    assert len(got) == 20_002 and {p.kind for p in got[:-2]} == {"date"}
    assert [(p.kind, p.last) for p in got[-2:]] == [("month", dt.date(2026, 12, 31)), ("year", dt.date(2027, 12, 31))]


def test_a_long_run_of_spaces_in_a_date_is_read_in_linear_time():
    # one quantifier per run of spaces: the old "\\s*(?:г\\.|года)?\\s*,?\\s*" after a year took
    # ~9 s at 800 spaces and grew with the cube (the time is shown by
    # benchmarks/bench_hostile_inputs.py); the spaces are still allowed where they were
    gap = " " * 2_000
    assert [(p.kind, p.first) for p in periods("от 02.03.2015" + gap + "г.")] == [("date", dt.date(2015, 3, 2))]
    assert [(p.kind, p.last) for p in periods("2025 г." + gap + "," + gap + "II" + gap + "квартал")] \
        == [("quarter", dt.date(2025, 6, 30))]
    assert [(p.kind, p.first) for p in periods("«5»" + gap + "марта" + gap + "2024")] \
        == [("date", dt.date(2024, 3, 5))]
    assert [(p.kind, p.first) for p in periods("января" + gap + "," + gap + "2025")] \
        == [("month", dt.date(2025, 1, 1))]
    assert [(p.kind, p.last) for p in periods("II" + gap + "-" + gap + "ая декада июля" + gap + "2025")] \
        == [("decade", dt.date(2025, 7, 20))]


@pytest.mark.parametrize("text, expected", [
    ("от 01.03.2024 N 01-02/01", "01-02/01"), ("№ 40-А", "40-А"), ("N 48-П", "48-П"),
    ("№ 05-05/491.", "05-05/491"), ("№78-НПА", "78-НПА"), ("г.№ 1200", "1200"),
    ("№ п/п", None), ("№ ______", None), ("ОГРН 1024", None), ("INN 77", None),
])
def test_parse_number(text, expected):
    assert parse_number(text) == expected


def test_number_sign_of_a_blank_form_states_nothing():
    assert not has_number_sign("№______ г. Новосибирск")
    assert has_number_sign("№ 4O-ll")          # stated (damaged, yet a number is there)


def test_mojibake_repaired_by_exact_round_trip():
    broken = "Приказ от 12.02.2024 № 48-П «О перечне»".encode("utf-8").decode("cp1251")
    assert repair_mojibake(broken) == "Приказ от 12.02.2024 № 48-П «О перечне»"
    assert repair_mojibake("от 01.02.2024 в„– 5") == "от 01.02.2024 № 5"


@pytest.mark.parametrize("text", ["Всё учтено, Сёмин", "Приложение N 2 — «Мои документы» № 5", "ПРИКАЗ"])
def test_sound_text_is_left_alone(text):
    assert repair_mojibake(text) == text


def test_mojibake_repair_keeps_letters_before_closing_quotes():
    # "В»" and "Г»" are also the UTF-8 bytes of "»" and "û" read as cp1251; in Russian text
    # they are a grade letter and a closing quote, even beside a real "в„–" run
    text = "услуги, получившие оценки «В» или «Г», приказ в„– 5"
    assert repair_mojibake(text) == "услуги, получившие оценки «В» или «Г», приказ № 5"


def test_vocabulary_loader_refuses_aliases_and_oversized_files(tmp_path, monkeypatch):
    from textcore import vocab

    bomb = tmp_path / "bomb.yaml"
    bomb.write_text('a: &a ["x", "x"]\nb: [*a, *a]\n', encoding="utf-8")
    with pytest.raises(vocab.VocabularyError, match="bomb.yaml: not valid YAML.*aliases are not allowed"):
        vocab.load_yaml(bomb)
    big = tmp_path / "big.yaml"
    big.write_text("k: " + "x" * 100 + "\n", encoding="utf-8")
    monkeypatch.setattr(vocab, "MAX_BYTES", 50)
    with pytest.raises(vocab.VocabularyError, match="big.yaml: .* over the 50 allowed"):
        vocab.load_yaml(big)


def test_vocabulary_decorator_builds_once(tmp_path):
    from textcore.vocab import vocabulary

    path = tmp_path / "v.yaml"
    path.write_text("terms: [a, b]\n", encoding="utf-8")
    calls = []

    @vocabulary(path, required=("terms",))
    def terms(data):
        calls.append(1)
        return tuple(data["terms"])

    assert terms() == ("a", "b") and terms() == ("a", "b") and len(calls) == 1


def test_a_word_glued_to_the_number_is_not_part_of_it():
    assert parse_number("от 12.03.2015 № 77Распоряжение Губернатора области") == "77"
    assert parse_number("№ 48-П от 1 марта") == "48-П" and parse_number("N 12пр") == "12пр"


def test_a_latin_n_before_a_numbers_letters_is_its_sign():
    assert parse_number("от 3 мая 2009 г. N УП-41") == "УП-41"
    assert parse_number("Приложение N А") is None and parse_number("N ПАРК") is None


def test_numbers_blanked_and_a_number_alone_on_its_line():
    assert without_numbers("5 июля 2012 года N 281-пг").split() == ["5", "июля", "2012", "года"]
    assert number_alone("  N 210/01-07 о/д ") == "210/01-07 о/д"
    assert number_alone("N 281-пг от 5 июля 2012") is None and number_alone("г. Тверь") is None


def test_cp1251_shown_as_latin1_is_read_again():
    text = "Приказ министерства культуры № 15 от 3 марта 2020 г.\nОб утверждении порядка, всё"
    assert repair_mojibake(text.encode("cp1251").decode("latin-1")) == text
    western = "Café crème à la française; Über Größe, Müller"
    assert repair_mojibake(western) == western


def test_cp1251_shown_as_mac_cyrillic_is_read_again_line_by_line():
    # the capitals became signs («Р» "–", «Ф» "‘», «М» "ћ"), the small letters stayed
    title = "Распоряжение Министерства финансов РФ от 14.05.2019 N 37-р"
    body = "Утвердить «перечень» услуг — ёмкий, Юрию и Ёлкину"
    shown = title.encode("cp1251").decode("mac_cyrillic")
    assert shown.startswith("–аспор€жение ћинистерства")
    assert repair_mojibake(shown + "\n" + body) == title + "\n" + body
    one = "Ѕриказ от 01.02.2020 N 5".replace("Ѕ", "ѕ")          # one sure word, no capital left
    assert repair_mojibake(one) == "Приказ от 01.02.2020 N 5"


@pytest.mark.parametrize("text", ["Приказ «об» «утверждении» ёлка", "Ёжик ёлка «правила» «порядка»",
                                  "ѕостановление Правительства № 5"])
def test_mac_cyrillic_repair_leaves_sound_lines(text):
    assert repair_mojibake(text) == text


@pytest.mark.parametrize("text", [
    "Пастанова Савета Міністраў: ўлады і ўрада ўзгаднілі",      # Belarusian: «ў» is a letter, not «Щ»
    "у ўрадзе ўлады",                                            # Belarusian, no capital, no «і»
    "Македонија: ѕвезда ѕвонар, Ќерка",                          # Macedonian «ѕ», «ќ»
    "Србија: ћерка ђак, Ћирилица ћелија",                        # Serbian «ћ»
    "Ўказ ўрада"])
def test_mac_cyrillic_repair_leaves_other_cyrillic_languages(text):
    # rev18h: these signs are letters of other Cyrillic alphabets; mended they give «Џ»/«ґ» or no Russian words
    assert repair_mojibake(text) == text
