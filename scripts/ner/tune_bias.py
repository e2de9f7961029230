"""Tune per-label decoding offsets (added to the state weights of the case-mode bias feature 'lc|b', see
warta.entities.model.with_label_bias) on the NERP dev split; coordinate ascent on NERP dev macro F1.

    python scripts/ner/tune_bias.py --model out/x.crfsuite [--types EVT,FNB] [--mode B|BI] [--write]

--write stores the chosen offsets as cfg['label_bias'] in <model>.resources.json. Also reports a 2-fold
cross-check on dev halves (offsets tuned on one half, scored on the other) to show how much of the gain
is noise."""
import argparse, json, time
import pycrfsuite
from warta.entities import datasets as D
from warta.entities.features import FeatureExtractor
from warta.entities.model import with_label_bias
from warta.evaluation.ner_eval import score, NAMES

GRID = [-1.0, -0.5, -0.25, 0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 2.5, 3.0]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--model', required=True)
    ap.add_argument('--data', default='/work/shared/data')
    ap.add_argument('--types', default='EVT,FNB')
    ap.add_argument('--mode', default='B', help="B: offset on B-X only; BI: the same offset on B-X and I-X")
    ap.add_argument('--passes', type=int, default=2)
    ap.add_argument('--write', action='store_true')
    a = ap.parse_args()
    res = json.load(open(a.model + '.resources.json', encoding='utf-8'))
    cfg = dict(res['cfg']); cfg.pop('label_bias', None)
    pos_tg = None
    if cfg.get('pos'):
        pos_tg = pycrfsuite.Tagger(); pos_tg.open(a.model + '.pos.crfsuite')
    fx = FeatureExtractor(res, cfg, pos_tg)
    attr = 'lc|b' if cfg.get('dom') else 'b'
    raw = open(a.model, 'rb').read()
    tg = pycrfsuite.Tagger(); tg.open(a.model); labels = tg.labels()
    dev = D.load(a.data, 'nerp', 'dev')
    X = [fx.sent2features([w for w, _ in s]) for s in dev]
    gold = [D.map_tags([t for _, t in s], 'nerp') for s in dev]
    types = a.types.split(',')

    def labels_of(t):   # 'EVT' -> B-EVT (mode B) or B-EVT and I-EVT (mode BI); 'I-EVT' -> itself
        return [t] if '-' in t else ['B-' + t] + (['I-' + t] if a.mode == 'BI' else [])

    def tag_all(off, idx):
        bias = {lab: v for t, v in off.items() for lab in labels_of(t)}
        buf = with_label_bias(raw, labels, {attr: bias})   # must outlive the tagger
        t2 = pycrfsuite.Tagger(); t2.open_inmemory(buf)
        out = [t2.tag(X[i]) for i in idx]
        t2.close()
        return out

    def f1(off, idx):
        r = score([gold[i] for i in idx], tag_all(off, idx), list(NAMES['nerp']))
        return r['macro']['f1'], r

    def ascend(idx):
        off = {t: 0.0 for t in types}
        best, _ = f1(off, idx)
        for _ in range(a.passes):
            for t in types:
                for v in GRID:
                    trial = dict(off, **{t: v})
                    f, _ = f1(trial, idx)
                    if f > best + 1e-9: best, off = f, trial
        return off, best

    allidx = list(range(len(dev)))
    base, rb = f1({t: 0.0 for t in types}, allidx)
    t0 = time.time()
    off, best = ascend(allidx)
    _, rt = f1(off, allidx)
    print('baseline dev macro %.4f micro %.4f' % (base, rb['micro']['f1']),
          {k: round(v['f1'], 3) for k, v in rb['per_type'].items()})
    print('tuned    dev macro %.4f micro %.4f' % (best, rt['micro']['f1']),
          {k: round(v['f1'], 3) for k, v in rt['per_type'].items()}, 'offsets', off, '%.0fs' % (time.time() - t0))
    halves = [allidx[0::2], allidx[1::2]]
    cv = []
    for h in (0, 1):
        o, _ = ascend(halves[h])
        f0, _ = f1({t: 0.0 for t in types}, halves[1 - h])
        f, _ = f1(o, halves[1 - h])
        cv.append((o, f0, f)); print('  tuned on half %d %s -> other half macro %.4f -> %.4f' % (h, o, f0, f))
    result = {'attr': attr, 'mode': a.mode, 'offsets': off, 'dev_before': rb, 'dev_after': rt,
              'cv': [{'offsets': o, 'before': f0, 'after': f} for o, f0, f in cv]}
    json.dump(result, open(a.model + '.bias_%s_%s.json' % (a.mode, '-'.join(types)), 'w'), indent=1)
    if a.write:
        bias = {lab: v for t, v in off.items() if v for lab in labels_of(t)}
        res['cfg']['label_bias'] = {attr: bias}
        json.dump(res, open(a.model + '.resources.json', 'w', encoding='utf-8'), ensure_ascii=False)
        print('wrote label_bias', res['cfg']['label_bias'])


if __name__ == '__main__':
    main()
