"""The issuing body of an act: found in a header, title line or stamp, put in canonical form.

"приказом министерства финансов Курской области" -> "Министерство финансов Курской области";
a name in capitals is recased and put in the nominative (name_case.py); a subject written short
("Ханты-Мансийского АО - Югры", "Ульяновской обл.", "КБР") is written out from the regions
table (textcore.regions.spell_out).  A federal body named in running text (a cited decree's)
is never the issuer, nor is the body of an act cited in running text ("…, утвержденной
постановлением Правительства X от … N …").
"""
from __future__ import annotations

import re

from textcore.clean import unclosed_brackets
from textcore.dates import parse_date
from textcore.lemmas import lemma, morph
from textcore.order_numbers import has_number_sign
from textcore.regions import find_regions, words

from .header_words import federal_in, head_at, is_doc_type, starts_with, vocab
from .lines import join_spaced
from .name_case import genitive, mostly_upper, nominative, recase
from .short_name_bracket import without_short_name

_HAS_DIGIT = re.compile(r"\d|№")
# a name with no region runs to the date or number, or to the signer's initials ("Губернатор
# области И.И. Иванов")
_NAME_STOP = re.compile(r"[;(«\"]|,(?!\s*[а-яё])|\sот\s|\s№|\sN\s|\s[А-ЯЁ]\.\s?[А-ЯЁ]\.")
# a body named by its subject, then its remit or the body it stands by («… при Президенте …»)
_REMIT = re.compile(r"\s+(?:по|при\s+([А-ЯЁа-яё]+))\s")
_ACT_STOP = re.compile(r"\sот\s|\s№|\sN\s")
# a head numbered as a section is the section's heading: "Глава 5.", "Глава IV" (recased: "Глава iv")
_NUMBERED = re.compile(r"\s*(?:\d|[IVXLC]+(?![A-Za-zА-Яа-яЁё])|[ivxlc]+(?![A-Za-zА-Яа-яЁё]))")


def name_start(text: str, toks: list[tuple[str, int, int]], i: int) -> int:
    """Index of the first word of a body's name whose head noun is word i: the adjectives
    agreeing with the head right before it belong to the name ("Главное управление …",
    "Государственная жилищная инспекция …"), save words that only point at a body
    ("указанное министерство") or make it federal ("Федеральной службы")."""
    parses = [p for p in morph().parse(text[toks[i][1]:toks[i][2]].lower()) if p.normal_form == toks[i][0]]
    not_names = set(vocab()["not_name_adjectives"])
    first = i
    while first > 0 and i - first < vocab()["authority_head_within"] - 1:
        lem, a, b = toks[first - 1]
        if lem in not_names or text[b:toks[first][1]].strip():
            break                            # punctuation between: not one name
        word = text[a:b].lower()
        if not any("ADJF" in q.tag and q.tag.case == p.tag.case and q.tag.number == p.tag.number
                   for q in morph().parse(word) for p in parses):
            break
        first -= 1
    return first


def _addressed(word: str) -> bool:
    """A head noun only in the dative: a body the act tells to act ("Департаменту … опубликовать")."""
    heads = set(vocab()["authority_heads"])
    cases = {p.tag.case for p in morph().parse(word) if p.normal_form in heads}
    return cases == {"datv"}


# a municipal entity's name in quotes, ending the body's name before the date or number:
# "Администрации муниципального образования "Город Архангельск" от …"
_QUOTED_NAME = re.compile(r'\s*[«"]([А-ЯЁ][^«»"]{0,80})[»"](?=\s*(?:от\s|№|N\s|$))')


def _quoted_name_end(text: str, at: int) -> int:
    """Where a name stopped at a quote ends: after the quoted entity's name, not a title («Об …»)."""
    m = _QUOTED_NAME.match(text, at)
    if m is None or starts_with(m.group(1), vocab()["title_starts"]):
        return at
    return m.end()


