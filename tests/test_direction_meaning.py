"""Directions read by the meaning of their words where no rule names them
(normalizers/direction_meaning.py): word families, then navec closeness — always below
the review threshold, never above a rule."""
import pytest

from normalizers import direction_by_process
from normalizers.direction_meaning import by_closeness, same_family
from normalizers.direction_names import read_direction
from normalizers.matcher import REVIEW


@pytest.mark.parametrize("a, b, same", [
    ("контроль", "контрольный", True),
    ("инспекция", "инспектирование", True),
    ("пенсия", "пенсионный", True),
    ("регистрация", "регистрировать", True),
    ("контроль", "контракт", False),                 # five shared letters, then other words
    ("предоставление", "предостережение", False),    # a long shared start, different words
    ("учет", "учеба", False),
])
def test_word_families(a, b, same):
    assert same_family(a, b) is same
    assert same_family(b, a) is same


def test_a_heading_of_cognates_is_read_by_family_and_reviewed():
    # "надзорный" is not the heading rule's lemma "надзор", but of its family (and a word of
    # the process vocabulary): control, reviewed
    m = read_direction("Надзорные мероприятия")
    assert (m.code, m.method) in (("control", "family"), ("control", "process"))
    assert m.score < REVIEW
    m = read_direction("Контрольные мероприятия по охране лесов")
    assert m.code == "control" and m.score < REVIEW


def test_a_heading_named_like_a_process_is_read_by_the_process_words_below_review():
    # no heading rule names a business trip or a records service: the process vocabulary does,
    # and a heading of such words is no less its section's direction than a process would be
    for text, code in (("Командирование сотрудников", "internal_hr"),
                       ("Ведение официального сайта и страниц в социальных сетях", "information_access"),
                       ("Таблица 3. Оформление отпусков", "internal_hr")):
        m = read_direction(text)
        assert m.code == code and m.score < REVIEW, (text, m)
    # a cognate of "информатизация" is no reason to read a publishing heading as IT
    assert read_direction("Направление: размещение информации на официальном сайте").code == "information_access"


def test_a_rule_still_wins_over_meaning():
    m = read_direction("Рассмотрение обращений граждан")
    assert m.code == "appeals" and m.method in ("exact", "rule") and m.score >= REVIEW


def test_a_process_no_rule_names_is_read_by_family_below_review():
    # an inspection of premises is control (the definition of the direction), in no rule as such
    m = direction_by_process("Инспектирование объектов")
    assert m is not None and m.code == "control" and m.score < REVIEW


@pytest.mark.parametrize("phrase, code", [
    ("Публикация новостей ведомства", "information_access"),    # informing the public
    # an employee's leave («ежегодного» pulls towards accounting's annual reports and holiday
    # pay: "Оформление ежегодного отпуска" is a margin case, 0.046 < 0.05 once «отпускные» is accounting's)
    ("Перенос отпуска сотрудника", "internal_hr"),
])
def test_closeness_to_a_directions_words(phrase, code):
    m = by_closeness(phrase)
    assert m is not None and m.code == code and m.score < REVIEW


def test_no_content_words_no_guess():
    assert by_closeness("Проведение работы") is None            # generic words only
    assert direction_by_process("") is None


def test_a_process_for_an_external_party_is_no_internal_direction():
    # transport for the population is no administrative matter of the ministry's own staff
    m = direction_by_process("Организация транспортного обслуживания населения")
    assert not m.code.startswith("internal_")
    assert direction_by_process("Организация транспортного обслуживания сотрудников").code == "internal_admin"


def test_the_rule_holding_the_process_head_wins():
    # publishing is information access, whatever the published reports are about
    assert direction_by_process("Публикация сведений о результатах контрольной деятельности").code == \
        "information_access"
    # accounting, although "учёт" alone is a public service (постановка на учёт)
    assert direction_by_process("Ведение бюджетного учёта в управлении").code == "internal_accounting"


