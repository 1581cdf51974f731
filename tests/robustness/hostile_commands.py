# SPDX-License-Identifier: MIT
"""Hostile runs that are not `validate`/`audit` on one input: signals, file names
and text that try to print control characters or workflow commands, git
repositories (a partial clone, a 200 MB blob, no git at all), report names,
empty dates and a configuration shared by 3,000 plans.

Imported by run_hostile.py, which runs SCRIPTED_CASES after its own cases, in
the normal and the sanitizer build. Each case is a function
(engage, case_dir, sanitized) -> [problems], empty when it passed.
"""
import os
import re
import resource
import shutil
import subprocess
import sys

CPU_SECONDS = 10
WALL_SECONDS = 120
AS_OF = ["--as-of", "2024-06-30"]
PLAN_HEAD = "engage: 1\nplan:\n  id: hostile\n  title: A hostile plan\n"
SANITIZER_MARKS = ("ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error:",
                   "UndefinedBehaviorSanitizer", "SUMMARY: ")


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(path, mode) as out:
        out.write(data)
    return path


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
    # Reading the 200 MB blob would take more than 200 MB (and ASan's shadow memory
    # on top); the sanitized build starts some 40 MB higher without reading it.
    limit_mb = 190 if sanitized else 150
    if peak_mb > limit_mb:
        problems.append(f"{peak_mb} MB at the peak (limit {limit_mb}): the blob was read")
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
