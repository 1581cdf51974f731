#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Runs one `engage diff` case inside a small git history made for it.

    git_diff_case.py ENGAGE SOURCE_DIR WORK_DIR GOLDEN HISTORY -- ARGS...

HISTORY is `single` (examples/rutland-participation.yaml as plan.yaml),
`folder` (examples/dundee-yvop as plan/) or `none` (a folder outside any
repository). The first commit is a copy of the example; the second changes
it: an action done late, a body removed, a link added, findings fixed.
`engage ARGS...` then runs in the repository, and its exit status, output and
errors are compared with GOLDEN (the layout of tests/cli/golden; set
ENGAGE_UPDATE_GOLDEN=1 to rewrite it). Nothing depends on the machine: HOME,
the git identity and dates are fixed, and system configuration is ignored.
"""
import os
import shutil
import subprocess
import sys
from pathlib import Path


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    if old not in text:
        sys.exit(f"the history script expected {old!r} in {path}")
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def single_file_changes(repo: Path) -> None:
    plan = repo / "plan.yaml"
    # An action plan starts: one action, done three weeks after its due date.
    replace(plan, "\nengagements:\n",
            "\nactions:\n  - id: RYC-1\n    title: Report the food waste campaign to the Youth Council\n"
            "    lead: Rutland Youth Council\n    due: 2024-03-31\n    status: done\n"
            "    done_on: 2024-04-21\n\nengagements:\n")
    # The foster carers' support groups are no longer a forum of the plan.
    replace(plan, """  - id: foster-carer-support-groups
    name: Foster carer support groups
    kind: forum
    for: adults
    groups: [foster-carers]
    meets: monthly   # seed: "our monthly support groups"
""", "")
    # The disabled youth forum now reports to the Children's Trust Board.
    replace(plan, "    groups: [send-cyp]\n",
            "    groups: [send-cyp]\n    feeds_into:\n      - to: childrens-trust-board\n"
            "        how: the forum's chair presents its views\n"
            "        feedback: the board writes back after each meeting\n")
    # The Corporate Parenting Board names its chair.
    replace(plan, "  - id: corporate-parenting-board\n    name: Corporate Parenting Board\n",
            "  - id: corporate-parenting-board\n    name: Corporate Parenting Board\n"
            "    chair: Lead Member for Children's Services\n")


def folder_changes(repo: Path) -> None:
    actions = repo / "plan" / "actions.yaml"
    replace(actions, "    lead: Senior Officer\n    indicators: [Plan created]\n",
            "    lead: Senior Officer\n    indicators: [Plan created]\n"
            "    due: 2023-03-31\n    status: done\n    done_on: 2023-04-12\n")
    replace(actions, "    lead: CLD?   # placeholder lead, as in the seed\n",
            "    lead: Community Learning and Development\n")
    replace(actions, "  - id: ENG-10\n", "  - id: ENG-11\n    title: Young people's review of the Champions Board\n"
            "    priority: Engagement\n    lead: Champions Board\n    due: 2024-03-31\n"
            "    status: planned\n  - id: ENG-10\n")


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, stdout=subprocess.DEVNULL)


def make_history(source: Path, repo: Path, kind: str) -> None:
    repo.mkdir(parents=True)
    if kind == "none":
        shutil.copy(source / "examples" / "rutland-participation.yaml", repo / "plan.yaml")
        return
    git(repo, "-c", "init.defaultBranch=main", "init", "-q")
    if kind == "single":
        shutil.copy(source / "examples" / "rutland-participation.yaml", repo / "plan.yaml")
    else:
        shutil.copytree(source / "examples" / "dundee-yvop", repo / "plan")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "The plan as published")
    (single_file_changes if kind == "single" else folder_changes)(repo)
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "A year on")


def main() -> int:
    engage, source, work, golden, kind = sys.argv[1:6]
    args = sys.argv[7:] if sys.argv[6] == "--" else sys.argv[6:]
    work_dir = Path(work)
    shutil.rmtree(work_dir, ignore_errors=True)
    (work_dir / "home").mkdir(parents=True)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(work_dir / "home"),
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CEILING_DIRECTORIES": str(work_dir),
        "GIT_AUTHOR_NAME": "Participation Lead",
        "GIT_AUTHOR_EMAIL": "lead@example.org",
        "GIT_COMMITTER_NAME": "Participation Lead",
        "GIT_COMMITTER_EMAIL": "lead@example.org",
        "GIT_AUTHOR_DATE": "2024-06-01T12:00:00Z",
        "GIT_COMMITTER_DATE": "2024-06-01T12:00:00Z",
        "LC_ALL": "C",
    }
    update = bool(os.environ.get("ENGAGE_UPDATE_GOLDEN"))
    os.environ.clear()
    os.environ.update(env)
    repo = work_dir / "repo"
    make_history(Path(source), repo, kind)
    run = subprocess.run([engage, *args], cwd=repo, capture_output=True, text=True)
    actual = f"exit: {run.returncode}\n--- stdout\n{run.stdout}--- stderr\n{run.stderr}"
    golden_path = Path(golden)
    if update:
        golden_path.write_text(actual, encoding="utf-8")
        return 0
    if not golden_path.exists():
        print(f"no golden file {golden_path}; output:\n{actual}")
        return 1
    expected = golden_path.read_text(encoding="utf-8")
    if actual != expected:
        golden_path.with_suffix(".txt.actual").write_text(actual, encoding="utf-8")
        print(f"output differs from {golden_path}:\n{actual}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
