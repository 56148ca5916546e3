"""Channels as citizens name them aloud (session chan15): slang and brand words, English words
typed in Latin, abbreviations declined or spelt as their letters' names, who comes where.
Phrases composed for these tests from the taxonomy's definitions (docs/dataset.md, `channel`)
and the words' common meanings, none taken from a phrase pool."""
import pytest

from normalizers import match_channel
from normalizers.channel_noun_groups import NounGroups, scope
from normalizers.channel_vocab import heads
from normalizers.channel_visit import who_comes
from normalizers.channel_words import spelt_out, undeclined
from normalizers.phrase import words


def code(text):
    m = match_channel(text)
    return m.code if m else None


@pytest.mark.parametrize("text, want", [
    # slang any Russian speaker reads alike
    ("скиньте ответ мне на мыло", "email"),               # «мыло»: e-mail
    ("дозвонилась на горячку пенсионного фонда", "phone"),
    ("горячка опять занята", "phone"),                      # «горячка»: the hot line, any case
    ("созвон с инспектором назначили на пятницу", "phone"),  # «созвон»: a call
    ("созвонились с диспетчером", "phone"),
    ("нашла расписание в инете", "website"),               # «инет»: the internet, a site by default
    ("скачал приложуху поликлиники", "mobile_app"),
    ("выложили пост в инсте", "social_network"),           # «инста»: Instagram
    ("ответили по мейлу", "email"),                        # «мейл» declined
    ("пришло уведомление на имейл", "email"),
    # English words and names typed in Latin
    ("запись online через портал", "online_service"),      # «online» is «онлайн»: an online booking
    ("online-консультант на странице школы", "online_service"),
    ("Gosuslugi, раздел заявлений", "gosuslugi"),
    ("написал в whats app классному руководителю", "messenger"),
    ("заполнить Google Forms до пятницы", "online_survey"),
    # a form of the survey builders is a survey online
    ("гугл-форма для записи отзывов", "online_survey"),
    ("Яндекс Форма с вопросами о качестве питания", "online_survey"),
    # a focus group is a survey: where it is held decides, alone it is offline, in review
    ("фокус-группа онлайн с предпринимателями", "online_survey"),
    # a gateway, a web service uploading data: interfaces between systems
    ("шлюз для передачи реестров в казначейство", "api"),
    ("веб-сервис загрузки сведений о льготниках", "api"),
    # the staff's own offices named by who works there, or as clipped compounds
    ("зашёл к бухгалтеру по поводу расчётного листа", "internal_office"),
    ("заявка айтишнику на замену картриджа", "internal_office"),
    ("сходить к кадровику за справкой", "internal_office"),
    ("в хозчасть за ключами", "internal_office"),
    ("в АХО на втором этаже", "internal_office"),
    # a messenger's name as spoken, spelt other ways and declined; a chat's diminutive
    ("переписываемся по вотсаппу", "messenger"),
    ("скинула в вацапе", "messenger"),
    ("объявление в вибере", "messenger"),
    ("спросил в чатике", "messenger"),
    ("записалась на гуслях", "gosuslugi"),                 # the portal's name in jest
    ("vkontakte, страница колледжа", "social_network"),
    # mail by a provider's name is e-mail
    ("ответ пришёл в яндекс-почту", "email"),
    ("на gmail жене", "email"),
    # a site's name with its zone said in Cyrillic
    ("подала через госуслуги.ру", "gosuslugi"),
])
def test_spoken_words_name_their_channel(text, want):
    assert code(text) == want


def test_a_focus_group_held_nowhere_named_is_offline_in_review():
    m = match_channel("фокус-группа с пенсионерами")
    assert m.code == "offline_survey" and m.score < 0.85


@pytest.mark.parametrize("text, want", [
    # a file goes by e-mail: no post carries a scan, a photo, an attachment
    ("фото квитанции отправил на почту управления", "email"),
    ("скан паспорта на почту отдела", "email"),
    ("документы вложением на почту", "email"),
    # without one, «почта» as a means stays the post (a box sent to with its owner named is e-mail:
    # tests/test_channel_hosts.py)
    ("отправил заявление почтой в управление", "written_mail"),
    ("по почте заказным", "written_mail"),
])
def test_a_file_sent_by_mail_is_email(text, want):
    assert code(text) == want


