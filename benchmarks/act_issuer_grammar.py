"""An ISSUER GRAMMAR of regional acts: who issues an act, named in every form a header gives it.

Written before the program's issuer readers were read, and never importing them: a body is a head
noun phrase (министерство, комитет, департамент, агентство, управление, служба, инспекция,
представительство, правительство, губернатор, глава, администрация, аппарат, кабинет) with its
cases, a domain (any sector) and a region's slot; a region is its canonical name, its genitive as
the body's name writes it, its ISO code, its centre and the abbreviations texts use for it.
`benchmarks/act_issuers.py` sets the issuer in a header by where it stands and measures the reader.

The GOLD authority is the body's name in the nominative with its region in full (the real halves'
convention: «Министерство здравоохранения Республики Татарстан» however the text writes it, «РТ»,
«Минздрава РТ», capitals or one word a line); a joint act's is the first body's; a body inside a
government keeps its parent in the genitive («Управление ветеринарии Правительства Курской области»).
"""
from __future__ import annotations

import random
from dataclasses import dataclass

# region kinds: "obl" область, "krai" край, "rep" республика, "city" город федерального значения,
# "ao" автономный округ / область, "new" a subject whose ISO code the real goldens leave out.  An
# abbreviation another subject shares («РБ», «РК») names no region and is left out; «РТ» (Тыва's too) is
# used only where the header's place line names the centre (SHARED_ABBRS).
REGIONS = (
    # canonical name, genitive in a body's name, ISO code, kind, centre, abbreviations of the genitive
    ("Курская область", "Курской области", "RU-KRS", "obl", "Курск", ()),
    ("Тверская область", "Тверской области", "RU-TVE", "obl", "Тверь", ()),
    ("Новосибирская область", "Новосибирской области", "RU-NVS", "obl", "Новосибирск", ("НСО",)),
    ("Калужская область", "Калужской области", "RU-KLU", "obl", "Калуга", ()),
    ("Оренбургская область", "Оренбургской области", "RU-ORE", "obl", "Оренбург", ()),
    ("Белгородская область", "Белгородской области", "RU-BEL", "obl", "Белгород", ()),
    ("Томская область", "Томской области", "RU-TOM", "obl", "Томск", ()),
    ("Кемеровская область – Кузбасс", "Кемеровской области – Кузбасса", "RU-KEM", "obl", "Кемерово", ()),
    ("Краснодарский край", "Краснодарского края", "RU-KDA", "krai", "Краснодар", ()),
    ("Пермский край", "Пермского края", "RU-PER", "krai", "Пермь", ()),
    ("Хабаровский край", "Хабаровского края", "RU-KHA", "krai", "Хабаровск", ()),
    ("Забайкальский край", "Забайкальского края", "RU-ZAB", "krai", "Чита", ()),
    ("Республика Татарстан", "Республики Татарстан", "RU-TA", "rep", "Казань", ("РТ",)),   # «РТ»: Тыва too; only over «г. Казань»
    ("Республика Башкортостан", "Республики Башкортостан", "RU-BA", "rep", "Уфа", ()),   # «РБ»: Бурятия too
    ("Республика Саха (Якутия)", "Республики Саха (Якутия)", "RU-SA", "rep", "Якутск", ("РС(Я)",)),
    ("Республика Карелия", "Республики Карелия", "RU-KR", "rep", "Петрозаводск", ()),   # «РК»: Коми, Калмыкия, Крым too
    ("Республика Бурятия", "Республики Бурятия", "RU-BU", "rep", "Улан-Удэ", ()),
    ("Республика Северная Осетия – Алания", "Республики Северная Осетия – Алания", "RU-SE", "rep",
     "Владикавказ", ("РСО-Алания",)),
    ("Удмуртская Республика", "Удмуртской Республики", "RU-UD", "rep", "Ижевск", ("УР",)),
    ("Кабардино-Балкарская Республика", "Кабардино-Балкарской Республики", "RU-KB", "rep", "Нальчик", ("КБР",)),
    ("Карачаево-Черкесская Республика", "Карачаево-Черкесской Республики", "RU-KC", "rep", "Черкесск", ("КЧР",)),
    ("Чувашская Республика – Чувашия", "Чувашской Республики", "RU-CU", "rep", "Чебоксары", ()),
    ("Москва", "Москвы", "RU-MOW", "city", "Москва", ()),
    ("Санкт-Петербург", "Санкт-Петербурга", "RU-SPE", "city", "Санкт-Петербург", ()),
    # Севастополь left out: its bodies write it «Севастополя» and «города Севастополя» alike
    ("Ханты-Мансийский автономный округ – Югра", "Ханты-Мансийского автономного округа – Югры", "RU-KHM",
     "ao", "Ханты-Мансийск", ("ХМАО – Югры", "ХМАО-Югры")),
    ("Ямало-Ненецкий автономный округ", "Ямало-Ненецкого автономного округа", "RU-YAN", "ao", "Салехард",
     ("ЯНАО",)),
    ("Ненецкий автономный округ", "Ненецкого автономного округа", "RU-NEN", "ao", "Нарьян-Мар", ("НАО",)),
    ("Еврейская автономная область", "Еврейской автономной области", "RU-YEV", "ao", "Биробиджан", ("ЕАО",)),
    ("Донецкая Народная Республика", "Донецкой Народной Республики", None, "new", "Донецк", ("ДНР",)),
)


