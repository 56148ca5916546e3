"""Hostile inputs to readers that were once quadratic: CPU seconds at size n and at 4n.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_hostile_inputs.py [--repeat 3] [-k SUBSTRING] [--strict]

Each case builds the hostile input its test builds (a run of spaces, thousands of brackets,
numbered items or conjunctions), warms the reader on a small input (vocabulary and morphology
loaded), then times the reader on the input at n and at 4n (best of --repeat, CPU time of this
process).  The ratio t(4n)/t(n) is about 4 for a linear reader and about 16 for a quadratic one.
Prints one line per case and "N cases, M over ratio 8"; exit 0, or 1 with --strict when a ratio
passes 8.  The tests check what each reader returns on these inputs; time is this script's only
(no timed assertion in a test).
"""
from __future__ import annotations

import argparse
import sys
import time
from typing import Callable, NamedTuple


class Case(NamedTuple):
    name: str
    build: Callable[[int], object]      # scale k (1 = the test's size) -> the hostile input
    run: Callable[[object], object]     # the reader under test
    warm: object                        # a small input read before the clock


def _enacting(text):
    from parsers.extract.enacting import enacting_body
    return enacting_body([text])


def _channel(cell):
    from normalizers.channel_heads import read_channel
    read_channel.cache_clear()          # memoised per cell: a repeat would time a look-up
    return read_channel(cell, None)


def _matched_channel(cell):
    from normalizers import _match_channel
    from normalizers.channel_heads import read_channel
    _match_channel.cache_clear()        # memoised per cell, as read_channel is
    read_channel.cache_clear()
    return _match_channel(cell, None, True)


def _dotted_header(cell):
    from parsers.tables.columns import field_scores
    field_scores.cache_clear()          # memoised per header text, as read_channel
    return field_scores("touchpoint_list", cell)


def _fuzzy_header(cell):
    from parsers.tables.columns import cell_scores, field_scores
    field_scores.cache_clear()          # both memoised per header text
    cell_scores.cache_clear()
    return field_scores("touchpoint_list", cell)


def _numbered_items(text):
    from parsers.extract.copula import copula_items
    from parsers.extract.inline import last_sentence_end
    last_sentence_end(text)
    return copula_items(text)


def _point_lines(cell):
    from parsers.tables.point_lines import read_points
    return read_points(cell)


def _activity_people(text):
    from parsers.extract.roadmap_activity_people import activity_people
    return activity_people(text)


def _heads_period(text):
    from textcore.dates import heads_period
    return heads_period(text)


def _polite(text):
    from normalizers.needs import _polite as polite
    return polite().sub(" ", text)


def _unpolite(text):
    from normalizers.need_polite import unpolite
    return unpolite(text)


def _case_state(ws):
    from normalizers.need_case_state import in_state
    from normalizers.need_grammar import grammar
    from normalizers.phrase import words
    return in_state(tuple(words(ws)) if isinstance(ws, str) else ws, grammar().case_stage)


def _state_words(k):
    from normalizers.phrase import words
    return tuple(words("заявление")) + tuple(words("на рассмотрении комиссии")) * 2000 * k


def _lined_channels(lines):
    from normalizers.channel_heads import read_channel
    from normalizers.channel_split import channel_parts
    read_channel.cache_clear()
    return channel_parts(" ".join(lines.split()), None, lines)


def _relatives(cell):
    from normalizers.need_relative import drop_relatives
    return drop_relatives(cell)


def _needs(cell):
    from normalizers import (need_complaint, need_context, need_frames, need_grammar, need_model, need_signature,
                             need_story, needs)
    # the cuts and readings are cached per phrase and per cell: every such cache of the needs' modules
    # cleared (not only some: a reading cached past the first call made the best of --repeat a lookup),
    # so each timed call reads the cell afresh; vocabularies (maxsize 1) stay loaded; the calibration's
    # signature of a phrase (need_signature.phrase_facts) too, or its cost would go untimed; and the learned
    # model's features and distribution of a clause (need_model.hashed, clause_probs), the model itself kept
    for mod in (needs, need_grammar, need_story, need_complaint, need_context, need_signature, need_frames, need_model):
        for f in vars(mod).values():
            if getattr(f, "__module__", "") == mod.__name__ and hasattr(f, "cache_parameters") \
                    and f.cache_parameters()["maxsize"] != 1:
                f.cache_clear()
    return needs.match_needs(cell)


def _need_model(text):
    from normalizers import need_model
    from textcore import lemmas
    for f in (need_model.hashed, need_model.clause_probs, need_model._pos, lemmas.normalize, lemmas.lemmas):
        f.cache_clear()                 # per text and per lemma: a repeat would time a look-up
    return need_model.clause_probs(text)


def _calibrated_needs(cell):
    from normalizers.matcher import Taxonomy
    Taxonomy.match.cache_clear()        # the keyword rules' reading the signature takes, per phrase
    return _needs(cell)


def _story(k: int) -> str:
    return " ".join(f"звоню {i} день хочу узнать когда придёт ответ на моё заявление о выдаче справки {i} "
                    "мне никто не отвечает" for i in range(40 * k))


def _brackets(cell):
    from parsers.extract.point_type_cells import split_cell_type
    return split_cell_type(cell)


def _typed_points(cell):
    from parsers.extract.point_type_cells import typed_points
    return typed_points(cell, "", {"ц": "digital", "о": "offline"})


def _records(runs):
    """The rows a touchpoint list gives, built with the input, not on the clock: building 40,000
    objects timed with the reader (perf16: the case measured 7–11 with them, about 4 without) was
    the harness's time.  The hostile input gets no number (nothing lies between numbered runs),
    so each repeat reads the same records."""
    from types import SimpleNamespace
    return [SimpleNamespace(direction_raw=d, group_no=g) for d, g in runs]


def _group_numbers(records):
    from parsers.extract.group_numbers import infer_group_numbers
    return infer_group_numbers(records)


def _last_joined(parts):
    from parsers.extract.inline_joins import last_joined
    return last_joined(parts)


def _classify(text):
    from parsers.extract.leadin import classify
    return classify(text)


def _classify_afresh(text):
    """classify with the lead-in's memos cleared (review rev18e: proc18's head-noun cases timed a cached look-up)."""
    from parsers.extract import lead_nouns, leadin
    from textcore.lemmas import normalize
    for f in (leadin._negated, leadin._scores, lead_nouns._words, lead_nouns._head_at, normalize):
        f.cache_clear()
    return leadin.classify(text)


def _last_closed(item):
    from parsers.extract.inline_joins import last_closed
    return last_closed(item)


def _procedure_items(text):
    from parsers.extract.procedure import extract_procedure
    from parsers.formats.text import parse_text
    return extract_procedure(parse_text(text))


def _closing(line):
    from parsers.formats.text_cells import closing
    return closing(line)


def _dates(text):
    from textcore.dates import periods
    return periods(text)


def _deadline(text):
    from normalizers.deadlines import parse_deadline
    parse_deadline.cache_clear()        # memoised per cell
    return parse_deadline(text, None, 2025)


def _heading_year(text):
    from normalizers.roadmap_codes import heading_year
    return heading_year([[text, False]])


def _signature(cells):
    from parsers.extract.roadmap_signature import signature_row
    return signature_row(cells)


def _run_on(text):
    from parsers.extract.roadmap_legend import _run_on as run_on
    return run_on(text)


def _grouped_blocks(k: int) -> list:
    """Converted text of a list grouped by channel: a group line, then its rows, 500 groups a scale."""
    from parsers.formats.text import parse_text
    lines = ["\t".join(["№", "Направление", "Услуга", "Потребность"])]
    for g in range(1, 500 * k + 1):
        lines += [f"**{g}. Портал госуслуг (цифровая)**", f"{g}.1.\tЖилищная политика\tВыдача справок\tполучить справку"]
    return parse_text("\n".join(lines) + "\n").blocks


def _leveled_blocks(k: int) -> list:
    """shapes19: a list grouped by channel under a direction's and a kind's rows across, labelled «Канал: …», each
    a line of its own between the table's parts, 300 groups a scale, and a register's header alone above it."""
    from parsers.formats.text import parse_text
    lines = ["Код\tКанал", "К1\tСайт", "К2\tСЭД", "", "\t".join(["№", "Процесс", "Потребность"])]
    for g in range(1, 300 * k + 1):
        lines += [f"**Направление {g}**", "**Цифровые точки**", "**Канал: Портал госуслуг**",
                  f"{g}.\tВыдача справок\tполучить справку"]
    return parse_text("\n".join(lines) + "\n").blocks


def _named_kind(name: str) -> object:
    """rev18f: a register's channel name ending in words that may begin names, asked of the channel reader."""
    from parsers.tables.channel_group_levels import channel_and_kind
    from pipeline.run import content_cells
    content_cells.install()
    return channel_and_kind(name, "touchpoint_list")


def _code_needs(cell: str) -> object:
    from parsers.extract.channel_register import _code_and_needs
    return _code_and_needs(cell)


def _channel_groups(blocks):
    from parsers.tables.channel_groups import with_channel_groups
    return with_channel_groups(blocks, "touchpoint_list", {})


def _tree_blocks(k: int) -> list:
    """A tree in one naming column: a direction's, a process's and a point's row, 500 of each a scale."""
    from parsers.formats.text import parse_text
    lines = ["\t".join(["№", "Сфера деятельности / услуга / канал взаимодействия", "Тип точки", "Потребность"])]
    for d in range(1, 500 * k + 1):
        lines += [f"{d}.\tЖилищная политика\t\t", f"{d}.1.\tВыдача справок\t\t",
                  f"{d}.1.1.\tПортал госуслуг\tцифровая\tполучить справку"]
    return parse_text("\n".join(lines) + "\n").blocks


def _tree_columns(blocks):
    from parsers.tables.tree_column import with_tree_columns
    return with_tree_columns(blocks, "touchpoint_list", {})


def _width_runs(k: int) -> list:
    """Converted text's tab tables: thousands of rows of one width, blank lines between, then rows of another."""
    from parsers.formats.text import parse_text
    lines = ["№\tПроцесс\tКанал\tТип"] + [f"{n}\tВыдача справок\tПортал\tцифровая\n" for n in range(1, 4000 * k)]
    lines += ["№ точки\tПотребности"] + [f"{n}\tполучить справку" for n in range(1, 4000 * k)]
    return parse_text("\n".join(lines) + "\n").blocks


def _table_breaks(blocks):
    from parsers.formats.text_table_breaks import split_tables
    return split_tables(blocks)


def _other_parts(k: int) -> list:
    """A list cut into thousands of captioned tables numbered on, and the needs table keying them."""
    from parsers.document import Cell, Paragraph, Row, Source, Table
    blocks: list = []
    for t in range(1000 * k):
        blocks += [Paragraph(f"Таблица {t + 1}. Направление"),
                   Table([Row([Cell(str(2 * t + j + 1)), Cell("Выдача справок"), Cell("Портал госуслуг")],
                              Source(table=t, row=j)) for j in range(2)])]
    needs = [Row([Cell("№ точки"), Cell("Потребности клиента")], Source(table=-1, row=0))]
    needs += [Row([Cell(str(n)), Cell("получить справку")], Source(table=-1, row=n)) for n in range(1, 2000 * k + 1)]
    return blocks + [Paragraph("Потребности"), Table(needs)]       # read by _join_needs below


def _header_mend(text):
    from parsers.extract.header_mend import _mended
    return _mended(text)


def _unglue(text):
    from parsers.extract.unglue import unglue
    return unglue(text)


def _pair_apart(text):
    from parsers.extract.header_mend import pair_apart
    from parsers.extract.lines import Line
    return pair_apart([Line(text, 1)])


def _lone_item(texts):
    from parsers.extract.header_mend import lone_item
    from parsers.extract.lines import Line
    return lone_item([Line(t, 1) for t in texts])


def _news_item(texts):
    from parsers.extract.news_item import lead_act, named_head, reported_kind, reported_pair
    return reported_kind(texts), lead_act(texts), named_head(texts), reported_pair(texts)


def _run_header(text):
    from parsers.extract.lines import Line
    from parsers.extract.run_header import set_out
    return set_out([Line(text, 1)], 25)


def _pair_goes_on(text):
    from parsers.extract.title_lines import pair_goes_on
    return pair_goes_on(text, "2017 г. N 12")


def _numbers(text):
    from textcore.order_numbers import find_numbers
    return find_numbers(text)


def _activity_term(text):
    from normalizers.activity_term import activity_term
    return activity_term(text)


def _plan_line(text):
    from parsers.extract.roadmap_plan_people import line_responsible
    return line_responsible(text)


def _year_month(text):
    from textcore.dates import periods
    return periods(text)


def _title_year(text):
    from normalizers.roadmap_codes import title_year
    return title_year(text)


class _Plan(tuple):
    """(header, rows) whose size, in the table's first column, is its cells'."""
    def __len__(self):
        return sum(len(r.cells) for r in tuple.__getitem__(self, 1))


