#!/usr/bin/env bash
# Sets up everything on a fresh Debian/Ubuntu machine: system tools, then a
# virtual environment in .venv with the project and its test tools.
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")"

# System tools: LibreOffice renders test fixtures (.docx -> .pdf); poppler-utils
# rasterises PDF pages.  Installed only where missing, and only as root.
need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
# Tesseract with its Russian data reads scanned orders (Debian's packages; nothing downloaded at run time).
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr)
{ command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx rus; } || need+=(tesseract-ocr-rus)
python3 -c "import venv, ensurepip" >/dev/null 2>&1 || need+=(python3-venv)
# test-only tools: Debian's chromium renders the HTML report headless in a test (screenshot, console errors)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing ${need[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "setup: please install ${need[*]} (needs root); continuing without them" >&2
  fi
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f "$stamp" ]; then
  if ! .venv/bin/python -m pip install -q -e '.[test,dask]' >.venv/pip.log 2>&1; then
    tail -30 .venv/pip.log >&2
    exit 1
  fi
  rm -f .venv/.installed-* && touch "$stamp"
fi
