#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Checks `engage report` with real parsers: every format on the given plans,
CSV read back with the csv module, HTML parsed as XML and as HTML, JSON
parsed, hostile text neutralised; then batch runs (--out) compared byte for
byte across -j and runs, and a run that must refuse to write over an input.

usage: check_reports.py ENGAGE SCRATCH_DIR PLAN...
"""
import csv
import html.parser
import io
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

ENGAGE, SCRATCH, PLANS = sys.argv[1], sys.argv[2], sys.argv[3:]
AS_OF = ["--as-of", "2024-06-30"]
TABLES = ["findings", "actions", "standards", "bodies", "engagements"]
failures = []


def fail(message):
    failures.append(message)
    print("FAIL:", message)


def run(*args, expect=(0, 1)):
    done = subprocess.run([ENGAGE, "report", *AS_OF, *args], capture_output=True)
    if done.returncode not in expect:
        fail(f"{args}: exit {done.returncode}: {done.stderr.decode(errors='replace')}")
    return done


def check_csv(name, data):
    if not data.endswith(b"\r\n"):
        fail(f"{name}: lines do not end with CRLF")
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0][0] != "plan":
        fail(f"{name}: no header starting with plan")
        return
    for row in rows[1:]:
        if len(row) != len(rows[0]):
            fail(f"{name}: row of {len(row)} cells under {len(rows[0])} columns: {row}")
        for cell in row:
            if cell[:1] in ("=", "+", "@", "\t", "\r") or (
                    cell.startswith("-") and not cell.lstrip("-").isdigit()):
                fail(f"{name}: a spreadsheet would run {cell!r}")


class TagCounter(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for attr, _ in attrs:
            if attr.startswith("on"):
                fail(f"HTML: an event handler attribute {attr}")


def check_html(name, data):
    text = data.decode("utf-8")
    try:
        ElementTree.fromstring(text.split("\n", 1)[1])  # well-formed XML after the doctype
    except ElementTree.ParseError as error:
        fail(f"{name}: not well-formed: {error}")
    counter = TagCounter()
    counter.feed(text)
    for bad in ("script", "img", "iframe", "link"):
        if bad in counter.tags:
            fail(f"{name}: a <{bad}> element got through")
    if "http://evil" in text and "&quot;http://evil" not in text:
        fail(f"{name}: an unescaped URL")
    if "`" in text.split("</style>", 1)[-1] and "hostile" not in name and name != "index.html":
        fail(f"{name}: a literal backtick reaches the reader")
    if "class=\"contents\"" in text:
        if "<code>" not in text:
            fail(f"{name}: names and ids are not <code>")
        if "@page{size:A4" not in text or "table{break-inside:avoid}" in text.replace(" ", ""):
            fail(f"{name}: not printed on A4 with tables breaking between rows")
        for anchor in ("at-a-glance", "what-to-fix-first", "what-went-well", "findings-in-detail"):
            if f'id="{anchor}' not in text:
                fail(f"{name}: no section {anchor}")


def check_markdown(name, data):
    text = data.decode("utf-8")
    for line in text.splitlines():
        if "<script" in line or "<img" in line or "</td>" in line:
            fail(f"{name}: raw HTML in {line!r}")
    table_width = None
    for line in text.splitlines():
        if line.startswith("|"):
            cells = line.replace("\\|", "").count("|")
            if table_width is None:
                table_width = cells
            elif cells != table_width:
                fail(f"{name}: a table row of {cells} pipes under {table_width}: {line!r}")
        else:
            table_width = None


def check_formats(plan):
    base = os.path.basename(plan.rstrip("/"))
    check_markdown(f"{base}.md", run(plan).stdout)
    check_html(f"{base}.html", run("--format", "html", plan).stdout)
    document = json.loads(run("--format", "json", plan).stdout)
    for key in ("findings", "standards", "plans"):
        if key not in document:
            fail(f"{base}.json: no {key}")
    for finding in document.get("findings", []):  # the output contract of FORMAT.md
        for key, kind in (("rule", str), ("severity", str), ("message", str), ("file", str),
                          ("line", int), ("column", int)):
            if not isinstance(finding.get(key), kind):
                fail(f"{base}.json: a finding without {key}: {finding}")
    for standard in document.get("standards", []):
        if standard.get("status") not in ("met", "partly", "not-met") or not all(
                "id" in i and "status" in i and "rules" in i for i in standard["indicators"]):
            fail(f"{base}.json: a standard breaks the contract: {standard.get('key')}")
    for table in TABLES:
        check_csv(f"{base}.{table}.csv", run("--format", "csv", "--table", table, plan).stdout)
    first = run("--format", "html", plan).stdout
    if first != run("--format", "html", plan).stdout:
        fail(f"{base}: two runs differ")


def files_of(folder):
    out = {}
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), "rb") as f:
            out[name] = f.read()
    return out


def check_batch():
    one, two = os.path.join(SCRATCH, "j1"), os.path.join(SCRATCH, "j2")
    for folder in (one, two):
        shutil.rmtree(folder, ignore_errors=True)
    run("--out", one, "-j", "1", *PLANS)
    run("--out", two, "-j", "2", *PLANS)
    first, second = files_of(one), files_of(two)
    if first != second:
        fail(f"-j 1 and -j 2 differ: {sorted(set(first.items()) ^ set(second.items()))[:1]}")
    run("--out", one, "-j", "2", *PLANS)  # again, over the first run's files
    if files_of(one) != first:
        fail("a second run into the same folder differs")
    expected = {"index.md"} | {f"all-{t}.csv" for t in TABLES}
    if not expected <= set(first):
        fail(f"batch: missing {sorted(expected - set(first))}")
    reports = [n for n in first if n.endswith(".md") and n != "index.md"]
    if len(reports) != len(PLANS):
        fail(f"batch: {len(reports)} reports for {len(PLANS)} plans")
    index = first["index.md"].decode()
    for name in reports:
        if f"]({name})" not in index:
            fail(f"index.md does not link {name}")
    for table in TABLES:
        check_csv(f"all-{table}.csv", first[f"all-{table}.csv"])
    leftovers = [n for n in first if n.startswith(".")]
    if leftovers:
        fail(f"temporary files left behind: {leftovers}")
    html = os.path.join(SCRATCH, "html")
    shutil.rmtree(html, ignore_errors=True)
    run("--out", html, "--format", "html", *PLANS)
    written = files_of(html)
    if "index.html" not in written or "index.md" in written:
        fail(f"batch --format html: no index.html: {sorted(written)}")
    else:
        check_html("index.html", written["index.html"])
        for name in (n for n in written if n.endswith(".html") and n != "index.html"):
            if f'href="{name}"' not in written["index.html"].decode():
                fail(f"index.html does not link {name}")


def check_never_over_input():
    folder = os.path.join(SCRATCH, "clash")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    plan = os.path.join(folder, "clash.md")
    original = b"engage: 1\nplan: {id: clash, title: A plan kept in a .md file}\n"
    with open(plan, "wb") as f:
        f.write(original)
    done = run("--out", folder, plan, expect=(2,))
    with open(plan, "rb") as f:
        if f.read() != original:
            fail("the input was written over")
    if b"input" not in done.stderr or b"not written" not in done.stderr:
        fail(f"no clear message: {done.stderr!r}")
    if sorted(os.listdir(folder)) != ["clash.md"]:
        fail(f"files left after refusing: {os.listdir(folder)}")


def check_written_count():
    """One report written before the refusal: "1 file was written", in good English."""
    folder = os.path.join(SCRATCH, "one-written")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    first = os.path.join(folder, "first.yaml")
    with open(first, "wb") as f:
        f.write(b"engage: 1\nplan: {id: first, title: Written}\n")
    clash = os.path.join(folder, "clash.md")
    with open(clash, "wb") as f:
        f.write(b"engage: 1\nplan: {id: clash, title: Refused}\n")
    done = run("--out", folder, "-j", "1", first, clash, expect=(2,))
    if b"engage: 1 file was written and kept; not written:" not in done.stderr:
        fail(f"not one file written, said plainly: {done.stderr!r}")


for plan in PLANS:
    check_formats(plan)
check_batch()
check_never_over_input()
check_written_count()
if failures:
    sys.exit(f"{len(failures)} failures")
print(f"reports checked: {len(PLANS)} plans in every format, batch, inputs protected")
