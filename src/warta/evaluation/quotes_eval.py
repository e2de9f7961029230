"""`warta eval quotes`: quote extraction and speaker attribution against PFSA-ID.

PFSA-ID (Purnomo et al. 2022; Kompas articles; CC BY-NC-SA, so it is read from ../shared at
evaluation time and never copied here) marks STATEMENT, CUE, CUECOREF, PERSON and PERSONCOREF spans
on tokens (BILOU). Its STATEMENTs are direct quotations (1,651 of the 1,653 in the dev set open
with a quotation mark), so Warta's direct quotes are compared with them; indirect speech is not
annotated there and is left out of these figures.

Each document is rebuilt as text from its tokens (blocks become paragraphs, except that a block
inside an open quotation joins the one before it), run through Warta's sentence, entity and quote
stages, and Warta's character spans are mapped back to tokens.

- statement exact: the token span equals the gold one, punctuation at either end ignored;
- statement overlap: token-level precision and recall over all statements (micro);
- cue: a predicted cue matches a gold CUE/CUECOREF it overlaps;
- speaker: on statements that match, the gold speaker is the PERSON/PERSONCOREF/CUECOREF next to
  the gold cue; a coreferent mention stands for the nearest PERSON before it. Warta is right when
  its resolved speaker's name and that person's share a word, or one word begins the other
  (nicknames: 'Risma' for 'Tri Rismaharini').
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from warta.model import Article, Paragraph
from warta.settings import default_settings
from warta.stages.entities import recognise_entities
from warta.stages.quotes import extract_quotes
from warta.stages.sentences import add_sentences

SPLITS = {
    "test": "pfsa-id-test/test-data.txt",
    "dev": "pfsa-id/dev-40.txt",
    "dev-med": "pfsa-id-med/dev-dl-20-v2.txt",
}
_QUOTES = set('"“”')
_NO_SPACE_BEFORE = set(",.;:!?%)")
_PUNCT = re.compile(r"^[\W_]+$")
# coreferent mentions that are titles, not names ('kata Presiden'): resolved to a person before them
_TITLES = {"Presiden", "Wapres", "Menteri", "Gubernur", "Bupati", "Wali", "Kapolri", "Kapolda", "Ketua",
           "Kepala", "Direktur", "Dia", "Ia", "Beliau", "Pak", "Bu", "Ibu", "Bapak", "Jaksa", "Hakim"}


@dataclass
class Doc:
    tokens: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    blocks: list[int] = field(default_factory=list)   # index of the first token of each block


def read_docs(path: Path) -> list[Doc]:
    docs: list[Doc] = []
    block: list[tuple[str, str]] = []

    def flush() -> None:
        if not block:
            return
        starts_article = any(t.endswith("-ISSUE") and t[0] in "BU" for _, t in block)
        if starts_article or not docs:
            docs.append(Doc())
        doc = docs[-1]
        doc.blocks.append(len(doc.tokens))
        for tok, tag in block:
            doc.tokens.append(tok)
            doc.tags.append(tag)
        block.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            flush()
            continue
        tok, _, tag = line.partition("\t")
        block.append((tok, tag.strip() or "O"))
    flush()
    return docs


PFSA_SOURCE = "pfsa_id/"


@lru_cache(maxsize=4)
def _docs_of(path: Path) -> tuple[Doc, ...]:
    return tuple(read_docs(path))


def pfsa_text(shared: Path, source: str) -> str | None:
    """The text of PFSA-ID document "pfsa_id/<file>#<n>" rebuilt from its tokens (``build_text``):
    what the event gold's offsets into PFSA-ID refer to. None when there is no such document."""
    name, _, n = source[len(PFSA_SOURCE):].partition("#")
    path = shared / "data" / "pfsa_id" / name
    if not n.isdigit() or not path.is_file():
        return None
    docs = _docs_of(path)
    return build_text(docs[int(n)])[0] if int(n) < len(docs) else None


def spans_of(tags: list[str], labels: set[str]) -> list[tuple[int, int, str]]:
    out, start = [], None
    for i, tag in enumerate(tags):
        prefix, _, label = tag.partition("-")
        if label not in labels:
            start = None
            continue
        if prefix in ("B", "U"):
            start = i
        if prefix in ("L", "U") and start is not None:
            out.append((start, i + 1, label))
            start = None
    return out


