"""Build the prediction-time resources (word clusters + gazetteers) -> JSON.
Clusters: PPMI co-occurrence (+-2 window, left/right context separated) -> truncated SVD -> k-means
(k = 64, 256, 1024) over lowercased words, computed from the tokens of the NER sets' train/dev splits
(sentences equal to any test sentence removed).
Gazetteers: a country list written here; provinces, regencies and districts from the 2025 region codes
(wilayah.sql, MIT); person and organisation names from the
DBpedia lists of Alfina et al. (ICACSIS 2016/2017; used with citation, filtered to plain Latin names)."""
import argparse, json, os, re, sys, time
from collections import Counter
import numpy as np
from scipy import sparse
from scipy.sparse.linalg import svds
from sklearn.cluster import MiniBatchKMeans
from warta.entities import datasets as D

TOK = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:[-']\w+)*|[^\w\s]", re.UNICODE)

def unlabelled_sentences(root, test_keys):
    """Text for the word clusters: the tokens of the NER sets' train and dev splits only (their
    licences allow it; no test sentence). detik1000 (no licence) and the UD treebank (CC BY-SA,
    whose share-alike would bind the model) are deliberately not used."""
    out = []
    for n in D.DATASETS:
        for sp in ('train', 'dev'):
            for s in D.load(root, n, sp):
                if D.sent_key(s) not in test_keys:
                    out.append([w for w, _ in s])
    return out

def norm(w):
    w = w.lower()
    return re.sub(r'\d', '0', w)

def build_clusters(sents, min_count=3, n_ctx=3000, dim=100, ks=(64, 256, 1024), seed=13):
    cnt = Counter(norm(w) for s in sents for w in s)
    vocab = [w for w, c in cnt.most_common() if c >= min_count]
    vi = {w: i for i, w in enumerate(vocab)}
    ctx = [w for w, _ in cnt.most_common(n_ctx)]
    ci = {w: i for i, w in enumerate(ctx)}
    rows, cols = [], []
    for s in sents:
        s = ['<s>'] + [norm(w) for w in s] + ['</s>']
        for i in range(1, len(s) - 1):
            r = vi.get(s[i])
            if r is None: continue
            for off in (-2, -1, 1, 2):
                j = i + off
                if 0 <= j < len(s):
                    c = ci.get(s[j])
                    if c is not None:
                        rows.append(r); cols.append(c + (0 if off < 0 else n_ctx) + (2 * n_ctx if abs(off) == 2 else 0))
    M = sparse.coo_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(vocab), 4 * n_ctx)).tocsr()
    M.sum_duplicates()
    tot = M.sum(); rs = np.asarray(M.sum(1)).ravel(); cs = np.asarray(M.sum(0)).ravel() ** 0.75
    cs = cs / cs.sum()
    M = M.tocoo()
    pmi = np.log(M.data * 1.0 / tot / (rs[M.row] / tot) / np.maximum(cs[M.col], 1e-12))
    keep = pmi > 0
    P = sparse.csr_matrix((pmi[keep], (M.row[keep], M.col[keep])), shape=M.shape)
    U, S, Vt = svds(P, k=dim, random_state=seed)
    X = U * np.sqrt(S)
    X /= np.linalg.norm(X, axis=1, keepdims=True) + 1e-8
    out = {}
    for k in ks:
        km = MiniBatchKMeans(n_clusters=k, random_state=seed, batch_size=4096, n_init=3).fit(X)
        out[str(k)] = km.labels_.tolist()
    return {'vocab': vocab, 'clusters': out}