def authority_in(text: str, *, header: bool = False, cited: bool = True) -> str | None:
    """The issuing body named in a text, cut after its region's name when it has one.

    In running text the name starts with a capital ("приказом Министерства …") or
    follows the act's kind ("приказом министерства …"); a header line may be all
    capitals and is the whole name.  A federal body (a cited act's) is skipped, and so is any
    body named in the dative (an addressee of the act, «Министерству … поручено», not its author);
    with `cited=False` so is any body right after an act's kind (running text citing an act).
    A head that names no body alone ("Глава", "Совет") counts only with its region or a
    municipality ("Глава городского округа …").
    """
    text = recase(re.sub(r"\s+", " ", text))
    v = vocab()
    heads, kinds, regional = set(v["authority_heads"]), set(v["doc_types"]), set(v["heads_need_region"])
    toks = words(text)
    past = 0                                       # an addressee's name ends here: no head inside it is one
    for i, (lem, _, _) in enumerate(toks):
        if lem not in heads or toks[i][1] < past:
            continue
        first = name_start(text, toks, i)          # "Главного управления", "Государственная жилищная инспекция"
        s0, prev = toks[first][1], toks[first - 1][0] if first else ""
        if not (text[s0].isupper() or prev in kinds or header):
            continue
        if not cited and prev in kinds:
            continue                       # "утвержденной постановлением Правительства X от …"
        # an addressee, but for «по» on a header line or after the kind: «Приказ по Министерству …» is the
        # body's own order («сведения по Министерству …» in running text names no issuer)
        own = prev == "по" and (header or first > 1 and toks[first - 2][0] in kinds)
        if not own and _addressed(text[toks[i][1]:toks[i][2]]):
            named = next(iter(find_regions(text[s0:])), None)
            past = s0 + named.end if named else toks[i][2]     # «Управлению делами Губернатора X»: no Governor
            continue
        region = next(iter(find_regions(text[s0:])), None)
        end = s0 + region.end if region else None
        if region and (opened := _open_bracket(text[s0:s0 + region.start])) is not None:
            end = s0 + opened              # "… г. Энска (Энский край)": the card's region, not the name
        if end is None and lem in regional and (_NUMBERED.match(text, toks[i][2]) or not (
                names_municipality(text, toks, i) or (prev in kinds or header) and _heads_a_body(text, toks, i))):
            continue                       # "Глава 1. Общие положения", "Глава IV. Муниципальные образования"
        if end is None:                    # no region: the name runs to the date or number, or a verb
            stop = _NAME_STOP.search(text, s0)
            end = _remit_end(text, toks[i][2], _quoted_name_end(text, stop.start()) if stop else len(text),
                             verbs_only=True)  # «Областное министерство … утвердило приказом от …»
        elif _remit_at(text, end):         # "Приказ Комитета X края по … от <date>": on to the date
            stop = _NAME_STOP.search(text, end)
            if stop and _ACT_STOP.match(stop.group()) and not _HAS_DIGIT.search(text[end:stop.start()]):
                end = stop.start()
            elif stop is None and header and not _HAS_DIGIT.search(text[end:]):
                end = len(text)            # a header's name lines: "… РЕСПУБЛИКИ ТАТАРСТАН ПО ТАРИФАМ"
            end = _remit_end(text, s0 + region.end, end)
        name = text[s0:end].strip(" .,:;–-")
        if (opened := _open_bracket(name)) is not None:
            name = name[:opened].strip(" .,:;–-")      # never a bracket left open in a name
        if not header and federal_in(name):
            continue                       # "распоряжением Правительства Российской Федерации"
        name = nominative(name)
        return name[:1].upper() + name[1:]
    return None


def _remit_at(text: str, end: int) -> bool:
    """A remit after the subject, «по …», or the body it stands by, «при» and a body's head or post
    («при Президенте …», «при Губернаторе …»); «при поддержке …», «при осуществлении полномочий …» are
    no part of the name."""
    m = _REMIT.match(text, end)
    return m is not None and (m.group(1) is None or lemma(m.group(1).lower()) in vocab()["authority_heads"])


