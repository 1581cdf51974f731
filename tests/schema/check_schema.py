#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Check plan files against the engage plan JSON Schema.

Usage:
    check_schema.py SCHEMA --accept FILE... --reject FILE...

Every --accept file must validate against SCHEMA; every --reject file must
fail validation (or fail to load as YAML). Either list may be empty. A folder
given in either list is searched recursively for *.yaml and *.yml files.

Prints one line per file, "ok: PATH" or "FAIL: PATH: reason", then a final
line "N passed, M failed". With --verbose, each "ok" line also gives the
reason in parentheses (useful to see that a reject fixture fails for the
defect it was written for). Exits 0 only when every file behaved as expected,
1 when any did not, 2 on a usage error or an unreadable schema.

YAML is read the way engage's loader reads it, as far as PyYAML allows:
dates stay strings (no timestamp resolution), booleans are only
true/True/TRUE/false/False/FALSE (not yes/no/on/off), and integers are
only plain decimal numbers (no 0x, 0o, underscores or base-60).
"""

import argparse
import json
import os
import re
import sys

import jsonschema
import yaml


class PlanLoader(yaml.SafeLoader):
    """SafeLoader with implicit resolvers narrowed to what engage accepts."""


def _narrow_resolvers(loader):
    drop = {"tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool",
            "tag:yaml.org,2002:int"}
    # The resolver table is a class attribute shared with SafeLoader: copy it
    # before changing it so plain yaml.safe_load keeps working.
    table = {}
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items():
        kept = [(tag, regexp) for tag, regexp in resolvers if tag not in drop]
        if kept:
            table[first] = kept
    loader.yaml_implicit_resolvers = table
    loader.add_implicit_resolver(
        "tag:yaml.org,2002:bool",
        re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
        list("tTfF"))
    loader.add_implicit_resolver(
        "tag:yaml.org,2002:int",
        re.compile(r"^[-+]?[0-9]+$"),
        list("-+0123456789"))


_narrow_resolvers(PlanLoader)


def _construct_decimal_int(loader, node):
    # SafeLoader's int constructor reads a leading 0 as octal; engage does not.
    return int(loader.construct_scalar(node), 10)


PlanLoader.add_constructor("tag:yaml.org,2002:int", _construct_decimal_int)


def collect(paths):
    """Expand folders into their *.yaml/*.yml files, sorted; keep files.

    A folder with no such file is kept as it is, so that it is reported
    rather than silently checking nothing."""
    files = []
    for path in paths:
        if os.path.isdir(path):
            found = []
            for root, dirs, names in os.walk(path):
                # Like engage's discovery, skip hidden names (examples/ci/.github...).
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in names:
                    if name.endswith((".yaml", ".yml")) and not name.startswith("."):
                        found.append(os.path.join(root, name))
            files.extend(sorted(found) or [path])
        else:
            files.append(path)
    return files


def where(error):
    """A readable location for a validation error, such as bodies[0].kind."""
    out = ""
    for part in error.absolute_path:
        if isinstance(part, int):
            out += "[%d]" % part
        else:
            out += ("." if out else "") + str(part)
    return out or "(top level)"


def check(validator, path):
    """Return (state, reason): state is "valid", "invalid", "not-yaml" (the
    file does not load as YAML) or "unreadable" (it cannot be opened)."""
    if os.path.isdir(path):
        return "unreadable", "folder holds no *.yaml or *.yml file"
    try:
        with open(path, encoding="utf-8") as handle:
            document = yaml.load(handle, Loader=PlanLoader)
    except OSError as exc:
        return "unreadable", "cannot read: %s" % (exc.strerror or exc)
    except (yaml.YAMLError, UnicodeDecodeError, ValueError) as exc:
        return "not-yaml", "not valid YAML: %s" % " ".join(str(exc).split())
    errors = list(validator.iter_errors(document))
    if not errors:
        return "valid", "valid"
    # best_match looks inside oneOf/anyOf for the most specific complaint.
    first = jsonschema.exceptions.best_match(errors)
    more = "" if len(errors) == 1 else " (and %d more)" % (len(errors) - 1)
    return "invalid", "%s: %s%s" % (where(first), first.message, more)


def main(argv):
    parser = argparse.ArgumentParser(
        description="Check plan files against the engage plan JSON Schema.")
    parser.add_argument("schema", help="the JSON Schema file")
    parser.add_argument("--accept", nargs="*", default=[], metavar="FILE",
                        help="files or folders that must validate")
    parser.add_argument("--reject", nargs="*", default=[], metavar="FILE",
                        help="files or folders that must not validate")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="say why each file was accepted or rejected")
    args = parser.parse_args(argv)

    try:
        with open(args.schema, encoding="utf-8") as handle:
            schema = json.load(handle)
        jsonschema.Draft7Validator.check_schema(schema)
    except (OSError, ValueError, jsonschema.SchemaError) as exc:
        print("check_schema.py: bad schema %s: %s" % (args.schema, exc),
              file=sys.stderr)
        return 2
    validator = jsonschema.Draft7Validator(schema)

    passed = failed = 0
    for expect_valid, paths in ((True, args.accept), (False, args.reject)):
        for path in collect(paths):
            state, reason = check(validator, path)
            if state == "unreadable":
                good = False
            elif expect_valid:
                good = state == "valid"
            else:
                good = state in ("invalid", "not-yaml")
            if good:
                passed += 1
                print("ok: %s%s" % (path, " (%s)" % reason if args.verbose else ""))
            else:
                failed += 1
                if state == "valid":
                    reason = "accepted, but should be rejected"
                print("FAIL: %s: %s" % (path, reason))
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
