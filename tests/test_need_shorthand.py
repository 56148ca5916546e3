"""Needs in a clerk's shorthand (issue 17): words cut short before a dot or with a hyphen,
read by rule as the vocabulary word of their family (normalizers/cut_words.py).  Phrases
composed here from the taxonomy's definitions (docs/dataset.md, `needs`)."""
import pytest

from normalizers import match_needs
from normalizers.cut_words import dotted_cut, one_family
from normalizers.need_grammar import grammar
from normalizers.needs import split_needs
from normalizers.phrase import words


def codes(text):
    return {m.code for m in match_needs(text)}


@pytest.mark.parametrize("cut, lemma", [
    ("конс", "консультация"),        # консультация, консультирование, консультант: one family
    ("получ", "получение"),          # получение, получить, получать
    ("заявл", "заявление"),          # заявление and заявлю (заявить) share the cut itself
    ("рассмотр", "рассмотрение"),
])
def test_a_cut_before_a_dot_reads_as_its_family_noun(cut, lemma):
    assert dotted_cut(cut, grammar().speller._forms) == lemma


@pytest.mark.parametrize("cut", [
    "обр",          # обращение, обратный, образец: no one family
    "пред",         # предоставление, предложение, предъявление
    "справки",      # a whole word of the vocabulary ending a sentence
    "ко",           # too short to be read as anything
])
def test_no_cut_where_the_word_is_whole_or_several_families_fit(cut):
    assert dotted_cut(cut, grammar().speller._forms) is None


def test_one_family_needs_a_shared_stem():
    assert one_family({"предоставление", "предложение"}, "пред") is None
    assert one_family({"информация", "информирование"}, "инф") == "информация"


def test_the_dot_is_what_makes_the_cut():
    # without a dot «конс» is a name the dictionary guesses, not a cut
    cut = [w for w in words("конс. юриста", grammar().speller) if w.text == "конс"][0]
    bare = [w for w in words("конс юриста", grammar().speller) if w.text == "конс"][0]
    assert cut.lemma == "консультация" and cut.fuzzy
    assert bare.lemma != "консультация"


@pytest.mark.parametrize("text, code", [
    ("конс. по оформлению субсидии", "consultation"),
    ("конс.", "consultation"),                       # alone in its cell: the final dot is kept
    ("инф-е о графике приёма", "information"),      # a hyphen cut several lemmas of one family fit
    ("ход рассмотр. заявл.", "status"),
])
def test_shorthand_needs(text, code):
    assert codes(text) == {code}


def test_cut_words_are_guesses_sent_to_review():
    assert all(m.score < 0.85 for m in match_needs("конс. по оформлению субсидии"))


def test_a_final_dot_after_a_whole_word_is_dropped():
    assert split_needs("Получение справки.") == ("Получение справки",)
    assert split_needs("конс./подача заявл.") == ("конс.", "подача заявл.")


@pytest.mark.parametrize("text, expected", [
    # «+» and arrows join needs: each side its own, plural objects too («+ бланки»)
    ("информация о порядке + бланки", {"information", "forms"}),
    ("подача заявления → получение разрешения", {"submission", "result"}),
    ("инф-е о графике + конс. по документам", {"information", "consultation"}),
])
def test_plus_and_arrows_part_needs(text, expected):
    assert codes(text) == expected


def test_a_plus_before_no_need_cuts_nothing():
    # «+ 1 экз.» names no need: it stays with the need before it
    assert split_needs("получение справки + 1 экз.") == ("получение справки + 1 экз",)


def test_the_clipped_info_is_information():
    # «инфо», like «инфа», is the clipped noun; a licence named is its topic, not a result
    assert codes("инфо о выданных лицензиях") == {"information"}


def test_the_dot_of_a_cut_word_ends_no_need():
    # «рассм.» is cut short: the dot is the cut's, not a full stop before a new need
    assert split_needs("стадия рассм. декл.") == ("стадия рассм. декл.",)
    assert codes("стадия рассм. декл.") == {"status"}


def test_a_slash_before_a_cut_need():
    # the text after the slash is read with its dot: «конс.» starts a need of its own
    assert codes("образцы заявлений / конс. юриста") == {"forms", "consultation"}


def test_a_cut_word_a_rule_names():
    # «межвед.» is cut from a word the refine rules name (межведомственный), no action or object:
    # requests between agencies are the agency's own work
    assert codes("межвед. запрос в налоговую") == {"other"}


def test_a_deposit_is_a_payment():
    assert codes("внесение задатка за участие в аукционе") == {"other"}
