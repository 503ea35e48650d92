#!/usr/bin/env bash
# Builds the one-folder Linux bundle dist/telvalid-desktop/ with PyInstaller: the window `telvalid-desktop` and
# the command line `telvalid` side by side in it. Then smoke-tests it (packaging/smoke_test.py). See packaging/README.md.
#   packaging/build_bundle.sh [--tesseract-dir DIR] [--clean] [--no-smoke]
#     --tesseract-dir DIR  bundle the Tesseract installed under DIR too (DIR=/usr: Debian's tesseract-ocr);
#                          TELVALID_TESSERACT_DIR=DIR does the same. Without it the bundle uses the system's.
#     --clean              start from an empty PyInstaller cache (build/pyinstaller): a full build
#     --no-smoke           build only
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=.venv
BUNDLE=dist/telvalid-desktop
tesseract_dir="${TELVALID_TESSERACT_DIR:-}"
clean=()
smoke=1

log() { printf '[build_bundle] %s\n' "$*" >&2; }
usage() { echo "usage: packaging/build_bundle.sh [--tesseract-dir DIR] [--clean] [--no-smoke]" >&2; exit 2; }

while [ $# -gt 0 ]; do
  case "$1" in
    --tesseract-dir) [ $# -ge 2 ] || usage; tesseract_dir="$2"; shift 2 ;;
    --clean) clean=(--clean); shift ;;
    --no-smoke) smoke=0; shift ;;
    *) usage ;;
  esac
done

[ -x "$VENV/bin/python" ] || { log "no $VENV here: ./dev.sh bundle creates it, then builds"; exit 1; }
"$VENV/bin/python" -c 'import PyInstaller' 2>/dev/null || {
  log "installing PyInstaller (the packaging extra of pyproject.toml)"
  "$VENV/bin/python" -m pip install -q -e '.[packaging]'
}
# The bundle ships the compiled translations; they are build outputs, not in git.
for ts in resources/i18n/*.ts; do
  qm="${ts%.ts}.qm"
  [ "$qm" -nt "$ts" ] || "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "$qm"
done

log "building $BUNDLE${tesseract_dir:+ with the Tesseract of $tesseract_dir}"
started=$(date +%s)
TELVALID_TESSERACT_DIR="$tesseract_dir" "$VENV/bin/python" -m PyInstaller --noconfirm --log-level WARN \
  "${clean[@]}" --distpath dist --workpath build/pyinstaller packaging/telvalid-desktop.spec
built=$(date +%s)
log "built in $((built - started)) s: $BUNDLE is $(du -sh "$BUNDLE" | cut -f1)" \
  "($(find "$BUNDLE" -type f | wc -l) files${tesseract_dir:+, Tesseract $(du -sh "$BUNDLE/_internal/tesseract" | cut -f1)})"

if [ "$smoke" -eq 1 ]; then
  log "smoke test"
  "$VENV/bin/python" packaging/smoke_test.py "$BUNDLE"
  log "build and smoke test took $(($(date +%s) - started)) s"
fi
