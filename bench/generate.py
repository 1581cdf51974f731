#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes a deterministic corpus of realistic plans for timing engage.

usage:
  bench/generate.py corpus DIR [--plans N] [--seed S]
      N plans (default 1000) of about 44 KB each, shaped like the seed
      frameworks: a plan section, partners, groups, forums feeding boards,
      an action plan, engagements with "you said / we did", commitments and
      a self-assessment. One plan in ten is a plan folder with fragments
      (like examples/dundee-yvop); the rest are single files. A few plans
      carry the faults real plans have (placeholder leads, overdue actions,
      links without feedback, an orphan forum), so checks have work to do.
  bench/generate.py plan FILE --bodies B [--seed S]
      One plan with B bodies, B/10 actions and B/100 engagements: for how
      cost grows with plan size (1k, 10k, 100k).

The same arguments always give the same bytes (a seeded generator, no clock).
"""
import argparse
import os
import random

WORDS = (
    "young people voice care experienced council board forum youth participation "
    "school pupils consultation rights promise listen change housing health "
    "transport mental wellbeing safe families community leisure digital training "
    "support advocacy survey feedback report minutes manifesto events summer "
    "carers disabled inclusion equality respect trust relationships"
).split()
GROUP_NAMES = [
    "Care experienced children and young people", "Young carers", "Disabled young people",
    "Young people from minority ethnic communities", "LGBT+ young people",
    "Young people not in education or work", "Pupils in primary schools",
    "Pupils in secondary schools", "Young people in rural areas", "Unaccompanied asylum seekers",
]
CADENCES = ["weekly", "fortnightly", "monthly", "twice-termly", "termly", "quarterly"]
STATUSES = ["planned", "in-progress", "done", "done", "blocked", "dropped"]
METHODS = ["survey", "event", "workshop", "meeting", "focus-group", "consultation",
           "social-media", "interview-panel", "audit", "take-over"]
APPROACHES = ["informing", "consulting", "involving", "collaborating", "devolving"]
STANDARDS = ["inclusion", "support", "planning", "working-together", "methods",
             "communication", "impact"]
LEADS = ["Participation Lead", "Service Manager, Children's Rights", "Head of Schools",
         "Youth Work Team", "Champions Board coordinator", "Senior Officer", "TBC"]


def sentence(rng, low=6, high=14):
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    return " ".join(words).capitalize()


def quoted(text):
    return '"' + text.replace('\\', '\\\\').replace('"', '\\"') + '"'


def date(rng, year_low=2021, year_high=2025):
    return "%04d-%02d-%02d" % (rng.randint(year_low, year_high), rng.randint(1, 12),
                               rng.randint(1, 28))


def plan_section(rng, plan_id, n_outcomes):
    lines = ["plan:",
             "  id: %s" % plan_id,
             "  title: %s" % quoted(sentence(rng, 4, 8)),
             "  area: %s" % quoted(sentence(rng, 1, 3)),
             "  owner: %s" % quoted(sentence(rng, 2, 4)),
             "  period: {from: 2022-04-01, to: 2025-03-31}",
             "  purpose: >",
             "    %s" % sentence(rng, 20, 40),
             "  principles:"]
    for _ in range(rng.randint(4, 8)):
        lines.append("    - {name: %s, description: %s}" % (
            quoted(sentence(rng, 1, 2)), quoted(sentence(rng))))
    lines += ["  participation: [individual, social, public]",
              "  approaches: [informing, consulting, involving, collaborating, devolving]",
              "  review: {date: 2023-06-01, how: %s, learning: [%s]}" % (
                  quoted(sentence(rng)), quoted(sentence(rng))),
              "  needs: [%s, %s]" % (quoted(sentence(rng, 3, 5)), quoted(sentence(rng, 3, 5))),
              "  outcomes:"]
    for i in range(n_outcomes):
        lines += ["    - id: outcome-%d" % i,
                  "      title: %s" % quoted(sentence(rng)),
                  "      indicators: [%s]" % quoted(sentence(rng, 4, 8))]
    lines.append("  resources: [%s, %s]" % (quoted(sentence(rng, 3, 6)),
                                           quoted(sentence(rng, 3, 6))))
    return lines


def partners_section(rng, n):
    lines = ["partners:"]
    for i in range(n):
        lines += ["  - id: partner-%d" % i, "    name: %s" % quoted(sentence(rng, 3, 6)),
                  "    role: %s" % quoted(sentence(rng))]
    return lines


def groups_section(rng, n):
    lines = ["groups:"]
    for i in range(n):
        lines += ["  - id: group-%d" % i,
                  "    name: %s" % quoted(GROUP_NAMES[i % len(GROUP_NAMES)]),
                  "    ages: %d-%d" % (rng.randint(5, 12), rng.randint(16, 25)),
                  "    size: %d" % rng.randint(50, 5000),
                  "    seldom_heard: %s" % ("true" if i % 3 == 0 else "false"),
                  "    barriers: [%s]" % quoted(sentence(rng, 3, 6)),
                  "    support: [independent advocacy, %s]" % quoted(sentence(rng, 3, 6))]
    return lines


def bodies_section(rng, n_forums, n_boards, n_groups, faulty):
    lines = ["bodies:"]
    boards = ["board-%d" % i for i in range(n_boards)]
    for i in range(n_forums):
        orphan = faulty and i == n_forums - 1
        lines += ["  - id: forum-%d" % i,
                  "    name: %s" % quoted(sentence(rng, 2, 5)),
                  "    kind: forum",
                  "    led_by: young-people",
                  "    groups: [group-%d, group-%d]" % (i % n_groups, (i + 1) % n_groups),
                  "    ages: 12-25",
                  "    members: {young_people: %d, adults: %d}" % (rng.randint(6, 30),
                                                                   rng.randint(1, 5)),
                  "    meets: %s" % rng.choice(CADENCES),
                  "    support: [training with accreditation, travel costs]"]
        if not orphan:
            target = boards[i % n_boards]
            if faulty and i % 4 == 0:
                lines.append("    feeds_into: [%s]" % target)
            else:
                lines += ["    feeds_into:",
                          "      - to: %s" % target,
                          "        how: %s" % quoted(sentence(rng)),
                          "        feedback: %s" % quoted(sentence(rng))]
    for i, board in enumerate(boards):
        lines += ["  - id: %s" % board,
                  "    name: %s" % quoted(sentence(rng, 2, 4)),
                  "    kind: board",
                  "    decides: true",
                  "    chair: %s" % quoted(sentence(rng, 2, 4)),
                  "    meets: {per_year: %d}" % rng.randint(3, 12),
                  "    minutes: true",
                  "    terms_of_reference: %s" % quoted(sentence(rng)),
                  "    members: {young_people: %d, adults: %d}" % (rng.randint(6, 12),
                                                                   rng.randint(2, 6))]
        if i + 1 < n_boards:
            lines += ["    feeds_into:", "      - to: %s" % boards[i + 1],
                      "        feedback: %s" % quoted(sentence(rng))]
    return lines


def actions_section(rng, n, n_outcomes, n_forums, faulty):
    lines = ["actions:"]
    for i in range(n):
        status = rng.choice(STATUSES)
        lines += ["  - id: ACT-%d" % (i + 1),
                  "    title: %s" % quoted(sentence(rng, 8, 20)),
                  "    priority: %s" % quoted(sentence(rng, 1, 2)),
                  "    lead: %s" % quoted(rng.choice(LEADS) if faulty else LEADS[i % 6]),
                  "    due: %s" % date(rng),
                  "    status: %s" % status]
        if status == "done":
            lines.append("    done_on: %s" % date(rng))
        lines += ["    standards: [%s, %s]" % (rng.choice(STANDARDS), rng.choice(STANDARDS)),
                  "    indicators: [%s]" % quoted(sentence(rng, 3, 8)),
                  "    outcomes: [outcome-%d]" % (i % n_outcomes),
                  "    bodies: [forum-%d]" % (i % n_forums),
                  "    approach: %s" % rng.choice(APPROACHES)]
    return lines


def engagements_section(rng, n, n_groups, n_forums):
    lines = ["engagements:"]
    for i in range(n):
        when = date(rng, 2022, 2024)
        lines += ["  - id: engagement-%d" % i,
                  "    title: %s" % quoted(sentence(rng, 3, 7)),
                  "    date: %s" % when,
                  "    bodies: [forum-%d]" % (i % n_forums),
                  "    groups: [group-%d]" % (i % n_groups),
                  "    method: %s" % METHODS[i % len(METHODS)],
                  "    approach: consulting",
                  "    participants: {young_people: %d, adults: %d}" % (rng.randint(5, 200),
                                                                        rng.randint(0, 10)),
                  "    you_said: [%s, %s]" % (quoted(sentence(rng)), quoted(sentence(rng))),
                  "    we_did: [%s]" % quoted(sentence(rng)),
                  "    fed_back_on: %s-%02d-%s" % (when[:4], min(12, int(when[5:7]) + 1),
                                                   when[8:]),
                  "    minority_views: [%s]" % quoted(sentence(rng)),
                  "    adaptations: [easy read materials, %s]" % quoted(sentence(rng, 2, 4)),
                  "    learning: [%s]" % quoted(sentence(rng))]
    return lines


def commitments_section(rng, n):
    lines = ["commitments:"]
    for i in range(n):
        lines += ["  - id: commitment-%d" % i,
                  "    by: %s" % quoted(rng.choice(LEADS[:-1])),
                  "    commitment: %s" % quoted(sentence(rng, 6, 14)),
                  "    review: %s" % date(rng, 2023, 2026),
                  "    status: %s" % rng.choice(STATUSES)]
    return lines


def standards_section(rng):
    lines = ["standards:"]
    for key in STANDARDS:
        lines += ["  %s:" % key, "    score: %d" % rng.randint(2, 5),
                  "    evidence: [%s]" % quoted(sentence(rng))]
    return lines


def realistic_plan(rng, plan_id, faulty, scale=1):
    """The sections of one plan, as lists of lines (about 44 KB at scale 1)."""
    n_groups, n_outcomes = 6, 5
    n_forums, n_boards = 10 * scale, 3 * scale
    return {
        "plan": plan_section(rng, plan_id, n_outcomes),
        "partners": partners_section(rng, 8),
        "groups": groups_section(rng, n_groups),
        "bodies": bodies_section(rng, n_forums, n_boards, n_groups, faulty),
        "actions": actions_section(rng, 42 * scale, n_outcomes, n_forums, faulty),
        "engagements": engagements_section(rng, 17 * scale, n_groups, n_forums),
        "commitments": commitments_section(rng, 8 * scale),
        "standards": standards_section(rng),
    }


def write(path, lines):
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write("\n".join(lines) + "\n")


def write_corpus(folder, plans, seed):
    os.makedirs(folder, exist_ok=True)
    for index in range(plans):
        rng = random.Random(seed * 1_000_003 + index)
        plan_id = "plan-%04d" % index
        sections = realistic_plan(rng, plan_id, faulty=index % 7 == 0)
        if index % 10 == 9:
            # A plan folder: plan.yaml with the plan section, a fragment per list section.
            root = os.path.join(folder, plan_id)
            os.makedirs(root, exist_ok=True)
            write(os.path.join(root, "plan.yaml"),
                  ["engage: 1"] + sections["plan"] + sections["standards"])
            for name in ("partners", "groups", "bodies", "actions", "engagements",
                         "commitments"):
                write(os.path.join(root, name + ".yaml"), ["engage: 1"] + sections[name])
        else:
            lines = ["engage: 1"]
            for part in sections.values():
                lines += part
            write(os.path.join(folder, plan_id + ".yaml"), lines)


def write_scaled_plan(path, bodies, seed):
    """`bodies` bodies (one board for every ten forums), one action for every ten
    bodies and one engagement and commitment for every hundred."""
    rng = random.Random(seed)
    n_boards = max(1, bodies // 11)
    n_forums = max(1, bodies - n_boards)
    n_groups, n_outcomes = 6, 5
    lines = ["engage: 1"]
    lines += plan_section(rng, "scaled", n_outcomes)
    lines += partners_section(rng, 8)
    lines += groups_section(rng, n_groups)
    lines += bodies_section(rng, n_forums, n_boards, n_groups, faulty=False)
    lines += actions_section(rng, max(1, bodies // 10), n_outcomes, n_forums, faulty=False)
    lines += engagements_section(rng, max(1, bodies // 100), n_groups, n_forums)
    lines += commitments_section(rng, max(1, bodies // 100))
    lines += standards_section(rng)
    write(path, lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    corpus = sub.add_parser("corpus")
    corpus.add_argument("folder")
    corpus.add_argument("--plans", type=int, default=1000)
    corpus.add_argument("--seed", type=int, default=1)
    plan = sub.add_parser("plan")
    plan.add_argument("file")
    plan.add_argument("--bodies", type=int, required=True)
    plan.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.what == "corpus":
        write_corpus(args.folder, args.plans, args.seed)
    else:
        write_scaled_plan(args.file, args.bodies, args.seed)


if __name__ == "__main__":
    main()
