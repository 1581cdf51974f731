#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes a plan of N bodies in one chain, for timing the flow audit.

usage: bench/chain.py N [--feedback] > chain.yaml

Forums f0 -> f1 -> ... feed a single deciding board at the end. With
--feedback every link is written in the long form with a way back (so
no-feedback-loop stays quiet and only long-path fires). Deterministic.

Timing, against yaml-cpp's bare event walk of the same file as the floor:
  bench/chain.py 100000 --feedback > /tmp/chain.yaml
  /usr/bin/time -f "%e s %M KB" build/cli/engage audit --as-of 2024-06-30 --format concise /tmp/chain.yaml
"""
import sys


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 1 or not args[0].isdigit() or int(args[0]) < 2:
        sys.exit(__doc__)
    n = int(args[0])
    feedback = "--feedback" in sys.argv
    out = sys.stdout
    out.write("engage: 1\nplan: {id: chain, title: A chain of %d bodies}\nbodies:\n" % n)
    for i in range(n - 1):
        if feedback:
            link = "[{to: f%d, feedback: minutes sent back}]" % (i + 1)
        else:
            link = "[f%d]" % (i + 1)
        out.write("  - {id: f%d, name: Forum %d, kind: forum, feeds_into: %s}\n" % (i, i, link))
    out.write("  - {id: f%d, name: Board %d, kind: board, decides: true}\n" % (n - 1, n - 1))


if __name__ == "__main__":
    main()
