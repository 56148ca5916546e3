"""Order grouping in proportion to what changed (order_state.py, order_update.incremental):
after any series of additions, removals and changed documents (a new source_path, or
parsed again with another result under the same signature, as a commit's journal names),
regrouping only what the change can reach gives what regrouping everything gives."""
from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest

from pipeline.contract import SCHEMAS
from pipeline.store import order_state
from pipeline.store.order_groups import group_arrays
from pipeline.store.order_update import incremental
from pipeline.store.orders import GROUP_COLUMNS

from tests.test_order_groups import _random_docs

_SCHEMA = pa.schema([SCHEMAS["documents"].field(c) for c in GROUP_COLUMNS if c != "order_date"]
                    + [pa.field("order_date", pa.string())])


def _table(docs: list[dict], prints: dict[str, str]) -> tuple[pa.Table, pa.Array]:
    rows = [{c: (str(d[c]) if c == "order_date" and d.get(c) is not None else d.get(c)) for c in _SCHEMA.names}
            for d in docs]
    return (pa.Table.from_pylist(rows, schema=_SCHEMA),
            pa.array([prints.get(d["doc_id"]) or None for d in docs], pa.string()))


def _docs(rng: random.Random, n: int) -> tuple[list[dict], dict[str, str]]:
    """Random documents (test_order_groups) with one path each, as in a dataset: the rank
    breaks ties by path, and two files at one path would be ranked by their row order."""
    docs, prints = _random_docs(rng, n)
    for d in docs:
        d["source_path"] = f"{d['source_path']}#{d['doc_id'][-8:]}"
    return docs, prints


def _step(rng: random.Random, docs: list[dict], prints: dict, serial: int) -> tuple[list[dict], set[str]]:
    """Some documents removed, some moved to another path, some parsed again with
    another result under the same signature (returned: their doc_ids), some added."""
    kept = [d for d in docs if rng.random() > 0.2]
    for d in rng.sample(kept, k=min(len(kept), rng.randrange(0, 3))):
        kept[kept.index(d)] = dict(d, source_path=f"moved{serial}#{d['doc_id']}")
    again = set()
    for d in rng.sample(kept, k=min(len(kept), rng.randrange(0, 3))):
        kept[kept.index(d)] = dict(d, status=rng.choice(["ok", "failed"]), order_number=rng.choice(["412-о", None]))
        prints[d["doc_id"]] = rng.choice(["A", "B", ""])
        again.add(d["doc_id"])
    new, new_prints = _docs(rng, rng.randrange(0, 5))
    for d in new:
        old = d["doc_id"]
        d["doc_id"] = f"s{serial}-{old}"
        if old in new_prints:
            prints[d["doc_id"]] = new_prints[old]
    order = kept + new
    rng.shuffle(order)
    return order, again


def _fetch(t: pa.Table, pr: pa.Array):
    return lambda mask, known: (t.filter(pa.array(mask)), pc.fill_null(pr, "").filter(pa.array(mask)))


def _state(g) -> order_state.State:
    return g.after()


@pytest.mark.parametrize("seed", range(200))
def test_incremental_regroup_is_the_full_one(seed):
    rng = random.Random(seed)
    docs, prints = _docs(rng, rng.randrange(0, 14))
    t, pr = _table(docs, prints)
    g = incremental(order_state.signatures(t), None, _fetch(t, pr))
    assert (g.key, g.dup) == group_arrays(t, pr)
    for serial in range(4):
        state = _state(g)
        docs, again = _step(rng, docs, prints, serial)
        t, pr = _table(docs, prints)
        mask = np.array([d["doc_id"] in again for d in docs], dtype=bool)
        g = incremental(order_state.signatures(t), state, _fetch(t, pr), mask)
        want_key, want_dup = group_arrays(t, pr)
        assert g.key.to_pylist() == want_key.to_pylist()
        assert g.dup.to_pylist() == want_dup.to_pylist()


_BASE = {"status": "ok", "kinds": ["roadmap"], "warnings": [], "ocr": False, "n_touchpoints": 3,
         "n_roadmap_items": 0, "n_procedure_items": 0, "order_date": "2024-03-01", "authority": "Минздрав"}


