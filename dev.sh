#!/usr/bin/env bash
# Set-up and entry points on a fresh Debian 12 machine (root, no display) or a developer's one.
#   ./dev.sh app    install what is missing, then open the window
#   ./dev.sh test   install what is missing, run the static checks (ruff, ruff format, mypy: any failure stops
#                   here), then the whole test suite on SQLite and, at the same time, on a local PostgreSQL server it
#                   installs and starts (TELVALID_TEST_BACKENDS=sqlite: SQLite only)
#   ./dev.sh cli …  install what is missing, then run the `telvalid` command line
#   ./dev.sh bundle [--tesseract-dir DIR]  install what is missing, then build dist/telvalid-desktop/ with
#                   PyInstaller and smoke-test it (packaging/build_bundle.sh, packaging/README.md)
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
  # Fonts of the field set (tests/fieldset/): printed forms and letters, handwritten notes.
  fonts-dejavu-extra fonts-liberation fonts-freefont-ttf
  fonts-dkg-handwriting fonts-breip fonts-humor-sans fonts-femkeklaver fonts-dancingscript fonts-comic-neue
  # The IMAP server the mailbox tests start on the loopback (tests/mail_server.py), and what makes its certificate.
  dovecot-imapd openssl
)
VENV=.venv
TEST_DATABASE=telvalid_test

log() { printf '[dev.sh] %s\n' "$*" >&2; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

ensure_system_packages() {
  local missing=() package
  command -v python3 >/dev/null || missing+=(python3)
  python3 -c 'import ensurepip, venv' 2>/dev/null || missing+=(python3-venv)
  for package in "${APT_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return
  log "installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# The local PostgreSQL server the second test run uses: started if down, with a superuser role
# for the current user and an empty test database (each test empties it again).
ensure_postgres() {
  local cluster
  cluster="$(pg_lsclusters --no-header | awk 'NR == 1 {print $1 " " $2}')"
  if [ -z "$cluster" ]; then
    log "creating a PostgreSQL cluster"
    as_root pg_createcluster "$(ls /usr/lib/postgresql | sort -V | tail -1)" main >/dev/null
    cluster="$(pg_lsclusters --no-header | awk 'NR == 1 {print $1 " " $2}')"
  fi
  pg_lsclusters --no-header | awk 'NR == 1 {print $4}' | grep -q online || {
    log "starting PostgreSQL $cluster"
    as_root pg_ctlcluster $cluster start
  }
  local me
  me="$(id -un)"
  if ! as_root runuser -u postgres -- psql -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$me'" | grep -q 1; then
    as_root runuser -u postgres -- createuser --superuser "$me"
  fi
  psql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$TEST_DATABASE'" | grep -q 1 \
    || createdb "$TEST_DATABASE"
}

# A few seconds: the lint, the package's formatting and its types; every check runs, any failure fails.
run_static_checks() {
  local status=0
  log "static checks: ruff check, ruff format --check, mypy"
  "$VENV/bin/ruff" check --quiet telvalid_desktop tests || status=$?
  "$VENV/bin/ruff" format --check --quiet telvalid_desktop || status=$?
  "$VENV/bin/mypy" telvalid_desktop || status=$?
  return "$status"
}

# Both passes at once when both are asked for: CI has two cores and each pass spends much of its time
# waiting (Qt event loops, subprocesses, the database), so together they take little more than the longer
# one alone. The SQLite pass prints as it goes; the PostgreSQL pass's output follows when it ends.
run_tests() {
  local backends="${TELVALID_TEST_BACKENDS:-sqlite postgresql}" status=0 postgres_pid="" postgres_dir=""
  if [[ " $backends " == *" postgresql "* ]]; then
    ensure_postgres
    postgres_dir="$(mktemp -d)"  # its own temporary files: two pytest runs must not tidy each other's
    log "tests on PostgreSQL ($TEST_DATABASE), in the background"
    TELVALID_TEST_DATABASE="postgresql:///$TEST_DATABASE" "$VENV/bin/python" -m pytest \
      --basetemp="$postgres_dir/pytest" "$@" >"$postgres_dir/output" 2>&1 &
    postgres_pid=$!
    trap 'kill "$postgres_pid" 2>/dev/null || true' INT TERM
  fi
  if [[ " $backends " == *" sqlite "* ]]; then
    log "tests on SQLite"
    TELVALID_TEST_DATABASE="" "$VENV/bin/python" -m pytest "$@" || status=$?
  fi
  if [ -n "$postgres_pid" ]; then
    wait "$postgres_pid" || status=$?
    log "tests on PostgreSQL ($TEST_DATABASE):"
    cat "$postgres_dir/output"
    rm -rf "$postgres_dir"
  fi
  return "$status"
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
    ensure_system_packages postgresql; ensure_venv; compile_translations
    run_static_checks || { log "static checks failed: tests not run"; exit 1; }
    run_tests "$@" ;;
  cli)
    ensure_system_packages; ensure_venv
    exec "$VENV/bin/telvalid" "$@" ;;
  bundle)
    # binutils: PyInstaller reads the libraries with objdump; the spec with readelf and strip.
    ensure_system_packages binutils; ensure_venv
    exec packaging/build_bundle.sh "$@" ;;
  *)
    echo "usage: ./dev.sh app|test|cli|bundle [args…]" >&2; exit 2 ;;
esac
