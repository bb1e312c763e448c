#!/usr/bin/env python3
"""gold_offsets.py - keep hand gold in the repository without copying article text.

The PolNeAR articles are the publishers' copyright and are not committed (../shared/corpus/README.md).
Hand gold written by our annotators quotes them: every `evidence` is an exact substring of the
article. This script stores each evidence as code-point offsets instead, and rebuilds the full gold
(the format score.py --gold reads) from the corpus on demand.

  python3 scripts/gold_offsets.py pack   --gold DIR   --corpus DIR --out DIR   # full gold -> offsets
  python3 scripts/gold_offsets.py unpack --packed DIR --corpus DIR --out DIR   # offsets -> full gold

Packed files are NAME.gold-offsets.json: the same record, with every `evidence` string replaced by
{"start": S, "end": E} (code points into NAME.txt) and a `sha1` of the article so that a changed
corpus fails loudly. Names, aliases, roles, questions and `what` are the annotators' own short
words and stay as they are. Python 3 standard library only.
"""
import argparse
import glob
import hashlib
import json
import os
import sys


def article_text(corpus, record):
    path = os.path.join(corpus, record["article"])
    with open(path, encoding="utf-8") as f:
        return f.read()


def unique_offset(text, evidence, name):
    """The offsets of `evidence`, which must occur exactly once in the article (GUIDELINES.md)."""
    count = text.count(evidence)
    if count != 1:
        sys.exit(f"{name}: evidence found {count} times in the article, not once: {evidence[:60]!r}")
    start = text.find(evidence)
    return {"start": start, "end": start + len(evidence)}


def items(record):
    for key in ("commitments", "openQuestions", "positions"):
        for item in record.get(key, []):
            yield item


def pack(args):
    os.makedirs(args.out, exist_ok=True)
    for path in sorted(glob.glob(os.path.join(args.gold, "*.json"))):
        record = json.load(open(path, encoding="utf-8"))
        text = article_text(args.corpus, record)
        for item in items(record):
            item["evidence"] = unique_offset(text, item["evidence"], path)
        record["sha1"] = hashlib.sha1(text.encode("utf-8")).hexdigest()
        stem = os.path.splitext(record["article"])[0]
        out = os.path.join(args.out, stem + ".gold-offsets.json")
        with open(out, "w", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"packed into {args.out}")


def unpack(args):
    os.makedirs(args.out, exist_ok=True)
    for path in sorted(glob.glob(os.path.join(args.packed, "*.gold-offsets.json"))):
        record = json.load(open(path, encoding="utf-8"))
        text = article_text(args.corpus, record)
        if hashlib.sha1(text.encode("utf-8")).hexdigest() != record.pop("sha1", None):
            sys.exit(f"{path}: no sha1, or the article {record['article']} differs from the one annotated")
        for item in items(record):
            span = item["evidence"]
            item["evidence"] = text[span["start"]:span["end"]]
        stem = os.path.splitext(record["article"])[0]
        with open(os.path.join(args.out, stem + ".briefing-gold.json"), "w", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"unpacked into {args.out}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["pack", "unpack"])
    parser.add_argument("--gold")
    parser.add_argument("--packed")
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    if args.mode == "pack" and not args.gold or args.mode == "unpack" and not args.packed:
        parser.error("pack needs --gold, unpack needs --packed")
    (pack if args.mode == "pack" else unpack)(args)


if __name__ == "__main__":
    main()
