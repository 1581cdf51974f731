#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Check engage's CI formats by reading them back as their consumers would.

Usage:
    check_ci_formats.py sarif ENGAGE SCHEMA PATH...
    check_ci_formats.py junit ENGAGE PATH...
    check_ci_formats.py gitlab ENGAGE PATH...
    check_ci_formats.py gitlab-moved-lines ENGAGE PLAN...
    check_ci_formats.py github ENGAGE PATH...

Each PATH is checked with both `engage validate` and `engage audit`, run from
the current directory (the repository root) with a fixed --as-of. The JSON
output of the same run is the reference the other formats are compared with.
Prints one line per problem and exits 1 if there was any, else 0.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

AS_OF = ["--as-of", "2024-06-30"]
COMMANDS = ["validate", "audit"]
problems = []


def problem(text):
    problems.append(text)
    print("FAIL: " + text)


def run(engage, command, fmt, path, cwd=None):
    """Runs engage and returns its standard output (exit 0 or 1 expected)."""
    env = dict(os.environ, GITHUB_ACTIONS="")
    done = subprocess.run([os.path.abspath(engage), command, *AS_OF, "--format", fmt, path], cwd=cwd, env=env,
                          capture_output=True, check=False)
    if done.returncode not in (0, 1):
        problem(f"{command} --format {fmt} {path}: exit {done.returncode}: {done.stderr!r}")
    return done.stdout.decode("utf-8")


def reference_findings(engage, command, path, cwd=None):
    return json.loads(run(engage, command, "json", path, cwd))["findings"]


def utf16_column(line, column):
    """The 1-based UTF-16 column of the 1-based code-point `column` of `line`."""
    return len(line[: column - 1].encode("utf-16-le")) // 2 + 1


def check_sarif(engage, schema_path, paths):
    import jsonschema

    with open(schema_path, encoding="utf-8") as f:
        validator = jsonschema.Draft7Validator(json.load(f),
                                               format_checker=jsonschema.FormatChecker())
    columns_differ = 0
    for command in COMMANDS:
        for path in paths:
            text = run(engage, command, "sarif", path)
            if text != run(engage, command, "sarif", path):
                problem(f"{command} {path}: two runs gave different SARIF")
            log = json.loads(text)
            for error in validator.iter_errors(log):
                problem(f"{command} {path}: schema: {error.message} at {list(error.absolute_path)}")
            run_ = log["runs"][0]
            rules = run_["tool"]["driver"]["rules"]
            if len({rule["id"] for rule in rules}) != len(rules):
                problem(f"{command} {path}: rule ids repeat")
            findings = reference_findings(engage, command, path)
            results = run_["results"]
            if len(results) != len(findings):
                problem(f"{command} {path}: {len(results)} results for {len(findings)} findings")
            fingerprints = [r["partialFingerprints"]["engageFindingHash/v1"] for r in results]
            if len(set(fingerprints)) != len(fingerprints):
                problem(f"{command} {path}: fingerprints repeat")
            for result, finding in zip(results, findings):
                rule = rules[result["ruleIndex"]]
                if rule["id"] != result["ruleId"] or rule["name"] != finding["rule"]:
                    problem(f"{command} {path}: result {result['ruleId']} points at {rule['id']}")
                location = result["locations"][0]["physicalLocation"]
                uri = location["artifactLocation"]["uri"]
                if location["artifactLocation"].get("uriBaseId") != "%SRCROOT%" or ".." in uri:
                    problem(f"{command} {path}: {uri} is not relative to the repository root")
                region = location.get("region")
                if finding["line"] == 0:
                    if region is not None:
                        problem(f"{command} {path}: a finding with no line has a region")
                    continue
                if region["startLine"] != finding["line"]:
                    problem(f"{command} {path}: line {region['startLine']} for {finding['line']}")
                if finding["column"] == 0:
                    continue
                with open(finding["file"], encoding="utf-8", errors="replace", newline="") as f:
                    line = re.split("\r\n|\r|\n", f.read())[finding["line"] - 1]
                expected = utf16_column(line, finding["column"])
                columns_differ += expected != finding["column"]
                if region.get("startColumn") != expected:
                    problem(f"{command} {finding['file']}:{finding['line']}: column "
                            f"{region.get('startColumn')}, expected {expected} UTF-16 units")
    print(f"SARIF: {columns_differ} columns where UTF-16 units differ from code points")
    check_sarif_invocations(engage, validator)


MISSING = "no/such/plan.yaml"


