"""The layout bed's later layout sets (`--layouts extra2`, `--layouts heldout`): the generator's
files say what its gold says, and adding a set leaves the earlier sets' documents as they were.

Fast: converted text and Word only, a few documents, no LibreOffice and no pipeline run."""
import re
import zipfile
from pathlib import Path

import pytest
from docx import Document as Word

from benchmarks.layoutbed import generate, pools, render_docx, render_txt
from tests.test_layoutbed import W, _tcs, rendered

# --- `--layouts extra2`: the generator's files say what its gold says ----------------------------

# hashes of the converted text and of word/document.xml of each set's documents (tune pools, seed 3,
# 4 documents per kind); `base` and `extra` taken with the generator as it was before `extra2` (main at 9e4ccfd):
# adding layout sets must leave the earlier documents byte for byte as they were
BEFORE = {"base": ("157d6c36aa94c71265694382a9e59b02a6122cc72ac9da25cfc70faea92871c0",
                   "b9577d91f110740178a47c7a2fe0d3d80dda0b4f15f660abc9f2e35a5f3dd298"),
          "extra": ("9caebf5857b2f2db68f984e3aa3088d8ce3806cd05727273f72881b8bee9e898",
                    "6f7098013b29931b7bf9a350fc5edf8d2be4fef78066328870fe897f814ebf89"),
          # taken the same way before `heldout2` existed (main at 99396fa): it changes neither
          "extra2": ("9207ff034b97af49184099982d6acfbf79083eb130815492b68e39452889c4a7",
                     "68486b4363043d0f1861b671f1a8b38707822f9c51c1944b3a403e1ac772e89e"),
          "heldout": ("e8cd0a070e5e94e25ea1ff11602aa9b645129f0e8fb8c26dca74741ee25beaf3",
                      "e49cfdef13f75baf66952514eb7936faccf0dc51ceef5329e2ca626ab11bc747"),
          # taken the same way before `heldout3` existed (main at 9b5d643): it does not change it
          "heldout2": ("1215770938fc5dfd3737ee8749e69188ac8c3e99630ff3b09300dccabeaa30a7",
                       "dcb667f9202074bd324d4fed3a910c88c8119ce210d230741c7753a0a9a1b018"),
          # taken the same way before `heldout4` existed (main at 534b0f8): it does not change it
          "heldout3": ("96f7bb77a0a542deb9f7eed11a23047bad5c8587b4ab9560cbebf0f895b3c2a8",
                       "e73050779745d8b9d36b16276c84b99beaf7a7ba36723b736addcbdb27282212"),
          # taken the same way before `heldout5` existed (main at af582f7): it does not change it
          "heldout4": ("12a55da87ba893325e28ab3e53c63d43214455f886fcb2c1c4f3fdcef30eb2fe",
                       "79a00846599d8b3c024a8f6b2deb739b5bb80c8e069e51153fd3ffe9e568c59c"),
          # taken the same way before `heldout6` existed (main at f5ceb5a): it does not change it
          "heldout5": ("12b8882d71c39b036eac42d24048f87ad3e88aa8d295857d5040ec2aec2bfef1",
                       "61c17d408937602e2832c6da7f952e1358393eb0d18ecfeb9072b450ed57750e"),
          # taken the same way before `heldout7` existed (main at 6ff13d4): it does not change it
          "heldout6": ("9a1e5a8bdf4d7c9f6e88181013a7a3460849d7888e0a8061c13ea4fc430b58ff",
                       "88745edde7fb863664d431f9ffb680310f7bf7179a641ebb1ca743999820d7e2"),
          # taken the same way before `heldout8` existed (main at 258a63e): it does not change it
          "heldout7": ("a013fdcb9e6e0b2ab28036c89af69dd24923f4e1960964f5b06769c3268f2f95",
                       "b1feb180e0c19cae2ab25330d50ae16a25ebc00cc39c0e3eda7b3818f6d1feac"),
          # taken the same way before `heldout9` existed (main at 0c25285): it does not change it
          "heldout8": ("b6ebef21c7e325fa5310e56d5e5b32ed644c64874cb247ed670db27c663c8e3e",
                       "99fd76cb4c467daae65c32769a6d3c02dc168272b7e24a35b27bf7299ee9984a"),
          # taken the same way before `heldout10` existed (main at 93b15db): it does not change it
          "heldout9": ("c209f4908ae17f2c7aaf6466f8b7117d603801746ca1933559622159ed314693",
                       "2b8661c020a4b421f1426cdfe936c3ae29f16baca243d60cfa0cd8f452924e02"),
          # taken the same way before `heldout11` existed (main at 5c5f34f): it does not change it
          "heldout10": ("9160650d0f6b9d481613b72b473c61f897f1413808953dfab17b86e59d51a82a",
                        "9a82d51e64666ab89c322a30e7b59887155564170baf28cbfb0a249a8153b66a"),
          # taken the same way before `heldout12` existed (main at 32a12d8): it does not change it
          "heldout11": ("53543efe39451c0c81f15547a253e93787000f0769644653d5ec1687ead8f04c",
                        "70be95717fe5ea7dd0ddd85f1c86179c49940ea7f8c38ec4b32210c2bf790ada"),
          # taken the same way before `heldout13` existed (main at 294a7a2): it does not change it
          "heldout12": ("fd2b57db3858c21f5ed03348ab0bf20cc333ce264ba836aa18a433235eb74736",
                        "6034602b1f3a6b363dab4c668be055f28d4e4cdecbd7eb871471ae5834ae9cc3"),
          # taken the same way before `heldout14` existed (main at 3454c2b5): it does not change it
          "heldout13": ("54cf07a57d9dfa521a9918d89c210ea9933281206b02629410e2029aac836981",
                        "b80ec6db2c881582c0ed324ce412aba1d04e2c179e1d48f0aec42eed245cbb66")}