SHARED_ABBRS = frozenset({"РТ"})


@dataclass(frozen=True)
class Region:
    name: str
    gen: str
    code: str | None
    kind: str
    centre: str
    abbrs: tuple[str, ...]


REGION_LIST = tuple(Region(*r) for r in REGIONS)

# heads: nominative, genitive, dative, gender (the verb's ending in a news line), the signer's post
# before the body's genitive (None: the post is the head itself, or no post names the body alone)
HEADS = {
    "министерство": ("Министерство", "Министерства", "Министерству", "n", "Министр"),
    "комитет": ("Комитет", "Комитета", "Комитету", "m", "Председатель"),
    "департамент": ("Департамент", "Департамента", "Департаменту", "m", "Директор"),
    "агентство": ("Агентство", "Агентства", "Агентству", "n", "Руководитель"),
    "управление": ("Управление", "Управления", "Управлению", "n", "Начальник"),
    "архивное управление": ("Архивное управление", "Архивного управления", "Архивному управлению", "n",
                            "Начальник"),
    "служба": ("Служба", "Службы", "Службе", "f", "Руководитель"),
    "инспекция": ("Инспекция", "Инспекции", "Инспекции", "f", "Начальник"),
    "жилищная инспекция": ("Государственная жилищная инспекция", "Государственной жилищной инспекции",
                           "Государственной жилищной инспекции", "f", "Руководитель"),
    "представительство": ("Постоянное представительство", "Постоянного представительства",
                          "Постоянному представительству", "n", "Постоянный представитель"),
    "правительство": ("Правительство", "Правительства", "Правительству", "n", None),
    "губернатор": ("Губернатор", "Губернатора", "Губернатору", "m", None),
    "глава": ("Глава", "Главы", "Главе", "m", None),
    "администрация": ("Администрация", "Администрации", "Администрации", "f", None),
    "аппарат": ("Аппарат Правительства", "Аппарата Правительства", "Аппарату Правительства", "m", None),
    "кабинет": ("Кабинет Министров", "Кабинета Министров", "Кабинету Министров", "m", None),
}

# the heads' prepositional case: «В министерстве … утвердили» (a news item's body as the place)
LOCATIVE = {"министерство": "министерстве", "комитет": "комитете", "департамент": "департаменте",
            "агентство": "агентстве", "управление": "управлении", "архивное управление": "архивном управлении",
            "служба": "службе", "инспекция": "инспекции", "жилищная инспекция": "Государственной жилищной инспекции",
            "представительство": "Постоянном представительстве", "правительство": "Правительстве",
            "администрация": "администрации", "аппарат": "аппарате Правительства", "кабинет": "Кабинете Министров"}

# domains in the genitive or with «по» + dative, each with the heads that take it; "{R}" is the
# region's slot where it does not close the name.  An abbreviation is given only where it names
# that one domain («Минздрав»: здравоохранения), never where regions' ministries differ behind it.
DOMAINS = (
    ("министерство", "здравоохранения", "Минздрав", "Минздрава"),
    ("министерство", "образования и науки", "Минобрнауки", "Минобрнауки"),
    ("министерство", "финансов", "Минфин", "Минфина"),
    ("министерство", "культуры", "Минкультуры", "Минкультуры"),
    ("министерство", "юстиции", "Минюст", "Минюста"),
    ("министерство", "экономического развития", "Минэкономразвития", "Минэкономразвития"),
    ("министерство", "социальной защиты населения", None, None),
    ("министерство", "сельского хозяйства и продовольствия", None, None),
    ("министерство", "строительства и жилищно-коммунального хозяйства", None, None),
    ("министерство", "природных ресурсов и экологии", None, None),
    ("министерство", "цифрового развития и связи", None, None),
    ("министерство", "труда и занятости населения", None, None),
    ("министерство", "по делам молодежи", None, None),
    ("министерство", "имущественных и земельных отношений", None, None),
    ("министерство", "физической культуры и спорта", None, None),
    ("комитет", "по тарифам и ценообразованию", None, None),
    ("комитет", "{R} по делам записи актов гражданского состояния", None, None),
    ("комитет", "по охране объектов культурного наследия", None, None),
    ("комитет", "{R} по физической культуре и спорту", None, None),
    ("комитет", "ветеринарии с государственной ветеринарной инспекцией", None, None),
    ("департамент", "здравоохранения", None, None),
    ("департамент", "лесного хозяйства", None, None),
    ("департамент", "агропромышленного комплекса и потребительского рынка", None, None),
    ("департамент", "по труду и занятости населения", None, None),
    ("агентство", "по делам молодежи", None, None),
    ("агентство", "записи актов гражданского состояния", None, None),
    ("агентство", "лесного хозяйства", None, None),
    ("управление", "ветеринарии", None, None),
    ("управление", "записи актов гражданского состояния", None, None),
    ("управление", "государственной охраны объектов культурного наследия", None, None),
    ("архивное управление", "", None, None),
    ("служба", "государственного жилищного надзора", None, None),
    ("служба", "по тарифам", None, None),
    ("служба", "занятости населения", None, None),
    ("инспекция", "государственного строительного надзора", None, None),
    ("инспекция", "по надзору за техническим состоянием самоходных машин и других видов техники", None, None),
    ("жилищная инспекция", "", None, None),
    ("представительство", "{R} при Президенте Российской Федерации", None, None),
    ("правительство", "", None, None),
    ("губернатор", "", None, None),
    ("глава", "", None, None),
    ("администрация", "", None, None),
    ("аппарат", "", None, None),
    ("кабинет", "", None, None),
)

