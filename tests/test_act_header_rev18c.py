"""rev18c: mends of acts20's issuer readers on inputs it did not try — a spaced acronym, a post with no
signer under it."""
from parsers.extract.lines import join_spaced
from parsers.extract.metadata import read_metadata
from parsers.formats.text import parse_text

_BODY = ["ПРИКАЗ", "", "от 02.02.2022 № 17", "г. Тамбов", "", "Об утверждении перечня точек взаимодействия",
         "", "В целях повышения качества обслуживания приказываю:", "1. Утвердить перечень.", ""]


def _md(*lines: str) -> dict:
    return read_metadata(parse_text("\n".join(lines) + "\n"))[0]


def test_a_spaced_acronym_stays_one_word():
    # a one-letter preposition never ends a name («НА О»), and pieces the dictionary knows only as
    # abbreviations («ГБ», «ГК») spell an acronym, no words whose breaks were lost
    assert join_spaced("ДЕПАРТАМЕНТ Н А О") == "ДЕПАРТАМЕНТ НАО"
    assert join_spaced("Г Б У З ОБЛАСТНАЯ БОЛЬНИЦА") == "ГБУЗ ОБЛАСТНАЯ БОЛЬНИЦА"
    assert join_spaced("Г К У") == "ГКУ"
    assert join_spaced("Д Е П А Р Т А М Е Н Т П О Д Е Л А М") == "ДЕПАРТАМЕНТ ПО ДЕЛАМ"   # words still parted
    assert join_spaced("М И Н И С Т Е Р С Т В О Т Р У Д А И") == "МИНИСТЕРСТВО ТРУДА И"   # a wrapped line's «И»
    # a name the dictionary lacks is no parting into short fragments it happens to know («ГО СЖИЛ ИНСПЕКЦИЯ»)
    assert join_spaced("Г О С Ж И Л И Н С П Е К Ц И Я") == "ГОСЖИЛИНСПЕКЦИЯ"
    assert join_spaced("Х А Н Т Ы М А Н С И Й С К") == "ХАНТЫМАНСИЙСК"


def test_a_post_with_no_signer_under_it_ends_at_its_subject():
    # the lines after «Министр культуры» / «Тамбовской области» are no post when no signer's name closes them
    md = _md(*_BODY, "Министр культуры", "Тамбовской области", "по согласованию", "с Правительством", "области")
    assert md["authority"] == "Министерство культуры Тамбовской области"
    # … and a post wrapped over lines down to its signer is still read whole
    md = _md(*_BODY, "Председатель комитета", "Тамбовской области", "по делам архивов и", "записи актов",
             "гражданского состояния       П.П. Сидоров")
    assert md["authority"] == "Комитет Тамбовской области по делам архивов и записи актов гражданского состояния"


def test_a_kind_adjective_before_another_bodys_words_stands_for_no_subject():
    from parsers.extract.issuer_subject import canonical_subject
    from textcore.regions import find_region
    tambov, tatarstan = find_region("Тамбовская область"), find_region("Республика Татарстан")
    # a federal service's office and a trade union's committee are no body of the subject the page is of
    assert canonical_subject("Областное управление Федеральной службы судебных приставов", tambov) == \
        "Областное управление Федеральной службы судебных приставов"
    assert canonical_subject("Республиканский комитет профсоюза работников здравоохранения", tatarstan) == \
        "Республиканский комитет профсоюза работников здравоохранения"
    assert canonical_subject("Областное управление ветеринарии", tambov) == "Управление ветеринарии Тамбовской области"
    md = _md("Официальный портал Тамбовской области", "", "12.03.2024", "", "Областной комитет профсоюза работников "
             "образования утвердил положением от 5 марта 2024 года № 4 порядок приема.")
    assert md["authority"] != "Комитет профсоюза работников образования Тамбовской области"


def test_region_in_the_dative_is_a_remits_place_no_subject():
    from parsers.extract.issuer_subject import canonical_subject
    from textcore.regions import find_region
    tatarstan = find_region("Республика Татарстан")
    assert canonical_subject("Управление по региону", tatarstan) == "Управление по региону"   # never «по Республики …»
    assert canonical_subject("Министерство здравоохранения региона", tatarstan) == \
        "Министерство здравоохранения Республики Татарстан"


