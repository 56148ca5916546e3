"""The needs' calibration around its step: its signature's cache under overrides, the switch in the
parse-cache key and in the configuration, the fresh readings' git history (shallow clones), and
the fit script's header — the command that writes the table again, byte for byte."""
from __future__ import annotations

import importlib.util
import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from normalizers import need_calibration
from normalizers.matcher import _OVERRIDE_HOOKS, taxonomy
from normalizers.need_signature import phrase_facts
from pipeline.config import ConfigError, load
from textcore.vocab import load_yaml

ROOT = Path(__file__).resolve().parent.parent


def test_the_signature_forgets_the_keyword_rules_reading_when_overrides_change():
    # "Получение информации" is the information code's own words: its keyword rules read it so; an
    # analyst's override of the phrase replaces that reading (Taxonomy.match), and taking it back restores it
    phrase, tax = "Получение информации о порядке", taxonomy("needs")
    old = dict(tax.overrides)
    try:
        tax.set_overrides({})
        assert phrase_facts(phrase)[1] == "information"
        tax.set_overrides({phrase: "consultation"})
        assert phrase_facts(phrase)[1] == ""
        tax.set_overrides({})
        assert phrase_facts(phrase)[1] == "information"
    finally:
        tax.overrides = old
        tax.match.cache_clear()
        for hook in _OVERRIDE_HOOKS:
            hook()


def test_the_parse_cache_key_follows_the_step_itself(monkeypatch):
    """The key says what the reader does: the step's state, not a second reading of the variable."""
    from pipeline.version import taxonomy_hash
    monkeypatch.delenv("TOUCHPOINTS_NEED_CALIBRATION", raising=False)
    got = []
    for on in (True, False):
        monkeypatch.setattr(need_calibration, "ACTIVE", [on])
        taxonomy_hash.cache_clear()
        got.append(taxonomy_hash())
    taxonomy_hash.cache_clear()
    assert got[0] != got[1]


@pytest.mark.parametrize("value", ["0", "false", "no", "of", " "])
def test_a_switch_other_than_on_or_off_is_a_configuration_error(tmp_path, value):
    with pytest.raises(ConfigError, match="TOUCHPOINTS_NEED_CALIBRATION must be on or off"):
        load(tmp_path, {"TOUCHPOINTS_NEED_CALIBRATION": value})


def test_the_command_line_refuses_a_bad_switch_in_one_line_exit_2(tmp_path):
    from tests.storeutil import env
    res = subprocess.run([sys.executable, "-m", "pipeline", "query", "select 1"], cwd=tmp_path, capture_output=True,
                         text=True, env=env(TOUCHPOINTS_NEED_CALIBRATION="false"))
    assert res.returncode == 2 and "TOUCHPOINTS_NEED_CALIBRATION" in res.stderr and "Traceback" not in res.stderr


def test_on_and_off_in_any_case_are_accepted(tmp_path):
    for value in ("on", "off", "OFF", " Off ", ""):        # empty: unset, as every TOUCHPOINTS_ variable
        assert load(tmp_path, {"TOUCHPOINTS_NEED_CALIBRATION": value}) == {}
    code = "from normalizers import need_calibration as c; print(c.ACTIVE[0])"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "TOUCHPOINTS_NEED_CALIBRATION": " Off "})
    assert run.stdout.strip() == "False", run.stderr


# -- fresh readings: the commit that added a pool, from the history at hand ------------------------

def _fresh_module(root: Path):
    spec = importlib.util.spec_from_file_location("fresh_need_signatures_under_test",
                                                  ROOT / "benchmarks" / "fresh_need_signatures.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.ROOT = root
    return mod


def _git(cwd: Path, *args: str) -> str:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(cwd), "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t", "GIT_CONFIG_NOSYSTEM": "1"}
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True, env=env).stdout.strip()


@pytest.fixture
def history(tmp_path):
    """A repository whose first commit adds pool `px`'s tune half and whose second adds a file."""
    repo = tmp_path / "repo"
    (repo / "benchmarks/layoutbed/px/tune").mkdir(parents=True)
    _git(repo, "init", "-q")
    (repo / "benchmarks/layoutbed/px/tune/needs.tsv").write_text("cell\tcodes\n", encoding="utf-8")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "pool")
    first = _git(repo, "rev-parse", "HEAD")
    (repo / "later.txt").write_text("x", encoding="utf-8")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "later")
    return repo, first