def _footnotes(blocks):
    """Each paragraph after a marked table asked whether it is a footnote (the bridge's and captions' question)."""
    from parsers.tables.footnote_paras import footnote_of_above
    notes: dict = {}
    return sum(footnote_of_above(blocks, k, notes) for k in range(len(blocks)))


def _footnoted(k: int) -> list:
    """Tables of marked cells, each followed by its run of footnotes: thousands of paragraphs in all."""
    from parsers.document import Cell, Paragraph, Row, Table
    out: list = []
    for t in range(40 * k):
        out.append(Table([Row([Cell(f"Сайт{j % 9 + 1})"), Cell("подать заявление[2]")]) for j in range(30)]))
        out += [Paragraph(f"{j % 9 + 1}) Указывается при наличии технической возможности.") for j in range(20)]
    return out


def _content_plan(shape):
    """A plan's header and rows (`shape`: rows, free columns), its term and responsible ones headed in unknown words."""
    from parsers.document import Cell, Row
    from parsers.tables.header_rows import Header
    n_rows, n_free = shape
    texts = ["№", "Мероприятие"] + [f"Графа {k}" for k in range(n_free)]
    cells = [f"до {1 + r % 28:02d}.04.2025" if k % 2 else "Отдел обращений граждан" for r in range(n_rows)
             for k in range(n_free)]
    rows = [Row([Cell(str(r + 1)), Cell(f"Провести опрос {r}")] + [Cell(c) for c in cells[r * n_free:(r + 1) * n_free]])
            for r in range(n_rows)]
    return _Plan((Header(texts, {"item_no": 0, "activity": 1}, rows=[texts]), rows))


def _content_columns(plan):
    from parsers.tables.content_columns import with_content_columns
    from pipeline.run.content_cells import install
    install()                           # the term and person readers, as the pipeline gives them
    return with_content_columns("roadmap", *plan)


def _date_alone(line):
    from parsers.extract.signed import date_alone
    return date_alone(line)


def _role_lines(texts):
    from parsers.extract.role_lines import other_role_lines
    return other_role_lines(texts)


def _apart_lines(texts):
    from parsers.extract.role_lines import apart_lines
    return apart_lines(texts)


def _column_tail(line):
    from parsers.extract.header_columns import _tail
    return _tail(line)


def _columns_apart(texts):
    from parsers.extract.header_columns import apart
    from parsers.extract.lines import Line
    return apart([Line(t, i) for i, t in enumerate(texts)], len(texts))


def _after_signature(texts):
    from parsers.extract.lines import Line
    from parsers.extract.signed import after_signature
    return after_signature([Line(t, i) for i, t in enumerate(texts)], 0)


def _chrome(line):
    """The chrome lines' patterns themselves (the reader asks them of lines under `max_line` only)."""
    from parsers.site_chrome import _vocab
    return _vocab()[1](line)


def _second_language(line):
    from parsers.extract.second_language_titles import title_in_second_language
    return title_in_second_language([line])


def _case_question(phrase):
    from normalizers.need_story import case_question
    case_question.cache_clear()         # memoised per phrase, as read_channel
    return case_question(phrase)


def _restates(text):
    from parsers.formats.text import parse_text
    from parsers.extract.amending import restates_parts
    return restates_parts(parse_text(text))


def _cited_points(k: int) -> str:
    return "\n".join(["О внесении изменений в приказ от 05.10.2023 № 640"] + [
        f"{i}.1. Сведения по пункту {i} настоящего порядка определяет ответственный по пункту 2.{i} "
        "регламента и подпункту а) пункта 3 плана" for i in range(1, 40 * k)])


def _header_parts(cell):
    from parsers.tables.header_parts import variants
    from textcore.second_language import russian_only
    return variants(cell, frozenset()), russian_only(cell)


def _type_pair(text):
    from textcore.point_type import names_type_pair
    return names_type_pair(text)


def _term_cell(cell):
    from normalizers.term_cell import split_term
    return split_term.__wrapped__(cell)


def _rows_cue(text):
    from parsers.tables.content_roles import rows_cue
    return rows_cue(text)


def _amending_title(text):
    from parsers.extract.lines import Line
    from parsers.extract.procedure_title import titled
    return titled([Line(text, 0, None, 0)])


def _alike_items(k: int) -> tuple[list, list]:
    """A procedure's items all alike («официальный сайт») and as many touchpoints of that channel."""
    items = [{"text_raw": "официальный сайт;", "source_locator": f"line {2 * i}"} for i in range(3000 * k)]
    return [{"touchpoint_raw": "Официальный сайт", "source_locator": f"lines {i}–{i + 1}"} for i in range(3000 * k)], items


def _procedure_points(pair):
    from parsers.extract.procedure_points import without_procedure_items
    return without_procedure_items(*pair)


def _code_legends(paragraphs):
    from parsers.document import Document
    from parsers.extract.code_legend import find_code_legends
    return find_code_legends(Document(paragraphs, "txt"))


def _legend_doc(k: int) -> list:
    from parsers.document import Paragraph
    return [Paragraph(f"{i} – направление номер {i};") for i in range(3000 * k)]


def _code_cell(cell):
    from parsers.extract.code_legend import code_key
    return code_key(cell)


def _turn(rows):
    from parsers.document import Document, Table
    from parsers.tables.transposed import turn_transposed
    return turn_transposed(Document([Table(rows)], "txt"))


def _needs_parts(k: int) -> list:
    """A list and its needs table cut into hundreds of one-row parts (shapes15: each part joined on)."""
    from parsers.document import Cell, Paragraph, Row, Table

    def table(*rows):
        return Table([Row([Cell(t) for t in r]) for r in rows])

    def no(i):                                   # «1.1.» … «20.50.»: an item number has two digits a level
        return f"{i // 50 + 1}.{i % 50 + 1}."
    n = 300 * k
    blocks = [table(["№", "Процесс", "Канал взаимодействия"], *[[no(i), "Выдача справок", f"Канал {i}"]
                                                               for i in range(n)]),
              Paragraph("Таблица 2"), table(["№ точки", "Потребности клиента"], [no(0), "Получение справки"],
                                            [no(1), "Консультирование"])]
    for i in range(2, n):
        blocks += [Paragraph("Продолжение таблицы 2"), table([no(i), f"Подача заявления {i}"])]
    return blocks


def _join_needs(blocks):
    from parsers.document import Document
    from parsers.tables.needs_tables import join_needs_tables
    return join_needs_tables(Document(blocks, "txt"))


def _content_rows(k: int) -> list[list[str]]:
    """A header-less list of thousands of points under a first row of labels: read whole, then without
    its top rows (content_roles' second try), each column's readers asked of a sample."""
    head = [["Графа 1", "Графа 2", "Графа 3", "Графа 4", "Дата 1", "Дата 2"]]
    return head + [[f"{i}.", f"Процесс {i % 7}", ("Телефон", "Сайт министерства", "МФЦ")[i % 3],
                    f"Получить справку о стаже {i}", f"01.0{1 + i % 9}.2025", f"30.0{1 + i % 9}.2026"]
                   for i in range(1, 1500 * k)]


def _content_read(rows):
    from pipeline.run.content_cells import install
    from parsers.tables.content_complete import completed_columns
    from parsers.tables.content_roles import content_roles
    install()
    return content_roles(rows, "touchpoint_list"), completed_columns("roadmap", rows, {"activity": 3}, {4, 5})


def _side_doc(k: int) -> list:
    """A list on its side: its block of six field rows again and again, four points a block."""
    from parsers.document import Cell, Row
    labels = ["№", "Направление деятельности", "Процесс", "Канал взаимодействия", "Тип точки", "Потребность клиента"]
    return [Row([Cell(label)] + [Cell(f"{label} {j}") for j in range(4)]) for _ in range(500 * k) for label in labels]


def _direction(text):
    from normalizers.direction_names import direction_name
    return direction_name.__wrapped__(text)


def _items(k: int) -> str:
    return "Направлениями деятельности являются: " + "".join(
        f"; блок {10 + i % 80}. Прочее" for i in range(4000 * k))


def _kind_column(rows):
    from parsers.document import Cell, Row, Source, Table
    from parsers.extract.kindcolumn import kind_column_items
    return kind_column_items(Table([Row([Cell(t) for t in r], Source()) for r in rows], Source()))


def _kind_rows(k: int) -> list[tuple[str, ...]]:
    return [("№", "Канал", "Вид канала")] + [(f"{i}.", f"канал {i}", ("цифровой", "офлайн")[i % 2])
                                             for i in range(1, 3000 * k)]


def _grouped(text):
    from parsers.extract.procedure import extract_procedure
    from parsers.formats.text import parse_text
    return extract_procedure(parse_text(text))


def _groups(k: int) -> str:
    lines = ["ПОРЯДОК формирования перечня точек взаимодействия", "1. Каналы связи с заявителями:"]
    for g in range(150 * k):
        lines += [f"а) группа {g}:", "1) сайт;", "2) почта;"]
    return "\n".join(lines) + "\n"


def _by_items(text):
    from parsers.extract.procedure import extract_procedure
    from parsers.formats.text import parse_text
    from pipeline.run import content_cells
    content_cells.install()          # the items' reader (parsers/extract/item_lists.py)
    return extract_procedure(parse_text(text))


def _headed_runs(k: int) -> str:
    # headings naming no kind, each over numbered names no kind reads (so each run is read, then dropped);
    # every name its own (a reading cached would hide its cost: the budget, item_lists.reads_budget)
    lines = ["ПОРЯДОК ведения перечня точек взаимодействия"]
    for g in range(60 * k):
        lines += [f"Список {g}"] + [f"{i}. Иванов Иван {g}-{i}" for i in range(1, 6)]
    return "\n".join(lines) + "\n"


def _held_points(k: int) -> str:
    # points naming the fields over a reference and a lead-in each (parsers/extract/held_lists.py): each point's
    # sub-points are looked over once, its lettered items passed
    lines = ["ПОРЯДОК ведения перечня точек взаимодействия"]
    for g in range(1, 40 * k + 1):
        lines += [f"{g}. В перечень включаются следующие сведения:", f"{g}.1. Потребности определены пунктом 2 приказа.",
                  f"{g}.2. Цифровые каналы:"] + [f"{'абвгд'[i]}) сайт {g}-{i};" for i in range(5)]
    return "\n".join(lines) + "\n"


def _captioned_tables(k: int) -> str:
    # lists referred to by their tables' numbers and captioned over them (appendix_lists.caption_lead_ins): every
    # caption looked up in the references once; «таблица» before a long run of spaces and no number
    lines = ["ПОРЯДОК ведения перечня точек взаимодействия"]
    lines += [f"2.{g}. Потребности клиентов приведены в таблице {g % 99} приложения к Порядку." for g in range(40 * k)]
    lines += ["в таблице" + " " * (200 * k) + "x"]
    for g in range(40 * k):
        lines += [f"Таблица {g % 99}. Потребности клиентов", f"№ п/п\tНаименование\n1.\tполучить справку {g}\n2.\tзаписаться на приём {g}"]
    return "\n\n".join(lines) + "\n"


def _grid_text(k: int) -> str:
    # lists laid out in two-column tables (parsers/extract/item_grid.py), each read down its columns
    lines = ["ПОРЯДОК ведения перечня точек взаимодействия"]
    for g in range(1, 30 * k + 1):
        lines += [f"{g}. Цифровые каналы связи группы {g}:"] + [f"{i}) сайт {g}-{i};\t{i + 3}) почта {g}-{i};"
                                                                for i in range(1, 4)]
    return "\n".join(lines) + "\n"


def _mend(text):
    from parsers.formats.scan_text import mend
    return mend(text)


def _word_mends(text):
    from textcore.word_mends import join_hyphenated, mend_case, mend_words, unquote_cell
    # past their per-text caches: each timing reads the text afresh
    return mend_words(join_hyphenated(mend_case.__wrapped__(unquote_cell(text))))


def _named_mends(text):
    from textcore.word_mends import mend_words
    # rev14d: the text as written beside its lower case, each glued word's capitals looked at
    return mend_words(text.lower(), text)


def _people_mends(text):
    from textcore.word_mends import join_broken_names, lower_capitals, recase_capitals
    return lower_capitals(recase_capitals(join_broken_names(text))), lower_capitals(text)


def _people(text):
    from normalizers.people import parse_people
    parse_people.cache_clear()          # memoised per cell
    return parse_people(text)


def _contacts(text):
    from normalizers.people import _CONTACT
    return _CONTACT.sub(" ", text)      # the cell reader collapses spaces first: the pattern alone


def _column_scores(text):
    from parsers.tables.columns import field_scores
    field_scores.cache_clear()
    return field_scores("roadmap", text)


def _register_code(text):
    from textcore.numbering import register_code
    return register_code(text)


def _retyped(word):
    from parsers.formats.scan_text import retyped
    return retyped(word)


def _soft_breaks(parts):
    from parsers.formats.docx import _break_lines
    return _break_lines(parts)


def _wrapped(k: int) -> list[str]:
    return [f"строка адреса {i}, ул." for i in range(5000 * k)]    # one Word paragraph, a soft break per line