def _remit_end(text: str, start: int, end: int, verbs_only: bool = False) -> int:
    """Where a remit read on after the subject ends: before a verb ("Комитет X по спорту утвердил
    приказом …") or another body's name — its head in the nominative, or in the genitive after «и»
    (a joint act's "… по спорту и департамента …"; «по делам государственной службы» goes on)."""
    heads = set(vocab()["authority_heads"])
    prev, prev_at = "", start
    for lem, s, e in words(text[start:end]):
        word = text[start + s:start + e].lower()
        p = morph().parse(word)[0]
        if p.tag.POS in ("VERB", "INFN") and morph().word_is_known(word) or not verbs_only and lem in heads and (
                p.tag.case == "nomn" or p.tag.case == "gent" and prev == "и"):
            return prev_at if prev == "и" else start + s
        prev, prev_at = lem, start + s
    return end


def _heads_a_body(text: str, toks, i: int) -> bool:
    """Word i ("Глава") heads the body named right after it in the genitive: the post of a body's
    head ("Главы Администрации области", "Коллегии Министерства …"), one name with it — read
    after an act's kind or in a header (a signature's "Глава Администрации района" is a post)."""
    if i + 1 >= len(toks) or text[toks[i][2]:toks[i + 1][1]].strip():
        return False
    lem, a, b = toks[i + 1]
    v = vocab()
    return (lem in v["authority_heads"] and lem not in v["heads_need_region"]
            and any(p.normal_form == lem and p.tag.case == "gent" for p in morph().parse(text[a:b].lower())))


def _open_bracket(text: str) -> int | None:
    """Where the outermost bracket left open in a text opens, or None: a name's own brackets
    close ("Республики Саха (Якутия)", "главы администрации (губернатора) края")."""
    return next(iter(unclosed_brackets(text)), None)


def names_municipality(text: str, toks, i: int, reach: int = 3) -> bool:
    """The name whose head is word i is a municipality's body: a municipality's noun within the
    next `reach` words, after an adjective ("Глава муниципального образования …", "Совет
    депутатов городского округа …", "… Энского района") or a settlement's noun ("Глава города
    Энска"); a preposition before it makes it a remit ("Совет по вопросам образования",
    "Комитет по делам муниципальных образований"), a bare noun a body's field ("Министерство
    образования")."""
    v = vocab()
    nouns, alone = set(v["municipality_nouns"]), set(v["municipality_nouns_alone"])
    for j in range(i + 1, min(len(toks), i + 1 + reach)):
        lem = toks[j][0]
        if lem in ("по", "при", "для"):
            return False
        if lem in alone or lem in nouns and _adjective(text[toks[j - 1][1]:toks[j - 1][2]]):
            return True
    return False


def _adjective(word: str) -> bool:
    return any("ADJF" in p.tag for p in morph().parse(word.lower()))


def issuer_lines(before: list[str]) -> list[str]:
    """The issuer's lines right above the act's kind: from the topmost head line of the block.

    The block is the run of name-like lines (no digits, not a banner's "Field: | value")
    that ends at the kind; a joint order names several bodies there, one a line.  A site's
    banner above it ("Принявший орган: | Министерство …") is not the act's own header.
    """
    top = None
    for i in range(len(before) - 1, -1, -1):
        t = before[i].strip()
        if _HAS_DIGIT.search(t) and len(t.split()) <= 6 and (parse_date(t) or has_number_sign(t)):
            continue                        # the date/number line of a header laid out above the kind
        if _HAS_DIGIT.search(t) or "|" in t or ":" in t or is_doc_type(t) or len(t.split()) > 12 \
                or starts_with(t, vocab()["title_starts"]):
            break                           # a site's title ("Об управлении …") above the header
        if head_at(t) is not None:
            top = i
    if top is None:
        return []
    while top > 0 and _adjectives_only(before[top - 1]):
        top -= 1                            # "ГОСУДАРСТВЕННАЯ" / "ЖИЛИЩНАЯ" / "ИНСПЕКЦИЯ": one word a line
    return without_short_name([t for t in before[top:] if t.strip() and not _HAS_DIGIT.search(t)])


def _adjectives_only(text: str) -> bool:
    """A short line of adjectives only, the first words of a body's name wrapped above its head."""
    ws = words(text)
    return 0 < len(ws) <= 2 and not _HAS_DIGIT.search(text) and all(
        "ADJF" in morph().parse(text[s:e].lower())[0].tag for _, s, e in ws)


