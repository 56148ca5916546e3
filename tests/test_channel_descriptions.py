"""Channels described rather than named (session 14): a generic noun read by the words around it, systems
and platforms by what they do, places in a building, an abbreviation spelt with dots.  Phrases written
for these tests from the taxonomy's definitions (docs/dataset.md, `channel`), none taken from a phrase pool."""
import pytest

from normalizers import match_channel
from normalizers.channel_vocab import heads
from normalizers.channel_words import undotted
from normalizers.matcher import REVIEW


@pytest.mark.parametrize("text, want", [
    # an abbreviation written letter by letter with dots is the abbreviation
    ("Е.П.Г.У.", "gosuslugi"),
    ("м.ф.ц. района", "mfc"),
    ("Единая С.Э.Д. правительства", "edms"),
    # data exchanged between systems is a programming interface; a means named decides
    ("Межведомственный обмен данными с фондом", "api"),
    ("Автоматизированная передача данных в федеральную систему", "api"),
    ("Сервис обмена данными с казначейством", "api"),
    ("Обмен сведениями по электронной почте", "email"),
    # a program on a phone is an app
    ("Программа для смартфона", "mobile_app"),
    # care at the client's home is met in person
    ("Патронаж семей с новорождёнными", "in_person"),
    ("Надомное социальное обслуживание", "in_person"),
    # an article is read where it is printed: a site or a group is that channel, a magazine none
    ("Статья в отраслевом журнале", "other"),
    ("Публикация на официальном сайте", "website"),
    ("Публикация в сообществе ВКонтакте", "social_network"),
    ("Выставка достижений ведомства", "other"),
    # a cabinet said to be online is on the web
    ("Онлайн-кабинет для родителей", "online_service"),
    # a notebook or a register of requests is a log of them
    ("Тетрадь регистрации обращений работников", "request_log"),
    ("Реестр заявок на пропуск", "request_log"),
    # a desk giving access to the portal is the portal's terminal; one for visitors a reception
    ("Стойка самообслуживания с доступом к ЕПГУ", "gosuslugi"),
    ("Стойка администратора", "personal_reception"),
    # an office's window named by the service given at it, the diminutive too
    ("Окно выдачи справок", "personal_reception"),
    ("Окошко приёма документов", "personal_reception"),
    ("Окошко МФЦ в администрации поселения", "mfc"),
    ("Окно приёма заявлений в МФЦ", "mfc"),
    # a helper that answers by itself is a bot
    ("Умный помощник в личном кабинете", "chatbot"),
    # a navigator of services, a digital platform of services, the federal job portal: a service on the web
    ("Навигатор мер социальной поддержки", "online_service"),
    ("Портал «Бизнес-навигатор»", "online_service"),
    ("Цифровая платформа для поиска работы", "online_service"),
    ("Портал «Работа в России»", "online_service"),
    # «Решаем вместе» is the feedback platform's name, on the portal or not
    ("Сервис «Решаем вместе» на портале Госуслуг", "feedback_platform"),
    # a hall where visitors are served, a client service, a sign by a door
    ("Зал обслуживания посетителей", "personal_reception"),
    ("Клиентская служба Социального фонда", "personal_reception"),
    ("Табличка с графиком работы у входа", "info_stand"),
    # a public hearing is a public event, no channel of the taxonomy's
    ("Публичные слушания по бюджету", "other"),
    # the federal housing system's cabinets; a stand or a computer giving access to the portal is the
    # portal's terminal, a stand telling of it a stand
    ("ГИС ЖКХ", "online_service"),
    ("Стенд с выходом на ЕПГУ", "gosuslugi"),
    ("Компьютер с доступом к порталу госуслуг в холле", "gosuslugi"),
    ("Информационный стенд о записи через портал Госуслуг", "info_stand"),
    # a screen or a monitor shows visitors information, as a stand does
    ("Информационный экран в холле администрации", "info_stand"),
    ("Монитор в зале ожидания", "info_stand"),
    # printed matter is for the public at large; a banner on a page is that page's channel
    ("Буклеты о мерах поддержки", "other"),
    ("Баннер на сайте министерства", "website"),
    ("Баннер ПОС в группе ВКонтакте", "feedback_platform"),
    ("Кнопка «Сообщить о проблеме» на главной странице", "feedback_platform"),
    ("Электронное взаимодействие информационных систем", "api"),
    ("Офис «Мой бизнес» в районе", "mfc"),
    # a school's register of marks is a service on the web; a log of requests stays a log
    ("Электронный журнал оценок учащихся", "online_service"),
    ("Журнал учёта заявок и выдачи ключей", "request_log"),
    # a cabinet of the client's own is on the web; a desk, a point, a front office serve visitors
    ("Кабинет страхователя на сайте фонда", "online_service"),
    ("Пункт выдачи технических средств реабилитации", "personal_reception"),
    ("Стол справок в вестибюле", "personal_reception"),
    ("Фронт-офис управления", "personal_reception"),
    # procurement's systems and trading platforms are services on the web
    ("Электронная торговая площадка для закупок", "online_service"),
    ("ЕИС в сфере закупок", "online_service"),
    # a team or a clinic on wheels travels to its clients; a raid visits them
    ("Мобильная бригада врачей", "in_person"),
    ("Рейд инспекторов по дворам", "in_person"),
    # a means is read up to the next preposition: where the client connects from is no means
    ("Приём граждан по видеосвязи из филиала МФЦ", "video_conference"),
])
def test_a_described_channel(text, want):
    # read surely: the words around the noun say which channel (guards of what stood before among them)
    m = match_channel(text)
    assert (m.code, m.score >= REVIEW) == (want, True), m


