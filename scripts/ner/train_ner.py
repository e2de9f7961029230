"""Build the recommended Warta NER model from scratch (deterministic).

    .venv/bin/pip install -r scripts/ner/requirements.txt      # numpy, scipy, scikit-learn: build time only
    .venv/bin/python scripts/ner/train_ner.py --data ../shared/data --out src/warta/resources/models/ner.crfsuite

(about 5 minutes on one core; writes ner.crfsuite, ner.crfsuite.resources.json -> rename to
ner_resources.json, and ner.crfsuite.figures.json with dev and test figures).

Steps: (1) word clusters + gazetteers from unlabelled text / gazetteer files -> <out>.resources.json;
(2) joint training set = train splits of NERP, NER-UI (fold 01), NER-UGM (fold 01), idner-news-2k, NERGrit,
labels mapped to PER/ORG/LOC/EVT/FNB (LOC = any place; split into GPE/LOC at output by features.place_type),
minus every sentence that also occurs (normalised) in ANY dev or test split of any of these sets;
(3) silver EVT/FNB spans for the sets that do not annotate them, from a NERP-only CRF;
(4) CRF (python-crfsuite, L-BFGS, elastic net) with case-mode feature augmentation;
(5) dev and test figures for every set (eval_ner.report).
"""
import argparse, json, os, random, time
import numpy as np
import pycrfsuite
import build_resources as BR

from warta.entities import datasets as D
from warta.entities.features import FeatureExtractor, spans
from warta.evaluation.ner_eval import report

CFG = dict(window=2, clusters=True, gaz=True, dom=True, case='mixed')

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', default='/work/shared/data')
    ap.add_argument('--out', default='model.crfsuite')
    ap.add_argument('--c1', type=float, default=0.1)
    ap.add_argument('--c2', type=float, default=0.05)
    ap.add_argument('--iters', type=int, default=150)
    ap.add_argument('--seed', type=int, default=13)
    ap.add_argument('--no-eval', action='store_true')
    a = ap.parse_args()
    random.seed(a.seed); np.random.seed(a.seed)
    t0 = time.time()
    test_keys = set(D.sent_key(s) for n in D.DATASETS for s in D.load(a.data, n, 'test'))
    held = test_keys | set(D.sent_key(s) for n in D.DATASETS for s in D.load(a.data, n, 'dev'))
    res = BR.build_clusters(BR.unlabelled_sentences(a.data, test_keys), seed=a.seed)
    res['gaz'] = BR.gazetteers(a.data)
    res['cfg'] = CFG
    res['labels'] = {'model': ['PER', 'ORG', 'LOC', 'EVT', 'FNB'],
                     'contract': 'PER, ORG, GPE/LOC (from LOC via FeatureExtractor.place_type), EVT; FNB dropped'}
    resp = a.out + '.resources.json'
    json.dump(res, open(resp, 'w', encoding='utf-8'), ensure_ascii=False)
    print('resources: vocab %d, %.0fs -> %s' % (len(res['vocab']), time.time() - t0, resp))
    # stage 1: NERP-only model (no case-mode copies) -> silver EVT/FNB spans on the lowercased cased-set
    # train sentences, because those sets leave events/food unannotated (as O)
    fx1 = FeatureExtractor(res, dict(CFG, dom=False))
    t1 = pycrfsuite.Trainer(verbose=False)
    for s in D.load(a.data, 'nerp', 'train'):
        if D.sent_key(s) not in held:
            t1.append(fx1.sent2features([w for w, _ in s]), D.map_tags([t for _, t in s], 'nerp'))
    t1.set_params({'c1': 0.05, 'c2': 0.01, 'max_iterations': a.iters, 'feature.possible_transitions': True})
    t1.train(a.out + '.stage1')
    tg1 = pycrfsuite.Tagger(); tg1.open(a.out + '.stage1')
    fx = FeatureExtractor(res, CFG)
    tr = pycrfsuite.Trainer(verbose=False)
    stats = {}; nsilver = {}
    for n in D.DATASETS:
        kept = removed = 0
        for s in D.load(a.data, n, 'train'):
            if D.sent_key(s) in held: removed += 1; continue
            toks = [w for w, _ in s]
            tags = D.map_tags([t for _, t in s], n)
            if n != 'nerp':
                pred = tg1.tag(fx1.sent2features([w.lower() for w in toks]))
                for lab, i, j in spans(pred):
                    if lab in ('EVT', 'FNB') and all(g == 'O' for g in tags[i:j]):
                        tags[i:j] = ['B-' + lab] + ['I-' + lab] * (j - i - 1)
                        nsilver[lab] = nsilver.get(lab, 0) + 1
                tags = D.fix_iob(tags)
            tr.append(fx.sent2features(toks), tags); kept += 1
        stats[n] = (kept, removed)
        print('train %-8s kept %5d removed (in a dev/test split) %4d' % (n, kept, removed))
    print('silver spans added to cased sets:', nsilver)
    os.remove(a.out + '.stage1')
    tr.set_params({'c1': a.c1, 'c2': a.c2, 'max_iterations': a.iters, 'feature.possible_transitions': True})
    t1 = time.time(); tr.train(a.out); tt = time.time() - t1
    print('trained in %.0fs; model %.1f MB; resources %.1f MB' % (tt, os.path.getsize(a.out) / 1e6, os.path.getsize(resp) / 1e6))
    if a.no_eval: return
    tg = pycrfsuite.Tagger(); tg.open(a.out)
    out = {'train_s': tt, 'train_stats': stats, 'silver': nsilver, 'size_mb': os.path.getsize(a.out) / 1e6}
    for sp in ('dev', 'test'):
        out[sp] = report(tg, fx, a.data, sp)
    json.dump(out, open(a.out + '.figures.json', 'w'), indent=1)

if __name__ == '__main__':
    main()
