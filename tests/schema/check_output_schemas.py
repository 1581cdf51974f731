#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Validate every JSON golden file against the JSON Schema of its kind.

usage: check_output_schemas.py SCHEMAS_DIR GOLDEN_DIR...

Each golden file's standard output that is a JSON document is checked:
- SARIF (an object with `$schema`) and GitLab Code Quality (an array) follow
  published formats and are left to tests/ci;
- every other object must start with `schema_version` then `kind`, and must
  be valid against SCHEMAS_DIR/engage-KIND.schema.json (draft 2020-12).
Every output schema must be valid itself, must be used by some golden file,
and must reject a document of another version, so a schema that accepts
everything cannot pass. The published schemas are open (a later release may add
members); here each golden file is also held against a closed copy, so every
member engage writes is one its schema describes. Prints a line per problem and exits 1 if there was any.
"""
import json
import pathlib
import sys

import jsonschema

KINDS = ["validate", "audit", "report", "actions", "commitments", "diff", "rules", "standards"]


def stdout_of(golden):
    text = golden.read_text(encoding="utf-8")
    if "--- stdout\n" not in text:
        return text  # a file written by --out, held as it is
    return text.split("--- stdout\n", 1)[1].rsplit("--- stderr\n", 1)[0]


def closed(schema):
    """`schema` with every object that lists its properties closed to others."""
    if isinstance(schema, list):
        return [closed(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    copy = {key: closed(value) for key, value in schema.items()}
    if "properties" in schema and "additionalProperties" not in schema:
        copy["additionalProperties"] = False
    return copy


def load_validators(schemas_dir, problems):
    validators = {}
    for kind in KINDS:
        path = pathlib.Path(schemas_dir) / f"engage-{kind}.schema.json"
        if not path.is_file():
            problems.append(f"no schema {path.name} for kind {kind}")
            continue
        schema = json.loads(path.read_text(encoding="utf-8"))
        try:
            jsonschema.Draft202012Validator.check_schema(schema)
        except jsonschema.SchemaError as error:
            problems.append(f"{path.name} is not a valid schema: {error.message}")
            continue
        if schema.get("$schema") != "https://json-schema.org/draft/2020-12/schema":
            problems.append(f"{path.name}: $schema is not draft 2020-12")
        checker = jsonschema.FormatChecker()
        validators[kind] = (jsonschema.Draft202012Validator(schema, format_checker=checker),
                            jsonschema.Draft202012Validator(closed(schema), format_checker=checker))
    return validators


def check_document(name, doc, validators, problems, used):
    keys = list(doc)
    if keys[:2] != ["schema_version", "kind"]:
        problems.append(f"{name}: the first keys are {keys[:2]}, not schema_version and kind")
        return
    kind = doc["kind"]
    if kind not in validators:
        problems.append(f"{name}: kind {kind!r} has no schema")
        return
    validator, closed_validator = validators[kind]
    errors = list(validator.iter_errors(doc))
    for error in closed_validator.iter_errors(doc):
        if error.validator == "additionalProperties":
            errors.append(error)
    for error in errors[:5]:
        problems.append(f"{name}: {error.message} at /{'/'.join(map(str, error.absolute_path))}")
    if not errors:
        used[kind] = used.get(kind, 0) + 1
        print(f"ok: {name} ({kind})")
    # The version is pinned: a document of another version must fail.
    if validator.is_valid(dict(doc, schema_version=doc["schema_version"] + 1)):
        problems.append(f"{name}: the {kind} schema accepts any schema_version")


def main(schemas_dir, *golden_dirs):
    problems = []
    validators = load_validators(schemas_dir, problems)
    used = {}
    documents = 0
    for golden_dir in golden_dirs:
        for golden in sorted(pathlib.Path(golden_dir).rglob("*")):
            if not golden.is_file() or golden.suffix not in (".txt", ".json"):
                continue
            try:
                doc = json.loads(stdout_of(golden))
            except ValueError:
                continue  # not JSON output
            if isinstance(doc, list) or (isinstance(doc, dict) and "$schema" in doc):
                continue  # GitLab Code Quality or SARIF
            if not isinstance(doc, dict):
                continue
            documents += 1
            check_document(golden.name, doc, validators, problems, used)
    for kind in KINDS:
        if kind in validators and not used.get(kind):
            problems.append(f"no golden file is a valid {kind} document")
    for problem in problems:
        print("FAIL: " + problem)
    print(f"{documents} JSON documents, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
