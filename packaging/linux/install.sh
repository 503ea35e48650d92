#!/usr/bin/env bash
# Installs a built bundle (dist/telvalid-desktop/, from packaging/build_bundle.sh) for every user of this machine:
#   /opt/telvalid-desktop/                       the bundle, replaced whole
#   /usr/local/bin/telvalid-desktop, telvalid    links to its two programs
#   /usr/local/share/applications/fr.telvalid.Desktop.desktop, and the icon in /usr/local/share/icons/hicolor
# Run as root:  sudo packaging/linux/install.sh [BUNDLE_DIR]
# To uninstall: sudo packaging/linux/install.sh --uninstall  (the users' workspaces and settings are kept:
# ~/.local/share/telvalid-desktop and ~/.config/telvalid-desktop, or the folders they chose).
set -euo pipefail
cd "$(dirname "$0")/../.."

PREFIX=/opt/telvalid-desktop
BIN=/usr/local/bin
SHARE=/usr/local/share
DESKTOP_FILE=fr.telvalid.Desktop.desktop
ICON_SIZES=(16 32 48 64 128 256)

log() { printf '[install] %s\n' "$*" >&2; }

refresh_desktop_caches() {
  # Menus and icon themes pick the change up without a new session (when their tools are installed).
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$SHARE/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
}

uninstall() {
  rm -rf "$PREFIX"
  rm -f "$BIN/telvalid-desktop" "$BIN/telvalid" "$SHARE/applications/$DESKTOP_FILE"
  rm -f "$SHARE/icons/hicolor/scalable/apps/telvalid.svg"
  for size in "${ICON_SIZES[@]}"; do rm -f "$SHARE/icons/hicolor/${size}x${size}/apps/telvalid.png"; done
  refresh_desktop_caches
  log "removed; workspaces and settings are left where they are"
}

[ "$(id -u)" -eq 0 ] || { log "run it as root (sudo): it writes to $PREFIX and $SHARE"; exit 1; }
if [ "${1:-}" = "--uninstall" ]; then uninstall; exit 0; fi

bundle="${1:-dist/telvalid-desktop}"
[ -x "$bundle/telvalid-desktop" ] && [ -x "$bundle/telvalid" ] || {
  log "no built bundle in $bundle: packaging/build_bundle.sh makes one"; exit 1;
}

# Copied beside the old one, then swapped: a failed copy leaves the installed version working.
rm -rf "$PREFIX.new"
cp -a "$bundle" "$PREFIX.new"
rm -rf "$PREFIX.old"
[ -d "$PREFIX" ] && mv "$PREFIX" "$PREFIX.old"
mv "$PREFIX.new" "$PREFIX"
rm -rf "$PREFIX.old"

install -d "$BIN" "$SHARE/applications" "$SHARE/icons/hicolor/scalable/apps"
ln -sfn "$PREFIX/telvalid-desktop" "$BIN/telvalid-desktop"
ln -sfn "$PREFIX/telvalid" "$BIN/telvalid"
install -m 644 "packaging/linux/$DESKTOP_FILE" "$SHARE/applications/$DESKTOP_FILE"
install -m 644 resources/icons/telvalid.svg "$SHARE/icons/hicolor/scalable/apps/telvalid.svg"
for size in "${ICON_SIZES[@]}"; do
  install -D -m 644 "resources/icons/telvalid-$size.png" "$SHARE/icons/hicolor/${size}x${size}/apps/telvalid.png"
done
refresh_desktop_caches
log "installed in $PREFIX ($(du -sh "$PREFIX" | cut -f1)); 'TelValid Desktop' is in the Office menu, 'telvalid' on PATH"