def header_issuer(lines: list[str]) -> str | None:
    """The issuer the header's issuer lines name, each line recased alone.

    A unit named on the last line without a subject, under its parent body's line
    ("АДМИНИСТРАЦИЯ МАГАДАНСКОЙ ОБЛАСТИ" / "Отдел записи актов гражданского состояния"), is
    that body's unit: "Отдел записи актов гражданского состояния администрации Магаданской
    области"; under a government's line, a body naming its subject is the issuer ("ПРАВИТЕЛЬСТВО
    МОСКВЫ" / "ДЕПАРТАМЕНТ ЗДРАВООХРАНЕНИЯ ГОРОДА МОСКВЫ"), its name wrapped or not (a line
    whose head is in an oblique case, "ГУБЕРНАТОРА", continues the name above), and so is
    a district's or municipality's administration ("ПРАВИТЕЛЬСТВО САНКТ-ПЕТЕРБУРГА" /
    "АДМИНИСТРАЦИЯ ФРУНЗЕНСКОГО РАЙОНА" / "САНКТ-ПЕТЕРБУРГА").  A joint order's bodies
    (ministries and the like) each name their subject, so the first one is taken.  A body of the
    subject itself (`subject_bodies`: a ministry, an agency) under its government's line is named with
    the subject, not as the government's unit ("Министерство финансов Республики X").
    """
    if not all(mostly_upper(t) for t in lines if any(map(str.isalpha, t))):   # a line of a dash alone: either
        lines = [recase(t) for t in lines]    # a line in capitals above a name in small letters
    name = authority_in(" ".join(lines), header=True)
    # the lowest body's name: from the last line that opens one (it may wrap onto lines of its own)
    k = max((i for i, t in enumerate(lines) if _opens_name(t)), default=0)
    last = " ".join(lines[k:]) if k else ""
    if name is None or not find_regions(name) or not last:
        return name
    if find_regions(last):                    # "ПРАВИТЕЛЬСТВО МОСКВЫ" / "ДЕПАРТАМЕНТ … ГОРОДА МОСКВЫ"
        own = authority_in(recase(last), header=True)
        parent = words(name)[0][0] in vocab()["parent_heads"]
        return own if parent and own and _below_parent(own) else name
    own = words(last)[head_at(last) or 0][0] in vocab()["subject_bodies"] and _subjects_own(name)
    parent = name[find_regions(name)[0].start:] if own else genitive(name)   # "ПРАВИТЕЛЬСТВО X" / "МИНИСТЕРСТВО ФИНАНСОВ"
    return authority_in(f"{recase(last)} {parent}", header=True) or name


def _subjects_own(name: str) -> bool:
    """A parent body that is the subject's own, its head right before the subject's name («Правительство
    X», «Администрация X»): a body under it is the subject's; under a district's administration, a
    ministry's or an apparatus's line it is that body's unit («Служба заказчика администрации … района»)."""
    ws = words(name)
    return bool(ws) and ws[0][0] in vocab()["parent_heads"] and not name[ws[0][2]:find_regions(name)[0].start].strip()


def _opens_name(text: str) -> bool:
    """A header line that opens a body's name: its head noun in the nominative.  A head in an
    oblique case continues the name above ("АДМИНИСТРАЦИЯ" / "ГУБЕРНАТОРА" / "… КРАЯ": the
    governor's administration; "КОМИТЕТ" / "ПО УПРАВЛЕНИЮ ИМУЩЕСТВОМ": the committee's remit), and
    so does a quoted name ("ГЛАВНОЕ УПРАВЛЕНИЕ" / "«ГОСУДАРСТВЕННАЯ ЖИЛИЩНАЯ ИНСПЕКЦИЯ»")."""
    at = head_at(text)
    if at is None or text.lstrip()[:1] in "«\"„“":
        return False
    lem, s, e = words(join_spaced(text))[at]          # head_at reads the line letter-spacing undone
    word = join_spaced(text)[s:e].lower()
    return any(p.normal_form == lem and p.tag.case == "nomn" and p.tag.number == "sing" for p in morph().parse(word))


