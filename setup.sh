#!/usr/bin/env bash
# Sets up everything on a fresh Debian/Ubuntu machine: system tools, then a
# virtual environment in .venv with the project and its test tools.
# Safe to run again: it only installs what is missing.
#
#   ./setup.sh                 everything: the pipeline and what its tests need
#   ./setup.sh --runtime-only  only the pipeline (no fixture fonts, Chromium, test tools)
#
# System packages are installed with apt-get as root.  Not root?  Run the
# printed `sudo apt-get install ...` line yourself, then run ./setup.sh again.
set -euo pipefail
cd "$(dirname "$0")"

runtime_only=0
for arg in "$@"; do
  case "$arg" in
    --runtime-only) runtime_only=1 ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "setup: unknown option $arg (see --help)" >&2; exit 2 ;;
  esac
done

need=()
# -- the pipeline: Python with venv
python3 -c "import venv, ensurepip" >/dev/null 2>&1 || need+=(python3-venv)
# Tesseract with its Russian data reads scanned orders (Debian's packages; nothing downloaded at run time);
# LibreOffice converts .doc/.rtf/.odt orders; poppler-utils rasterises scanned PDF pages.
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr)
{ command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx rus; } || need+=(tesseract-ocr-rus)
# the OCR engine is kept loaded in each worker from the shared library (ctypes; the command is the fallback)
ldconfig -p 2>/dev/null | grep -q 'libtesseract\.so\.5 ' || need+=(libtesseract5)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)

# -- the tests only (LibreOffice, installed above, also renders the test fixtures
# .docx -> .pdf): the fonts the fixtures ask for by name
# ("Times New Roman", "Arial", "Calibri", "Cambria"), as their metric-compatible
# free versions - without them LibreOffice substitutes a wider font and every
# line breaks elsewhere (the fixture builder refuses to render then).
if [ "$runtime_only" = 0 ]; then
  command -v fc-match >/dev/null 2>&1 || need+=(fontconfig)
  for pkg in fonts-liberation2 fonts-crosextra-carlito fonts-crosextra-caladea fonts-dejavu-core hyphen-ru; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || need+=("$pkg")
  done
  # LibreOffice Calc opens the `export --xlsx` workbook in a test (converted to CSV)
  dpkg-query -W -f='${Status}' libreoffice-calc-nogui 2>/dev/null | grep -q "ok installed" || need+=(libreoffice-calc-nogui)
  # Debian's chromium renders the HTML report headless in a test (screenshot, console errors)
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
fi

if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing system packages: ${need[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
    command -v fc-cache >/dev/null 2>&1 && fc-cache -f >/dev/null 2>&1 || true
  else
    echo "setup: missing system packages: ${need[*]}" >&2
    echo "setup: not root - run:  sudo apt-get install --no-install-recommends ${need[*]}" >&2
    echo "setup: then ./setup.sh again; continuing without them (PDF fixture tests will be skipped or fail)" >&2
  fi
fi

if [ ! -x .venv/bin/python ]; then
  echo "setup: creating the virtual environment .venv" >&2
  python3 -m venv .venv
fi
extras='[test,dask]'
[ "$runtime_only" = 1 ] && extras=''
stamp=.venv/.installed-$(cat pyproject.toml | sha256sum | cut -c1-16)-${runtime_only}
if [ ! -f "$stamp" ]; then
  echo "setup: installing the project into .venv (pip install -e .${extras})" >&2
  if ! .venv/bin/python -m pip install -q -e ".${extras}" >.venv/pip.log 2>&1; then
    tail -30 .venv/pip.log >&2
    exit 1
  fi
  rm -f .venv/.installed-* && touch "$stamp"
fi
echo "setup: done. Run the tests: .venv/bin/python -m pytest -q" >&2