def _regroup_counted(monkeypatch, docs: list[dict], new: dict):
    """The state of `docs`, then `new` added: (its regroup, the sizes group_arrays was given, table, prints)."""
    from pipeline.store import order_update

    t, pr = _table(docs, {})
    state = _state(incremental(order_state.signatures(t), None, _fetch(t, pr)))
    seen = []
    real = order_update.group_arrays
    monkeypatch.setattr(order_update, "group_arrays", lambda t, *a: seen.append(len(t)) or real(t, *a))
    t, pr = _table(docs + [new], {})
    return incremental(order_state.signatures(t), state, _fetch(t, pr)), seen, t, pr


def test_a_change_regroups_only_the_groups_it_reaches(monkeypatch):
    """Orders of twenty regions; a new file of one region regroups that region's order only."""
    docs = [dict(_BASE, doc_id=f"d{i:02d}", source_path=f"f{i}.pdf", region_code=f"RU-{i:02d}", order_number="1")
            for i in range(20)]
    g, seen, _, _ = _regroup_counted(monkeypatch, docs, dict(_BASE, doc_id="new", source_path="g.pdf",
                                                             region_code="RU-05", order_number="1"))
    assert seen == [2] and g.member.sum() == 2          # the new file and the one order it joins
    assert g.dup.to_pylist()[-1] == "d05" and g.key.to_pylist()[-1] == g.key.to_pylist()[5]


def test_ingests_end_as_a_rebuild_of_the_same_files(tmp_path):
    """A series of ingests that make, join and break duplicate groups (a copy, a copy
    under another number with the same rows, the group's best file replaced by
    another order) leaves after each one the dataset a rebuild of the same files
    builds — the incremental regroup touched only what it reached, and nothing else."""
    from tests.storeutil import SEED_RM, SEED_TP, SEEDS, assert_same, frames, invoke

    raw, out, cache = tmp_path / "raw", tmp_path / "out", tmp_path / "cache"
    raw.mkdir()
    text = (SEEDS / SEED_TP).read_text(encoding="utf-8")
    assert "№ 694" in text
    (raw / "a.txt").write_text(text, encoding="utf-8")
    invoke("rebuild", "--raw", raw, "--out", out, "--cache-dir", cache, "--workers", "1", "-q")
    steps = [("b.txt", text + "\n"), ("c.txt", text.replace("№ 694", "№ 695")),
             ("a.txt", (SEEDS / SEED_RM).read_text(encoding="utf-8"))]
    for n, (name, body) in enumerate(steps):
        (raw / name).write_text(body, encoding="utf-8")
        invoke("ingest", raw / name, "--raw", raw, "--out", out, "--cache-dir", cache, "--workers", "1", "-q")
        ref = tmp_path / f"ref{n}"
        invoke("rebuild", "--raw", raw, "--out", ref, "--cache-dir", cache, "--workers", "1", "-q")
        got, want = frames(out), frames(ref)
        assert_same(got, want)
    docs = got["documents"].set_index("source_path")
    assert docs.loc["c.txt", "duplicate_of"] == docs.loc["b.txt", "doc_id"]   # same rows, another number
    assert docs["duplicate_of"].isna().sum() == 2                             # two orders stand


def test_a_date_links_only_files_of_one_region(monkeypatch):
    """Twenty regions, each with an order and a file missing its number of the same
    day; a new order of one region dated that day reaches that region's files only,
    not every file of the day (a partial file joins only a compatible order)."""
    docs = [dict(_BASE, doc_id=f"d{i:02d}", source_path=f"f{i}.pdf", region_code=f"RU-{i:02d}", order_number=str(i))
            for i in range(20)]
    docs += [dict(_BASE, doc_id=f"p{i:02d}", source_path=f"p{i}.pdf", region_code=f"RU-{i:02d}", order_number=None)
             for i in range(20)]
    g, seen, t, pr = _regroup_counted(monkeypatch, docs, dict(_BASE, doc_id="new", source_path="g.pdf",
                                                              region_code="RU-05", order_number="99"))
    assert seen == [3]                    # the new order, RU-05's partial file and the order it had joined
    assert g.key.to_pylist() == group_arrays(t, pr)[0].to_pylist()
    assert g.dup.to_pylist() == group_arrays(t, pr)[1].to_pylist()


