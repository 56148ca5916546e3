"""Gazetteer of federal subjects: any case form, short forms, longest name wins."""
import pytest

from textcore.regions import all_regions, find_region, find_regions


def test_all_89_subjects_with_distinct_codes():
    regions = all_regions()
    assert len(regions) == 89
    assert len({r.name for r in regions}) == 89


@pytest.mark.parametrize("text, code", [
    # forms found in the seeds
    ("Министерство культуры и национальной политики Кузбасса", "RU-KEM"),
    ("в Кемеровской области – Кузбассе", "RU-KEM"),
    ("Министерства культуры Курской области", "RU-KRS"),
    ("министерства региональной политики Новосибирской области", "RU-NVS"),
    ("в Министерстве социальной политики Калининградской области", "RU-KGD"),
    # inflected and short forms of subjects that are not in the seeds
    ("Министерство здравоохранения Республики Мордовия", "RU-MO"),
    ("Кабинет Министров Республики Татарстан", "RU-TA"),
    ("Департамент финансов Ханты-Мансийского автономного округа – Югры", "RU-KHM"),
    ("по Югре", "RU-KHM"),
    ("Департамент транспорта г. Москвы", "RU-MOW"),
    ("Правительство Москвы", "RU-MOW"),
    ("Министерство образования Московской области", "RU-MOS"),
    ("Агентство по туризму Приморского края", "RU-PRI"),
    ("Комитет по культуре Санкт-Петербурга", "RU-SPE"),
    ("в Ямало-Ненецком автономном округе", "RU-YAN"),
    ("Ненецкого автономного округа", "RU-NEN"),
    ("Министерство финансов Чувашской Республики", "RU-CU"),
    ("в Чувашии", "RU-CU"),
    ("Республики Саха (Якутия)", "RU-SA"),
    ("в Республике Северная Осетия – Алания", "RU-SE"),
    ("Алтайского края", "RU-ALT"),
    ("Республики Алтай", "RU-AL"),
    ("Кабардино-Балкарской Республики", "RU-KB"),
    ("Донецкой Народной Республики", "RU-DPR"),
    ("Еврейской автономной области", "RU-YEV"),
    ("правительства Севастополя", "RU-SEV"),
    ("Республике Тыва", "RU-TY"),
    ("Удмуртской Республике", "RU-UD"),
])
def test_find_region(text, code):
    region = find_region(text)
    assert region is not None and region.code == code


@pytest.mark.parametrize("text", [
    "Министерство культуры",
    "приём граждан в порядке очереди",
    "Алтай",                  # ambiguous: республика or край
    "г. Курск",               # a city, not the subject's name
])
def test_no_region(text):
    assert find_region(text) is None


def test_canonical_name_and_span():
    text = "плана по внедрению клиентоцентричности в Кемеровской области – Кузбассе, утверждённого"
    (m,) = find_regions(text)
    assert m.region.name == "Кемеровская область – Кузбасс"
    assert text[m.start:m.end] == "Кемеровской области – Кузбассе"


def test_every_mention_in_order():
    codes = [m.region.code for m in find_regions("из Курской области в Новосибирскую область и в Кузбасс")]
    assert codes == ["RU-KRS", "RU-NVS", "RU-KEM"]


def test_every_subject_has_a_genitive_that_names_it():
    for region in all_regions():
        assert region.genitive and region.genitive != region.name, region.code
        assert find_region("Правительство " + region.genitive).code == region.code, region.code


def test_words_caches_short_texts_only():
    from textcore.regions import _cached_words, words
    _cached_words.cache_clear()
    line, paragraph = "Министерство финансов", "Слово " * 100
    assert words(line) == words(line) and words(line)[1][0] == "финансы"
    assert len(words(paragraph)) == 100                 # read as before, only not kept
    assert _cached_words.cache_info().currsize == 1     # the line alone
