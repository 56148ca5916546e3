"""Codes by meaning: the action decides a need and its object refines it; the head of a
channel phrase decides and its modifiers only break ties.  Phrases worded as other
regions might word them (the larger set is tests/eval, measured by benchmarks/eval_codes.py)."""
import pytest

from normalizers import channel_detail, match_channel, match_list_item, match_needs, taxonomy
from normalizers.matcher import REVIEW
from textcore.numbering import item_number, parent_of
from textcore.vocab import VocabularyError, load_yaml


def needs(text):
    return [m.code for m in match_needs(text)]


@pytest.mark.parametrize("text, codes", [
    ("Подача заявления в электронной форме", ["submission"]),          # a manner, not a form
    ("Направление обращения в устной форме", ["submission"]),
    ("Получение бланков заявлений и образцов их заполнения", ["forms"]),
    ("Скачивание шаблонов документов", ["forms"]),
    ("Получение новостей о мерах поддержки", ["information"]),
    ("Регистрация запроса", ["submission"]),
    ("Направление служебной записки", ["submission"]),
    ("Подача жалобы", ["submission"]),
    ("Участие в опросе об удовлетворенности", ["feedback"]),
    ("Информирование о мерах, принятых по итогам обратной связи", ["feedback_result"]),
    ("Консультирование по вопросам выдачи справок", ["consultation"]),
    ("Получение информации и бланков документов", ["information", "forms"]),
    ("Информирование и консультирование заявителей", ["information", "consultation"]),
    ("Получение сведений об услуге и ее результате", ["information"]),  # "результате": another case
    ("Получение информации, в том числе о ходе рассмотрения запроса", ["information", "status"]),
    ("Получение консультаций, в т.ч. по видеосвязи", ["consultation"]),   # a manner adds no need
    ("Получение образцов, в том числе ходатайств", ["forms"]),             # nor a kind of the same object
    ("Подача документов, а также получение справки", ["submission", "result"]),   # a part with its own action
    ("Оповещение и (или) консультирование", ["information", "consultation"]),
    ("Получение сведений либо образцов", ["information", "forms"]),
    ("Загрузка и распечатка шаблонов", ["forms"]),            # a bare action shares the next one's object
    ("Получение памятки для заявителя", ["information"]),
    ("Оказание информационной поддержки", ["information"]),     # rendered to the client, not handed over
    ("Консультационная поддержка экспортёров", ["consultation"]),
    ("Получение доступа к электронному архиву", ["result"]),          # access granted: a result
    ("Обеспечение доступа к сведениям о закупках", ["information"]),  # ... access to information
    ("Обеспечение доступа в цеха для проверки", ["inspection_objects"]),
    ("Мониторинг исполнения запроса", ["status"]),
    ("Предоставление справки о доходах", ["submission"]),               # the client hands it over
    ("Получение справки о доходах", ["result"]),
    ("Рассмотрение заявления и принятие решения", ["other"]),           # the agency's own actions
    ("Учет и передача сведений в бухгалтерию", ["submission"]),         # … give way to the client's
    ("Запись на консультацию", ["other"]),
])
def test_need_by_action_and_object(text, codes):
    assert needs(text) == codes


