"""An address written in a channel's cell names the platform the channel lives on
(data/channel_heads.yaml `platform`, the address read as the word "@" + its channel): mail at an
e-mail address is e-mail, a personal account at the federal portal's address is that portal.
Cells of this file's own, in the forms regional lists write them («Почта: адрес», «Сайт
(раздел)»)."""
from __future__ import annotations

import pytest

from normalizers import match_channel


@pytest.mark.parametrize("cell, kind, code", [
    ("Почта: priem@minsoc.example", None, "email"),
    ("почта oblsoc@mail.example", "digital", "email"),
    ("Gosuslugi.ru (личный кабинет заявителя)", "digital", "gosuslugi"),
    # no address, or one of another kind: the head alone, as before
    ("Почта России", "offline", "written_mail"),
    ("Почта (г. Кемерово, ул. Весенняя, д. 5, тел. 8-800-100-00-00)", None, "written_mail"),
    ("Электронная почта", None, "email"),
    # an e-mail beside a postal address is a contact of the post, not the channel
    ("Почта (650000, г. Кемерово, ул. Весенняя, д. 5; e-mail: priem@minsoc.example)", None, "written_mail"),
    ("Почта: г. Кемерово, ул. Весенняя, д. 5, priem@minsoc.example", "offline", "written_mail"),
    # …while an e-mail named so stays e-mail, a postal address beside it or not
    ("Электронная почта (г. Кемерово, ул. Весенняя, д. 5; priem@minsoc.example)", None, "email")])
def test_an_address_names_the_platform(cell, kind, code):
    assert match_channel(cell, kind).code == code