def test_other_grouping_code_regroups_everything(tmp_path, monkeypatch):
    """The state is stamped with the grouping code: after a change to orders.py or
    order_groups.py, groups no document touches are regrouped by the new rules too."""
    from pathlib import Path

    from pipeline.store import orders

    docs, prints = _docs(random.Random(3), 6)
    t, pr = _table(docs, prints)
    g = incremental(order_state.signatures(t), None, _fetch(t, pr))
    order_state.save(tmp_path, None, None, g.new)
    assert order_state.load(tmp_path) is not None
    changed = tmp_path / "orders.py"
    changed.write_text(Path(orders.__file__).read_text(encoding="utf-8") + "\n# another rule\n", encoding="utf-8")
    monkeypatch.setattr(order_state, "_SOURCES", (changed, *order_state._SOURCES[1:]))
    assert order_state.load(tmp_path) is None


def test_a_crash_before_the_state_is_written_is_derived_again(tmp_path, monkeypatch):
    """A commit dies after its regroup rewrote `documents` but before the state was
    saved: its journal stays, so the next holder of the lock re-derives that commit
    (the same seeds) before its own; a next commit changing the same document then
    ends as a rebuild of the same files."""
    from tests.storeutil import SEED_RM, SEED_TP, SEEDS, assert_same, frames, invoke

    raw, out, cache = tmp_path / "raw", tmp_path / "out", tmp_path / "cache"
    raw.mkdir()
    text = (SEEDS / SEED_TP).read_text(encoding="utf-8")
    (raw / "a.txt").write_text(text, encoding="utf-8")
    invoke("rebuild", "--raw", raw, "--out", out, "--cache-dir", cache, "--workers", "1", "-q")
    (raw / "b.txt").write_text(text + "\n", encoding="utf-8")          # a copy: b joins a's group
    real = order_state.save

    def dies(*a, **k):
        raise RuntimeError("killed before the state is written")

    monkeypatch.setattr(order_state, "save", dies)
    with pytest.raises(RuntimeError):
        invoke("ingest", raw / "b.txt", "--raw", raw, "--out", out, "--cache-dir", cache, "--workers", "1", "-q")
    monkeypatch.setattr(order_state, "save", real)
    assert frames(out)["documents"]["duplicate_of"].notna().sum() == 1     # the rewrite happened
    (raw / "b.txt").write_text((SEEDS / SEED_RM).read_text(encoding="utf-8"), encoding="utf-8")
    invoke("ingest", raw / "b.txt", "--raw", raw, "--out", out, "--cache-dir", cache, "--workers", "1", "-q")
    ref = tmp_path / "ref"
    invoke("rebuild", "--raw", raw, "--out", ref, "--cache-dir", cache, "--workers", "1", "-q")
    got = frames(out)
    assert_same(got, frames(ref))
    assert got["documents"]["duplicate_of"].isna().all()                   # b is another order now


@pytest.mark.parametrize("seed", range(30))
def test_no_document_is_read_twice(seed):
    """A commit reads each document's group columns once: the new ones' rows, read
    for their parts, are regrouped as read, and only the others are fetched."""
    rng = random.Random(seed)
    docs, prints = _docs(rng, rng.randrange(1, 14))
    t, pr = _table(docs, prints)
    state = _state(incremental(order_state.signatures(t), None, _fetch(t, pr)))
    docs, again = _step(rng, docs, prints, 0)
    t, pr = _table(docs, prints)
    reads = np.zeros(len(t), dtype=int)
    real = _fetch(t, pr)

    def counted(mask, known):
        reads[mask] += 1
        return real(mask, known)

    mask = np.array([d["doc_id"] in again for d in docs], dtype=bool)
    g = incremental(order_state.signatures(t), state, counted, mask)
    assert reads.max(initial=0) <= 1
    assert g.key.to_pylist() == group_arrays(t, pr)[0].to_pylist()


