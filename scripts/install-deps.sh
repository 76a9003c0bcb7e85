#!/usr/bin/env bash
# Installs what Kasboek needs to build, test and run, when it is missing.
# Debian 12 and Ubuntu 24.04 (apt). macOS and Windows: see docs/building.md.
set -euo pipefail

packages=(
    # build
    build-essential cmake ninja-build pkg-config git
    # libraries
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools qt6-svg-dev
    libqt6svg6 qt6-charts-dev libxkbcommon-dev libgl-dev
    libsqlcipher-dev sqlcipher libssl-dev libargon2-dev libqrencode-dev
    libquazip1-qt6-dev libxlsxwriter-dev
    # the sync server: HTTP, and its SQLite and PostgreSQL engines (tests run a throwaway cluster)
    qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite libqt6sql6-psql postgresql
    # the desktop session: Wayland and X11 plugins, native dialogs, a font
    qt6-qpa-plugins qt6-gtk-platformtheme fonts-dejavu-core fonts-urw-base35
    # running the GUI and its tests without a display; reading PDFs back in tests
    xvfb xauth poppler-utils zbar-tools desktop-file-utils
    # the official validators in ../shared/standards
    libxml2-utils default-jre-headless libsaxonhe-java python3-lxml
    # tools
    clang-format
)

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-deps.sh: no apt-get here; see docs/building.md for Homebrew and vcpkg." >&2
    exit 1
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps.sh: all ${#packages[@]} packages are installed."
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "install-deps.sh: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
