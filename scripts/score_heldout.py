#!/usr/bin/env python3
"""score_heldout.py - aggregate hand-gold scores on the held-out gold kept in Evaluation/.

  python3 scripts/score_heldout.py OUT.json [--packed Evaluation/heldout-gold] [--corpus DIR]

OUT.json is `briefing extract --format json` over the corpus folder (all 840 PolNeAR train articles
or just the held-out ones). The packed gold (scripts/gold_offsets.py) is rebuilt in a temporary
folder and scored with ../shared/eval/score.py --gold. Only the totals are printed, never a
per-article row: the held-out set is the accept/reject check for rule changes, and reading its
articles or its errors would turn it into development data. Python 3 standard library only.
"""
import argparse
import json
import os
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = os.path.join(HERE, "..", "..", "shared", "eval", "score.py")
METRICS = ("actors", "key_actors", "hand_commitments", "hand_openQuestions")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pred")
    parser.add_argument("--packed", default=os.path.join(HERE, "..", "Evaluation", "heldout-gold"))
    parser.add_argument("--corpus", default=os.path.join(HERE, "..", "..", "shared", "corpus", "polnear-train"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        gold = os.path.join(folder, "gold")
        subprocess.run(["python3", os.path.join(HERE, "gold_offsets.py"), "unpack", "--packed", args.packed,
                        "--corpus", args.corpus, "--out", gold], check=True, stdout=subprocess.DEVNULL)
        names = {json.load(open(os.path.join(gold, f)))["article"] for f in os.listdir(gold)}
        pred = json.load(open(args.pred))
        kept = [a for a in pred["articles"]
                if os.path.basename(a.get("path") or "") in names or (a.get("id") or "") + ".txt" in names]
        path = os.path.join(folder, "pred.json")
        with open(path, "w") as f:
            json.dump(dict(pred, articles=kept), f)
        out = subprocess.run(["python3", SCORE, "--pred", path, "--corpus", args.corpus, "--gold", gold, "--json"],
                             capture_output=True, text=True, check=True)
    summary = json.loads(out.stdout)["summary"]
    print(f"held-out articles scored: {summary['articles']['with_hand_gold']} of {len(names)}")
    for metric in METRICS:
        row = summary.get(metric) or {}
        print("%-20s %s" % (metric, "  ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}"
                                                 for k, v in row.items())))


if __name__ == "__main__":
    main()