@pytest.mark.parametrize("layouts", sorted(BEFORE))
def test_later_layout_sets_leave_earlier_sets_byte_identical(layouts, tmp_path):
    import hashlib
    docs = generate.documents(pools.load("tune"), seed=3, n_docs=4, layouts=layouts)
    text = hashlib.sha256("".join(render_txt.render(d) for d in docs).encode()).hexdigest()
    xml = hashlib.sha256()
    for d in docs:
        with zipfile.ZipFile(render_docx.write(d, tmp_path / "a.docx")) as z:
            xml.update(z.read("word/document.xml"))
    assert (text, xml.hexdigest()) == BEFORE[layouts]


@pytest.fixture(scope="module")
def extra2(tmp_path_factory):
    return rendered("extra2", tmp_path_factory.mktemp("layoutbed-extra2"))


def _labelled_rows(path: Path, labels: set[str]) -> list[dict[str, str]]:
    """Body rows of every table keyed by the last header row seen (a row naming two of `labels`);
    a table with no header (a list's second part) keeps the previous one's. Numbers rows
    («1 2 3 …») and full-width rows are skipped."""
    out, head = [], []
    for t in Word(str(path)).tables:
        for r in ([c.text.strip() for c in row.cells] for row in t.rows):
            if len(labels & set(r)) >= 2:
                head = r
            elif r != [str(k + 1) for k in range(len(r))] and len(set(r)) > 1:
                out.append(dict(zip(head, r)))
    return out


def test_extra2_touch_rows_hold_the_gold(extra2):
    from benchmarks.layoutbed.x2_touch import LABELS, MARKS
    tps = [(d, x) for d, _, x in extra2 if d.kind == "touchpoint_list"]
    seen = {(k, v) for d, _ in tps for k, v in d.axes.items()}
    assert {("direction_as", "first_row_only"), ("point_type_as", "mark_columns"), ("code_col", "yes"),
            ("header_form", "numbers_first"), ("table_split", "two_tables")} <= seen
    for doc, docx in tps:
        rows = _labelled_rows(docx, set(LABELS.values()))
        assert [r[LABELS["touchpoint"]] for r in rows] == [g["touchpoint"] for g in doc.gold], doc.name
        if doc.axes["code_col"] == "yes":
            assert [r[LABELS["code"]] for r in rows] == [f"ТВ-{k + 1:02d}" for k in range(len(rows))]
        if doc.axes["point_type_as"] == "mark_columns":
            mark = MARKS[doc.axes["type_mark"]]
            for g, r in zip(doc.gold, rows):
                assert (r[LABELS["digital"]], r[LABELS["offline"]]) == (
                    (mark, "") if g["point_type"] == "digital" else ("", mark)), (doc.name, g["touchpoint"])
        if doc.axes["direction_as"] == "first_row_only":
            # the direction is written once, on its section's first row; the cells below are empty, not merged
            written = [k for k, r in enumerate(rows) if r[LABELS["direction"]]]
            firsts = [k for k, g in enumerate(doc.gold) if k == 0 or g["direction"] != doc.gold[k - 1]["direction"]]
            assert written == firsts, doc.name
            assert not list(_tcs(docx).iter(f"{W}vMerge")), doc.name


def test_extra2_header_numbers_first_and_a_list_cut_in_two(extra2):
    for doc, txt, docx in extra2:
        if doc.kind != "touchpoint_list":
            continue
        tables = Word(str(docx)).tables
        first = [c.text for c in tables[0].rows[0].cells]
        assert (first == [str(k + 1) for k in range(len(first))]) == (doc.axes["header_form"] == "numbers_first")
        if doc.axes["table_split"] == "two_tables":
            assert len(tables) == 2, doc.name
            # the second part opens mid-section: its first row has no direction or section heading of its own
            second = [c.text for c in tables[1].rows[0].cells]
            assert len(set(second)) > 1 and "№ п/п" not in second and "Код точки" not in second, doc.name
            if doc.axes["direction_as"] == "first_row_only":
                assert second[1] == "", doc.name