def test_a_process_nothing_reads_is_other_barely_scored():
    m = direction_by_process("Организация досуга")
    assert m.code == "other" and m.score < 0.5


@pytest.mark.parametrize("heading, code", [
    ("Иная деятельность управления", "other"),
    ("Закупки товаров, работ, услуг", "other"),                     # "other" keeps its ties
    ("Прочие полномочия", "other"),
    ("Иные вопросы кадрового обеспечения", "internal_hr"),          # a named direction wins a tie
])
def test_other_and_prochie_headings(heading, code):
    assert read_direction(heading).code == code


def test_a_narrowing_parenthesis_is_no_name_of_its_own():
    # "в том числе запросов СМИ" narrows the appeals heading; its words (the press) do not
    # make it an information-access heading, while a parenthesis naming the direction still counts
    assert read_direction("Направление: рассмотрение обращений и запросов (в том числе запросов СМИ)").code == "appeals"
    assert read_direction("Взаимодействие с коллегами (кадровые вопросы)").code == "internal_hr"


def test_control_of_procurement_is_control_and_abbreviated_headings_are_read():
    assert read_direction("Направление деятельности «Государственный контроль в сфере закупок»").code == "control"
    assert read_direction("Закупки товаров, работ, услуг").code == "other"
    assert read_direction("9. АХД").code == "internal_admin"
    assert read_direction("8. Бухучёт и отчётность").code == "internal_accounting"


def test_process_concepts_name_their_direction_below_review():
    # concepts, each in wording of its own: use of state land (a service), family capital
    # (support), fixed assets (accounting), press conferences (information), fire safety of
    # premises (administration), departmental awards (HR), holiday pay (accounting)
    for text, code in (("Предоставление лесного участка в аренду", "public_services"),
                       ("Распоряжение средствами семейного капитала", "support_measures"),
                       ("Инвентаризация основных средств", "internal_accounting"),
                       ("Проведение пресс-конференций министра", "information_access"),
                       ("Соблюдение требований пожарной безопасности в помещениях", "internal_admin"),
                       ("Представление сотрудников к ведомственным наградам", "internal_hr"),
                       ("Расчёт отпускных", "internal_accounting"),
                       ("Оплата больничного работнику", "internal_accounting"),
                       ("Выдача архивных справок по документам архивного фонда", "public_services"),
                       ("Организация межведомственного взаимодействия", "other")):
        m = direction_by_process(text)
        assert m.code == code and m.score < REVIEW, (text, m)


def test_a_heading_naming_two_directions_by_separate_words_is_reviewed():
    # grants (support) and the press (information) each named by words of their own: the
    # rule's pick is kept but a person confirms it
    m = read_direction("Гранты средствам массовой информации")
    assert m.code in ("support_measures", "information_access") and m.score < REVIEW
    # a runner-up inside the winner's words ("поддержка" of "техническая поддержка") is no doubt
    m = read_direction("Техническая поддержка пользователей")
    assert m.code == "internal_it" and m.score >= REVIEW


def test_a_process_read_forgets_an_override_once_it_is_withdrawn():
    # the words' reading (process_by_words) reads the rules themselves, never an override;
    # the override wins while it stands, and once withdrawn the words' reading is back
    from normalizers.direction_meaning import process_by_words
    from normalizers.matcher import taxonomy
    text = "Проведение плановых проверок"
    before = direction_by_process(text)
    assert before is not None and before.code == "control"
    tax = taxonomy("direction")
    try:
        tax.set_overrides({text: "other"})
        assert direction_by_process(text).code == "other"
        assert process_by_words(text) == before
    finally:
        tax.set_overrides({})
    assert direction_by_process(text) == before


