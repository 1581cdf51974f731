#!/bin/sh
# SPDX-License-Identifier: MIT
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
# Long lines and suppression comments, made here (each under the 64 KiB -max_len).
repeat() { awk -v n="$1" -v s="$2" 'BEGIN { for (i = 0; i < n; i++) printf "%s", s }'; }
{ printf 'engage: 1\nplan: {id: p, title: T, needs: ['; repeat 8000 'a, '; printf 'a]}\n'; } \
  >"$dir/yaml/long-line-flow-items.yaml"
{ printf 'engage: 1\nplan:\n  id: p\n  title: T\n  period: {'; repeat 3000 'from: 2024-01-01, '
  printf 'to: 2024-12-31}\n'; } >"$dir/yaml/long-line-duplicate-keys.yaml"
{ printf 'engage: 1\nplan:\n  id: p\n  title: "'; repeat 10000 ' #'
  printf '"  # engage: disable=no-groups\n'; } >"$dir/yaml/long-line-hashes.yaml"
printf '%s\n' 'engage: 1  # engage: disable=no-groups' '# engage: disable-file=unknown-key' \
  'plan:' '  id: p' '  title: "A plan # engage: disable-file=wrong-type"' \
  "  area: 'it''s # engage: disable-file=bad-value'" '  purpose: | # engage: disable=no-purpose' \
  '    Why we engage.' '    # engage: disable-file=no-partners' '  # engage: disable=no-outcomes' \
  '  needs: [a, # engage: disable=no-evidence-base' '    b]' '  resources: >2-' \
  '     # engage: disable-file=no-resources' 'bogus: 1  #engage:disable=unknown-key' \
  >"$dir/yaml/suppression-comments.yaml"
printf '# Our plan\rengage: 1\rplan:\r  id: p\r  title: T\r...\rbogus: 1\r' >"$dir/yaml/lone-cr.yaml"
echo "seed: $(ls "$dir/yaml" | wc -l) YAML and $(ls "$dir/toml" | wc -l) TOML seeds in $dir"
