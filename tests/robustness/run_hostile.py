#!/usr/bin/env python3
"""Hostile inputs for engage: each must end cleanly, within bounds.

usage: run_hostile.py ENGAGE WORKDIR [--sanitized] [--only NAME]

Generates every hostile input under WORKDIR (never in the source tree), runs
`engage validate` and `engage audit` on each, and asserts for every run:
  - the exit status is one the case allows (1 or 2, or 0 for a sound plan);
  - stdout or stderr names the problem (a regular expression per case);
  - no crash (a signal) and no sanitizer report;
  - at most 10 s of CPU time and 1 GiB of address space (`ulimit -t`, `ulimit -v`).
With --sanitized (an AddressSanitizer build), ASan's own shadow memory needs far
more address space than that, so the memory bound is ASan's hard_rss_limit_mb (2 GiB,
as redzones and quarantine add about 3.5 times to what a run holds) instead,
and the CPU bound is multiplied by 10 for the unoptimised build.
"""
import os
import random
import re
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


def plans_sharing_big_config(d):
    """3,000 plans under one 2 MB .engage.toml: it took 5 minutes when read once a plan."""
    root = f"{d}/shared-config"
    os.makedirs(f"{root}/.git")
    rules = ["orphan-forum", "long-path", "no-groups", "infrequent-meetings"]
    with open(f"{root}/.engage.toml", "w") as out:
        out.write("# one large configuration\n[rules]\nignore = [")
        out.write(", ".join(f'"{rules[i % 4]}"' for i in range(130_000)))
        out.write("]\n")
    for i in range(3_000):
        write(f"{root}/plans/p{i:04}.yaml", PLAN_HEAD.replace("hostile", f"p{i:04}"))
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

SANITIZER_MARKS = ("ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error:",
                   "UndefinedBehaviorSanitizer", "SUMMARY: ")


def run(engage, command, paths, env_extra, stdin, sanitized):
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
    args = [engage, command, *AS_OF, "--format", "concise", *paths]
    return subprocess.run(args, input=stdin if stdin is not None else b"",
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                          preexec_fn=bounds, timeout=WALL_SECONDS)


# --- runs that are not `validate`/`audit` on an input: each returns its problems ---

def temporaries_removed_on_signal(engage, d, sanitized, signal_number):
    """`report --out` is stopped while its temporary files exist: none may be left."""
    import glob
    import signal
    import time
    out = f"{d}/out"
    args = [engage, "report", *AS_OF, "--out", out, "-"]
    # The plan comes on standard input, held open: engage waits for it with the
    # combined tables already open under their temporary names.
    # A shell may start background jobs with SIGINT ignored, which engage respects.
    def default_signals():
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)

    child = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=dict(os.environ, NO_COLOR="1"),
                             preexec_fn=default_signals)
    deadline = time.monotonic() + 60
    while not glob.glob(f"{out}/.*.tmp") and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.02)
    seen = glob.glob(f"{out}/.*.tmp")
    child.send_signal(signal_number)
    try:
        _, err = child.communicate(timeout=WALL_SECONDS)
    except subprocess.TimeoutExpired:
        child.kill()
        _, err = child.communicate()
        return [f"still running {WALL_SECONDS} s after signal {signal_number}"]
    problems = []
    if not seen:
        problems.append("no temporary file appeared to be interrupted")
    if child.returncode != -signal_number:
        problems.append(f"exit {child.returncode}, expected death by signal {signal_number}")
    left = glob.glob(f"{out}/.*.tmp") + glob.glob(f"{out}/*.tmp")
    if left:
        problems.append(f"temporary files left behind: {sorted(os.path.basename(p) for p in left)}")
    if any(mark in err.decode("utf-8", "replace") for mark in SANITIZER_MARKS):
        problems.append("sanitizer report")
    return problems


