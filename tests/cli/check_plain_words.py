#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Reads the "You said, we did" page of each plan as a young reader would,
in Markdown and in HTML, and fails when it is not plain:

- the average sentence is longer than 15 words (PLAIN-WORDS.md: 10 to 15);
- a hard word (indicator, standard, stakeholder, governance, corporate
  parenting...) is used without a sentence saying what it means within the
  next few sentences of its first use;
- an id of the plan (a slug with a hyphen or a digit, or an action id), a
  YAML key, a status spelling, a standard's key or a rule name shows;
- (HTML) no lang or viewport, headings that skip a level, a link to nothing,
  a table, picture, script or drawing on the page.

Also prints a Flesch-Kincaid grade, for the record (not asserted: plan text
quoted as written sets most of it).

Usage: check_plain_words.py ENGAGE PLAN...
       check_plain_words.py --self-test   (the check catches what it should)
"""
import html.parser
import json
import re
import subprocess
import sys
from pathlib import Path

MAX_AVERAGE_WORDS = 15
EXPLAINED_WITHIN = 6  # sentences after the first use

# Words a young reader needs explained (the library's own list is longer;
# this one is kept apart on purpose, so the test does not check the list
# against itself).
HARD_WORDS = [
    "indicator", "standard", "stakeholder", "governance", "corporate parenting",
    "duty-bearer", "uncrc", "strategic", "advocacy", "quality assurance",
    "coproduction", "outcome", "engagement", "participation", "consultation",
]
KEYS = ["you_said", "we_did", "fed_back_on", "minority_views", "feeds_into", "led_by",
        "seldom_heard", "done_on", "in-progress", "twice-termly", "ad-hoc", "working-together",
        "not-met", "young-people"]
# Words of the page's own sentences that a plan may also use as an id
# (Nottingham's group `send`): "What you send" is not the id.
PAGE_WORDS = {"send", "ask", "group", "groups", "plan", "work", "views"}
STANDARD_CODE = re.compile(r"\b[A-Z]\d{3}\b")


def page(engage, plan, fmt):
    run = subprocess.run([engage, "report", "--as-of", "2024-06-30", "--for", "young-people",
                          "--format", fmt, plan], capture_output=True, text=True, check=False)
    if run.returncode not in (0, 1):
        sys.exit(f"engage report --for young-people {plan} exited {run.returncode}: {run.stderr}")
    return run.stdout


def markdown_blocks(text):
    blocks = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line == "---":
            continue
        line = re.sub(r"^#+ |^- ", "", line)
        line = line.replace("**", "")
        line = re.sub(r"\\(.)", r"\1", line)
        blocks.append(line)
    return blocks


class TextOf(html.parser.HTMLParser):
    """The reader's text, a block per heading, paragraph or list item; the
    contents list (links to the headings) and the style sheet are skipped."""
    BLOCKS = {"h1", "h2", "h3", "h4", "p", "li"}
    SKIPPED = {"style", "title", "nav"}

    def __init__(self):
        super().__init__()
        self.blocks, self.current, self.skipping = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIPPED:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.flush()

    def handle_endtag(self, tag):
        if tag in self.SKIPPED:
            self.skipping -= 1
        elif tag in self.BLOCKS:
            self.flush()

    def handle_data(self, data):
        if not self.skipping:
            self.current.append(data)

    def flush(self):
        text = " ".join("".join(self.current).split())
        if text:
            self.blocks.append(text)
        self.current = []


def sentences(blocks):
    out = []
    for block in blocks:
        out += [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\u201c\"'(])", block) if s.strip()]
    return out


def words(sentence):
    return re.findall(r"[A-Za-z0-9][A-Za-z0-9'\u2019-]*", sentence)


def syllables(word):
    groups = re.findall(r"[aeiouy]+", word.lower())
    count = len(groups) - (1 if word.lower().endswith("e") and len(groups) > 1 else 0)
    return max(1, count)


def uses(sentence, word):
    return re.search(r"(?<![\w-])" + re.escape(word) + r"s?(?![\w-])", sentence, re.I)


def explains(sentence, word):
    return re.search(r"(?<![\w-])" + re.escape(word) + r"s?\s+(is|are|means)\b", sentence, re.I)


def plan_ids(plan):
    """Every id of the plan, as written (case matters: the id `ceyp` is a
    code, the plan's own "CEYP" is a word of its text), except a one-word id
    that the plan's names and titles also use as a word ("families")."""
    path = Path(plan)
    files = sorted(path.rglob("*.yaml")) if path.is_dir() else [path]
    ids, named = set(), set()
    for file in files:
        text = file.read_text()
        for match in re.finditer(r"^\s*-?\s*\{?\s*id:\s*['\"]?([A-Za-z0-9-]+)", text, re.M):
            ids.add(match.group(1))
        for match in re.finditer(r"(?:name|title):\s*(.+)$", text, re.M):
            named.update(re.findall(r"[\w-]+", match.group(1)))
    return {i for i in ids
            if "-" in i or any(c.isdigit() for c in i) or (i not in named and i not in PAGE_WORDS)}


def rule_names(engage):
    run = subprocess.run([engage, "rules", "--format", "json"], capture_output=True, text=True,
                         check=False)
    try:
        data = json.loads(run.stdout)
    except json.JSONDecodeError:
        return set()
    rules = data.get("rules", data) if isinstance(data, dict) else data
    return {r["name"] for r in rules if isinstance(r, dict) and "-" in r.get("name", "")}


def analyse(blocks, codes):
    """The problems a young reader would meet in `blocks`, and the figures."""
    said = sentences(blocks)
    counts = [len(words(s)) for s in said if words(s)]
    problems = []
    average = sum(counts) / len(counts)
    all_words = [w for s in said for w in words(s)]
    grade = (0.39 * len(all_words) / len(counts)
             + 11.8 * sum(syllables(w) for w in all_words) / len(all_words) - 15.59)
    if average > MAX_AVERAGE_WORDS:
        problems.append(f"sentences average {average:.1f} words (at most {MAX_AVERAGE_WORDS})")
    for word in HARD_WORDS:
        first = next((i for i, s in enumerate(said) if uses(s, word)), None)
        if first is None:
            continue
        window = said[first:first + 1 + EXPLAINED_WITHIN]
        if not any(explains(s, word) for s in window):
            problems.append(f"'{word}' is not explained where it is first used: {said[first]!r}")
    for code in sorted(codes):
        pattern = r"(?<![\w-])" + re.escape(code) + r"(?![\w-])"
        for s in said:
            if re.search(pattern, s):
                problems.append(f"shows the code '{code}': {s!r}")
                break
    for s in said:
        if STANDARD_CODE.search(s):
            problems.append(f"shows a rule code: {s!r}")
    figures = (f"{len(counts)} sentences, {len(all_words)} words, "
               f"{average:.1f} words a sentence, Flesch-Kincaid grade {grade:.1f}")
    return problems, figures


def page_shape(text):
    """What a phone and a screen reader need of the HTML page."""
    problems = []
    if '<html lang="en">' not in text:
        problems.append("no lang attribute on <html>")
    if '<meta name="viewport" content="width=device-width, initial-scale=1"/>' not in text:
        problems.append("no viewport for a phone")
    levels = [int(level) for level in re.findall(r"<h([1-6])[ >]", text)]
    if not levels or levels[0] != 1:
        problems.append("the page does not start with a level 1 heading")
    for before, after in zip(levels, levels[1:]):
        if after > before + 1:
            problems.append(f"heading level {after} follows level {before}")
            break
    ids = re.findall(r' id="([^"]+)"', text)
    if len(ids) != len(set(ids)):
        problems.append("an id is used twice")
    for target in re.findall(r'href="#([^"]+)"', text):
        if target not in ids:
            problems.append(f"a link to #{target}, which is not on the page")
    for tag in ("<table", "<img", "<script", "<svg"):
        if tag in text:
            problems.append(f"{tag}> on the page (lists and words only)")
    return problems


def check(engage, plan, fmt, codes):
    text = page(engage, plan, fmt)
    shape = []
    if fmt == "html":
        parser = TextOf()
        parser.feed(text)
        parser.flush()
        blocks = parser.blocks
        shape = page_shape(text)
    else:
        blocks = markdown_blocks(text)
    problems, figures = analyse(blocks, codes)
    problems += shape
    print(f"{plan} ({fmt}): {figures}")
    return problems


def self_test():
    """The check fails on what it is meant to catch."""
    codes = {"ceyp", "CONS-1", "no-feedback-loop"}
    plain = ["We changed the app. You can text your worker now.",
             "An indicator is a sign that shows if things are getting better."]
    cases = {
        "long sentences": ["This sentence goes on and on with many words about many things "
                           "that happened at many meetings over many months in the town."],
        "unexplained word": ["Each indicator went up.", "We are pleased."],
        "explained too late": ["Each indicator went up."] + ["We met."] * 8 + plain[1:],
        "an id": ["The ceyp group met in May."],
        "an action id": ["CONS-1 is late."],
        "a rule name": ["Found no-feedback-loop here."],
        "a rule code": ["See S101."],
    }
    failures = []
    if analyse(plain, codes)[0]:
        failures.append(f"plain text was flagged: {analyse(plain, codes)[0]}")
    for name, blocks in cases.items():
        if not analyse(blocks, codes)[0]:
            failures.append(f"not flagged: {name}")
    parser = TextOf()
    parser.feed("<style>p{}</style><nav><a>Corporate parenting board</a></nav><h1>Hi</h1>"
                "<p>One. Two.</p><li>Three</li>")
    parser.flush()
    if parser.blocks != ["Hi", "One. Two.", "Three"]:
        failures.append(f"HTML text read as {parser.blocks}")
    good = ('<html lang="en"><meta name="viewport" content="width=device-width, '
            'initial-scale=1"/><h1>A</h1><h2 id="x">B</h2><h3>C</h3><a href="#x">B</a>')
    if page_shape(good):
        failures.append(f"a good page was flagged: {page_shape(good)}")
    for name, bad in {"heading skip": good.replace("<h3>C</h3>", "<h4>C</h4>"),
                      "no lang": good.replace(' lang="en"', ""),
                      "broken link": good.replace('href="#x"', 'href="#y"'),
                      "table": good + "<table></table>"}.items():
        if not page_shape(bad):
            failures.append(f"not flagged: {name}")
    for failure in failures:
        print(failure)
    sys.exit(1 if failures else 0)


def main():
    if sys.argv[1:] == ["--self-test"]:
        self_test()
    engage, plans = sys.argv[1], sys.argv[2:]
    rules = rule_names(engage)
    if not rules:
        sys.exit("engage rules --format json listed no rule names")
    problems = []
    for plan in plans:
        codes = plan_ids(plan) | set(KEYS) | rules
        for fmt in ("markdown", "html"):
            problems += [f"{plan} ({fmt}): {p}" for p in check(engage, plan, fmt, codes)]
    for problem in problems:
        print(problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
