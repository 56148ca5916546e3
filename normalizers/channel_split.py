"""A touchpoint cell naming several channels -> one text per channel (a touchpoint each).

Lists often write a process's channels of one kind in one cell — a comma list, clauses
between semicolons, or a line each, which a converter (and every reader, whose cell text is
one line) runs together: «Приложение «Мой налог» Инвестиционный портал области». Each
channel is a touchpoint of its own with the row's needs, kind and process; a cell naming one
channel with its address, phone, hours or a second place of it stays one (the parts are read
by `channel_heads.peers`, the rules that already tell these apart).

Where the lines ran together, a new line is seen where a capitalised common word in the
nominative (not a name: «Почта России», «сайт Министерства» stay) opens a part of two words or
more after a word, a number, a closing bracket or quote — and only where that part and the one
before it each read as a definite channel, and the two differ."""
from __future__ import annotations

import re

from textcore.lemmas import morph

from .channel_heads import ChannelReading, peers, read_channel
from .channel_vocab import heads
from .channel_places import places, split_details
from .channel_words import clauses, masked_text
from .line_joins import continues

# a capitalised word right after a space that follows a letter, a digit, a closing bracket or quote
_LINE_START = re.compile(r"(?<=[\w)»\"”])\s+(?=[А-ЯЁ][а-яё]+(?:-[а-яё]+)?\s+\S)")
_NAME_TAGS = ("Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr")


def _opens_line(word: str) -> bool:
    """A common noun or adjective in the nominative: a phrase may begin with it; a dictionary
    name («России», «Москва») never (a guessed word's name tag is only a guess).  The likeliest
    reading decides («Платформы»: of a platform), save that an inanimate noun's accusative is
    its nominative too («Онлайн-совещание»)."""
    parses = morph().parse(word.lower())
    top = parses[0] if parses else None
    if top is None or top.tag.POS not in ("NOUN", "ADJF", "PRTF") or top.tag.case not in ("nomn", "accs"):
        return False
    if top.is_known and any(t in top.tag for t in _NAME_TAGS):
        return False
    return top.tag.case == "nomn" or any(p.tag.case == "nomn" and p.normal_form == top.normal_form for p in parses)


def _line_starts(text: str) -> list[int]:
    """Where lines run together seem to begin, outside brackets and quotes.  A single word right
    after a word names what that word is («портал Госуслуги»), no line of its own."""
    masked = masked_text(text)
    found = [m.end() for m in _LINE_START.finditer(masked)
             if text[m.end() - 1] != "." and _opens_line(re.match(r"[А-ЯЁа-яё-]+", text[m.end():]).group())]
    out = []
    for k, at in enumerate(found):
        rest = masked[at:found[k + 1] if k + 1 < len(found) else len(masked)]
        if len(re.findall(r"[А-Яа-яЁёA-Za-z]+", re.sub(r"\([^)]*\)?|[«\"“][^»\"”]*", " ", rest))) < 2 \
                and masked[:at].rstrip()[-1:].isalpha():
            continue
        out.append(at)
    return out


def _find(text: str, part: str, at: int) -> int | None:
    """Where `part` (as a reader returned it, trimmed) begins in `text`, from `at` on: the caller
    passes the end of the part before it, or a short part may be found inside that one («…на
    сайте, сайт»: «сайт» in «сайте»)."""
    k = text.find(part.strip()[:24], at)
    return k if k >= 0 else None


def _pieces(text: str, kind: str | None) -> list[tuple[int, ChannelReading | None, bool]]:
    """Every part that may name a channel of its own: where it begins, what it reads, and whether
    it opens a line run on from the one before."""
    out: list[tuple[int, ChannelReading | None, bool]] = []
    neg = heads().negation
    at = 0
    parts = clauses(text)
    for clause in parts:
        start = _find(text, clause, at)
        if start is None:
            return []
        at = start + len(clause)
        bounds = [start] + [start + k for k in _line_starts(clause)] + [start + len(clause)]
        for a, b in zip(bounds, bounds[1:]):
            line = text[a:b]
            main, details = split_details(line)
            if neg.search(main.replace("ё", "е")) or a and _contact_only(main, details):
                continue                      # «чат-бот не используется»: no channel; «тел. 8 …»: a contact
            found = peers(line, kind)
            if not found and len(parts) == len(bounds) - 1 == 1:
                return []                     # the cell is one part: no reading of it can cut it
            if not found:
                out.append((a, read_channel(line, kind, point=False), a != start))
                continue
            after = a
            for part, r in found:
                k = _find(text, part, after)
                if k is None:
                    return []
                # a part read with its places blanked is no longer than its text: its end, or before it
                after = k + len(part.strip())
                if not text[:k].rstrip().endswith("/") and not _qualifies(part):
                    out.append((k, r, k == a != start))     # «Телефон/факс: …»: one contact, two labels
    return out


def _qualifies(part: str) -> bool:
    """A part opened by a participle or a gerund («…, размещённый на странице сайта») says something
    of the channel before it."""
    first = re.match(r"[А-Яа-яЁё]+", part.strip())
    return bool(first) and morph().parse(first.group().lower())[0].tag.POS in ("PRTF", "PRTS", "GRND")


