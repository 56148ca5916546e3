"""The one loader of the YAML vocabularies kept as data, and the one way to cache what is built from them.

A vocabulary file that is missing, too large, not YAML, uses YAML aliases, or lacks a
key the code relies on fails at load time with the file's name and the key — never
later as a KeyError deep inside a matcher.  Aliases are refused outright: data files
never need them, and nested aliases are how a few hundred bytes of YAML expand into
gigabytes ("billion laughs").

    @vocabulary(DATA / "x.yaml", required=("terms",))
    def terms(data) -> Terms:          # built once, on first call: terms()
        return Terms(data["terms"])
"""
from __future__ import annotations

import functools
import pickle
from pathlib import Path
from typing import Callable, TypeVar

import yaml

DATA = Path(__file__).resolve().parent / "data"
MAX_BYTES = 1024 * 1024        # the largest vocabulary is ~10 KB: anything near this is no vocabulary
T = TypeVar("T")


class VocabularyError(ValueError):
    """A vocabulary file cannot be used."""


# libyaml's loader where installed (the vocabularies are read at every start: ~7x less CPU
# than the pure-Python one), the same SafeLoader rules either way
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _refuse_aliases(root: yaml.Node) -> None:
    """An alias is a node reached twice: refused before anything is constructed from it."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            raise yaml.composer.ComposerError(None, None, "aliases are not allowed in data files",
                                              node.start_mark)
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            stack.extend(part for pair in node.value for part in pair)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


def _parse(text: str) -> object:
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return None
        _refuse_aliases(root)
        return loader.construct_document(root)
    finally:
        loader.dispose()


def loads(text: str) -> object:
    """YAML text as data, with the safe loader and no aliases (yaml.YAMLError otherwise)."""
    return _parse(text)


@functools.lru_cache(maxsize=128)
def _parsed(text: str) -> bytes | None:
    """A vocabulary's text parsed once per process, kept pickled: one file is read by many
    builders (need_grammar.yaml by ~16, columns.yaml by ~20), and its parse (the alias check
    walks every node in Python) cost ~30 ms each time; keyed by the text, so an edited file
    is parsed afresh.  None where pickle cannot take it: nested deeper than pickle recurses
    (a few hundred levels; libyaml allows ~1000), parsed again at each read as before."""
    data = loads(text)
    try:
        return pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)
    except RecursionError:
        return None


def _fresh(text: str) -> object:
    """The parse of `text`, a copy of its own for each caller (a builder may change what it was given)."""
    kept = _parsed(text)
    return loads(text) if kept is None else pickle.loads(kept)


def _read(path: Path) -> object:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise VocabularyError(f"{path.name}: {size} bytes, over the {MAX_BYTES} allowed for a vocabulary")
        return _fresh(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise VocabularyError(f"{path.name}: cannot read ({e.strerror or e})") from e
    except yaml.YAMLError as e:
        raise VocabularyError(f"{path.name}: not valid YAML ({e})") from e


def load_yaml(path: str | Path, required: tuple[str, ...] = ()) -> dict:
    """The mapping stored in `path` (a fresh copy per call); `required` top-level keys must be present."""
    path = Path(path)
    data = _read(path)
    if not isinstance(data, dict):
        raise VocabularyError(f"{path.name}: expected a mapping at the top level")
    missing = [k for k in required if k not in data]
    if missing:
        raise VocabularyError(f"{path.name}: missing key(s) {', '.join(missing)}")
    return data


def vocabulary(path: str | Path, required: tuple[str, ...] = ()) -> Callable[[Callable[[dict], T]], Callable[[], T]]:
    """Decorator: `build(data)` becomes a no-argument function that loads `path`
    (checked by `load_yaml`) and builds from it once, on its first call."""
    def wrap(build: Callable[[dict], T]) -> Callable[[], T]:
        @functools.lru_cache(maxsize=1)
        @functools.wraps(build)
        def get() -> T:
            return build(load_yaml(path, required))
        return get
    return wrap
