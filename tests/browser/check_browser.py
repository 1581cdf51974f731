#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Renders each HTML document of documents.json with headless Chromium, as a
reader would see it, and checks what they would see: printed on A4 within its
page bound, no element wider than the page, the flow diagram inside its box
with every link there and every name line inside its box, no Markdown
backticks left in the text, tables allowed to break across pages, no heading
alone at the foot of a page.

usage: check_browser.py ENGAGE CHROMIUM SCRATCH_DIR [NAME...]
       check_browser.py --self-test CHROMIUM SCRATCH_DIR   (every check fails on unreadable.html)
       check_browser.py --screenshots DIR ENGAGE CHROMIUM
Exits 77 (CTest's skip) when CHROMIUM is not an executable, saying so.
With --screenshots, writes DIR/NAME.png (1000 x 1400 px, the top of the
page as a reader first sees it) for each document marked `screenshot`, and
DIR/NAME-flow.png, its flow diagram alone, when it has one.
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SKIP = 77
A4_POINTS = (595.92, 842.88)
PRINT_WIDTH_PX = 718  # A4 less Chromium's default print margins (about 1 cm a side), at 96 px an inch
failures = []


def fail(name, message):
    failures.append(f"{name}: {message}")
    print(f"FAIL: {name}: {message}")


def documents(names=()):
    with open(os.path.join(HERE, "documents.json"), encoding="utf-8") as f:
        listed = json.load(f)["documents"]
    return [d for d in listed if not names or d["name"] in names]


def chromium_command(chromium, scratch, *args):
    profile = os.path.join(scratch, "profile")
    return [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-extensions", "--disable-dev-shm-usage", f"--user-data-dir={profile}",
            "--hide-scrollbars", *args]


def run_chromium(chromium, scratch, *args):
    env = dict(os.environ, HOME=scratch, XDG_CONFIG_HOME=scratch, XDG_CACHE_HOME=scratch)
    done = subprocess.run(chromium_command(chromium, scratch, *args), capture_output=True,
                          env=env, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"chromium {args[-2:]}: exit {done.returncode}: "
                           f"{done.stderr.decode(errors='replace')[-800:]}")
    return done.stdout.decode("utf-8", errors="replace")


def render_html(engage, document, path):
    done = subprocess.run([engage, *document["args"]], capture_output=True)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"engage {document['args']}: exit {done.returncode}: "
                           f"{done.stderr.decode(errors='replace')}")
    with open(path, "wb") as f:
        f.write(done.stdout)
    return done.stdout.decode("utf-8")


def measuring_copy(text, path):
    """The document with measure.js run at the end of its body (its policy
    forbids scripts, so the copy's policy allows this one)."""
    with open(os.path.join(HERE, "measure.js"), encoding="utf-8") as f:
        script = f.read()
    text = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", text)
    at = text.rfind("</body>")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text[:at] + "<script>" + script + "</script>" + text[at:])


def measure(chromium, scratch, path):
    dom = run_chromium(chromium, scratch, f"--window-size={PRINT_WIDTH_PX},1000",
                       "--virtual-time-budget=5000", "--dump-dom", "file://" + path)
    found = re.findall(r'<pre id="engage-measured">(.*?)</pre>', dom, re.S)
    if not found:
        raise RuntimeError("the measuring script wrote nothing (did it fail?)")
    return json.loads(html.unescape(found[-1]))


def pdf_facts(pdf):
    """Pages and page size (points), by pdfinfo when present, else from the file."""
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
        pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
        size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", info, re.M)
        return pages, (float(size.group(1)), float(size.group(2)))
    data = open(pdf, "rb").read()
    pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", data))
    box = re.search(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    return pages, (float(box.group(1)), float(box.group(2))) if box else (0.0, 0.0)


def page_texts(pdf):
    if not shutil.which("pdftotext"):
        return []
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True,
                          text=True).stdout
    return text.split("\f")


def expected_links(engage, plan):
    done = subprocess.run([engage, "report", "--as-of", "2024-06-30", "--format", "json", plan],
                          capture_output=True)
    report = json.loads(done.stdout)["plans"][0]
    names = {b["id"]: b["name"] or b["id"] for b in report["bodies"]}
    return [(names[b["id"]], names.get(f["to"], f["to"]), f["how"])
            for b in report["bodies"] for f in b["feeds_into"] if f["to"] in names]


def check(engage, chromium, scratch, document):
    page = os.path.join(scratch, document["name"] + ".html")
    text = render_html(engage, document, page)
    check_page(engage, chromium, scratch, document, page, text)


