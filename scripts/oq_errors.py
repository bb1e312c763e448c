#!/usr/bin/env python3
"""List missed gold open questions (evidence, kind, gold question, sentence) and false positives, matched as
score.py --gold does (evidence overlap >= 50% of the shorter span, one-to-one greedy).
usage: python3 scripts/oq_errors.py PRED.json GOLD_DIR [CORPUS_DIR] [SKIP_IDS_FILE]  (articles listed in SKIP_IDS_FILE are skipped;
CORPUS_DIR defaults to $CORPUS, else ../shared/corpus/polnear-train from the repository root, as in bench.py)"""
import json, glob, os, sys
pred_path, gold_dir = sys.argv[1], sys.argv[2]
corpus = sys.argv[3] if len(sys.argv) > 3 else os.environ.get('CORPUS', '../shared/corpus/polnear-train')
blind = set(open(sys.argv[4]).read().split()) if len(sys.argv) > 4 else set()
preds = {}
for a in json.load(open(pred_path))['articles']:
    stem = os.path.splitext(os.path.basename(a.get('path') or a.get('id')))[0]
    preds[stem] = a
def sentence(text, s, e):
    a = max(text.rfind('\n', 0, s), max(text.rfind('. ', 0, s), text.rfind('? ', 0, s)) + 1)
    b = min([x for x in (text.find('\n', e), text.find('. ', e)) if x >= 0] or [len(text)])
    return text[a:b+1].strip()
nm = nf = 0
for g in sorted(glob.glob(os.path.join(gold_dir, '*.json'))):
    gold = json.load(open(g)); stem = os.path.splitext(gold['article'])[0]
    if stem in blind: continue
    text = open(os.path.join(corpus, gold['article'])).read()
    golds = []
    for q in gold.get('openQuestions') or []:
        i = text.find(q['evidence'])
        if i < 0: continue
        golds.append((i, i + len(q['evidence']), q))
    ps = [(q['evidence']['start'], q['evidence']['end'], q) for q in preds.get(stem, {}).get('openQuestions') or []]
    cands = []
    for i, (ps_, pe, _) in enumerate(ps):
        for j, (gs, ge, _) in enumerate(golds):
            ov = max(0, min(pe, ge) - max(ps_, gs))
            if ov and ov >= 0.5 * min(pe - ps_, ge - gs): cands.append((-ov / min(pe - ps_, ge - gs), i, j))
    cands.sort(); up, ug = set(), set()
    for _, i, j in cands:
        if i not in up and j not in ug: up.add(i); ug.add(j)
    for j, (gs, ge, q) in enumerate(golds):
        if j in ug: continue
        nm += 1
        print(f"MISS {stem} [{q['kind']}] EV: {q['evidence']}\n   Q: {q['question']}\n   S: {sentence(text, gs, ge)}\n")
    for i, (s, e, q) in enumerate(ps):
        if i in up: continue
        nf += 1
        print(f"FP   {stem} [{q['kind']}] Q: {q['question']}\n   S: {text[s:e]}\n")
print('missed', nm, 'false positives', nf)
