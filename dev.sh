#!/usr/bin/env bash
# Set-up and entry points on a fresh Debian 12 machine (root, no display) or a developer's one.
#   ./dev.sh app    install what is missing, then open the window
#   ./dev.sh test   install what is missing, then run the whole test suite
#   ./dev.sh cli …  install what is missing, then run the `telvalid` command line
# Quick when everything is already there: a dpkg query and a checksum of pyproject.toml.
set -euo pipefail
cd "$(dirname "$0")"

APT_PACKAGES=(
  tesseract-ocr tesseract-ocr-fra tesseract-ocr-eng tesseract-ocr-osd
  xvfb xauth
  # What Qt's xcb platform plugin loads (PySide6 wheels bring Qt itself, not these).
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0
  fonts-dejavu-core
)
VENV=.venv

log() { printf '[dev.sh] %s\n' "$*" >&2; }

ensure_system_packages() {
  local missing=() package
  command -v python3 >/dev/null || missing+=(python3)
  python3 -c 'import ensurepip, venv' 2>/dev/null || missing+=(python3-venv)
  for package in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return
  log "installing Debian packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_venv() {
  local stamp="$VENV/.installed-$(sha256sum pyproject.toml | cut -c1-16)"
  [ -f "$stamp" ] && return
  if [ ! -x "$VENV/bin/python" ]; then
    python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { log "Python 3.11 or newer is needed"; exit 1; }
    log "creating the virtual environment in $VENV"
    python3 -m venv "$VENV"
  fi
  log "installing the project and its dependencies"
  "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
  "$VENV/bin/python" -m pip install -q -e '.[dev]'
  rm -f "$VENV"/.installed-*
  touch "$stamp"
}

compile_translations() {
  local ts qm
  for ts in resources/i18n/*.ts; do
    qm="${ts%.ts}.qm"
    [ "$qm" -nt "$ts" ] || "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "$qm"
  done
}

command="${1:-}"
[ $# -gt 0 ] && shift
case "$command" in
  app)
    ensure_system_packages; ensure_venv; compile_translations
    exec "$VENV/bin/python" main.py "$@" ;;
  test)
    ensure_system_packages; ensure_venv; compile_translations
    exec "$VENV/bin/python" -m pytest "$@" ;;
  cli)
    ensure_system_packages; ensure_venv
    exec "$VENV/bin/telvalid" "$@" ;;
  *)
    echo "usage: ./dev.sh app|test|cli [args…]" >&2; exit 2 ;;
esac
