#!/usr/bin/env bash
# Install the Debian/Ubuntu packages cafe-pos needs, only those that are missing.
# As root (or with sudo) it installs them; otherwise it prints the exact apt line and fails.
# Usage: scripts/install-system-deps.sh [--gui]   (--gui adds what a real window needs)
set -euo pipefail

packages=(
  # Qt widgets offscreen (tests, CI) — see shared tooling notes
  libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libxkbcommon0
  # real windows (xcb platform) and the virtual screen used for screenshots
  libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 xvfb xauth
  # PDF checks, USB printers, fonts with € and accents for the PDFs
  poppler-utils libusb-1.0-0 fonts-dejavu-core
  # the HQ tests: PostgreSQL (scripts/test-postgres.sh starts it) and faketime (a café
  # "installed last month" in the end-to-end tests)
  postgresql faketime
  # the HQ dashboard's browser tests (Playwright drives Debian's chromium; no download)
  chromium
)

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "cafe-pos: not a Debian/Ubuntu system: install the Qt runtime libraries yourself (see README)." >&2
  exit 0
fi

# Debian's own python3 needs python3-venv to create virtual environments.
py=$("$(dirname "$0")/find-python.sh")
if ! "$py" -c "import ensurepip, venv" >/dev/null 2>&1; then
  packages+=("$(basename "$py")-venv")
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [ "$status" = "installed" ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "cafe-pos: system packages already installed."
  exit 0
fi

apt_line="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  echo "cafe-pos: installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  $apt_line
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  echo "cafe-pos: installing system packages with sudo: ${missing[*]}"
  sudo DEBIAN_FRONTEND=noninteractive apt-get update -qq
  sudo DEBIAN_FRONTEND=noninteractive $apt_line
else
  echo "cafe-pos: these system packages are missing. Run, as root:" >&2
  echo "  apt-get update && $apt_line" >&2
  exit 1
fi