def test_the_state_is_read_at_each_load_and_not_held_between_commits(tmp_path, monkeypatch):
    """Each load reads the state on disk (another process's in its place included):
    nothing of it stays in this process between commits — a memo of the LIGHT columns
    stayed through the review step, the commit's peak (~16 MB at 100,000 documents)."""
    from pipeline.store.segments import INDEX, write_parquet

    docs, prints = _docs(random.Random(5), 8)
    t, pr = _table(docs, prints)
    new = incremental(order_state.signatures(t), None, _fetch(t, pr)).new
    reads = []
    real = order_state.pq.ParquetFile.read
    monkeypatch.setattr(order_state.pq.ParquetFile, "read", lambda *a, **k: reads.append(a) or real(*a, **k))
    order_state.save(tmp_path, None, None, new)
    held = order_state.LIGHT.names[1:]                  # the signatures are not held: index_of reads them
    for _ in range(2):
        state = order_state.load(tmp_path)
        assert state.light.equals(new.select(held).cast(pa.schema([order_state.LIGHT.field(c) for c in held])))
        assert state.sig_at(np.arange(len(new))).equals(new.column("sig").combine_chunks())
    assert len(reads) == 2
    other = new.cast(order_state.SCHEMA).slice(0, 3).replace_schema_metadata({"stamp": order_state._stamp()})
    write_parquet(other, tmp_path / INDEX / order_state.STATE)         # as another process would
    assert order_state.load(tmp_path).light.equals(other.select(held).replace_schema_metadata(None))


@pytest.mark.parametrize("rows", [1, 3, 32_768])
def test_the_signatures_are_matched_a_batch_at_a_time_as_index_in_matches_them(tmp_path, monkeypatch, rows):
    """index_of over a state on disk (its signatures read SIG_ROWS at a time, never held
    whole) gives what index_in over all of them gives: the first row holding each, -1
    for a signature the state lacks."""
    monkeypatch.setattr(order_state, "SIG_ROWS", rows)
    docs, prints = _docs(random.Random(8), 12)
    t, pr = _table(docs, prints)
    new = incremental(order_state.signatures(t), None, _fetch(t, pr)).new
    order_state.save(tmp_path, None, None, new)
    state = order_state.load(tmp_path)
    assert "sig" not in state.light.column_names
    sig = new.column("sig").combine_chunks()
    asked = pa.concat_arrays([sig.take(pa.array([5, 0, 11, 3])), pa.array(["not in the state", None], pa.string())])
    want = pc.fill_null(pc.index_in(asked, sig), -1).to_numpy(zero_copy_only=False)
    assert state.index_of(asked).tolist() == want.tolist() == [5, 0, 11, 3, -1, -1]


@pytest.mark.parametrize("seed", range(12))
def test_batched_matching_equals_index_in_on_repeated_and_null_signatures(tmp_path, monkeypatch, seed):
    """A state holding one signature in several rows — within a batch and on both sides of
    a batch's boundary — and null ones: index_of still gives index_in's answer over the
    whole column (the first row holding each; a null asked matches the first null row)."""
    rng = random.Random(seed)
    monkeypatch.setattr(order_state, "SIG_ROWS", rng.choice([1, 2, 3, 5, 64]))
    docs, prints = _docs(rng, 10)
    t, pr = _table(docs, prints)
    new = incremental(order_state.signatures(t), None, _fetch(t, pr)).new
    pool = ["s0", "s1", "s2", "", "сигнатура", None]            # few values over 10 rows: repeats
    sigs = pa.array([rng.choice(pool) for _ in range(len(new))], pa.string())
    new = new.set_column(new.schema.get_field_index("sig"), "sig", sigs)
    order_state.save(tmp_path, None, None, new)
    state = order_state.load(tmp_path)
    asked = pa.array([rng.choice(pool + ["absent"]) for _ in range(15)], pa.string())
    want = pc.fill_null(pc.index_in(asked, sigs), -1).to_numpy(zero_copy_only=False)
    assert state.index_of(asked).tolist() == want.tolist()


@pytest.mark.parametrize("seed", range(20))
def test_a_state_on_disk_read_and_rewritten_by_row_groups(tmp_path, monkeypatch, seed):
    """The state as a commit uses it: saved in row groups of 3 rows, loaded (its LIGHT
    columns), the regrouped documents' parts read from the groups holding them, the
    rest copied a row group at a time: after each step the same groups as regrouping
    everything, and the file holds one row per indexed document."""
    from pipeline.store import order_update

    monkeypatch.setattr(order_state, "STATE_ROWS", 3)
    monkeypatch.setattr(order_state, "SIG_ROWS", 2)                 # the signatures matched 2 at a time
    monkeypatch.setattr(order_update, "ROW_GROUP", 3)      # the state's rows made 3 at a time too
    rng = random.Random(seed)
    docs, prints = _docs(rng, rng.randrange(1, 14))
    t, pr = _table(docs, prints)
    g = incremental(order_state.signatures(t), None, _fetch(t, pr))
    order_state.save(tmp_path, None, None, g.new)
    for serial in range(4):
        docs, again = _step(rng, docs, prints, serial)
        t, pr = _table(docs, prints)
        state = order_state.load(tmp_path)
        mask = np.array([d["doc_id"] in again for d in docs], dtype=bool)
        g = incremental(order_state.signatures(t), state, _fetch(t, pr), mask)
        assert g.key.to_pylist() == group_arrays(t, pr)[0].to_pylist()
        assert g.dup.to_pylist() == group_arrays(t, pr)[1].to_pylist()
        if g.changed:
            order_state.save(tmp_path, state, g.keep, g.new, g.patch)
        saved = pq.read_table(tmp_path / ".index" / order_state.STATE, columns=["sig"]).column("sig").to_pylist()
        assert sorted(saved) == sorted(order_state.signatures(t).to_pylist())


