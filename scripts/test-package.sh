#!/bin/sh
# SPDX-License-Identifier: MIT
# The Debian packages: builds them with cpack from a finished build (default
# build/, as `cmake --workflow --preset default` leaves it), checks them with
# lintian, unpacks them into a throwaway root and runs the installed engage
# there against the build's (tests/package/check_deb.py says why an unpacked
# root and what is checked), then builds a program against the installed
# library. The packages are left in BUILD/packages/ for CI to keep.
set -eu
cd "$(dirname "$0")/.."
build=${1:-build}
[ -x "$build/cli/engage" ] || { echo "test-package: no $build/cli/engage; build first" >&2; exit 2; }

rm -rf "$build/packages"
(cd "$build" && cpack -G DEB) > "$build/cpack.log" 2>&1 || { cat "$build/cpack.log"; exit 1; }
engage_deb=$(ls "$build"/packages/engage_*.deb)
dev_deb=$(ls "$build"/packages/libengage-dev_*.deb)
for deb in "$engage_deb" "$dev_deb"; do
  echo "test-package: $deb ($(stat -c %s "$deb") bytes)"
done

# lintian: no error and no warning. libengage-dev carries an override, with
# its reason, for pkg-config-unavailable-for-cross-compilation (written by
# cmake/debian/layout.cmake; lintian does not show an overridden tag). The
# info tags left (hardening-no-bindnow, hardening-no-fortify-functions) are
# Debian's hardening flags, which dpkg-buildflags gives a Debian build and
# this build does not add.
if command -v lintian >/dev/null 2>&1; then
  lintian --fail-on error,warning --display-info "$engage_deb" "$dev_deb"
  echo "test-package: lintian passed"
else
  echo "test-package: lintian not found; skipped (scripts/install-deps.sh installs it)"
fi

root="$build/package-root"
python3 tests/package/check_deb.py "$engage_deb" "$dev_deb" "$build/cli/engage" . "$root/root"

# A program built against the installed libengage-dev, through find_package(engage).
cmake -DMODE=cmake -DPREFIX="$PWD/$root/root/usr" -DLIBDIR=lib -DWORK_DIR="$PWD/$root/consumer" \
  -DCXX="$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$build/CMakeCache.txt")" -DVERSION="$(
    dpkg-deb -f "$dev_deb" Version)" -DPLAN="$PWD/examples/rutland-participation.yaml" \
  -P tests/package/consumer.cmake
echo "test-package: all passed"
