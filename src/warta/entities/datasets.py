"""The NER sets in ../shared/data: reading, label mapping to Warta's labels, de-duplication.

Used by scripts/ner/train_ner.py (training) and `warta eval ner` (evaluation). Label mapping:
NERP PPL/IND/PLC/EVT/FNB -> PER/ORG/LOC/EVT/FNB (IND covers companies, brands, media, clubs;
FNB, food and beverage, is kept inside the model and left out of Warta's output); NER-UI, NER-UGM,
idner-news-2k and NERGrit person/organisation/location -> PER/ORG/LOC (NER-UGM's TIME and
QUANTITY -> O). LOC is split into GPE and LOC at prediction time (FeatureExtractor.place_type and
the gazetteers).
"""
import os, re

def read_conll(path, tok_col=0, tag_col=-1, sep=None):
    sents = []; cur = []
    with open(path, encoding='utf-8', errors='replace') as f:
        for line in f:
            line = line.rstrip('\r\n').rstrip('\r')
            if not line.strip():
                if cur: sents.append(cur); cur = []
                continue
            parts = line.split('\t') if sep == '\t' else line.split()
            if len(parts) < 2:
                continue
            cur.append((parts[tok_col], parts[tag_col]))
    if cur: sents.append(cur)
    return sents

# mapping of dataset-specific entity types to Warta contract labels
# None = drop (becomes O in the shared training data)
MAP = {
    'nerp':   {'PPL': 'PER', 'IND': 'ORG', 'PLC': 'LOC', 'EVT': 'EVT', 'FNB': 'FNB'},
    'nerui':  {'PERSON': 'PER', 'ORGANIZATION': 'ORG', 'LOCATION': 'LOC'},
    'nerugm': {'PERSON': 'PER', 'ORGANIZATION': 'ORG', 'LOCATION': 'LOC', 'TIME': None, 'QUANTITY': None},
    'idner':  {'PER': 'PER', 'ORG': 'ORG', 'LOC': 'LOC'},
    'nergrit': {'PERSON': 'PER', 'ORGANISATION': 'ORG', 'PLACE': 'LOC'},
}

def load(data, name, split, fold='01'):
    d = data
    if name == 'nerp':
        fn = {'train': 'train_preprocess.txt', 'dev': 'valid_preprocess.txt', 'test': 'test_preprocess.txt'}[split]
        return read_conll(os.path.join(d, 'indonlu_nerp', fn), sep='\t')
    if name == 'nergrit':
        fn = {'train': 'train_preprocess.txt', 'dev': 'valid_preprocess.txt', 'test': 'test_preprocess.txt'}[split]
        return read_conll(os.path.join(d, 'indonlu_nergrit', fn), sep='\t')
    if name in ('nerui', 'nerugm'):
        return read_conll(os.path.join(d, 'indolem_' + name, '%s.%s.tsv' % (split, fold)), sep='\t')
    if name == 'idner':
        return read_conll(os.path.join(d, 'idner_news_2k', split + '.txt'), tok_col=0, tag_col=2)
    raise ValueError(name)

DATASETS = ['nerp', 'nerui', 'nerugm', 'idner', 'nergrit']

def sent_key(sent):
    """normalised key for duplicate detection: lowercase tokens, alnum only."""
    return re.sub(r'[^0-9a-z]+', '', ''.join(t for t, _ in sent).lower())

def fix_iob(tags):
    out = []; prev = 'O'
    for t in tags:
        if t.startswith('I-') and (prev == 'O' or prev[2:] != t[2:]):
            t = 'B-' + t[2:]
        out.append(t); prev = t
    return out

def map_tags(tags, name, place_fn=None, tokens=None):
    m = MAP[name]; out = []
    for t in tags:
        if t == 'O': out.append('O'); continue
        p, typ = t.split('-', 1)
        lab = m.get(typ, None)
        out.append('O' if lab is None else p + '-' + lab)
    return fix_iob(out)
