"""An issuer's name word by word (parsers/extract/issuer_form.py): abbreviations written out in the
case of the name after them, common words in small letters, and the body of a bare signature.
Names here are made up or of other places than the real-act corpus's, so they test the rule."""
from parsers.extract.issuer_form import common_words_small, position_body, written_out


def test_city_abbreviation_takes_the_case_of_the_name_after_it():
    assert written_out("Администрация г. Кандалакши Мурманской области") == \
        "Администрация города Кандалакши Мурманской области"
    assert written_out("Администрация муниципального образования г. Норильск") == \
        "Администрация муниципального образования город Норильск"


def test_no_abbreviation_inside_a_word_or_before_small_letters():
    assert written_out("Департамент строительства Тверской области") == "Департамент строительства Тверской области"
    assert written_out("Администрация района, г. и п.") == "Администрация района, г. и п."


def test_common_words_small_but_not_the_first_quoted_or_proper_ones():
    assert common_words_small("Администрация Сельского поселения Лесное Муниципального района") == \
        "Администрация сельского поселения Лесное муниципального района"
    assert common_words_small("Администрация муниципального образования «Город Томск»") == \
        "Администрация муниципального образования «Город Томск»"
    assert common_words_small("Городская Дума") == "Городская Дума"         # the first word keeps its capital


def test_bare_position_signature_takes_the_body_whose_regulation_the_preamble_cites():
    texts = ["В соответствии с Положением о министерстве лесного комплекса Кировской области, "
             "утвержденным постановлением Правительства Кировской области от 1 марта 2011 года N 5, приказываю:",
             "1. Утвердить прилагаемый порядок.", "Министр |", "И.И. Петров |"]
    assert position_body(texts) == "Министерство лесного комплекса Кировской области"


def test_bare_position_of_another_kind_or_two_regulations_give_none():
    ministry = "В соответствии с Положением о министерстве лесного комплекса Кировской области приказываю:"
    assert position_body([ministry, "Начальник управления делами", "А.А. Сидоров"]) is None   # not bare
    agency = "и Положением об агентстве по туризму Кировской области"
    assert position_body([ministry + " " + agency, "Руководитель |"]) is None       # which of the two?
    assert position_body([ministry, "1. Утвердить порядок."]) is None               # no signature at all


def test_a_subjects_body_named_by_its_head_alone_gets_the_subject_of_the_act(tmp_path):
    from parsers.detect import detect
    from parsers.extract.metadata import read_metadata
    from parsers.formats import read_document
    p = tmp_path / "act.txt"
    p.write_text("ГУБЕРНАТОР\n\nПОСТАНОВЛЕНИЕ\n\nот 12 марта 2015 г. N 45\n\nОб утверждении порядка\n\n"
                 "В соответствии с Уставом Тульской области постановляю:\n1. Утвердить порядок.\n"
                 "Губернатор области\nВ.С. Петров\n", encoding="utf-8")
    md = read_metadata(read_document(p, detect(p)))[0]
    assert (md["authority"], md["region_code"], md["order_number"]) == ("Губернатор Тульской области", "RU-TUL", "45")


def test_with_subject_leaves_named_bodies_and_other_heads_alone():
    from parsers.extract.issuer_form import with_subject
    from textcore.regions import by_code
    assert with_subject("Правительство", by_code("RU-MOW")) == "Правительство Москвы"     # data: body_genitive
    assert with_subject("Министерство", by_code("RU-TUL")) == "Министерство"      # a ministry of what?
    assert with_subject("Губернатор Тульской области", by_code("RU-TUL")) == "Губернатор Тульской области"
    assert with_subject("Губернатор", None) == "Губернатор"


def test_recase_keeps_a_territorys_and_a_places_proper_names():
    from parsers.extract.issuer import recase
    assert recase("АДМИНИСТРАЦИЯ ЛЕСНОВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА ТУЛЬСКОЙ ОБЛАСТИ") == \
        "Администрация Лесновского муниципального района Тульской области"
    assert recase("АДМИНИСТРАЦИЯ НИКОЛО-БЕРЕЗОВСКОГО СЕЛЬСОВЕТА") == "Администрация Николо-Березовского сельсовета"
    assert recase("МЭРИЯ ГОРОДА НОВОСИБИРСКА") == "Мэрия города Новосибирска"     # a place natasha tags Geox
    assert recase("АДМИНИСТРАЦИЯ ГОРОДСКОГО ОКРУГА") == "Администрация городского округа"    # common words stay small


