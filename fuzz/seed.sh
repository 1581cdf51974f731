#!/bin/sh
# Copies the seed corpora for the fuzz targets into DIR (default build-fuzz/seeds):
#   DIR/yaml  every plan, fragment and fixture in examples/, tests/fixtures/ and tests/cli/inputs/
#   DIR/toml  every .engage.toml and other TOML file there
# Generated, never committed: the sources stay the single copy.
set -eu
cd "$(dirname "$0")/.."
dir=${1:-build-fuzz/seeds}
rm -rf "$dir"
mkdir -p "$dir/yaml" "$dir/toml"
find examples tests/fixtures tests/cli/inputs -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.toml' \) |
  sort | while IFS= read -r file; do
    case "$file" in
      *.toml) kind=toml ;;
      *) kind=yaml ;;
    esac
    # Flatten the path into a unique, readable name.
    cp "$file" "$dir/$kind/$(printf '%s' "$file" | tr '/' '_')"
  done
echo "seed: $(ls "$dir/yaml" | wc -l) YAML and $(ls "$dir/toml" | wc -l) TOML seeds in $dir"
