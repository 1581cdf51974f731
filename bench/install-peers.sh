#!/bin/sh
# SPDX-License-Identifier: MIT
# Installs the peers bench/run.py compares engage with: yamllint from Debian,
# ajv and js-yaml from the npm registry into bench/node_modules (exact
# versions from bench/package-lock.json; nothing global).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
missing=""
command -v yamllint >/dev/null 2>&1 || missing="$missing yamllint"
command -v node >/dev/null 2>&1 || missing="$missing nodejs npm"
if [ -n "$missing" ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    $sudo apt-get install -y -qq $missing
fi
npm ci --prefix "$here" --no-audit --no-fund
