#!/bin/sh
# SPDX-License-Identifier: MIT
# Builds the libFuzzer targets (the `fuzz` preset, build-fuzz/) and runs each for
# FUZZ_SECONDS (default 60) from the seed corpora (fuzz/seed.sh). Fails if any
# target finds a crash, a leak, a sanitizer report or an input slower than 10 s;
# the input is left in build-fuzz/artifacts/ (make it a regression fixture under
# tests/fixtures/hostile/). Prints the executions each target ran.
set -eu
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
build=build-fuzz
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target fuzz_load fuzz_check fuzz_config
fuzz/seed.sh "$build/seeds"
cp fuzz/config-seed.toml "$build/seeds/toml/"
# TOML seeds past engage's limits: deep dotted keys and headers, nan and inf.
cp fuzz/toml-seeds/*.toml "$build/seeds/toml/"
mkdir -p "$build/artifacts"
status=0
for target in fuzz_load fuzz_check fuzz_config; do
  case $target in
    fuzz_config) seeds="$build/seeds/toml"; dict="" ;;
    *) seeds="$build/seeds/yaml"; dict="-dict=fuzz/yaml.dict" ;;
  esac
  if [ "$target" = fuzz_config ]; then
    dict="-dict=fuzz/toml.dict"
  fi
  corpus="$build/corpus/$target"
  mkdir -p "$corpus"
  log="$build/$target.log"
  # shellcheck disable=SC2086
  if "$build/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -max_len=65536 -print_final_stats=1 $dict \
      -artifact_prefix="$build/artifacts/$target-" "$corpus" "$seeds" >"$log" 2>&1; then
    result=ok
  else
    result=FAILED
    status=1
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  echo "fuzz: $target: $result, ${runs:-?} executions in ${seconds} s (log: $log)"
  if [ "$result" = FAILED ]; then
    grep -E "ERROR|SUMMARY|Test unit written" "$log" | head -n 5
  fi
done
exit $status
