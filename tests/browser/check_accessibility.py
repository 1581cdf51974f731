#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""WCAG 2.1 AA checks that need no browser, on each HTML document of
documents.json (or on the HTML files given with --files):

- colour contrast of every text colour the stylesheet sets against the
  background it is drawn on (4.5:1, or 3:1 for large text: 24px, or 18.66px
  bold), the page's own colours as the fallback;
- `lang` on <html>; one <h1>; heading levels never skip (h2 to h4);
- every table header cell is a <th> with `scope`, every table has one;
- every <svg> has role="img" and a <title> or aria-label; every <img> an alt.

usage: check_accessibility.py ENGAGE [NAME...]
       check_accessibility.py --files FILE.html...
       check_accessibility.py --batch ENGAGE SCRATCH_DIR PLAN...
       check_accessibility.py --self-test   (each check fails on inaccessible.html)
(--batch: every .html file `engage report --format html --out` writes)
"""
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))
NAMED = {"black": "#000000", "white": "#ffffff", "red": "#ff0000", "green": "#008000",
         "blue": "#0000ff", "grey": "#808080", "gray": "#808080", "yellow": "#ffff00",
         "navy": "#000080", "maroon": "#800000", "silver": "#c0c0c0", "orange": "#ffa500"}
failures = []


def fail(name, message):
    failures.append(f"{name}: {message}")
    print(f"FAIL: {name}: {message}")


def rgb(value):
    value = value.strip().lower()
    value = NAMED.get(value, value)
    m = re.fullmatch(r"#([0-9a-f]{3}|[0-9a-f]{6})", value)
    if m:
        digits = m.group(1)
        if len(digits) == 3:
            digits = "".join(c * 2 for c in digits)
        return tuple(int(digits[i:i + 2], 16) for i in (0, 2, 4))
    m = re.fullmatch(r"rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)(?:[\s,/]+([\d.]+%?))?\s*\)", value)
    if m:
        if m.group(4) and m.group(4) not in ("1", "100%"):
            return None  # translucent: the colour under it decides; not judged here
        return tuple(int(m.group(i)) for i in (1, 2, 3))
    return None


def luminance(colour):
    def channel(c):
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def css_rules(css):
    """(selector, {property: value}) for each rule, media blocks flattened,
    with the media query kept in front of the selector (`@media print ...`)."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    rules = []

    def parse(text, media):
        i = 0
        while i < len(text):
            brace = text.find("{", i)
            if brace < 0:
                break
            head = text[i:brace].strip()
            if head.startswith("@"):
                depth, j = 1, brace + 1
                while j < len(text) and depth:
                    depth += {"{": 1, "}": -1}.get(text[j], 0)
                    j += 1
                if head.startswith("@media"):
                    parse(text[brace + 1:j - 1], head)
                i = j
                continue
            end = text.find("}", brace)
            body = text[brace + 1:end]
            props = {}
            for decl in body.split(";"):
                if ":" in decl:
                    key, value = decl.split(":", 1)
                    props[key.strip().lower()] = value.replace("!important", "").strip()
            for selector in head.split(","):
                rules.append((selector.strip(), props, media))
            i = end + 1

    parse(css, "")
    return rules


def font_px(value, base=16.0):
    m = re.match(r"([\d.]+)(px|rem|em|pt|%)?", value or "")
    if not m:
        return None
    n, unit = float(m.group(1)), m.group(2) or "px"
    return {"px": n, "rem": n * 16, "em": n * base, "pt": n * 4 / 3, "%": n * base / 100}[unit]


def check_contrast(name, css):
    rules = [r for r in css_rules(css) if "print" not in r[2]]
    page_fg, page_bg = (0x00, 0x00, 0x00), (0xff, 0xff, 0xff)
    for selector, props, _ in rules:
        if selector in ("body", "html", ":root"):
            if rgb(props.get("color", "")):
                page_fg = rgb(props["color"])
            background = props.get("background-color", props.get("background", "")).split(" ")[0]
            if rgb(background):
                page_bg = rgb(background)
    backgrounds = {}
    for selector, props, _ in rules:
        background = props.get("background-color", props.get("background", "")).split(" ")[0]
        if rgb(background):
            backgrounds[selector] = rgb(background)
    checked = 0
    for selector, props, _ in rules:
        fg = rgb(props.get("color", "")) or (page_fg if selector in backgrounds else None)
        if fg is None or selector.endswith(" text") or selector.startswith("svg"):
            continue
        # The background under this text: its own, else one set on an element
        # the selector names (".met td" is on ".met"), else the page's.
        bg = backgrounds.get(selector)
        if bg is None:
            for part in reversed(selector.split()[:-1]):
                if part in backgrounds:
                    bg = backgrounds[part]
                    break
        bg = bg or page_bg
        size = font_px(props.get("font-size")) or 16
        bold = props.get("font-weight") in ("bold", "700", "800", "900")
        large = size >= 24 or (bold and size >= 18.66)
        needed = 3.0 if large else 4.5
        ratio = contrast(fg, bg)
        checked += 1
        if ratio < needed:
            fail(name, f"contrast {ratio:.2f}:1 for `{selector}` (text {props.get('color', 'inherited')} "
                       f"on #{bg[0]:02x}{bg[1]:02x}{bg[2]:02x}), {needed}:1 needed")
    if contrast(page_fg, page_bg) < 4.5:
        fail(name, f"contrast of the page's text {contrast(page_fg, page_bg):.2f}:1, 4.5:1 needed")
    return checked