HOSTILE_TEXT_PLAN = (
    'engage: 1\n'
    'plan:\n'
    '  id: "evil\\e[2K\\rNo problems found in 1 plan (1 file).\\n::error::forged-id"\n'
    '  title: "Title \\u202e reversed \\N next \\L sep"\n'
    '  "\\e]8;;http://example.com\\e\\\\link": 1\n'
    '  "line\\nbreak\\r\\n::error file=README.md,line=1::injected": 2\n'
    'bodies:\n'
    '  - {id: "b\\e[31m", name: "Body \\a bell", kind: forum}\n'
    'actions:\n'
    '  - {id: "A\\n::warning::x", title: "t\\e[8m", lead: "\\Llead", due: 2024-01-01, status: planned}\n'
)

INJECTED = "::error file=README.md,line=1::injected"


def hostile_names_and_text(d):
    """Plans whose file names and text hold control characters and workflow commands."""
    root = f"{d}/names"
    os.makedirs(root)
    write(f"{root}/x\n{INJECTED}.yaml", HOSTILE_TEXT_PLAN)
    write(f"{root}/bad\x1b[2K\u202e.yaml", "engage: 1\nplan: [unclosed\n")
    os.symlink("nowhere", f"{root}/gone\n{INJECTED}.yaml")
    with open(os.path.join(root.encode(), b"invalid-\xff.yaml"), "w") as out:
        out.write("engage: 1\nplan: {id: inv, title: T, \"\\x07\": 1}\n")
    changed = HOSTILE_TEXT_PLAN + '  - {id: "B\\e]0;title\\a", title: "new \\x85", status: done}\n'
    old, new = write(f"{d}/old.yaml", HOSTILE_TEXT_PLAN), write(f"{d}/new.yaml", changed)
    return root, old, new