def test_by_video_is_a_video_call_in_review_and_yields_to_a_channel_named():
    alone = match_channel("консультировались по видео")
    assert alone.code == "video_conference" and alone.score < 0.85
    assert code("видео выложено на сайте министерства") == "website"
    assert code("созвон по видео с юристом") == "video_conference"


@pytest.mark.parametrize("text, want", [
    # an abbreviation declined as spoken: the case ending dropped
    ("согласовали в СЭДе", "edms"),
    ("сведения ушли по СМЭВу", "api"),
    ("совещание в ВКСе с районами", "video_conference"),
    ("в МФЦ-е на первом этаже", "mfc"),
    # an abbreviation spelt as its letters' names
    ("подал заявление через эмэфцэ", "mfc"),
    ("совещание по вэкаэс", "video_conference"),
    ("письмо прошло по эсэдэ", "edms"),
])
def test_abbreviations_as_spoken(text, want):
    assert code(text) == want


def test_declined_and_spelt_abbreviations_are_only_those_the_vocabulary_knows():
    vocab = heads().vocab
    assert undeclined("в СЭДе и в ПФРе", vocab) == "в СЭД и в ПФРе"     # «ПФР» names no channel here
    assert undeclined("СЭДовский", vocab) == "СЭДовский"                # no case ending: another word
    keys = heads().heads.keys()
    assert spelt_out("эмфэцэ", keys) == "мфц" and spelt_out("эмэфцэ", keys) == "мфц"
    assert spelt_out("эсэдэ", keys) == "сэд"
    assert spelt_out("тэпэ", keys) is None           # letters naming no head
    assert spelt_out("мфц", keys) is None            # the abbreviation itself is no spelling of it
    assert undeclined("через госуслуги.ру", vocab) == "через госуслуги"
    assert undeclined("на министерство.ру", vocab) == "на министерство.ру"    # a name it does not know


@pytest.mark.parametrize("text, want", [
    # a worker comes to a home or from a body: a visit
    ("медсестра приходит на дом", "in_person"),
    ("инспектор приходил домой, смотрел условия", "in_person"),
    ("пришёл сотрудник из центра занятости", "in_person"),
    # a client comes to a place of the body: received there
    ("пришла в управление соцзащиты", "personal_reception"),
    ("лично, в комитете по образованию", "personal_reception"),
    # a place that is a channel itself decides; a time is no place
    ("пришла лично в МФЦ", "mfc"),
    ("лично в бухгалтерию", "internal_office"),
    ("обратиться лично в рабочее время", "in_person"),
])
def test_who_comes_where(text, want):
    assert code(text) == want


def test_who_comes_reads_the_preposition_and_its_noun():
    visit = heads().visit
    assert who_comes(list(words("приходит на дом")), visit) == "in_person"
    assert who_comes(list(words("пришли из администрации")), visit) == "in_person"
    assert who_comes(list(words("пришёл в районную администрацию")), visit) == "personal_reception"
    assert who_comes(list(words("пришёл в назначенное время")), visit) is None
    assert who_comes(list(words("пришёл")), visit) is None


def test_a_head_of_coming_is_sure_only_where_it_says_where():
    assert match_channel("пришла в управление соцзащиты").score >= 0.85
    assert match_channel("обратиться лично").score < 0.85


def test_noun_groups_are_the_runs_between_prepositions_and_marks():
    ws = list(words("портал государственных и муниципальных услуг, страница в сети"))
    texts = [sorted(b)[0] for b in scope(ws, 0)]
    assert len(texts) == 5                            # портал … услуг: «и» joins two adjectives
    groups = NounGroups(ws)
    assert groups.of(0) is groups.of(4)               # one group, gathered once
    assert len(groups.of(6)) == 1 and len(groups.of(8)) == 1   # «страница» | «сети» after «в»


@pytest.mark.parametrize("text", ["переписываемся по вотсаппу", "скинула в вацапе", "подала через госуслуги.ру"])
def test_names_spelt_as_said_are_read_sure_not_as_typos(text):
    # read as the name itself, not corrected to the nearest vocabulary form (a typo's lower score)
    assert match_channel(text).score >= 0.85