def _contact_only(main: str, details: list[str]) -> bool:
    """A part that is a contact of the channel before it, no channel of its own: a label of a word
    at most with its address, phone or hours («тел. 8 (3822) 00-00-01», «e-mail: …»)."""
    return bool(details) and len(re.findall(r"[А-Яа-яЁёA-Za-z]+", main)) <= 1


def _on_platform(code: str, r: ChannelReading) -> bool:
    """«Портал «Госуслуги», личный кабинет заявителя»: a place on the platform named before it
    (a head whose `platform` words name that code) is that channel still, not a second one."""
    spec = heads().heads.get(r.head) or {}
    return any(c == code for _, c in spec.get("platform", ()))


def channel_parts(text: str, kind: str | None = None, lines: str | None = None) -> list[str]:
    """The cell's text for each channel it names, in its order; the whole cell when it names one
    (or where its first part reads no definite channel: better one row in review than a wrong
    split).  A later part reading none starts no touchpoint: it stays with the part before it
    («…, Группа ВКонтакте Ответственный специалист»).  `lines`: the same words with "\n" where
    the cell's author began a line (parsers/extract/cell_lines.py), evidence read first."""
    by_line = _by_lines(lines, kind) if lines and "\n" in lines else None
    if by_line:
        return [p for part in by_line for p in channel_parts(part, kind)]
    pieces = _pieces(text or "", kind)
    if len(pieces) < 2 or any(r is None or r.how == "weak" for _, r, _ in pieces[:1]):
        return [text]
    starts = [pieces[0][0]]
    code = pieces[0][1].code
    for k, r, line in pieces[1:]:
        # a line of its own is a touchpoint of its own, even of the channel above («Видеоконференцсвязь
        # Онлайн-совещание в режиме ВКС»); parts of one line only where the channel changes
        if r is not None and r.how != "weak" and (line or r.code != code) and not _on_platform(code, r):
            starts.append(k)
            code = r.code
    if len(starts) < 2:
        return [text]
    starts[0] = 0
    return [_trim(text[a:b]) for a, b in zip(starts, starts[1:] + [len(text)])]


def _trim(part: str) -> str:
    """A part without the separator or the coordinating word («или», «а также») joining it to the next."""
    part = part.strip(" ;")
    ends = [m for m in heads().coordinators.finditer(part) if m.end() == len(part)]
    return (part[:ends[-1].start()] if ends else part).strip(" ,;/")


def _by_lines(lines: str, kind: str | None) -> list[str] | None:
    """The cell's lines grouped a channel each: a line its author wrote starts a channel where it
    reads a definite one of its own (lower case too: «бумажная анкета» / «бухгалтерия», which no
    rule cuts in running text, «портал госуслуги»), as `_own_line` tells; a line reading none (a contact, a place) or reading on
    from the one above (line_joins.py) stays with it.  None where the first line reads no definite
    channel, or all stay one."""
    groups: list[list[str]] = []
    code = None
    for line in (x.strip() for x in lines.split("\n") if x.strip()):
        r = read_channel(line, kind, point=False)
        main, details = split_details(line)
        definite = r is not None and r.how != "weak" and not _contact_only(main, details) \
            and bool(re.search(r"[А-Яа-яЁёA-Za-z]{2}", main)) and not _place_only(line) \
            and not (groups and r.code == code and _labelled_contact(main, details))
        if not groups:
            if not definite:
                return None
            groups.append([line])
        elif definite and not continues(groups[-1][-1], line) and _own_line(line, r.code != code) \
                and not _on_platform(code, r):
            groups.append([line])
        else:
            groups[-1].append(line)
            continue
        code = r.code
    return [" ".join(g) for g in groups] if len(groups) > 1 else None


def _labelled_contact(main: str, details: list[str]) -> bool:
    """An address under a label of two words at most («E-mail: info@…», «Эл. почта: …»): under a
    line of the same channel, that channel's contact («Электронная почта» / «E-mail: info@min.ru»)."""
    return bool(details) and len(re.findall(r"[А-Яа-яЁёA-Za-z]+(?:-[А-Яа-яЁёA-Za-z]+)*", main)) <= 2


def _own_line(line: str, other: bool) -> bool:
    """A line of two words or more; or of one word of another channel than the line above's that may
    open a phrase (`_opens_line`: «бухгалтерия»), not a name naming what the line above is
    («Мобильное приложение» / «Госуслуги», a genitive or a word no dictionary knows: «МФЦ» stays too)."""
    words = line.split()
    return len(words) > 1 or other and words[0].isalpha() and _opens_line(words[0])


def _place_only(line: str) -> bool:
    """A line that is all address, room or hours («каб. 305», «ул. Мира, д. 3, каб. 12»): where the
    channel above is open, no channel of its own (split_details keeps such a line whole as its text)."""
    p = places()
    return not re.search(r"[А-Яа-яЁёA-Za-z]{2}", p.hours.sub(" ", p.address.sub(" ", line)))