def _box_cell(k: int) -> str:
    """A box-drawn text table whose one needs cell holds thousands of lines, short (written) and
    full (wrapped) in turn (parsers/formats/text_grid.py, written_lines.written_in_chars)."""
    lines = ["информация о льготах", "статус заявления о назначении выплаты"] * 300 * k
    rule = "+" + "-" * 6 + "+" + "-" * 40 + "+"
    body = [f"| {'1.' if i == 0 else '':4} | {ln:38} |" for i, ln in enumerate(lines)]
    return "\n".join(["+" + "-" * 6 + "+" + "-" * 40 + "+", "| №    | Потребности" + " " * 27 + "|", rule]
                     + body + [rule])


def _text_table(text):
    from parsers.formats.text import parse_text
    return parse_text(text)


def _block_list(k: int) -> str:
    """A touchpoint list as converted text in process blocks (parsers/extract/block_rows.py): per process a
    bare name, its needs row, two channels with a remark between; `process_rows` reads every full-width row."""
    block = ["**Выдача разрешения {n}**", "Потребности клиента: подача заявки.", "{n}.1\tПортал госуслуг\tцифровая",
             "Комментарий: приём по записи.", "{n}.2\tОкно приёма\tофлайн"]
    lines = ["Перечень точек взаимодействия", "№\tКанал взаимодействия\tТип точки", "**Охрана животного мира**"]
    return "\n".join(lines + [line.format(n=n) for n in range(1, 60 * k + 1) for line in block]) + "\n"


def _touchpoints(text):
    from parsers.extract.touchpoints import extract_touchpoints
    from parsers.formats.text import parse_text
    return extract_touchpoints(parse_text(text))


def _spread_header(k: int) -> str:
    """One header of hundreds of needs slots «Потребность N» (parsers/tables/spread_columns.py) and a row."""
    n = 100 * k
    head = ["№", "Процесс", "Канал взаимодействия"] + [f"Потребность {i}" for i in range(1, n + 1)]
    row = ["1", "Выдача разрешения", "Портал госуслуг"] + ["подача заявки"] * n
    return "Перечень точек взаимодействия\n" + "\t".join(head) + "\n" + "\t".join(row) + "\n"


def _garant_cell(k: int) -> str:
    """ГАРАНТ's cell-per-line copy: rows whose needs cell holds 30 lines, short and full in turn
    (text_cells.record_lines; a cell holds 40 lines at most)."""
    cell = "\n".join(["информация о льготах", "статус заявления о назначении выплаты"] * 15) + " |"
    rows = [f"{i + 1}. |\nПредоставление мер |\nОфициальный сайт |\n{cell}" for i in range(20 * k)]
    return "Перечень точек взаимодействия\n\nN п/п |\nНаименование процесса |\nТочка взаимодействия |\n" \
        "Потребности клиента |\n" + "\n".join(rows) + "\n"


def _garant_unnamed(k: int) -> str:
    """ГАРАНТ's cell-per-line copy with no header a reader knows (text_cells_numbers: the header told by
    the rows' numbers): a long run of prose cells — a header looked for at every cell —, then a
    table of «Графа N» labels over numbered rows."""
    prose = "\n".join(f"Пункт приказа о порядке работы {i} |" for i in range(120 * k))
    rows = "\n".join(f"{i + 1}. |\nВыдача справок |\nТелефон |\nузнать сроки |" for i in range(60 * k))
    return prose + "\n\nПриложение к приказу\n\nГрафа 1 |\nГрафа 2 |\nГрафа 3 |\nГрафа 4 |\n" + rows + "\n"


def _pdf_lines(k: int) -> list:
    """One PDF cell's lines with their words' boxes, short and full in turn (pdf_cell_lines)."""
    from parsers.formats.pdf_layout import PageLine
    out = []
    for i in range(600 * k):
        words = ["информация", "о", "льготах"] if i % 2 else ["статус", "заявления", "о", "назначении", "выплаты"]
        x, ws = 0.0, []
        for w in words:
            ws.append({"x0": x, "x1": x + 6.0 * len(w), "top": 12.0 * i, "bottom": 12.0 * i + 10, "text": w})
            x += 6.0 * len(w) + 3.0
        out.append(PageLine(ws, " ".join(words), 10.0))
    return out


def _note(text):
    from parsers.tables.note_rows import note_kind
    from textcore.lemmas import lemmas
    lemmas.cache_clear()                # memoised per phrase: a repeat would time a look-up
    return note_kind(text)


def _label_rows(k: int) -> list[list[str]]:
    return [["Жизненная ситуация", "Куда обратиться", "Зачем"]] + [
        [f"Выдача билета {i}", "Официальный сайт министерства", "Узнать перечень документов " * 20] for i in range(300 * k)]


def _labels(rows):
    from parsers.tables.header_labels import labels_row
    return labels_row(rows[0], {"process": 0, "touchpoint": 1, "needs": 2}, {"channel": lambda t: False}, rows[1:])


def _address_lines(lines):
    from parsers.formats.wordjoin import Break, join_lines
    return join_lines(lines, [Break.MID_WORD] * len(lines))


def _above_stamp(text):
    from parsers.extract.title_direction import heads_above_stamp
    return heads_above_stamp(text)


def _pdf_written(lines):
    from parsers.formats.pdf_cell_lines import written_breaks
    from parsers.formats.wordjoin import join_lines
    from parsers.formats.written_lines import lined_text
    texts = [ln.text for ln in lines]
    return lined_text(texts, None, written_breaks(lines, 240.0, 0.3), join_lines(texts))


class _Signatures:
    """An order state on disk holding `n` documents' signatures (in another order) and the
    index's same ones: what State.index_of matches at each commit."""

    def __init__(self, n: int):
        import numpy as np
        import pyarrow as pa
        import pyarrow.parquet as pq
        from pipeline.store.order_state import State
        global _SIG_TMP
        if _SIG_TMP is None:
            import tempfile
            _SIG_TMP = tempfile.TemporaryDirectory(prefix="bench_sig_")     # removed at exit
        self.sig = pa.array([f"{i * 7919:064x}\x1fминистерство/приказ_{i}.docx" for i in range(n)], pa.string())
        path = f"{_SIG_TMP.name}/state_{n}.parquet"
        pq.write_table(pa.table({"sig": self.sig.take(pa.array(np.random.default_rng(n).permutation(n)))}), path)
        self.state = State(pa.table({"partial": pa.nulls(n, pa.bool_())}), path=path)

    def __len__(self) -> int:
        return len(self.sig)


_SIG_TMP = None


def _index_of(s):
    return None if s is None else s.state.index_of(s.sig)


def _quotes(text):
    from textcore.quoted import outside_quotes
    return outside_quotes(text)


def _parts_line(text):
    from parsers.extract.header_words import parts_then_kind
    return parts_then_kind(text)


def _stamps_signed(lines):
    from parsers.extract.signed import signed_pair
    return signed_pair(lines)


def _stamp_lines(k):
    from parsers.extract.lines import Line
    return [Line(t, i) for i, t in enumerate(["Приложение", "к постановлению", "Губернатор"] * 1000 * k)]


def _keyed_tables(k: int) -> list:
    """Hundreds of second tables of needs keyed alike, none joined (rev14g: each read every table above it)."""
    from parsers.document import Cell, Paragraph, Row, Table
    rows = [Row([Cell("№ точки"), Cell("Потребности клиента")])] + \
        [Row([Cell(f"{i}."), Cell(f"Потребность {i}")]) for i in range(1, 4)]
    return [b for t in range(200 * k) for b in (Paragraph(f"Таблица {t}"), Table(rows))]


def _parted_list(k: int) -> list:
    """A list in converted text parted by thousands of heading lines, then its needs keyed by its rows' numbers."""
    from parsers.document import Cell, Paragraph, Row, Table
    keys = [f"{i // 90 + 1}.{i % 90 + 1}." for i in range(1000 * k)]      # item numbers stop at 99 a level
    parts = [b for i, key in enumerate(keys) for b in (Paragraph(f"Направление {i}"),
             Table([Row([Cell(key), Cell("Выдача справки"), Cell("Портал госуслуг")])]))]
    needs = Table([Row([Cell("№ точки"), Cell("Потребности клиента")])] +
                  [Row([Cell(key), Cell("Подача заявления")]) for key in keys])
    return [Table([Row([Cell("№"), Cell("Наименование процесса"), Cell("Канал взаимодействия")])]), *parts, needs]


def _needs_parts(k: int) -> list:
    """A needs table printed in thousands of parts, each under a continuation line (needs_table_forms.py)."""
    from parsers.document import Cell, Paragraph, Row, Table
    head = Table([Row([Cell("№ точки"), Cell("Потребности клиента")]), Row([Cell("1."), Cell("Подача заявления")])])
    parts = [b for i in range(2, 1000 * k) for b in (Paragraph("Продолжение таблицы 2"),
                                                     Table([Row([Cell(f"{i}."), Cell("Подача заявления")])]))]
    return [head, *parts]


def _plan_tables(k: int) -> list:
    """A plan of thousands of tables, each with a line under it (the document, then its tables)."""
    from parsers.document import Cell, Document, Paragraph, Row, Table
    from parsers.tables.repair import RepairedTable
    parts = [Table([Row([Cell("1."), Cell(f"Мероприятие {t}")])]) for t in range(1000 * k)]
    doc = Document([b for t in parts for b in (t, Paragraph("Ответственный за реализацию плана: отдел"))], "docx")
    return [doc, *(RepairedTable("roadmap", {"activity": 1}, ["№", "Мероприятие"], [], parts=[t]) for t in parts)]


def _plan_people(items):
    from parsers.extract.roadmap_plan_people import block_places, plan_responsible
    doc, tables = items[0], items[1:]
    places = block_places(doc)
    return [plan_responsible(doc, t, places) for t in tables]


def _join_needs(blocks):
    from parsers.document import Document
    from parsers.tables.needs_tables import join_needs_tables
    return join_needs_tables(Document(blocks, "txt"))


def _coordinated(k: int) -> str:
    """A needs cell listing 40 objects at k = 1, each with a place, joined by «и» and commas (perf17:
    need_grammar._code asked every `refine` rule of each object over all the clause's modifiers — 0.6 s at
    80 objects, 2.9 s at 160 — now each rule's sequence is answered once a clause)."""
    things = ("выписки", "справки", "копии", "анкеты", "брошюры")
    return "Получение " + ", ".join(f"формы заявления в отдел и {things[i % 5]}" for i in range(40 * k))


def _chrome_lead(pattern: str) -> str:
    """The text that brings a site-chrome pattern (parsers/data/site_chrome.yaml) to its first run that may be
    empty, read off the pattern itself (so a pattern added later is covered too): its literals, one character
    of each run that must occur, the first branch of an alternation; an optional run before any literal
    («^\\s*», «(?:https?://)?») is passed over.  A run of spaces, tabs or digits put there is what makes
    nested runs backtrack («дата публикации» + 250 spaces took 2.4 s)."""
    from re import _parser                  # the stdlib's own parse, as site_chrome._anchored reads it
    out: list[str] = []

    def walk(items) -> bool:                # False: stop, the lead is complete
        for op, arg in items:
            name = str(op)
            if name == "LITERAL":
                out.append(chr(arg))
            elif name in ("AT", "GROUPREF"):
                continue
            elif name == "IN":
                out.append(_class_char(arg))
            elif name == "SUBPATTERN":
                if not walk(arg[-1]):
                    return False
            elif name == "BRANCH":
                if not walk(arg[1][0]):
                    return False
            elif name.endswith("REPEAT") and (arg[0] or not out):
                if arg[0] and not walk(arg[2]):
                    return False
            else:
                return False
        return True
    walk(_parser.parse(pattern))
    return "".join(out)


def _class_char(items) -> str:
    """One character a class of a parsed pattern takes: a space for a negated one («[^\\S\\t]»)."""
    kinds = {"CATEGORY_DIGIT": "1", "CATEGORY_SPACE": " ", "CATEGORY_WORD": "а"}
    for op, arg in items:
        name = str(op)
        if name == "NEGATE":
            return " "
        if name in ("LITERAL", "RANGE"):
            return chr(arg if name == "LITERAL" else arg[0])
        if name == "CATEGORY" and str(arg) in kinds:
            return kinds[str(arg)]
    return " "


def _chrome_lines(k: int) -> list[str]:
    """Every site-chrome pattern's lead, then a run of spaces, tabs, digits or dots (60 characters at k = 1,
    240 at 4: a chrome line is at most `max_line`, 300, long) that fails at its last character."""
    from textcore.vocab import load_yaml
    from parsers.site_chrome import _DATA
    data = load_yaml(_DATA)
    leads = sorted({_chrome_lead(p) for kind in ("lines", "blocks", "notes", "widgets") for p in data[kind]})
    runs = (" ", "\t", "1", " 1", "1.", " \t", "1 . ")
    return [lead + (run * 240)[:60 * k] + "x" for lead in leads for run in runs]


def _chrome(lines):
    from parsers.site_chrome import _short_kind
    return [_short_kind.__wrapped__(line) for line in lines]     # each line read afresh, not a cached kind


