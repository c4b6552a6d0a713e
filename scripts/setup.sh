#!/usr/bin/env bash
# Set up everything on a fresh Debian machine (as root): system packages and .venv/ with the project.
#   scripts/setup.sh           runtime packages (tesseract, poppler) + .venv
#   scripts/setup.sh --test    also the test-only system packages (PostgreSQL server, Chromium + driver)
set -euo pipefail
cd "$(dirname "$0")/.."

pkgs=(tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd poppler-utils python3-venv python3-pip)
if [[ "${1:-}" == "--test" ]]; then
  pkgs+=(postgresql chromium chromium-driver fonts-dejavu-core)
fi

missing=()
for p in "${pkgs[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing system packages: ${missing[*]}" >&2
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
if [[ ! -x .venv/bin/python ]]; then
  echo "setup: creating .venv with $($PY --version)" >&2
  $PY -m venv .venv
fi
extra=""
[[ "${1:-}" == "--test" ]] && extra="[test]"
stamp=".venv/.installed$extra"
if [[ ! -f "$stamp" || pyproject.toml -nt "$stamp" ]]; then
  echo "setup: installing the project into .venv" >&2
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -e ".$extra"
  touch "$stamp"
fi
