#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Measures engage against the tools a user would otherwise pick, in one run.

usage: bench/run.py [--build DIR] [--plans N] [--repeat R] [--quick] [--skip NAMES]

Generates (once) a deterministic corpus of N realistic plans (default 1000,
about 44 KB each) under bench/corpus/, then times, with the median of R runs
(default 3) and the peak memory reported by /usr/bin/time:

  reading the files (the I/O floor), yaml-cpp's bare event walk (the floor
  for engage's parser: bench/yaml_floor.cpp), engage validate and engage
  report --out at -j 1 and -j 2, ajv + js-yaml (installed into bench/ by
  `npm ci --prefix bench`), PyYAML's C loader alone and with jsonschema
  (Debian's python3-yaml and python3-jsonschema), and yamllint (Debian's
  yamllint; run once: it is slow).

Then the single-plan latency of `engage validate` on an example, and how the
cost grows with plan size (1,000, 10,000 and 100,000 bodies, and a chain of
100,000 bodies through `engage audit`, and the same chain's flow audit held
in memory by bench/flow_audit.cpp, without YAML). Every figure is also given as a ratio
to a baseline measured in the same run, so machines can be compared.
A peer that is not installed is reported as skipped, not as a failure.
--quick: 100 plans, one repetition, no yamllint, no 100,000-body plans.
"""
import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
AS_OF = ["--as-of", "2024-06-30"]


def measure(command, repeat, cwd=ROOT):
    """Median wall seconds and peak resident KB of `command` over `repeat` runs."""
    times, peaks = [], []
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        for _ in range(repeat):
            result = subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", report.name] + command,
                                    cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            # engage exits 1 when it finds errors: that is a result, not a failure.
            if result.returncode not in (0, 1):
                raise RuntimeError("%s failed (%d): %s" % (" ".join(command), result.returncode,
                                                         result.stderr.decode()[-500:]))
            report.seek(0)
            last = report.read().strip().splitlines()[-1].split()
            times.append(float(last[0]))
            peaks.append(int(last[1]))
    return statistics.median(times), max(peaks)


def wall_median(command, repeat):
    """Median wall seconds, timed here (finer than /usr/bin/time's 10 ms)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def corpus(plans):
    folder = os.path.join(HERE, "corpus", "plans-%d" % plans)
    stamp = os.path.join(folder, ".complete")
    if not os.path.exists(stamp):
        shutil.rmtree(folder, ignore_errors=True)
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "corpus", folder,
                        "--plans", str(plans)], check=True)
        open(stamp, "w").close()
    return folder


def scaled_plan(bodies):
    path = os.path.join(HERE, "corpus", "scaled-%d.yaml" % bodies)
    if not os.path.exists(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "plan", path,
                        "--bodies", str(bodies)], check=True)
    return path


def chain_plan(bodies):
    path = os.path.join(HERE, "corpus", "chain-%d.yaml" % bodies)
    if not os.path.exists(path):
        with open(path, "w") as out:
            subprocess.run([sys.executable, os.path.join(HERE, "chain.py"), str(bodies),
                            "--feedback"], stdout=out, check=True)
    return path


def has_subcommand_option(engage, command, option):
    result = subprocess.run([engage, command, "--help"], capture_output=True, text=True)
    return result.returncode == 0 and option in result.stdout