def _register_text(k: int) -> str:
    """h13touch: a register of 200·k coded channels and a list of 200·k rows naming three codes each."""
    reg = ["Код\tСредство связи\tХарактер точки"] + [f"Ц{i}\tКанал номер {i}\tбесконтактная" for i in range(1, 200 * k + 1)]
    rows = ["№\tУслуга\tСредства связи (коды по реестру)\tЦель обращения"] + [
        f"{i}.\tУслуга {i}\tЦ{i}, Ц{(i % (200 * k)) + 1} и Ц1\tполучить справку" for i in range(1, 200 * k + 1)]
    return "Перечень точек взаимодействия\n\n" + "\n".join(reg) + "\n\n" + "\n".join(rows) + "\n"


def _register_read(text: str) -> object:
    from parsers.extract.touchpoints import extract_touchpoints
    from parsers.formats.text import parse_text
    return extract_touchpoints(parse_text(text))


def _register_codes(cell: str) -> object:
    from parsers.extract.channel_register import _codes
    return _codes(cell)

def _spaced_join(text):
    from parsers.extract.lines import join_spaced
    from parsers.extract.spaced_words import parted
    parted.cache_clear()
    return join_spaced(text)


def _approving_place(texts):
    from parsers.extract.news_item import approving_place
    return approving_place(texts)


def _signatory(texts):
    from parsers.extract.issuer import signatory_body
    return signatory_body(texts)


def _federal_in(text):
    from parsers.extract.header_words import federal_in
    return federal_in(text)


def _mojibake(text):
    from textcore.mojibake import repair_mojibake
    return repair_mojibake(text)


def _federal_title(text):
    from parsers.extract.federal_title import federal_page_title
    return federal_page_title(text)


def _tidy(text):
    from parsers.extract.issuer_tidy import tidy_name
    return tidy_name(text)


def _unglue(text):
    from parsers.extract.unglue import unglue
    return unglue(text)


def _own_language(texts):
    from parsers.extract.own_language_region import own_language_region
    return own_language_region(texts)


def _basis_kind(texts):
    from parsers.extract.basis_act import basis_kind
    return basis_kind(texts)