def test_a_quoted_entity_name_belongs_to_the_body_but_a_quoted_title_does_not():
    from parsers.extract.issuer import authority_in
    assert authority_in('Постановление Администрации муниципального образования "Город Лесной" от 10.10.2016 N 11') \
        == 'Администрация муниципального образования "Город Лесной"'
    assert authority_in('Приказ Управления делами "Об утверждении порядка" от 1.02.2010 N 3') == "Управление делами"


def test_intracity_and_intersettlement_words_are_common_too():
    assert common_words_small("Администрация Внутригородского Муниципального Образования Лесной") == \
        "Администрация внутригородского муниципального образования Лесной"
    assert common_words_small("Совет Межселенной Территории Озерного Района") == \
        "Совет межселенной Территории Озерного района"


def test_name_vocabulary_lists_hold_no_word_twice():
    from parsers.extract.header_words import vocab
    for key in ("lowercase_in_names", "not_name_adjectives", "territory_nouns", "subject_heads"):
        assert len(set(vocab()[key])) == len(vocab()[key]), key


def test_a_regulation_of_no_body_gives_no_issuer_whatever_body_comes_later():
    subsidies = ("В соответствии с Положением о порядке предоставления субсидий, утвержденным постановлением "
                 "Правительства Псковской области от 5 мая 2019 года N 12, приказываю:")
    assert position_body([subsidies, "1. Утвердить перечень.", "Руководитель |"]) is None
    addressee = ("Во исполнение Положения о конкурсе проектов приказываю: 2. Комитету по финансам "
                 "Псковской области обеспечить финансирование.")
    assert position_body([addressee, "Руководитель"]) is None
    ministry = "В соответствии с Положением о Главном управлении записи актов Псковской области приказываю:"
    assert position_body([ministry, "Руководитель |"]) == "Главное управление записи актов Псковской области"


def test_a_body_named_by_its_field_of_education_gets_the_subject_above_it():
    from parsers.extract.issuer_form import subject_above
    above = ["РЕСПУБЛИКА КАРЕЛИЯ"]
    assert subject_above("Министерство образования", above) == "Министерство образования Республики Карелия"
    assert subject_above("Комитет по образованию", above) == "Комитет по образованию Республики Карелия"
    assert subject_above("Комитет по делам муниципальных образований", above) == \
        "Комитет по делам муниципальных образований Республики Карелия"      # a remit, not a municipality
    for municipal in ("Администрация муниципального образования «Город Энск»", "Администрация города Энска",
                      "Комитет по образованию администрации Энского района"):
        assert subject_above(municipal, above) == municipal


def test_a_numbered_chapter_heading_is_no_issuer_though_it_names_municipalities():
    from parsers.extract.issuer import authority_in
    assert authority_in("Глава 5. Муниципальные образования") is None
    assert authority_in("Глава IV. Муниципальные районы и городские округа") is None
    assert authority_in("ГЛАВА II. СЕЛЬСКИЕ ПОСЕЛЕНИЯ", header=True) is None
    assert authority_in("Глава муниципального образования «Город Энск»", header=True) == \
        "Глава муниципального образования «Город Энск»"


def test_recase_capitalises_after_an_opening_quote_only():
    from parsers.extract.issuer import recase
    assert recase('СОВЕТ ДЕПУТАТОВ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ "ЛЕСНОЕ" ПЯТОГО СОЗЫВА') == \
        'Совет депутатов муниципального образования "Лесное" пятого созыва'
    assert recase("АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО РАЙОНА «ЛЕСНОЙ» ТВЕРСКОЙ ОБЛАСТИ") == \
        "Администрация муниципального района «Лесной» Тверской области"


def test_recase_keeps_listed_acronyms_so_they_are_written_out():
    from parsers.extract.issuer import recase
    from parsers.extract.issuer_form import canonical_words
    assert recase("ОТДЕЛ ЗАГС ЛЕСНОГО РАЙОНА") == "Отдел ЗАГС Лесного района"
    assert canonical_words(recase("АДМИНИСТРАЦИЯ МР «ЛЕСНОЙ РАЙОН»")) == \
        "Администрация муниципального района «Лесной район»"
    assert recase("НАЧАЛЬНИК ОТДЕЛА ЗАГСА ЛЕСНОГО РАЙОНА") == "Начальник отдела загса Лесного района"  # inflected
