"""The parent's allocator settings (pipeline/allocator.py, issue 20): set before pyarrow
loads, honoured by pyarrow's own mimalloc, never over the user's; free pages given back
after every flush of the store."""
from __future__ import annotations

import subprocess
import sys

import pyarrow as pa
import pytest
from tests.storeutil import ROOT, corpus, env, invoke

from pipeline import allocator

_PURGE = "MIMALLOC_PURGE_DELAY"


def test_tune_env_sets_what_is_unset_and_keeps_the_users():
    environ: dict[str, str] = {}
    allocator.tune_env(environ)
    assert environ[_PURGE] == "0"
    mine = {_PURGE: "250"}
    allocator.tune_env(mine)
    assert mine == {_PURGE: "250"}


@pytest.mark.parametrize("users", [{"MIMALLOC_RESET_DELAY": "250"}, {"mimalloc_purge_delay": "250"},
                                   {"Mimalloc_Reset_Delay": "250"}])
def test_tune_env_keeps_the_users_under_mimallocs_other_spellings(users):
    # mimalloc reads option names in any case, and purge_delay under its older name reset_delay
    environ = dict(users)
    allocator.tune_env(environ)
    assert environ == users


def _mimalloc_options(**extra) -> str:
    """What Arrow's mimalloc says of its options in a fresh process started as the command line starts."""
    e = env(MIMALLOC_VERBOSE=1, **extra)
    if _PURGE not in extra:
        e.pop(_PURGE, None)         # this process's own (importing pipeline.cli sets it)
    code = "import pipeline.cli, pyarrow as pa; pa.allocate_buffer(64)"
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=e, capture_output=True, text=True,
                          check=True).stderr


@pytest.mark.skipif(pa.default_memory_pool().backend_name != "mimalloc", reason="Arrow built without mimalloc")
def test_the_command_lines_setting_reaches_arrows_mimalloc():
    # the option is read once, when libarrow loads: importing the command line first must set it
    assert "option 'purge_delay': 0" in _mimalloc_options()
    assert "option 'purge_delay': 250" in _mimalloc_options(**{_PURGE: 250})
    assert "option 'purge_delay': 250" in _mimalloc_options(MIMALLOC_RESET_DELAY=250)    # its older name


def test_give_back_trims_the_c_heap(monkeypatch):
    calls = []
    monkeypatch.setattr(allocator, "_libc", [lambda pad: calls.append(pad) or 1])
    allocator.give_back()
    assert calls == [0]


def test_give_back_without_malloc_trim(monkeypatch):
    monkeypatch.setattr(allocator, "_libc", [None])      # musl, macOS: nothing to trim, no error
    allocator.give_back()


def test_malloc_trim_looked_up_once_and_guarded(monkeypatch):
    monkeypatch.setattr(allocator, "_libc", [])
    trim = allocator._malloc_trim()
    if sys.platform.startswith("linux") and "glibc" in " ".join(__import__("platform").libc_ver()):
        assert trim is not None and trim(0) in (0, 1)
    assert allocator._malloc_trim() is trim


def test_every_flush_gives_memory_back(tmp_path, monkeypatch):
    # a rebuild's segments and folds, then its last commit: each flush hands back what it freed
    import pipeline.store.dataset as dataset

    calls = []
    monkeypatch.setattr(dataset, "give_back", lambda: calls.append(1))
    monkeypatch.setattr(dataset, "SEGMENT_DOCS", 1)
    raw = corpus(tmp_path / "raw")
    assert invoke("rebuild", "--raw", raw, "--out", tmp_path / "out", "--workers", 1, "-q",
                  "--no-cache").exit_code == 0
    assert len(calls) >= 3          # two one-document segments, then the run's last commit
