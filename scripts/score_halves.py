#!/usr/bin/env python3
"""score_halves.py - ../shared/eval/score.py on each half of the 840 PolNeAR train articles.

  python3 scripts/score_halves.py OUT.json [METRIC-SUBSTRING ...]

OUT.json is `briefing extract --format json ../shared/corpus/polnear-train/`. The articles are split
by the parity of the md5 of their file stem (even = half A; the split of scripts/actor_errors.py),
stable across runs and machines. Rule work reads examples on half A only and keeps a rule only when
it rises on both halves: half B is how a rule tuned to what was read shows up. Prints one row per
numeric metric with the figures of A, B and all. Python 3 standard library only.
"""
import hashlib
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = os.path.join(HERE, "..", "..", "shared", "eval", "score.py")
CORPUS = os.path.join(HERE, "..", "..", "shared", "corpus", "polnear-train")


def half(stem):
    return "A" if int(hashlib.md5(stem.encode()).hexdigest(), 16) % 2 == 0 else "B"


def stem(article):
    return os.path.splitext(os.path.basename(article.get("id") or article.get("path") or ""))[0]


def flatten(tree, prefix=""):
    rows = {}
    for key, value in tree.items():
        if isinstance(value, dict):
            rows.update(flatten(value, prefix + key + "."))
        elif isinstance(value, (int, float)):
            rows[prefix + key] = value
    return rows


def score(pred, articles, folder, name):
    path = os.path.join(folder, name + ".json")
    with open(path, "w") as f:
        json.dump(dict(pred, articles=articles), f)
    out = subprocess.run(["python3", SCORE, "--pred", path, "--corpus", CORPUS, "--json"],
                         capture_output=True, text=True, check=True)
    return flatten(json.loads(out.stdout)["summary"])


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    pred = json.load(open(sys.argv[1]))
    wanted = sys.argv[2:]
    with tempfile.TemporaryDirectory() as folder:
        figures = {name: score(pred, [a for a in pred["articles"] if name == "all" or half(stem(a)) == name],
                               folder, name) for name in ("A", "B", "all")}
    print("%-36s %9s %9s %9s" % ("metric", "A", "B", "all"))
    for key in figures["all"]:
        if wanted and not any(w in key for w in wanted):
            continue
        cells = [figures[name].get(key) for name in ("A", "B", "all")]
        print("%-36s %9s %9s %9s" % (key, *[("%.4f" % c) if isinstance(c, float) else c for c in cells]))


if __name__ == "__main__":
    main()