def _below_parent(own: str) -> bool:
    """A body a parent's line can stand above: not a parent itself, save a municipality's or an
    urban district's administration (under a city's government)."""
    toks = words(own)
    return toks[0][0] not in vocab()["parent_heads"] or names_municipality(own, toks, 0)


# where a signature's position ends: the signer ("И.И. Петров", "М. Васютин", "Р.Х.МАРДАНОВ")
# or a table cell's border ("Министр культуры |")
SIGNER = re.compile(r"\||(?<![А-Яа-яЁё])[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.\s?)?[А-ЯЁ][А-Яа-яЁё]+")


def signatory_body(texts: list[str]) -> str | None:
    """The body of the officer who signs: "Министр культуры Рязанской области И.И. Петров" ->
    "Министерство культуры Рязанской области", "Руководитель департамента … области" ->
    "Департамент … области".  Only a short line that opens with the position (after "И.о.",
    "Заместитель") and a name that reaches its region before the signer's name (on this line
    or the next two) count: a position in running text ("возложить на министра …") is no
    signature, and a stamp under the signature ("Зарегистрировано в …") is not its name.  A post
    wrapped over up to eight lines is read to the signer's name: its remit may follow its region."""
    v = vocab()
    positions, skip = v["signatory_positions"], set(v["signatory_prefixes"])
    for k in range(len(texts) - 1, -1, -1):
        lines = _post_lines(texts, k, skip)
        ws = words(lines[0]) if lines else ()
        at = next((w for w in ws[:5] if w[0] not in skip), None)
        if at is None or at[0] not in positions or len(ws) > 14:
            continue
        first = best = None
        for n in range(1, _POST_LINES + 1):
            parts = SIGNER.split(" ".join(lines[:n])[at[2]:])
            lem, rest = _last_post(parts[0], positions) or (at[0], parts[0])
            head = positions[lem]
            name = authority_in(f"{head} {rest.strip()}" if head else rest.strip(), header=True)
            if name and find_regions(name):
                first, best = first or name, name
            if len(parts) > 1:
                break                       # the signer's name ends the post: «… по физической культуре и» / «спорту  И.И. Петров»
            if n >= len(lines):
                best = first                # no signer under it: the lines after the post's subject are no post
                break                       # («Министр культуры» / «Тамбовской области» / «по согласованию …»)
        if best:
            return best
    return None


def _post_lines(texts: list[str], k: int, skip: set[str]) -> list[str] | None:
    """A signature's lines from line k, which opens it with a capital: a line of an acting officer's
    words alone («Временно исполняющий обязанности») is one with the position under it."""
    if not texts[k].lstrip()[:1].isupper():
        return None
    first, j = texts[k].strip(), k + 1
    while j < len(texts) and j - k < 3 and all(w[0] in skip for w in words(first) or [("", 0, 0)]):
        first, j = f"{first} {texts[j].strip()}", j + 1    # «Временно исполняющий» / «обязанности» / «министра …»
    return [first, *texts[j:j + _POST_LINES - 1]]


_DASH = re.compile(r"\s[–—-]\s*")


def _last_post(post: str, positions: dict) -> tuple[str, str] | None:
    """The last of two posts joined by a dash, the one whose body signs: «Заместитель Председателя
    Правительства X – министр финансов X» -> ("министр", " финансов X")."""
    for m in reversed(list(_DASH.finditer(post))):
        ws = words(post[m.end():])
        if ws and ws[0][0] in positions:
            return ws[0][0], post[m.end() + ws[0][2]:]
    return None


_POST_LINES = 8                             # a post wrapped in a narrow signature column


def recased_from(name: str, texts: list[str]) -> str:
    """A name read from capitals, with the casing another mention in the header gives it.

    "СОВЕТ АДМИНИСТРАЦИИ КРАЯ" is recased to "Совет администрации края"; a title line
    "Распоряжение Совета Администрации края …" shows how the body writes its name.
    """
    key = [w[0] for w in words(name)]
    for text in texts:
        if mostly_upper(text):
            continue
        other = authority_in(text)
        if other and other != name and [w[0] for w in words(other)] == key:
            return other
    return name
