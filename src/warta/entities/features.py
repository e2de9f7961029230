"""Token feature function for the Warta CRF NER model (python-crfsuite).

Usage at prediction time:
    from features import FeatureExtractor
    fx = FeatureExtractor('resources.json')          # clusters + gazetteers shipped with the model
    tagger = pycrfsuite.Tagger(); tagger.open('model.crfsuite')
    tags = tagger.tag(fx.sent2features(tokens))
    ents = fx.to_contract(tokens, tags)              # PER/ORG/GPE/LOC/EVT spans (FNB dropped)

Case handling: orthographic (case) features are only emitted for sentences that contain at least
one uppercase letter ("mixed-case"); for all-lowercase sentences (e.g. NERP) they are absent.
With cfg['dom'] every feature is also emitted in a copy conjoined with the case mode
('lc' / 'mc'), i.e. Daume-style feature augmentation keyed on an observable property of the input.
"""
import json, re

AFFIX_PRE = ('meng', 'meny', 'mem', 'men', 'me', 'ber', 'be', 'di', 'ter', 'peng', 'pem', 'pen', 'pe', 'ke', 'se', 'per')
AFFIX_SUF = ('kan', 'an', 'nya', 'i', 'lah', 'kah', 'wan', 'wati')
DEFAULT_CFG = dict(window=2, clusters=True, gaz=True, dom=True, case='mixed')
# Word feature lists kept for reuse; emptied when full, so memory stays bounded (~1-2 KB a word).
CACHE_WORDS = 30000

_UPPER, _LOWER, _DIGIT, _RUN = re.compile('[A-Z]'), re.compile('[a-z]'), re.compile('[0-9]'), re.compile(r'(.)\1+')


def shape(w):
    return _RUN.sub(r'\1\1', _DIGIT.sub('d', _LOWER.sub('x', _UPPER.sub('X', w))))


def norm(w):
    return _DIGIT.sub('0', w.lower())

