#!/usr/bin/env bash
# Installs tresen and its themes under a prefix:
#   PREFIX/bin/tresen
#   PREFIX/share/tresen/Themes/*.toml, README.md
# Usage: scripts/install.sh [PREFIX]     (default /usr/local; DESTDIR is honoured)
#        SKIP_BUILD=1 scripts/install.sh PREFIX   (install an existing build)
#        CONFIGURATION=debug …                   (a debug build instead of release)
set -euo pipefail
cd "$(dirname "$0")/.."

prefix="${1:-${PREFIX:-/usr/local}}"
root="${DESTDIR:-}${prefix}"

configuration="${CONFIGURATION:-release}"
if [[ -z "${SKIP_BUILD:-}" ]]; then
  swift build -c "$configuration" --product tresen
fi
binary="$(swift build -c "$configuration" --show-bin-path)/tresen"
if [[ ! -x "$binary" ]]; then
  echo "No $configuration build at $binary; run without SKIP_BUILD." >&2
  exit 1
fi

install -d "$root/bin" "$root/share/tresen/Themes"
install -m 0755 "$binary" "$root/bin/tresen"
install -m 0644 Themes/*.toml Themes/README.md "$root/share/tresen/Themes/"
echo "Installed $root/bin/tresen and $(ls Themes/*.toml | wc -l) themes in $root/share/tresen/Themes"
