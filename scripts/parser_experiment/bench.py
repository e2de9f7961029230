import sys, time, json, spacy
model = sys.argv[1]
texts=[l[len("# text = "):].strip() for l in open("data/test.conllu",encoding="utf-8") if l.startswith("# text = ")]
blank = spacy.blank("id")
base_words = sum(len(blank.make_doc(t)) for t in texts)
reps = -(-50000 // base_words)
corpus = texts * reps
def bench(nlp, name, n_runs=3, **kw):
    list(nlp.pipe(texts[:200], batch_size=256))  # warm-up
    best=None
    for _ in range(n_runs):
        t0=time.perf_counter(); nw=0
        for d in nlp.pipe(corpus, batch_size=256, n_process=1, **kw): nw+=len(d)
        dt=time.perf_counter()-t0
        best = dt if best is None else min(best, dt)
        print(f"  {name}: {nw} words in {dt:.3f}s = {nw/dt:,.0f} words/s", flush=True)
    return nw, best
res={"sentences": len(corpus), "reps": reps}
nw,dt=bench(blank,"blank id tokenizer only")
res["blank_tok_wps"]=nw/dt
nlp=spacy.load(model)
nw,dt=bench(nlp,"full pipeline (tok2vec+morphologizer+parser)")
res["full_wps"]=nw/dt; res["words"]=nw
nw,dt=bench(nlp,"without parser (tok2vec+morphologizer)", disable=["parser"])
res["noparser_wps"]=nw/dt
print(json.dumps(res, indent=1))