def _a_copy_ingested(tmp_path, spoil) -> Path:
    """A rebuild of one seed, `spoil(out)` done to it, then a copy of the seed ingested
    (the copy joins the seed's group): the dataset ends as a rebuild of the same files."""
    from tests.storeutil import SEED_TP, SEEDS, assert_same, frames, invoke

    raw, out, cache = tmp_path / "raw", tmp_path / "out", tmp_path / "cache"
    raw.mkdir()
    text = (SEEDS / SEED_TP).read_text(encoding="utf-8")
    (raw / "a.txt").write_text(text, encoding="utf-8")
    invoke("rebuild", "--raw", raw, "--out", out, "--cache-dir", cache, "--workers", "1", "-q")
    spoil(out)
    (raw / "b.txt").write_text(text + "\n", encoding="utf-8")
    invoke("ingest", raw / "b.txt", "--raw", raw, "--out", out, "--cache-dir", cache, "--workers", "1", "-q")
    ref = tmp_path / "ref"
    invoke("rebuild", "--raw", raw, "--out", ref, "--cache-dir", cache, "--workers", "1", "-q")
    got = frames(out)
    assert_same(got, frames(ref))
    assert got["documents"]["duplicate_of"].notna().sum() == 1
    return out


def test_a_dataset_with_the_older_state_is_regrouped_once(tmp_path):
    """A dataset whose order state has the format before LIGHT/HEAVY (parts, prints and
    keys only) is regrouped whole at its next commit, then ends as a rebuild of the
    same files, with the state in the current format."""
    import pyarrow.parquet as pq

    from pipeline.store.segments import INDEX

    def older(out):
        path = out / INDEX / order_state.STATE
        old = pq.read_table(path).select(["sig", *order_state.HEAVY.names])     # the older format's columns
        old = old.replace_schema_metadata({"stamp": "1:" + order_state._stamp().split(":", 1)[1]})
        pq.write_table(old, path)
        assert order_state.load(out) is None                  # not this format: regroup everything

    out = _a_copy_ingested(tmp_path, older)
    path = out / INDEX / order_state.STATE
    assert order_state.load(out) is not None and pq.read_schema(path).remove_metadata().equals(order_state.SCHEMA)


def _damage_column(path, name: str) -> None:
    """Overwrite every chunk of one column of a Parquet file, its footer left whole:
    the file opens and its other columns read, that column does not."""
    import pyarrow.parquet as pq

    meta = pq.ParquetFile(path).metadata
    col = meta.schema.names.index(name)
    data = bytearray(path.read_bytes())
    for g in range(meta.num_row_groups):
        chunk = meta.row_group(g).column(col)
        start = chunk.dictionary_page_offset or chunk.data_page_offset
        data[start:start + chunk.total_compressed_size] = b"\xff" * chunk.total_compressed_size
    path.write_bytes(bytes(data))


def test_a_state_whose_heavy_columns_do_not_read_is_regrouped_whole(tmp_path):
    """A commit reads of the state only its LIGHT columns up front; when the parts or
    keys of the documents it regroups do not read (a damaged page), it regroups
    everything, as with no state, rather than failing every commit from then on."""
    from pipeline.store.segments import INDEX

    def damaged(out):
        _damage_column(out / INDEX / order_state.STATE, "order_key")
        assert order_state.load(out) is not None               # its LIGHT columns read

    out = _a_copy_ingested(tmp_path, damaged)
    assert order_state.load(out).heavy(np.arange(2)).num_rows == 2   # rewritten whole


