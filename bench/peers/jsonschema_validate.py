#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Peer for bench/run.py: what a Python user would write to check plans:
PyYAML's C loader to read each file, jsonschema to validate it against
engage's JSON Schema. usage: jsonschema_validate.py SCHEMA PATH... [--walk-only]"""
import json
import os
import sys

import jsonschema
import yaml

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Loader_(Loader):
    """Dates stay strings, as the schema expects."""


Loader_.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in Loader.yaml_implicit_resolvers.items()
}


def yaml_files(root):
    if os.path.isfile(root):
        yield root
        return
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            if name.endswith((".yaml", ".yml")):
                yield os.path.join(folder, name)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    walk_only = "--walk-only" in sys.argv
    with open(args[0], encoding="utf-8") as handle:
        schema = json.load(handle)
    validator = jsonschema.Draft7Validator(schema)
    files = invalid = 0
    for root in args[1:]:
        for path in yaml_files(root):
            files += 1
            with open(path, encoding="utf-8") as handle:
                document = yaml.load(handle, Loader=Loader_)
            if not walk_only and not validator.is_valid(document):
                invalid += 1
    print("%d files, %d not valid" % (files, invalid))


if __name__ == "__main__":
    main()