@pytest.mark.parametrize("text, codes", [
    # the action as a verb in any form: infinitive, imperative, after a modal word
    ("Выяснить график работы приёмной", ["information"]),
    ("Узнайте режим работы отделения", ["information"]),
    ("Хочу уточнить, на какой стадии рассмотрение моей заявки", ["status"]),
    ("Мне нужно проследить движение документов", ["status"]),
    ("Посетитель узнаёт о стадии рассмотрения жалобы", ["status"]),
    ("Посоветоваться со специалистом о льготах", ["consultation"]),
    ("Заказать выписку из реестра", ["submission"]),
    ("Можно забрать готовое удостоверение", ["result"]),
    ("Распечатать образец ходатайства", ["forms"]),          # the object decides: a sample form
    ("Выяснить, как учтено моё предложение", ["feedback_result"]),
    # complaining of an employee's conduct assesses the service (`feedback`: "оценка качества");
    # a complaint handed in as a paper is a submission
    ("Пожаловаться на грубость сотрудника", ["feedback"]),
    ("Подать жалобу на грубость сотрудника", ["submission"]),
    ("Написать отзыв о поликлинике", ["feedback"]),
    ("Поблагодарить специалиста за помощь", ["feedback"]),
    ("Предложить инициативу по улучшению сервиса", ["feedback"]),
    # verbs and nouns split a phrase into clauses
    ("Уточнить требования к документам и отправить заявку", ["information", "submission"]),
    ("Получение разъяснений, досудебное обжалование", ["result", "other"]),
    # a manner is no object; the last part of a hyphenated word names the thing
    ("Получение уведомления о решении в электронной форме", ["result"]),
    ("Участие в интернет-анкетировании", ["feedback"]),
    ("СМС-оповещение о стадии рассмотрения", ["status"]),      # ... and of a hyphenated action
    ("Ответ на отзыв о работе учреждения", ["feedback_result"]),
    # a known word depending on an unknown prepositional noun is no object of the action
    ("Заявить о порче оборудования", ["submission"]),
    ("Предоставление оборудования для осмотра", ["inspection_objects"]),
    # pre-trial appeal is `other`, but reading about it is information
    ("Изучение порядка досудебного обжалования", ["information"]),
    ("Подача досудебной претензии", ["other"]),
    # proposals on the agency's work are feedback (bare ones too, but only as a guess:
    # tests/test_needs_wording.py)
    ("Внесение замечаний по качеству обслуживания", ["feedback"]),
    ("Консультирование, выдача справок, обратная связь", ["consultation", "result", "feedback"]),
    ("Задать вопрос юристу", ["consultation"]),
    ("Проверить, готово ли удостоверение", ["status"]),   # readiness of one's own paper
    ("Скачать готовое удостоверение", ["result"]),
    ("Выяснить, рассмотрена ли жалоба", ["status"]),
    ("Получение правовой помощи", ["consultation"]),
    ("Получение извещения о назначении пенсии", ["result"]),        # a notice of the decision
    ("Отзыв согласия на обработку данных", ["submission"]),          # withdrawal, not a review
    ("Сообщение о подтоплении двора", ["submission"]),               # a message alone is sent
    ("Получение сообщений о плановых работах", ["information"]),
    # "и" after a preposition joins the prepositional group, not the action's object
    ("Получение ответов на замечания и предложения жителей", ["feedback_result"]),
    # given to the client (dative) it is what the client gets; given by the client, a submission
    ("Предоставление сведений посетителям", ["information"]),
    ("Предоставление сведений получателем субсидии", ["submission"]),
    ("Направление решения заявителю", ["result"]),
])
def test_need_by_verb_and_object(text, codes):
    assert needs(text) == codes


def test_question_words_lead_but_never_start_a_need():
    # read as the action after the question word; asked as a question, it goes to review (need_doubt)
    assert [(m.code, m.method) for m in match_needs("Куда направить ходатайство?")] == \
        [("submission", "grammar:table+asked")]
    assert needs("Выяснить, где забрать удостоверение") == ["information"]


def test_who_acts_is_skipped_before_the_action():
    # with "Заявитель" read as the action's place the phrase would be an object alone (0.88)
    m = match_needs("Заявитель хочет забрать готовую выписку")
    assert [(x.code, x.score) for x in m] == [("result", 0.95)]


def test_unknown_action_word_by_embeddings():
    # "опротестовать" is in no list; its nearest vocabulary word is clearly an appeal
    m = match_needs("Опротестовать постановление инспекции")[0]
    # (of its complement only "инспекции" is no word of the vocabulary — "постановление" is, a
    # complaint "на постановление" — so one unread word: no "+unexplained")
    assert (m.code, m.method) == ("other", "grammar:default+similar")
    assert 0.6 <= m.score < REVIEW                     # a clear guess, but embeddings alone go to review
    # a word not clearly close to one class is not guessed: the phrase goes to review
    assert all(m.score < REVIEW for m in match_needs("Разузнать часы работы"))


