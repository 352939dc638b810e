#!/usr/bin/env bash
# Installs what building and testing kgx needs on Debian 12 (bookworm).
# Idempotent: when every package is already installed it does nothing (and
# needs neither the network nor root). Uses sudo only when not run as root.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libboost-graph-dev libre2-dev nlohmann-json3-dev doctest-dev libcli11-dev libutf8proc-dev robin-map-dev libjemalloc-dev libxxhash-dev
  libxml2-utils python3
  clang libclang-rt-14-dev
)

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ $status == "install ok installed" ]] || missing+=("$package")
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

as_root=()
if ((EUID != 0)); then
  if ! command -v sudo >/dev/null; then
    echo "install-deps: missing ${missing[*]}; run this script as root (sudo is not installed)" >&2
    exit 2
  fi
  as_root=(sudo)
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update
"${as_root[@]}" apt-get install -y --no-install-recommends "${packages[@]}"