def check_page(engage, chromium, scratch, document, page, text):
    name = document["name"]
    copy = os.path.join(scratch, name + ".measure.html")
    measuring_copy(text, copy)
    seen = measure(chromium, scratch, copy)

    for element in seen["too_wide"][:10]:
        fail(name, f"wider than an A4 page ({seen['viewport']}px): {element}")
    if "`" in seen["text"]:
        fail(name, f"{seen['text'].count('`')} literal backticks in the text a reader sees")
    for rule in seen["print_rules"]:
        if re.search(r"(^|[\s,])table[\s,{]", rule) and re.search(r"break-inside:\s*avoid", rule):
            fail(name, f"printed tables may not break across pages: {rule}")
    for flow in seen["flows"]:
        for what in flow["outside"][:10]:
            fail(name, f"diagram: outside its picture: {what}")
        for line in flow["names_too_wide"]:
            fail(name, f"diagram: name line wider than its box: {line}")
        if any(not title for title in flow["links"]):
            fail(name, "diagram: a link with no label")
    if document.get("plan") and len(seen["flows"]) == 1:
        titles = seen["flows"][0]["links"]
        for source, target, how in expected_links(engage, document["plan"]):
            label = f"{source} to {target}" + (f": {how}" if how else "")
            if not any(t.startswith(label) for t in titles):
                fail(name, f"diagram: no link labelled {label!r}")
        if len(titles) != len(expected_links(engage, document["plan"])):
            fail(name, f"diagram: {len(titles)} links drawn, the plan has "
                       f"{len(expected_links(engage, document['plan']))}")

    pdf = os.path.join(scratch, name + ".pdf")
    run_chromium(chromium, scratch, "--no-pdf-header-footer", f"--print-to-pdf={pdf}",
                 "file://" + page)
    pages, size = pdf_facts(pdf)
    print(f"{name}: {pages} pages of {size[0]:.0f} x {size[1]:.0f} pt")
    if pages > document["max_pages"]:
        fail(name, f"{pages} pages printed, at most {document['max_pages']} expected")
    if abs(size[0] - A4_POINTS[0]) > 2 or abs(size[1] - A4_POINTS[1]) > 2:
        fail(name, f"printed on {size[0]:.0f} x {size[1]:.0f} pt, not A4 (595 x 842)")
    headings = {h for h in seen["headings"] if h}
    for number, text in enumerate(page_texts(pdf)[:-1], start=1):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if lines and lines[-1] in headings:
            fail(name, f"heading {lines[-1]!r} alone at the foot of page {number}")

    png = os.path.join(scratch, name + ".png")
    run_chromium(chromium, scratch, f"--screenshot={png}", "--window-size=1000,1400",
                 "file://" + page)
    with open(png, "rb") as f:
        if f.read(8) != b"\x89PNG\r\n\x1a\n":
            fail(name, "the screenshot is not a PNG")


def screenshots(directory, engage, chromium):
    scratch = os.path.abspath(os.path.join(directory, ".scratch"))
    shutil.rmtree(scratch, ignore_errors=True)
    os.makedirs(scratch)
    try:
        for document in documents():
            if not document.get("screenshot"):
                continue
            page = os.path.join(scratch, document["name"] + ".html")
            render_html(engage, document, page)
            png = os.path.abspath(os.path.join(directory, document["name"] + ".png"))
            run_chromium(chromium, scratch, f"--screenshot={png}", "--window-size=1000,1400",
                         "file://" + page)
            print(f"wrote {os.path.relpath(png)}")
            with open(page, encoding="utf-8") as f:
                flow = re.search(r'<svg[^>]*class="flow"[^>]*width="(\d+)" height="(\d+)".*?</svg>',
                                 f.read(), re.S)
            if flow:  # the flow diagram alone, at its own size
                alone = os.path.join(scratch, document["name"] + "-flow.html")
                with open(alone, "w", encoding="utf-8") as f:
                    f.write('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/>'
                            '<style>body{margin:8px;background:#fff;font-family:sans-serif}'
                            '</style></head><body>' + flow.group(0) + "</body></html>")
                png = os.path.abspath(os.path.join(directory, document["name"] + "-flow.png"))
                run_chromium(chromium, scratch, f"--screenshot={png}",
                             f"--window-size={int(flow.group(1)) + 16},{int(flow.group(2)) + 16}",
                             "file://" + alone)
                print(f"wrote {os.path.relpath(png)}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


def self_test(chromium, scratch):
    """Every check fails on unreadable.html, and says so."""
    if not chromium or not os.path.isfile(chromium) or not os.access(chromium, os.X_OK):
        print("SKIP: no Chromium")
        return SKIP
    shutil.rmtree(scratch, ignore_errors=True)
    os.makedirs(scratch)
    page = os.path.join(scratch, "unreadable.html")
    shutil.copy(os.path.join(HERE, "unreadable.html"), page)
    with open(page, encoding="utf-8") as f:
        text = f.read()
    check_page(None, chromium, scratch, {"name": "unreadable", "max_pages": 1}, page, text)
    expected = ["wider than an A4 page", "literal backticks", "tables may not break",
                "outside its picture", "name line wider than its box", "a link with no label",
                "pages printed, at most 1", "not A4"]
    missed = [e for e in expected if not any(e in failure for failure in failures)]
    for e in missed:
        print(f"SELF-TEST FAIL: no failure saying {e!r}")
    return 1 if missed else 0


def main():
    if len(sys.argv) == 5 and sys.argv[1] == "--screenshots":
        return screenshots(*sys.argv[2:])
    if len(sys.argv) == 4 and sys.argv[1] == "--self-test":
        return self_test(sys.argv[2], os.path.abspath(sys.argv[3]))
    if len(sys.argv) < 4:
        print(__doc__)
        return 2
    engage, chromium, scratch = sys.argv[1], sys.argv[2], os.path.abspath(sys.argv[3])
    if not chromium or not os.path.isfile(chromium) or not os.access(chromium, os.X_OK):
        print(f"SKIP: no Chromium ({chromium or 'not found'}); install it "
              "(scripts/install-deps.sh) to check the HTML reports in a browser")
        return SKIP
    shutil.rmtree(scratch, ignore_errors=True)
    os.makedirs(scratch)
    for document in documents(sys.argv[4:]):
        try:
            check(engage, chromium, scratch, document)
        except (RuntimeError, subprocess.TimeoutExpired, ValueError, KeyError) as error:
            fail(document["name"], str(error))
    print(f"{len(failures)} failures" if failures else "all documents as a reader would want them")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