@pytest.mark.parametrize("text, code", [
    ("Платформа обратной связи портала Госуслуг", "feedback_platform"),
    ("Интернет-приёмная на официальном сайте", "online_service"),
    ("Официальный сайт (раздел «Интернет-приёмная»)", "website"),
    ("Анкеты на бумажном носителе", "offline_survey"),
    ("Опрос на платформе Госуслуги", "online_survey"),
    ("Электронная почта приёмной", "email"),
    ("Корпоративная электронная почта", "email"),
    ("Выездные проверки", "in_person"),
    ("Заказное письмо с уведомлением", "written_mail"),
    ("gosuslugi.ru", "gosuslugi"),
    ("https://vk.com/public123", "social_network"),
    ("t.me/some_channel", "messenger"),
    ("Видеоконференцсвязь (в том числе при выезде к заявителю)", "video_conference"),
    ("Колл-центр", "phone"),
    ("Центр «Мои документы»", "mfc"),
    ("Визиты инспекторов на предприятия", "in_person"),               # a visit is met in person
    ("Личный кабинет на портале Госуслуг", "gosuslugi"),              # the platform it lives on decides
    ("Личный кабинет пользователя на РПГУ", "gosuslugi"),
    ("Личный кабинет получателя гранта", "online_service"),           # no platform named
    ("Киоск самообслуживания с доступом к порталу Госуслуг", "gosuslugi"),
    ("Информационный киоск в холле", "info_stand"),
    ("Кабинет отдела предоставления государственных услуг", "internal_office"),  # no portal: an office
    ("Кабинет приёма заявителей", "personal_reception"),
    ("Межсистемное взаимодействие с фондом", "api"),
    ("Веб-сервис СМЭВ 4", "api"),
    ("Кадровая служба учреждения", "internal_office"),
    ("Личный контакт с инспектором", "in_person"),
    ("Доска объявлений в вестибюле", "info_stand"),
    ("Телеграм-бот поликлиники", "chatbot"),
    ("Ящик для письменных обращений у входа", "written_mail"),     # a box for paper letters
    ("Почтовый ящик электронной почты отдела", "email"),            # "почтовый" yields to "электронной"
    ("Книга жалоб", "request_log"),
    ("Запись в электронную очередь", "online_service"),
    ("Сход жителей посёлка", "other"),           # a public event (below review: a meeting to some)
    ("Собрание в формате ВКС", "video_conference"),                 # a meeting held by video
    ("Отделение «Мои документы»", "mfc"),
    ("Платформа «МАХ»", "messenger"),                              # a generic head yields to a detail's
    ("8 (4012) 55-00-00", "phone"),                                 # a phone number alone
    ("Электрон-\nная почта", "email"),                             # a word broken at a line end
    ("Skype-консультации", "video_conference"),
    ("Портал ЕПГУ", "gosuslugi"),
    ("Электронный кабинет получателя", "online_service"),
    ("Онлайн-заявка на сайте", "online_service"),
])
def test_channel_by_head(text, code):
    m = match_channel(text)
    assert m.code == code, m


def test_list_kind_is_evidence_not_a_filter():
    assert match_list_item("channel_digital", "колл-центры").code == "phone"
    # a survey with no word saying where: the list's kind decides, and it is reviewed less
    assert match_channel("Анкетирование посетителей", "digital").code == "online_survey"
    assert match_channel("Анкетирование посетителей", "offline").code == "offline_survey"
    # a head of the other kind yields to a channel of the stated kind named in the phrase
    assert match_channel("письменное взаимодействие (электронная почта, письмо)", "digital").code == "email"
    assert match_channel("письменное взаимодействие (электронная почта, письмо)", "offline").code == "written_mail"


def test_scores_mean_something():
    assert match_channel("Платформа обратной связи").score >= REVIEW
    assert match_needs("Получение бланков")[0].score >= REVIEW
    typo = match_channel("Электроная почта")
    assert typo.code == "email" and typo.needs_review                 # corrected spelling: reviewed
    assert match_needs("Полученние инфомации")[0].code == "information"
    assert match_needs("Полученние инфомации")[0].needs_review
    assert match_needs("Получение продуктовых наборов")[0].needs_review  # "получение" + unknown: a guess
    nothing = match_channel("Наружная реклама")
    assert nothing.code == "other" and nothing.needs_review
    assert match_channel("Анкетирование посетителей").needs_review    # no evidence for a survey's kind


def test_channel_detail_keeps_what_the_head_leaves():
    assert channel_detail("Электронная почта министерства (minfin@example.ru)") == "minfin@example.ru"
    assert channel_detail("ЕПГУ (www.gosuslugi.ru)") == "www.gosuslugi.ru"
    assert channel_detail("СЭД «Дело»") == "Дело"
    assert channel_detail("Горячая линия (круглосуточно)") == "круглосуточно"
    assert channel_detail("Телефонная связь") is None
    assert channel_detail("Телефон доверия +7 (495) 000-11-22") == "+7 (495) 000-11-22"


def test_overrides_win_over_the_grammar():
    for name, phrase, code in (("channel", "Платформа обратной связи", "website"),
                               ("needs", "Получение бланков", "result")):
        tax = taxonomy(name)
        try:
            tax.set_overrides({phrase: code})
            got = match_channel(phrase) if name == "channel" else match_needs(phrase)[0]
            assert (got.code, got.method) == (code, "override")
        finally:
            tax.set_overrides({})
    assert match_channel("Платформа обратной связи").code == "feedback_platform"


def test_numbering():
    assert item_number("3.1.2. Провести опрос") == ("3.1.2", "Провести опрос")
    assert item_number("Без номера") is None
    assert parent_of("3.1.2") == "3.1" and parent_of("3") is None


def test_vocabulary_errors_name_file_and_key(tmp_path):
    bad = tmp_path / "v.yaml"
    bad.write_text("a: 1\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match="v.yaml: missing key.*heads"):
        load_yaml(bad, required=("heads",))
    broken = tmp_path / "b.yaml"
    broken.write_text("a: [1,\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match="b.yaml: not valid YAML"):
        load_yaml(broken)