def machine():
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as info:
            for line in info:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return "%s, %d cores, Linux %s" % (model, os.cpu_count() or 1, platform.release())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--plans", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--skip", default="", help="comma-separated: ajv,python,yamllint,report,scale")
    args = parser.parse_args()
    if args.quick:
        args.plans, args.repeat = 100, 1
    skip = set(filter(None, args.skip.split(",")))
    if args.quick:
        skip.add("yamllint")
    engage = os.path.join(args.build, "cli", "engage")
    floor = os.path.join(args.build, "bench", "yaml-floor")
    for program in (engage, floor):
        if not os.path.exists(program):
            sys.exit("%s is missing: build first (cmake --workflow --preset default)" % program)
    plans = corpus(args.plans)
    schema = os.path.join(ROOT, "schemas", "engage-plan.schema.json")
    size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(plans) for f in fs)
    print("Corpus: %d plans, %.1f MB (%s); %d repetitions, medians" %
          (args.plans, size / 1e6, os.path.relpath(plans, ROOT), args.repeat))
    print("Machine: %s\n" % machine())

    rows = []  # (name, seconds or None, peak KB, note)

    def run(name, command, repeat=args.repeat):
        seconds, peak = measure(command, repeat)
        rows.append((name, seconds, peak, ""))
        print("  %-44s %8.2f s" % (name, seconds), file=sys.stderr)
        return seconds

    def skipped(name, why):
        rows.append((name, None, None, why))

    run("reading the files (the I/O floor)",
        ["sh", "-c", "find \"$0\" -name '*.y*ml' -exec cat {} + > /dev/null", plans])
    base = run("yaml-cpp event walk, 1 core (the floor)", [floor, plans])
    j1 = run("engage validate -j 1", [engage, "validate"] + AS_OF +
             ["--format", "concise", "-j", "1", plans])
    j2 = run("engage validate -j 2", [engage, "validate"] + AS_OF +
             ["--format", "concise", "-j", "2", plans])
    if "report" not in skip and has_subcommand_option(engage, "report", "--out"):
        out = tempfile.mkdtemp(prefix="engage-bench-")
        for jobs in ("1", "2"):
            run("engage report --out DIR -j %s" % jobs, [engage, "report"] + AS_OF +
                ["--out", out, "-j", jobs, plans])
        shutil.rmtree(out, ignore_errors=True)
    else:
        skipped("engage report --out DIR", "report --out not available")
    node_modules = os.path.join(HERE, "node_modules")
    if "ajv" in skip:
        skipped("ajv + js-yaml (Node.js)", "skipped")
    elif shutil.which("node") and os.path.isdir(node_modules):
        run("ajv + js-yaml (Node.js), schema only",
            ["node", os.path.join(HERE, "peers", "ajv_validate.mjs"), schema, plans])
    else:
        skipped("ajv + js-yaml (Node.js)", "run `npm ci --prefix bench` first")
    peer = os.path.join(HERE, "peers", "jsonschema_validate.py")
    if "python" not in skip:
        run("PyYAML C loader, walk only", [sys.executable, peer, schema, plans, "--walk-only"])
        pyjs = run("PyYAML + jsonschema, schema only", [sys.executable, peer, schema, plans])
    else:
        pyjs = None
        skipped("PyYAML + jsonschema", "skipped")
    if "yamllint" not in skip and shutil.which("yamllint"):
        run("yamllint (relaxed), run once", ["yamllint", "-d", "relaxed", plans], repeat=1)
    else:
        skipped("yamllint", "not installed (apt-get install yamllint)" if "yamllint" not in skip
                else "skipped")

    print("| tool, same corpus | seconds | x yaml-cpp floor | peak memory |")
    print("|---|---:|---:|---:|")
    for name, seconds, peak, note in rows:
        if seconds is None:
            print("| %s | %s | | |" % (name, note))
        else:
            print("| %s | %.2f | %.2f | %.0f MB |" % (name, seconds, seconds / base, peak / 1024))
    print()
    print("validate -j 1 / yaml-cpp floor: %.2f (target at most 1.25)" % (j1 / base))
    print("validate -j 1 / -j 2: %.2f (target at least 1.8)" % (j1 / j2))
    if pyjs:
        print("PyYAML + jsonschema / validate -j 2: %.1f (target at least 8)" % (pyjs / j2))

    example = os.path.join(ROOT, "examples", "nottingham-participation.yaml")
    latency = wall_median([engage, "validate"] + AS_OF + [example], 21)
    version = wall_median([engage, "--version"], 21)
    print("\nOne plan (validate %s): %.1f ms; starting engage alone (--version): %.1f ms" %
          (os.path.relpath(example, ROOT), latency * 1000, version * 1000))

    if "scale" in skip:
        return
    print("\n| plan size | validate s | audit s | x previous size |")
    print("|---|---:|---:|---:|")
    previous = None
    # A 100,000-body plan is larger than the default 16 MiB cap on a plan file.
    os.environ["ENGAGE_MAX_FILE_BYTES"] = str(1 << 30)
    for bodies in ((1_000, 10_000) if args.quick else (1_000, 10_000, 100_000)):
        path = scaled_plan(bodies)
        validate, _ = measure([engage, "validate"] + AS_OF + ["--format", "concise", path],
                              args.repeat)
        audit, _ = measure([engage, "audit"] + AS_OF + ["--format", "concise", path], args.repeat)
        growth = "%.1f" % (validate / previous) if previous else ""
        print("| %d bodies (%.1f MB) | %.2f | %.2f | %s |" %
              (bodies, os.path.getsize(path) / 1e6, validate, audit, growth))
        previous = validate
    if not args.quick:
        path = chain_plan(100_000)
        audit, peak = measure([engage, "audit"] + AS_OF + ["--format", "concise", path],
                              args.repeat)
        walk, _ = measure([floor, path], args.repeat)
        print("| chain of 100000 bodies (%.1f MB): audit | | %.2f (%.0f MB) | %.2f x its yaml-cpp walk (%.2f s) |"
              % (os.path.getsize(path) / 1e6, audit, peak / 1024, audit / walk, walk))
        # The audit alone, on the same chain built in memory: no YAML to parse.
        flow_audit = os.path.join(os.path.dirname(floor), "flow-audit")
        if os.path.exists(flow_audit):
            print("\nThe flow audit of a 100,000-body chain held in memory (bench/flow_audit.cpp):")
            print(subprocess.run([flow_audit, "100000"], check=True, capture_output=True,
                                 text=True).stdout, end="")


if __name__ == "__main__":
    main()