def test_the_commit_that_added_a_pool_is_found_in_a_full_history(history):
    repo, first = history
    assert _fresh_module(repo).added_at("px") == first


def test_a_shallow_clone_is_a_clear_message_not_a_later_commit(history, tmp_path):
    repo, first = history
    clone = tmp_path / "clone"
    _git(tmp_path, "clone", "-q", "--depth", "1", f"file://{repo}", str(clone))
    # the clone's one commit seems to add every file: taken for the pool's, it would be a later code
    with pytest.raises(SystemExit, match="shallow"):
        _fresh_module(clone).added_at("px")


def test_no_history_of_the_pool_and_no_repository_are_clear_messages(history, tmp_path):
    repo, _ = history
    with pytest.raises(SystemExit, match="no commit of the history adds"):
        _fresh_module(repo).added_at("py")
    (tmp_path / "plain").mkdir()
    with pytest.raises(SystemExit, match="git log failed"):
        _fresh_module(tmp_path / "plain").added_at("px")


def test_the_fresh_readings_default_file_is_ignored_by_git():
    out = _fresh_module(ROOT).OUT
    assert subprocess.run(["git", "-C", str(ROOT), "check-ignore", "-q", str(out)]).returncode == 0


# -- the fit script's header: the command that writes the table again ------------------------------

def _fit(tmp_path: Path, fresh: Path, out: Path, *extra: str) -> str:
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "fit_need_calibration.py"), "--fresh", str(fresh),
                          "--no-today", "--out", str(out), *extra], capture_output=True, text=True, cwd=ROOT,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stderr
    return out.read_text(encoding="utf-8")


def test_the_header_states_the_setting_given_and_a_second_fit_writes_the_same_bytes(tmp_path):
    lines = [json.dumps({"writer": w, "commit": "0", "score": 0.95, "ok": i % 3 > 0, "codes": ["result"],
                         "sigs": [["other" if i % 2 else "same", "result", "table", "0", "1p1c", "1"]]})
             for w in ("a", "b") for i in range(30)]
    fresh = tmp_path / "fresh.jsonl"
    fresh.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first = _fit(tmp_path, fresh, tmp_path / "one.yaml", "--bar", "0.8", "--prior", "10")
    assert "benchmarks/fit_need_calibration.py --bar 0.8 --prior 10\n" in first
    assert first == _fit(tmp_path, fresh, tmp_path / "two.yaml", "--bar", "0.8", "--prior", "10")
    chosen = _fit(tmp_path, fresh, tmp_path / "three.yaml", "--min-cells", "5")
    assert "benchmarks/fit_need_calibration.py --min-cells 5\n" in chosen and "--bar" not in chosen.split("\n")[1]


def test_the_shipped_tables_header_names_the_setting_its_body_holds():
    path = ROOT / "normalizers" / "data" / "need_calibration.yaml"
    text = path.read_text(encoding="utf-8")
    command = next(line for line in text.splitlines() if "benchmarks/fit_need_calibration.py" in line)
    words = shlex.split(command.lstrip("# "))
    args = words[words.index("benchmarks/fit_need_calibration.py") + 1:]
    given = dict(zip(args[::2], args[1::2]))
    data = load_yaml(path, ("bar", "prior", "min_cells", "buckets"))
    assert float(given.get("--min-cells", 10)) == data["min_cells"]
    if "--bar" in given:
        assert float(given["--bar"]) == data["bar"] and float(given["--prior"]) == data["prior"]
    else:           # the curve chose: a bar and prior of its grid
        from benchmarks.fit_need_calibration import BARS, PRIORS
        assert data["bar"] in BARS and data["prior"] in PRIORS
    assert not re.search(r"\d{4}-\d\d-\d\d", text), "a date in the header: the file is not written again byte for byte"


def test_the_benchmarks_sure_need_of_thousands_of_words_reads_one_code_calibrated_or_not(monkeypatch):
    """benchmarks/bench_hostile_inputs.py's case of the signature's cost: what it reads (time: the script's)."""
    from normalizers import match_needs
    cell = "Получение информации о порядке предоставления услуги" + " жителям района" * 300
    got = []
    for on in (True, False):
        monkeypatch.setattr(need_calibration, "ACTIVE", [on])
        got.append([m.code for m in match_needs(cell)])
    assert got == [["information"], ["information"]]
