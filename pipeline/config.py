"""The common options from a configuration file and the environment.

    touchpoints.toml in the working folder      raw = "orders"
                                                out = "dataset"
                                                cache-dir = "~/.cache/touchpoints"
                                                workers = 4
                                                csv-sep = ";"
    TOUCHPOINTS_RAW, TOUCHPOINTS_OUT, TOUCHPOINTS_CACHE_DIR, TOUCHPOINTS_WORKERS, TOUCHPOINTS_CSV_SEP
    TOUCHPOINTS_NEED_CALIBRATION=on|off   (no file key: the needs' calibration step, normalizers/need_calibration.py)

Command line beats environment beats file beats the built-in default (the CLI
hands these to click as defaults; `open_dataset()` reads `out` from here too).
Relative paths in the file are relative to the file's folder, in the
environment to the working folder.  An unknown key or a bad value is a
ConfigError (one line): a typo must not silently fall back to a default.
"""
from __future__ import annotations

import os
import tomllib
from pathlib import Path

FILE_NAME = "touchpoints.toml"
KEYS = ("raw", "out", "cache-dir", "workers", "csv-sep")
ENV = {k: "TOUCHPOINTS_" + k.upper().replace("-", "_") for k in KEYS}
PATH_KEYS = ("raw", "out", "cache-dir")
CALIBRATION_VAR = "TOUCHPOINTS_NEED_CALIBRATION"     # no option of a command: on (default) or off
SEPARATORS = {",": ",", ";": ";", "tab": "\t", "\t": "\t"}


class ConfigError(ValueError):
    """A bad configuration file or variable (one line for the user)."""


def _value(key: str, raw, base: Path | None, where: str):
    if key in PATH_KEYS:
        if not isinstance(raw, str) or not raw.strip():
            raise ConfigError(f"{where}: {key} must be a folder path")
        p = Path(raw).expanduser()
        return p if p.is_absolute() or base is None else base / p
    if key == "workers":
        try:
            n = int(raw)
        except (TypeError, ValueError):
            n = 0
        if n < 1 or isinstance(raw, bool):
            raise ConfigError(f"{where}: workers must be a whole number of at least 1, not {raw!r}")
        return n
    if raw not in SEPARATORS:
        raise ConfigError(f"{where}: csv-sep must be one of ',' ';' 'tab', not {raw!r}")
    return SEPARATORS[raw]


def _from_file(path: Path) -> dict:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise ConfigError(f"{path}: not a readable TOML file: {e}") from None
    data = data.get("touchpoints", data)          # a [touchpoints] table or top-level keys
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        raise ConfigError(f"{path}: unknown key(s) {', '.join(unknown)} (known: {', '.join(KEYS)})")
    return {k: _value(k, v, path.parent, str(path)) for k, v in data.items()}


def load(cwd: Path | None = None, environ: dict | None = None) -> dict:
    """{key: value} of the settings given by the file in `cwd` and by the environment."""
    cwd = Path.cwd() if cwd is None else Path(cwd)
    environ = os.environ if environ is None else environ
    path = cwd / FILE_NAME
    settings = _from_file(path) if path.is_file() else {}
    for key, var in ENV.items():
        if environ.get(var):
            settings[key] = _value(key, environ[var], cwd, var)
    switch = environ.get(CALIBRATION_VAR)
    if switch and switch.strip().lower() not in ("on", "off"):        # empty: unset, as the others
        # read by normalizers/need_calibration.py, which takes anything but "off" for on: "0" or
        # "false" must not leave the step on in silence
        raise ConfigError(f"{CALIBRATION_VAR} must be on or off, not {switch!r}")
    return settings


def click_defaults(settings: dict) -> dict:
    """The settings under the names of the commands' parameters."""
    names = {"raw": "raw", "out": "out", "cache-dir": "cache_dir", "workers": "workers", "csv-sep": "sep"}
    return {names[k]: v for k, v in settings.items()}
