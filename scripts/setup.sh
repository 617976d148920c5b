#!/usr/bin/env bash
# Sets up everything mouplanner needs on a fresh Debian/Ubuntu machine: the system libraries
# Qt needs (offscreen and X11), then a virtual environment in .venv with the app and its test
# tools. Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(
  libegl1 libgl1 libfontconfig1 fonts-dejavu-core libglib2.0-0 libdbus-1-3 libx11-6
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  # Qt breaks Thai lines between words with libthai (without it, anywhere in a word)
  libthai0
  # for the tests: exported workbooks are opened in LibreOffice, headless; PDF reports are read
  # back with pdftotext and rendered with pdftoppm
  libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils
  # MS Project XML exports are read back with MPXJ, a Java library (test-only)
  default-jre-headless
  # a PostgreSQL server the tests start in a folder of their own, for workspaces on a server
  postgresql
  # the standalone bundle (make bundle): PyInstaller reads libraries with binutils; ICU's data is
  # cut to the app's locales with icupkg and linked with gcc (packaging/icu_data.py); a clean
  # Debian root the tests make, to start the bundle where there is no Python
  binutils gcc icu-devtools debootstrap
)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else SUDO="none"; fi
  if [ "$SUDO" = none ]; then
    echo "Please install these system packages first: ${missing[*]}" >&2
    exit 1
  fi
  echo "Installing system packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e ".[test]"
touch .venv/.installed