@pytest.mark.parametrize("text", ["Приём у И.И. Петрова", "т.е. лично в приёмной"])
def test_initials_are_no_abbreviation(text):
    assert match_channel(text).code == "personal_reception"


def test_dotted_letters_join_only_into_a_known_word():
    vocab = heads().vocab
    assert undotted("С.Э.Д.", vocab) == "СЭД"
    assert undotted("через М. Ф. Ц.", vocab) == "через МФЦ"
    assert undotted("И.И. Иванов", vocab) == "И.И. Иванов"
    assert undotted("г. Пермь, ул. Ленина", vocab) == "г. Пермь, ул. Ленина"


@pytest.mark.parametrize("text, want", [("Кабинет", "internal_office"), ("Сервис", "online_service"),
                                        ("Кабинет № 14", "internal_office"), ("Форма", "online_service")])
def test_a_generic_head_alone_is_reviewed(text, want):
    # nothing but the generic noun says which channel: its default, below review
    m = match_channel(text)
    assert (m.code, m.score < REVIEW) == (want, True)


@pytest.mark.parametrize("text, want", [("Кабинет отдела кадров", "internal_office"),
                                        ("Сервис онлайн-записи", "online_service"), ("Бот", "chatbot")])
def test_a_generic_head_with_its_words_or_a_definite_one_is_sure(text, want):
    m = match_channel(text)
    assert (m.code, m.score >= REVIEW) == (want, True)


def test_a_branch_office_is_probably_a_reception_below_review():
    m = match_channel("Районное отделение социального фонда")
    assert (m.code, m.score < REVIEW) == ("personal_reception", True)
    assert match_channel("Отделение МФЦ в посёлке").code == "mfc"
    assert match_channel("Отделение почтовой связи").code == "written_mail"


def test_a_client_coming_in_person_is_probably_received_below_review():
    m = match_channel("Прийти лично с документами")
    assert (m.code, m.score < REVIEW) == ("personal_reception", True)
    assert match_channel("Прийти в МФЦ с паспортом").code == "mfc"


def test_a_web_page_is_probably_a_site_unless_a_network_is_named():
    assert match_channel("Веб-страница отдела").code == "website"
    assert match_channel("Веб-страница управления в Одноклассниках").code == "social_network"


def test_a_link_says_a_survey_is_online():
    assert match_channel("Анкета по ссылке из письма").code == "online_survey"


def test_an_electronic_mailing_is_likelier_email_below_review():
    m = match_channel("Электронная рассылка для подписчиков")
    assert (m.code, m.score < REVIEW) == ("email", True)
    assert match_channel("Рассылка сообщений в Telegram").code == "messenger"


@pytest.mark.parametrize("text", ["Портал «Моя школа»", "Платформа «Электронное образование»",
                                  "Информационная система «Запись к врачу»"])
def test_a_product_by_a_name_naming_no_channel_is_likelier_a_service_below_review(text):
    m = match_channel(text)
    assert (m.code, m.score < REVIEW) == ("online_service", True)


@pytest.mark.parametrize("text, want", [("Портал «Госуслуги Кубани»", "gosuslugi"),
                                        ("Платформа «Сферум» для родителей", "messenger")])
def test_a_name_naming_a_channel_decides_surely(text, want):
    m = match_channel(text)
    assert (m.code, m.score >= REVIEW) == (want, True)