CASES = [
    # rev17f: a cell of one site's address broken at its query's «?», «;» line after line (one token, no space):
    # the address's end (`wordjoin._URL_END`, `_OPEN_URL`) is looked for in the text's last `_REACH` characters
    Case("wordjoin: thousands of address lines broken at «?»/«;»", lambda k: ["https://example.ru/a.php?", "id=1;",
         "p=2!"] * 700 * k, _address_lines, ["https://example.ru/a.php?", "id=1"]),
    # a plan's fields its header leaves open, read by content (parsers/tables/content_columns.py): a sample of each
    # column's values is asked of the readers, so thousands of rows, or of columns, cost their reading only
    Case("content columns: thousands of plan rows", lambda k: _content_plan((3000 * k, 4)), _content_columns,
         _content_plan((3, 4))),
    Case("content columns: hundreds of unknown columns", lambda k: _content_plan((20, 200 * k)), _content_columns,
         _content_plan((3, 4))),
    # a term in an activity's own cell (normalizers/activity_term.py): each period looks back a few words only
    Case("activity: thousands of terms after «в срок до»", lambda k: "провести опрос в срок до 01.06.2025 " * 1500 * k,
         _activity_term, "в срок до 01.06.2025"),
    # rev13d: a roadmap's signature row (a signing line of thousands of «_») and a legend's entries run on after
    # its lead (a run of spaces after a number): no two runs over the same characters side by side
    Case("roadmap signature: a signing line of thousands of «_»", lambda k: ["Министр", "_" * 20_000 * k + "1",
                                                                              "И.И. Петров"], _signature, ["Министр"]),
    Case("roadmap legend: run of spaces after a run-on number", lambda k: "1 – Иванов И.И.; 2" + " " * 20_000 * k
         + "x", _run_on, "1 – Иванов И.И.; 2 – Петров П.П."),
    # rev13d: a participle's period looks back over its phrase only (`_CLAUSE_BACK`), not the whole cell
    Case("activity term: thousands of participles' periods", lambda k: "Провести опрос, поступивших в 2025 году "
         * 300 * k, _activity_term, "Анализ обращений, поступивших в 2024 году"),
    Case("plan title: thousands of years after «за»", lambda k: "План мероприятий за 2024 год " * 1500 * k,
         _title_year, "План на 2025 год"),
    Case("scan text: one long run with no space, dots, no address", lambda k: "сайт " + "слово." * 20_000 * k,
         _mend, "почта: ropa@mail.ru"),
    Case("scan text: thousands of Latin words in a phrase", lambda k: "приём " + "Hard copy " * 5000 * k, _mend,
         "приём Hard copy"),
    Case("scan text: thousands of numbered items after «а)»", lambda k: "а) очно; " + "1) сайт; 6) почта; " * 3000 * k,
         _mend, "а) очно; 6) заочно"),
    Case("scan text: thousands of colons after a lead-in, no «;»", lambda k: "Цель: " + "запись на приём: " * 5000 * k,
         _mend, "Цель: запись: приём"),
    Case("scan text: thousands of labels before figures after a lead-in", lambda k: "Цель: " + "приём граждан: 9.00: " * 3000 * k,
         _mend, "Цель: приём граждан: 9.00"),
    Case("scan text: an address cut at thousands of dots", lambda k: "сайт www. " + "gosuslugi. " * 5000 * k,
         _mend, "сайт www. gosuslugi. ru"),
    Case("scan text: thousands of addresses each ending a sentence before an item number",
         lambda k: "сайт " + "www.gosuslugi.ru. 2. vk.com/club1. " * 3000 * k, _mend, "сайт www.gosuslugi.ru. 2."),
    Case("scan text: thousands of words split by a space, Latin words garbled", lambda k: "консульт ирование АР! " * 3000 * k,
         _mend, "Инфор мирование АР!"),
    # mistakes14: spoilt words mended (textcore/word_mends.py) — a hyphen's word from a word's start only, the spaces
    # after it one run; glued words tried up to 40 letters; a quoted cell's pattern anchored
    Case("word mends: a hyphen then a run of spaces, no word", lambda k: "инфор-" + " " * 20_000 * k + "1",
         _word_mends, "инфор- мация"),
    Case("word mends: one run of letters with a hyphen at its end", lambda k: "а" * 20_000 * k + "-б", _word_mends,
         "инфор-мация"),
    Case("word mends: thousands of glued words", lambda k: "получениеинформации " * 3000 * k, _word_mends,
         "получениеинформации"),
    Case("word mends: thousands of camel-case joints", lambda k: "министраКодзоев " * 5000 * k, _word_mends,
         "министраКодзоев"),
    Case("word mends: a word run into a run of thousands of capitals", lambda k: "Система" + "В" * 20_000 * k + "с",
         _word_mends, "СистемаВКС"),
    Case("word mends: thousands of words run into names and abbreviations", lambda k: "СистемаВКС МинистрМамедов "
         * 3000 * k, _word_mends, "МинистрМамедов"),
    Case("word mends: a cell opened by a quote, never closed", lambda k: '"' + "слово " * 10_000 * k, _word_mends,
         '"Отдел кадров"'),
    Case("word mends: thousands of glued words beside initials", lambda k: "Населениягорода А.А. Получениеинформации " * 3000 * k,
         _named_mends, "Коми Кувшинников А.А."),
    Case("word mends: a run of spaces before a capitalised word", lambda k: "А.А." + " " * 20_000 * k + "Населениягорода",
         _named_mends, "в Населениягорода"),
    Case("word mends: a capitalised word of thousands of letters, a hyphen, a tail", lambda k: "Г" + "а" * 20_000 * k
         + "- " + "б" * 1000 + "-", _people_mends, "Григо- рьев С.Н."),
    Case("word mends: a capitalised word of thousands of letters, a hyphen, initials", lambda k: "Г" + "а" * 20_000 * k
         + "-бв А.А.", _people_mends, "Григо-рьев С.Н."),
    Case("word mends: a cell in capitals of thousands of words and initials", lambda k: "НАЧАЛЬНИК ОТДЕЛА И.И. "
         * 2000 * k, _people_mends, "НАЧАЛЬНИК ОТДЕЛА ИВАНОВ И.И."),
    Case("scan: one unsure word of thousands of letters retyped", lambda k: "а" * 2000 * k, _retyped, "пэограммного"),
    Case("docx: one paragraph of wrapped lines (soft breaks)", _wrapped, _soft_breaks, _wrapped(1)[:3]),
    Case("procedure: one table of channels with a kind column", _kind_rows, _kind_column, _kind_rows(1)[:4]),
    Case("procedure: lettered groups over items numbered afresh", _groups, _grouped,
         "ПОРЯДОК\n1. Каналы:\nа) группа:\n1) сайт;\n"),
    Case("procedure: headings naming no kind over runs of names", _headed_runs, _by_items,
         "ПОРЯДОК ведения перечня\nСпособы связи\n1. сайт\n2. почта\n"),
    Case("procedure: points over a reference and lead-ins", _held_points, _by_items, _held_points(1)[:400]),
    Case("procedure: lists in two-column grids", _grid_text, _by_items, _grid_text(1)[:300]),
    Case("procedure: captioned tables referred to by number", _captioned_tables, _by_items, _captioned_tables(1)[:400]),
    Case("act header: verbs of enacting in one paragraph",
         lambda k: "в целях работы министерства постановляет, " * 1000 * k, _enacting,
         "в целях работы министерства постановляет, "),
    Case("channel cell: run of spaces", lambda k: "сайт" + " " * 30000 * k + "почта", _channel, "сайт"),
    # a way written as a path, cut at its arrows (normalizers._match_channel): spaces with no arrow
    Case("channel cell: run of spaces, no arrow", lambda k: "сайт" + " " * 30000 * k + "почта", _matched_channel, "сайт → почта"),
    Case("channel cell: one long word", lambda k: "сайт " + "а" * 30000 * k, _channel, "сайт"),
    Case("channel cell: thousands of «и»", lambda k: "сайт " + "министерства и отдела " * 2000 * k,
         _channel, "сайт"),
    Case("channel cell: thousands of «в» after a meeting", lambda k: "приём в " * 400 * k, _channel, "приём в МФЦ"),
    # an abbreviation spelt letter by letter with dots (channel_words.undotted) and initials that make none
    Case("channel cell: thousands of dotted letters", lambda k: "С.Э.Д. И.И. " * 2000 * k, _channel, "С.Э.Д."),
    # initials that spell a known abbreviation, each beside a surname (the names found once per cell)
    Case("channel cell: thousands of initials as «МП»", lambda k: "приём у Иванова М.П. " * 1000 * k, _channel,
         "приём у Иванова М.П."),
    # an exchange in places that are no channel, each after the last (a first try at «обмен документами в
    # СЭД», not holding the places of any act that reads nothing, made this cubic: 3.5 s at 80 repeats).
    # perf16: 11–14 on 2026-12-07, each head scanning every word's bag of the cell for its `with` words;
    # the cell's forms are gathered once (channel_place_clause.WordBag): about 5
    Case("channel cell: thousands of exchanges in places", lambda k: "обмен документами в отделе " * 300 * k,
         _channel, "обмен документами в СЭД"),
    # chan17: a survey's words before it read in a window (channel_hosts.lead_words), a head's preposition
    # by a bounded walk back, a host's or a place's yielding once per clause
    Case("channel cell: thousands of surveys after a time", lambda k: "после приёма анкета " * 300 * k,
         _channel, "после приёма анкета"),
    Case("channel cell: thousands of places before a means", lambda k: "записка в отдел через СЭД на сайте " * 200 * k,
         _channel, "записка в отдел через СЭД"),
    # chan18: a box sent to read with its preposition (channel_hosts.owned, sent_from: the deeds and the
    # carrying before it in a window), a venue's end at a topic found once per conjunction, a visit's
    # place and the client's (channel_visit.who_comes) once per phrase
    Case("channel cell: thousands of mailings to boxes about a topic",
         lambda k: "рассылка на почту фермерам о начале приёма " * 200 * k, _channel, "рассылка на почту фермерам"),
    Case("channel cell: thousands of visits to the client's places", lambda k: "посещение приезжает на ферму " * 300 * k,
         _channel, "посещение объекта"),
    # rev17b: the post office told by the things only it carries in a window round each «на почту»
    # (channel_hosts.to_the_post), the client who comes found once per phrase (channel_visit._client_doer),
    # data words' `unless` read per moving head (each moving head seeks its means to the phrase's end,
    # channel_heads._by_means, older than chan18: about 6.5 at this size, 3.3 per doubling past it)
    Case("channel cell: thousands of parcels handed in at the post",
         lambda k: "посылки сдаются на почту отделения связи " * 200 * k, _channel, "сдать посылку на почту"),
    Case("channel cell: thousands of clients coming to places", lambda k: "заявитель приезжает на склад " * 300 * k,
         _channel, "фермер приезжает на склад"),
    Case("channel cell: thousands of moving heads with no data named",
         lambda k: "загрузка автомобиля " * 200 * k, _channel, "передача реестра"),
    # perf19: a run of heads each walking the rest for the next means (`means_after`), its group for an
    # instrumental (`act_of_channel`), and each word of a cell with no head sorting the heads again (`_by_family`):
    # the places found once per phrase (normalizers/phrase_memo.py), the heads sorted once
    Case("channel cell: thousands of booked receptions before a means",
         lambda k: "приём по записи " * 300 * k + "по телефону", _channel, "приём по записи по телефону"),
    Case("channel cell: thousands of acts before an instrumental", lambda k: "приём документов " * 300 * k + "нарочным",
         _channel, "приём документов нарочным"),
    Case("channel cell: thousands of cognates of a head", lambda k: "опросник " * 300 * k, _channel, "опросник"),
    # a means read up to the next preposition ("приём по ВКС из ТОСП")
    # chan15: a coming's direction is read once per phrase, not once per head of coming; an abbreviation's
    # case ending and a word of letter names by regular expression and a bounded walk
    Case("channel cell: thousands of «лично» before a place", lambda k: "лично " * 1500 * k + "в министерство",
         _channel, "лично, в министерство"),
    Case("channel cell: thousands of declined abbreviations", lambda k: "в СЭДе и в МФЦе " * 1000 * k, _channel,
         "в СЭДе"),
    Case("channel cell: thousands of letter-name words", lambda k: "эмфэцэ эсэдэ " * 1000 * k, _channel, "эмфэцэ"),
    Case("channel cell: thousands of means and sources", lambda k: "приём по ВКС из ТОСП " * 300 * k, _channel,
         "приём по ВКС из ТОСП"),
    # chan16: a part broken at a line's end inside a hyphenated word (channel_words.rejoined), matched from
    # a word's start; thousands of broken ends, and a run of spaces after a hyphen
    Case("channel cell: thousands of broken ends", lambda k: "интернет-ин-ин- ная " * 1500 * k,
         _channel, "интернет-приём- ная"),
    Case("channel cell: long hyphenated run, spaces after its hyphen", lambda k: "сайт-" + " " * 20000 * k + "1",
         _channel, "сайт- почта"),
    # rev16b: one hyphenated word of thousands of parts, «ин-ин-…-ин»: the address pattern (DOMAIN_RX) began
    # at each part after a hyphen and ran to the word's end (ratio 10 at 4,000 parts); now from its start only
    Case("channel cell: one hyphenated word of thousands of parts", lambda k: "сайт " + "-".join(["ин"] * 4000 * k),
         _channel, "сайт ин-ин"),
    # chan16: an abbreviation run into the word after it (channel_words.apart_capitals); one long word in capitals
    Case("channel cell: thousands of glued abbreviations", lambda k: "АРМбухгалтера ТОСПМФЦ " * 1500 * k,
         _channel, "АРМбухгалтера"),
    Case("channel cell: one long word in capitals", lambda k: "сайт " + "АБВГД" * 6000 * k, _channel, "сайт"),
    Case("channel cell: thousands of hyphen-broken words", lambda k: "онлайн-каль-кулятор " * 1500 * k,
         _channel, "онлайн-каль-кулятор"),
    # chan19: a thing published under «под» and a head's setting («в ходе») each look back a few words only
    Case("channel cell: thousands of comments under posts", lambda k: "отзыв под новостью " * 400 * k,
         _channel, "отзыв под новостью"),
    Case("channel cell: thousands of heads in a setting", lambda k: "в ходе проверки " * 400 * k,
         _channel, "в ходе проверки"),
    # a meeting's manner («в режиме онлайн») looked for a few words after its group only
    Case("channel cell: thousands of consultations in a manner", lambda k: "консультация с юристом в режиме " * 300 * k,
         _channel, "консультация в режиме видео"),
    # rev18a: a meeting's own manner words (channel_noun_groups.with_own) looked for a few words around it only;
    # comments as a feed's place and things published under «под» looked up once each
    Case("channel cell: thousands of meetings qualified online", lambda k: "дистанционная встреча онлайн " * 400 * k,
         _channel, "дистанционная встреча онлайн"),
    Case("channel cell: thousands of comments as places", lambda k: "ответ в комментариях под запись " * 300 * k,
         _channel, "ответ в комментариях"),
    Case("header cell: dotted letters", lambda k: " ".join(["в.", "н."] * 300 * k), _dotted_header,
         "в. н."),
    # every phrase of the kind scored against the cell in one rapidfuzz call (columns._near_phrases)
    Case("header cell: thousands of words near no phrase", lambda k: " ".join(f"слово{i} взаимодейтсвия"
         for i in range(300 * k)), _fuzzy_header, "Точка взаимодейтсвия"),
    Case("copula list: numbered items", _items, _numbered_items, "являются: а; блок 10. Прочее"),
    Case("needs: polite words, run of spaces", lambda k: " " * 20_000 * k + "бланк", _polite,
         "Дайте, пожалуйста, бланк"),
    Case("needs: thousands of polite words before a clause (its comma kept)",
         lambda k: "Сообщите, пожалуйста, что " * 2000 * k, _unpolite, "Сообщите, пожалуйста, что"),
    Case("needs: thousands of procedures' states, each whose work (a genitive after it)", _state_words, _case_state,
         "заявление на рассмотрении комиссии"),
    Case("needs: run of spaces between two needs", lambda k: "бланк" + " " * 4000 * k + "справка", _needs,
         "бланк справка"),
    Case("needs: chain of « - » needs", lambda k: " - ".join(f"получить справку {i}" for i in range(60 * k)),
         _needs, "получить справку - записаться на приём"),
    Case("needs: run-on story", _story, _needs, "звоню третий день хочу узнать"),
    # (open16: a deed no longer needed, news copy's foil, read before its colon or dash — a run of spaces after
    # its lead, a long deed with no colon, and thousands of foils a cell's semicolons cut)
    Case("needs: a foil's lead, then a run of spaces", lambda k: "больше не нужно" + " " * 20_000 * k + "бланк", _needs,
         "больше не нужно ехать: бланк"),
    # (rev17h: a question whether it is needed, «не нужно ли», is no foil: the look past «ли» over a run of spaces;
    # a channel cell read past its foil)
    Case("needs: a foil's lead, a run of spaces, then «ли»", lambda k: "не нужно" + " " * 20_000 * k + "ли платить", _needs,
         "не нужно ли платить пошлину"),
    Case("channel: a foil's lead, then a run of spaces and a dash", lambda k: "больше не нужно ехать" + " " * 20_000 * k
         + "— сайт", _matched_channel, "больше не нужно ехать в МФЦ — сайт"),
    # (rev17h: the clause of a question of entitlement read once more, to the next comma — a long one with none)
    Case("needs: a question of entitlement, a long clause", lambda k: "получить консультацию, положена ли "
         + "субсидия многодетной семье " * 150 * k, _needs, "получить консультацию, положена ли субсидия"),
    Case("needs: thousands of foils, one a phrase", lambda k: "теперь не надо ехать в центр; " * 300 * k, _needs,
         "теперь не надо ехать в центр; бланк"),
    Case("needs: thousands of deeds done along with the agency's", lambda k: "Рассмотрение обращения "
         + "с направлением ответа заявителю с оценкой документов " * 300 * k, _needs,
         "Исполнение запросов с направлением ответа заявителю"),
    Case("needs: thousands of «не знаю как»", lambda k: "не знаю как подать " * 600 * k, _needs, "не знаю как подать"),
    # (quadratic before session 13 too, ~14: need_grammar._clauses looks over the whole clause so far for an
    # action at every word of a clause that has none — left, see the rev11a report)
    Case("needs: a long clause of cuts and copies, no action", lambda k: "обр. связи копии приказа " * 150 * k, _needs,
         "рез-т рассмотр. обр. связи"),
    Case("point type cell: brackets", lambda k: "Сайт " + "(сайт) " * 60_000 * k, _brackets, "Сайт (сайт)"),
    Case("point type cell: a run of spaces", lambda k: "Сайт" + " " * 5_000 * k + "x", _brackets, "Сайт x"),
    Case("typed points: thousands of points each closed by its kind", lambda k: "Сайт (цифровая) " * 20_000 * k,
         _typed_points, "Сайт (цифровая) Приёмная (офлайн)"),
    Case("typed points: thousands of open brackets", lambda k: "Сайт (" * 40_000 * k + "(цифровая)", _typed_points,
         "Сайт (цифровая)"),
    Case("typed points: thousands of lettered numbers", lambda k: "Ц-1 Сайт " * 20_000 * k, _typed_points,
         "Ц-1 Сайт О-1 Приёмная"),
    Case("group numbers: thousands of directions with none",
         lambda k: _records([(str(i), None) for i in range(10_000 * k)] + [("x", "1")]), _group_numbers,
         _records([("a", "1"), ("b", None), ("c", "3")])),
    Case("dates: run of spaces after a year", lambda k: "от 02.03.2015" + " " * 2000 * k + "г.", _dates,
         "от 02.03.2015 г."),
    Case("dates: thousands of dates", lambda k: " ".join(["01.01.2025"] * 2000 * k), _dates, "01.01.2025"),
    Case("deadline: run of spaces between a season and its year", lambda k: "весенне-летний" + " " * 20_000 * k
         + "период 2025", _deadline, "весна 2025 г."),
    Case("deadline: run of spaces inside a school year", lambda k: "2025/" + " " * 20_000 * k + "2026 учебный год",
         _deadline, "2025/2026 учебный год"),
    Case("deadline: run of spaces after «до конца»", lambda k: "до конца" + " " * 20_000 * k + "текущего года",
         _deadline, "до конца года"),
    Case("deadline: thousands of spaced date pieces", lambda k: "31 . 12 . " * 4000 * k + "2025", _deadline,
         "31. 12. 2025"),
    Case("deadline: digits and look-alike letters", lambda k: "1О" * 20_000 * k + " 2О25", _deadline, "2О25 год"),
    Case("deadline: thousands of day.month pieces under a group row", lambda k: "15.03 " * 5000 * k, _deadline,
         "до 15.03"),
    # h14plan: a telephone's extension after a run of spaces; a number heading's words; a register code's spaces
    Case("people: phone, then a run of spaces and no extension", lambda k: "Иванов И.И., тел. 21-07-44,"
         + " " * 20_000 * k + "(", _contacts, "Иванов И.И., тел. (8452) 21-07-44, доб. 215"),
    Case("people: thousands of bracketed phone codes", lambda k: "отдел (8452) 21-07-44, " * 1000 * k, _people,
         "отдел кадров +7 (3852) 29-86-11"),
    Case("columns: a number heading with thousands of words", lambda k: "№ " + "мероприятия " * 2000 * k,
         _column_scores, "№ мероприятия"),
    # rev18i: a body's name of thousands of year ranges (each a contact's shape, none a sure one)
    Case("people: a body's name of thousands of year ranges", lambda k: "группа 2025 – 2026 годов, " * 1000 * k,
         _people, "Рабочая группа 2025 – 2026 годов"),
    Case("register code: a code, then a run of spaces and nothing", lambda k: "ЦК-01" + " " * 20_000 * k,
         _register_code, "ЦК-01 – сайт"),
    Case("dates: thousands of dashed dates", lambda k: " ".join(["30-06-2025", "2025-06-30"] * 1000 * k), _dates,
         "30-06-2025"),
    Case("deadline: thousands of seasons without a year", lambda k: "весна лето осень " * 3000 * k + "2025",
         _deadline, "осенью 2025 года"),
    Case("heading year: thousands of periods in one heading", lambda k: "Мероприятия 2025 года, " * 500 * k,
         _heading_year, "Мероприятия на 2025 год"),
    Case("deadline: thousands of year words before an event", lambda k: "в течение года " * 2000 * k + "со дня",
         _deadline, "в течение года со дня утверждения"),
    Case("deadline: thousands of clause numbers under a group row", lambda k: "п. 1.05 " * 2000 * k, _deadline,
         "в соответствии с п. 2.10"),
    Case("act header: run of spaces in a line with a bracket note", lambda k: "Порядок" + " " * 10_000 * k
         + "ведения (перечня", _date_alone, "от 20.02.2016 (в ред. от 30.01.2017)"),
    Case("needs: a long phrase with no «?»", lambda k: "звоню " * 2500 * k + "документы не дошли", _case_question,
         "субсидию назначили?"),
    Case("amending act: a procedure citing «пункт …» in every point", _cited_points, _restates,
         "О внесении изменений в приказ от 05.10.2023 № 640\n1. Пункт 3 изложить"),
    Case("header cell: run of spaces read by its parts", lambda k: "Процесс" + " " * 40_000 * k + "исеме",
         _header_parts, "Процесс / исеме"),
    Case("header cell: brackets never closed", lambda k: "(" * 40_000 * k, _header_parts, "Точка (вид)"),
    Case("point type heading: run of spaces", lambda k: "Ц" + " " * 20_000 * k + "x", _type_pair, "Ц/О"),
    Case("term cell: run of spaces between two dates", lambda k: "до 01.01.2025" + " " * 30000 * k
         + "x 01.02.2025, отдел", _term_cell, "до 01.01.2025, отдел"),
    Case("term cell: run of spaces in a part before the term", lambda k: "ежегодно a" + " " * 30000 * k
         + "b, ежегодно, начиная с 01.02.2025", _term_cell, "ежегодно, начиная с 01.02.2025"),
    Case("term cell: a long word before the term", lambda k: "Отдел, " + "а" * 30000 * k + "x до 01.02.2025",
         _term_cell, "Отдел, до 01.02.2025"),
    Case("content roles: a row cue over a run of spaces", lambda k: "строка" + " " * 20_000 * k + "x", _rows_cue,
         "строку 5 изложить"),
    Case("direction codes: thousands of legend lines", _legend_doc, _code_legends, _legend_doc(1)[:3]),
    Case("direction codes: a cell of spaces before a code", lambda k: " " * 60_000 * k + "1 x", _code_cell, "1"),
    Case("transposed list: thousands of field blocks", _side_doc, _turn, _side_doc(1)[:12]),
    Case("needs table: hundreds of one-row parts", _needs_parts, _join_needs, _needs_parts(1)[:3]),
    # forms12: a header-less table read twice (with and without its label rows), term pairs judged by their dates
    Case("content roles: thousands of rows read twice", _content_rows, _content_read, _content_rows(1)[:6]),
    Case("direction heading: run of numbers before its label", lambda k: "1. " * 400 * k + "Блок 7 — иное",
         _direction, "I. Блок 7 — иное"),
    Case("text cells: run of spaces before «|»", lambda k: " " * 60_000 * k + "x |", _closing, "x |"),
    # review rev15f: an inline list's last part looked at for an open end («… и др.»): `\s*,?\s*` was cubic
    # session 17 (shapes17): footnotes under a table known by the marks of the tables right above — each table's
    # marks read once (a cache), a bounded walk back: linear in the paragraphs
    Case("footnotes: thousands of notes under marked tables", _footnoted, _footnotes,
         []),
    Case("inline list: run of spaces in the last item", lambda k: ["сайт", " " * 20_000 * k + "почта"], _last_joined,
         ["сайт", "почта и телефон"]),
    # session 17 (proc17): a lead-in's «(далее – …)» name, a semicolon list's last «и … (далее – …)», notes between
    # a list's dashes each looked past two lines ahead at most
    Case("lead-in: «(далее» then a run of spaces", lambda k: "Каналы (далее" + " " * 20_000 * k + "– цифровые каналы):",
         _classify, "Каналы (далее – цифровые каналы):"),
    Case("semicolon list: last item «и» and spaces", lambda k: "и" + " " * 20_000 * k + "справка (далее – потребности)",
         _last_closed, "и выдача справок (далее – потребности клиентов)"),
    Case("procedure: notes between a list's dashes",
         lambda k: "Потребности клиентов:\n" + "– консультирование по телефону;\nПримечание: см. регламент.\n" * 150 * k
         + "– получение лицензии.", _procedure_items, "Потребности клиентов:\n– а;\nПримечание.\n– б."),
    # session 18 (proc18): a lead-in's head noun read word by word, a hyphenated word whole (lead_nouns._COMPOUND);
    # a sentence pointing to its list (pointing_lead.py) over thousands of items, and thousands of such sentences
    Case("lead-in: head noun past a word of thousands of parts", lambda k: "Онлайн-" + "а-" * 5_000 * k
         + "инструменты связи:", _classify_afresh, "Онлайн-инструменты связи:"),
    Case("lead-in: head noun after thousands of genitives", lambda k: "Функции " + "органа власти " * 2_000 * k
         + "министерства:", _classify_afresh, "Функции органа власти:"),
    Case("procedure: a pointing sentence over thousands of items",
         lambda k: "Цифровые каналы приведены ниже.\n" + "– официальный сайт;\n" * 500 * k + "– почта.",
         _procedure_items, "Цифровые каналы приведены ниже.\n– сайт;\n– почта."),
    Case("procedure: thousands of pointing sentences",
         lambda k: "Цифровые каналы приведены ниже.\n– сайт.\n" * 300 * k, _procedure_items,
         "Цифровые каналы приведены ниже.\n– сайт;\n– почта."),
    # review rev18e: a channel kind word counts only as the head's own (lead_nouns._kind_words_count: one pass each
    # way, not a walk per word), a need's client only in the head's genitive (_client_owns), a pointing sentence over
    # a section's heading
    Case("lead-in: a channel head before thousands of kind adjectives", lambda k: "Каналы " + "цифровых " * 2_000 * k
         + "взаимодействия:", _classify_afresh, "Каналы цифрового взаимодействия:"),
    Case("lead-in: a channel head after thousands of kind adjectives", lambda k: "Инструменты " + "электронного и "
         * 2_000 * k + "голосования:", _classify_afresh, "Инструменты электронного голосования:"),
    Case("lead-in: a need head before thousands of coordinated genitives", lambda k: "Вопросы " + "организаций и "
         * 2_000 * k + "граждан:", _classify_afresh, "Вопросы граждан:"),
    Case("procedure: thousands of pointing sentences over sections",
         lambda k: "Цифровые каналы приведены ниже.\n1. Раздел\n1.1. Текст.\n" * 300 * k, _procedure_items,
         "Цифровые каналы приведены ниже.\n1. Раздел\n1.1. Текст."),
    # review rev16c: a name closing a lead-in or a list's last item, then spaces: `\)\s*:?\s*$` was quadratic
    Case("lead-in: a closing name then a run of spaces", lambda k: "Каналы (далее – цифровые каналы)" + " " * 5_000 * k
         + "x", _classify, "Каналы (далее – цифровые каналы):"),
    Case("last item: a closing name then a run of spaces", lambda k: "сайт (далее – цифровые каналы)" + " " * 5_000 * k
         + "x", _last_closed, "сайт (далее – цифровые каналы)."),
    # a cell's lines its author wrote (normalizers/need_split.WRITTEN_LINE), each reading on from the one above
    # session 17 (needs17): a time word read against the clause's first word of `about`, found once — not a
    # scan back at each «срок» (one clause: no comma or «и» cuts it); a purpose's words after each preposition
    Case("needs: thousands of one case's times after «порядок»",
         lambda k: "информирование " + "о сроке рассмотрения заявки " * 40 * k + "порядок " + "о сроке рассмотрения заявки " * 300 * k,
         _needs, "информирование о сроке рассмотрения заявки"),
    # an emphasis dropped before «не» (`emphatic_before_not`, the politeness regex): runs of it and of spaces
    Case("needs: thousands of «так и» before «не»", lambda k: "мне " + "так и   " * 1500 * k + "не ответили на отзыв",
         _needs, "мне так и не ответили на отзыв"),
    # review rev15b: a pair's first word («как») looked for once per cell, not before each «так и не»; the
    # agency's remark's maker looked for a few words on, not to the end
    Case("needs: thousands of «как …, так и не» pairs", lambda k: "как подать, " * 500 * k + "как в мфц, так и не выходя из дома" * 300 * k,
         _needs, "как в мфц, так и не выходя из дома"),
    Case("needs: thousands of adjectives after a reply's remark", lambda k: "ответ на замечания " + "новые " * 3000 * k + "инспектора",
         _needs, "ответ на замечания инспектора"),
    Case("needs: thousands of purposes' prepositions", lambda k: "предоставление трактора " + "для новой " * 600 * k + "проверки",
         _needs, "предоставление трактора для проверки"),
    Case("needs: thousands of written lines reading on", lambda k: "\u2028".join(["ходе рассмотрения заявления о"] * 300 * k),
         _needs, "получение информации о ходе"),
    # session 14's readings (needs14): more of a kind named («и иных документов»), a need named after
    # «мне нужна» and another, a bare answer after feedback, a deed done to the client told before a request
    Case("needs: thousands of «и иных документов»", lambda k: "Получение бланков заявлений"
         + " и иных документов" * 300 * k, _needs, "Получение бланков заявлений и иных документов"),
    Case("needs: thousands of needs after «мне нужна»", lambda k: "мне нужна консультация"
         + " и справка" * 300 * k, _needs, "мне нужна консультация и справка"),
    Case("needs: thousands of answers after feedback", lambda k: "; ".join(["оставить отзыв и получить ответ"] * 150 * k),
         _needs, "оставить отзыв и получить ответ"),
    Case("needs: a deed told before thousands of words", lambda k: "мне отказали — " + "как обжаловать решение " * 300 * k,
         _needs, "мне отказали — как обжаловать?"),
    # a complaint and its answers (need_complaint.answered_complaint): clauses cut once, each answer word
    # looks a few words ahead; a channel's name with a need inside it (need_doubt.names_a_channel)
    Case("needs: a complaint, then thousands of answers", lambda k: "Пожаловался на шум" + ", ответа нет" * 800 * k,
         _needs, "Жалоба на шум, ответа нет"),
    Case("needs: a complaint of thousands of answered verbs",
         lambda k: "жалоба на шум " + "не ответили " * 1500 * k, _needs, "на жалобу не ответили"),
    Case("needs: a channel's name of thousands of genitives",
         lambda k: "Многофункциональный центр " + "предоставления государственных услуг " * 500 * k, _needs,
         "Многофункциональный центр предоставления услуг"),
    Case("needs: thousands of things sent to the client",
         lambda k: "Пришлите мне " + ", ".join(["справку"] * 1500 * k), _needs, "Пришлите мне справку"),
    # needs stated as outcomes and problems (needs16, normalizers/need_outcome.py): a lack looks ahead for a deed
    # once, a response to feedback is looked for once per clause, a trouble to avoid looks for its comma once
    Case("needs: a lack before thousands of governed nouns of action", lambda k: "нет информации о порядке "
         + "получения " * 1500 * k, _needs, "нет информации о порядке получения субсидии"),
    Case("needs: measures taken on proposals of thousands of words", lambda k: "сведения о мерах, принятых по предложениям"
         + " жителей района" * 1000 * k, _needs, "сведения о мерах, принятых по предложениям"),
    Case("needs: a trouble to avoid over thousands of words", lambda k: "чтобы не звонить " + "снова " * 2000 * k
         + ", рассмотрено ли заявление", _needs, "чтобы не звонить, рассмотрено ли заявление"),
    # frames around a need (needs20, normalizers/need_frames.py): a condition's dash looked for where a run of
    # spaces begins; frames dropped in one pass from the cell's end; a board's label before each need
    Case("needs: a condition over thousands of spaces", lambda k: "если отказали" + " " * 6000 * k + "обжаловать решение",
         _needs, "если отказали — обжаловать решение"),
    Case("needs: thousands of situations, then one need", lambda k: "; ".join(["если сломался лифт"] * 300 * k)
         + "; сообщить в управляющую компанию", _needs, "если сломался лифт; сообщить"),
    Case("needs: a path of thousands of «от»", lambda k: "переход " + "от " * 3000 * k + "консультации к подаче заявки",
         _needs, "переход от консультации к подаче заявки"),
    Case("needs: thousands of labelled needs", lambda k: "; ".join(["боль клиента: подать заявление"] * 200 * k),
         _needs, "боль клиента: подать заявление"),
    # rev16f: a noun and «можно» + an infinitive, an infinitive and a group before its object (need_bare_joins.py),
    # each space between need-looking parts asked; a preposition's case («в случае …») before thousands of words
    Case("needs: thousands of «можно скачать» after nouns", lambda k: "бланк заявления можно скачать " * 600 * k,
         _needs, "бланк заявления можно скачать на сайте"),
    Case("needs: thousands of objects after a group", lambda k: "получить без личного визита уведомление " * 500 * k,
         _needs, "получить без личного визита уведомление о решении"),
    Case("needs: a preposition's case before thousands of words", lambda k: "в случае отказа "
         + "обжаловать решение " * 1000 * k + "; узнать статус", _needs, "в случае отказа обжаловать решение"),
    # (rev14b) a coordination inside one prepositional group: the group's preposition is found once per
    # clause, not scanned back at each «и» (need_coord.last_prepositions; it was 8.6)
    Case("needs: thousands of «и» inside one prepositional group", lambda k: "ответы по предложениям"
         + " и замечаниям граждан" * 400 * k, _needs, "ответы по предложениям и замечаниям граждан"),
    Case("channel cell: thousands of written lines", lambda k: "\n".join(["сайт министерства"] * 300 * k),
         _lined_channels, "сайт министерства"),
    # lines all room and address (channel_split._place_only) under one channel
    Case("channel cell: thousands of room lines under a channel",
         lambda k: "Личный приём граждан\n" + "\n".join(["каб. 305, ул. Мира, д. 3"] * 300 * k), _lined_channels,
         "Личный приём граждан\nкаб. 305"),
    # a cell's lines its author wrote told from wrapped ones (parsers/formats/written_lines.py), per cell
    Case("text table: one box cell of thousands of lines", _box_cell, _text_table, _box_cell(1)[:400]),
    Case("text cells: copied cells of many lines each", _garant_cell, _text_table, _garant_cell(1)[:200]),
    Case("text cells: unnamed header after long prose", _garant_unnamed, _text_table, _garant_unnamed(1)[:200]),
    Case("pdf cell: thousands of lines, written and wrapped", _pdf_lines, _pdf_written, _pdf_lines(1)[:4]),
    # process blocks: full-width rows labelled or bare, needs rows, remarks (block_rows.py, process_rows.py)
    Case("touchpoint list: hundreds of process blocks", _block_list, _touchpoints, _block_list(1)[:600]),
    Case("touchpoint list: hundreds of needs slots side by side", _spread_header, _touchpoints, _spread_header(1)[:300]),
    # one bracket holding thousands of items (need_grammar._clauses asks at each word whether the clause cuts)
    Case("needs: one bracket of thousands of «/» items", lambda k: "Консультация (" + " / ".join(["право"] * 1000 * k) + ")",
         _needs, "Консультация (право / бухгалтерия)"),
    Case("needs: one bracket of thousands of «,» items", lambda k: "Консультация (" + ", ".join(["право"] * 1000 * k) + ")",
         _needs, "Консультация (право, бухгалтерия)"),
    Case("needs: one bracket of unknown «/» items", lambda k: "Консультация (" + " / ".join(["правоы"] * 500 * k) + ")",
         _needs, "Консультация (правоы / бухгалтерия)"),
    # extrarows13: remarks and counts (note_rows.py), a header in unknown words (header_labels.py), a numbered
    # heading above a stamp (title_direction.heads_above_stamp)
    Case("note row: a count line of thousands of figures", lambda k: "Количество точек" + ", в том числе цифровых – 3"
         * 300 * k, _note, "Количество точек – 5, в том числе цифровых – 3"),
    Case("note row: a remark's word before a run of spaces", lambda k: "Примечание" + " " * 60_000 * k + "к",
         _note, "Примечание: x"),
    Case("note row: a run of dashes before its first word", lambda k: "–" * 60_000 * k + "Итого", _note, "– Итого"),
    Case("header labels: thousands of rows under a label row", _label_rows, _labels, _label_rows(1)[:4]),
    Case("above a stamp: a numbered line of thousands of words", lambda k: "2. " + "контрольная деятельность "
         * 300 * k, _above_stamp, "2. Контрольно-надзорная деятельность"),
    Case("needs: one bracket of items, no action", lambda k: "(" + ", ".join(["прав"] * 1000 * k) + ")",
         _needs, "(прав, бухгалтерия)"),
    # rev15a: a sure need of thousands of words — the calibration's signature of its phrase
    # (need_signature.phrase_facts: its words, the keyword rules' reading, the grammar's) read afresh
    Case("needs: calibration signature of a sure need of thousands of words",
         lambda k: "Получение информации о порядке предоставления услуги" + " жителям района" * 300 * k,
         _calibrated_needs, "Получение информации о порядке"),
    # rev14a: quotes left open (OCR) blank nothing, each opening counted once; a first line of an act's
    # parts and a running sentence after its pair; stamps opened over and over before a signature
    Case("title line: 100,000 quotes left open", lambda k: "«" * 50_000 * k + "» " + '"' * 50_001 * k, _quotes, "«а»"),
    Case("parts line: thousands of parts, then a sentence", lambda k: "п. " + "1, " * 2000 * k +
         "постановления Правительства от 12.05.2011 №210 " + "слово " * 2000 * k, _parts_line, "п. 1 приказа от 1.02.2020 № 5"),
    Case("signed pair: thousands of stamps without a date", _stamp_lines, _stamps_signed, _stamp_lines(1)[:3]),
    # a second table of needs keyed by the points' numbers (needs_tables.py): the tables above a keyed table are
    # read since the previous keyed one, joined or not (it was 15.5 at 200 tables); a list's parts walked once
    Case("needs tables: hundreds of keyed tables, none joined", _keyed_tables, _join_needs, _keyed_tables(1)[:6]),
    Case("needs tables: a list of thousands of parts", _parted_list, _join_needs, _parted_list(1)[:7]),
    # a needs table printed in parts (needs_table_forms.join_continued): each part's rows appended once
    Case("needs tables: a needs table of thousands of parts", _needs_parts, _join_needs, _needs_parts(1)[:5]),
    # an amending title's act numbers before its quote; a procedure's items alike read against its touchpoints
    Case("amending title: thousands of numbers, then a quote", lambda k: "О внесении изменений в приказ " +
         "№ 1-1-1-1 " * 2000 * k + "«Об утверждении Порядка ведения перечня»", _amending_title, "О внесении изменений в"),
    Case("procedure items: thousands alike over as many points", _alike_items, _procedure_points, _alike_items(1)),
    # a commit's signatures matched against the order state's SIG_ROWS (32,768) rows at a time
    # (order_state.State.index_of, never the whole column held): the asked ones hashed once and the
    # batches streamed past them (it was 9.5 when each batch probed every signature: n x n / SIG_ROWS)
    Case("order state: 50,000 signatures matched by batches", lambda k: _Signatures(50_000 * k), _index_of, None),
    # rev14h: the plan's one responsible — a value of thousands of digits and brackets, no phone closing it
    # (`_PHONE`); thousands of years each before a range of months («2025 г., май – июнь», `year_month`)
    Case("plan responsible: value of digits and brackets", lambda k: "Исполнитель: " + "1(((((x" * 5000 * k,
         _plan_line, "Исполнитель: отдел кадров"),
    # the plan's one responsible under each of thousands of tables: the blocks' places found once per
    # document (roadmap_plan_people.block_places), not by a walk of the blocks per table
    Case("plan responsible: thousands of tables, a line under each", _plan_tables, _plan_people,
         _plan_tables(1)[:3]),
    # rev15d (needs18's spoken voice): «что с …» asked over and over (need_what_with: a deed looked for
    # within three words, not to the clause's end); a question of a place past thousands of places
    # (need_asked_fact); channels named before verbs (need_channel_lead: the channel reader asked once a
    # clause); an official let in, cut candidates by the hundred (need_admit.let_in_to_act)
    Case("needs: thousands of «что с заявлением», a deed", lambda k: "что с заявлением " * 600 * k + "делать",
         _needs, "что с заявлением делать"),
    Case("needs: a fact asked past thousands of places", lambda k: "Где " + "в городе " * 1000 * k + "бассейн?",
         _needs, "Где в городе бассейн?"),
    Case("needs: hundreds of channels before a verb", lambda k: "через портал подать заявление; " * 200 * k,
         _needs, "через портал подать заявление"),
    Case("needs: hundreds of officials let in to act", lambda k: "пустить комиссию проверить дом " * 300 * k,
         _needs, "пустить комиссию проверить дом"),
    Case("dates: thousands of years before month ranges", lambda k: "2025 г., май – июнь; " * 2000 * k,
         _year_month, "2025 г., май"),
    # acts15: a header line's mends (look-alikes, OCR's digits among letters and letters among digits, a day cut
    # in two, a year before the number), a header run into one line (kinds in capitals, each walked back over the
    # capitals before it), a broken title line's rest, numbers with look-alike letters
    Case("header mend: thousands of digits among letters", lambda k: "М0Н3 0т 1 2.03.20 № 5 п0 " * 2000 * k,
         _header_mend, "МИНИСТЕРСТВ0 0т 1 2.03.2024"),
    Case("header mend: digits among letters in one long token", lambda k: "М0Н3" * 12_000 * k, _header_mend,
         "МИНИСТЕРСТВ0"),
    Case("header mend: run of spaces after «от» and a digit", lambda k: "от 1" + " " * 20_000 * k + "2.03.2024",
         _header_mend, "от 1 2.03.2024"),
    # rev15c: a number's own letters kept out of the date's mend (the numbers found once, the rest repaired
    # piece by piece), a digit opening a word asked whether a month's name follows
    Case("header mend: thousands of numbers with letters", lambda k: "№ 12о от 1.2.2О20 3марта №3п " * 2000 * k,
         _header_mend, "от 12.03.2О24 № 120о"),
    Case("run-on header: thousands of kinds in capitals", lambda k: "МИНИСТЕРСТВО ФИНАНСОВ ПРИКАЗ " * 15 * k,
         _run_header, "МИНИСТЕРСТВО ФИНАНСОВ ПРИКАЗ от 1.01.2020 N 1"),
    Case("title line: a date's rest after thousands of words", lambda k: "Приказ от 23 января " * 4000 * k,
         _pair_goes_on, "Приказ от 23 января"),
    Case("order numbers: thousands of look-alike suffixes", lambda k: "N 12-p/01 " * 4000 * k, _numbers,
         "N 869-p"),
    # rev15e: a channel's cell cut into «channel – needs» (parsers/tables/point_lines.py): the text before each
    # dash or colon was re-read for its brackets and quotes (ratio 17 on 2,000 dashes); now one pass
    Case("point lines: thousands of dashes", lambda k: "Сайт (цифровая) – узнать порядок " * 1000 * k,
         _point_lines, "Сайт – узнать порядок"),
    Case("point lines: thousands of colons in an open bracket", lambda k: "Сайт: узнать (порядок " * 1000 * k,
         _point_lines, "Сайт: узнать порядок"),
    # perf17: a needs cell of objects coordinated by «и» and commas, each object with its place; every
    # site-chrome pattern over a run of spaces, tabs and digits after its lead (the publication date's,
    # «[^\S\t]*:?[^\S\t]*[\d. ]+…[^\S\t]*$», backtracked over its nested runs: ratio 160, 1.6 s at 240
    # characters, until acts17's possessive runs; 3.7 since)
    Case("needs: a cell of 40 objects joined by «и» and «,»", _coordinated, _needs,
         "Получение формы заявления в отдел и справки"),
    Case("site chrome: every pattern's lead, then a long run", _chrome_lines, _chrome, _chrome_lines(1)[:7]),
    # needs19's loops over a clause's words: a procedure's state asked at each state word (need_case_state:
    # each followed by whose work it is), the agency receiving (need_agency_receives) before hundreds of
    # objects, nouns governing an infinitive (need_governed), hyphenated compounds named by their head
    Case("needs: a paper, then thousands of «в работе МФЦ»", lambda k: "заявление " + "в работе МФЦ " * 300 * k,
         _needs, "заявление в работе МФЦ"),
    Case("needs: the agency receiving hundreds of papers", lambda k: "получение министерством "
         + "выписки из реестра и " * 200 * k + "справки", _needs, "получение министерством выписки из реестра"),
    Case("needs: hundreds of nouns governing an infinitive", lambda k: "предложение продлить " * 300 * k
         + "часы работы", _needs, "предложение продлить часы работы"),
    Case("needs: hundreds of hyphenated compounds", lambda k: "получить " + "бланк-заявку и " * 300 * k + "справку",
         _needs, "получить бланк-заявку и справку"),
    # needs21 (reviewed in rev17a): a telling verb's subject looked for before it, a remedy said done beside a
    # complaint, a stage word said twice («шаг за шагом»), a blank looked for after a run of qualifiers
    Case("needs: an unnamed doer after hundreds of words", lambda k: "через неделю по почте " * 200 * k
         + "сообщают, что сделано по моему отзыву", _needs, "сообщают, что сделано по моему отзыву"),
    Case("needs: a complaint beside hundreds of remedies", lambda k: "узнать, что " + "исправили и сделали " * 200 * k
         + "по моей жалобе", _needs, "узнать, что исправили по моей жалобе"),
    Case("needs: hundreds of steps said twice", lambda k: "уведомление о " + "шаг за шагом " * 300 * k
         + "рассмотрения заявления", _needs, "уведомление о каждом шаге рассмотрения заявления"),
    Case("needs: a blank found after hundreds of qualifiers", lambda k: "найти " + "новый актуальный " * 200 * k
         + "образец заявления", _needs, "найти образец заявления"),
    # needs22: past relative clauses taken out of a cell (need_relative._CLAUSE, one pass), and a complaint's
    # target looked for after its verb (need_complaint.third_party: six words at most)
    Case("needs: hundreds of past relative clauses", lambda k: "поблагодарить сотрудника" + ", который помог" * 200 * k
         + ", и получить справку", _needs, "поблагодарить сотрудника, который помог"),
    # rev18b: the word before each «, кто» looked for in the few characters before it (a search back over the
    # whole cell for each was quadratic: t(4n)/t(n) 16 on 500 «, кто был»)
    Case("needs: hundreds of «, кто» after «все»", lambda k: "все" + ", кто был" * 500 * k, _relatives, "все, кто был"),
    Case("needs: a relative clause of hundreds of hyphened words", lambda k: "врача, который помог" + " из-за" * 500 * k
         + " - записаться", _relatives, "врача, который помог - записаться"),
    Case("needs: a complaint before hundreds of qualifiers", lambda k: "пожаловаться на " + "нового местного " * 200 * k
         + "подрядчика", _needs, "пожаловаться на подрядчика"),
    # plans17: who does it in the measure's own cell (roadmap_activity_people.py): every lower-case label is
    # passed over, each match ending at its label (not at the cell's end); an open bracket's run; a long heading
    Case("activity people: thousands of lower-case labels", lambda k: "ответственный: отдел " * 2000 * k,
         _activity_people, "Описать маршрут Исполнитель: отдел кадров"),
    Case("activity people: thousands of open brackets", lambda k: "работа (Иванов " * 2000 * k,
         _activity_people, "Описать маршрут (Иванов И.И.)"),
    # rev16f: acts17's publication-date chrome line (possessive runs: the old pattern took 2.4 s on 250 spaces),
    # a date line's places each asked of the dictionary, a second language's title line of many numbers and quotes
    Case("site chrome: publication date and a run of spaces", lambda k: "Дата публикации" + " " * 5_000 * k + "x",
         _chrome, "Дата публикации 17:01 25.06.2015"),
    Case("site chrome: publication date and digits, dots, colons", lambda k: "Опубликовано: " + "1.2: " * 2_000 * k
         + "x", _chrome, "Опубликовано: 25.06.2015 17:01"),
    Case("date line: thousands of places beside a date", lambda k: "г. Тамбов " * 3_000 * k + "4 июня 2021 года",
         _date_alone, "г. Тамбов, 4 июня 2021 года, № 612-З"),
    Case("second language: thousands of numbers and open quotes", lambda k: "«12 номерлы 2018 елның 3 " * 2_000 * k
         + "карары", _second_language, "«О бюджете» 2018 елның 30 ноябреннән 21-52 номерлы карары"),
    Case("year heading: «в» and thousands of spaces", lambda k: "В" + " " * 20_000 * k + "2025 году",
         _heads_period, "В 2025 году"),
    # rev16d: the two passes h12touch added to repair.find_tables (a list grouped by channel, a tree in one naming
    # column) walk every table and, in converted text, the lines between its parts: once each
    # acts18: lines of another role than the act's (a registration, a certificate, a news item's timestamp, a
    # bracket's lines), a header's pair read across two columns, the lines under an act's first signature
    Case("role lines: a timestamp's line of spaces and digits", lambda k: ["15.03.2022" + " 1:2" * 3_000 * k + " 10:41"],
         _role_lines, ["15 марта 2022, 10:41"]),
    Case("role lines: certificate words and a run of spaces", lambda k: ["Действителен с" + " " * 20_000 * k + "1"],
         _role_lines, ["Действителен с 10.01.2023 по 10.04.2024"]),
    Case("role lines: thousands of brackets never closed", lambda k: ["(в ред. от 12.03.2021 № 5"] * 2_000 * k,
         _role_lines, ["(в ред. приказа", "от 12.03.2021 № 5)"]),
    Case("role lines: thousands of certificate blocks", lambda k: ["Сертификат 01A2", "Действителен с:", "10.01.2023",
                                                                  "по:", "10.04.2024"] * 500 * k,
         _role_lines, ["Сертификат 01A2", "по 10.04.2024"]),
    # rev17e: a registration stamp stops at the header's kind or a title; news lines read past over a header
    Case("role lines: thousands of registration stamps with no number", lambda k: [
        "Зарегистрировано в Минюсте", "в Управлении", "12.03.2021"] * 1_000 * k, _role_lines,
         ["Зарегистрировано", "в Управлении", "ПРИКАЗ"]),
    Case("apart lines: thousands of news items over one header", lambda k: [
        "15.03.2022", "Опубликован приказ о порядке"] * 1_500 * k + ["ПРИКАЗ"], _apart_lines,
         ["15.03.2022", "Опубликован приказ о порядке", "ПРИКАЗ"]),
    Case("two columns: a line of spaces and digits to a number", lambda k: "ПРИКАЗ" + " 1" * 5_000 * k + " № 5",
         _column_tail, "ПРИКАЗ № 215"),
    Case("two columns: a line of spaces to a date", lambda k: "КАЛУЖСКОЙ ОБЛАСТИ" + " " * 20_000 * k + "от 07.10.2021",
         _column_tail, "КАЛУЖСКОЙ ОБЛАСТИ от 07.10.2021"),
    Case("two columns: thousands of pieces", lambda k: ["ПРИКАЗ", "О порядке от 07.10.2021", "граждан № 215"] * 1_000 * k,
         _columns_apart, ["ПРИКАЗ", "О порядке от 07.10.2021", "граждан № 215"]),
    Case("signature: thousands of lines of initials", lambda k: ["Петров П.П. Иванов И.И. " * 8] * 3_000 * k
         + ["Министр", "И.И. Иванов", "12.03.2021", "№ 5"], _after_signature, ["Министр", "И.И. Иванов"]),
    Case("channel groups: thousands of group lines", _grouped_blocks, _channel_groups, _grouped_blocks(1)[:5]),
    # shapes19: rows across over one another (a direction's, a kind's, the channel's) kept as levels, and the text
    # reader's look past a few lines for a table as wide (`text_table_breaks._width_on`)
    Case("channel groups: thousands of levels of rows across", _leveled_blocks, _channel_groups, _leveled_blocks(1)[:6]),
    Case("text table breaks: thousands of lines between a list's parts", _leveled_blocks, _table_breaks,
         _leveled_blocks(1)[:6]),
    Case("register: a code, then a run of spaces and no dash", lambda k: "К1" + " " * 20_000 * k + "x", _code_needs,
         "К1 – получить справку"),
    Case("register: a long channel name, then «– электронная»",
         lambda k: " ".join(f"приёмная{i} отдела" for i in range(300 * k)) + " – электронная", _named_kind,
         "Почта (электронная)"),
    Case("tree column: thousands of levels' rows", _tree_blocks, _tree_columns, _tree_blocks(1)[:1]),
    # shapes18: a tab table cut where its width changes after a blank line (text_table_breaks), a list's other
    # captioned parts numbered on (needs_table_forms.other_parts): each table looked at once
    Case("text table breaks: thousands of rows, blank lines between", _width_runs, _table_breaks, _width_runs(1)[:1]),
    Case("needs table: a list in thousands of captioned parts", _other_parts, _join_needs, _other_parts(1)),
    # acts19: a signer's initials and a title's first word parted from what they ran into, a register's pair set
    # out from its title, a news item's kind, lead and head's name
    Case("unglue: thousands of initials after small letters", lambda k: "аИ.П" * 10_000 * k, _unglue,
         "областиИ.П.ПЕТРОВ"),
    Case("unglue: thousands of numbers before a capital О", lambda k: "1О " * 10_000 * k, _unglue, "№ 5Об утверждении"),
    Case("pair apart: a pair and thousands of capital О", lambda k: "от 01.02.2012 № 5" + " О" * 10_000 * k,
         _pair_apart, "от 01.02.2012 № 5 Об утверждении"),
    Case("news item: a line of dots and spaces", lambda k: ["Указом" + ". " * 10_000 * k + "x"], _news_item,
         ["Указом Главы № 5 от 01.02.2012 учреждена"]),
    Case("news item: thousands of signed kinds, no end", lambda k: ["подписал указ от 1 № " * 2_000 * k], _news_item,
         ["Губернатор подписал указ № 5 от 01.02.2012 о порядке"]),
    Case("news item: thousands of posts and capitals", lambda k: ["губернатор Иван " * 3_000 * k], _news_item,
         ["губернатор Иван Петров подписал указ"]),
    # rev17i: a lone item read for a deed on the act it names; an act's clause looked for under a news lead
    Case("lone item: one item of thousands of words", lambda k: ["1. приказ " + "министерства от № 5 " * 3_000 * k],
         _lone_item, ["1. приказ министерства от 01.02.2012 № 5 признать утратившим силу"]),
    Case("news item: a lead over a line of thousands of «внести»", lambda k: [
        "Указом Главы № 5 от 01.02.2012 учреждена награда.", "внести " * 5_000 * k], _news_item,
         ["Указом Главы № 5 от 01.02.2012 учреждена", "1. Внести изменения"]),
    # h13touch: a register of coded channels joined to the rows naming the codes (parsers/extract/channel_register.py)
    Case("channel register: thousands of codes and rows", _register_text, _register_read, _register_text(1)),
    Case("channel register: a code cell of codes and spaces", lambda k: "К-1, " * 3_000 * k + " " * 20_000 * k + "и",
         _register_codes, "К-1, К-2"),
    # acts20: letter-spaced capitals parted into words (parsers/extract/spaced_words.py: a run past 60 letters
    # is left joined), a body named as the place its act was made (news_item.approving_place: a window after
    # each «В …»), a signer's post (issuer._post_lines: a window of lines), a federal marker after «при»
    Case("spaced capitals: a line of thousands of runs", lambda k: "Т Р У Д У И З А Н Я Т О С Т И, " * 500 * k,
         _spaced_join, "Т Р У Д У"),
    Case("spaced capitals: one run of thousands of letters", lambda k: "А " * 6_000 * k + "Б", _spaced_join, "А Б В"),
    Case("news item: thousands of «В министерстве …» sentences", lambda k: [
        "В министерстве культуры Тверской области прошло совещание. " * 1_000 * k], _approving_place,
         ["В министерстве культуры утвердили."]),
    Case("signature: thousands of acting officers' lines", lambda k: ["Временно исполняющий обязанности"] * 2_000 * k,
         _signatory, ["Министр культуры Тверской области  И.И. Петров"]),
    # rev18d: the needs' learned opinion of one clause (normalizers/need_model.py: lemmas, bigrams, navec's mean,
    # shapes, a dot product) on a clause of thousands of words, no cut
    Case("need model: a clause of thousands of words", lambda k: "получение информации о порядке подачи заявления "
         * 400 * k, _need_model, "Получение справки"),
    Case("federal marker: thousands of «при Президенте Российской Федерации»",
         lambda k: "Представительство Республики Бурятия " + "при Президенте Российской Федерации " * 1_000 * k, _federal_in,
         "Министерство Российской Федерации"),
    # acts21: a Mac Cyrillic line mended (textcore/mojibake.py), a federal act's page title ending at its number
    # (federal_title.py: a window after each number sign), an issuer's name read once (issuer_tidy.py: runs
    # compared up to 40 words), a glued subject's tail (unglue.py), a republic's own-language name, a news
    # item's ground («Согласно указу …», basis_act.py)
    Case("mojibake: thousands of Mac Cyrillic words", lambda k: "ѕостановление ѕравительства –‘ " * 2_000 * k,
         _mojibake, "ѕриказ ћинистерства"),
    Case("federal title: thousands of numbers and open quotes", lambda k: "Приказ Минздрава России от 01.02.2020 "
         + "N 5 «" * 3_000 * k + "x a", _federal_title, "Приказ Минздрава России от 01.02.2020 N 5"),
    # rev18h: a title line of thousands of bracketed notes, each holding a number sign (every sign tried its
    # match to the line's end through an unbounded run of «(…)»: 8 s at 8,000 notes, t(4n)/t(n) 11)
    Case("federal title: thousands of «(N 5)» notes", lambda k: "Приказ Минздрава России от 01.02.2020 N 5"
         + " (N 5)" * 2_000 * k + " x", _federal_title, "Приказ Минздрава России от 01.02.2020 N 5 (ред. от 1.2.21)"),
    Case("issuer read once: a name of thousands of words", lambda k: "Министерство культуры " * 2_000 * k, _tidy,
         "Министерство культуры Омской области"),
    Case("glued subject: thousands of glued words", lambda k: "белгородскойобласти пермскогокрая " * 1_000 * k,
         _unglue, "ТОМСКОЙОБЛАСТИ"),
    Case("own-language name: thousands of lines with no name", lambda k: ["Башҡорт Саха Өрөс сиригэр СӨМ " * 20] * 500 * k,
         _own_language, ["Башҡортостан"]),
    Case("news ground: thousands of «Согласно указу» sentences", lambda k: ["12.03.2021", "Согласно указу министра. " *
         1_000 * k], _basis_kind, ["12.03.2021", "Согласно указу губернатора, …"]),
]


def cpu_seconds(run: Callable[[object], object], arg: object, repeat: int) -> float:
    """Best CPU time of `repeat` calls: the least disturbed by other processes on the machine."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        run(arg)
        best = min(best, time.process_time() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="timed calls per size, best taken")
    ap.add_argument("-k", default="", help="only the cases whose name holds this")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a ratio passes 8")
    args = ap.parse_args(argv)
    cases = [c for c in CASES if args.k in c.name]
    print(f"{'case':46} {'chars n':>9} {'CPU s n':>9} {'CPU s 4n':>9} {'ratio':>6}")
    over = 0
    for case in cases:
        case.run(case.warm)
        small, large = case.build(1), case.build(4)
        t1 = cpu_seconds(case.run, small, args.repeat)
        t4 = cpu_seconds(case.run, large, args.repeat)
        ratio = t4 / t1 if t1 > 0 else float("inf")
        over += ratio > 8
        print(f"{case.name:46} {len(small):>9,} {t1:>9.5f} {t4:>9.5f} {ratio:>6.1f}")
    print(f"{len(cases)} cases, {over} over ratio 8")
    return 1 if args.strict and over else 0


if __name__ == "__main__":
    sys.exit(main())
