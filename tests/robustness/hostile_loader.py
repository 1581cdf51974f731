# SPDX-License-Identifier: MIT
"""Hostile-input cases for the loader and paths (see run_hostile.py, which runs them).

Each case makes its input under the folder it is given and returns the paths to
check, or a dict with "paths" and any of "env", "stdin", "cwd", "args" and
"forbid" (a regular expression the output must not match); CASES lists them with
the exit statuses allowed and what the output must say.
"""
import os

PLAN_HEAD = "engage: 1\nplan:\n  id: hostile\n  title: A hostile plan\n"

CASES = []


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(path, mode) as out:
        out.write(data)
    return path


# --- long lines: one line holding many nodes must cost no more than many lines -------
# (each node's column was counted from the start of its line: quadratic time)

def one_line(body):
    return PLAN_HEAD + body + "\n"


def long_line_flow_list(d):
    items = ", ".join(f"survey {i}" for i in range(300_000))
    return [write(f"{d}/flow-list.yaml", one_line(f"  needs: [{items}]"))]


def long_line_duplicate_keys(d):
    keys = ", ".join("from: 2024-01-01" for _ in range(100_000))
    return [write(f"{d}/duplicate-keys.yaml", one_line(f"  period: {{{keys}}}"))]


def long_line_duplicate_keys_shown(d):
    # The default output quotes each finding's line around its column.
    return {"paths": long_line_duplicate_keys(d), "args": []}


def long_line_duplicate_keys_sarif(d):
    return {"paths": long_line_duplicate_keys(d), "args": ["--format", "sarif"]}


def long_line_personal_data(d):
    items = ", ".join("young.person@example.org" for _ in range(100_000))
    return [write(f"{d}/addresses.yaml", one_line(f"  needs: [{items}]"))]


def long_line_15mb(d):
    # A sound plan of 15 MB on one line: just under the 16 MiB file limit.
    path = f"{d}/one-line.yaml"
    with open(path, "w") as out:
        out.write("{engage: 1, plan: {id: p, title: One line, needs: [survey")
        for i in range(1_000_000):
            out.write(f", survey {i}")
        out.write("]}}\n")
    return [path]


CASES += [
    ("long-line-300000-flow-items", long_line_flow_list, {0, 1}, r"Found \d+ warnings|No problems found"),
    ("long-line-100000-duplicate-keys", long_line_duplicate_keys, {1}, r"`from` appears twice"),
    ("long-line-duplicate-keys-shown", long_line_duplicate_keys_shown, {1}, r"(?s)`from` appears twice.*\^"),
    ("long-line-duplicate-keys-sarif", long_line_duplicate_keys_sarif, {1}, r'"startColumn": \d{5,}'),
    ("long-line-100000-addresses", long_line_personal_data, {0, 1}, r"personal-data\]|No problems found"),
    ("long-line-15MB", long_line_15mb, {0, 1}, r"Found \d+ warnings|No problems found"),
]

# --- paths: the plan a path names is the one it really is in --------------------------

def dotdot_from_a_plan_folder(d):
    # Run inside a sound plan folder on a broken plan beside it: the walk up to a
    # plan folder once took the parent of `..` to be the current folder.
    write(f"{d}/good/plan.yaml", PLAN_HEAD)
    write(f"{d}/other/bad.yaml", PLAN_HEAD + "bodies: 1\n")
    return {"paths": ["../other/bad.yaml"], "cwd": f"{d}/good", "forbid": r"\bplan\.yaml"}


CASES += [
    ("dotdot-from-a-plan-folder", dotdot_from_a_plan_folder, {1},
     r"\.\./other/bad\.yaml:5:9: error\[wrong-type\]|\.\./other/bad\.yaml:5:9: .*bodies"),
]

# --- reach: a plan makes engage read nothing outside its folder or repository -------

SECRET = "api_key: sk-live-0123456789abcdef\npassword: swordfish\n"
LEAKED = r"sk-live|swordfish|api_key"


def repository_with_secrets(d):
    """A repository (a .git folder is all it takes) and a file of secrets beside it."""
    os.makedirs(f"{d}/repo/.git", exist_ok=True)
    write(f"{d}/secrets.yaml", SECRET)
    return f"{d}/repo"


def plan_with_framework(folder, framework):
    return write(f"{folder}/plan.yaml", PLAN_HEAD + f"  framework: {framework}\n")


def framework_outside_repository(d):
    repo = repository_with_secrets(d)
    plan_with_framework(f"{repo}/plan", "../../../../../../../../../../../.." + os.path.abspath(f"{d}/secrets.yaml"))
    return {"paths": [f"{repo}/plan"], "forbid": LEAKED}


def framework_link_out_of_repository(d):
    repo = repository_with_secrets(d)
    plan_with_framework(f"{repo}/plan", "ours.yaml")
    os.symlink(os.path.abspath(f"{d}/secrets.yaml"), f"{repo}/plan/ours.yaml")
    return {"paths": [f"{repo}/plan"], "forbid": LEAKED}