def test_extra2_roadmap_end_is_the_deadline_and_start_is_no_later(extra2):
    import re
    for doc, txt, docx in extra2:
        if doc.kind != "roadmap" or doc.axes["deadline_cols"] == "one":
            continue
        rows = {r[0]: r for r in (ln.split("\t") for ln in txt.read_text(encoding="utf-8").splitlines())}
        for g in doc.gold:
            start = rows[g["item_no"]][2]
            years = re.findall(r"\d{4}", start)
            assert len(years) == 1, start
            if g["deadline"]:
                assert years[0] == g["deadline"][:4], (start, g["deadline"])
        grouped = doc.axes["deadline_cols"] == "start_end_grouped"
        assert ("Срок реализации\t\t" in txt.read_text(encoding="utf-8")) == grouped, doc.name


def test_extra2_procedure_lists_sit_under_their_own_subheadings(extra2):
    from benchmarks.layoutbed.x2_procedure import SUBHEADINGS
    names = {t: kind for kind, ts in SUBHEADINGS.items() for t in ts}
    for doc, txt, docx in extra2:
        if doc.kind != "procedure":
            continue
        paras = [p.text for p in Word(str(docx)).paragraphs if p.text]
        counts: dict[str, int] = {}
        kind = None
        for p in paras[paras.index("2. Состав перечня") + 1:]:
            title = re.sub(r"^2\.\d\. ", "", p)
            if title in names:
                kind = names[title]
                counts[kind] = 0
            else:
                counts[kind] += 1
        want: dict[str, set] = {}
        for g in doc.gold:
            want.setdefault(g["list_kind"], set()).add(g["text"])
        assert counts == {k: len(v) for k, v in want.items()}, doc.name
        if doc.axes["subheading"] == "bold_unnumbered" and doc.axes["item_marker"] == "numbered_sub":
            # the items are points of section 2, numbered on across the lists
            body = paras[paras.index("2. Состав перечня") + 1:]
            numbers = [p.split(" ", 1)[0] for p in body if p.startswith("2.")]
            assert numbers == [f"2.{k + 1}." for k in range(sum(counts.values()))], doc.name


# --- `--layouts heldout`: the generator's files say what its gold says ---------------------------

@pytest.fixture(scope="module")
def heldout(tmp_path_factory):
    return rendered("heldout", tmp_path_factory.mktemp("layoutbed-heldout"))


def _drawn_rows(text: str) -> list[list[str]]:
    """The rows of a bordered text table, each cell's wrapped lines joined again: «|» rows are one
    line each; box rows run between «├…┤» rules, their cells at the «│» of the row's own lines."""
    rows, block = [], []
    for ln in text.splitlines():
        if ln.startswith("| "):
            rows.append([c.strip() for c in ln.strip("| ").split(" | ")])
        elif ln.startswith("│"):
            block.append([c.strip() for c in ln.strip("│").split("│")])
        elif block and ln[:1] in "├└":
            rows.append([" ".join(filter(None, col)) for col in zip(*block)])
            block = []
    return rows


def test_heldout_touch_lists_hold_the_gold(heldout):
    tps = [(d, t, x) for d, t, x in heldout if d.kind == "touchpoint_list"]
    assert {d.axes["form"] for d, _, _ in tps} == {"numbered_paragraphs", "process_major", "needs_subtable"}
    assert {d.axes["txt_table"] for d, _, _ in tps} == {"box", "pipes", "tabs", "n/a"}
    for doc, txt, docx in tps:
        word = Word(str(docx))
        if doc.axes["form"] == "numbered_paragraphs":
            assert not word.tables
            points = [p.text for p in word.paragraphs if re.match(r"\d+\.\d+\.\d+\. ", p.text)]
        elif doc.axes["form"] == "needs_subtable":
            (table,) = word.tables
            points = [" ".join(c.text for c in r.cells) for r in table.rows[1:]]
            # each row's needs: a table of their own inside the last cell, a need a row
            inner = [r.cells[-1].tables for r in table.rows[1:]]
            assert [len(t[0].rows) for t in inner] == [len(g["needs_text"]) for g in doc.gold], doc.name
        else:
            (table,) = word.tables
            points = [" ".join(c.text for c in r.cells) for r in table.rows
                      if re.match(r"\d+\.\d+\.\d+\.$", r.cells[0].text)]
            # the two levels of full-width rows: directions bold, processes not, in the gold's order
            full = [(any(u.bold for u in r.cells[0].paragraphs[0].runs), r.cells[0].text) for r in table.rows[1:]
                    if len({c._tc for c in r.cells}) == 1]
            procs = [t for b, t in full if not b]
            assert [p.split(" ", 1)[1] for p in procs] == list(dict.fromkeys(g["process"] for g in doc.gold))
            assert len(full) - len(procs) == len({g["direction"] for g in doc.gold}), doc.name
        assert len(points) == len(doc.gold), doc.name
        for g, p in zip(doc.gold, points):
            kind = "цифров" if g["point_type"] == "digital" else "офлайн"
            assert g["touchpoint"] in p and kind in p, (doc.name, p)


