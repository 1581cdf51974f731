#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Runs scripts/spdx-headers on a scratch git repository: --check lists the
files without the identifier and exits 1; the script adds the identifier in the
right comment and place (after a #! line), leaves test data and untracked files
alone, and a second run changes nothing; then --check exits 0.

Usage: check_spdx_script.py SCRIPT SCRATCH_DIR
"""
import shutil
import subprocess
import sys
from pathlib import Path

problems = []


def check(condition, text):
    print(("ok: " if condition else "FAIL: ") + text)
    if not condition:
        problems.append(text)


def main():
    script, scratch = sys.argv[1], Path(sys.argv[2])
    shutil.rmtree(scratch, ignore_errors=True)
    files = {
        "lib/src/a.cpp": "// A file.\nint a;\n",
        "cli/b.hpp": "#pragma once\n",
        "tests/unit/c.inc": "X(c)\n",
        "fuzz/d.cpp": "// SPDX-License-Identifier: MIT\nint d;\n",
        "tests/fixtures/rules/e/e.cpp": "int e;\n",
        "tests/cli/golden/f.py": "print(1)\n",
        "CMakeLists.txt": "project(x)\n",
        "cmake/g.cmake.in": "@PACKAGE_INIT@\n",
        "scripts/run": "#!/bin/sh\necho run\n",
        "scripts/h.py": "#!/usr/bin/env python3\nprint(2)\n",
        "bench/i.cpp": "int i;\n",
        "README.md": "# x\n",
    }
    for name, text in files.items():
        (scratch / name).parent.mkdir(parents=True, exist_ok=True)
        (scratch / name).write_text(text)
    subprocess.run(["git", "init", "-q", str(scratch)], check=True)
    subprocess.run(["git", "-C", str(scratch), "add", "-A"], check=True)
    (scratch / "lib" / "generated.cpp").write_text("int g;\n")  # untracked: a build's output

    def run(*arguments):
        return subprocess.run([sys.executable, script, "--root", str(scratch), *arguments],
                              capture_output=True, text=True, check=False)

    want_tagged = ["CMakeLists.txt", "cli/b.hpp", "cmake/g.cmake.in", "lib/src/a.cpp",
                   "scripts/h.py", "scripts/run", "tests/unit/c.inc"]
    listed = run("--check")
    check(listed.returncode == 1, f"--check exits 1 when files lack it (exit {listed.returncode})")
    check(sorted(listed.stdout.split()) == want_tagged, f"--check lists {listed.stdout.split()}")

    check(run().returncode == 0, "the script adds the identifiers")
    text = {name: (scratch / name).read_text() for name in files}
    check(text["lib/src/a.cpp"] == "// SPDX-License-Identifier: MIT\n// A file.\nint a;\n",
          "C++: `//` comment on the first line")
    check(text["CMakeLists.txt"].startswith("# SPDX-License-Identifier: MIT\nproject"),
          "CMake: `#` comment on the first line")
    check(text["scripts/run"] == "#!/bin/sh\n# SPDX-License-Identifier: MIT\necho run\n",
          "a #! script keeps its #! line first")
    for name in ("fuzz/d.cpp", "tests/fixtures/rules/e/e.cpp", "tests/cli/golden/f.py",
                 "bench/i.cpp", "README.md"):
        check(text[name] == files[name], f"{name} is unchanged")
    check((scratch / "lib" / "generated.cpp").read_text() == "int g;\n",
          "an untracked (generated) file is unchanged")

    check(run().returncode == 0, "a second run succeeds")
    again = {name: (scratch / name).read_text() for name in files}
    check(again == text, "a second run changes nothing")
    done = run("--check")
    check(done.returncode == 0 and not done.stdout, f"--check then exits 0 ({done.returncode})")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