def build_text(doc: Doc) -> tuple[str, list[tuple[int, int]], list[Paragraph]]:
    """Text from tokens, each token's character span, and paragraphs."""
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    paragraphs: list[tuple[int, int]] = []
    pos, para_start, quote_marks = 0, 0, 0
    block_starts = set(doc.blocks)
    for i, tok in enumerate(doc.tokens):
        if i in block_starts and i > 0:
            if quote_marks % 2 == 0:          # not inside a quotation: a new paragraph
                paragraphs.append((para_start, pos))
                parts.append("\n\n")
                pos += 2
                para_start = pos
            else:
                parts.append(" ")
                pos += 1
        elif i > 0 and tok[0] not in _NO_SPACE_BEFORE and not parts[-1].endswith("\n"):
            parts.append(" ")
            pos += 1
        offsets.append((pos, pos + len(tok)))
        parts.append(tok)
        pos += len(tok)
        quote_marks += sum(ch in _QUOTES for ch in tok)
    paragraphs.append((para_start, pos))
    text = "".join(parts)
    return text, offsets, [Paragraph(text=text[a:b], start=a, end=b) for a, b in paragraphs if b > a]


def tokens_in(offsets: list[tuple[int, int]], start: int, end: int) -> list[int]:
    return [i for i, (a, b) in enumerate(offsets) if a < end and start < b]


def _core(tokens: list[str], idx: list[int]) -> tuple[int, ...]:
    idx = sorted(idx)
    while idx and _PUNCT.match(tokens[idx[0]]):
        idx.pop(0)
    while idx and _PUNCT.match(tokens[idx[-1]]):
        idx.pop()
    return tuple(idx)


def analyse(doc: Doc) -> tuple[Article, list[tuple[int, int]]]:
    text, offsets, paragraphs = build_text(doc)
    article = Article(source="pfsa", text=text, paragraphs=paragraphs)
    settings = default_settings()
    for stage in (add_sentences, recognise_entities, extract_quotes):
        article = stage(article, settings)
    return article, offsets


def _sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """Token range of the sentence around token i: blocks and full stops bound it."""
    blocks = doc.blocks + [len(doc.tokens)]
    k = max(j for j in range(len(doc.blocks)) if doc.blocks[j] <= i)
    lo, hi = blocks[k], blocks[k + 1]
    start = i
    while start > lo and doc.tokens[start - 1] not in (".", "!", "?"):
        start -= 1
    end = i
    while end < hi and doc.tokens[end] not in (".", "!", "?"):
        end += 1
    return start, end


def _gold_speaker(doc: Doc, statement: tuple[int, int, str], cues, persons) -> str | None:
    """The person PFSA-ID credits with a statement: the PERSON/PERSONCOREF (or CUECOREF such as
    'ujarnya') in the cue's sentence, after the cue when the cue follows the statement; a
    coreferent mention stands for the nearest PERSON before it."""
    s, e, _ = statement
    near = [c for c in cues if 0 <= c[0] - e <= 3 or 0 <= s - c[1] <= 12]
    if not near:
        return None
    cue = min(near, key=lambda c: abs(c[0] - e))
    if cue[2] == "CUECOREF":
        mention = cue
    else:
        lo, hi = _sentence_bounds(doc, cue[0])
        after = cue[0] >= e
        candidates = [p for p in persons if lo <= p[0] and p[1] <= hi and (p[0] >= cue[1] if after else p[1] <= cue[0])]
        candidates = [p for p in candidates if not (s <= p[0] < e)]
        if not candidates:
            return None
        mention = min(candidates, key=lambda p: abs(p[0] - cue[1]) if after else abs(cue[0] - p[1]))
    words = doc.tokens[mention[0]:mention[1]]
    if mention[2] == "PERSONCOREF" and all(w[:1].isupper() for w in words) and words[0] not in _TITLES:
        return " ".join(words)  # a surname ('Chaidir'): it names the person itself
    if mention[2] != "PERSON":
        earlier = [p for p in persons if p[2] == "PERSON" and p[1] <= mention[0]]
        if not earlier:
            return None
        mention = earlier[-1]
    return " ".join(doc.tokens[mention[0]:mention[1]])


def same_person(gold: str, got: str) -> bool:
    """Names of one person: they share a word of three letters or more, or one word begins
    another ('Risma' for 'Tri Rismaharini', 'Panca' for 'RZ Panca Putra Simanjuntak')."""
    if gold.strip() and gold.strip().lower() == got.strip().lower():
        return True         # 'Uu', 'Mu’ti': short or apostrophised names are still themselves
    g = [w for w in re.findall(r"[^\W_]+(?:[’'][^\W_]+)*", gold.lower()) if len(w) >= 3]
    p = [w for w in re.findall(r"[^\W_]+(?:[’'][^\W_]+)*", got.lower()) if len(w) >= 3]
    return any(a == b or (len(min(a, b, key=len)) >= 4 and (a.startswith(b) or b.startswith(a)))
               for a in g for b in p)


