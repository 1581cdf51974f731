#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Keeps the man pages in step with --help.

For every subcommand `engage --help` lists, man/engage-COMMAND.1 must exist,
and the long options written as `\\-\\-option` at the head of a .TP entry in
its OPTIONS section must be exactly the long options `engage COMMAND --help`
shows. Usage: check_man_options.py ENGAGE MAN_DIR
"""
import pathlib
import re
import subprocess
import sys


def help_text(engage, *args):
    run = subprocess.run([engage, *args, "--help"], capture_output=True, text=True, check=False)
    if run.returncode != 0:
        sys.exit(f"{engage} {' '.join(args)} --help exited {run.returncode}: {run.stderr}")
    return run.stdout


def section(text, title):
    """The lines of a --help section ("Subcommands:", "Options:")."""
    lines, inside = [], False
    for line in text.splitlines():
        if line.endswith(":") and not line.startswith(" "):
            inside = line == title
        elif inside:
            lines.append(line)
    return lines


def subcommands(engage):
    names = []
    for line in section(help_text(engage), "Subcommands:"):
        match = re.match(r"  ([a-z][a-z-]*)\s", line)
        if match:
            names.append(match.group(1))
    return names


def help_options(engage, command):
    options = set()
    for line in section(help_text(engage, command), "Options:"):
        # "  -f,--format TEXT:{...}" - the names come first, up to a space.
        match = re.match(r"  (-[^ ]+)", line)
        if match:
            options.update(n for n in match.group(1).split(",") if n.startswith("--"))
    return options


def page_options(page):
    text = page.read_text(encoding="utf-8")
    match = re.search(r"^\.SH OPTIONS\n(.*?)(?=^\.SH )", text, re.S | re.M)
    if not match:
        return None
    options = set()
    lines = match.group(1).splitlines()
    for tag, line in zip(lines, lines[1:]):
        if tag == ".TP":
            options.update("--" + o.replace("\\-", "-") for o in re.findall(r"\\-\\-((?:[a-z0-9]|\\-)+)", line))
    return options


def main():
    engage, man_dir = sys.argv[1], pathlib.Path(sys.argv[2])
    problems = []
    commands = subcommands(engage)
    if not commands:
        problems.append("engage --help lists no subcommands")
    for command in commands:
        page = man_dir / f"engage-{command}.1"
        if not page.is_file():
            problems.append(f"{command}: no man page {page}")
            continue
        documented = page_options(page)
        if documented is None:
            problems.append(f"{page.name}: no OPTIONS section")
            continue
        defined = help_options(engage, command)
        for option in sorted(defined - documented):
            problems.append(f"{page.name}: missing {option} (in 'engage {command} --help')")
        for option in sorted(documented - defined):
            problems.append(f"{page.name}: extra {option} (not in 'engage {command} --help')")
    for problem in problems:
        print(problem)
    print(f"checked {len(commands)} commands: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