def forbidden_in(data):
    """The first raw control character, invalid byte or command line in `data`, or None."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return f"invalid UTF-8 at {error.start}"
    for i, c in enumerate(text):
        code = ord(c)
        crlf = c == "\r" and text[i + 1:i + 2] == "\n"
        if (code < 0x20 and c != "\n" and not crlf) or 0x7F <= code <= 0x9F or code in (
                0x2028, 0x2029, 0x061C, 0x200E, 0x200F) or 0x202A <= code <= 0x202E or \
                0x2066 <= code <= 0x2069:
            return f"U+{code:04X} at {i}: {text[max(0, i - 40):i + 10]!r}"
    return None


def control_characters_never_printed(engage, d, sanitized):
    root, old, new = hostile_names_and_text(d)
    env = dict(os.environ, NO_COLOR="1", GITHUB_ACTIONS="")
    runs = {f"validate --format {f}": ["validate", *AS_OF, "--format", f, root]
            for f in ("text", "concise", "github", "junit", "sarif", "gitlab", "json")}
    runs.update({f"report --format {f}": ["report", *AS_OF, "--format", f, root]
                 for f in ("markdown", "html", "csv", "json")})
    runs.update({
        "audit": ["audit", *AS_OF, root],
        "actions": ["actions", *AS_OF, old],
        "diff": ["diff", *AS_OF, old, new],
        "diff --format markdown": ["diff", *AS_OF, "--format", "markdown", old, new],
        "graph": ["graph", old],
        "graph --format dot": ["graph", "--format", "dot", old],
        "validate --print-config": ["validate", "--print-config", f"{root}/x\n{INJECTED}.yaml"],
        "unknown command": [f"x\n{INJECTED}"],
        "bad --as-of": ["validate", "--as-of", f"\n{INJECTED}", root],
    })
    findings = None
    problems = []
    for label, args in runs.items():
        result = subprocess.run([engage, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env=env, timeout=WALL_SECONDS)
        if result.returncode < 0:
            problems.append(f"{label}: killed by signal {-result.returncode}")
        for stream, data in (("stdout", result.stdout), ("stderr", result.stderr)):
            found = forbidden_in(data)
            if found:
                problems.append(f"{label} ({stream}): {found}")
            lines = data.decode("utf-8", "replace").splitlines()
            commands = [line for line in lines if line.lstrip().startswith("::")]
            if label == "validate --format github" and stream == "stdout":
                continue  # compared with the number of findings below
            if commands:
                problems.append(f"{label} ({stream}): a workflow command line: {commands[0]!r}")
        if label == "validate --format json":
            import json
            findings = len(json.loads(result.stdout)["findings"])
        if label == "validate --format github":
            annotations = [l for l in result.stdout.decode("utf-8", "replace").splitlines()
                           if l.lstrip().startswith("::")]
    if findings is not None and len(annotations) != findings:
        problems.append(f"github: {len(annotations)} command lines for {findings} findings")
    return problems


def init_never_follows_a_link(engage, d, sanitized):
    """`init --force` over a plan.yaml that is a link replaces the link, not its target."""
    write(f"{d}/outside.txt", "keep me\n")
    os.makedirs(f"{d}/new")
    os.symlink("../outside.txt", f"{d}/new/plan.yaml")
    result = subprocess.run([engage, "init", "--force", "--id", "x", "--start", "2024-01-01",
                             f"{d}/new"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            timeout=WALL_SECONDS)
    problems = []
    if result.returncode != 0:
        problems.append(f"exit {result.returncode}: {result.stderr[-300:]!r}")
    with open(f"{d}/outside.txt") as kept:
        if kept.read() != "keep me\n":
            problems.append("the file the link pointed to was overwritten")
    if os.path.islink(f"{d}/new/plan.yaml"):
        problems.append("plan.yaml is still the planted link")
    return problems


GIT_ENV = {"GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": "A", "GIT_AUTHOR_EMAIL": "a@example.org",
           "GIT_COMMITTER_NAME": "A", "GIT_COMMITTER_EMAIL": "a@example.org"}


def git_repository(d, name):
    """A repository with two commits of plan.yaml."""
    repo = f"{d}/{name}"
    env = dict(os.environ, **GIT_ENV, HOME=d)
    subprocess.run(["git", "-c", "init.defaultBranch=main", "init", "-q", repo], check=True, env=env)
    for title in ("One", "Two"):
        write(f"{repo}/plan.yaml", PLAN_HEAD.replace("A hostile plan", title))
        subprocess.run(["git", "-C", repo, "add", "plan.yaml"], check=True, env=env)
        subprocess.run(["git", "-C", repo, "commit", "-q", "-m", title], check=True, env=env)
    return repo, env


def run_diff(engage, repo, env, old, new, extra_env=None):
    return subprocess.run([engage, "diff", *AS_OF, old, new], cwd=repo, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, env=dict(env, **(extra_env or {})),
                          timeout=WALL_SECONDS)


def partial_clone_never_fetches(engage, d, sanitized):
    """A partial clone's missing blob: no fetch (its core.sshCommand never runs), and a reason."""
    source, env = git_repository(d, "source")
    subprocess.run(["git", "-C", source, "config", "uploadpack.allowFilter", "true"], check=True, env=env)
    clone = f"{d}/clone"
    subprocess.run(["git", "clone", "-q", "--filter=blob:none", f"file://{source}", clone],
                   check=True, env=env)
    marker = f"{d}/ssh-command-ran"
    write(f"{d}/ssh.sh", f"#!/bin/sh\ntouch '{marker}'\nexit 1\n")
    os.chmod(f"{d}/ssh.sh", 0o755)
    subprocess.run(["git", "-C", clone, "config", "core.sshCommand", f"{d}/ssh.sh"], check=True, env=env)
    subprocess.run(["git", "-C", clone, "remote", "set-url", "origin", "ssh://example.invalid/x"],
                   check=True, env=env)
    result = run_diff(engage, clone, env, "HEAD~1:plan.yaml", "plan.yaml")
    err = result.stderr.decode("utf-8", "replace")
    problems = []
    if os.path.exists(marker):
        problems.append("the repository's core.sshCommand ran (a lazy fetch)")
    if result.returncode != 2:
        problems.append(f"exit {result.returncode}, expected 2")
    if "the repository is a partial clone" not in err:
        problems.append(f"no word of the partial clone: {err[-400:]!r}")
    return problems


