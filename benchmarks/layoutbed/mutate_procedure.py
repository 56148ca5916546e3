"""General mutations of any set's procedure lists (`--mutate list_style,list_inline,…`), the gold unchanged.

Every blind held-out set stated a procedure's lists in a form no rule met; these re-render each list
that any set's procedure states — as paragraphs after a lead-in, or inline after its colon — in
another form real procedures use:

* `list_style` — the items as paragraphs marked another way: «1)», «1.», decimal under the lead-in's
  number «2.3.1.», lettered «а)», dashes, bullets, or unmarked paragraphs ending «;»/«.»;
* `list_inline` — the items run into the lead-in's sentence after its colon, «;» or «,» between, «и» or
  «, а также» before the last (commas only where no item holds one);
* `lead_words` — the lead-in reworded: the list named by another noun or verb («… включают:», «К … относятся:»,
  «Определены следующие …:», «…, а именно:»), a lead-in that names the list in «(далее – …)», or named after its
  items, «… используются: a; b (далее – …).»;
* `list_table` — the items as a table of one column (a heading or none) or two («№ п/п | Наименование»);
* `split_list` — a list broken by a note paragraph between its items, or by a page break with the page's number.

A list is found by the gold alone (the bed never imports the program): a run of paragraphs each opening with
one gold item of one kind after at most a marker, after a lead-in paragraph closed by a colon or a heading; or one
paragraph holding two or more items of one kind after its colon, nothing else. Lists in tables, lists mixing kinds
(items of another kind go on after the run), items under a sentence (closed by «.»), and items holding «;» where
a form needs it are left as they are. Seeded per document, mutation and list."""
from __future__ import annotations

import copy
import random
import re
from dataclasses import dataclass, field

from .doc import Cell, Doc, Para, Table

MUTATIONS = ("list_style", "list_inline", "lead_words", "list_table", "split_list")

_MARK = re.compile(r"^\s*(?:[-–—•*]|\d+(?:\.\d+)*[.)]?|[а-яa-z]\)|\([а-яa-z0-9]+\))?\s*$")
_NUM = re.compile(r"^(\d+(?:\.\d+)*\.?)\s+")
_LETTERS = "абвгдежзиклмнопрст"


@dataclass
class PList:
    kind: str
    start: int                    # block index of the lead-in
    end: int                      # one past the list's last block
    lead: str                     # the lead-in's words, without its number and closing colon
    number: str                   # the lead-in's point number («2.3.»), or ""
    bodies: list[str]
    extras: list[list[Para]] = field(default_factory=list)  # unmarked paragraphs after an item
    close: str = ""               # a closing «(далее – …)» of an inline list
    inline: bool = False
    bold: bool = False
    paras: list[Para] = field(default_factory=list)   # the item paragraphs as written (with their extras)


def _gold(doc: Doc) -> list[tuple[str, str]]:
    seen, out = set(), []
    for g in doc.gold:
        key = (g["list_kind"], g["text"].strip().lower())
        if key[1] and key not in seen:
            seen.add(key)
            out.append(key)
    return sorted(out, key=lambda k: -len(k[1]))


