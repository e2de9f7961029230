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

Options for experiments (all chosen on the dev splits): --resources (reuse a resources JSON), --cfg (feature
configuration overrides: pos, kw, affix_ext, cl2, nbr_clusters, window), --oversample, --lc-aug; --final
trains on train + dev (test sentences still removed) and reports test figures only. Decoding offsets for
rare labels are tuned afterwards on NERP dev with scripts/ner/tune_bias.py (cfg['label_bias'] in the
resources JSON, applied by warta.entities.model.NerModel).
"""
import argparse, json, os, random, time, zlib
import pycrfsuite

from warta.entities import datasets as D
from warta.entities.features import FeatureExtractor, spans
from warta.entities.model import with_label_bias
from warta.evaluation.ner_eval import report

CFG = dict(window=2, clusters=True, gaz=True, dom=True, case='mixed')

# keyword lists written here (not from any test split): words that head or mark event and food names
KW = {
    'evt': """piala liga pemilu pilkada pilpres pileg pemilihan olimpiade festival fest konser pameran expo
        kongres muktamar munas musda musyawarah konferensi kejuaraan turnamen kompetisi lomba sidang rapat
        paripurna hut hari natal paskah lebaran imlek idul nyepi waisak ramadan ramadhan tragedi perang
        pertempuran bom gempa tsunami banjir kerusuhan insiden peristiwa upacara perayaan peringatan
        wisuda seminar lokakarya workshop summit ktt pekan games open championship cup tour tur reli rally
        marathon maraton grand prix world show fair awards award malam gala final semifinal""".split(),
    'fnb': """nasi mie mi bakmi bihun kwetiau soto sate bakso rendang gulai opor rawon pecel gado-gado
        ketoprak lontong ketupat bubur roti kue donat puding pudding keju susu kopi teh es jus sirup
        ayam bebek daging sapi kambing ikan udang cumi telur tahu tempe sambal saus kecap bumbu kuah
        martabak pempek siomay batagor cilok seblak gorengan kerupuk keripik cokelat coklat yogurt
        burger pizza pasta spageti spaghetti sushi ramen steak salad sandwich croissant cake
        minuman makanan masakan kuliner hidangan menu santan gula tepung mentega madu jamu""".split(),
}


def posp(data, split):
    return [[(w, t[2:] if t.startswith('B-') else t) for w, t in s] for s in
            D.read_conll(os.path.join(data, 'indonlu_posp', {'dev': 'valid'}.get(split, split) + '_preprocess.txt'), sep='\t')]


def train_pos(fx, sents, path, c1=0.05, c2=0.01, iters=100):
    tr = pycrfsuite.Trainer(verbose=False)
    for s in sents:
        tr.append(fx.pos_features([w for w, _ in s]), [t for _, t in s])
    tr.set_params({'c1': c1, 'c2': c2, 'max_iterations': iters, 'feature.possible_transitions': True})
    tr.train(path)
    tg = pycrfsuite.Tagger(); tg.open(path)
    return tg


def pos_accuracy(fx, tg, sents):
    ok = n = 0
    for s in sents:
        p = tg.tag(fx.pos_features([w for w, _ in s]))
        ok += sum(a == t for a, (_, t) in zip(p, s)); n += len(s)
    return ok / max(n, 1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', default='/work/shared/data')
    ap.add_argument('--out', default='model.crfsuite')
    ap.add_argument('--c1', type=float, default=0.1)
    ap.add_argument('--c2', type=float, default=0.05)
    ap.add_argument('--iters', type=int, default=150)
    ap.add_argument('--seed', type=int, default=13)
    ap.add_argument('--no-eval', action='store_true')
    ap.add_argument('--resources', help='reuse this resources JSON (clusters, gazetteers) instead of building it')
    ap.add_argument('--cfg', default='{}', help='JSON: feature configuration overrides (window, pos, kw, ...)')
    ap.add_argument('--pos-jackknife', type=int, default=4, help='folds for out-of-fold POS tags on NERP train (0: none)')
    ap.add_argument('--final', action='store_true', help='train on train + dev splits (test sentences still removed)')
    ap.add_argument('--oversample', type=int, default=1, help='copies of each NERP train sentence with an EVT or FNB span')
    ap.add_argument('--lc-aug', action='store_true', help='also train on lowercased copies of the cased sets')
    ap.add_argument('--label-bias', help='JSON {attribute: {label: offset}} decoding offsets (from tune_bias.py) to store and use')
    ap.add_argument('--eval-splits', help="comma-separated splits to report (default 'dev,test'; 'test' with --final)")
    a = ap.parse_args()
    random.seed(a.seed)
    t0 = time.time()
    cfg = dict(CFG); cfg.update(json.loads(a.cfg))
    if a.label_bias:
        cfg['label_bias'] = json.loads(a.label_bias)
    test_keys = set(D.sent_key(s) for n in D.DATASETS for s in D.load(a.data, n, 'test'))
    held = test_keys if a.final else \
        test_keys | set(D.sent_key(s) for n in D.DATASETS for s in D.load(a.data, n, 'dev'))
    splits = ('train', 'dev') if a.final else ('train',)
    if a.resources:
        res = json.load(open(a.resources, encoding='utf-8'))
    else:
        import numpy as np
        import build_resources as BR
        np.random.seed(a.seed)
        res = BR.build_clusters(BR.unlabelled_sentences(a.data, test_keys), seed=a.seed)
        res['gaz'] = BR.gazetteers(a.data)
    if cfg.get('kw'):
        res['kw'] = {k: sorted(set(v)) for k, v in KW.items()}
    else:
        res.pop('kw', None)
    res['cfg'] = cfg
    res['labels'] = {'model': ['PER', 'ORG', 'LOC', 'EVT', 'FNB'],
                     'contract': 'PER, ORG, GPE/LOC (from LOC via FeatureExtractor.place_type), EVT; FNB dropped'}
    resp = a.out + '.resources.json'
    json.dump(res, open(resp, 'w', encoding='utf-8'), ensure_ascii=False)
    print('resources: vocab %d, %.0fs -> %s' % (len(res['vocab']), time.time() - t0, resp))
    out = {'cfg': cfg, 'c1': a.c1, 'c2': a.c2, 'iters': a.iters, 'final': a.final, 'oversample': a.oversample, 'lc_aug': a.lc_aug}
    # POS tagger (POSP = the NERP sentences with POS tags; every sentence of any NER test split removed)
    pos_tg = None; oof = {}
    if cfg.get('pos'):
        fxp = FeatureExtractor(res, cfg)
        ptrain = [s for sp in splits for s in posp(a.data, sp) if D.sent_key(s) not in test_keys]
        t1 = time.time()
        pos_tg = train_pos(fxp, ptrain, a.out + '.pos.crfsuite')
        out['pos'] = {'train_sents': len(ptrain), 'train_s': time.time() - t1,
                      'dev_acc': pos_accuracy(fxp, pos_tg, posp(a.data, 'dev')),
                      'train_acc': pos_accuracy(fxp, pos_tg, ptrain[:1000]),
                      'size_mb': os.path.getsize(a.out + '.pos.crfsuite') / 1e6}
        print('pos tagger:', out['pos'])
        if a.pos_jackknife > 1:   # out-of-fold POS tags for the NERP sentences the tagger was trained on
            for k in range(a.pos_jackknife):
                fold = lambda s: zlib.crc32(D.sent_key(s).encode()) % a.pos_jackknife
                tg = train_pos(fxp, [s for s in ptrain if fold(s) != k], a.out + '.posjk')
                for s in ptrain:
                    if fold(s) == k:
                        oof[D.sent_key(s)] = tg.tag(fxp.pos_features([w for w, _ in s]))
                tg.close()
            os.remove(a.out + '.posjk')
            print('jackknife POS tags: %d sentences, %.0fs' % (len(oof), time.time() - t1))

    def pos_of(s, n):
        if not cfg.get('pos'): return None
        p = oof.get(D.sent_key(s)) if n == 'nerp' else None
        return p if p is not None and len(p) == len(s) else None

    def load_train(n):
        seen = set(); out_ = []
        for sp in splits:
            for s in D.load(a.data, n, sp):
                k = D.sent_key(s)
                if k in held or (a.final and k in seen): continue
                seen.add(k); out_.append(s)
        return out_
    # stage 1: NERP-only model (no case-mode copies) -> silver EVT/FNB spans on the lowercased cased-set
    # train sentences, because those sets leave events/food unannotated (as O)
    fx1 = FeatureExtractor(res, dict(cfg, dom=False), pos_tg)
    t1 = pycrfsuite.Trainer(verbose=False)
    for s in load_train('nerp'):
        t1.append(fx1.sent2features([w for w, _ in s], pos_of(s, 'nerp')), D.map_tags([t for _, t in s], 'nerp'))
    t1.set_params({'c1': 0.05, 'c2': 0.01, 'max_iterations': a.iters, 'feature.possible_transitions': True})
    t1.train(a.out + '.stage1')
    tg1 = pycrfsuite.Tagger(); tg1.open(a.out + '.stage1')
    fx = FeatureExtractor(res, cfg, pos_tg)
    tr = pycrfsuite.Trainer(verbose=False)
    stats = {}; nsilver = {}; nlc = 0
    for n in D.DATASETS:
        kept = 0
        for s in load_train(n):
            toks = [w for w, _ in s]
            tags = D.map_tags([t for _, t in s], n)
            if n != 'nerp':
                pred = tg1.tag(fx1.sent2features([w.lower() for w in toks]))
                for lab, i, j in spans(pred):
                    if lab in ('EVT', 'FNB') and all(g == 'O' for g in tags[i:j]):
                        tags[i:j] = ['B-' + lab] + ['I-' + lab] * (j - i - 1)
                        nsilver[lab] = nsilver.get(lab, 0) + 1
                tags = D.fix_iob(tags)
            xseq = fx.sent2features(toks, pos_of(s, n))
            reps = a.oversample if n == 'nerp' and any(t[2:] in ('EVT', 'FNB') for t in tags) else 1
            for _ in range(reps):
                tr.append(xseq, tags)
            if a.lc_aug and n != 'nerp' and any(c.isupper() for w in toks for c in w):
                low = [w.lower() for w in toks]   # a lowercased copy: more lowercased training text
                tr.append(fx.sent2features(low, pos_of(s, n)), tags); nlc += 1
            kept += 1
        stats[n] = kept
        print('train %-8s kept %5d' % (n, kept))
    print('silver spans added to cased sets:', nsilver, '; lowercased copies:', nlc)
    os.remove(a.out + '.stage1')
    tr.set_params({'c1': a.c1, 'c2': a.c2, 'max_iterations': a.iters, 'feature.possible_transitions': True})
    t1 = time.time(); tr.train(a.out); tt = time.time() - t1
    print('trained in %.0fs; model %.1f MB; resources %.1f MB' % (tt, os.path.getsize(a.out) / 1e6, os.path.getsize(resp) / 1e6))
    out.update({'train_s': tt, 'train_stats': stats, 'silver': nsilver, 'size_mb': os.path.getsize(a.out) / 1e6})
    if a.no_eval:
        json.dump(out, open(a.out + '.figures.json', 'w'), indent=1); return
    tg = pycrfsuite.Tagger(); tg.open(a.out)
    if cfg.get('label_bias'):   # evaluate as warta.entities.model.NerModel predicts: with the decoding offsets
        buf = with_label_bias(open(a.out, 'rb').read(), tg.labels(), cfg['label_bias'])
        tg.close(); tg = pycrfsuite.Tagger(); tg.open_inmemory(buf)
    for sp in (a.eval_splits or ('test' if a.final else 'dev,test')).split(','):
        out[sp] = report(tg, fx, a.data, sp)
    json.dump(out, open(a.out + '.figures.json', 'w'), indent=1)

if __name__ == '__main__':
    main()
