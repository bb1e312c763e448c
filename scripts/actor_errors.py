#!/usr/bin/env python3
"""Actor and key-actor errors against hand gold, per article, for reading and counting.

usage: actor_errors.py OUT.json GOLD_DIR... [--half A|B] [--scores]
  OUT.json   `briefing extract --format json` output over the PolNeAR train corpus
  GOLD_DIR   folders of *.briefing-gold.json files
  --half     only the articles whose file-name hash falls in that half (md5 parity, even = A):
             read examples from one half, check changes on both
  --scores   print actors F1 / key-actor F1 per half and per folder instead of the listing
Gold articles with no prediction (a partial extract) are left out, with a note on stderr.
Per article: our top-k by salience against the gold key actors (k = number of gold key
actors), each gold actor we miss, each of our actors no gold actor matches, and the rank we
give each missed key actor. Matching is the scorer's (../shared/eval/score.py)."""
import glob, hashlib, json, os, sys
from collections import Counter

sys.path.insert(0, os.environ.get("SCORE_DIR", os.path.join(os.path.dirname(__file__), "../../shared/eval")))
import score as S  # noqa: E402


def half(stem):
    return "A" if int(hashlib.md5(stem.encode()).hexdigest(), 16) % 2 == 0 else "B"


def f1(tp, p, g):
    P, R = (tp / p if p else 0), (tp / g if g else 0)
    return 200 * P * R / (P + R) if P + R else 0


def main(argv):
    want = argv[argv.index("--half") + 1] if "--half" in argv else None
    args = [a for i, a in enumerate(argv) if not a.startswith("--") and (i == 0 or argv[i - 1] != "--half")]
    loaded, _ = S.load_predictions([args[0]])
    # keyed by article id; a gold file names the article by its file stem, which may differ
    preds = {k: art for art, _, keys in loaded.values() for k in keys}
    totals, missing = {}, []
    for folder in args[1:]:
        for path in sorted(glob.glob(os.path.join(folder, "*.briefing-gold.json"))):
            stem = os.path.basename(path).replace(".briefing-gold.json", "")
            if want and half(stem) != want:
                continue
            if stem not in preds:
                missing.append(stem)
                continue
            gold, art = json.load(open(path)), preds[stem]
            for k in (half(stem), os.path.basename(folder.rstrip("/"))):
                totals.setdefault(k, Counter()).update(S.actors_vs_gold(art, gold))
            if "--scores" not in argv:
                listing(stem, gold, art)
    if missing:
        print(f"(no prediction for {len(missing)} gold articles, left out: {', '.join(missing[:3])}"
              f"{', ...' if len(missing) > 3 else ''})", file=sys.stderr)
    if "--scores" in argv:
        for k, c in sorted(totals.items()):
            print(f"{k:28s} actors {f1(c['actor_tp'], c['actor_pred'], c['actor_gold']):5.1f}"
                  f"  key {f1(c['key_tp'], c['key_pred'], c['key_gold']):5.1f}")


def listing(stem, gold, art):
    ga, pa = gold["actors"], art["actors"]
    key = [a for a in ga if a.get("key")]
    top = sorted(pa, key=lambda a: -a["salience"])
    kp = S.match_actors(top[:len(key)], key)
    mp, mg = {i for i, _ in kp}, {j for _, j in kp}
    print(f"== {stem} key {len(kp)}/{len(key)}")
    print("  gold key:", ", ".join(a["name"] + ("" if j in mg else " (MISS)") for j, a in enumerate(key)))
    print("  top:", ", ".join(f"{a['name']}[{a['kind'][0]}{len(a['mentions'])} {a['salience']}]"
                              + ("" if i in mp or i >= len(key) else " (FP)") for i, a in enumerate(top[:len(key) + 3])))
    pairs = S.match_actors(pa, ga)
    pm, gm = {i for i, _ in pairs}, {j for _, j in pairs}
    for j, a in enumerate(ga):
        if j not in gm:
            print(f"  MISS {a['name']!r} {a['kind']} key={a.get('key')} aliases={(a.get('aliases') or [])[:4]}")
    for i, a in enumerate(pa):
        if i not in pm:
            print(f"  FP   {a['name']!r} {a['kind']} mentions={len(a['mentions'])} salience={a['salience']}")
    rank = {id(a): r for r, a in enumerate(top)}
    for j, a in enumerate(key):
        if j not in mg:
            found = [rank[id(pa[i])] + 1 for i, jj in pairs if jj == ga.index(a)]
            print(f"  KEYLOW {a['name']!r}: our rank {found[0] if found else 'not found'} of k={len(key)}")


if __name__ == "__main__":
    main(sys.argv[1:])
