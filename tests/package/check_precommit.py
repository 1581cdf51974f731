#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Runs the engage-validate hook of .pre-commit-hooks.yaml as pre-commit would:
from the root of a plan repository, with the staged files its `files` and
`exclude` patterns select appended to its `entry`. No pre-commit needed.

Usage: check_precommit.py HOOKS_FILE ENGAGE SOURCE_DIR SCRATCH_DIR
"""
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import yaml


def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


def main():
    hooks_file, engage, source, scratch = sys.argv[1:5]
    source, scratch = Path(source), Path(scratch)
    hooks = yaml.safe_load(Path(hooks_file).read_text(encoding="utf-8"))
    hook = next((h for h in hooks if h.get("id") == "engage-validate"), None)
    if hook is None:
        fail("no hook with id engage-validate")
    for key, want in (("language", "system"), ("entry", "engage validate"), ("pass_filenames", True)):
        if hook.get(key) != want:
            fail(f"{key} is {hook.get(key)!r}, expected {want!r}")

    # A plan repository: a plan folder, a single-file plan, YAML that is not a
    # plan, and a file that is not YAML. Its .engage.toml fixes the date.
    repo = scratch / "repo"
    shutil.rmtree(repo, ignore_errors=True)
    (repo / ".github" / "workflows").mkdir(parents=True)
    shutil.copytree(source / "examples" / "dundee-yvop", repo / "plans" / "dundee-yvop")
    shutil.copy(source / "examples" / "edinburgh-childrens-services.yaml", repo / "plans")
    shutil.copy(source / "tests" / "cli" / "inputs" / "broken.yaml", repo / "plans" / "broken.yaml")
    (repo / ".github" / "workflows" / "ci.yml").write_text("on: push\n")
    (repo / ".pre-commit-config.yaml").write_text("repos: []\n")
    (repo / "README.md").write_text("# plans\n")
    (repo / ".engage.toml").write_text("as-of = 2024-06-30\n")

    def selected(staged):
        return [f for f in staged
                if re.search(hook["files"], f) and not re.search(hook.get("exclude", "^$"), f)]

    def run_hook(staged):
        files = selected(staged)
        command = shlex.split(hook["entry"]) + hook.get("args", [])
        command[0] = engage  # the hook runs `engage` from PATH; here, the one just built
        run = subprocess.run(command + files, cwd=repo,
                             capture_output=True, text=True, check=False)
        print(f"$ {hook['entry']} {' '.join(files)}  -> exit {run.returncode}")
        print(run.stdout.rstrip().splitlines()[-1] if run.stdout.strip() else run.stderr)
        return files, run

    if hook.get("args", [])[:2] != ["--format", "concise"]:
        fail(f"the hook's args {hook.get('args')} do not choose concise output")
    # Two changed files of one plan folder, a single-file plan, YAML files that
    # are not plans (engage skips them, and says so once) and files not YAML.
    staged = ["plans/dundee-yvop/bodies.yaml", "plans/dundee-yvop/actions.yaml",
              "plans/edinburgh-childrens-services.yaml", "README.md", ".engage.toml",
              ".github/workflows/ci.yml", ".pre-commit-config.yaml"]
    files, run = run_hook(staged)
    yaml_files = [f for f in staged if f.endswith((".yaml", ".yml"))]
    if files != yaml_files:
        fail(f"the hook selected {files}, expected {yaml_files}")
    skipped = "engage: info: skipped 2 YAML files that are not plans"
    if run.returncode not in (0, 1) or run.stderr.count("\n") != 1 or skipped not in run.stderr:
        fail(f"exit {run.returncode}, stderr (one info line expected): {run.stderr}")
    # Only files that are not plans: nothing to check, and the commit goes ahead.
    _, alone = run_hook([".github/workflows/ci.yml"])
    if alone.returncode != 0 or "error" in alone.stdout:
        fail(f"a commit of a CI file alone was refused (exit {alone.returncode}): {alone.stdout}")
    if "in 2 plans (6 files)" not in run.stdout:
        fail("the plan folder was not checked once as a whole plan with the single-file plan")
    if re.search(r"^\S+:\d+:\d+: error\[", run.stdout, re.M):
        fail("the example plans have errors:\n" + run.stdout)
    if run.returncode != 0:
        fail(f"a commit of the example plans would be refused (exit {run.returncode})")

    # A broken plan stops the commit.
    files, run = run_hook(["plans/broken.yaml", "plans/dundee-yvop/plan.yaml"])
    if run.returncode != 1 or "plans/broken.yaml:" not in run.stdout:
        fail(f"a broken plan did not stop the commit (exit {run.returncode})")
    print("ok")


if __name__ == "__main__":
    main()