def test_family_reading_ranks_as_the_rules_do():
    # one ranking (Taxonomy.ranked) for rules and for word families: the code whose rule
    # explains more words wins, cognates counting as the same lemma
    from normalizers.direction_meaning import by_family
    from normalizers.matcher import taxonomy
    key = ("надзорный", "мероприятие")
    ranked = taxonomy("direction").ranked(key, meets=same_family)
    assert ranked and ranked[0][0] == "control"
    assert taxonomy("direction").ranked(key) == []              # no rule holds these lemmas as such
    m = by_family("direction", "Надзорные мероприятия")
    assert m is not None and m.code == ranked[0][0] and m.score < REVIEW


def test_the_direction_vocabulary_is_parsed_once(monkeypatch):
    import textcore.vocab as vocab
    from normalizers import direction_meaning, direction_names
    from normalizers.matcher import taxonomy
    read = []
    real = vocab._read
    monkeypatch.setattr(vocab, "_read", lambda path: read.append(path.name) or real(path))
    for f in (direction_names._labels, direction_names._narrowing, direction_meaning._settings,
              direction_meaning._process_cap, taxonomy):
        f.cache_clear()
    try:
        direction_names.read_direction.cache_clear()
        direction_names.read_direction("Раздел 2. Надзор (в том числе профилактика)")
        direction_meaning.process_direction("Выдача охотничьих билетов")
    finally:
        for f in (direction_names._labels, direction_names._narrowing, direction_meaning._settings,
                  direction_meaning._process_cap, taxonomy, direction_names.read_direction):
            f.cache_clear()
    assert read.count("direction.yaml") == 1 and read.count("direction_process.yaml") == 1


@pytest.mark.parametrize("text, code", [
    # the words before a sector name the direction; the sector only narrows it
    ("Государственные услуги в сфере социальной защиты населения", "public_services"),
    ("Меры поддержки в области информационных технологий", "support_measures"),
    ("Надзор в сфере предоставления государственных услуг", "control"),
])
def test_a_heading_is_named_by_the_words_before_its_sector(text, code):
    m = read_direction(text)
    assert m.code == code and m.score >= REVIEW, m        # the sector's words raise no doubt


def test_a_process_is_read_by_the_words_before_its_sector():
    m = direction_by_process("Контроль в сфере закупок товаров, работ, услуг для государственных нужд")
    assert m.code == "control" and m.score < REVIEW
    # with no words of their own before it, the sector's words still read
    assert direction_by_process("Осуществление полномочий в сфере социальной поддержки").code == "support_measures"


def test_a_rule_holding_the_head_with_its_complement_leads_a_bare_action_does_not():
    # "рассмотрение запроса" (appeals) holds the head, as many words as "информация о деятельности"
    m = direction_by_process("Рассмотрение запросов на получение информации о деятельности суда")
    assert m.code == "appeals", m
    # a bare action ("выдача") is no reason to outrank what is handed out
    assert direction_by_process("Выдача расчётных листков работникам").code == "internal_accounting"


@pytest.mark.parametrize("text, code", [
    # the head (first word neither generic nor a bare action) leads over a longer name met
    # after a preposition; a longer name inside the head's own words specifies it
    ("Рассмотрение запросов редакций СМИ о деятельности ведомства", "appeals"),
    ("Проведение торгов на право аренды земельных участков", "other"),
    ("Выдача пропусков в здание министерства", "internal_admin"),
    ("Продление сертификатов ключей электронной подписи", "internal_it"),
])
def test_a_process_is_about_its_head(text, code):
    assert direction_by_process(text).code == code


@pytest.mark.parametrize("text, code", [
    ("Выдача льготных займов фермерам", "support_measures"),          # a loan on easy terms is support
    ("Закупка мебели для нужд отдела", "internal_admin"),               # buying for the body's own needs
    ("Осуществление закупок для муниципальных нужд", "other"),         # the procurement system as such
])
def test_process_concepts(text, code):
    assert direction_by_process(text).code == code


def test_settlements_with_a_party_are_bookkeeping_a_bare_calculation_is_not():
    assert read_direction("Расчёты с подотчётными лицами").code == "internal_accounting"
    assert direction_by_process("Расчёт пенсии по случаю потери кормильца").code != "internal_accounting"