def test_a_remit_under_the_kind_ends_before_a_place_or_title_line_in_capitals():
    # the genitive issuer's remit is read on over the lines that continue it, not over the next capitals line
    md = _md("ПРИКАЗ", "КОМИТЕТА ТАМБОВСКОЙ ОБЛАСТИ ПО ТАРИФАМ", "ТАМБОВ", "от 02.02.2022 № 17", *_BODY[4:])
    assert md["authority"] == "Комитет Тамбовской области по тарифам"
    md = _md("ПРИКАЗ", "КОМИТЕТА ТАМБОВСКОЙ ОБЛАСТИ ПО", "ДЕЛАМ МОЛОДЕЖИ", "ПОРЯДОК ПРИЕМА ГРАЖДАН", "",
             "от 02.02.2022 № 17", *_BODY[7:])
    assert md["authority"] == "Комитет Тамбовской области по делам молодежи"


def test_a_place_an_act_was_made_names_an_issuer_only_with_its_subject_and_never_a_federal_one():
    def issuer(sentence: str):
        return _md("Официальный портал Тамбовской области", "", "12.03.2024", "", sentence)["authority"]
    assert issuer("В Министерстве здравоохранения Российской Федерации утвердили порядок приема граждан: приказ "
                  "от 5 марта 2024 г. № 41 размещен на портале.") is None
    assert issuer("В министерстве утвердили порядок приема граждан: приказ от 5 марта 2024 г. № 41.") is None
    assert issuer("В министерстве культуры Тамбовской области утвердили порядок приема граждан: приказ от "
                  "5 марта 2024 г. № 41.") == "Министерство культуры Тамбовской области"


def test_a_body_under_a_district_administration_or_a_ministry_is_its_unit_not_the_subjects():
    def issuer(*top: str):
        return _md(*top, "", *_BODY[:3], *_BODY[4:])["authority"]
    assert issuer("АДМИНИСТРАЦИЯ ИВАНОВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА", "ТАМБОВСКОЙ ОБЛАСТИ", "СЛУЖБА ЗАКАЗЧИКА") == \
        "Служба заказчика администрации Ивановского муниципального района Тамбовской области"
    assert issuer("МИНИСТЕРСТВО ЗДРАВООХРАНЕНИЯ ТАМБОВСКОЙ ОБЛАСТИ", "СЛУЖБА ЛЕКАРСТВЕННОГО ОБЕСПЕЧЕНИЯ") == \
        "Служба лекарственного обеспечения министерства здравоохранения Тамбовской области"
    assert issuer("ПРАВИТЕЛЬСТВО ТАМБОВСКОЙ ОБЛАСТИ", "МИНИСТЕРСТВО ФИНАНСОВ") == "Министерство финансов Тамбовской области"


def test_the_countrys_acronym_keeps_its_capitals_in_a_recased_name():
    from parsers.extract.name_case import recase
    assert recase("МИНИСТЕРСТВО ЗДРАВООХРАНЕНИЯ РФ") == "Министерство здравоохранения РФ"      # never «Рф»
    assert recase("ПОСТОЯННОЕ ПРЕДСТАВИТЕЛЬСТВО РЕСПУБЛИКИ БУРЯТИЯ ПРИ ПРЕЗИДЕНТЕ РОССИЙСКОЙ ФЕДЕРАЦИИ") == \
        "Постоянное представительство Республики Бурятия при Президенте Российской Федерации"


def test_a_name_reads_on_after_its_subject_only_by_a_body_it_stands_by():
    from parsers.extract.issuer import authority_in
    assert authority_in("Приказ Министерства образования Тамбовской области при поддержке фонда от 3 марта 2023 г. "
                        "№ 41") == "Министерство образования Тамбовской области"
    md = _md(*_BODY, "Министр социальной защиты Тамбовской области при", "исполнении обязанностей     И.И. Иванов")
    assert md["authority"] == "Министерство социальной защиты Тамбовской области"
    assert authority_in("Приказ Постоянного представительства Республики Бурятия при Президенте Российской Федерации "
                        "от 5 мая 2019 г. N 12") == ("Постоянное представительство Республики Бурятия при Президенте "
                                                     "Российской Федерации")