def _hits(text: str, gold: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of gold items in `text`, longest first, none overlapping, in order."""
    low, taken = text.lower(), []
    for kind, key in gold:
        at = low.find(key)
        while at >= 0:
            if not any(a < at + len(key) and at < b for a, b, _ in taken):
                taken.append((at, at + len(key), kind))
                break
            at = low.find(key, at + 1)
    return sorted(taken)


def _item_para(b, gold) -> tuple[str, str] | None:
    """(kind, body) of a paragraph that opens with one gold item after at most a marker."""
    if not isinstance(b, Para):
        return None
    hits = _hits(b.text, gold)
    if len(hits) != 1 or not _MARK.match(b.text[:hits[0][0]]):
        return None
    return hits[0][2], b.text[hits[0][0]:].strip().rstrip(";.,").strip()


def _split_lead(text: str) -> tuple[str, str]:
    m = _NUM.match(text)
    number, words = (m.group(1), text[m.end():]) if m else ("", text)
    return number, words.strip().rstrip(":").strip()


def _trim(seg: str) -> str:
    """An inline item's segment without the separators and the next item's marker after it."""
    prev = None
    while prev != seg:
        prev = seg
        seg = re.sub(r"(?:^|(?<=[\s;,]))(?:\d+\)|[а-я]\))\s*$", "", seg.strip())
        seg = re.sub(r"(?:[;,]|\s+и|,?\s+а\s+также)\s*$", "", seg)
    return seg.strip()


def _inline(b, gold) -> PList | None:
    if not isinstance(b, Para):
        return None
    hits = _hits(b.text, gold)
    if len(hits) < 2 or len({k for *_, k in hits}) != 1:
        return None
    colon = b.text.rfind(":", 0, hits[0][0])
    if colon < 0 or not _MARK.match(b.text[colon + 1:hits[0][0]]):
        return None
    bodies = [_trim(b.text[a:hits[k + 1][0]]) for k, (a, _, _) in enumerate(hits[:-1])]
    last = b.text[hits[-1][0]:].strip()
    tail = last[hits[-1][1] - hits[-1][0]:]
    if re.search(r"\.\s+[А-ЯЁ]", tail):
        return None                  # another sentence after the list
    close = ""
    m = re.search(r"\s*\(далее\s*[-–—].*$", tail)
    if m:
        close = m.group(0).strip().rstrip(".")
        last = last[:len(last) - len(tail) + m.start()]
    bodies.append(last.rstrip(".;").strip())
    number, lead = _split_lead(b.text[:colon])
    return PList(hits[0][2], 0, 0, lead, number, bodies, [[] for _ in bodies], close, True, b.bold)


def find_lists(doc: Doc) -> list[PList]:
    gold, blocks, out, i = _gold(doc), doc.blocks, [], 1
    while i < len(blocks):
        one = _inline(blocks[i], gold)
        if one:
            one.start, one.end = i, i + 1
            out.append(one)
            i += 1
            continue
        first = _item_para(blocks[i], gold)
        lead = blocks[i - 1]
        if not first or not isinstance(lead, Para) or _item_para(lead, gold) or _hits(lead.text, gold) \
                or lead.text.rstrip()[-1:] in ".;,!?":
            i += 1                        # (a sentence above items is no lead-in to reword; a colon or a heading is)
            continue
        kind, bodies, extras, j = first[0], [], [], i
        while j < len(blocks):
            got = _item_para(blocks[j], gold)
            if got and got[0] == kind:
                bodies.append(got[1])
                extras.append([])
                j += 1
            elif (bodies and isinstance(blocks[j], Para) and not blocks[j].bold and not _hits(blocks[j].text, gold)
                  and not re.match(r"^\s*(?:\d+[.)]|[а-я]\))", blocks[j].text) and not blocks[j].text.rstrip().endswith(":")
                  and j + 1 < len(blocks)
                  and (_item_para(blocks[j + 1], gold) or ("", ""))[0] == kind):
                extras[-1].append(blocks[j])   # an explaining paragraph between two items
                j += 1
            else:
                break
        mixed = j < len(blocks) and _item_para(blocks[j], gold) is not None   # items of another kind go on
        if len(bodies) >= 2 and not mixed:
            number, words = _split_lead(lead.text)
            out.append(PList(kind, i - 1, j, words, number, bodies, extras, bold=lead.bold,
                             paras=[copy.deepcopy(b) for b in blocks[i:j]]))
        i = max(j, i + 1)
    return out


# --- the forms -------------------------------------------------------------------------------------

def _low(text: str) -> str:
    return text[0].lower() + text[1:] if text[1:2].islower() else text


def _head(pl: PList, colon: bool = True) -> str:
    words = f"{pl.number} {pl.lead}".strip()
    return words + (":" if colon else "")


def _marker(style: str, k: int, number: str) -> str:
    return {"paren": f"{k + 1})", "dot": f"{k + 1}.", "decimal": f"{number or '2.'}{k + 1}.",
            "letter": f"{_LETTERS[k % len(_LETTERS)]})", "dash": "–", "bullet": "•", "bare": ""}[style]


def as_paras(pl: PList, style: str, punct: bool, close: str = "") -> list[Para]:
    out = [Para(_head(pl), bold=pl.bold)]
    for k, body in enumerate(pl.bodies):
        last = k == len(pl.bodies) - 1
        end = ("." if last else ";") if punct or style == "bare" else ""
        text = body if style == "bullet" else _low(body)
        if last and close:
            text, end = f"{text} {close}", "."
        mark = _marker(style, k, pl.number)
        out.append(Para(f"{mark} {text}{end}".strip()))
        out += pl.extras[k]
    return out


def as_inline(pl: PList, rng: random.Random, head: str | None = None, close: str = "") -> list[Para] | None:
    if any(";" in b for b in pl.bodies):
        return None
    bodies = [_low(b) for b in pl.bodies]
    comma = not any("," in b for b in bodies) and rng.random() < 0.6
    sep = ", " if comma else "; "
    last = rng.choice((" и ", ", а также ")) if comma else rng.choice(("; ", "; и ", "; а также "))
    text = sep.join(bodies[:-1]) + last + bodies[-1]
    close = close or pl.close
    return [Para(f"{head or _head(pl)} {text}{' ' + close if close else ''}.", bold=pl.bold)]


def _current(pl: PList, doc: Doc) -> str:
    if pl.inline:
        return "inline"
    first = doc.blocks[pl.start + 1].text
    for style in ("decimal", "paren", "dot", "letter"):
        if re.match(r"^\d+(\.\d+){1,}\.?\s" if style == "decimal" else
                    {"paren": r"^\d+\)", "dot": r"^\d+\.\s", "letter": r"^[а-я]\)"}[style], first):
            return style
    return {"–": "dash", "-": "dash", "•": "bullet"}.get(first[:1], "bare")


def list_style(doc: Doc, pl: PList, rng: random.Random) -> list | None:
    styles = [s for s in ("paren", "dot", "decimal", "letter", "dash", "bullet", "bare")
              if s != _current(pl, doc) and (s != "decimal" or pl.number)]
    style = rng.choice(styles)
    return as_paras(pl, style, rng.random() < 0.7, pl.close)


def list_inline(doc: Doc, pl: PList, rng: random.Random) -> list | None:
    return as_inline(pl, rng)


# lead-ins in the bed's own words, per kind: sentences naming the list another way; a lead-in naming the list only
# in «(далее – …)»; the list's names for that clause; a lead-in that names the list only after its items
_LEADS = {
    "direction": {
        "named": ("Деятельность министерства по взаимодействию с клиентами включает следующие направления",
                  "К направлениям деятельности, в рамках которых осуществляется взаимодействие, относятся",
                  "Определены следующие сферы деятельности министерства",
                  "Перечень ведется по направлениям деятельности, а именно",
                  "Точки взаимодействия распределяются по функциональным направлениям"),
        "dalee": ("Министерство осуществляет взаимодействие с клиентами в рамках следующих функций",
                  "Взаимодействие с клиентами ведется по следующим видам деятельности министерства"),
        "names": ("направления деятельности", "сферы деятельности"),
        "after": ("Министерство взаимодействует с клиентами в рамках", "Взаимодействие с клиентами осуществляется по")},
    "channel_digital": {
        "named": ("Цифровые каналы взаимодействия с клиентами включают",
                  "К электронным каналам взаимодействия относятся",
                  "Определены следующие цифровые способы взаимодействия",
                  "Министерство использует дистанционные каналы связи с клиентами, а именно",
                  "Взаимодействие в цифровой форме ведется через"),
        "dalee": ("Министерство использует следующие информационные ресурсы и сервисы",
                  "Для дистанционного взаимодействия с клиентами используются следующие средства"),
        "names": ("цифровые каналы взаимодействия", "цифровые точки взаимодействия", "электронные каналы"),
        "after": ("Для дистанционного взаимодействия с клиентами используются",
                  "Министерство принимает обращения клиентов дистанционно через")},
    "channel_offline": {
        "named": ("Офлайн-каналы взаимодействия с клиентами включают",
                  "К очным каналам взаимодействия относятся",
                  "Определены следующие способы личного взаимодействия",
                  "Министерство использует каналы непосредственного контакта, а именно",
                  "Очное взаимодействие ведется через"),
        "dalee": ("Министерство принимает клиентов лично следующими способами",
                  "Для личного взаимодействия с клиентами используются следующие средства"),
        "names": ("офлайн-каналы взаимодействия", "офлайн-точки взаимодействия", "очные каналы"),
        "after": ("Для личного взаимодействия с клиентами используются",
                  "Клиенты могут лично обратиться в министерство через")},
    "need": {
        "named": ("Потребности клиентов включают",
                  "К типовым потребностям клиентов относятся",
                  "Определены следующие потребности клиентов",
                  "Клиенты обращаются в министерство с запросами, а именно",
                  "Запросы клиентов сводятся к следующему"),
        "dalee": ("Клиенты обращаются в министерство со следующими целями",
                  "Поводами для обращения клиентов служат следующие"),
        "names": ("потребности клиентов", "типовые запросы клиентов"),
        "after": ("Клиенты обращаются в министерство в целях", "Поводами для обращения клиентов являются")},
}


def lead_words(doc: Doc, pl: PList, rng: random.Random) -> list | None:
    if re.match(r"^\s*(?:\d+\)|[а-яa-z]\)|[-–—•])", pl.lead):
        return None                      # a group line inside a list («1) очные формы:»), no lead-in to reword
    words = _LEADS[pl.kind]
    form = rng.choice(("named", "named", "dalee", "after"))
    new = PList(**{**pl.__dict__})
    close = ""
    if form == "named":
        new.lead = rng.choice(words["named"])
    elif form == "dalee":
        new.lead = f"{rng.choice(words['dalee'])} (далее – {rng.choice(words['names'])})"
    else:
        new.lead, close = rng.choice(words["after"]), f"(далее – {rng.choice(words['names'])})"
    if pl.inline:
        return as_inline(new, rng, close=close)
    paras = copy.deepcopy(pl.paras)     # the items as they were written, only the lead-in new
    if close:
        last = max(k for k, p in enumerate(paras) if _hits(p.text, _gold(doc)))
        paras[last].text = f"{paras[last].text.rstrip(' ;.')} {close}."
    return [Para(_head(new), bold=pl.bold), *paras]


def list_table(doc: Doc, pl: PList, rng: random.Random) -> list | None:
    form = rng.choice(("one", "one_headed", "two", "two_headed"))
    rows = []
    if form.endswith("headed"):
        rows.append([Cell(["№ п/п"], bold=True), Cell(["Наименование"], bold=True)] if form.startswith("two")
                    else [Cell([rng.choice(("Наименование", "Перечень"))], bold=True)])
    for k, body in enumerate(pl.bodies):
        rows.append(([Cell([f"{k + 1}."])] if form.startswith("two") else []) + [Cell([body])])
    table = Table(rows=rows, header_rows=1 if form.endswith("headed") else 0)
    extras = [p for e in pl.extras for p in e]
    return [Para(_head(pl), bold=pl.bold), table, *extras]


_NOTES = ("Перечень может дополняться по решению руководителя министерства.",
          "Сведения актуализируются не реже одного раза в год.",
          "Примечание: порядок использования указывается в регламенте работы министерства.")


def split_list(doc: Doc, pl: PList, rng: random.Random) -> list | None:
    if len(pl.bodies) < 3:
        return None
    style = _current(pl, doc) if not pl.inline else rng.choice(("paren", "dash"))
    paras = as_paras(pl, style, True, pl.close)
    items = [k for k, p in enumerate(paras) if k and p not in sum(pl.extras, [])]
    at = items[rng.randint(1, len(items) - 1)]
    if rng.random() < 0.5:
        paras.insert(at, Para(rng.choice(_NOTES)))
    else:
        paras.insert(at, Para(str(rng.randint(2, 9)), center=True, page_break_before=True))
    return paras


_DO = {"list_style": list_style, "list_inline": list_inline, "lead_words": lead_words, "list_table": list_table,
       "split_list": split_list}


def mutate(doc: Doc, name: str, seed: int) -> None:
    """`doc`'s procedure lists in another form, in place (the last list first: block indexes stay good)."""
    if doc.kind != "procedure":
        return
    lists = find_lists(doc)
    for k in reversed(range(len(lists))):
        pl = lists[k]
        new = _DO[name](doc, pl, random.Random(f"{seed}:{name}:{doc.name}:{k}"))
        if new:
            doc.blocks[pl.start:pl.end] = new