@pytest.mark.parametrize("text, code", [
    ("Проведение областного фестиваля детского творчества", "other"),     # a public event
    ("Проведение конкурса на предоставление грантов молодёжи", "support_measures"),  # read by what it is for
    ("Конкурс на замещение вакантной должности", "internal_hr"),
    ("Обеспечение доступа к реестру аккредитованных организаций", "information_access"),
])
def test_events_and_access_to_registers(text, code):
    assert direction_by_process(text).code == code


@pytest.mark.parametrize("heading, code", [
    ("АХО", "internal_admin"),                              # an abbreviation of a department
    ("Связи с общественностью", "information_access"),      # PR
    ("Разрешительная работа", "public_services"),
    ("Управление делами", "internal_admin"),
])
def test_headings_naming_a_department_or_an_activity(heading, code):
    assert read_direction(heading).code == code


@pytest.mark.parametrize("process, code", [
    ("Выдача служебных удостоверений государственным служащим", "internal_hr"),   # the body's own staff
    ("Привлечение к административной ответственности за нарушения правил торговли", "control"),
    ("Обеспечение жильём переселенцев из аварийного фонда", "support_measures"),
    ("Организация летнего отдыха и оздоровления школьников", "support_measures"),
    ("Замена картриджа в принтере", "internal_it"),                              # office equipment
    ("Выдача справки о начисленной заработной плате", "internal_accounting"),   # a справка's subject decides
    ("Учёт исходящей корреспонденции", "internal_admin"),                       # the body's own paperwork
    ("Изготовление служебных удостоверений", "internal_hr"),
    ("Выдача кресел-колясок и других технических средств реабилитации", "support_measures"),
])
def test_concept_classes_read_processes_below_review(process, code):
    m = direction_by_process(process)
    assert m.code == code and m.score < REVIEW


def test_housing_is_no_premises_of_the_body():
    # "помещение" alone is the body's own premises (internal_admin); a dwelling is support
    assert read_direction("Обеспечение жилыми помещениями детей-сирот").code == "support_measures"
    assert read_direction("Содержание служебных помещений").code == "internal_admin"
    assert read_direction("Перепланировка жилых помещений").code == "public_services"


def test_a_name_of_the_bodys_own_upkeep_is_its_housekeeping_below_review():
    for heading in ("4. Обеспечение деятельности управления", "Обеспечение функционирования аппарата"):
        m = read_direction(heading)
        assert m.code == "internal_admin" and m.score < REVIEW, m
    # a word of its own decides, or nothing: no convention
    assert read_direction("Финансовое обеспечение деятельности").code == "internal_accounting"
    assert read_direction("Организация работы").code != "internal_admin"
    assert read_direction("Обеспечение деятельности комиссии по делам несовершеннолетних").code != "internal_admin"


@pytest.mark.parametrize("heading, code", [
    ("Таблица 3. Кадровая служба — внутренние клиенты", "internal_hr"),
    ("Раздел 6. Финансы — внутренний клиент", "internal_accounting"),   # a label after a dash
    ("Сведения о деятельности управления", "information_access"),       # «сведения» = «информация»
    ("Содержание автопарка", "internal_admin"),
    ("Информационно-технологическое обеспечение", "internal_it"),
])
def test_headings_by_synonyms_and_trailing_labels(heading, code):
    m = read_direction(heading)
    assert m.code == code, m


@pytest.mark.parametrize("process, code", [
    ("Бесплатное обеспечение углём малоимущих семей", "support_measures"),
    ("Работа экспедиции министерства", "internal_admin"),
    ("Обслуживание лифтов и водоснабжения", "internal_admin"),   # the building's utilities
])
def test_more_process_concepts_below_review(process, code):
    m = direction_by_process(process)
    assert m.code == code and m.score < REVIEW, m