def blob_over_the_limit_never_read(engage, d, sanitized):
    """A 200 MB blob is refused by its size before a byte of it is read into memory."""
    repo, env = git_repository(d, "big")
    size = 200 << 20
    with open(f"{repo}/plan.yaml", "wb") as out:
        out.write(b"engage: 1\n# ")
        for _ in range(size >> 20):
            out.write(b"x" * (1 << 20))
        out.write(b"\n")
    subprocess.run(["git", "-C", repo, "commit", "-q", "-am", "big"], check=True, env=env)
    write(f"{repo}/plan.yaml", PLAN_HEAD)  # the working copy is small again
    # The peak memory of engage and of the git processes it waited for, alone: measured
    # by a fresh interpreter, as a process forked from this one starts with this one's peak.
    measure = ("import os, subprocess, sys\n"
               "with open(sys.argv[1], 'wb') as out, open(sys.argv[2], 'wb') as err:\n"
               "    child = subprocess.Popen(sys.argv[3:], stdout=out, stderr=err)\n"
               "    _, status, usage = os.wait4(child.pid, 0)\n"
               "print(os.waitstatus_to_exitcode(status), usage.ru_maxrss // 1024)\n")
    measured = subprocess.run([sys.executable, "-c", measure, f"{d}/out", f"{d}/err", engage,
                               "diff", *AS_OF, "HEAD:plan.yaml", "plan.yaml"], cwd=repo, env=env,
                              stdout=subprocess.PIPE, check=True, timeout=WALL_SECONDS)
    status, peak_mb = (int(word) for word in measured.stdout.split())
    with open(f"{d}/out", "rb") as out_file, open(f"{d}/err", "rb") as err_file:
        out, err = out_file.read(), err_file.read()
    problems = []
    if status != 0:
        problems.append(f"exit {status}: {err[-300:]!r}")
    if not re.search(rb"HEAD:(\./)?plan\.yaml:1:1: error\[yaml-syntax\]: the file is 200\.0 MiB, "
                     rb"over the limit of 16\.0 MiB", out):
        problems.append(f"no finding for the size: {out[-400:]!r}")
    if peak_mb > 150:
        problems.append(f"{peak_mb} MB at the peak: the blob was read")
    return problems


def git_not_found(engage, d, sanitized):
    """Without git on PATH, diff says so, not that there is no repository."""
    repo, env = git_repository(d, "no-git")
    result = run_diff(engage, repo, env, "HEAD~1:plan.yaml", "plan.yaml",
                      {"PATH": f"{d}/empty-path"})
    err = result.stderr.decode("utf-8", "replace")
    expected = "HEAD~1:plan.yaml: cannot run git: no program called git is on PATH"
    if result.returncode != 2 or expected not in err:
        return [f"exit {result.returncode}, {err[-300:]!r}"]
    return []