def test_a_damaged_row_group_of_the_state_is_found_when_its_rows_are_copied(tmp_path, monkeypatch):
    """The rows a commit copies as they are (State.kept) are read only at the save:
    a page that does not read there says Damaged (the regroup then regroups everything),
    not an error the next commit would meet again."""
    monkeypatch.setattr(order_state, "STATE_ROWS", 3)
    monkeypatch.setattr(order_state, "SIG_ROWS", 2)                 # the signatures matched 2 at a time
    docs, prints = _docs(random.Random(11), 9)
    t, pr = _table(docs, prints)
    order_state.save(tmp_path, None, None, incremental(order_state.signatures(t), None, _fetch(t, pr)).new)
    from pipeline.store.segments import INDEX

    _damage_column(tmp_path / INDEX / order_state.STATE, "print")
    state = order_state.load(tmp_path)
    assert state is not None and len(state.light) == 9
    with pytest.raises(order_state.Damaged):
        list(state.kept(np.ones(9, dtype=bool)))
    with pytest.raises(order_state.Damaged):
        state.heavy(np.array([4]))


@pytest.mark.parametrize("rows", [2, 32_768])
def test_signatures_that_do_not_read_say_damaged(tmp_path, monkeypatch, rows):
    """The state's signatures streamed past the asked ones (index_of): a page of them that does
    not read says Damaged, whichever batch it is in, not an error of the join."""
    monkeypatch.setattr(order_state, "SIG_ROWS", rows)
    docs, prints = _docs(random.Random(12), 9)
    t, pr = _table(docs, prints)
    new = incremental(order_state.signatures(t), None, _fetch(t, pr)).new
    order_state.save(tmp_path, None, None, new)
    from pipeline.store.segments import INDEX

    _damage_column(tmp_path / INDEX / order_state.STATE, "sig")
    state = order_state.load(tmp_path)
    with pytest.raises(order_state.Damaged):
        state.index_of(new.column("sig").combine_chunks())


def test_many_batches_match_as_one_when_every_state_row_is_asked(tmp_path, monkeypatch):
    """Every state row asked, in another order, over many batches: each asked signature gets its
    own row (the join's pairs folded back to the asked order, none lost between batches)."""
    monkeypatch.setattr(order_state, "SIG_ROWS", 4)
    docs, prints = _docs(random.Random(13), 30)
    t, pr = _table(docs, prints)
    new = incremental(order_state.signatures(t), None, _fetch(t, pr)).new
    order_state.save(tmp_path, None, None, new)
    state = order_state.load(tmp_path)
    sig = new.column("sig").combine_chunks()
    order = list(range(len(sig)))[::-1]
    assert state.index_of(sig.take(pa.array(order))).tolist() == order


@pytest.mark.parametrize("seed", range(40))
@pytest.mark.parametrize("buckets", [1, 3])
def test_colliding_link_hashes_only_add_documents(tmp_path, monkeypatch, seed, buckets):
    """Link hashes folded into `buckets` values (every distinct value collides with
    others): the regroup set only grows, so each step, the state on disk in row groups
    of 3 and its LIGHT columns kept in memory between commits, still gives the groups
    of regrouping everything."""
    from pipeline.store import order_update

    monkeypatch.setattr(order_state, "STATE_ROWS", 3)
    monkeypatch.setattr(order_state, "SIG_ROWS", 2)                 # the signatures matched 2 at a time
    monkeypatch.setattr(order_update, "ROW_GROUP", 2)
    real = order_state.link_hash
    monkeypatch.setattr(order_state, "link_hash", lambda v: np.where((h := real(v)) >= 0, h % buckets, -1))
    rng = random.Random(seed)
    docs, prints = _docs(rng, rng.randrange(0, 20))
    t, pr = _table(docs, prints)
    order_state.save(tmp_path, None, None, incremental(order_state.signatures(t), None, _fetch(t, pr)).new)
    for serial in range(5):
        docs, again = _step(rng, docs, prints, serial)
        t, pr = _table(docs, prints)
        state = order_state.load(tmp_path)
        g = incremental(order_state.signatures(t), state, _fetch(t, pr),
                        np.array([d["doc_id"] in again for d in docs], dtype=bool))
        assert (g.key.to_pylist(), g.dup.to_pylist()) == tuple(a.to_pylist() for a in group_arrays(t, pr))
        if g.changed:
            order_state.save(tmp_path, state, g.keep, g.new, g.patch)