def test_electronic_is_not_of_the_electricians_family():
    # «электронный» shares «электро» with the building's power supply: no such utility is listed
    assert direction_by_process("Настройка электронной почты").code != "internal_admin"


@pytest.mark.parametrize("heading, code", [
    # a label in parentheses says whose clients these are, not which direction: the name before it decides
    ("Раздел 4. Автоматизация рабочих мест (внутренние клиенты)", "internal_it"),
    ("Бухгалтерское обслуживание (внутренний клиент)", "internal_accounting"),
    ("Содержание служебных помещений (внутренние клиенты)", "internal_admin"),
    # a name that reads nothing without its label keeps the label's reading
    ("Общие вопросы (внутренние клиенты)", "internal_hr"),
])
def test_a_label_in_parentheses_is_no_name_of_its_own(heading, code):
    assert read_direction(heading).code == code, read_direction(heading)


@pytest.mark.parametrize("process, code", [
    ("Помощь гражданам в трудоустройстве", "public_services"),       # the employment service's service
    ("Раскрытие информации о бюджете", "information_access"),
    ("Бесплатная юридическая помощь малоимущим", "support_measures"),
    ("Списание горюче-смазочных материалов", "internal_admin"),      # fuel of the body's own cars
    ("содействие занятости: выплата пособия по безработице", "support_measures"),  # a benefit stays support
])
def test_employment_disclosure_legal_aid_and_fuel_by_meaning_below_review(process, code):
    m = direction_by_process(process)
    assert m is not None and m.code == code and m.score < REVIEW, m


def test_an_internal_direction_in_a_heading_naming_the_public_is_reviewed():
    # «транспортное обслуживание» is the body's own upkeep's rule, but the heading serves the
    # population: the reading is kept, below review; without the party it stands
    m = read_direction("Раздел 3. Транспортное обслуживание жителей района")
    assert m.code != "internal_admin" or m.score < REVIEW, m
    assert read_direction("Транспортное обслуживание").score >= REVIEW
    assert read_direction("Кадровое обеспечение").score >= REVIEW


def test_checking_the_staffs_income_declarations_is_personnel_work_below_review():
    # «проверка» heads it, but what is checked is the staff's own declarations: no state control
    m = direction_by_process("Проверка достоверности сведений о доходах гражданских служащих")
    assert m is not None and m.code == "internal_hr" and m.score < REVIEW, m
    assert direction_by_process("Проверка соблюдения обязательных требований").code == "control"


@pytest.mark.parametrize("heading", [
    "Информирование (внутренние клиенты)",            # information_access is an external direction
    "Рассмотрение обращений (внутренний клиент)",      # appeals: external
    "Техническая поддержка (внешние клиенты)",         # internal_it: internal
])
def test_a_label_in_parentheses_left_out_still_doubts_a_reading_of_the_other_side(heading):
    # the label says whose clients the list serves: left out of the name, it is not forgotten —
    # a reading of the other side is kept, below review
    m = read_direction(heading)
    assert m.score < REVIEW, m


def test_a_label_of_the_readings_own_side_leaves_it_sure():
    assert read_direction("Бухгалтерское обслуживание (внутренние клиенты)").score >= REVIEW
    assert read_direction("Рассмотрение обращений (внешние клиенты)").score >= REVIEW
    # a parenthesis that is the direction itself, no label, is read as such
    assert read_direction("Раздел 5 (контрольно-надзорная деятельность)").code == "control"


@pytest.mark.parametrize("process, code", [
    # «топливо» is the body's own cars' fuel, but solid fuel for households is support in kind
    ("Обеспечение твердым топливом отдельных категорий граждан", "support_measures"),
    ("Обеспечение служебного транспорта топливом", "internal_admin"),
])
def test_solid_fuel_for_households_is_support_not_the_bodys_own_fuel(process, code):
    m = direction_by_process(process)
    assert m is not None and m.code == code and m.score < REVIEW, m