def test_heldout_bordered_text_tables_give_back_their_cells(heldout):
    drawn = [(d, t) for d, t, _ in heldout if d.axes.get("txt_table") in ("box", "pipes")]
    assert {d.axes["txt_table"] for d, _ in drawn} == {"box", "pipes"}
    for doc, txt in drawn:
        text = txt.read_text(encoding="utf-8")
        assert "\t" not in text, doc.name
        flat = doc.axes.get("form") == "needs_subtable"  # rows numbered 1, 2, …; the touchpoint 4th
        cells = [r[3] if flat else r[1] for r in _drawn_rows(text)
                 if len(r) > 1 and re.match(r"\d+$" if flat else r"\d+\.\d+\.", r[0])]
        key = "touchpoint" if doc.kind == "touchpoint_list" else "activity"
        # wrapping may cut a word after its hyphen: compared without spaces
        assert ["".join(c.split()) for c in cells] == ["".join(g[key].split()) for g in doc.gold], doc.name
        if doc.axes["txt_table"] == "box":  # a long cell is wrapped: some row takes several lines
            blocks = re.split(r"^[┌├└].*$", text, flags=re.M)
            assert max(b.strip().count("\n") for b in blocks[1:-1]) >= 1, doc.name


def test_heldout_landscape_section_after_a_portrait_order(heldout):
    from docx.enum.section import WD_ORIENT
    seen = set()
    for doc, _, docx in heldout:
        if doc.kind != "touchpoint_list":
            continue
        sections = Word(str(docx)).sections
        want = [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE] if doc.axes["landscape_section"] == "yes" else [
            WD_ORIENT.PORTRAIT]
        assert [s.orientation for s in sections] == want, doc.name
        assert all((s.page_width > s.page_height) == (s.orientation == WD_ORIENT.LANDSCAPE) for s in sections)
        seen.add(len(sections))
    assert seen == {1, 2}


def test_heldout_roadmap_bodies_and_deadlines_as_written(heldout):
    from benchmarks.layoutbed.ho_roadmap import GENITIVE, UNITS
    for doc, txt, _ in heldout:
        if doc.kind != "roadmap":
            continue
        text = txt.read_text(encoding="utf-8")
        rows = {r[0]: r for r in (_drawn_rows(text) if doc.axes["txt_table"] != "tabs"
                                  else (ln.split("\t") for ln in text.splitlines()))}
        for g in doc.gold:
            who, when = rows[g["item_no"]][2:4]
            abbrs = set(re.findall(r"[А-Я]{2,}\w*", who)) & set(UNITS)
            if doc.axes["responsible_form"] in ("abbrev", "abbrevs", "abbrev_person"):
                assert abbrs and all(f"{a} – {UNITS[a]};" in text for a in abbrs), (doc.name, who)
                assert g["names"] == ([who.split("(")[1].rstrip(")")] if "(" in who else []), who
            if doc.axes["deadline_form"] == "by_date":
                y, m, d = g["deadline"].split("-")
                assert f"{d}.{m}.{y}" in when or f"{int(d)} {GENITIVE[int(m) - 1]} {y}" in when, when
            if doc.axes["deadline_form"] == "half_year":
                assert g["deadline"][5:] == ("06-30" if re.match(r"(I|1-е|первое) ", when) else "12-31"), when


def test_heldout_procedure_lists_without_colons(heldout):
    for doc, txt, docx in heldout:
        if doc.kind != "procedure":
            continue
        want: dict[str, set] = {}
        for g in doc.gold:
            want.setdefault(g["list_kind"], set()).add(g["text"])
        word = Word(str(docx))
        if doc.axes["list_container"] == "four_row_table":
            (table,) = word.tables
            assert len(table.rows) == 4, doc.name  # no header row
            lists = [r.cells[1].text for r in table.rows]
        else:
            lists = [p.text for p in word.paragraphs if re.match(r"2\.\d\. ", p.text)]
            scaffold = " ".join(lists).lower()
            for t in (t for ts in want.values() for t in ts):
                scaffold = scaffold.replace(" ".join(t.split()).lower(), "")
            assert len(lists) == 4 and ":" not in scaffold, doc.name  # no lead-in colon (items may hold one)
        assert sorted(len(p.split("; ")) for p in lists) == sorted(map(len, want.values())), doc.name