class Structure(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lang = None
        self.headings = []
        self.th_without_scope = 0
        self.tables = self.tables_with_th = 0
        self.table_has_th = []
        self.svgs = []  # [role, aria-label, has title]
        self.svg_depth = 0
        self.images_without_alt = 0
        self.css = []
        self.in_style = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        elif re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        elif tag == "table":
            self.tables += 1
            self.table_has_th.append(False)
        elif tag == "th":
            if self.table_has_th:
                self.table_has_th[-1] = True
            if attrs.get("scope") not in ("col", "row", "colgroup", "rowgroup"):
                self.th_without_scope += 1
        elif tag == "svg":
            self.svg_depth += 1
            if self.svg_depth == 1:
                self.svgs.append([attrs.get("role"), attrs.get("aria-label"), False])
        elif tag == "title" and self.svg_depth == 1:
            self.svgs[-1][2] = True
        elif tag == "img" and not attrs.get("alt") and attrs.get("alt") != "":
            self.images_without_alt += 1
        elif tag == "style":
            self.in_style = True

    def handle_endtag(self, tag):
        if tag == "svg":
            self.svg_depth -= 1
        elif tag == "table" and self.table_has_th:
            self.tables_with_th += self.table_has_th.pop()
        elif tag == "style":
            self.in_style = False

    def handle_data(self, data):
        if self.in_style:
            self.css.append(data)


def check(name, text):
    page = Structure()
    page.feed(text)
    if not page.lang:
        fail(name, "no lang on <html>")
    if page.headings.count(1) != 1:
        fail(name, f"{page.headings.count(1)} <h1> headings, one expected")
    if page.headings and page.headings[0] != 1:
        fail(name, f"the first heading is h{page.headings[0]}, not h1")
    for before, after in zip(page.headings, page.headings[1:]):
        if after > before + 1:
            fail(name, f"heading levels skip from h{before} to h{after}")
            break
    if page.th_without_scope:
        fail(name, f"{page.th_without_scope} table header cells without scope")
    if page.tables_with_th < page.tables:
        fail(name, f"{page.tables - page.tables_with_th} of {page.tables} tables have no header cells")
    for role, label, titled in page.svgs:
        if role != "img" or not (label or titled):
            fail(name, f"an <svg> without role=\"img\" and a title or aria-label (role={role!r})")
    if page.images_without_alt:
        fail(name, f"{page.images_without_alt} <img> without alt")
    checked = check_contrast(name, "".join(page.css))
    print(f"{name}: {len(page.headings)} headings, {page.tables} tables, {len(page.svgs)} pictures, "
          f"{checked} colour pairs checked")


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__)
        return 2
    if args[0] == "--self-test":
        with open(os.path.join(HERE, "inaccessible.html"), encoding="utf-8") as f:
            check("inaccessible.html", f.read())
        expected = ["no lang", "2 <h1> headings", "skip from h1 to h3", "without scope",
                    "have no header cells", "an <svg> without role", "<img> without alt",
                    "for `.faint`", "for `.shaded`"]
        missed = [e for e in expected if not any(e in failure for failure in failures)]
        for e in missed:
            print(f"SELF-TEST FAIL: no failure saying {e!r}")
        wrong = [f for f in failures if "`.big`" in f]  # large text at 3:1 is enough
        for f in wrong:
            print(f"SELF-TEST FAIL: large text judged as normal: {f}")
        return 1 if missed or wrong else 0
    if args[0] == "--batch" and len(args) >= 4:
        engage, scratch, plans = args[1], os.path.abspath(args[2]), args[3:]
        shutil.rmtree(scratch, ignore_errors=True)
        done = subprocess.run([engage, "report", "--as-of", "2024-06-30", "--format", "html",
                               "--out", scratch, *plans], capture_output=True, cwd=SOURCE)
        if done.returncode not in (0, 1):
            fail("batch", f"engage exit {done.returncode}: {done.stderr.decode(errors='replace')}")
        pages = sorted(f for f in os.listdir(scratch) if f.endswith(".html")) if os.path.isdir(scratch) else []
        if not pages:
            fail("batch", "no HTML written")
        args = ["--files", *(os.path.join(scratch, f) for f in pages)]
    if args[0] == "--files":
        for path in args[1:]:
            with open(path, encoding="utf-8") as f:
                check(os.path.basename(path), f.read())
    else:
        engage, names = args[0], args[1:]
        with open(os.path.join(HERE, "documents.json"), encoding="utf-8") as f:
            listed = json.load(f)["documents"]
        for document in listed:
            if names and document["name"] not in names:
                continue
            done = subprocess.run([engage, *document["args"]], capture_output=True, cwd=SOURCE)
            if done.returncode not in (0, 1):
                fail(document["name"], f"engage exit {done.returncode}")
                continue
            check(document["name"], done.stdout.decode("utf-8"))
    print(f"{len(failures)} failures" if failures else "accessible, as far as these checks see")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
