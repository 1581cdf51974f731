#!/bin/sh
# SPDX-License-Identifier: MIT
# Installs the Debian 12 packages engage needs to build and test, if missing.
# Run as root (or with sudo available). Safe to run repeatedly.
set -eu
packages="build-essential cmake pkg-config libyaml-cpp-dev libfmt-dev libcli11-dev
libtomlplusplus-dev doctest-dev python3 python3-yaml python3-jsonschema groff-base graphviz git libxml2-utils
zsh fish lintian
chromium poppler-utils fonts-dejavu-core
valgrind clang libclang-rt-14-dev"
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -z "$missing" ]; then
  echo "install-deps: all packages present"
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "install-deps: installing$missing"
$sudo apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
