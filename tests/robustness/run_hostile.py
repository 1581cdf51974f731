#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Hostile inputs for engage: each must end cleanly, within bounds.

usage: run_hostile.py ENGAGE WORKDIR [--sanitized] [--only NAME]

Generates every hostile input under WORKDIR (never in the source tree), runs
`engage validate` and `engage audit` on each, and asserts for every run:
  - the exit status is one the case allows (1 or 2, or 0 for a sound plan);
  - stdout or stderr names the problem (a regular expression per case), and
    shows nothing a case forbids (the content of a file it must not read, say);
  - no crash (a signal) and no sanitizer report;
  - at most 10 s of CPU time and 1 GiB of address space (`ulimit -t`, `ulimit -v`).
With --sanitized (an AddressSanitizer build), ASan's own shadow memory needs far
more address space than that, so the memory bound is ASan's hard_rss_limit_mb (2 GiB,
as redzones and quarantine add about 3.5 times to what a run holds) instead,
and the CPU bound is multiplied by 10 for the unoptimised build.
Then the runs of hostile_commands.py (signals, file names, git, reports...).
"""
import os
import random
import resource
import shutil
import subprocess
import sys

CPU_SECONDS = 10
MEMORY_BYTES = 1 << 30
WALL_SECONDS = 120  # only a guard against a hang; the bounds that matter are above
AS_OF = ["--as-of", "2024-06-30"]

PLAN_HEAD = "engage: 1\nplan:\n  id: hostile\n  title: A hostile plan\n"


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(path, mode) as out:
        out.write(data)
    return path


# --- the cases: each returns (paths, extra environment, stdin bytes or None) ---------
# or a dict with "paths" and any of "env", "stdin", "cwd" (to run in), "args" (in
# place of --format concise) and "forbid" (a regular expression the output must not match).

def deep_flow(d):
    depth = 100_000
    return [write(f"{d}/deep-flow.yaml", PLAN_HEAD + "needs: " + "[" * depth + "]" * depth + "\n")]


def deep_flow_mapping(d):
    depth = 100_000
    return [write(f"{d}/deep-flow-map.yaml", PLAN_HEAD + "needs: " + "{a: " * depth + "b" + "}" * depth + "\n")]


def deep_block_mapping(d):
    lines = [PLAN_HEAD, "resources:\n"]
    for level in range(1, 1500):
        lines.append(" " * level + "a:\n")
    lines.append(" " * 1500 + "b\n")
    return [write(f"{d}/deep-block-map.yaml", "".join(lines))]


def deep_block_sequence(d):
    return [write(f"{d}/deep-block-seq.yaml", PLAN_HEAD + "needs:\n  " + "- " * 50_000 + "x\n")]


def alias_bomb(d):
    lines = [PLAN_HEAD, "x:\n", '  a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n']
    for i in range(1, 10):
        refs = ",".join(f"*a{i-1}" for _ in range(10))
        lines.append(f"  a{i}: &a{i} [{refs}]\n")
    return [write(f"{d}/alias-bomb.yaml", "".join(lines))]


def alias_cycle(d):
    return [write(f"{d}/alias-cycle.yaml", PLAN_HEAD + "needs: &loop [a, *loop]\n")]


def huge_scalar(d):
    path = f"{d}/huge-scalar.yaml"
    with open(path, "w") as out:
        out.write("engage: 1\nplan:\n  id: huge\n  title: ")
        chunk = "a" * (1 << 20)
        for _ in range(60):
            out.write(chunk)
        out.write("\n")
    return [path]


def huge_stdin(d):
    return ["-"], {}, b"engage: 1\nplan:\n  title: " + b"a" * (60 << 20) + b"\n"


def invalid_utf8(d):
    return [write(f"{d}/invalid-utf8.yaml", PLAN_HEAD.encode() + b"  area: caf\xc3\x28 \xff\n")]


def nul_byte(d):
    return [write(f"{d}/nul.yaml", PLAN_HEAD.encode() + b"  area: a\x00b\n")]


def binary_data(d):
    rng = random.Random(9)
    return [write(f"{d}/binary.yaml", bytes(rng.randrange(256) for _ in range(200_000)))]


def pdf_named_yaml(d):
    return [write(f"{d}/minutes.yaml", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")]


def empty_file(d):
    return [write(f"{d}/empty.yaml", "")]


def list_root(d):
    return [write(f"{d}/list-root.yaml", "- engage: 1\n- plan: {id: x, title: y}\n")]


def scalar_root(d):
    return [write(f"{d}/scalar-root.yaml", "just some words\n")]


def mapping_key(d):
    return [write(f"{d}/mapping-key.yaml", PLAN_HEAD + "? {a: 1, b: 2}\n: value\n")]


def sequence_key(d):
    return [write(f"{d}/sequence-key.yaml", PLAN_HEAD + "[a, b]: value\n")]


def number_key(d):
    return [write(f"{d}/number-key.yaml", PLAN_HEAD + "groups:\n  - 12: value\n    id: g\n")]


def many_documents(d):
    return [write(f"{d}/documents.yaml", (PLAN_HEAD + "---\n") * 10_000)]


def many_bodies(d):
    path = f"{d}/chain.yaml"
    chain = os.path.join(SOURCE_DIR, "bench", "chain.py")
    with open(path, "w") as out:
        subprocess.run([sys.executable, chain, "100000"], stdout=out, check=True)
    return [path]


def collection(d, name):
    """A folder holding one sound plan, for a hostile entry to sit beside."""
    root = f"{d}/{name}"
    write(f"{root}/plan-a.yaml", PLAN_HEAD)
    return root


def symlink_loop(d):
    root = collection(d, "loop-collection")
    os.symlink(".", f"{root}/again")        # a folder that contains itself
    os.symlink("b.yaml", f"{root}/a.yaml")  # two links that point at each other
    os.symlink("a.yaml", f"{root}/b.yaml")
    return [root]


def dangling_link(d):
    root = collection(d, "dangling-collection")
    os.symlink("no-such-file.yaml", f"{root}/gone.yaml")
    return [root]


def folder_named_plan_yaml(d):
    os.makedirs(f"{d}/folder-plan/plan.yaml")
    return [f"{d}/folder-plan/plan.yaml"]


def folder_named_yaml_in_collection(d):
    root = collection(d, "folder-yaml-collection")
    os.makedirs(f"{root}/notes.yaml")
    return [root]


def fifo(d):
    os.makedirs(f"{d}/fifo", exist_ok=True)
    os.mkfifo(f"{d}/fifo/plan.yaml")  # reading it would block for ever
    return [f"{d}/fifo/plan.yaml"]


def fifo_in_collection(d):
    root = collection(d, "fifo-collection")
    os.mkfifo(f"{root}/pipe.yaml")
    return [root]


def unreadable_proc_file(d):
    return ["/proc/self/mem"]  # opens, even for root, but every read fails


def too_many_files(d):
    root = f"{d}/many-files"
    for i in range(30):
        write(f"{root}/plan-{i:02}.yaml", PLAN_HEAD.replace("hostile", f"p{i}"))
    return [root], {"ENGAGE_MAX_FILES": "20"}, None


def lowered_depth(d):
    return [os.path.join(SOURCE_DIR, "examples", "rutland-participation.yaml")], {"ENGAGE_MAX_DEPTH": "2"}, None


def raised_depth(d):
    paths = deep_flow(d) + deep_block_sequence(d)
    return paths, {"ENGAGE_MAX_DEPTH": "1000"}, None


def bad_limit_value(d):
    return [os.path.join(SOURCE_DIR, "examples")], {"ENGAGE_MAX_FILES": "lots"}, None


SECTIONS = ["engage", "plan", "partners", "groups", "bodies", "actions", "engagements",
            "commitments", "standards"]


def wrong_section(section):
    def make(d):
        # A list where a mapping belongs, a mapping where a list belongs, a string for the version.
        value = {"engage": "[1]", "plan": "[a, b]", "standards": "[a, b]"}.get(section, "{a: b}")
        head = "" if section == "engage" else "engage: 1\n"
        body = PLAN_HEAD.replace("engage: 1\n", "") if section != "plan" else ""
        return [write(f"{d}/wrong-{section}.yaml", f"{head}{body}{section}: {value}\n")]
    return make


# name, generator, allowed exit codes, what the output must say (a regular expression)
CASES = [
    ("deep-flow-sequence", deep_flow, {1}, r"nesting too deep"),
    ("deep-flow-mapping", deep_flow_mapping, {1}, r"nesting too deep"),
    ("deep-block-mapping", deep_block_mapping, {1}, r"nesting too deep"),
    ("deep-block-sequence", deep_block_sequence, {1}, r"nesting too deep"),
    ("alias-bomb", alias_bomb, {1}, r"aliases expand this file to more than 100000 nodes"),
    ("alias-cycle", alias_cycle, {1}, r"alias refers to the list or mapping it is inside"),
    ("huge-scalar-60MB", huge_scalar, {1}, r"over the limit of 16\.0 MiB"),
    ("huge-stdin-60MB", huge_stdin, {1}, r"over the limit of 16\.0 MiB"),
    ("invalid-utf8", invalid_utf8, {1}, r"invalid UTF-8"),
    ("nul-byte", nul_byte, {1}, r"NUL byte"),
    ("binary-data", binary_data, {1}, r"NUL byte|invalid UTF-8|control character"),
    ("pdf-named-yaml", pdf_named_yaml, {1}, r"looks like a PDF document"),
    ("empty-file", empty_file, {1}, r"the file is empty"),
    ("list-root", list_root, {1}, r"top level of a plan file should be a mapping"),
    ("scalar-root", scalar_root, {1}, r"top level of a plan file should be a mapping"),
    ("mapping-key", mapping_key, {1}, r"key in a plan file should be a word, but it is a mapping"),
    ("sequence-key", sequence_key, {1}, r"key in a plan file should be a word, but it is a list"),
    ("number-key", number_key, {1}, r"`12` is not a key of a group"),
    ("10000-documents", many_documents, {1}, r"holds one YAML document, but a second one starts here"),
    ("100000-bodies", many_bodies, {0, 1}, r"Found \d+ warnings.* in 1 plan"),
    ("symlink-loop", symlink_loop, {2}, r"symbolic link loop"),
    ("dangling-link", dangling_link, {2}, r"dangling symbolic link"),
    ("folder-named-plan.yaml", folder_named_plan_yaml, {2}, r"is a folder, not a YAML file"),
    ("folder-named-yaml-in-collection", folder_named_yaml_in_collection, {2}, r"is a folder, not a YAML file"),
    ("fifo", fifo, {2}, r"not a regular file"),
    ("fifo-in-collection", fifo_in_collection, {2}, r"not a regular file"),
    ("unreadable-proc-file", unreadable_proc_file, {2}, r"/proc/self/mem: cannot read"),
    ("too-many-files", too_many_files, {2}, r"more than 20 plan files"),
    ("lowered-depth", lowered_depth, {1}, r"nesting too deep: more than 2 levels"),
    ("raised-depth", raised_depth, {1}, r"(?s)nesting too deep: more than 1000 levels.*nesting too deep: more than 1000 levels"),
    ("bad-limit-value", bad_limit_value, {2}, r"ENGAGE_MAX_FILES: 'lots' is not a whole number"),
] + [(f"wrong-type-{s}", wrong_section(s), {1},
     r"bad-version\]: unknown format version" if s == "engage" else r"wrong-type\]: .*should (be|map)")
    for s in SECTIONS]

# --- configuration (issue 14, second half): found automatically beside the plan ---

# The runs that are not validate/audit on one input live in hostile_commands.py.
from hostile_commands import plans_sharing_big_config, run_scripted_cases  # noqa: E402


def plan_with_config(d, name, config):
    """A plan folder in a repository of its own, with `config` as its .engage.toml."""
    root = f"{d}/{name}"
    os.makedirs(f"{root}/.git")
    write(f"{root}/plan.yaml", PLAN_HEAD)
    write(f"{root}/.engage.toml", config)
    return [root]


def deep_config_dotted_keys(d):
    return plan_with_config(d, "deep-dotted", "[rules]\n" + ".".join(["a"] * 35_000) + " = 1\n")


def deep_config_table_headers(d):
    return plan_with_config(d, "deep-headers", "[" + ".".join(["t"] * 35_000) + "]\nx = 1\n")


def nan_threshold(d):
    return plan_with_config(d, "nan-threshold", "[thresholds]\nmax-adults-per-young-person = nan\n")


def config_link_loop(d):
    root = plan_with_config(d, "config-loop", "")[0]
    os.remove(f"{root}/.engage.toml")
    os.symlink(".engage.toml", f"{root}/.engage.toml")
    return [root]


def config_dangling_link(d):
    root = plan_with_config(d, "config-dangling", "")[0]
    os.remove(f"{root}/.engage.toml")
    os.symlink("gone.toml", f"{root}/.engage.toml")
    return [root]


def config_folder(d):
    root = plan_with_config(d, "config-folder", "")[0]
    os.remove(f"{root}/.engage.toml")
    os.makedirs(f"{root}/.engage.toml")
    return [root]


def bad_config_in_sub_folder(d):
    root = f"{d}/bad-config-collection"
    os.makedirs(f"{root}/.git")
    write(f"{root}/good/plan.yaml", PLAN_HEAD)
    write(f"{root}/bad/plan.yaml", PLAN_HEAD.replace("hostile", "misconfigured"))
    write(f"{root}/bad/.engage.toml", "fail-on = 3\n")
    return [root]


CASES += [
    ("deep-config-dotted-keys", deep_config_dotted_keys, {2},
     r"\.engage\.toml:2:1: nesting too deep: more than 64 levels"),
    ("deep-config-table-headers", deep_config_table_headers, {2},
     r"\.engage\.toml:1:1: nesting too deep: more than 64 levels"),
    ("nan-threshold", nan_threshold, {2},
     r"\.engage\.toml:2:31: `max-adults-per-young-person` should be a number from 0 to 1000"),
    ("config-symlink-loop", config_link_loop, {2}, r"\.engage\.toml: is a symbolic link loop"),
    ("config-dangling-link", config_dangling_link, {2}, r"\.engage\.toml: is a dangling symbolic link"),
    ("config-folder", config_folder, {2}, r"\.engage\.toml: is a folder, not a configuration file"),
    ("3000-plans-one-2MB-config", plans_sharing_big_config, {0, 1}, r"in 3000 plans \(3000 files\)"),
    ("bad-config-in-sub-folder", bad_config_in_sub_folder, {2},
     r"(?s)in 1 plan \(1 file\).*collection/bad: not checked, as its configuration cannot be "
     r"used: .*bad/\.engage\.toml:1:11: `fail-on` should be a string"),
]

# Hostile input, round two: long lines, paths, what a plan may read, suppression
# comments and loader messages (a module of their own, as cases of that kind grow).
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hostile_loader  # noqa: E402

CASES += hostile_loader.CASES

SANITIZER_MARKS = ("ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error:",
                   "UndefinedBehaviorSanitizer", "SUMMARY: ")


def run(engage, command, paths, env_extra, stdin, sanitized, cwd=None, args=("--format", "concise")):
    env = dict(os.environ, NO_COLOR="1", **env_extra)
    factor = 10 if sanitized else 1

    def bounds():
        resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS * factor, CPU_SECONDS * factor + 1))
        if not sanitized:
            resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))

    if sanitized:
        # ASan pads every allocation with redzones and keeps freed memory in a
        # 256 MB quarantine: the 100,000-body plan takes 300 MB in the normal
        # build and about 1.1 GB under ASan. The 1 GiB bound is the normal build's.
        env["ASAN_OPTIONS"] = env.get("ASAN_OPTIONS", "") + ":hard_rss_limit_mb=2048"
    argv = [engage, command, *AS_OF, *args, *paths]
    return subprocess.run(argv, input=stdin if stdin is not None else b"",
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=cwd,
                          preexec_fn=bounds, timeout=WALL_SECONDS)


def main():
    import re
    args = sys.argv[1:]
    sanitized = "--sanitized" in args
    only = args[args.index("--only") + 1] if "--only" in args else None
    positional = [a for a in args if not a.startswith("--") and a != only]
    if len(positional) != 2:
        sys.exit(__doc__)
    engage, work = positional
    engage = os.path.abspath(engage)  # some cases run in a folder of their own
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    failures = []
    for name, make, allowed, expect in CASES:
        if only and name != only:
            continue
        case_dir = os.path.join(work, name)
        os.makedirs(case_dir)
        made = make(case_dir)
        if not isinstance(made, dict):
            paths, env_extra, stdin = made if isinstance(made, tuple) else (made, {}, None)
            made = {"paths": paths, "env": env_extra, "stdin": stdin}
        paths, env_extra, stdin = made["paths"], made.get("env", {}), made.get("stdin")
        options = {key: made[key] for key in ("cwd", "args") if key in made}
        for command in ("validate", "audit"):
            label = f"{name} ({command})"
            try:
                result = run(engage, command, paths, env_extra, stdin, sanitized, **options)
            except subprocess.TimeoutExpired:
                failures.append(f"{label}: still running after {WALL_SECONDS} s (a hang?)")
                continue
            out = result.stdout.decode("utf-8", "replace") + result.stderr.decode("utf-8", "replace")
            problems = []
            if result.returncode < 0:
                problems.append(f"killed by signal {-result.returncode} (CPU or memory bound, or a crash)")
            elif result.returncode not in allowed:
                problems.append(f"exit {result.returncode}, expected {sorted(allowed)}")
            if not re.search(expect, out):
                problems.append(f"no message matching /{expect}/")
            if "forbid" in made and re.search(made["forbid"], out):
                problems.append(f"a message matching /{made['forbid']}/, which must not appear")
            if any(mark in out for mark in SANITIZER_MARKS):
                problems.append("sanitizer report")
            status = "ok" if not problems else "FAIL"
            print(f"{status:4} {label}: exit {result.returncode}", flush=True)
            if problems:
                tail = "\n    ".join(out[-1500:].splitlines()[-12:])
                failures.append(f"{label}: {'; '.join(problems)}\n    {tail}")
    failures += run_scripted_cases(os.path.abspath(engage), work, sanitized, only)
    if failures:
        print("\n" + "\n".join(failures), file=sys.stderr)
        sys.exit(1)


SOURCE_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

if __name__ == "__main__":
    main()
