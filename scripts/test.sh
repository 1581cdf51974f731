#!/bin/sh
# SPDX-License-Identifier: MIT
# Every test, as CI runs it (.ci/run installs the dependencies first): the
# normal build, the Debian packages made from it and installed into a
# throwaway root (left in build/packages/), the AddressSanitizer + UBSan
# build, the CLI tests once under Valgrind memcheck, and each libFuzzer target
# for FUZZ_SECONDS (default 60).
set -eu
cd "$(dirname "$0")/.."
cmake --workflow --preset default
scripts/test-package.sh build
cmake --workflow --preset sanitize
if command -v valgrind >/dev/null 2>&1; then
  ctest --preset memcheck
else
  echo "test: valgrind not found; memcheck skipped"
fi
if command -v clang++ >/dev/null 2>&1; then
  fuzz/run.sh
else
  echo "test: clang not found; fuzzing skipped"
fi
