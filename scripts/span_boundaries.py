#!/usr/bin/env python3
"""span_boundaries.py - why overlap-matched positions miss the exact PolNeAR Content span.

Pairs each predicted position with its overlap-matched PolNeAR attribution (the matching
of ../shared/eval/score.py) and classifies how the start and the end of our content
differ from the gold Content's outer bounds (first start, last end), with counts.

  python3 scripts/span_boundaries.py --pred OUT.json --corpus DIR [--half A|B|all]
          [--skip IDS.txt] [--examples CATEGORY] [--limit N] [--split-pred OUT.json]

  --half      keep the articles of one half: the parity of the whole md5 of the article's
              file stem (A = even, B = odd), as /work/notes/halves.py and actor_errors.py.
  --skip      a file of article ids (one a line) left out entirely (never read).
  --examples  print up to --limit pairs of a category (e.g. "end: we include ', he said'").
  --split-pred writes OUT.A.json and OUT.B.json (the prediction split by half) and exits.

Python 3 standard library only.
"""
import argparse
import hashlib
import importlib.util
import json
import os
import re
import sys
from collections import Counter

SCORE = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval", "score.py")


def load_score(path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def half_of(stem):
    return "A" if int(hashlib.md5(stem.encode()).hexdigest(), 16) % 2 == 0 else "B"


QUOTES = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e`"
SPEECH = re.compile(r"\b(said|says|say|told|tells|added|adds|wrote|writes|noted|notes|explained|argued|"
                    r"argues|asked|stated|insisted|continued|according|claimed|claims|warned|acknowledged|"
                    r"declared|replied|recalled|suggested|reported|announced)\b", re.I)
SUBORDINATORS = ("because", "when", "while", "as", "after", "before", "since", "if", "although", "though",
                 "which", "who", "where", "until", "unless", "whereas", "so", "including", "but", "and", "or")


def describe(piece, side, where):
    """A category for a piece of text that one span has and the other lacks.

    side: "start" or "end"; where: the text is inside the gold span but not ours ("exclude")
    or inside ours but not the gold ("include")."""
    s = piece.strip()
    if not s:
        return "whitespace"
    if all(c in QUOTES for c in s):
        return "quote mark"
    if all(not c.isalnum() for c in s):
        kinds = "".join(sorted(set("Q" if c in QUOTES else c for c in s if not c.isspace())))
        return "marks " + kinds
    words = re.findall(r"\w+", s)
    low = s.lower()
    if side == "start":
        body = s.lstrip(QUOTES + " ,:")
        if re.fullmatch(r"that", body.lower()):
            return "'that'"
        if low.startswith("according to"):
            return "'according to X,'"
        if SPEECH.search(s):
            return "lead-in with a speech verb (%s)" % ("1-3 words" if len(words) <= 3 else "4+ words")
        if re.search(r"[.!?][\"'\u201d\u2019]?\s+\S", s):
            return "a whole earlier sentence"
        if re.match(r"(whether|if|what|how|why|who|when|where)\b", body.lower()):
            return "question word"
        if re.match(r"(to)\b", body.lower()):
            return "'to' (infinitive)"
        return "other lead-in (%s)" % ("1-3 words" if len(words) <= 3 else "4+ words")
    # end
    body = s.lstrip(QUOTES + " ")
    if re.search(r"[.!?][\"'\u201d\u2019]?\s+[\"'\u201c\u2018]?[A-Z]", s):
        return "a second sentence"
    first = body.lstrip(",;:\u2014-– ").split()[0].lower().strip(QUOTES + ",.") if body.lstrip(",;:\u2014-– ").split() else ""
    if SPEECH.search(s) and len(words) <= 8:
        return "trailing attribution (', he said')"
    if s[0] in QUOTES:
        return "text after a closing quote"
    if first in SUBORDINATORS:
        return "clause after the content ('%s')" % first
    if body[:1] in ",;:\u2014-–(":
        return "phrase after a mark"
    return "other tail (%s)" % ("1-3 words" if len(words) <= 3 else "4+ words")


def classify(text, pred, gold):
    ps, pe = pred
    gs, ge = gold
    out = []
    if ps == gs:
        out.append("start: same")
    elif ps < gs:
        out.append("start: we include " + describe(text[ps:gs], "start", "include"))
    else:
        out.append("start: we exclude " + describe(text[gs:ps], "start", "exclude"))
    if pe == ge:
        out.append("end: same")
    elif pe > ge:
        out.append("end: we include " + describe(text[ge:pe], "end", "include"))
    else:
        out.append("end: we exclude " + describe(text[pe:ge], "end", "exclude"))
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pred", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--score", default=SCORE)
    ap.add_argument("--half", choices=["A", "B", "all"], default="all")
    ap.add_argument("--skip")
    ap.add_argument("--examples")
    ap.add_argument("--limit", type=int, default=15)
    ap.add_argument("--split-pred")
    args = ap.parse_args(argv)

    score = load_score(args.score)
    with open(args.pred, encoding="utf-8") as f:
        record = json.load(f)
    stem = lambda art: art.get("id") or score.stem_of(art.get("path") or "")
    if args.split_pred:
        base = args.split_pred[:-5] if args.split_pred.endswith(".json") else args.split_pred
        for h in "AB":
            part = dict(record, articles=[a for a in record["articles"] if half_of(stem(a)) == h])
            with open("%s.%s.json" % (base, h), "w", encoding="utf-8") as f:
                json.dump(part, f)
        return 0
    skip = set()
    if args.skip:
        with open(args.skip, encoding="utf-8") as f:
            skip = {line.strip() for line in f if line.strip()}

    cats, pair_cats = Counter(), Counter()
    n_pairs = n_exact = 0
    shown = 0
    for art in record["articles"]:
        name = stem(art)
        if name in skip or (args.half != "all" and half_of(name) != args.half):
            continue
        ann = score.choose_ann(args.corpus, name)
        txt = os.path.join(args.corpus, name + ".txt")
        if not ann or not os.path.exists(txt):
            continue
        text = score.read_text(txt)
        atts = score.parse_brat(score.read_text(ann))
        toks = score.Tokens(text)
        preds = [p for p in art.get("positions") or [] if score.as_span(p.get("content"))]
        pred_tok = [toks.token_ids([score.as_span(p["content"])]) for p in preds]
        gold_tok = [toks.token_ids(a["content"]) for a in atts]
        gold_gap = [toks.token_ids([(a["content"][0][0], a["content"][-1][1])]) - g for a, g in zip(atts, gold_tok)]

        def pair_score(i, j):
            a, b = pred_tok[i] - gold_gap[j], gold_tok[j]
            if not a or not b:
                return None
            shared = len(a & b)
            if shared >= 0.5 * len(a) and shared >= 0.5 * len(b):
                return 2 * shared / (len(a) + len(b))
            return None

        for i, j in score.greedy_match(len(preds), len(atts), pair_score):
            pred = score.as_span(preds[i]["content"])
            gold = (atts[j]["content"][0][0], atts[j]["content"][-1][1])
            n_pairs += 1
            if pred == gold:
                n_exact += 1
                continue
            found = classify(text, pred, gold)
            for c in found:
                cats[c] += 1
            pair_cats[" | ".join(c for c in found if not c.endswith(": same"))] += 1
            if args.examples and shown < args.limit and any(c == args.examples for c in found):
                shown += 1
                lo, hi = min(pred[0], gold[0]), max(pred[1], gold[1])
                print("--- %s  pred %s gold %s" % (name, pred, gold))
                print("PRED: " + text[pred[0]:pred[1]].replace("\n", "¶"))
                print("GOLD: " + text[gold[0]:gold[1]].replace("\n", "¶"))
                print("CTX : " + text[max(0, lo - 60):hi + 60].replace("\n", "¶"))
    if args.examples:
        return 0
    print("matched pairs %d, exact %d, boundary misses %d" % (n_pairs, n_exact, n_pairs - n_exact))
    print("\nper side (a miss counts once for each side that differs)")
    for c, n in sorted(cats.items(), key=lambda x: (-x[1], x[0])):
        if not c.endswith(": same"):
            print("%6d  %s" % (n, c))
    print("\nwhole pairs (top 25)")
    for c, n in pair_cats.most_common(25):
        print("%6d  %s" % (n, c))
    return 0


if __name__ == "__main__":
    sys.exit(main())