# which region kinds a head serves, and the kinds of act it issues
# (Москва has a Мэр, not a Губернатор; Севастополь is left out)
_SERVES = {"губернатор": ("obl", "krai", "ao"), "глава": ("rep", "new"), "администрация": ("obl", "krai", "ao"),
           "кабинет": ("rep",), "представительство": ("rep",)}
_KINDS = {"правительство": ("постановление", "распоряжение"), "администрация": ("постановление", "распоряжение"),
          "губернатор": ("указ", "распоряжение"), "глава": ("указ", "распоряжение"),
          "кабинет": ("постановление", "распоряжение")}
# the bodies that stand inside a government, named with it in the genitive
INSIDE_GOVERNMENT = ("управление", "архивное управление", "комитет", "департамент")


@dataclass(frozen=True)
class Body:
    head: str          # a HEADS key
    tail: str          # the domain, with "{R}" where the region stands inside it ("" for none)
    abbr: tuple[str, str] | None = None   # the body's short name (nominative, genitive) where one names it
    parent: str = ""   # a parent's genitive before the region: «Правительства» for a body inside a government

    def _filled(self, region_gen: str) -> str:
        tail = self.tail.replace("{R}", region_gen) if "{R}" in self.tail else f"{self.tail} {region_gen}"
        if self.parent:
            tail = tail.replace(region_gen, f"{self.parent} {region_gen}")
        return " ".join(tail.split())

    def nom(self, region_gen: str) -> str:
        return f"{HEADS[self.head][0]} {self._filled(region_gen)}"

    def gen(self, region_gen: str) -> str:
        return f"{HEADS[self.head][1]} {self._filled(region_gen)}"

    def dat(self, region_gen: str) -> str:
        return f"{HEADS[self.head][2]} {self._filled(region_gen)}"

    def post(self, region_gen: str) -> str | None:
        """The signer's post: «Министр здравоохранения Курской области», «Начальник управления …»."""
        head = HEADS[self.head]
        if head[4] is None:
            return self.nom(region_gen) if self.head in ("губернатор", "глава") else None
        if self.head == "министерство":
            return f"Министр {self._filled(region_gen)}"
        return f"{head[4]} {head[1][0].lower()}{head[1][1:]} {self._filled(region_gen)}"

    def loc(self, region_gen: str) -> str | None:
        return f"{LOCATIVE[self.head]} {self._filled(region_gen)}" if self.head in LOCATIVE else None

    @property
    def gender(self) -> str:
        return HEADS[self.head][3]

    @property
    def kinds(self) -> tuple[str, ...]:
        return _KINDS.get(self.head, ("приказ", "распоряжение"))


def bodies_for(region: Region) -> list[Body]:
    """Every body the grammar gives a region."""
    out = []
    for head, tail, abbr_nom, abbr_gen in DOMAINS:
        if region.kind not in _SERVES.get(head, (region.kind,)):
            continue
        if "{R}" in tail and region.kind == "city" and head == "комитет":
            tail = tail.replace("{R} ", "") + " {R}"    # «Комитет по … Санкт-Петербурга» only one way
        out.append(Body(head, tail, (abbr_nom, abbr_gen) if abbr_nom else None))
    return out


def body_inside(rng: random.Random) -> Body:
    """A body inside the region's government: «Управление ветеринарии Правительства …»."""
    head = rng.choice(INSIDE_GOVERNMENT)
    tails = [t for h, t, *_ in DOMAINS if h == head and "{R}" not in t]
    return Body(head, rng.choice(tails), parent="Правительства")


def pick(rng: random.Random, *, head: str | None = None, abbreviated: bool = False,
         region_abbr: bool = False) -> tuple[Region, Body]:
    """A region and one of its bodies, under the conditions a position needs."""
    while True:
        region = rng.choice(REGION_LIST)
        if region_abbr and not region.abbrs:
            continue
        bodies = [b for b in bodies_for(region) if (head is None or b.head == head) and (b.abbr or not abbreviated)]
        if bodies:
            return region, rng.choice(bodies)
