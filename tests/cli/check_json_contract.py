#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Checks `engage validate --format json` against the output contract of FORMAT.md.

usage: check_json_contract.py ENGAGE PATH...
Each PATH is validated on its own; the output must be one JSON object whose
first keys are `schema_version` and `kind` (engage(1), JSON OUTPUT), and whose
`findings` each carry rule, severity, message, file, line, column (1-based, 0
when there is no single place) and, where present, a string `standard`.
"""
import json
import re
import subprocess
import sys

SEVERITIES = {"error", "warning", "info"}
RULE = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")


def check(engage, path):
    run = subprocess.run([engage, "validate", "--as-of", "2024-06-30", "--format", "json", path], capture_output=True)
    problems = []
    if run.returncode not in (0, 1):
        problems.append(f"exit status {run.returncode}: {run.stderr.decode(errors='replace')}")
        return problems, 0
    doc = json.loads(run.stdout)
    if not isinstance(doc, dict) or not isinstance(doc.get("findings"), list):
        return ["no findings array"], 0
    if list(doc)[:2] != ["schema_version", "kind"] or doc["kind"] != "validate":
        problems.append(f"the first keys are {list(doc)[:2]}, not schema_version and kind (validate)")
    has_error = False
    for f in doc["findings"]:
        for key, kind in (("rule", str), ("severity", str), ("message", str), ("file", str), ("line", int), ("column", int)):
            if not isinstance(f.get(key), kind):
                problems.append(f"finding without {key} of type {kind.__name__}: {f}")
        if f.get("severity") not in SEVERITIES:
            problems.append(f"bad severity: {f}")
        has_error |= f.get("severity") == "error"
        if not RULE.match(str(f.get("rule", ""))):
            problems.append(f"rule is not kebab-case: {f}")
        if isinstance(f.get("line"), int) and f["line"] < 0 or isinstance(f.get("column"), int) and f["column"] < 0:
            problems.append(f"negative position: {f}")
        if f.get("line", 0) > 0 and f.get("column", 0) < 1:
            problems.append(f"a finding with a line needs a 1-based column: {f}")
        if "standard" in f and not isinstance(f["standard"], str):
            problems.append(f"standard is not a string: {f}")
    if (run.returncode == 1) != has_error:
        problems.append(f"exit status {run.returncode} does not match the presence of errors")
    return problems, len(doc["findings"])


def main():
    engage, paths = sys.argv[1], sys.argv[2:]
    passed = failed = 0
    for path in paths:
        problems, count = check(engage, path)
        if problems:
            failed += 1
            print(f"FAIL: {path}")
            for p in problems[:10]:
                print(f"  {p}")
        else:
            passed += 1
            print(f"ok: {path} ({count} findings)")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