COUNTRIES = """afganistan afrika selatan albania aljazair amerika amerika serikat as usa andorra angola arab saudi arab saudi argentina armenia australia austria azerbaijan bahama bahrain bangladesh barbados belanda belarus belgia belize benin bhutan bolivia bosnia botswana brasil brazil brunei brunei darussalam bulgaria burkina faso burundi ceko chad chili china cina tiongkok denmark djibouti dominika ekuador el salvador eritrea estonia etiopia fiji filipina finlandia gabon gambia georgia ghana grenada guatemala guinea guyana haiti honduras hong kong hongaria india indonesia inggris irak iran irlandia islandia israel italia jamaika jepang jerman kamboja kamerun kanada kazakhstan kenya kirgizstan kolombia komoro kongo korea korea selatan korea utara korsel korut kosta rika kroasia kuba kuwait laos latvia lebanon libanon lesotho liberia libya liechtenstein lituania luksemburg madagaskar makedonia maladewa malawi malaysia mali malta maroko mauritania mauritius meksiko mesir moldova monako mongolia montenegro mozambik myanmar namibia nauru nepal niger nigeria nikaragua norwegia oman pakistan palau palestina panama pantai gading papua nugini paraguay peru polandia portugal prancis perancis qatar rumania rusia rwanda samoa san marino selandia baru senegal serbia seychelles sierra leone singapura siprus slovakia slovenia somalia spanyol sri lanka sudan sudan selatan suriah suriname swaziland swedia swiss tajikistan tanzania thailand timor leste timor timur togo tonga trinidad tunisia turki turkmenistan tuvalu uganda ukraina uni emirat arab uea uruguay uzbekistan vanuatu vatikan venezuela vietnam yaman yordania yunani zambia zimbabwe skotlandia wales taiwan""".split()
# multiword countries listed above as separate tokens are rebuilt below
COUNTRY_NAMES = ['afrika selatan', 'amerika serikat', 'arab saudi', 'brunei darussalam', 'burkina faso', 'el salvador',
                 'hong kong', 'korea selatan', 'korea utara', 'kosta rika', 'pantai gading', 'papua nugini', 'san marino',
                 'selandia baru', 'sierra leone', 'sri lanka', 'sudan selatan', 'timor leste', 'timor timur', 'uni emirat arab']

def gazetteers(root):
    g = {}
    multi = set(w for n in COUNTRY_NAMES for w in n.split())
    g['country'] = sorted(set(COUNTRY_NAMES) | set(w for w in COUNTRIES if w not in multi or w in
                          ('amerika', 'korea', 'timor', 'sudan', 'arab', 'guinea')))
    sql = open(os.path.join(root, 'gazetteers', 'wilayah_cahyadsn_2025', 'wilayah.sql'), encoding='utf-8', errors='replace').read()
    prov, reg, dist = set(), set(), set()
    for kode, nama in re.findall(r"\('([\d.]+)','([^']+)'\)", sql):
        lvl = kode.count('.') + 1
        nm = nama.lower().strip()
        if lvl == 1:
            prov.add(nm)
            prov.add(re.sub(r'^(daerah istimewa|daerah khusus ibukota|dki|di) ', '', nm))
        elif lvl == 2:
            reg.add(re.sub(r'^(kabupaten|kota|kab\.?|adm\.?|administrasi) ', '', nm))
            reg.add(re.sub(r'^(kabupaten|kota) (administrasi )?', '', nm))
        elif lvl == 3:
            dist.add(nm)
    g['province'] = sorted(prov); g['regency'] = sorted(reg)
    g['district'] = sorted(dist - reg - prov)
    ok = re.compile(r"^[A-Za-z][A-Za-z.'\- ]+$")
    per = set()
    for line in open(os.path.join(root, 'gazetteers', 'dbpedia_mdee_gazetteer', 'person.txt'), encoding='utf-8', errors='replace'):
        n = line.strip()
        if not ok.match(n): continue
        t = n.lower().split()
        if len(t) >= 2:
            per.add(' '.join(t))
    org = set()
    for line in open(os.path.join(root, 'gazetteers', 'dbpedia_mdee_gazetteer', 'organization.txt'), encoding='utf-8', errors='replace'):
        n = line.strip()
        if not ok.match(n) and not re.match(r'^[\w .&\-]+$', n, re.ASCII): continue
        t = n.lower().split()
        if len(t) >= 1 and len(n) > 2:
            org.add(' '.join(t))
    g['person'] = sorted(per); g['org'] = sorted(org)
    return g

if __name__ == '__main__':
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', default='/work/shared/data')
    ap.add_argument('--out', default='resources.json')
    a = ap.parse_args()
    t0 = time.time()
    test_keys = set(D.sent_key(s) for n in D.DATASETS for s in D.load(a.data, n, 'test'))
    sents = unlabelled_sentences(a.data, test_keys)
    print('unlabelled sentences', len(sents), 'tokens', sum(map(len, sents)), file=sys.stderr)
    res = build_clusters(sents)
    res['gaz'] = gazetteers(a.data)
    print({k: len(v) for k, v in res['gaz'].items()}, 'vocab', len(res['vocab']), '%.0fs' % (time.time() - t0), file=sys.stderr)
    json.dump(res, open(a.out, 'w'), ensure_ascii=False)
