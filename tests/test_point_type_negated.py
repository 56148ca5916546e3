"""A point's kind said by what the contact lacks («без посещения ведомства», «вне сети Интернет») or by a visit
(«при личном визите»): `textcore.point_type` reads the other type than the lacking words' own."""
from textcore.point_type import kind_only, match_point_type, read_type_value


def test_a_value_of_lack_says_the_other_type():
    assert match_point_type("без посещения ведомства") == "digital"
    assert match_point_type("Без личного присутствия заявителя") == "digital"
    assert match_point_type("без использования сети Интернет") == "offline"
    assert match_point_type("вне сети Интернет") == "offline"
    assert read_type_value("Без посещения ведомства") == "digital"


def test_a_visit_is_offline_and_such_values_are_kinds_alone():
    assert match_point_type("при личном визите") == "offline"
    assert kind_only("при личном визите") and kind_only("без посещения ведомства")


def test_lack_of_nothing_typed_says_nothing():
    assert match_point_type("Без ограничений") is None
    assert match_point_type("без") is None
    assert not kind_only("Без выходных")
    # the type words read as before where no word of lack opens the value
    assert match_point_type("Офлайн-точка") == "offline" and match_point_type("цифровая") == "digital"


def test_the_lack_ends_with_its_clause():
    """A word of lack qualifies its own clause: a type said after a comma is read as said, not turned."""
    assert match_point_type("без личного визита, онлайн") == "digital"
    assert match_point_type("вне рабочего времени, онлайн") == "digital"
    assert match_point_type("без бумажных документов; в электронном виде") == "digital"
    # no type after the comma: the clause's lack still turns the type
    assert match_point_type("без посещения ведомства, по телефону") == "digital"


def test_a_lack_of_a_typed_thing_that_is_no_kind_says_none():
    """Only a lack of the listed nouns (a visit, the network) turns the type: a portal's form needs no e-signature,
    a reception may need no electronic appointment — neither is offline, nor a kind alone."""
    assert match_point_type("без электронной подписи") is None
    assert match_point_type("без предварительной записи в электронной форме") is None
    assert not kind_only("без электронной подписи")
    assert match_point_type("без использования электронных сервисов") == "offline"
