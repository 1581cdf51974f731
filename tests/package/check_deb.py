#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Checks the Debian packages cpack built, installs them into a throwaway
root and runs the installed `engage` there.

Usage: check_deb.py ENGAGE_DEB DEV_DEB BUILT_ENGAGE SOURCE_DIR ROOT

Why `dpkg -x` into ROOT rather than `dpkg --root=ROOT -i`: dpkg --root needs a
whole Debian system in ROOT (its own dpkg database, libc, libstdc++, fmt,
yaml-cpp...), which only a bootstrapped chroot or a container gives. What such
an install would prove is split here into parts that can each be checked on
this machine, without root:
  1. every package the Depends line names is installed here, at a version
     the line accepts (so `dpkg -i` would accept the package);
  2. every shared library the unpacked program loads (ldd) belongs to a
     package that the Depends line names, and the program has no RPATH or
     RUNPATH (so it loads nothing from the build tree or from outside what
     Depends pulls in);
  3. the unpacked files are exactly where Debian's tools look for them, and
     the unpacked program, run from ROOT with no access to the build, gives
     the same result on the examples as the program of the build.
Exits 1 when any check fails.
"""
import gzip
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

problems = []


def check(condition, text):
    print(("ok: " if condition else "FAIL: ") + text)
    if not condition:
        problems.append(text)
    return condition


def output(*command, **options):
    return subprocess.run(command, capture_output=True, text=True, check=True, **options).stdout


def field(deb, name):
    return output("dpkg-deb", "-f", str(deb), name).strip()


def check_control(deb, package, section):
    check(field(deb, "Package") == package, f"{deb.name}: Package is {package}")
    check(field(deb, "Section") == section, f"{deb.name}: Section is {section}")
    check(field(deb, "Priority") == "optional", f"{deb.name}: Priority is optional")
    check(re.fullmatch(r".+ <[^@\s]+@[^@\s]+>", field(deb, "Maintainer")) is not None,
          f"{deb.name}: Maintainer is a name and an address ({field(deb, 'Maintainer')})")
    description = field(deb, "Description").splitlines()
    check(len(description) > 2 and 0 < len(description[0]) <= 80,
          f"{deb.name}: Description has a summary line and a long description")


def dependencies(deb):
    """[[(package, operator, version)...] for each clause of Depends]."""
    clauses = []
    for clause in filter(None, (c.strip() for c in field(deb, "Depends").split(","))):
        choices = []
        for choice in clause.split("|"):
            match = re.fullmatch(r"\s*([a-z0-9.+-]+)(?::\w+)?\s*(?:\(\s*([<>=]+)\s*([^)\s]+)\s*\))?\s*",
                                 choice)
            check(match is not None, f"Depends clause `{choice}` is well formed")
            if match:
                choices.append(match.groups())
        clauses.append(choices)
    return clauses


def installed_version(package):
    done = subprocess.run(["dpkg-query", "-W", "-f", "${Status}\t${Version}", package],
                          capture_output=True, text=True, check=False)
    status, _, version = done.stdout.partition("\t")
    return version if done.returncode == 0 and status.endswith(" installed") else None


def satisfied(choice):
    package, operator, version = choice
    have = installed_version(package)
    if have is None:
        return False
    if operator is None:
        return True
    return subprocess.run(["dpkg", "--compare-versions", have, operator, version],
                          check=False).returncode == 0


def owning_package(path):
    """The installed package that holds the library at PATH (merged /usr aware)."""
    candidates = {path, os.path.realpath(path)}
    for candidate in list(candidates):
        if candidate.startswith("/lib"):
            candidates.add("/usr" + candidate)
        if candidate.startswith("/usr/lib"):
            candidates.add(candidate[len("/usr"):])
    for candidate in sorted(candidates):
        done = subprocess.run(["dpkg-query", "-S", candidate], capture_output=True, text=True,
                              check=False)
        if done.returncode == 0:
            return done.stdout.split(":")[0].strip()
    return None


def check_libraries(program, depends):
    named = {choice[0] for clause in depends for choice in clause}
    dynamic = output("readelf", "-d", str(program))
    check("RPATH" not in dynamic and "RUNPATH" not in dynamic,
          "the installed program has no RPATH or RUNPATH")
    for line in output("ldd", str(program)).splitlines():
        match = re.match(r"\s*(\S+) => (/\S+)", line)
        if not match:
            continue
        library, path = match.groups()
        package = owning_package(path)
        check(package is not None and package.split(":")[0] in named,
              f"{library} ({path}) comes from {package}, which Depends names")


def check_layout(root, source):
    usr = root / "usr"
    for name in ("bin/engage", "share/bash-completion/completions/engage",
                 "share/zsh/vendor-completions/_engage", "share/fish/vendor_completions.d/engage.fish",
                 "share/doc/engage/copyright", "share/doc/engage/changelog.gz",
                 *(f"share/engage/schemas/{schema.name}"
                   for schema in sorted((source / "schemas").glob("*.schema.json"))),
                 "share/engage/frameworks/national-standards.yaml",
                 "share/doc/libengage-dev/copyright", "lib/cmake/engage/engageConfig.cmake",
                 "lib/pkgconfig/engage.pc", "include/engage/version.hpp"):
        check((usr / name).is_file(), f"/usr/{name} is installed")
    outside = [str(p.relative_to(root)) for p in root.iterdir() if p.name != "usr"]
    check(not outside, f"nothing is installed outside /usr ({outside})")
    # Every man page of the source tree, compressed, in its section, unchanged.
    for page in sorted((source / "man").glob("engage*.[15]")):
        installed = usr / "share" / "man" / f"man{page.suffix[1:]}" / (page.name + ".gz")
        if check(installed.is_file(), f"{page.name} is installed compressed"):
            check(gzip.decompress(installed.read_bytes()) == page.read_bytes(),
                  f"{installed.name} is {page.name}")
    plain = [str(p) for p in (usr / "share" / "man").rglob("*") if p.is_file() and p.suffix != ".gz"]
    check(not plain, f"no man page is installed uncompressed ({plain})")


def check_copyright(root, source):
    licence = (source / "LICENSE").read_text()
    for package in ("engage", "libengage-dev"):
        text = (root / "usr" / "share" / "doc" / package / "copyright").read_text()
        check(text.startswith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"),
              f"{package}'s copyright file is machine-readable (DEP-5)")
        check("\nFiles: *\n" in text and "\nLicense: MIT\n" in text,
              f"{package}'s copyright file says the files are MIT-licensed")
        body = text.split("\nLicense: MIT\n", 1)[-1]
        unfolded = "\n".join("" if line == " ." else line[1:] for line in body.splitlines())
        check(" ".join(unfolded.split()) in " ".join(licence.split()),
              f"{package}'s copyright file holds the text of LICENSE")


def run(program, arguments, cwd, env):
    return subprocess.run([str(program), *arguments], cwd=cwd, env=env, capture_output=True,
                          text=True, check=False)


def check_program(root, built, source):
    installed = root / "usr" / "bin" / "engage"
    # Away from the source tree and the build: a copy of the examples, a bare
    # environment, and a HOME of its own.
    work = root.parent / "work"
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(source / "examples", work / "examples")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(work), "LC_ALL": "C.UTF-8", "NO_COLOR": "1"}

    version = run(installed, ["--version"], work, env)
    check(version.returncode == 0 and "Licence: MIT" in version.stdout,
          f"the installed `engage --version` names the licence: {version.stdout.strip()!r}")

    for arguments in (["validate", "--as-of", "2024-06-30", "examples"],
                      ["validate", "--as-of", "2024-06-30", "--format", "json", "examples"]):
        mine, theirs = run(installed, arguments, work, env), run(built, arguments, work, env)
        shown = " ".join(arguments)
        check(mine.returncode == theirs.returncode and mine.returncode in (0, 1),
              f"`engage {shown}` checks the plans and exits as the build's does "
              f"(installed {mine.returncode}, built {theirs.returncode})")
        check(mine.stdout == theirs.stdout and mine.stderr == theirs.stderr and mine.stdout,
              f"`engage {shown}`: the installed program prints what the build's prints")
    summary = run(installed, ["validate", "--as-of", "2024-06-30", "examples"], work, env)
    print("   " + (summary.stdout.strip().splitlines() or ["(nothing)"])[-1])

    # The completion scripts are the ones the installed program prints.
    places = {"bash": "share/bash-completion/completions/engage",
              "zsh": "share/zsh/vendor-completions/_engage",
              "fish": "share/fish/vendor_completions.d/engage.fish"}
    for shell, place in places.items():
        printed = run(installed, ["completion", shell], work, env).stdout
        check(printed and printed == (root / "usr" / place).read_text(),
              f"/usr/{place} is what `engage completion {shell}` prints")


def main():
    engage_deb, dev_deb, built, source, root = (Path(a).resolve() for a in sys.argv[1:6])
    check_control(engage_deb, "engage", "utils")
    check_control(dev_deb, "libengage-dev", "libdevel")
    depends = dependencies(engage_deb)
    print(f"   Depends: {field(engage_deb, 'Depends')}")
    for needed in ("libc6", "libstdc++6", "libfmt9", "libyaml-cpp0.7"):
        check(any(choice[0] == needed for clause in depends for choice in clause),
              f"Depends names {needed}")
    for clause in depends:
        check(any(satisfied(choice) for choice in clause),
              f"`{' | '.join(c[0] for c in clause)}` is installed at a version Depends accepts")
    dev_depends = {choice[0] for clause in dependencies(dev_deb) for choice in clause}
    check({"libfmt-dev", "libyaml-cpp-dev", "libtomlplusplus-dev"} <= dev_depends,
          f"libengage-dev depends on the development packages its users link ({dev_depends})")

    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    for deb in (engage_deb, dev_deb):
        subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    check_layout(root, source)
    check_copyright(root, source)
    check_libraries(root / "usr" / "bin" / "engage", depends)
    check_program(root, built, source)
    print("FAILED: " + str(len(problems)) + " checks" if problems else "all package checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