def report_names_never_start_with_a_dash(engage, d, sanitized):
    """Plan ids such as `-rf` and `--help` never become report names read as options."""
    for i, plan_id in enumerate(["-rf", "--help", ".hidden"]):
        write(f"{d}/plans/p{i}.yaml", PLAN_HEAD.replace("id: hostile", f'id: "{plan_id}"'))
    result = subprocess.run([engage, "report", *AS_OF, "--out", f"{d}/out", f"{d}/plans"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=WALL_SECONDS)
    names = sorted(os.listdir(f"{d}/out")) if os.path.isdir(f"{d}/out") else []
    problems = []
    if result.returncode not in (0, 1):
        problems.append(f"exit {result.returncode}: {result.stderr[-300:]!r}")
    bad = [name for name in names if name.startswith(("-", "."))]
    if bad or len(names) != 9:  # three reports, five tables, the index
        problems.append(f"names written: {names}")
    return problems


def empty_date_is_a_usage_error(engage, d, sanitized):
    """`--as-of ""` (a variable that was never set) is an error, never quietly today."""
    plan = write(f"{d}/plan.yaml", PLAN_HEAD)
    problems = []
    for args in (["validate", "--as-of", "", plan], ["report", "--as-of", "", plan],
                 ["actions", "--as-of", "", plan], ["diff", "--as-of", "", plan, plan],
                 ["init", "--start", "", f"{d}/new"]):
        result = subprocess.run([engage, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                timeout=WALL_SECONDS)
        if result.returncode != 2 or b"an empty value is not a date" not in result.stderr:
            problems.append(f"{' '.join(args[:2])}: exit {result.returncode}, {result.stderr[-200:]!r}")
    return problems


def actions_read_a_shared_config_once(engage, d, sanitized):
    """`engage actions` over 3,000 plans under one 2 MB .engage.toml, within the CPU bound."""
    root = plans_sharing_big_config(d)[0]
    factor = 10 if sanitized else 1

    def bounds():
        resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS * factor, CPU_SECONDS * factor + 1))

    result = subprocess.run([engage, "actions", *AS_OF, root], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, preexec_fn=bounds, timeout=WALL_SECONDS)
    if result.returncode != 0 or result.stdout.count(b"Actions of p") != 3000:
        return [f"exit {result.returncode}: {result.stderr[-300:]!r}"]
    return []


SCRIPTED_CASES = [
    ("actions-read-a-shared-config-once", actions_read_a_shared_config_once),
    ("empty-date-is-a-usage-error", empty_date_is_a_usage_error),
    ("report-names-never-start-with-a-dash", report_names_never_start_with_a_dash),
    ("partial-clone-never-fetches", partial_clone_never_fetches),
    ("blob-over-the-limit-never-read", blob_over_the_limit_never_read),
    ("git-not-found", git_not_found),
    ("init-force-never-follows-a-link", init_never_follows_a_link),
    ("control-characters-never-printed", control_characters_never_printed),
    ("temporaries-removed-on-SIGINT",
     lambda engage, d, sanitized: temporaries_removed_on_signal(engage, d, sanitized, 2)),
    ("temporaries-removed-on-SIGTERM",
     lambda engage, d, sanitized: temporaries_removed_on_signal(engage, d, sanitized, 15)),
]


def run_scripted_cases(engage, work, sanitized, only):
    failures = []
    for name, check in SCRIPTED_CASES:
        if only and name != only:
            continue
        if "git" in check.__code__.co_names and shutil.which("git") is None:
            print(f"skip {name}: git is not installed", flush=True)
            continue
        case_dir = os.path.join(work, name)
        os.makedirs(case_dir)
        problems = check(engage, case_dir, sanitized)
        print(f"{'ok' if not problems else 'FAIL':4} {name}", flush=True)
        if problems:
            failures.append(f"{name}: {'; '.join(problems)}")
    return failures


def main():
    import re
    args = sys.argv[1:]
    sanitized = "--sanitized" in args
    only = args[args.index("--only") + 1] if "--only" in args else None
    positional = [a for a in args if not a.startswith("--") and a != only]
    if len(positional) != 2:
        sys.exit(__doc__)
    engage, work = positional
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    failures = []
    for name, make, allowed, expect in CASES:
        if only and name != only:
            continue
        case_dir = os.path.join(work, name)
        os.makedirs(case_dir)
        made = make(case_dir)
        paths, env_extra, stdin = made if isinstance(made, tuple) else (made, {}, None)
        for command in ("validate", "audit"):
            label = f"{name} ({command})"
            try:
                result = run(engage, command, paths, env_extra, stdin, sanitized)
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