def run_with_missing(engage, command, fmt):
    """Runs engage on a plan and a path that names nothing: exit 2 expected."""
    env = dict(os.environ, GITHUB_ACTIONS="")
    done = subprocess.run([os.path.abspath(engage), command, *AS_OF, "--format", fmt,
                           "examples/rutland-participation.yaml", MISSING],
                          env=env, capture_output=True, check=False)
    if done.returncode != 2:
        problem(f"{command} --format {fmt} with {MISSING}: exit {done.returncode}, expected 2")
    return done.stdout.decode("utf-8")


def check_sarif_invocations(engage, validator):
    """The invocation says whether every input was read, with a notification per one that was not."""
    for command in COMMANDS:
        clean = json.loads(run(engage, command, "sarif", "examples/rutland-participation.yaml"))
        invocation = clean["runs"][0]["invocations"][0]
        if invocation != {"executionSuccessful": True, "toolExecutionNotifications": []}:
            problem(f"{command}: a clean run's invocation is {invocation}")
        log = json.loads(run_with_missing(engage, command, "sarif"))
        for error in validator.iter_errors(log):
            problem(f"{command} with {MISSING}: schema: {error.message} at {list(error.absolute_path)}")
        invocation = log["runs"][0]["invocations"][0]
        notes = invocation.get("toolExecutionNotifications", [])
        if invocation.get("executionSuccessful") is not False:
            problem(f"{command} with {MISSING}: executionSuccessful is not false")
        if len(notes) != 1 or notes[0].get("level") != "error" or \
                notes[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] != MISSING:
            problem(f"{command} with {MISSING}: notifications {notes}")
        if not log["runs"][0]["results"]:
            problem(f"{command} with {MISSING}: the readable plan's results are lost")


def check_junit(engage, paths):
    for command in COMMANDS:
        for path in paths:
            root = ET.fromstring(run(engage, command, "junit", path).encode("utf-8"))
            if root.tag != "testsuites":
                problem(f"{command} {path}: root is {root.tag}")
            cases = root.findall("./testsuite/testcase")
            failed = [case for case in cases if case.find("failure") is not None]
            if int(root.get("tests")) != len(cases) or int(root.get("failures")) != len(failed):
                problem(f"{command} {path}: totals {root.get('tests')}/{root.get('failures')} "
                        f"for {len(cases)} cases, {len(failed)} failed")
            for suite in root.findall("testsuite"):
                mine = suite.findall("testcase")
                if int(suite.get("tests")) != len(mine) or int(suite.get("failures")) != sum(
                        case.find("failure") is not None for case in mine):
                    problem(f"{command} {path}: suite {suite.get('name')} counts are wrong")
            # The failing cases are exactly the (plan, rule) pairs with an error.
            plans = json.loads(run(engage, "validate", "json", path))["plans"]
            plan_of = {file: plan["id"] or plan["path"] for plan in plans
                       for file in plan["files"]}
            expected = {(plan_of.get(f["file"], ""), f["rule"])
                        for f in reference_findings(engage, command, path)
                        if f["severity"] == "error"}
            actual = {(case.get("classname"), case.get("name")) for case in failed}
            if expected != actual:
                problem(f"{command} {path}: failing cases {sorted(actual ^ expected)} differ")
            print(f"JUnit: {command} {path}: {len(cases)} cases, {len(failed)} failed")


def check_gitlab_issues(issues, where):
    fingerprints = [issue["fingerprint"] for issue in issues]
    if len(set(fingerprints)) != len(fingerprints):
        problem(f"{where}: fingerprints repeat")
    for issue in issues:
        if set(issue) != {"description", "check_name", "fingerprint", "severity", "location"}:
            problem(f"{where}: keys {sorted(issue)}")
        if issue["severity"] not in {"info", "minor", "major", "critical", "blocker"}:
            problem(f"{where}: severity {issue['severity']}")
        if issue["location"]["lines"]["begin"] < 1 or not issue["location"]["path"]:
            problem(f"{where}: location {issue['location']}")


def check_gitlab(engage, paths):
    for command in COMMANDS:
        for path in paths:
            issues = json.loads(run(engage, command, "gitlab", path))
            check_gitlab_issues(issues, f"{command} {path}")
            if len(issues) != len(reference_findings(engage, command, path)):
                problem(f"{command} {path}: one issue per finding expected")
    for command in COMMANDS:
        issues = json.loads(run_with_missing(engage, command, "gitlab"))
        check_gitlab_issues(issues, f"{command} with {MISSING}")
        unreadable = [issue for issue in issues if issue["check_name"] == "unreadable-input"]
        if len(unreadable) != 1 or unreadable[0]["severity"] != "blocker" or \
                unreadable[0]["location"]["path"] != MISSING:
            problem(f"{command} with {MISSING}: unreadable-input issues {unreadable}")


