#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Runs one fuzz regression fixture through validate, audit and graph.

usage: run_fixture.py ENGAGE FILE

Passes when every command ends with a status it may give (validate and audit:
0 or 1; graph: 0 or 2), prints no internal error and no sanitizer report, and
finishes within 10 s of CPU.
"""
import resource
import subprocess
import sys

MARKS = ("internal error", "AddressSanitizer", "LeakSanitizer", "runtime error:")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    engage, fixture = sys.argv[1:]
    runs = [(["validate", "--as-of", "2024-06-30", "--format", "json"], {0, 1}),
            (["audit", "--as-of", "2024-06-30"], {0, 1}),
            (["graph"], {0, 2})]
    failed = False
    for args, allowed in runs:
        result = subprocess.run([engage, *args, fixture], capture_output=True, timeout=120,
                                preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_CPU, (10, 11)))
        out = (result.stdout + result.stderr).decode("utf-8", "replace")
        bad = result.returncode not in allowed or any(mark in out for mark in MARKS)
        print(f"{'FAIL' if bad else 'ok'}: engage {args[0]}: exit {result.returncode}")
        if bad:
            print(out[-2000:])
            failed = True
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