def framework_not_a_framework(d):
    repo = repository_with_secrets(d)
    write(f"{repo}/credentials.yaml", SECRET)
    plan_with_framework(f"{repo}/plan", "../credentials.yaml")
    return {"paths": [f"{repo}/plan"], "forbid": LEAKED}


def framework_sparse_3gb(d):
    repo = repository_with_secrets(d)
    with open(f"{repo}/plan-framework.yaml", "wb") as out:
        out.write(b"engage-framework: 1\n")
        out.truncate(3 << 30)  # sparse: 3 GB long, nothing on disk
    plan_with_framework(f"{repo}/plan", "../plan-framework.yaml")
    return [f"{repo}/plan"]


def fragment_link_out_of_plan_folder(d):
    repo = repository_with_secrets(d)
    write(f"{repo}/plan/plan.yaml", PLAN_HEAD)
    os.symlink(os.path.abspath(f"{d}/secrets.yaml"), f"{repo}/plan/bodies.yaml")
    os.symlink(os.path.abspath(d), f"{repo}/plan/more")
    return {"paths": [f"{repo}/plan"], "forbid": LEAKED}


CASES += [
    ("framework-outside-repository", framework_outside_repository, {1},
     r"framework file `[^`]*secrets\.yaml` is outside the plan's repository"),
    ("framework-link-out-of-repository", framework_link_out_of_repository, {1},
     r"framework file `ours\.yaml` is outside the plan's repository"),
    ("framework-not-a-framework", framework_not_a_framework, {1}, r"not a framework file"),
    ("framework-sparse-3GB", framework_sparse_3gb, {1}, r"over the limit of 16\.0 MiB .* for a framework file"),
    ("fragment-link-out-of-plan-folder", fragment_link_out_of_plan_folder, {1},
     r"(?s)bodies\.yaml: error\[yaml-syntax\]: is a symbolic link to .*outside the plan folder.*more: error"),
]

# --- suppression comments: only real YAML comments suppress ---------------------------

def suppression_in_strings(d):
    # A `# engage:` inside a quoted title or a block scalar is text, not a comment.
    return [write(f"{d}/suppression-in-strings.yaml",
                  "engage: 1\nplan:\n  id: p\n"
                  "  title: \"Our plan # engage: disable-file=unknown-key\"\n"
                  "  purpose: |\n    Why we engage.\n    # engage: disable-file=unknown-key\n"
                  "bogus: 1\n")]


def long_line_hashes_in_a_string(d):
    # Each `#` was a candidate comment, scanned to the end of its line.
    hashes = " #" * 200_000
    return [write(f"{d}/hashes.yaml", PLAN_HEAD + f"  purpose: \"{hashes}\"  # engage: disable=no-groups\n")]


CASES += [
    ("suppression-in-strings", suppression_in_strings, {1}, r"8:1: error\[unknown-key\]: `bogus`"),
    ("long-line-200000-hashes-in-a-string", long_line_hashes_in_a_string, {0, 1}, r"Found \d+ warnings|No problems found"),
]

# --- messages: what the loader says about odd but readable files ---------------------

def lone_cr_line_ends(d):
    # Old Mac line ends, with a leading comment: once read as one comment, "empty".
    return [write(f"{d}/lone-cr.yaml", "# Our plan\r" + PLAN_HEAD.replace("\n", "\r") + "budget: 1\r")]


def quoted_version(d):
    return [write(f"{d}/quoted-version.yaml", PLAN_HEAD.replace("engage: 1", 'engage: "1"'))]


def list_then_text(d):
    # From the YAML test suite: content after a top-level list ends is no `---`.
    return [write(f"{d}/list-then-text.yaml", "- a\n- b\ninvalid\n")]


def unindented_folded_text(d):
    return [write(f"{d}/unindented-folded.yaml", "--- >\nline one\nline two\n")]


def tab_in_text_far_above(d):
    return [write(f"{d}/tab-in-text.yaml", PLAN_HEAD + "  purpose: |\n    a\n    \tb\n    c\n"
                  "  area: x\n  owner: y\n  needs: [\n")]


def gif_like_first_key(d):
    return [write(f"{d}/gif-like.yaml", "GIF89a: 1\n" + PLAN_HEAD)]


CASES += [
    ("list-then-text", list_then_text, {1}, r"content continues after the end of the file's top-level list"),
    ("unindented-folded-text", unindented_folded_text, {1}, r"outside the text that `>` starts on line 1"),
    ("tab-in-text-far-above", tab_in_text_far_above, {1}, r"`\[` is never closed"),
    ("gif-like-first-key", gif_like_first_key, {1}, r"1:1: error\[unknown-key\]: `GIF89a`"),
]

CASES += [
    ("lone-cr-line-ends", lone_cr_line_ends, {1}, r"lone-cr\.yaml:6:1: error\[unknown-key\]: `budget`"),
    ("quoted-version", quoted_version, {1}, r"1:9: error\[bad-version\]: the format version must be the number 1, not the text \"1\""),
]
