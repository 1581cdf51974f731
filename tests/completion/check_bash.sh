#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Drives the bash completion function the way bash does (COMP_WORDS and
# COMP_CWORD), with nothing but bash: usage: check_bash.sh ENGAGE SCRATCH_DIR
set -u
engage="$1"
scratch="$2"
# shellcheck disable=SC1090
source <("$engage" completion bash) || { echo "the script does not load"; exit 1; }
complete -p engage | grep -q -- "-F _engage" || { echo "engage is not completed by _engage"; exit 1; }

failures=0
# expect "WORDS..." -- EXPECTED...: completes the last word of WORDS.
expect() {
    local words=() expected=()
    while [[ "$1" != "--" ]]; do words+=("$1"); shift; done
    shift
    expected=("$@")
    COMP_WORDS=("${words[@]}")
    COMP_CWORD=$((${#words[@]} - 1))
    COMPREPLY=()
    _engage
    # Sorted: file names come in directory order.
    local got want
    got="$(printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ')"
    want="$(printf '%s\n' "${expected[@]}" | sort | tr '\n' ' ')"
    if [[ "$got" != "$want" ]]; then
        echo "FAIL: '${words[*]}' completed to '$got', expected '$want'"
        failures=$((failures + 1))
    else
        echo "ok: '${words[*]}' -> '$got'"
    fi
}

expect engage "" -- validate assess audit graph report actions commitments diff standards rules explain init completion
expect engage v -- validate
expect engage --v -- --version
expect engage validate --form -- --format
expect engage validate --fa -- --fail-on
expect engage validate --format "" -- text concise json sarif github junit gitlab
expect engage validate -f c -- concise
expect engage validate --format = j -- json junit
expect engage audit --color n -- never
expect engage rules --format "" -- text json
expect engage completion "" -- bash zsh fish
expect engage validate --select placeholder-l -- placeholder-lead
expect engage validate --select no-groups,placeholder-l -- no-groups,placeholder-lead
expect engage standards --framework lun -- lundy
expect engage validate --as-of "" --
expect engage init --start "" --

# PATH arguments complete file names (relative to the current folder).
mkdir -p "$scratch/plans/riverside" && : > "$scratch/plans/rutland.yaml"
cd "$scratch" || exit 1
expect engage validate plans/r -- plans/riverside plans/rutland.yaml
expect engage init plans/ -- plans/riverside
expect engage validate --config plans/ru -- plans/rutland.yaml

echo "$failures failed"
[[ $failures -eq 0 ]]