class FeatureExtractor:
    def __init__(self, resources=None, cfg=None, pos_tagger=None):
        self.cfg = dict(DEFAULT_CFG); self.cfg.update(cfg or {})
        self._cache = {}
        self._pcache = {}
        # part-of-speech tagger (a pycrfsuite.Tagger over pos_features), used when cfg['pos']
        self.pos_tagger = pos_tagger
        if isinstance(resources, str):
            resources = json.load(open(resources, encoding='utf-8'))
        self.res = resources
        self.cl = {}
        if resources:
            for k, labs in resources['clusters'].items():
                for w, c in zip(resources['vocab'], labs):
                    self.cl.setdefault(w, []).append('c%s=%d' % (k, c))
            self.gaz = {}
            self.maxlen = 1
            for name, items in resources['gaz'].items():
                for it in items:
                    t = tuple(it.split())
                    self.gaz.setdefault(t, set()).add(name)
                    self.maxlen = max(self.maxlen, len(t))
        else:
            self.gaz = {}; self.maxlen = 1
        # keyword lists (e.g. event / food words): token in list -> 'kw=<list>' features
        self.kw = {}
        for name, words in ((resources or {}).get('kw') or {}).items():
            for w in words:
                self.kw.setdefault(w, []).append(name)

    def gaz_tags(self, low):
        n = len(low); out = [[] for _ in range(n)]
        if not hasattr(self, '_first'):
            self._first = {k[0] for k in self.gaz}
        for i in range(n):
            if low[i] not in self._first:
                continue  # no gazetteer name starts with this word
            for L in range(min(self.maxlen, n - i), 0, -1):
                names = self.gaz.get(tuple(low[i:i + L]))
                if names:
                    for nm in names:
                        out[i].append('g:%s:B' % nm)
                        for j in range(i + 1, i + L): out[j].append('g:%s:I' % nm)
        return out

    def _word_features(self, w, use_case):
        """Features of a token on its own (no context), cached: words repeat a lot in news."""
        key = (w, use_case)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        lw = w.lower(); nw = norm(w)
        f = ['b', 'w=' + nw, 'p2=' + lw[:2], 'p3=' + lw[:3], 'p4=' + lw[:4],
             's2=' + lw[-2:], 's3=' + lw[-3:], 's4=' + lw[-4:], 'len=%d' % min(len(w), 8),
             'lshape=' + shape(lw)]
        for a in AFFIX_PRE:
            if lw.startswith(a) and len(lw) > len(a) + 2: f.append('pre=' + a); break
        for a in AFFIX_SUF:
            if lw.endswith(a) and len(lw) > len(a) + 2: f.append('suf=' + a)
        if self.cfg.get('affix_ext'):
            f += ['p1=' + lw[:1], 'p5=' + lw[:5], 's1=' + lw[-1:], 's5=' + lw[-5:]]
            for a in AFFIX_PRE:
                if lw.startswith(a) and len(lw) > len(a) + 2: f.append('stem=' + lw[len(a):]); break
        if not lw.isalnum(): f.append('nonalnum')
        if lw.isdigit(): f.append('digit')
        if use_case:
            f += ['shape=' + shape(w), 'title=%d' % w[:1].isupper(), 'upper=%d' % w.isupper()]
        clusters = self.cl.get(nw, ['c=UNK']) if self.cfg['clusters'] and self.cl else None
        if clusters:
            f += clusters
        if len(self._cache) > CACHE_WORDS:
            self._cache.clear()
        self._cache[key] = (f, nw, lw, clusters)
        return self._cache[key]

    # ---- part of speech (a small CRF tagger on lowercased tokens, trained on POSP) --------------
    def _pos_word(self, w):
        f = self._pcache.get(w)
        if f is None:
            lw = w.lower(); nw = norm(w)
            f = ['b', 'w=' + nw, 'p2=' + lw[:2], 'p3=' + lw[:3], 's2=' + lw[-2:], 's3=' + lw[-3:],
                 's4=' + lw[-4:], 'lshape=' + shape(lw)]
            for a in AFFIX_PRE:
                if lw.startswith(a) and len(lw) > len(a) + 2: f.append('pre=' + a); break
            for a in AFFIX_SUF:
                if lw.endswith(a) and len(lw) > len(a) + 2: f.append('suf=' + a)
            f += self.cl.get(nw, ['c=UNK'])
            if len(self._pcache) > CACHE_WORDS:
                self._pcache.clear()
            self._pcache[w] = f = (f, nw)
        return f

    def pos_features(self, tokens):
        info = [self._pos_word(w) for w in tokens]
        n = len(tokens); out = []
        for i in range(n):
            f = list(info[i][0])
            for d in (1, 2):
                f.append('-%dw=%s' % (d, info[i - d][1] if i - d >= 0 else '<s>'))
                f.append('+%dw=%s' % (d, info[i + d][1] if i + d < n else '</s>'))
            f.append('-1s3=' + (info[i - 1][1][-3:] if i else '<s>'))
            f.append('+1s3=' + (info[i + 1][1][-3:] if i < n - 1 else '</s>'))
            out.append(f)
        return out

    def pos_tags(self, tokens):
        return self.pos_tagger.tag(self.pos_features(tokens)) if tokens else []

    def sent2features(self, tokens, pos=None):
        cfg = self.cfg
        n = len(tokens)
        mixed = any(c.isupper() for t in tokens for c in t)
        use_case = cfg['case'] == 'always' or (cfg['case'] == 'mixed' and mixed)
        info = [self._word_features(w, use_case) for w in tokens]
        low = [x[2] for x in info]
        norms = [x[1] for x in info]
        gz = self.gaz_tags(low) if cfg['gaz'] and self.gaz else [[] for _ in range(n)]
        if cfg.get('pos') and pos is None:
            pos = self.pos_tags(low)
        kw = [self.kw.get(x) for x in low] if cfg.get('kw') and self.kw else None
        ncl = cfg.get('nbr_clusters', 2)
        window = cfg['window']
        prefix = 'mc|' if mixed else 'lc|'
        feats = []
        for i, w in enumerate(tokens):
            base, nw, lw, clusters = info[i]
            f = list(base)
            if i == 0: f.append('BOS')
            if i == n - 1: f.append('EOS')
            if use_case:
                if i > 0: f.append('-1title=%d' % tokens[i - 1][:1].isupper())
                if i < n - 1: f.append('+1title=%d' % tokens[i + 1][:1].isupper())
                if w[:1].isupper() and i > 0: f.append('titleNotFirst')
            for d in range(1, window + 1):
                f.append('-%dw=%s' % (d, norms[i - d] if i - d >= 0 else '<s>'))
                f.append('+%dw=%s' % (d, norms[i + d] if i + d < n else '</s>'))
            if i > 0: f.append('-1s3=' + low[i - 1][-3:])
            if i < n - 1: f.append('+1s3=' + low[i + 1][-3:])
            f.append('bg-=%s|%s' % (norms[i - 1] if i else '<s>', nw))
            f.append('bg+=%s|%s' % (nw, norms[i + 1] if i < n - 1 else '</s>'))
            if clusters is not None:
                for d in (-1, 1):
                    j = i + d
                    if 0 <= j < n:
                        f += [('%+d' % d) + c for c in (info[j][3] or ['c=UNK'])[:ncl]]
                if cfg.get('cl2'):
                    for d in (-2, 2):
                        j = i + d
                        if 0 <= j < n:
                            f += [('%+d' % d) + c for c in (info[j][3] or ['c=UNK'])[:1]]
            if pos is not None:
                p0 = pos[i]; pm = pos[i - 1] if i else '<s>'; pp = pos[i + 1] if i < n - 1 else '</s>'
                f += ['pos=' + p0, '-1pos=' + pm, '+1pos=' + pp, 'pos-1|0=%s|%s' % (pm, p0), 'pos0|+1=%s|%s' % (p0, pp)]
                if cfg.get('pos') == 2:
                    f += ['-2pos=' + (pos[i - 2] if i > 1 else '<s>'), '+2pos=' + (pos[i + 2] if i < n - 2 else '</s>'),
                          'pos|w=%s|%s' % (p0, nw)]
            if kw is not None:
                for d in (-2, -1, 0, 1):
                    j = i + d
                    if 0 <= j < n and kw[j]:
                        f += ['%dkw=%s' % (d, k) for k in kw[j]]
            if gz[i]:
                f += gz[i]
            if i > 0 and gz[i - 1]: f += ['-1' + g for g in gz[i - 1]]
            if i < n - 1 and gz[i + 1]: f += ['+1' + g for g in gz[i + 1]]
            if cfg['dom']:
                f = f + [prefix + x for x in f]
            feats.append(f)
        return feats

    # ---- contract mapping -------------------------------------------------------------
    GPE_TRIGGERS = {'kota', 'kabupaten', 'kab', 'provinsi', 'negara', 'negeri', 'pemkot', 'pemkab', 'pemprov'}
    LOC_HEADS = {'jalan', 'jl', 'jln', 'gunung', 'sungai', 'pulau', 'danau', 'laut', 'selat', 'teluk', 'pantai', 'gedung',
                 'bandara', 'stasiun', 'terminal', 'pelabuhan', 'lapas', 'lp', 'rumah', 'rs', 'masjid', 'gereja', 'pasar',
                 'stadion', 'hotel', 'kampung', 'desa', 'kelurahan', 'kecamatan', 'dusun', 'benua', 'samudra', 'samudera',
                 'asia', 'eropa', 'afrika', 'timur', 'tengah', 'kawasan', 'wilayah', 'taman', 'istana', 'kantor', 'alun-alun',
                 'lembah', 'bukit', 'tol', 'simpang', 'mall', 'plaza', 'hutan', 'candi'}

    def place_type(self, tokens, start, end):
        """GPE (country / province / regency-city as political body) vs LOC for a place span."""
        low = [t.lower().strip('.') for t in tokens[start:end]]
        if low and low[0] in self.LOC_HEADS: return 'LOC'
        if start > 0 and tokens[start - 1].lower() in self.GPE_TRIGGERS: return 'GPE'
        if low and low[0] in self.GPE_TRIGGERS: return 'GPE'
        names = self.gaz.get(tuple(low), set())
        if names & {'country', 'province', 'regency'}: return 'GPE'
        return 'LOC'

    def to_contract(self, tokens, tags):
        """IOB tags from the model -> list of (label, start, end, text) in the contract label set."""
        out = []
        for lab, s, e in spans(tags):
            if lab == 'FNB': continue
            if lab == 'LOC': lab = self.place_type(tokens, s, e)
            out.append((lab, s, e, ' '.join(tokens[s:e])))
        return out

def spans(tags):
    """conlleval chunking: returns (type, start, end)."""
    out = []; cur = None
    for i, t in enumerate(list(tags) + ['O']):
        p, typ = (t.split('-', 1) + [''])[:2] if t != 'O' else ('O', '')
        if cur and (p in ('O', 'B') or typ != cur[0]):
            out.append((cur[0], cur[1], i)); cur = None
        if p == 'B' or (p == 'I' and cur is None):
            cur = [typ, i]
    return out
