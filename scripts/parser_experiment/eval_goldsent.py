# Gold tokenisation and gold sentence boundaries: each UD sentence parsed as its own Doc
# (mirrors parsing only pre-selected sentences). Reports UPOS/UAS/LAS + per-label for event-relevant arcs.
import sys, json, spacy
from spacy.tokens import DocBin, Doc
from spacy.training import Example
nlp = spacy.load(sys.argv[1])
refs = list(DocBin().from_disk(sys.argv[2]).get_docs(nlp.vocab))
exs=[]
for r in refs:
    for s in r.sents:
        rs = s.as_doc()
        exs.append(Example(Doc(nlp.vocab, words=[t.text for t in rs], spaces=[bool(t.whitespace_) for t in rs]), rs))
preds = list(nlp.pipe([e.predicted for e in exs], batch_size=256))
exs = [Example(p, e.reference) for p, e in zip(preds, exs)]
s = nlp.evaluate(exs)
out={k:s[k] for k in ["pos_acc","dep_uas","dep_las"]}
out["n_sents"]=len(exs)
out["las_per_type"]={k:s["dep_las_per_type"][k] for k in ["root","nsubj","nsubj:pass","obj","obl","obl:agent","ccomp","xcomp","advcl","conj"] if k in s["dep_las_per_type"]}
print(json.dumps(out, indent=1))
