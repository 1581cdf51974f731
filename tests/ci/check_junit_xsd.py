#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Validate every JUnit golden file against Jenkins' JUnit schema with xmllint.

usage: check_junit_xsd.py XMLLINT XSD GOLDEN_DIR

The standard output of each golden file whose name holds `junit` is validated
with `xmllint --noout --schema XSD`. Each testsuites, testsuite and testcase
element must also carry `time` (the schema allows it to be left out; engage
writes "0"). First, the schema itself must reject a test case with a `file`
attribute, so that a schema which accepts everything cannot pass.
"""
import os
import pathlib
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

REJECTED = """<?xml version="1.0" encoding="UTF-8"?>
<testsuites><testsuite name="s" tests="1" failures="0" errors="0">
<testcase name="c" file="plan.yaml"/></testsuite></testsuites>
"""


def stdout_of(golden):
    text = golden.read_text(encoding="utf-8")
    return text.split("--- stdout\n", 1)[1].rsplit("--- stderr\n", 1)[0]


def xmllint(program, xsd, document):
    with tempfile.NamedTemporaryFile("w", suffix=".xml", delete=False, encoding="utf-8") as f:
        f.write(document)
    try:
        done = subprocess.run([program, "--noout", "--schema", xsd, f.name],
                              capture_output=True, text=True, check=False)
    finally:
        os.unlink(f.name)
    return done.returncode, done.stderr


def main(program, xsd, golden_dir):
    if not os.path.isfile(program):
        print(f"FAIL: no xmllint ({program}): install libxml2-utils (scripts/install-deps.sh)")
        return 1
    problems = []
    status, _ = xmllint(program, xsd, REJECTED)
    if status == 0:
        problems.append("the schema accepts a testcase with a file attribute")
    goldens = sorted(pathlib.Path(golden_dir).glob("*junit*.txt"))
    if not goldens:
        problems.append(f"no JUnit golden files in {golden_dir}")
    for golden in goldens:
        document = stdout_of(golden)
        status, errors = xmllint(program, xsd, document)
        if status != 0:
            problems.append(f"{golden.name}: {errors.strip()}")
            continue
        root = ET.fromstring(document.encode("utf-8"))
        for element in [root, *root.iter("testsuite"), *root.iter("testcase")]:
            if element.get("time") is None:
                problems.append(f"{golden.name}: <{element.tag} name={element.get('name')!r}> has no time")
                break
        print(f"ok: {golden.name}")
    for problem in problems:
        print("FAIL: " + problem)
    print(f"{len(goldens)} JUnit golden files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