def evaluate_quotes(shared: Path, split: str = "test", limit: int | None = None) -> dict:
    path = shared / "data" / "pfsa_id" / SPLITS[split]
    if not path.exists():
        raise FileNotFoundError(f"PFSA-ID {split} split not found at {path}")
    docs = read_docs(path)[:limit]
    exact_hit = gold_n = pred_n = 0
    tok_overlap = tok_pred = tok_gold = 0
    span_pred_hit = span_gold_hit = 0
    cue_pred = cue_gold = cue_pred_hit = cue_gold_hit = 0
    speaker_total = speaker_right = 0
    for doc in docs:
        article, offsets = analyse(doc)
        gold = spans_of(doc.tags, {"STATEMENT"})
        gold_cues = spans_of(doc.tags, {"CUE", "CUECOREF"})
        persons = spans_of(doc.tags, {"PERSON", "PERSONCOREF", "CUECOREF"})
        predicted = [q for q in article.quotes if q.kind == "direct"]
        pred_tokens = [_core(doc.tokens, tokens_in(offsets, q.start, q.end)) for q in predicted]
        gold_tokens = [_core(doc.tokens, list(range(s, e))) for s, e, _ in gold]
        gold_n += len(gold)
        pred_n += len(predicted)
        gold_sets = [set(g) for g in gold_tokens]
        all_gold = set().union(*gold_sets) if gold_sets else set()
        for k, p in enumerate(pred_tokens):
            ps = set(p)
            tok_pred += len(ps)
            tok_overlap += len(ps & all_gold)
            if p in gold_tokens:
                exact_hit += 1
            matched = [g for g, gs in enumerate(gold_sets) if gs & ps]
            span_pred_hit += bool(matched)
            if matched:
                g = max(matched, key=lambda g: len(gold_sets[g] & ps))
                name = _gold_speaker(doc, gold[g], gold_cues, persons)
                if name:
                    speaker_total += 1
                    got = (predicted[k].speaker.name if predicted[k].speaker else "") or ""
                    speaker_right += same_person(name, got)
        tok_gold += sum(len(g) for g in gold_sets)
        all_pred = [set(p) for p in pred_tokens]
        span_gold_hit += sum(any(gs & ps for ps in all_pred) for gs in gold_sets)
        pred_cues = [set(tokens_in(offsets, q.cue_start, q.cue_end)) for q in article.quotes
                     if q.cue_start is not None and q.kind == "direct"]
        gold_cue_sets = [set(range(s, e)) for s, e, _ in gold_cues]
        cue_pred += len(pred_cues)
        cue_gold += len(gold_cue_sets)
        cue_pred_hit += sum(any(pc & gc for gc in gold_cue_sets) for pc in pred_cues)
        cue_gold_hit += sum(any(pc & gc for pc in pred_cues) for gc in gold_cue_sets)

    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    exact_p, exact_r = exact_hit / pred_n if pred_n else 0.0, exact_hit / gold_n if gold_n else 0.0
    tok_p, tok_r = tok_overlap / tok_pred if tok_pred else 0.0, tok_overlap / tok_gold if tok_gold else 0.0
    span_p, span_r = span_pred_hit / pred_n if pred_n else 0.0, span_gold_hit / gold_n if gold_n else 0.0
    cue_p, cue_r = cue_pred_hit / cue_pred if cue_pred else 0.0, cue_gold_hit / cue_gold if cue_gold else 0.0
    return {
        "dataset": f"pfsa-id-{split}",
        "documents": len(docs),
        "gold_statements": gold_n,
        "predicted_statements": pred_n,
        "statement_exact_precision": exact_p, "statement_exact_recall": exact_r,
        "statement_exact_f1": f1(exact_p, exact_r),
        "statement_overlap_precision": tok_p, "statement_overlap_recall": tok_r,
        "statement_overlap_f1": f1(tok_p, tok_r),
        "statement_span_match_f1": f1(span_p, span_r),
        "cue_precision": cue_p, "cue_recall": cue_r, "cue_f1": f1(cue_p, cue_r),
        "speaker_accuracy": speaker_right / speaker_total if speaker_total else 0.0,
        "speaker_judged": speaker_total,
    }


def format_report(r: dict) -> str:
    return "\n".join([
        f"{r['dataset']}: {r['documents']} documents, {r['gold_statements']} gold statements, "
        f"{r['predicted_statements']} predicted (direct quotes)",
        f"statement exact      P {r['statement_exact_precision']:.3f}  R {r['statement_exact_recall']:.3f}"
        f"  F1 {r['statement_exact_f1']:.3f}",
        f"statement overlap    P {r['statement_overlap_precision']:.3f}  R {r['statement_overlap_recall']:.3f}"
        f"  F1 {r['statement_overlap_f1']:.3f}  (tokens; span-match F1 {r['statement_span_match_f1']:.3f})",
        f"cue                  P {r['cue_precision']:.3f}  R {r['cue_recall']:.3f}  F1 {r['cue_f1']:.3f}",
        f"speaker accuracy     {r['speaker_accuracy']:.3f}  (on {r['speaker_judged']} matched statements)",
    ])
