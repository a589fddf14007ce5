#!/bin/sh
# Install Planwright for the current user (no root needed): the program goes to
# ~/.local/lib/planwright, a `planwright` link to ~/.local/bin, the menu entry, the
# .pwp file type and the icons to ~/.local/share.    ./install.sh --uninstall removes them.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
prefix=$HOME/.local/lib/planwright
bin=$HOME/.local/bin

refresh() {
  command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data/mime" || true
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$prefix"
  [ -L "$bin/planwright" ] && rm -f "$bin/planwright"
  rm -f "$data/applications/planwright.desktop" "$data/mime/packages/planwright.xml"
  rm -f "$data"/icons/hicolor/*/apps/planwright.png "$data"/icons/hicolor/*/mimetypes/application-x-planwright.png
  refresh
  echo "Planwright removed (your projects and settings are kept)."
  exit 0
fi

rm -rf "$prefix"
mkdir -p "$prefix" "$bin" "$data/applications" "$data/mime/packages"
cp -R "$here/planwright" "$here/_internal" "$prefix/"
ln -sf "$prefix/planwright" "$bin/planwright"
sed "s|^Exec=planwright|Exec=$prefix/planwright|; s|^TryExec=planwright|TryExec=$prefix/planwright|" \
  "$here/share/planwright.desktop" >"$data/applications/planwright.desktop"
cp "$here/share/planwright-mime.xml" "$data/mime/packages/planwright.xml"
for png in "$here"/share/icons/planwright-*.png; do
  size=$(basename "$png" .png); size=${size#planwright-}
  mkdir -p "$data/icons/hicolor/${size}x$size/apps" "$data/icons/hicolor/${size}x$size/mimetypes"
  cp "$png" "$data/icons/hicolor/${size}x$size/apps/planwright.png"
  cp "$png" "$data/icons/hicolor/${size}x$size/mimetypes/application-x-planwright.png"
done
refresh
echo "Planwright installed in $prefix; start it from the menu or with $bin/planwright."