def check_gitlab_moved_lines(engage, plans):
    """A blank line at the top of a plan moves every finding; no fingerprint changes."""
    for plan in plans:
        with open(plan, encoding="utf-8") as f:
            text = f.read()
        with tempfile.TemporaryDirectory() as scratch:
            os.mkdir(os.path.join(scratch, ".git"))  # the repository root, fixed
            target = os.path.join(scratch, "plan.yaml")
            shutil.copy(plan, target)
            before = json.loads(run(engage, "validate", "gitlab", "plan.yaml", scratch))
            with open(target, "w", encoding="utf-8") as f:
                f.write("\n" + text)
            after = json.loads(run(engage, "validate", "gitlab", "plan.yaml", scratch))
        check_gitlab_issues(after, plan)
        old = {i["fingerprint"]: i["location"]["lines"]["begin"] for i in before}
        new = {i["fingerprint"]: i["location"]["lines"]["begin"] for i in after}
        if not old:
            problem(f"{plan}: no findings, so nothing is tested")
        if set(old) != set(new):
            problem(f"{plan}: fingerprints changed: {sorted(set(old) ^ set(new))}")
        moved = sum(new[k] == old[k] + 1 for k in old if k in new)
        print(f"GitLab: {plan}: {len(old)} fingerprints kept, {moved} findings one line down")
        if moved == 0:
            problem(f"{plan}: no finding moved, so the test shows nothing")


PERCENT = {"%25": "%", "%0D": "\r", "%0A": "\n", "%3A": ":", "%2C": ","}


def unescape(text):
    return re.sub("%25|%0D|%0A|%3A|%2C", lambda m: PERCENT[m.group(0)], text)


def check_github(engage, paths):
    hostile = 0
    for command in COMMANDS:
        for path in paths:
            lines = run(engage, command, "github", path).split("\n")
            if lines.pop() != "":
                problem(f"{command} {path}: output does not end with a line break")
            findings = reference_findings(engage, command, path)
            if len(lines) != len(findings):
                problem(f"{command} {path}: {len(lines)} annotations for {len(findings)} findings")
            for line, finding in zip(lines, findings):
                match = re.fullmatch(r"::(error|warning|notice) ([^:\r]*)::([^\r]*)", line)
                if not match:
                    problem(f"{command} {path}: not a workflow command: {line!r}")
                    continue
                level = {"error": "error", "warning": "warning", "info": "notice"}
                if match.group(1) != level[finding["severity"]]:
                    problem(f"{command} {path}: {match.group(1)} for {finding['severity']}")
                props = dict(p.split("=", 1) for p in match.group(2).split(","))
                expected = finding["message"] + ("\n" + finding["help"] if finding["help"] else "")
                if unescape(match.group(3)) != expected:
                    problem(f"{command} {path}: message {match.group(3)!r} is not {expected!r}")
                if unescape(props.get("title", "")) != "engage " + finding["rule"]:
                    problem(f"{command} {path}: title {props.get('title')!r}")
                if finding["line"] and props.get("line") != str(finding["line"]):
                    problem(f"{command} {path}: line {props.get('line')} for {finding['line']}")
                hostile += all(c in expected for c in "%\n,:")
    print(f"GitHub: {hostile} annotations carried %, a line break, a comma and a colon")
    if hostile == 0:
        problem("no hostile message was checked")
    check_github_file_property(engage, next(p for p in paths if os.path.isfile(p)))


def check_github_file_property(engage, plan):
    """A file name with a comma, a colon and a percent sign survives `file=`."""
    name = "plans, 100%: hostile.yaml"
    with tempfile.TemporaryDirectory() as scratch:
        os.mkdir(os.path.join(scratch, ".git"))
        shutil.copy(plan, os.path.join(scratch, name))
        lines = run(engage, "validate", "github", name, scratch).splitlines()
    files = {dict(p.split("=", 1) for p in re.match(r"::\w+ ([^:]*)::", line).group(1)
                  .split(","))["file"] for line in lines}
    if {unescape(f) for f in files} != {name}:
        problem(f"file property {files} does not decode to {name!r}")
    else:
        print(f"GitHub: file={files.pop()} decodes to {name!r}")


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    kind, engage, rest = argv[1], argv[2], argv[3:]
    if kind == "sarif":
        check_sarif(engage, rest[0], rest[1:])
    elif kind == "junit":
        check_junit(engage, rest)
    elif kind == "gitlab":
        check_gitlab(engage, rest)
    elif kind == "gitlab-moved-lines":
        check_gitlab_moved_lines(engage, rest)
    elif kind == "github":
        check_github(engage, rest)
    else:
        print(__doc__, file=sys.stderr)
        return 2
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
