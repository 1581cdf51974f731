#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Run the engage commands of the example CI files and check what they write.

Usage:
    check_ci_examples.py ENGAGE SOURCE_DIR SCHEMA

For each example (examples/ci/.github/workflows/engage.yml and
examples/ci/.gitlab-ci.yml): reads it as YAML, takes every line of every
string in it that starts with `engage `, and runs those lines with bash in a
scratch repository holding a copy of examples/, with PLANS=examples (the
files' own PLANS is the folder of the user's plans) and the environment the
CI service would give (GITHUB_ACTIONS=true on GitHub). A fixed --as-of is
added, so the test does not depend on today's date. Then checks the files
the CI service would read: the SARIF that upload-sarif sends (against
SCHEMA), the annotations, and GitLab's codequality and junit reports. And
that each installs engage from its Debian package: a job builds it with
`cpack -G DEB` and passes it on, and the job that checks the plans needs that
job and installs the package with apt-get.
Exits 1 when any check fails.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import jsonschema
import yaml

problems = []


def check(condition, text):
    print(("ok: " if condition else "FAIL: ") + text)
    if not condition:
        problems.append(text)


def strings(node):
    """Every string in a parsed YAML document."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from strings(key)
            yield from strings(value)
    elif isinstance(node, list):
        for item in node:
            yield from strings(item)


def engage_commands(document):
    return [line.strip() for text in strings(document) for line in text.splitlines()
            if line.strip().startswith("engage ")]


def run_commands(commands, engage, scratch, env_extra):
    env = dict(os.environ, PLANS="examples", NO_COLOR="")
    env.pop("GITHUB_ACTIONS", None)
    env.update(env_extra)
    env["PATH"] = os.path.dirname(os.path.abspath(engage)) + os.pathsep + env["PATH"]
    outputs = []
    for command in commands:
        if "--as-of" not in command:
            command = re.sub(r"^engage (validate|audit) ", r"engage \1 --as-of 2024-06-30 ",
                             command)
        done = subprocess.run(["bash", "-c", command], cwd=scratch, env=env,
                              capture_output=True, text=True, check=False)
        check(done.returncode in (0, 1), f"`{command}` exits {done.returncode} {done.stderr}")
        outputs.append((command, done))
    return outputs


def scratch_repository(source_dir, scratch):
    os.mkdir(os.path.join(scratch, ".git"))  # the root paths are relative to
    shutil.copytree(os.path.join(source_dir, "examples"), os.path.join(scratch, "examples"))


def script_text(job):
    """Every command a job runs, as one text."""
    return "\n".join(strings({key: job.get(key) for key in ("steps", "before_script", "script")}))


def check_package_jobs(service, jobs, checking_job, needs):
    """A job builds the package and keeps it; CHECKING_JOB needs it and installs it."""
    builders = [name for name, job in jobs.items() if "cpack -G DEB" in script_text(job)]
    check(len(builders) == 1, f"{service}: one job builds the package with `cpack -G DEB`")
    check(bool(re.search(r"apt-get install [^\n]*engage_\*\.deb", script_text(checking_job))),
          f"{service}: the job that checks the plans installs the package with apt-get")
    check(bool(builders) and builders[0] in needs,
          f"{service}: that job needs the job that builds the package")
    return jobs[builders[0]] if builders else {}


def check_github(engage, source_dir, validator):
    path = os.path.join(source_dir, "examples/ci/.github/workflows/engage.yml")
    with open(path, encoding="utf-8") as f:
        workflow = yaml.safe_load(f)
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads `on` as true
    check(triggers is not None and "pull_request" in triggers, "GitHub: runs on pull requests")
    steps = [step for job in workflow["jobs"].values() for step in job["steps"]]
    job_permissions = [job.get("permissions", {}) for job in workflow["jobs"].values()]
    check(any(p.get("security-events") == "write" for p in job_permissions),
          "GitHub: the job may upload to code scanning (security-events: write)")
    uploads = [s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif")]
    check(len(uploads) == 1, "GitHub: one upload-sarif step")
    checking = [job for job in workflow["jobs"].values() if any(u in job["steps"] for u in uploads)]
    if checking:
        needs = checking[0].get("needs", [])
        builder = check_package_jobs("GitHub", workflow["jobs"], checking[0],
                                     [needs] if isinstance(needs, str) else needs)
        check(any(s.get("uses", "").startswith("actions/upload-artifact") for s in builder.get("steps", [])),
              "GitHub: the package is uploaded as an artifact")
    commands = engage_commands(workflow)
    check(len(commands) == 1, f"GitHub: one engage run gives every output ({len(commands)})")
    with tempfile.TemporaryDirectory() as scratch:
        scratch_repository(source_dir, scratch)
        outputs = run_commands(commands, engage, scratch, {"GITHUB_ACTIONS": "true"})
        sarif_file = os.path.join(scratch, uploads[0]["with"]["sarif_file"]) if uploads else ""
        check(os.path.isfile(sarif_file), f"GitHub: the commands write {sarif_file}")
        if os.path.isfile(sarif_file):
            with open(sarif_file, encoding="utf-8") as f:
                log = json.load(f)
            errors = [e.message for e in validator.iter_errors(log)]
            check(not errors, f"GitHub: the SARIF passes the schema {errors[:3]}")
            results = log["runs"][0]["results"]
            uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                    for r in results}
            check(results and all(u.startswith("examples/") for u in uris),
                  f"GitHub: {len(results)} results, located from the repository root")
    annotations = [line for command, done in outputs if ">" not in command
                   for line in done.stdout.splitlines()]
    check(annotations and all(re.match(r"::(error|warning|notice) ", a) for a in annotations),
          f"GitHub: the plain `engage validate` step prints {len(annotations)} annotations")


def check_gitlab(engage, source_dir):
    path = os.path.join(source_dir, "examples/ci/.gitlab-ci.yml")
    with open(path, encoding="utf-8") as f:
        pipeline = yaml.safe_load(f)
    all_jobs = {name: job for name, job in pipeline.items() if isinstance(job, dict) and "script" in job}
    jobs = [job for job in all_jobs.values() if "reports" in job.get("artifacts", {})]
    check(len(jobs) == 1, "GitLab: one job checks the plans and reports")
    if jobs:
        builder = check_package_jobs("GitLab", all_jobs, jobs[0], jobs[0].get("needs", []))
        check(any(".deb" in path for path in builder.get("artifacts", {}).get("paths", [])),
              "GitLab: the package is kept as an artifact")
    artifacts = jobs[0].get("artifacts", {}) if jobs else {}
    reports = artifacts.get("reports", {})
    check(artifacts.get("when") == "always", "GitLab: reports are kept when the job fails")
    check({"codequality", "junit"} <= set(reports), "GitLab: codequality and junit reports")
    commands = engage_commands(pipeline)
    check(len(commands) == 1, f"GitLab: one engage run gives every output ({len(commands)})")
    with tempfile.TemporaryDirectory() as scratch:
        scratch_repository(source_dir, scratch)
        run_commands(commands, engage, scratch, {"GITLAB_CI": "true"})
        quality = os.path.join(scratch, reports.get("codequality", "missing"))
        check(os.path.isfile(quality), "GitLab: the commands write the codequality report")
        if os.path.isfile(quality):
            with open(quality, encoding="utf-8") as f:
                issues = json.load(f)
            prints = [i["fingerprint"] for i in issues]
            check(issues and len(set(prints)) == len(prints),
                  f"GitLab: {len(issues)} issues with distinct fingerprints")
            check(all(i["location"]["path"].startswith("examples/") for i in issues),
                  "GitLab: issues are located from the repository root")
        junit = os.path.join(scratch, reports.get("junit", "missing"))
        check(os.path.isfile(junit), "GitLab: the commands write the junit report")
        if os.path.isfile(junit):
            root = ET.parse(junit).getroot()
            cases = root.findall("./testsuite/testcase")
            check(root.tag == "testsuites" and int(root.get("tests")) == len(cases) > 0,
                  f"GitLab: JUnit with {len(cases)} test cases")


def main(argv):
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    engage, source_dir, schema = argv[1:]
    with open(schema, encoding="utf-8") as f:
        validator = jsonschema.Draft7Validator(json.load(f),
                                               format_checker=jsonschema.FormatChecker())
    check_github(engage, source_dir, validator)
    check_gitlab(engage, source_dir)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