def test_a_gathering_of_citizens_is_a_public_event_below_review():
    m = match_channel("Сход граждан сельского поселения")
    assert (m.code, m.score < REVIEW) == ("other", True)
    assert match_channel("Сход граждан по видеоконференцсвязи").code == "video_conference"


# --- review of the described channels (rev14c) ---

@pytest.mark.parametrize("text, not_code", [("Консультация у Иванова М.П.", "mobile_app"),
                                             ("Встреча с В.К. Петровым", "social_network"),
                                             ("Телефон Смирновой Т.В.", "other")])
def test_initials_that_spell_a_known_abbreviation_stay_initials(text, not_code):
    # «М.П.», «В.К.», «Т.В.» beside a surname are a person's initials, not «МП», «ВК», «ТВ»
    assert undotted(text, heads().vocab) == text
    assert match_channel(text).code != not_code


def test_two_small_dotted_letters_are_a_common_shortening():
    # «т.г.» is «текущего года», no «ТГ» (Telegram): the survey's means stays unsaid
    assert undotted("Опрос посетителей в т.г.", heads().vocab) == "Опрос посетителей в т.г."
    assert match_channel("Опрос посетителей в т.г.").score < REVIEW
    assert undotted("Группа в В.К.", heads().vocab) == "Группа в ВК"        # capitals still join


def test_dotted_letters_beside_no_surname_still_join():
    # (the guard above is a name's shape, not any two letters: an abbreviation alone still joins)
    vocab = heads().vocab
    assert undotted("Группа в В.К.", vocab) == "Группа в ВК"
    assert undotted("через С.Э.Д. министерства", vocab) == "через СЭД министерства"


@pytest.mark.parametrize("text, want", [("Обмен документами в СЭД", "edms"),
                                        ("Передача сведений в ГИС ЖКХ", "online_service"),
                                        ("Обмен документами в СЭД между структурными подразделениями", "edms")])
def test_an_exchange_in_the_document_system_is_held_there(text, want):
    # an exchange of documents names no means of its own: the system after «в» is where it is done
    # (an exchange is no meeting: the places after it are not held as a meeting's)
    m = match_channel(text)
    assert (m.code, m.score >= REVIEW) == (want, True), m


def test_a_desk_telling_of_the_portal_is_no_terminal_of_it():
    # as a stand: only access to the portal makes it the portal's terminal
    assert match_channel("Информационная стойка о записи через портал Госуслуг").code == "info_stand"
    assert match_channel("Стойка информирования о порядке получения госуслуг").code == "info_stand"
    assert match_channel("Стойка с сенсорным экраном для входа на портал госуслуг").code == "gosuslugi"


@pytest.mark.parametrize("text, want", [("Листовки на сайте министерства", "website"),
                                        ("Размещение буклетов на официальном сайте", "website"),
                                        ("Публикация буклетов в группе ВКонтакте", "social_network"),
                                        ("Памятка для заявителей", "other"),
                                        ("Листовки в поликлиниках", "other")])
def test_printed_matter_put_on_a_page_is_that_pages(text, want):
    # printed matter is for the public at large (other), as an article is; one on a page that channel's,
    # a memo («памятка») as a leaflet
    m = match_channel(text)
    assert (m.code, m.score >= REVIEW) == (want, True), m


@pytest.mark.parametrize("text", ["Официальный портал «Администрация города Перми»",
                                  "Портал «Министерство здравоохранения Пермского края»"])
def test_a_portal_by_a_bodys_name_is_its_site(text):
    # a quoted name naming a public body is no product: the body's own site, surely, as without the name
    m = match_channel(text)
    assert (m.code, m.score >= REVIEW) == ("website", True), m


def test_a_hyphened_generic_head_takes_its_quoted_name():
    # «интернет-портал «…»» is keyed whole, as «портал «…»» is (the `brands` entry of it was never reached)
    m = match_channel("Интернет-портал «Моя школа»")
    assert (m.code, m.score < REVIEW) == ("online_service", True), m


@pytest.mark.parametrize("text, want", [("Пункт выдачи МФЦ", "mfc"), ("Пункт выдачи Почты России", "written_mail"),
                                        ("Окно выдачи Почты России", "written_mail"),
                                        ("Пункт выдачи технических средств реабилитации", "personal_reception")])
def test_a_point_of_issue_of_a_channel_is_that_channels(text, want):
    # «выдачи» makes a point a reception only where no body that is a channel itself is named, as a window
    m = match_channel(text)
    assert (m.code, m.score >= REVIEW) == (want, True), m
